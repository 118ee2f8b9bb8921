package org.rapporteur.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.rapporteur.model.Text;
import org.xml.sax.SAXException;

/**
 * The readable text of a document, as lines, for readers that look at words rather than bytes (transcripts and
 * session pages come as .txt, .html, .docx or .pdf). What "line" means per type, which is what evidence line
 * numbers of such files refer to:
 * <ul>
 *   <li>plain text: the file's own lines;</li>
 *   <li>HTML: one line per block element (p, div, li, heading, table row...) and per {@code <br>}, whitespace
 *       collapsed as a browser would; script, style and head are left out, and so is a saved web page's chrome:
 *       everything outside its {@code <main>} where it has one, navigation, page header and footer, forms,
 *       buttons, dialogs (a cookie banner), and a line made only of links (a menu, share links);</li>
 *   <li>DOCX: one line per paragraph (table cells included, in document order), a paragraph with line breaks
 *       giving several lines;</li>
 *   <li>PDF and other documents Tika parses: the lines of Tika's plain-text output;</li>
 *   <li>anything else (spreadsheets, images, archives): no lines.</li>
 * </ul>
 * A text file holding NUL bytes is binary whatever its name or detected type says: it has no lines.
 */
final class DocumentText {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    /** Types whose text can be read as running prose: spreadsheets and archives are not documents. */
    private static final Set<String> DOCUMENTS = Set.of(DOCX, "application/pdf", "application/msword",
            "application/rtf", "application/vnd.oasis.opendocument.text");
    private static final Set<String> IGNORED = Set.of("script", "style", "template");
    /** A saved web page's chrome around the document: menus, banners, forms, cookie dialogs. */
    private static final Set<String> CHROME = Set.of("nav", "footer", "form", "button", "select", "noscript");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "search",
            "dialog", "alertdialog");
    /** A header inside these is the document's own (its title), not the site's banner. */
    private static final Set<String> SECTIONING = Set.of("main", "article", "section");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "section", "article", "header", "footer",
            "main", "aside", "nav", "figure", "figcaption", "hr", "address", "details", "summary");

    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private static AutoDetectParser parser;

    private DocumentText() {
    }

    static SourceText of(InputFile file) throws IOException {
        String type = file.mediaType();
        byte[] bytes = file.bytes();
        if (HTML.contains(type)) {
            return html(file.name(), bytes);
        }
        if (file.isText()) {
            return looksBinary(bytes) ? empty(file.name()) : file.text();
        }
        if (type.equals(DOCX)) {
            return docx(file.name(), bytes);
        }
        return DOCUMENTS.contains(type) ? tika(file.name(), type, bytes) : empty(file.name());
    }

    private static SourceText html(String name, byte[] bytes) throws IOException {
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        Element main = doc.body().selectFirst("main, [role=main]");
        HtmlLines lines = new HtmlLines();
        // Counted on the way down and up rather than looked up per text node: deep nesting costs no more.
        int[] ignored = {0};
        int[] linked = {0};
        (main == null ? doc.body() : main).traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && ignored[0] == 0) {
                    lines.append(text.getWholeText(), linked[0] > 0);
                } else if (node instanceof Element el && ignores(el)) {
                    ignored[0]++;
                } else if (node instanceof Element el && el.nameIs("a")) {
                    linked[0]++;
                } else if (node instanceof Element el && (el.nameIs("br") || BLOCKS.contains(el.normalName()))) {
                    lines.flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && ignores(el)) {
                    ignored[0]--;
                } else if (node instanceof Element el && el.nameIs("a")) {
                    linked[0]--;
                } else if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    lines.flush();
                }
            }
        });
        lines.flush();
        return bounded(name, lines.lines, doc.charset().name(), new ArrayList<>());
    }

    private static boolean ignores(Element el) {
        String tag = el.normalName();
        return IGNORED.contains(tag) || CHROME.contains(tag) || CHROME_ROLES.contains(el.attr("role"))
                || tag.equals("header") && el.parents().stream().noneMatch(p -> SECTIONING.contains(p.normalName()));
    }

    /** HTML lines being built: a line whose words all stand in links is a menu or share links, left out. */
    private static final class HtmlLines {
        final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private boolean prose;

        void append(String text, boolean inLink) {
            line.append(text);
            prose |= !inLink && !text.isBlank();
        }

        /** Ends the current line; consecutive block boundaries do not make empty lines. */
        void flush() {
            String text = Text.collapse(line.toString().replace('\u00A0', ' '));
            if (!text.isEmpty() && prose) {
                lines.add(text);
            }
            line.setLength(0);
            prose = false;
        }
    }

    private static SourceText docx(String name, byte[] bytes) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : doc.getBodyElements()) {
                addDocx(element, lines);
            }
        } catch (RuntimeException e) {
            // POI signals a damaged package with unchecked exceptions.
            throw new IOException("not a readable Word document: " + e.getMessage(), e);
        }
        return bounded(name, lines, "docx", new ArrayList<>());
    }

    private static void addDocx(IBodyElement element, List<String> lines) {
        if (element instanceof XWPFParagraph p) {
            List<String> paragraph = TextDecoder.lines(p.getText());
            lines.addAll(paragraph.isEmpty() ? List.of("") : paragraph);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(e -> addDocx(e, lines));
                }
            }
        }
    }

    private static SourceText tika(String name, String type, byte[] bytes) throws IOException {
        BodyContentHandler handler = new BodyContentHandler(Limits.DOCUMENT_CHARS);
        List<String> warnings = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser().parse(in, handler, new Metadata(), new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new IOException("no text could be extracted: " + e.getMessage(), e);
            }
            warnings.add(name + ": more than " + Limits.DOCUMENT_CHARS + " characters of text; the rest is left out");
        } catch (TikaException e) {
            throw new IOException("no text could be extracted: " + e.getMessage(), e);
        }
        if (type.equals("application/pdf") && !endsWith(bytes, PDF_END)) {
            warnings.add(name + ": the PDF is cut short (it has no end-of-file marker); its text may be incomplete");
        }
        return bounded(name, new ArrayList<>(TextDecoder.lines(handler.toString())), "extracted", warnings);
    }

    /** A document's lines with over-long ones cut, and the warnings reading it gave. */
    private static SourceText bounded(String name, List<String> lines, String charset, List<String> warnings) {
        TextDecoder.cutLongLines(name, lines, warnings);
        return new SourceText(name, lines, charset, warnings.isEmpty() ? null : String.join("; ", warnings));
    }

    /** Whether the marker occurs in the last kilobyte, where a complete PDF ends (trailing bytes may follow). */
    private static boolean endsWith(byte[] bytes, byte[] marker) {
        for (int i = bytes.length - marker.length; i >= Math.max(0, bytes.length - 1024); i--) {
            if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    private static synchronized AutoDetectParser parser() {
        if (parser == null) {
            parser = new AutoDetectParser();
        }
        return parser;
    }

    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || TextDecoder.utf16WithoutBom(bytes) != null) {
            return false;
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static SourceText empty(String name) {
        return new SourceText(name, List.of(), "binary", null);
    }
}
