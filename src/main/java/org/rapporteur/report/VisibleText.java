package org.rapporteur.report;

/**
 * Makes control characters visible: input text may hold NUL, ESC sequences that drive a terminal, or other C0
 * and C1 controls, and none of them may reach an output raw. Each becomes its Unicode control picture (ESC is
 * "␛", NUL "␀") or, for C1 controls, the replacement character; tab, line feed and CR before LF stay.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char shown = shown(c, i + 1 < s.length() && s.charAt(i + 1) == '\n');
            if (shown != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(shown);
            }
        }
        return out == null ? s : out.toString();
    }

    private static char shown(char c, boolean beforeLineFeed) {
        if (c == '\t' || c == '\n' || c == '\r' && beforeLineFeed) {
            return c;
        }
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F) {
            return '\u2421';
        }
        if (c >= 0x80 && c <= 0x9F) {
            return '\uFFFD';
        }
        return c;
    }
}
