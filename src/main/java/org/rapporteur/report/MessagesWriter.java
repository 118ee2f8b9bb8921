package org.rapporteur.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rapporteur.messages.IgfMessages;

/**
 * Writes the draft IGF Messages across sessions: {@code OUT/messages.json} (schema {@code messages.schema.json}),
 * {@code messages.html} and {@code messages.md}, each moved into place whole.
 */
public final class MessagesWriter {

    public static final String JSON_FILE = "messages.json";
    public static final String HTML_FILE = "messages.html";
    public static final String MARKDOWN_FILE = "messages.md";
    static final String HTML_TEMPLATE = "messages.html.ftlh";
    static final String MARKDOWN_TEMPLATE = "messages.md.ftl";

    private final ReportJson json;
    private final TemplateRenderer renderer;

    public MessagesWriter(ReportJson json, TemplateRenderer renderer) {
        this.json = json;
        this.renderer = renderer;
    }

    /** The three files' names and texts. */
    Map<String, String> render(IgfMessages messages) {
        Map<String, Object> model = Map.of("messages", json.treeOf(messages));
        return Map.of(
                JSON_FILE, json.text(messages),
                HTML_FILE, renderer.render(HTML_TEMPLATE, model),
                MARKDOWN_FILE, renderer.render(MARKDOWN_TEMPLATE, model));
    }

    /** Renders all three before writing any, so a template error leaves the previous files as they were. */
    public List<Path> write(Path outDir, IgfMessages messages) {
        Map<String, String> outputs = render(messages);
        return outputs.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            Path file = outDir.resolve(e.getKey());
            AtomicFiles.write(file, e.getValue());
            return file;
        }).toList();
    }
}
