package org.rapporteur.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small text helpers shared by every stage. */
public final class Text {

    private Text() {
    }

    /** Whitespace-separated tokens, the word count used throughout the report. */
    public static int wordCount(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        // one more than the runs of regex whitespace (\s) inside: what splitting on \s+ counts, without a regex
        int words = 1;
        boolean inSpace = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c == ' ' || c >= '\t' && c <= '\r';
            if (space && !inSpace) {
                words++;
            }
            inSpace = space;
        }
        return words;
    }

    /** Collapses runs of whitespace to one space and trims. */
    public static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The SHA-256 of the bytes, in hex: how written outputs and earlier runs are recognised again. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
