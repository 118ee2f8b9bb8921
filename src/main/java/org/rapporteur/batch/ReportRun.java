package org.rapporteur.batch;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rapporteur.model.Text;
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
import org.springframework.stereotype.Component;

/**
 * Launches the report job the way the command line promises: resume the last run over the same inputs unless
 * asked to rerun; recover an execution left STARTED by a killed process (the embedded database file can be open
 * in one process only, so no other process can still be running it); write the index; answer an exit code.
 */
@Component
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
    private final ReportJson json;
    private final boolean exclusiveDatabase;
    private final PrintStream out;
    private final PrintStream err;

    ReportRun(JobOperator jobOperator, JobRepository jobRepository, Job reportJob, SessionFolders folders,
              SessionPartitioner partitioner,
              ResultStore store, IndexWriter indexWriter, ReportJson json, Console console,
              @Value("${spring.datasource.url}") String databaseUrl) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = reportJob;
        this.folders = folders;
        this.partitioner = partitioner;
        this.store = store;
        this.indexWriter = indexWriter;
        this.json = json;
        this.exclusiveDatabase = isExclusive(databaseUrl);
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

        Optional<JobExecution> previous = request.rerun() ? Optional.empty() : lastExecution(inputKey, outDir);
        Optional<JobExecution> unfinished = previous.filter(e -> e.getStatus() != BatchStatus.COMPLETED
                && e.getStatus() != BatchStatus.ABANDONED);
        JobExecution execution;
        if (unfinished.isPresent()) {
            JobExecution last = unfinished.get();
            if (last.getStatus().isRunning()) {
                if (!exclusiveDatabase) {
                    err.println("A run over these inputs is still marked running (execution " + last.getId()
                            + ") in a shared database; stop it or use --rerun.");
                    return 2;
                }
                out.println("Resuming an interrupted run (execution " + last.getId() + ")");
                last = jobOperator.recover(last);
            } else {
                out.println("Resuming the last run (execution " + last.getId() + "): only unfinished sessions");
            }
            execution = jobOperator.restart(last);
        } else if (previous.filter(e -> e.getStatus() == BatchStatus.COMPLETED).isPresent()) {
            out.println("Every session of these inputs completed in an earlier run; use --rerun to report them again.");
            writeIndex(sessions, outDir);
            return 0;
        } else {
            JobParameters parameters = new JobParametersBuilder()
                    .addString(INPUTS, inputKey)
                    .addString(OUT, outDir.toString())
                    .addLong(RUN_ID, System.currentTimeMillis())
                    .toJobParameters();
            execution = jobOperator.start(job, parameters);
        }
        writeIndex(sessions, outDir);
        return report(execution);
    }

    private int report(JobExecution execution) {
        List<String> failures = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.COMPLETED || !step.getExecutionContext()
                    .containsKey(SessionPartitioner.SESSION_ID)) {
                continue;
            }
            String reason = step.getFailureExceptions().stream()
                    .map(ReportRun::rootMessage).findFirst()
                    .orElse(step.getExecutionContext().getString(SessionPartitioner.SESSION_ID) + ": "
                            + step.getStatus());
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

    /** The index of this run's sessions, from the results database: what completed, failed or is still to run. */
    private void writeIndex(Map<String, Path> sessions, Path outDir) {
        Map<String, StoredSession> stored = store.sessions().stream()
                .collect(Collectors.toMap(StoredSession::id, s -> s));
        List<IndexEntry> entries = new ArrayList<>();
        for (String id : sessions.keySet()) {
            StoredSession s = stored.get(id);
            if (s == null) {
                entries.add(IndexEntry.pending(id));
            } else if (StoredSession.COMPLETED.equals(s.status())) {
                entries.add(IndexEntry.completed(json.read(store.reportJson(id).orElseThrow())));
            } else {
                entries.add(IndexEntry.failed(id, s.error()));
            }
        }
        indexWriter.write(outDir, entries);
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

    /** An embedded H2 file database is locked by the process that opened it: nobody else can be running. */
    static boolean isExclusive(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:tcp:") && !u.startsWith("jdbc:h2:ssl:")
                && !u.contains("auto_server=true");
    }
}
