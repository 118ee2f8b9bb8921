package org.rapporteur.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rapporteur.analysis.SessionAnalyzer;
import org.rapporteur.ingest.InputException;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.model.Session;
import org.rapporteur.model.SessionReport;
import org.rapporteur.nlp.NlpPipeline;
import org.rapporteur.nlp.Quality;
import org.rapporteur.report.SessionCharts;
import org.rapporteur.report.WordReport;

/**
 * What report.docx and the charts add to writing a session: ws530's report (3 polls, speakers, groups; its
 * transcript has no timings), laid out and drawn, then written as a Word document with its PNG charts. The first
 * round pays for loading POI's XML schema classes and Java2D's fonts, once per JVM; the best of the rest is the cost
 * per further session. Prints the numbers for docs/PERFORMANCE.md; asserts only that a document was made.
 * Run: {@code mvn test -Dgroups=benchmark -DexcludedTestGroups= -Dtest=WordReportBenchmark}
 */
@Tag("benchmark")
class WordReportBenchmark {

    private static final int ROUNDS = 6;

    @Test
    void timesTheWordDraftWithItsCharts() throws InputException {
        Session session = new SessionReader().read("ws530", Path.of("samples/ws530"));
        SessionReport report = new SessionAnalyzer().analyse(NlpPipeline.shared(Quality.FAST).annotate(session));
        long first = 0;
        long best = Long.MAX_VALUE;
        int size = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            byte[] docx = new WordReport().write(report, SessionCharts.of(report, session.turns()));
            long took = System.nanoTime() - start;
            size = docx.length;
            if (round == 0) {
                first = took;
            } else {
                best = Math.min(best, took);
            }
        }
        System.out.printf("BENCHMARK report.docx with charts: %d bytes; first in this JVM %d ms, best of %d more %d ms%n",
                size, first / 1_000_000, ROUNDS - 1, best / 1_000_000);
        assertThat(size).isPositive();
    }
}
