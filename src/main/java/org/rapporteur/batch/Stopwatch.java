package org.rapporteur.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Times the stages of one session, for the progress line: where a slow session spends its time. */
final class Stopwatch {

    /** A stage that may throw the checked exception of the stage it times. */
    @FunctionalInterface
    interface Stage<T, E extends Exception> {
        T run() throws E;
    }

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T, E extends Exception> T time(String stage, Stage<T, E> work) throws E {
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            nanos.merge(stage, System.nanoTime() - start, Long::sum);
        }
    }

    /** "4.2 s: read 0.1, annotate 3.0, ..." */
    @Override
    public String toString() {
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        return String.format("%.1f s: ", total / 1e9) + nanos.entrySet().stream()
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / 1e9))
                .collect(Collectors.joining(", "));
    }
}
