package org.rapporteur.report;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.rapporteur.messages.IgfMessages;
import org.rapporteur.messages.MessageDrafter;
import org.rapporteur.model.SessionReport;

/**
 * Writes what spans sessions, from every completed session's report: the draft IGF Messages
 * ({@code messages.json}, {@code .html}, {@code .md}) and the findings for a secretariat's own analysis
 * ({@code findings.csv}, {@code findings.xlsx}).
 */
public final class CrossSessionWriter {

    /** The files it writes beside the session folders. */
    public static final Set<String> FILES = Set.of(MessagesWriter.JSON_FILE, MessagesWriter.HTML_FILE,
            MessagesWriter.MARKDOWN_FILE, FindingsExport.CSV_FILE, FindingsExport.XLSX_FILE);

    private final MessagesWriter messages;

    public CrossSessionWriter(MessagesWriter messages) {
        this.messages = messages;
    }

    /**
     * Writes the five files into {@code outDir}, sessions in order of id; answers the messages drafted. The
     * findings workbook is built on a second thread while the messages are drafted and rendered.
     */
    public IgfMessages write(Path outDir, List<SessionReport> completed) {
        List<SessionReport> sorted = completed.stream()
                .sorted(Comparator.comparing((SessionReport r) -> r.session().id())).toList();
        CompletableFuture<List<Path>> findings =
                CompletableFuture.supplyAsync(() -> FindingsExport.write(outDir, FindingRow.of(sorted)));
        IgfMessages drafted = MessageDrafter.draft(sorted);
        messages.write(outDir, drafted);
        try {
            findings.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return drafted;
    }

    /**
     * Loads what the cross-session files need (the spreadsheet library's classes, the messages templates) on a
     * background thread while the sessions run, so the run's last step does not wait for it. Nothing is written.
     */
    public void warmUp() {
        Thread loader = new Thread(() -> {
            FindingsExport.xlsx(List.of());
            messages.render(MessageDrafter.draft(List.of()));
        }, "cross-session-warm-up");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY);
        loader.start();
    }
}
