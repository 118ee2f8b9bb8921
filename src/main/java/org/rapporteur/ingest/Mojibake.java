package org.rapporteur.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters garbled by reading UTF-8 as Latin-1 or Windows-1252 ("Ã©" for "é", "â€™" for "’"): a lead byte of a
 * UTF-8 sequence followed by its continuation bytes, each shown as the character that code page gives it. Such a
 * run is put back only when its bytes are exactly one well-formed UTF-8 character, so ordinary text with an "Ã"
 * in it is left alone.
 */
final class Mojibake {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * A lead byte (Â..ô) and up to three characters that stand for continuation bytes 0x80..0xBF: Latin-1's
     * U+0080..U+00BF or the characters Windows-1252 puts at 0x80..0x9F.
     */
    private static final Pattern RUN = Pattern.compile("[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161"
            + "\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A"
            + "\u20AC\u2122]{1,3}");

    private Mojibake() {
    }

    /** What a file's garbled letters say: the first line with any, the lines, and whether all can be put back. */
    record Finding(int firstLine, int lines, String example, String repairedExample, boolean unambiguous) {
    }

    /** The text with every garbled run put back; the text itself when it has none. */
    static String repaired(String text) {
        Matcher m = RUN.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String fixed = character(m.group());
            if (fixed == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(fixed).append(text, m.start() + consumed(m.group()), m.end());
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /**
     * The garbled letters of a file's lines; null when there are none. Unambiguous when every character outside
     * ASCII is part of a garbled run: the whole file was decoded once too often and can be put back whole.
     */
    static Finding find(List<String> lines) {
        int first = 0;
        int count = 0;
        String example = null;
        boolean unambiguous = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int others = nonAscii(line);
            if (others == 0) {
                continue;
            }
            Matcher m = RUN.matcher(line);
            boolean garbled = false;
            int covered = 0;
            while (m.find()) {
                String fixed = character(m.group());
                if (fixed != null) {
                    garbled = true;
                    covered += consumed(m.group());
                    if (example == null) {
                        example = word(line, m.start(), m.start() + consumed(m.group()));
                    }
                }
            }
            if (garbled) {
                count++;
                first = first == 0 ? i + 1 : first;
            }
            if (covered < others) {
                unambiguous = false;
            }
        }
        return count == 0 ? null : new Finding(first, count, example, repaired(example), unambiguous);
    }

    /** Lines whose garbled letters are put back, where the file's are unambiguous. */
    static List<String> repaired(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        lines.forEach(l -> out.add(repaired(l)));
        return out;
    }

    /** The one character a run's first characters stand for as UTF-8 bytes; null when they stand for none. */
    private static String character(String run) {
        int needed = needed(run.charAt(0));
        if (run.length() < needed) {
            return null;
        }
        byte[] bytes = new byte[needed];
        CharsetEncoder cp1252 = WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int i = 0; i < needed; i++) {
            char c = run.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else {
                try {
                    bytes[i] = cp1252.encode(CharBuffer.wrap(String.valueOf(c))).get();
                } catch (CharacterCodingException e) {
                    return null;
                }
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The characters of a run that make up its one UTF-8 character. */
    private static int consumed(String run) {
        return Math.min(run.length(), needed(run.charAt(0)));
    }

    /** Bytes in the UTF-8 sequence a lead byte opens. */
    private static int needed(char lead) {
        return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    }

    private static int nonAscii(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            n += line.charAt(i) > 0x7F ? 1 : 0;
        }
        return n;
    }

    /** The word around a garbled run, for the warning ("cafÃ©"). */
    private static String word(String line, int from, int to) {
        int start = from;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1)) && from - start < 30) {
            start--;
        }
        int end = to;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && end - to < 30) {
            end++;
        }
        return line.substring(start, end);
    }
}
