package org.rapporteur.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

class LargestFirstTest {

    private final AtomicLong ids = new AtomicLong();

    @Test
    void partitionsComeLargestSessionFirstAndAnUnreadableFolderLast(@TempDir Path dir) throws Exception {
        Map<String, Integer> bytes = Map.of("small", 10, "large", 5_000, "medium", 800, "medium-too", 800);
        Set<StepExecution> partitions = new HashSet<>();
        for (var session : bytes.entrySet()) {
            Path folder = Files.createDirectories(dir.resolve(session.getKey()));
            Files.write(folder.resolve("transcript.txt"), new byte[session.getValue()]);
            // Only the folder's own files count: a sub-folder is not read as part of the session.
            Files.write(Files.createDirectories(folder.resolve("sub")).resolve("big.txt"), new byte[100_000]);
            partitions.add(partition(session.getKey(), folder));
        }
        partitions.add(partition("missing", dir.resolve("missing")));
        StepExecutionSplitter spring = new StepExecutionSplitter() {
            @Override
            public String getStepName() {
                return ReportJobConfiguration.SESSION;
            }

            @Override
            public Set<StepExecution> split(StepExecution stepExecution, int gridSize) {
                return partitions;
            }
        };

        Set<StepExecution> ordered = new LargestFirst(spring).split(MetaDataInstanceFactory.createStepExecution(), 2);

        assertThat(ordered).extracting(StepExecution::getStepName).containsExactly("session:large",
                "session:medium", "session:medium-too", "session:small", "session:missing");
    }

    private StepExecution partition(String id, Path folder) {
        StepExecution partition = MetaDataInstanceFactory.createStepExecution("session:" + id,
                ids.incrementAndGet());
        partition.getExecutionContext().putString(SessionPartitioner.SESSION_ID, id);
        partition.getExecutionContext().putString(SessionPartitioner.FOLDER, folder.toString());
        return partition;
    }
}
