package org.rapporteur.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Claim;
import org.rapporteur.model.SessionReport;
import org.rapporteur.model.Turn;
import org.rapporteur.parallel.Fork;

/**
 * Writes one session's outputs: {@code OUT/<session-id>/report.json}, {@code report.html}, {@code report.md},
 * {@code report.txt} and {@code report.docx}. Everything is rendered before the first file is written, so a
 * template error leaves the previous outputs as they were; each file is moved into place whole. Thread-safe.
 */
public final class ReportWriter {

    public static final String JSON_FILE = "report.json";

    /** The schema's pattern for session ids; anything else could name a folder outside OUT. */
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final ReportJson json;
    private final TemplateRenderer renderer;
    private final WordReport word = new WordReport();
    private final AtomicBoolean warmedUp = new AtomicBoolean();

    public ReportWriter(ReportJson json, TemplateRenderer renderer) {
        this.json = json;
        this.renderer = renderer;
    }

    /** Renders one format of the report; {@code turns} are the session's, for the timeline chart. */
    public String render(SessionReport report, List<Turn> turns, ReportFormat format) {
        return renderer.render(format.template(), model(report, SessionCharts.of(report, turns)));
    }

    /**
     * What the templates see: report.json's fields, {@code charts} (see {@link SessionCharts#templateModel}), and
     * each position's point's {@code told} (see {@link Claim#told}) and each call's {@code heading} (see
     * {@link CallToAction#heading}), which report.json's contract has no place for.
     */
    private Map<String, Object> model(SessionReport report, SessionCharts charts) {
        Map<String, Object> model = json.toMap(report);
        model.put("charts", charts.templateModel());
        List<?> positions = (List<?>) model.get("positions");
        for (int i = 0; i < positions.size(); i++) {
            List<?> points = (List<?>) ((Map<?, ?>) positions.get(i)).get("points");
            List<Claim> claims = report.positions().get(i).points();
            for (int j = 0; j < points.size(); j++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> point = (Map<String, Object>) points.get(j);
                point.put("told", claims.get(j).told());
            }
        }
        headings(model.get("callsToAction"), report.callsToAction());
        headings(model.get("furtherCallsToAction"), report.furtherCallsToAction());
        return model;
    }

    /** Puts each call's heading beside its fields. */
    private static void headings(Object calls, List<CallToAction> from) {
        List<?> maps = (List<?>) calls;
        for (int i = 0; i < maps.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> call = (Map<String, Object>) maps.get(i);
            call.put("heading", from.get(i).heading());
        }
    }

    /**
     * The first time asked, has a helper build a throw-away Word document while the caller goes on (with a
     * session's analysis): else the first report.docx of the JVM pays for loading POI and Java2D when the session
     * has nothing else left to do. A failure is left for the session's own document to report.
     */
    public void warmUp(Executor helpers) {
        if (warmedUp.getAndSet(true)) {
            return;
        }
        try {
            helpers.execute(() -> {
                try {
                    word.warmUp();
                } catch (RuntimeException e) {
                    // the real document meets the same failure and reports it with its session
                }
            });
        } catch (RejectedExecutionException e) {
            // helpers shutting down: the first document loads what it needs itself
        }
    }

    /**
     * What a write did: the session's output folder, the report.json text written, and the edited drafts it moved
     * aside instead of replacing.
     */
    public record Written(Path folder, String reportJson, List<Path> keptEdits) {
    }

    /**
     * Writes the outputs into {@code outDir/<session-id>/}, creating it; {@code turns} are the session's, for the
     * timeline chart. An output the rapporteur edited since it was written is moved aside first
     * ({@code report.md.edited-<time>}, {@code report.docx.edited-<time>}), never overwritten.
     */
    public Written write(Path outDir, SessionReport report, List<Turn> turns) {
        return write(outDir, report, turns, Runnable::run);
    }

    /**
     * {@link #write(Path, SessionReport, List)}, each template rendered as a task of its own on {@code helpers}
     * (which the calling thread does itself when no helper has begun it); the files are the same whatever the
     * helpers.
     */
    public Written write(Path outDir, SessionReport report, List<Turn> turns, Executor helpers) {
        String id = report.session().id();
        if (id == null || !SESSION_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("session id not usable as a folder name: " + id);
        }
        SessionCharts charts = SessionCharts.of(report, turns);
        // The Word document is the dearest output (POI's XML and the charts drawn as pictures): it is built on a
        // thread of its own while the other formats render, so a session alone on the machine waits for the
        // longer of the two instead of their sum.
        CompletableFuture<byte[]> docx = CompletableFuture.supplyAsync(() -> word.write(report, charts),
                ReportWriter::ownThread);
        // the model is only read from here on: the templates may share it
        Map<String, Object> model = model(report, charts);
        Map<String, Fork<byte[]>> rendered = new LinkedHashMap<>();
        for (ReportFormat format : ReportFormat.values()) {
            rendered.put(format.fileName(), Fork.of(() -> utf8(renderer.render(format.template(), model)), helpers));
        }
        String reportJson = json.write(report);
        Map<String, byte[]> outputs = new LinkedHashMap<>();
        outputs.put(JSON_FILE, utf8(reportJson));
        rendered.forEach((name, content) -> outputs.put(name, content.join()));
        outputs.put(WordReport.FILE, result(docx));
        Path dir = outDir.resolve(id);
        List<Path> kept = EditedDrafts.keepEdited(dir, List.copyOf(outputs.keySet()));
        outputs.forEach((name, content) -> AtomicFiles.write(dir.resolve(name), content));
        EditedDrafts.remember(dir, outputs);
        return new Written(dir, reportJson, kept);
    }

    private static void ownThread(Runnable task) {
        Thread thread = new Thread(task, "report-docx");
        thread.setDaemon(true);
        thread.start();
    }

    /** The document, or what building it threw, as if it had been built on the calling thread. */
    private static byte[] result(CompletableFuture<byte[]> docx) {
        try {
            return docx.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
