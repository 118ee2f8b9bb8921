package org.rapporteur.batch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Whether this process is the only one running a given run (its inputs and output). An embedded H2 file is open
 * in one process only, so its holder is alone. On PostgreSQL every run, single-machine or manager, holds a
 * session-level advisory lock named after its run for as long as it runs; PostgreSQL releases the lock when the
 * process dies, so a run that gets the lock knows that an execution left STARTED has nobody behind it. Any other
 * database cannot tell.
 */
final class RunLock implements AutoCloseable {

    enum State { ALONE, HELD_ELSEWHERE, UNKNOWN }

    private final State state;
    private final Connection connection;

    private RunLock(State state, Connection connection) {
        this.state = state;
        this.connection = connection;
    }

    static RunLock take(String databaseUrl, String run) throws SQLException {
        String url = databaseUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
                && !url.contains("auto_server=true")) {
            return new RunLock(State.ALONE, null);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            return new RunLock(State.UNKNOWN, null);
        }
        // A connection of its own: a pooled one could be retired, and the lock with it, in the middle of a run.
        Connection c = DriverManager.getConnection(databaseUrl);
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key(run));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new RunLock(rs.getBoolean(1) ? State.ALONE : State.HELD_ELSEWHERE, c);
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    State state() {
        return state;
    }

    /** The lock's number: the first 8 bytes of the run's SHA-256. */
    private static long key(String run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closing the connection releases the lock. */
    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
