package org.rapporteur.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.store.TestPostgres;

/**
 * The distributed mode with one and with two workers, each pinned to a core of its own ({@code taskset}) and
 * running one session at a time, over a folder of sessions; the manager's wall time from its start, the workers
 * already waiting. Prints the numbers recorded in docs/SCALING.md; asserts nothing about time. Needs the jar:
 * {@code mvn -q package -DskipTests}, then {@code mvn test -Dgroups=benchmark -DexcludedTestGroups=
 * -Dtest=WorkerScalingBenchmark -Dbench.sessions=../shared/eval/qmsum-dev [-Dbench.limit=N]} (or the folder as
 * {@code -Dbench.bulk}, its earlier name).
 */
@Tag("benchmark")
class WorkerScalingBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 1);
    /** The first this many sessions of the folder (by name), or all of them. */
    private static final int LIMIT = Integer.getInteger("bench.limit", Integer.MAX_VALUE);
    /** Further JVM options for the workers, e.g. "-XX:TieredStopAtLevel=1" (docs/SCALING.md). */
    private static final List<String> WORKER_JVM = Stream.of(System.getProperty("bench.workerJvm", "").split(" "))
            .filter(o -> !o.isBlank()).toList();

    /** {@code -Dbench.oneWorkerOnly=true}: only the one-worker runs, to compare workers' JVM options on long runs. */
    private static final boolean ONE_WORKER_ONLY = Boolean.getBoolean("bench.oneWorkerOnly");

    @TempDir
    Path tmp;

    @Test
    void oneAndTwoWorkers() throws Exception {
        String bulk = System.getProperty("bench.sessions", System.getProperty("bench.bulk"));
        assumeTrue(bulk != null, "no -Dbench.sessions=FOLDER of sessions");
        List<Run> one = new ArrayList<>();
        List<Run> two = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            one.add(run("one-" + round, 1, sessions(Path.of(bulk))));
            if (!ONE_WORKER_ONLY) {
                two.add(run("two-" + round, 2, sessions(Path.of(bulk))));
            }
        }
        if (ONE_WORKER_ONLY) {
            return;
        }
        System.out.printf("BENCHMARK workers over %d sessions of %s: 1 worker %s s, 2 workers %s s, speed-up %.2f;"
                + " busiest worker's CPU 1 worker %s s, 2 workers %s s, CPU speed-up %.2f%n",
                sessions(Path.of(bulk)).size(), bulk, one.stream().map(Run::seconds).toList(),
                two.stream().map(Run::seconds).toList(),
                Launch.median(one.stream().map(Run::seconds).toList())
                        / Launch.median(two.stream().map(Run::seconds).toList()),
                one.stream().map(Run::busiestWorkerCpu).toList(), two.stream().map(Run::busiestWorkerCpu).toList(),
                Launch.median(one.stream().map(Run::busiestWorkerCpu).toList())
                        / Launch.median(two.stream().map(Run::busiestWorkerCpu).toList()));
    }

    /**
     * One run: the manager's wall time, and the CPU time the busiest worker spent from the manager's start to its
     * end. On a shared machine a pinned worker's core is shared too, which stretches the wall times unequally; the
     * busiest worker's CPU time is what the run's wall time would be on cores of their own, less the manager's own
     * start and end.
     */
    private record Run(double seconds, double busiestWorkerCpu) {
    }

    private static List<Path> sessions(Path folder) throws Exception {
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().endsWith(".reference"))
                    .sorted().limit(LIMIT).map(Path::toAbsolutePath).toList();
        }
    }

    private Run run(String run, int workers, List<Path> sessions) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(run));
        String db = TestPostgres.newDatabase();
        List<Process> started = new ArrayList<>();
        List<Map<String, Long>> compilers = new ArrayList<>();
        try {
            for (int core = 0; core < workers; core++) {
                Path log = dir.resolve("worker-" + core + ".log");
                List<String> worker = new ArrayList<>(List.of("taskset", "-c", String.valueOf(core), Launch.java(),
                        "-Xmx1g"));
                worker.addAll(WORKER_JVM);
                worker.addAll(List.of("-jar", Launch.JAR.toAbsolutePath().toString(), "--worker", "--db", db,
                        "--threads", "1"));
                started.add(new ProcessBuilder(worker).redirectErrorStream(true).redirectOutput(log.toFile())
                        .start());
                compilers.add(Launch.watchCompilerThreads(started.get(core)));
                awaitReady(log);
            }
            List<String> command = new ArrayList<>(List.of(Launch.java(), "-Xmx1g", "-jar",
                    Launch.JAR.toAbsolutePath().toString(), "--manager", "--db", db, "--out",
                    dir.resolve("out").toString()));
            sessions.forEach(s -> command.add(s.toString()));
            List<Double> before = started.stream().map(Launch::cpuSeconds).toList();
            Launch manager = Launch.run(dir.resolve("manager.log"), command);
            List<Double> cpu = new ArrayList<>();
            for (int core = 0; core < workers; core++) {
                cpu.add(Launch.cpuSeconds(started.get(core)) - before.get(core));
            }
            printDatabaseLoad(run, db, sessions);
            printWorkerShares(run, dir, compilers, cpu);
            System.out.printf("BENCHMARK %s manager: %.1f s wall, %.1f s CPU%n", run, manager.seconds(),
                    manager.cpuSeconds());
            return new Run(manager.seconds(), cpu.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        } finally {
            started.forEach(Process::destroy);
            for (Process p : started) {
                p.waitFor();
            }
        }
    }

    /** How the sessions fell to the workers: a speed-up short of the worker count shows here first. */
    private static void printWorkerShares(String run, Path dir, List<Map<String, Long>> compilers, List<Double> cpu)
            throws IOException {
        for (int core = 0; core < compilers.size(); core++) {
            List<String> done = Files.readAllLines(dir.resolve("worker-" + core + ".log")).stream()
                    .filter(l -> l.contains(": completed in ")).toList();
            double seconds = done.stream().mapToDouble(l -> Double.parseDouble(
                    l.replaceFirst(".*: completed in ([0-9.]+) s.*", "$1"))).sum();
            System.out.printf("BENCHMARK %s worker %d: %d sessions, %.1f s in their 'completed in' times; %.1f s of"
                    + " CPU during the run; its JIT compilers %.1f s of CPU since it started%n", run, core,
                    done.size(), seconds, cpu.get(core), Launch.jitSeconds(compilers.get(core)));
        }
    }

    /** What the run cost the database: transactions and rows written per session, and the database's size. */
    private static void printDatabaseLoad(String run, String db, List<Path> sessions) throws Exception {
        long count = sessions.size();
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT xact_commit, tup_inserted, tup_updated, tup_deleted,"
                     + " pg_database_size(current_database()) FROM pg_stat_database"
                     + " WHERE datname = current_database()")) {
            rs.next();
            System.out.printf("BENCHMARK database load %s: %d sessions; per session %.0f commits, %.0f rows"
                    + " inserted, %.0f updated, %.0f deleted; database %d MB%n", run, count,
                    rs.getLong(1) / (double) count, rs.getLong(2) / (double) count, rs.getLong(3) / (double) count,
                    rs.getLong(4) / (double) count, rs.getLong(5) / (1024 * 1024));
        }
    }

    private static void awaitReady(Path log) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (!Files.exists(log) || !Files.readString(log).contains("Worker ready")) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("worker not ready: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
    }
}
