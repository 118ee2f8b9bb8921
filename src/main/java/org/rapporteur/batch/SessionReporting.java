package org.rapporteur.batch;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.rapporteur.analysis.SessionAnalyzer;
import org.rapporteur.ingest.InputException;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.model.Session;
import org.rapporteur.model.SessionReport;
import org.rapporteur.model.SourceKind;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.AnnotatedSession;
import org.rapporteur.nlp.NlpPipeline;
import org.rapporteur.nlp.Quality;
import org.rapporteur.report.ReportWriter;
import org.rapporteur.store.ResultStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One session from folder to outputs: ingest, annotate, analyse, write the report files, store the results.
 * A failure is stored with its reason and rethrown, so the partition fails and a restart retries it. A session
 * that runs past the time limit fails the same way while the worker goes on to the next session.
 */
final class SessionReporting {

    private static final Logger LOG = LoggerFactory.getLogger(SessionReporting.class);
    /** A session's own thread doing all its work. */
    private static final Executor ALONE = Runnable::run;

    private final SessionReader reader;
    private final Quality quality;
    private final SessionAnalyzer analyzer;
    private final ReportWriter writer;
    private final ResultStore store;
    private final Progress progress;
    private final TimeLimit timeLimit;
    private final Executor annotators;
    private final int threads;
    /** The sessions of this process being reported now. */
    private final AtomicInteger running = new AtomicInteger();

    /**
     * {@code annotators} are the run's {@code threads} annotation threads, shared by the sessions running at the
     * same time.
     */
    SessionReporting(SessionReader reader, Quality quality, Executor annotators, int threads,
                     SessionAnalyzer analyzer, ReportWriter writer, ResultStore store, Progress progress,
                     TimeLimit timeLimit) {
        this.timeLimit = timeLimit;
        this.annotators = annotators;
        this.threads = threads;
        this.reader = reader;
        this.quality = quality;
        this.analyzer = analyzer;
        this.writer = writer;
        this.store = store;
        this.progress = progress;
    }

    /**
     * Reports the session. Reading, annotating and analysing run within the time limit; whatever they throw (an
     * input error, a defect, running out of memory) fails this session only, with a message naming the file.
     */
    void report(String id, Path folder, Path out) {
        running.incrementAndGet();
        try {
            reportCounted(id, folder, out);
        } finally {
            running.decrementAndGet();
        }
    }

    /**
     * Who helps a session with the work after its annotation (the finders, the output files): the annotation
     * threads while fewer sessions run than there are threads, as a session alone leaves them idle once its turns
     * are annotated; else nobody, as every thread then has a session of its own and handing work around would
     * only add to it.
     */
    private Executor helpers() {
        return running.get() < threads ? annotators : ALONE;
    }

    private void reportCounted(String id, Path folder, Path out) {
        Stopwatch watch = new Stopwatch();
        AtomicReference<String> file = new AtomicReference<>(folder.toString());
        AtomicReference<String> stage = new AtomicReference<>("read");
        try {
            Analysed analysed = timeLimit.run("session-" + id, () -> {
                Session session = watch.time("read", () -> reader.read(id, folder, file::set));
                session.sources().stream().filter(s -> s.kind() == SourceKind.TRANSCRIPT).findFirst()
                        .ifPresent(s -> file.set(s.file()));
                stage.set("models");
                NlpPipeline nlp = watch.time("models", () -> NlpPipeline.shared(quality));
                stage.set("annotate");
                AnnotatedSession annotated = watch.time("annotate", () -> nlp.annotate(session, annotators));
                stage.set("analyse");
                Executor helpers = helpers();
                if (helpers != ALONE) {
                    writer.warmUp(helpers);
                }
                return new Analysed(session, watch.time("analyse", () -> analyzer.analyse(annotated, helpers)));
            });
            stage.set("write");
            file.set(out.toString());
            SessionReport report = analysed.report();
            Session session = analysed.session();
            ReportWriter.Written written = watch.time("write", () -> {
                ReportWriter.Written w = writer.write(out, report, session.turns(), helpers());
                store.saveCompleted(report, folder.toString(), w.reportJson());
                return w;
            });
            written.keptEdits().forEach(kept -> progress.say(id + ": your edited draft is kept as " + kept));
            progress.say(String.format("%s: completed in %s (%d turns, %d words, %d takeaways, %d calls to action,"
                    + " %d warnings)", id, watch, session.turns().size(),
                    session.turns().stream().mapToInt(Turn::words).sum(), report.keyTakeaways().size(),
                    report.callsToAction().size(), report.warnings().size()));
            progress.completed();
        } catch (InputException e) {
            throw failed(id, folder, e.getMessage(), e);
        } catch (TimeLimit.Exceeded e) {
            throw failed(id, folder, file.get() + ": " + e.getMessage() + " (while in " + stage.get() + ")", e);
        } catch (OutOfMemoryError e) {
            throw failed(id, folder, file.get() + ": too large to " + stage.get() + " in the memory given ("
                    + e.getMessage() + "); give Java more with -Xmx or split the file", e);
        } catch (Exception | Error e) {
            // Not the input's fault: keep the stack trace for a bug report.
            LOG.error("{}: unexpected failure", id, e);
            throw failed(id, folder, file.get() + ": " + describe(e) + " (while in " + stage.get() + ")", e);
        }
    }

    /** What the time-limited part of a session gives. */
    private record Analysed(Session session, SessionReport report) {
    }

    private SessionFailedException failed(String id, Path folder, String reason, Throwable cause) {
        store.saveFailed(id, folder.toString(), reason);
        progress.failed();
        return new SessionFailedException(id + ": " + reason, cause);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
