package org.rapporteur.report.chart;

import java.util.Locale;
import java.util.regex.Pattern;
import org.rapporteur.report.chart.Drawing.Box;
import org.rapporteur.report.chart.Drawing.Label;
import org.rapporteur.report.chart.Drawing.Rule;
import org.rapporteur.report.chart.Drawing.Shape;

/**
 * Draws a {@link Drawing} as an inline SVG element for an HTML page: {@code role="img"}, labelled by its own
 * {@code <title>} and {@code <desc>}, each bar with a tooltip giving its figure. Every text is escaped, so names
 * from the inputs stay text; no script, no style sheet, no external reference.
 */
public final class Svg {

    /** Element ids: the caller's prefix must be one, as it is used in id and aria attributes unescaped. */
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private Svg() {
    }

    /** The chart as one {@code <svg>} element; {@code id} prefixes the ids of its title and description. */
    public static String render(Drawing drawing, String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not usable as an element id: " + id);
        }
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" id=\"").append(id)
                .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
                .append(" viewBox=\"0 0 ").append(drawing.width()).append(' ').append(drawing.height())
                .append("\" width=\"").append(drawing.width()).append("\" height=\"").append(drawing.height())
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(drawing.title())).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(drawing.description()))
                .append("</desc>\n");
        for (Shape shape : drawing.shapes()) {
            if (shape instanceof Box b) {
                svg.append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y()))
                        .append("\" width=\"").append(num(b.width())).append("\" height=\"").append(num(b.height()))
                        .append("\" rx=\"2\" fill=\"").append(Palette.hex(b.series())).append("\"><title>")
                        .append(escape(b.tip())).append("</title></rect>\n");
            } else if (shape instanceof Label l) {
                svg.append("<text x=\"").append(num(l.x())).append("\" y=\"").append(num(l.y()))
                        .append("\" text-anchor=\"").append(l.anchor().name().toLowerCase(Locale.ROOT))
                        .append("\" fill=\"").append(l.muted() ? Palette.MUTED : Palette.INK).append("\">")
                        .append(escape(l.text())).append("</text>\n");
            } else if (shape instanceof Rule r) {
                svg.append("<line x1=\"").append(num(r.x1())).append("\" y1=\"").append(num(r.y1()))
                        .append("\" x2=\"").append(num(r.x2())).append("\" y2=\"").append(num(r.y2()))
                        .append("\" stroke=\"").append(Palette.RULE).append("\"/>\n");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** XML text: markup characters as entities, and characters XML cannot hold at all left out. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
