package org.rapporteur.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rapporteur.analysis.SessionAnalyzer;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.model.Session;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.AnnotatedSession;
import org.rapporteur.nlp.NlpPipeline;

/**
 * Annotation against analysis on a session of about 15,000 spoken words (the ws530 sample's turns, and again
 * the first half of them), and on a long one (ws530's turns three times over, each time with its speakers
 * rotated: some 30,000 words in the 300-400 turns of a long hearing), where whatever in the analysis grows faster
 * than the session shows; the analysis also with the finders on helper threads, as a session alone runs them.
 * Prints the numbers recorded in docs/PERFORMANCE.md; asserts nothing about time.
 * Run: {@code mvn test -Dgroups=benchmark -DexcludedTestGroups= -Dtest=AnalysisBenchmark}
 */
@Tag("benchmark")
class AnalysisBenchmark {

    private static final int ROUNDS = 5;
    /** The annotation threads a session alone lends its finders on this 2-core machine. */
    private static final int HELPERS = 2;

    @Test
    void analysisCostsLittleBesideAnnotation() throws Exception {
        Session sample = new SessionReader().read("ws530", Path.of("samples/ws530"));
        List<Turn> turns = new ArrayList<>(sample.turns());
        turns.addAll(sample.turns().subList(0, sample.turns().size() / 2));
        measure("analysis", withTurns(sample, turns));
    }

    @Test
    void longSession() throws Exception {
        Session sample = new SessionReader().read("ws530", Path.of("samples/ws530"));
        List<Turn> original = sample.turns();
        List<String> speakers = original.stream().map(Turn::speaker).distinct().toList();
        List<Turn> turns = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Turn t : original) {
                // another speaker each round, so that pairs and per-speaker tallies grow as in a long hearing
                String speaker = speakers.get((speakers.indexOf(t.speaker()) + round) % speakers.size());
                turns.add(new Turn(turns.size(), t.label(), speaker, t.file(), t.passages(), null, null));
            }
        }
        measure("long session", withTurns(sample, turns));
    }

    private static Session withTurns(Session sample, List<Turn> turns) {
        return new Session(sample.info(), sample.people(), turns, sample.chat(), sample.polls(),
                sample.submittedQuestions(), sample.attendance(), sample.sources(), sample.warnings());
    }

    private static void measure(String name, Session session) throws Exception {
        int words = session.turns().stream().mapToInt(Turn::words).sum();
        NlpPipeline nlp = NlpPipeline.shared();
        SessionAnalyzer analyzer = new SessionAnalyzer();
        nlp.annotate(session);
        analyzer.analyse(nlp.annotate(session));

        long annotate = Long.MAX_VALUE;
        long analyse = Long.MAX_VALUE;
        long helped = Long.MAX_VALUE;
        AnnotatedSession annotated = null;
        ExecutorService helpers = Executors.newFixedThreadPool(HELPERS);
        try {
            for (int i = 0; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                annotated = nlp.annotate(session);
                long t1 = System.nanoTime();
                assertThat(analyzer.analyse(annotated).keyTakeaways()).isNotEmpty();
                long t2 = System.nanoTime();
                assertThat(analyzer.analyse(annotated, helpers).keyTakeaways()).isNotEmpty();
                long t3 = System.nanoTime();
                annotate = Math.min(annotate, t1 - t0);
                analyse = Math.min(analyse, t2 - t1);
                helped = Math.min(helped, t3 - t2);
            }
        } finally {
            helpers.shutdownNow();
        }
        System.out.printf("BENCHMARK %s: %d words, %d turns, %d sentences; best of %d: annotate %.0f ms"
                        + " (%.0f words/s), analyse %.0f ms = %.1f%% of annotation; with %d helper threads"
                        + " (a session alone) %.0f ms%n",
                name, words, session.turns().size(), annotated.sentences().size(), ROUNDS, annotate / 1e6,
                words / (annotate / 1e9), analyse / 1e6, 100.0 * analyse / annotate, HELPERS, helped / 1e6);
    }
}
