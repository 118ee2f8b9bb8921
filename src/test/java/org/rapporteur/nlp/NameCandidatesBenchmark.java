package org.rapporteur.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.model.Session;

/**
 * What running the named-entity model only on sentences that may hold a name ({@link NameCandidates}) saves and
 * changes: every session of a folder annotated both ways on one thread, the entities compared. Prints the numbers
 * recorded in docs/PERFORMANCE.md; asserts nothing. Run:
 * {@code mvn test -Dgroups=benchmark -DexcludedTestGroups= -Dtest=NameCandidatesBenchmark
 * [-Dbench.sessions=../shared/eval/qmsum-dev]} (default: the samples).
 */
@Tag("benchmark")
class NameCandidatesBenchmark {

    /** One named entity: its sentence, first and last token, class and words. */
    private record Entity(String session, int sentence, int first, int last, String type, String words) {

        @Override
        public String toString() {
            return words + "/" + type;
        }
    }

    /** Annotation runs on the calling thread: its CPU time suffers less than wall time from a shared machine. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void entitiesAndTimeWithAndWithoutSkipping() throws Exception {
        NlpPipeline everySentence = new NlpPipeline(Quality.FAST, tokens -> true);
        NlpPipeline candidates = NlpPipeline.shared();
        List<Session> sessions = sessions(Path.of(System.getProperty("bench.sessions", "samples")));
        // Warm both up on the first session, so neither pays the JIT's first rounds in the totals.
        everySentence.annotate(sessions.get(0));
        candidates.annotate(sessions.get(0));

        long everyNanos = 0;
        long candidateNanos = 0;
        int sentences = 0;
        int skipped = 0;
        long tokens = 0;
        long skippedTokens = 0;
        Set<Entity> all = new HashSet<>();
        Set<Entity> kept = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            // Alternate which goes first, so neither always runs on a warmer JVM.
            long t0 = CPU.getCurrentThreadCpuTime();
            AnnotatedSession a = i % 2 == 0 ? everySentence.annotate(session) : candidates.annotate(session);
            long t1 = CPU.getCurrentThreadCpuTime();
            AnnotatedSession b = i % 2 == 0 ? candidates.annotate(session) : everySentence.annotate(session);
            long t2 = CPU.getCurrentThreadCpuTime();
            everyNanos += i % 2 == 0 ? t1 - t0 : t2 - t1;
            candidateNanos += i % 2 == 0 ? t2 - t1 : t1 - t0;
            AnnotatedSession every = i % 2 == 0 ? a : b;
            AnnotatedSession some = i % 2 == 0 ? b : a;
            for (Sentence s : every.sentences()) {
                sentences++;
                tokens += s.tokens().size();
                if (!NameCandidates.mayHoldName(s.tokens().stream().map(NameCandidatesBenchmark::label).toList())) {
                    skipped++;
                    skippedTokens += s.tokens().size();
                }
            }
            all.addAll(entities(session.info().id(), every));
            kept.addAll(entities(session.info().id(), some));
        }
        Set<Entity> lost = new HashSet<>(all);
        lost.removeAll(kept);
        Set<Entity> gained = new HashSet<>(kept);
        gained.removeAll(all);
        System.out.printf("BENCHMARK named-entity candidates: %d sessions, %d sentences, %d tokens; model skipped on"
                        + " %d sentences (%.1f%%), %d tokens (%.1f%%); entities on every sentence %d, lost %d %s,"
                        + " gained %d %s; annotation CPU time on one thread %.1f s on every sentence, %.1f s on"
                        + " candidates"
                        + " (%.1f%% less)%n", sessions.size(), sentences, tokens, skipped, 100.0 * skipped / sentences,
                skippedTokens, 100.0 * skippedTokens / tokens, all.size(), lost.size(), lost, gained.size(), gained,
                everyNanos / 1e9, candidateNanos / 1e9, 100.0 * (everyNanos - candidateNanos) / everyNanos);
    }

    private static List<Session> sessions(Path folder) throws Exception {
        SessionReader reader = new SessionReader();
        List<Path> folders;
        try (Stream<Path> dirs = Files.list(folder)) {
            folders = dirs.filter(Files::isDirectory).filter(reader::hasRecognisedInput).sorted().toList();
        }
        List<Session> sessions = new ArrayList<>();
        for (Path f : folders) {
            sessions.add(reader.read(f.getFileName().toString(), f));
        }
        return sessions;
    }

    /** The entities of a session: runs of tokens with the same class other than "O". */
    private static List<Entity> entities(String session, AnnotatedSession annotated) {
        List<Entity> entities = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String type = tokens.get(i).ner();
                if (type.equals("O")) {
                    continue;
                }
                int last = i;
                while (last + 1 < tokens.size() && tokens.get(last + 1).ner().equals(type)) {
                    last++;
                }
                String words = String.join(" ", tokens.subList(i, last + 1).stream().map(Token::word).toList());
                entities.add(new Entity(session, s.index(), i, last, type, words));
                i = last;
            }
        }
        return entities;
    }

    private static CoreLabel label(Token token) {
        CoreLabel label = new CoreLabel();
        label.setWord(token.word());
        label.setTag(token.pos());
        return label;
    }
}
