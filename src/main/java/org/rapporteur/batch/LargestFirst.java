package org.rapporteur.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Hands out a run's partitions largest session first. Spring Batch's splitter returns them in a hash set, so the
 * order sessions started in was an accident, and a long hearing drawn last ran on one thread while the others
 * stood idle. Started first, the long sessions overlap the short ones and the run ends with short work on every
 * thread. The size is the bytes of the files in the session's folder: reading it costs one directory listing, and
 * the transcript, which dominates, grows with the words to annotate. Both the threads of one process and the
 * manager's requests to workers (sent in this order, taken in it) follow it.
 */
final class LargestFirst implements StepExecutionSplitter {

    private final StepExecutionSplitter splitter;

    LargestFirst(StepExecutionSplitter splitter) {
        this.splitter = splitter;
    }

    /** The partitions of the report job's sessions step, as Spring Batch would make them, in this order. */
    static LargestFirst sessions(JobRepository jobRepository, SessionPartitioner partitioner) {
        return new LargestFirst(new SimpleStepExecutionSplitter(jobRepository, ReportJobConfiguration.SESSION,
                partitioner));
    }

    @Override
    public String getStepName() {
        return splitter.getStepName();
    }

    @Override
    public Set<StepExecution> split(StepExecution stepExecution, int gridSize) throws JobExecutionException {
        Set<StepExecution> partitions = splitter.split(stepExecution, gridSize);
        Map<StepExecution, Long> sizes = partitions.stream().collect(Collectors.toMap(Function.identity(),
                p -> bytes(Path.of(p.getExecutionContext().getString(SessionPartitioner.FOLDER)))));
        return partitions.stream()
                .sorted(Comparator.comparing((StepExecution p) -> sizes.get(p)).reversed()
                        .thenComparing(StepExecution::getStepName))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The bytes of the folder's own files; 0 for a folder that cannot be listed (it fails when it is read). */
    private static long bytes(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(LargestFirst::size).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
