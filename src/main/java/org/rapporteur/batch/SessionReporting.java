package org.rapporteur.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.rapporteur.analysis.SessionAnalyzer;
import org.rapporteur.ingest.InputException;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.model.Session;
import org.rapporteur.model.SessionReport;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.AnnotatedSession;
import org.rapporteur.nlp.NlpPipeline;
import org.rapporteur.nlp.Quality;
import org.rapporteur.report.ReportWriter;
import org.rapporteur.store.ResultStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One session from folder to outputs: ingest, annotate, analyse, write the four reports, store the results.
 * A failure is stored with its reason and rethrown, so the partition fails and a restart retries it.
 */
final class SessionReporting {

    private static final Logger LOG = LoggerFactory.getLogger(SessionReporting.class);

    private final SessionReader reader;
    private final Quality quality;
    private final SessionAnalyzer analyzer;
    private final ReportWriter writer;
    private final ResultStore store;
    private final PrintStream progress;
    private final Executor annotators;

    /** {@code annotators} are the run's annotation threads, shared by the sessions running at the same time. */
    SessionReporting(SessionReader reader, Quality quality, Executor annotators, SessionAnalyzer analyzer,
                     ReportWriter writer, ResultStore store, PrintStream progress) {
        this.reader = reader;
        this.quality = quality;
        this.annotators = annotators;
        this.analyzer = analyzer;
        this.writer = writer;
        this.store = store;
        this.progress = progress;
    }

    void report(String id, Path folder, Path out) {
        Stopwatch watch = new Stopwatch();
        try {
            Session session = watch.time("read", () -> reader.read(id, folder));
            NlpPipeline nlp = watch.time("models", () -> NlpPipeline.shared(quality));
            AnnotatedSession annotated = watch.time("annotate", () -> nlp.annotate(session, annotators));
            SessionReport report = watch.time("analyse", () -> analyzer.analyse(annotated));
            ReportWriter.Written written = watch.time("write", () -> {
                ReportWriter.Written w = writer.write(out, report);
                store.saveCompleted(report, folder.toString(), w.reportJson());
                return w;
            });
            written.keptEdits().forEach(kept -> progress.printf("%s: your edited draft is kept as %s%n", id, kept));
            progress.printf("%s: completed in %s (%d turns, %d words, %d takeaways, %d calls to action,"
                    + " %d warnings)%n", id, watch, session.turns().size(),
                    session.turns().stream().mapToInt(Turn::words).sum(), report.keyTakeaways().size(),
                    report.callsToAction().size(), report.warnings().size());
        } catch (InputException e) {
            throw failed(id, folder, e.getMessage(), e);
        } catch (RuntimeException e) {
            // Not the input's fault: keep the stack trace for a bug report.
            LOG.error("{}: unexpected failure", id, e);
            throw failed(id, folder, describe(e), e);
        }
    }

    private SessionFailedException failed(String id, Path folder, String reason, Exception cause) {
        store.saveFailed(id, folder.toString(), reason);
        return new SessionFailedException(id + ": " + reason, cause);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
