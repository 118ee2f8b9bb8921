package org.rapporteur.report;

import java.nio.file.Path;
import java.util.EnumMap;
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

    /** Writes the four outputs into {@code outDir/<session-id>/}, creating it, and returns that folder. */
    public Path write(Path outDir, SessionReport report) {
        String id = report.session().id();
        if (id == null || !SESSION_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("session id not usable as a folder name: " + id);
        }
        Map<String, Object> model = json.toMap(report);
        String reportJson = json.write(report);
        Map<ReportFormat, String> rendered = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ReportFormat.values()) {
            rendered.put(format, renderer.render(format.template(), model));
        }
        Path dir = outDir.resolve(id);
        AtomicFiles.write(dir.resolve(JSON_FILE), reportJson);
        rendered.forEach((format, text) -> AtomicFiles.write(dir.resolve(format.fileName()), text));
        return dir;
    }
}
