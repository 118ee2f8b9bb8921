package org.rapporteur.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes text the way exports come: a BOM says UTF-8 or UTF-16; otherwise strict UTF-8, falling back to
 * Windows-1252 with a warning. Lines end at CRLF, LF or a lone CR; a final newline is optional.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static SourceText decode(String file, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return text(file, new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8", null);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return text(file, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return text(file, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
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
