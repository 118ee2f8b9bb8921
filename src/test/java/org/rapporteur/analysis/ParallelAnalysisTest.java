package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.nlp.AnnotatedSession;
import org.rapporteur.nlp.NlpPipeline;
import org.rapporteur.report.ReportJson;

/**
 * The finders run as tasks on several threads give exactly the report of one thread: the samples' report.json
 * text, the same on every try (the finders share the discussion's and the scorer's memos).
 */
class ParallelAnalysisTest {

    private static final ExecutorService HELPERS = Executors.newFixedThreadPool(3);
    private static final ReportJson JSON = new ReportJson();

    @AfterAll
    static void stop() {
        HELPERS.shutdownNow();
    }

    @Test
    void ws530() throws Exception {
        sameReport("ws530");
    }

    @Test
    void communityNetworks() throws Exception {
        sameReport("of-community-networks");
    }

    private static void sameReport(String sample) throws Exception {
        AnnotatedSession annotated = NlpPipeline.shared()
                .annotate(new SessionReader().read(sample, Path.of("samples", sample)));
        SessionAnalyzer analyzer = new SessionAnalyzer();
        String sequential = JSON.write(analyzer.analyse(annotated));

        assertThat(sequential).contains("\"keyTakeaways\"");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(JSON.write(analyzer.analyse(annotated, HELPERS))).isEqualTo(sequential);
        }
    }
}
