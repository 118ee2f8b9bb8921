package org.rapporteur.batch;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.GenericMessage;

/**
 * The queue of session requests from a manager to its workers: a Spring Integration channel message store in the
 * run's own PostgreSQL database, so that the database is the only service the hosts share. A request is one
 * partition of the report job (a step execution id); its session folder and output folder are in the job
 * repository, where the worker looks them up.
 */
final class SessionRequests {

    /** The one message group every manager sends to and every worker takes from. */
    static final String GROUP = "rapporteur-session-requests";

    private static final String SCHEMA = "org/rapporteur/batch/session-requests-postgresql.sql";
    /** An arbitrary number naming the lock that serialises the schema's creation among starting processes. */
    private static final long SCHEMA_LOCK = 0x5261_7070L;

    private SessionRequests() {
    }

    /** The message store over {@code dataSource}, its table and notification trigger created on first use. */
    static JdbcChannelMessageStore store(DataSource dataSource) {
        createSchema(dataSource);
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        // A request is deserialised into a message holding a partition request, and nothing else.
        store.addAllowedPatterns("java.lang.*", "java.util.*", GenericMessage.class.getName(),
                MessageHeaders.class.getName(), StepExecutionRequest.class.getName());
        return store;
    }

    private static void createSchema(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            // A manager and workers starting together on a new database would race to create the same objects.
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
            }
            ScriptUtils.executeSqlScript(c, new EncodedResource(new ClassPathResource(SCHEMA)), false, false,
                    ScriptUtils.DEFAULT_COMMENT_PREFIX, ";;", ScriptUtils.DEFAULT_BLOCK_COMMENT_START_DELIMITER,
                    ScriptUtils.DEFAULT_BLOCK_COMMENT_END_DELIMITER);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the session request queue: " + e.getMessage(), e);
        }
    }
}
