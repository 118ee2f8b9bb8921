package org.rapporteur.report;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * Freemarker output format for Markdown with auto-escaping, so text from the inputs is inert in report.md whether or
 * not a template author remembers to escape it: no raw HTML, no links or images, no emphasis, code or tables, and
 * no block structure (headings, lists, quotes) started by the text itself.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markdown> {

    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private static final Pattern LINE_BREAKS = Pattern.compile("(?<![^\\S\\r\\n])[^\\S\\r\\n]*+\\R\\s*+");
    /**
     * What would open a block when it stands at the start of a line: heading, list item, setext underline, and an
     * ordered-list number (only when a space follows, so "60.5%" stays readable).
     */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([#+=-]|\\d{1,9}(?=[.)](\\s|$)))");
    private static final String BACKSLASHED = "\\`*_[]|~";
    /** What CommonMark reads as an entity or numeric character reference. */
    private static final Pattern CHARACTER_REFERENCE =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private MarkdownOutputFormat() {
    }

    /**
     * The escaped form of plain text: "<", ">" and an "&" that opens a character reference as entities,
     * Markdown's inline markers backslashed.
     */
    public static String escape(String text) {
        String oneLine = LINE_BREAKS.matcher(text).replaceAll(" ");
        StringBuilder out = new StringBuilder(oneLine.length() + 16);
        var start = BLOCK_START.matcher(oneLine);
        var reference = CHARACTER_REFERENCE.matcher(oneLine);
        int from = 0;
        if (start.find()) {
            out.append(start.group(1)).append(start.group(2));
            // a list number is made inert by escaping the dot or parenthesis after it, the others by a backslash
            if (Character.isDigit(start.group(2).charAt(0))) {
                out.append('\\');
            } else {
                out.insert(start.group(1).length(), '\\');
            }
            from = start.end();
        }
        for (int i = from; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            switch (c) {
                // only an "&" that opens a character reference ("&lt;", "&#60;") needs escaping: "Q&A" stays
                case '&' -> out.append(reference.region(i, oneLine.length()).lookingAt() ? "&amp;" : "&");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (BACKSLASHED.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markdown newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markdown(plainTextContent, markupContent);
    }

    /** A piece of Markdown in a template: either escaped plain text or markup written by the template. */
    public static final class Markdown extends CommonTemplateMarkupOutputModel<Markdown> {

        Markdown(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
