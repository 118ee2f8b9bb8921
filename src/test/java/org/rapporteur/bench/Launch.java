package org.rapporteur.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A separate JVM as the benchmarks start it: wall time, and peak RSS as GNU time reports it. */
record Launch(double seconds, long rssMegabytes, String output) {

    static final Path JAR = Path.of("target/rapporteur.jar");
    private static final Pattern RSS = Pattern.compile("PEAK_RSS_KB (\\d+)");

    /** Runs the command to its end; its output (stdout and stderr) goes to {@code log}. */
    static Launch run(Path log, List<String> command) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "PEAK_RSS_KB %M"));
        timed.addAll(command);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log);
        if (code != 0) {
            throw new IllegalStateException("exit " + code + " from " + command + ":\n" + output);
        }
        Matcher m = RSS.matcher(output);
        return new Launch(seconds, m.find() ? Long.parseLong(m.group(1)) / 1024 : -1, output);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
