package org.rapporteur.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.model.Session;

/** A session's turns annotated on several threads give exactly the sentences of one thread, in the same order. */
class ParallelAnnotationTest {

    private static final ExecutorService THREADS = Executors.newFixedThreadPool(4);
    private static Session session;

    @BeforeAll
    static void readTheSample() throws Exception {
        session = new SessionReader().read("ws530", Path.of("samples/ws530"));
    }

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    @Test
    void parallelAnnotationGivesTheSentencesOfSequentialAnnotation() {
        NlpPipeline nlp = NlpPipeline.shared();
        AnnotatedSession sequential = nlp.annotate(session);
        AnnotatedSession parallel = nlp.annotate(session, THREADS);

        assertThat(sequential.sentences()).hasSizeGreaterThan(session.turns().size());
        assertThat(parallel.sentences()).isEqualTo(sequential.sentences());
        List<Integer> indexes = parallel.sentences().stream().map(Sentence::index).toList();
        assertThat(indexes).isEqualTo(IntStream.range(0, indexes.size()).boxed().toList());
    }
}
