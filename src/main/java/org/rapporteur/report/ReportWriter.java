package org.rapporteur.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rapporteur.model.SessionReport;

/**
 * Writes one session's outputs: {@code OUT/<session-id>/report.json}, {@code report.html}, {@code report.md} and
 * {@code report.txt}. Everything is rendered before the first file is written, so a template error leaves the
 * previous outputs as they were; each file is moved into place whole. Thread-safe.
 */
public final class ReportWriter {

    public static final String JSON_FILE = "report.json";

    /** The schema's pattern for session ids; anything else could name a folder outside OUT. */
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final ReportJson json;
    private final TemplateRenderer renderer;

    public ReportWriter(ReportJson json, TemplateRenderer renderer) {
        this.json = json;
        this.renderer = renderer;
    }

    /** Renders one format of the report. */
    public String render(SessionReport report, ReportFormat format) {
        return renderer.render(format.template(), json.toMap(report));
    }

    /**
     * What a write did: the session's output folder, the report.json text written, and the edited drafts it moved
     * aside instead of replacing.
     */
    public record Written(Path folder, String reportJson, List<Path> keptEdits) {
    }

    /**
     * Writes the four outputs into {@code outDir/<session-id>/}, creating it. An output the rapporteur edited since
     * it was written is moved aside first ({@code report.md.edited-<time>}), never overwritten.
     */
    public Written write(Path outDir, SessionReport report) {
        String id = report.session().id();
        if (id == null || !SESSION_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("session id not usable as a folder name: " + id);
        }
        Map<String, Object> model = json.toMap(report);
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put(JSON_FILE, json.write(report));
        for (ReportFormat format : ReportFormat.values()) {
            outputs.put(format.fileName(), renderer.render(format.template(), model));
        }
        Path dir = outDir.resolve(id);
        List<Path> kept = EditedDrafts.keepEdited(dir, List.copyOf(outputs.keySet()));
        outputs.forEach((name, text) -> AtomicFiles.write(dir.resolve(name), text));
        EditedDrafts.remember(dir, outputs);
        return new Written(dir, outputs.get(JSON_FILE), kept);
    }
}
