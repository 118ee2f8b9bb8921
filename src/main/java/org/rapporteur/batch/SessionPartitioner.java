package org.rapporteur.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per session folder, named by the session id, so a restart finds the sessions that did not
 * complete by name and runs only those.
 */
final class SessionPartitioner implements Partitioner {

    static final String SESSION_ID = "sessionId";
    static final String FOLDER = "folder";

    private final Map<String, Path> sessions;

    SessionPartitioner(Map<String, Path> sessions) {
        this.sessions = sessions;
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
