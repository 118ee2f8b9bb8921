package org.rapporteur.batch;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rapporteur.messages.IgfMessages;
import org.rapporteur.model.SessionReport;
import org.rapporteur.model.Text;
import org.rapporteur.report.CrossSessionWriter;
import org.rapporteur.report.IndexEntry;
import org.rapporteur.report.IndexWriter;
import org.rapporteur.report.ReportJson;
import org.rapporteur.report.VisibleText;
import org.rapporteur.store.ResultStore;
import org.rapporteur.store.StoredSession;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Launches the report job the way the command line promises: resume the last run over the same inputs unless
 * asked to rerun; recover an execution left STARTED by a killed process once no other process can still be running
 * it ({@link RunLock}); write the index; answer an exit code. A manager launches the same way; its partitions run
 * on the workers.
 */
@Component
@Profile("!worker")
public class ReportRun {

    static final String INPUTS = "inputs.sha256";
    static final String OUT = "out";
    static final String RUN_ID = "run.id";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final SessionFolders folders;
    private final SessionPartitioner partitioner;
    private final ResultStore store;
    private final IndexWriter indexWriter;
    private final CrossSessionWriter crossSession;
    private final Progress progress;
    private final ReportJson json;
    private final String databaseUrl;
    private final PrintStream out;
    private final PrintStream err;

