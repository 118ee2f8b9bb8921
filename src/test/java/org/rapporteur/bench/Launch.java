package org.rapporteur.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A separate JVM as the benchmarks start it: wall time, and the CPU time (user + system) and peak RSS as GNU time
 * reports them. On a machine shared with other work the CPU time varies much less than the wall time.
 */
record Launch(double seconds, double cpuSeconds, long rssMegabytes, String output) {

    static final Path JAR = Path.of("target/rapporteur.jar");
    private static final Pattern TIME = Pattern.compile("PEAK_RSS_KB (\\d+) CPU_S ([0-9.]+) ([0-9.]+)");

    /** Runs the command to its end; its output (stdout and stderr) goes to {@code log}. */
    static Launch run(Path log, List<String> command) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "PEAK_RSS_KB %M CPU_S %U %S"));
        timed.addAll(command);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start();
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
                Long.parseLong(m.group(1)) / 1024, output);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** One line of a comparison: each run's wall time, medians of wall and CPU time, peak RSS, ratios to {@code to}. */
    static void print(String name, List<Launch> runs, List<Launch> to) {
        double wall = median(runs.stream().map(Launch::seconds).toList());
        double cpu = median(runs.stream().map(Launch::cpuSeconds).toList());
        System.out.printf("BENCHMARK   %s: %s s (median %.1f s, CPU median %.1f s, peak RSS %s MB); against bare"
                        + " CoreNLP: time %.2f, CPU time %.2f%n", name,
                runs.stream().map(l -> String.format("%.1f", l.seconds())).collect(Collectors.joining(" / ")), wall,
                cpu, runs.stream().map(l -> String.valueOf(l.rssMegabytes())).collect(Collectors.joining(" / ")),
                wall / median(to.stream().map(Launch::seconds).toList()),
                cpu / median(to.stream().map(Launch::cpuSeconds).toList()));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
