package org.rapporteur.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes text the way exports come: a BOM says UTF-8 or UTF-16; UTF-16 without a BOM is told by its NUL bytes
 * (a warning says so); otherwise strict UTF-8, falling back to Windows-1252 with a warning. Lines end at CRLF,
 * LF or a lone CR; a final newline is optional. A line longer than {@link Limits#LINE_CHARS} is cut, with a
 * warning.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static SourceText decode(String file, byte[] bytes) {
        return decode(file, bytes, bytes.length, null);
    }

    /**
     * The text of a file read only up to the text limit: the last, probably partial, line is dropped and a
     * warning says how much was read.
     */
    static SourceText decodeTruncated(String file, byte[] bytes, String size, String limit) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end == 0) {
            // One line longer than the limit: keep what was read, up to its last whole UTF-8 character.
            end = bytes.length;
            while (end > 0 && (bytes[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            end = end > 0 && (bytes[end - 1] & 0xC0) == 0xC0 ? end - 1 : bytes.length;
        }
        return decode(file, bytes, end, file + ": the file is " + size + "; only its first " + limit
                + " are read, the rest is left out");
    }

    private static SourceText decode(String file, byte[] all, int length, String truncation) {
        byte[] bytes = length == all.length ? all : Arrays.copyOf(all, length);
        SourceText decoded = decodeWhole(file, bytes);
        List<String> lines = new ArrayList<>(decoded.lines());
        List<String> warnings = new ArrayList<>();
        if (truncation != null) {
            warnings.add(truncation);
        }
        if (decoded.warning() != null) {
            warnings.add(decoded.warning());
        }
        boolean changed = cutLongLines(file, lines, warnings);
        Mojibake.Finding garbled = Mojibake.find(lines);
        if (garbled != null && garbled.unambiguous()) {
            lines = Mojibake.repaired(lines);
            changed = true;
            warnings.add(file + ": accented letters and punctuation were garbled on " + garbled.lines() + " lines "
                    + "(UTF-8 read as Latin-1: \"" + garbled.example() + "\" for \"" + garbled.repairedExample()
                    + "\", first on line " + garbled.firstLine() + "); put back throughout, so quotes show \""
                    + garbled.repairedExample() + "\" where the file has \"" + garbled.example() + "\"");
        } else if (garbled != null) {
            warnings.add(InputWarning.at(file, garbled.firstLine(), "garbled letters (\"" + garbled.example()
                    + "\", probably \"" + garbled.repairedExample() + "\"), on " + garbled.lines() + " lines from "
                    + "here; left as in the file because other accented letters in it are not garbled: check the "
                    + "names and words there"));
        }
        if (lines.size() > Limits.LINES) {
            warnings.add(file + ": " + lines.size() + " lines; only the first " + Limits.LINES + " are read");
            lines.subList(Limits.LINES, lines.size()).clear();
            changed = true;
        }
        return warnings.isEmpty() && !changed ? decoded
                : new SourceText(file, lines, decoded.charset(), warnings.isEmpty() ? null : String.join("; ", warnings));
    }

    /** Cuts lines longer than {@link Limits#LINE_CHARS} in place, with a warning; whether any was cut. */
    static boolean cutLongLines(String file, List<String> lines, List<String> warnings) {
        int cut = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > Limits.LINE_CHARS) {
                if (cut++ == 0) {
                    warnings.add(InputWarning.at(file, i + 1, "a line of " + lines.get(i).length()
                            + " characters; lines are cut at " + Limits.LINE_CHARS));
                }
                lines.set(i, lines.get(i).substring(0, Limits.LINE_CHARS));
            }
        }
        if (cut > 1) {
            warnings.add(file + ": " + cut + " lines cut at " + Limits.LINE_CHARS + " characters in all");
        }
        return cut > 0;
    }

    /**
     * UTF-16 written without a byte order mark: in text mostly of Latin script every other byte is NUL. Returns
     * the charset, or null when the bytes do not look so.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZero += bytes[i] == 0 ? 1 : 0;
            oddZero += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddZero * 10 >= pairs * 3 && evenZero * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero * 10 >= pairs * 3 && oddZero * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static SourceText decodeWhole(String file, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return text(file, new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8", null);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return text(file, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return text(file, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return text(file, new String(bytes, utf16), utf16.name(),
                    file + ": UTF-16 without a byte order mark; read as " + utf16.name());
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text(file, s, "UTF-8", null);
        } catch (CharacterCodingException e) {
            return text(file, new String(bytes, WINDOWS_1252), "windows-1252",
                    file + ": not valid UTF-8; read as Windows-1252, check accented letters and dashes");
        }
    }

    /** Splits at CRLF, LF or lone CR. */
    public static List<String> lines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(s.substring(start, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < s.length()) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    private static SourceText text(String file, String s, String charset, String warning) {
        return new SourceText(file, lines(s), charset, warning);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