    ReportRun(JobOperator jobOperator, JobRepository jobRepository, Job reportJob, SessionFolders folders,
              SessionPartitioner partitioner,
              ResultStore store, IndexWriter indexWriter, CrossSessionWriter crossSession, ReportJson json,
              Progress progress, Console console,
              @Value("${spring.datasource.url}") String databaseUrl) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = reportJob;
        this.folders = folders;
        this.partitioner = partitioner;
        this.store = store;
        this.indexWriter = indexWriter;
        this.crossSession = crossSession;
        this.progress = progress;
        this.json = json;
        this.databaseUrl = databaseUrl;
        this.out = console.out();
        this.err = console.err();
    }

    /** What the user asked for: the inputs, the output folder and whether to start afresh. */
    public record Request(List<Path> inputs, Path out, boolean rerun) {
    }

    public int run(Request request) throws Exception {
        List<Path> inputs = request.inputs().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Path outDir = request.out().toAbsolutePath().normalize();
        Map<String, Path> sessions = folders.discover(inputs);
        // The run's identity: a digest of the inputs, since a job parameter holds 2,500 characters at most.
        String inputKey = Text.sha256(inputs.stream().map(Path::toString).collect(Collectors.joining("\n"))
                .getBytes(StandardCharsets.UTF_8));
        partitioner.sessions(sessions);
        crossSession.warmUp();
        try (RunLock lock = RunLock.take(databaseUrl, inputKey + "\n" + outDir)) {
            if (lock.state() == RunLock.State.HELD_ELSEWHERE) {
                err.println("Another process is running these inputs into " + outDir + "; wait for it to finish.");
                return 2;
            }
            return launch(request, sessions, inputKey, outDir, lock.state() == RunLock.State.ALONE);
        }
    }

    /** Starts, resumes or skips the run; {@code alone} when no other process can be running it. */
    private int launch(Request request, Map<String, Path> sessions, String inputKey, Path outDir, boolean alone)
            throws Exception {
        Optional<JobExecution> previous = request.rerun() ? Optional.empty() : lastExecution(inputKey, outDir);
        Optional<JobExecution> unfinished = previous.filter(e -> e.getStatus() != BatchStatus.COMPLETED
                && e.getStatus() != BatchStatus.ABANDONED);
        JobExecution execution;
        if (unfinished.isPresent()) {
            JobExecution last = unfinished.get();
            if (last.getStatus().isRunning()) {
                if (!alone) {
                    err.println("A run over these inputs is still marked running (execution " + last.getId()
                            + ") in a shared database; stop it or use --rerun.");
                    return 2;
                }
                out.println("Resuming an interrupted run (execution " + last.getId() + ")");
                last = jobOperator.recover(last);
            } else {
                out.println("Resuming the last run (execution " + last.getId() + "): only unfinished sessions");
            }
            progress.start(sessions.size(), completedBefore(sessions.keySet()));
            execution = jobOperator.restart(last);
        } else if (previous.filter(e -> e.getStatus() == BatchStatus.COMPLETED).isPresent()) {
            out.println("Every session of these inputs completed in an earlier run; use --rerun to report them again.");
            writeAcrossSessions(sessions, outDir);
            return 0;
        } else {
            JobParameters parameters = new JobParametersBuilder()
                    .addString(INPUTS, inputKey)
                    .addString(OUT, outDir.toString())
                    .addLong(RUN_ID, System.currentTimeMillis())
                    .toJobParameters();
            progress.start(sessions.size(), 0);
            execution = jobOperator.start(job, parameters);
        }
        writeAcrossSessions(sessions, outDir);
        return report(execution);
    }

    /**
     * One line per failed session, and the exit code. The partitions' outcome is read back from the job repository
     * (a manager's copies are never updated by its workers); the reason is the failure in this process if it ran
     * the partition, else the one stored with the session.
     */
    private int report(JobExecution execution) {
        Map<Long, StepExecution> here = execution.getStepExecutions().stream()
                .collect(Collectors.toMap(StepExecution::getId, s -> s));
        Map<String, StoredSession> stored = store.sessions().stream()
                .collect(Collectors.toMap(StoredSession::id, s -> s));
        List<String> failures = new ArrayList<>();
        for (StepExecution step : jobRepository.getJobExecution(execution.getId()).getStepExecutions()) {
            if (step.getStatus() == BatchStatus.COMPLETED || !step.getExecutionContext()
                    .containsKey(SessionPartitioner.SESSION_ID)) {
                continue;
            }
            String id = step.getExecutionContext().getString(SessionPartitioner.SESSION_ID);
            StoredSession result = stored.get(id);
            String reason = Optional.ofNullable(here.get(step.getId())).stream()
                    .flatMap(s -> s.getFailureExceptions().stream()).map(ReportRun::rootMessage).findFirst()
                    .or(() -> Optional.ofNullable(result).filter(r -> StoredSession.FAILED.equals(r.status()))
                            .map(r -> id + ": " + r.error()))
                    .orElse(id + ": " + step.getStatus());
            failures.add("FAILED " + reason);
        }
        // One line per session, whatever a file or folder name holds (newlines, terminal escapes).
        failures.stream().sorted().map(f -> VisibleText.of(f.replace("\r\n", "\n").replace('\n', ' ')))
                .forEach(err::println);
        if (execution.getStatus() == BatchStatus.COMPLETED && failures.isEmpty()) {
            return 0;
        }
        if (failures.isEmpty()) {
            execution.getAllFailureExceptions().forEach(e -> err.println(
                    VisibleText.of(("FAILED " + rootMessage(e)).replace('\n', ' '))));
        }
        return 1;
    }

    private static String rootMessage(Throwable e) {
        return e instanceof SessionFailedException ? e.getMessage() : e.toString();
    }

    /**
     * The cross-session files over every completed session of the results database, so sessions added day by day
     * all count; then the index of this run's sessions (what completed, failed or is still to run), with the theme
     * the messages grouped each under.
     */
    private void writeAcrossSessions(Map<String, Path> sessions, Path outDir) {
        Map<String, StoredSession> stored = store.sessions().stream()
                .collect(Collectors.toMap(StoredSession::id, s -> s));
        long start = System.nanoTime();
        Map<String, SessionReport> completed = completedReports();
        IgfMessages messages = crossSession.write(outDir, List.copyOf(completed.values()));
        Map<String, String> themes = messages.sessions().stream()
                .collect(Collectors.toMap(IgfMessages.SessionRef::id, IgfMessages.SessionRef::theme));
        List<IndexEntry> entries = new ArrayList<>();
        for (String id : sessions.keySet()) {
            StoredSession s = stored.get(id);
            if (s == null) {
                entries.add(IndexEntry.pending(id));
            } else if (completed.containsKey(id)) {
                entries.add(IndexEntry.completed(completed.get(id), themes.get(id)));
            } else {
                entries.add(IndexEntry.failed(id, s.error() != null ? s.error() : "its stored report cannot be read"));
            }
        }
        indexWriter.write(outDir, entries);
        out.printf(Locale.ROOT, "Draft IGF Messages and findings over %d completed sessions in %.1f s: %s%n",
                completed.size(), (System.nanoTime() - start) / 1e9, outDir.resolve("messages.html"));
    }

    /** How many of these sessions an earlier execution completed: a resumed run does not redo them. */
    private int completedBefore(Set<String> ids) {
        return (int) store.sessions().stream()
                .filter(s -> ids.contains(s.id()) && StoredSession.COMPLETED.equals(s.status())).count();
    }

    /** The stored reports that can still be read; one that cannot (an older contract) is named and left out. */
    private Map<String, SessionReport> completedReports() {
        Map<String, SessionReport> reports = new LinkedHashMap<>();
        store.completedReports().forEach((id, text) -> {
            try {
                reports.put(id, json.read(text));
            } catch (RuntimeException e) {
                err.println("SKIPPED " + id + ": its stored report cannot be read (" + e.getMessage()
                        + "); run it again with --rerun");
            }
        });
        return reports;
    }

    /** The last execution of the newest job instance over these inputs and output, if there was one. */
    private Optional<JobExecution> lastExecution(String inputs, Path out) {
        return jobRepository.findJobInstances(ReportJobConfiguration.JOB).stream()
                .sorted(Comparator.comparingLong(JobInstance::getInstanceId).reversed())
                .map(jobRepository::getLastJobExecution)
                .filter(e -> e != null && inputs.equals(e.getJobParameters().getString(INPUTS))
                        && out.toString().equals(e.getJobParameters().getString(OUT)))
                .findFirst();
    }
}
