package org.rapporteur.model;

/** Small text helpers shared by every stage. */
public final class Text {

    private Text() {
    }

    /** Whitespace-separated tokens, the word count used throughout the report. */
    public static int wordCount(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Collapses runs of whitespace to one space and trims. */
    public static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
