package org.rapporteur.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per session folder, named by the session id, so a restart finds the sessions that did not
 * complete by name and runs only those. The sessions are those of the run being launched: the launcher sets them
 * (a job parameter could not hold hundreds of folder paths).
 */
final class SessionPartitioner implements Partitioner {

    static final String SESSION_ID = "sessionId";
    static final String FOLDER = "folder";

    private volatile Map<String, Path> sessions = Map.of();

    /** The sessions of the run about to start; one run at a time per process. */
    void sessions(Map<String, Path> sessionsOfTheRun) {
        this.sessions = Map.copyOf(sessionsOfTheRun);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        sessions.forEach((id, folder) -> {
            ExecutionContext context = new ExecutionContext();
            context.putString(SESSION_ID, id);
            context.putString(FOLDER, folder.toString());
            partitions.put(id, context);
        });
        return partitions;
    }
}
