package org.rapporteur.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A separate JVM as the benchmarks start it: wall time, and the CPU time (user + system) and peak RSS as GNU time
 * reports them. On a machine shared with other work the CPU time varies much less than the wall time. Also the CPU
 * time of the JVM's JIT compiler threads, the largest cost of a short run beside annotation (docs/PERFORMANCE.md,
 * fourth round), sampled from {@code /proc} while the JVM runs (0 where there is no {@code /proc}), and the peak of
 * the summed resident memory of the process and its descendants: GNU time reports the largest single process's, and
 * the launcher (docs/PERFORMANCE.md, fifth round) is a JVM that waits beside the JVM it started.
 */
record Launch(double seconds, double cpuSeconds, long rssMegabytes, long treeRssMegabytes, double jitCpuSeconds,
        String output) {

    static final Path JAR = Path.of("target/rapporteur.jar");
    private static final Pattern TIME = Pattern.compile("PEAK_RSS_KB (\\d+) CPU_S ([0-9.]+) ([0-9.]+)");
    /** HotSpot's compiler threads, "C1 CompilerThread0", "C2 CompilerThread1", ... (Linux keeps 15 characters). */
    private static final Pattern COMPILER_THREAD = Pattern.compile("C[12] CompilerThre.*");
    /** Clock ticks per second in {@code /proc/PID/task/TID/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    /** Runs the command to its end; its output (stdout and stderr) goes to {@code log}. */
    static Launch run(Path log, List<String> command) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "PEAK_RSS_KB %M CPU_S %U %S"));
        timed.addAll(command);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Map<String, Long> compilerTicks = watchCompilerThreads(p);
        Map<String, Long> memory = watchTreeMemory(p);
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log);
        if (code != 0) {
            throw new IllegalStateException("exit " + code + " from " + command + ":\n" + output);
        }
        Matcher m = TIME.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no times from /usr/bin/time in:\n" + output);
        }
        return new Launch(seconds, Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3)),
                Long.parseLong(m.group(1)) / 1024, memory.getOrDefault(PEAK_KB, 0L) / 1024, jitSeconds(compilerTicks),
                output);
    }

    /**
     * Samples, on a thread of its own until the process ends, the CPU time of the JIT compiler threads of the
     * process and its descendants (the JVM under GNU time, or a JVM that taskset became); read with
     * {@link #jitSeconds}.
     */
    static Map<String, Long> watchCompilerThreads(Process process) {
        Map<String, Long> ticks = new ConcurrentHashMap<>();
        Thread sampler = new Thread(() -> sampleCompilerThreads(process.toHandle(), ticks), "jit-sampler");
        sampler.setDaemon(true);
        sampler.start();
        return ticks;
    }

    private static final String PEAK_KB = "peak";

    /** Samples every 100 ms the summed VmRSS of the process and its descendants; the peak is under "peak", in KB. */
    static Map<String, Long> watchTreeMemory(Process process) {
        Map<String, Long> peak = new ConcurrentHashMap<>();
        Thread sampler = new Thread(() -> {
            ProcessHandle root = process.toHandle();
            while (root.isAlive()) {
                long kb = Stream.concat(Stream.of(root), root.descendants()).mapToLong(Launch::residentKb).sum();
                peak.merge(PEAK_KB, kb, Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        return peak;
    }

    private static long residentKb(ProcessHandle process) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** The CPU seconds sampled so far by {@link #watchCompilerThreads}. */
    static double jitSeconds(Map<String, Long> ticks) {
        return ticks.values().stream().mapToLong(Long::longValue).sum() / TICKS;
    }

    /**
     * Every 100 ms until the process ends, the user + system ticks of each compiler thread of it and its
     * descendants: the last sample before a thread ends stands for it, so a thread's last 100 ms may be missed.
     */
    private static void sampleCompilerThreads(ProcessHandle process, Map<String, Long> ticks) {
        while (process.isAlive()) {
            Stream.concat(Stream.of(process), process.descendants()).forEach(jvm -> {
                Path tasks = Path.of("/proc", String.valueOf(jvm.pid()), "task");
                try (var threads = Files.list(tasks)) {
                    threads.forEach(thread -> compilerTicks(thread).ifPresent(t -> ticks.merge(
                            jvm.pid() + "/" + thread.getFileName(), t, Math::max)));
                } catch (IOException | UncheckedIOException e) {
                    // The process or the thread ended between listing and reading: its last sample stands.
                }
            });
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * The CPU seconds (user + system) a live process and its live descendants have used so far: a worker's launcher
     * and the JVM it started. Read before and after a run, the difference is what the run cost that worker, which the
     * other work on a shared machine disturbs far less than its wall time.
     */
    static double cpuSeconds(Process process) {
        ProcessHandle root = process.toHandle();
        return Stream.concat(Stream.of(root), root.descendants()).mapToLong(p -> {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException e) {
                return 0;
            }
        }).sum() / TICKS;
    }

    /** User + system ticks of a compiler thread, from its {@code stat} line; empty for any other thread. */
    private static OptionalLong compilerTicks(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (!COMPILER_THREAD.matcher(stat.substring(open + 1, close)).matches()) {
                return OptionalLong.empty();
            }
            // After the name: state (field 3) ... utime (14) and stime (15).
            String[] fields = stat.substring(close + 2).split(" ");
            return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** One line of a comparison: each run's wall time, medians of wall and CPU time, peak RSS, ratios to {@code to}. */
    static void print(String name, List<Launch> runs, List<Launch> to) {
        double wall = median(runs.stream().map(Launch::seconds).toList());
        double cpu = median(runs.stream().map(Launch::cpuSeconds).toList());
        double jit = median(runs.stream().map(Launch::jitCpuSeconds).toList());
        System.out.printf("BENCHMARK   %s: %s s (median %.1f s, CPU %s s, median %.1f s, of it JIT compilers %.1f s,"
                        + " peak RSS %s MB, all its processes together %s MB); against bare CoreNLP: time %.2f, CPU"
                        + " time %.2f%n", name,
                runs.stream().map(l -> String.format("%.1f", l.seconds())).collect(Collectors.joining(" / ")), wall,
                runs.stream().map(l -> String.format("%.1f", l.cpuSeconds())).collect(Collectors.joining(" / ")),
                cpu, jit, runs.stream().map(l -> String.valueOf(l.rssMegabytes())).collect(Collectors.joining(" / ")),
                runs.stream().map(l -> String.valueOf(l.treeRssMegabytes())).collect(Collectors.joining(" / ")),
                wall / median(to.stream().map(Launch::seconds).toList()),
                cpu / median(to.stream().map(Launch::cpuSeconds).toList()));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
