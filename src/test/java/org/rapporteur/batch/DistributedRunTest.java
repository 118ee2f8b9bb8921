package org.rapporteur.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.RapporteurApplication;
import org.rapporteur.store.TestPostgres;

/**
 * The distributed mode as a secretariat would run it: a real PostgreSQL, a manager and two workers, each its own
 * JVM; one worker is killed with SIGKILL in the middle of a session. Every session must still complete exactly
 * once, with the report a single-machine run writes.
 */
@Tag("distributed")
class DistributedRunTest {

    /** A timeout generous enough for a machine shared with other builds; not a speed target. */
    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final List<Path> SAMPLES = List.of(Path.of("samples/ws530"),
            Path.of("samples/of-community-networks"));

    @TempDir
    Path tmp;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void aWorkerKilledMidSessionLosesNothingAndDuplicatesNothing() throws Exception {
        Path in = sessions(6);
        String db = TestPostgres.newDatabase();
        Path out = tmp.resolve("out");

        Process killed = start("worker-a", "--worker", "--db", db, "--threads", "1");
        Process survivor = start("worker-b", "--worker", "--db", db, "--threads", "1");
        Process manager = start("manager", "--manager", "--db", db, "--out", out.toString(), in.toString());

        // Kill the first worker shortly after it completes a session, when it has taken the next one.
        awaitLine("worker-a", "completed in");
        Thread.sleep(200);
        killed.destroyForcibly().waitFor();

        assertThat(manager.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).as(log("manager")).isTrue();
        assertThat(manager.exitValue()).as(log("manager") + log("worker-b")).isZero();
        survivor.destroy();
        assertThat(survivor.waitFor(30, TimeUnit.SECONDS)).isTrue();

        List<String> ids = ids(in);
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            assertThat(strings(s, "SELECT ID FROM RP_SESSION WHERE STATUS = 'COMPLETED' ORDER BY ID"))
                    .isEqualTo(ids);
            assertThat(strings(s, "SELECT STEP_NAME || ' ' || STATUS FROM BATCH_STEP_EXECUTION"
                    + " WHERE STEP_NAME LIKE 'session:%' ORDER BY STEP_NAME"))
                    .isEqualTo(ids.stream().map(id -> "session:" + id + " COMPLETED").toList());
            assertThat(strings(s, "SELECT MESSAGE_ID FROM INT_CHANNEL_MESSAGE")).isEmpty();
        }
        assertThat(log("worker-b")).contains("completed in");

        Path single = tmp.resolve("single");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RapporteurApplication.run(new String[] {"--db", "jdbc:h2:file:" + tmp.resolve("h2"),
            "--out", single.toString(), in.toString()}, new PrintStream(OutputStreamSink.INSTANCE),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        for (String id : ids) {
            assertThat(Files.readString(out.resolve(id).resolve("report.json"))).as(id)
                    .isEqualTo(Files.readString(single.resolve(id).resolve("report.json")));
        }
        assertThat(out.resolve("index.html")).isNotEmptyFile();
    }

    @Test
    void aManagerKilledAndRunAgainResumesWithoutRedoingCompletedSessions() throws Exception {
        Path in = sessions(4);
        String db = TestPostgres.newDatabase();
        String[] manager = {"--manager", "--db", db, "--out", tmp.resolve("out").toString(), in.toString()};

        start("worker", "--worker", "--db", db, "--threads", "1");
        Process killed = start("manager-1", manager);
        awaitLine("worker", "completed in");
        killed.destroyForcibly().waitFor();

        Process again = start("manager-2", manager);
        assertThat(again.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).as(log("manager-2")).isTrue();
        assertThat(again.exitValue()).as(log("manager-2") + log("worker")).isZero();
        assertThat(log("manager-2")).contains("Resuming an interrupted run");

        List<String> ids = ids(in);
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            assertThat(strings(s, "SELECT ID FROM RP_SESSION WHERE STATUS = 'COMPLETED' ORDER BY ID"))
                    .isEqualTo(ids);
            assertThat(strings(s, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                    .containsExactly("FAILED", "COMPLETED");
            // The session the worker completed before the manager died is not sent again.
            assertThat(strings(s, "SELECT DISTINCT STEP_NAME FROM BATCH_STEP_EXECUTION"
                    + " WHERE STATUS = 'COMPLETED' AND STEP_NAME LIKE 'session:%'")).hasSameSizeAs(ids);
            assertThat(strings(s, "SELECT S.STEP_NAME FROM BATCH_STEP_EXECUTION S JOIN BATCH_JOB_EXECUTION J"
                    + " ON S.JOB_EXECUTION_ID = J.JOB_EXECUTION_ID WHERE J.STATUS = 'COMPLETED'"
                    + " AND S.STEP_NAME LIKE 'session:%'")).hasSizeLessThan(ids.size());
        }
        // Requests queued for the dead manager's execution are refused once the new one has replaced it.
        awaitEmptyQueue(db);
    }

    private static void awaitEmptyQueue(String db) throws Exception {
        Instant until = Instant.now().plus(LIMIT);
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            while (!strings(s, "SELECT MESSAGE_ID FROM INT_CHANNEL_MESSAGE").isEmpty()) {
                assertThat(Instant.now()).as("requests left in the queue").isBefore(until);
                Thread.sleep(200);
            }
        }
    }

    /** Small session folders made from the project's smaller sample, plus one of the larger to vary the length. */
    private Path sessions(int count) throws IOException {
        Path in = tmp.resolve("in");
        for (int i = 1; i <= count; i++) {
            Path sample = SAMPLES.get(i == count ? 0 : 1);
            Path session = Files.createDirectories(in.resolve(sample.getFileName() + "-" + i));
            try (Stream<Path> files = Files.list(sample)) {
                for (Path f : files.toList()) {
                    Files.copy(f, session.resolve(f.getFileName()));
                }
            }
        }
        return in;
    }

    private Process start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                RapporteurApplication.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve(name + ".log").toFile()).start();
        processes.add(p);
        return p;
    }

    private void awaitLine(String name, String text) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(LIMIT);
        while (!log(name).contains(text)) {
            assertThat(Instant.now()).as("%s never said '%s': %s", name, text, log(name)).isBefore(until);
            Thread.sleep(50);
        }
    }

    private String log(String name) throws IOException {
        Path log = tmp.resolve(name + ".log");
        return Files.exists(log) ? "\n--- " + name + ":\n" + Files.readString(log) : "";
    }

    private static List<String> ids(Path in) throws IOException {
        try (Stream<Path> dirs = Files.list(in)) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Discards the single-machine run's progress lines. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }
    }
}
