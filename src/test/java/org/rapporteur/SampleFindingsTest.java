package org.rapporteur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.analysis.SessionAnalyzer;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Relation;
import org.rapporteur.model.SessionReport;
import org.rapporteur.nlp.NlpPipeline;

/**
 * The ws530 sample was written with explicit agreements, disagreements and calls to action; each must reach the
 * report, the calls to action limited to the best two.
 */
class SampleFindingsTest {

    private static final String RAYNA = "Rayna Stamboliyska";
    private static final String JJ = "Jean-Jacques Sahel";
    private static final String CLAIRE = "Claire Mélanie Popineau";

    private static SessionReport report;

    @BeforeAll
    static void analyseTheSample() throws Exception {
        report = new SessionAnalyzer().analyse(NlpPipeline.shared().annotate(
                new SessionReader().read("ws530", Path.of("samples/ws530"))));
    }

    @Test
    void everyExplicitAgreementIsFound() {
        assertThat(report.agreements()).extracting(Relation::speaker, Relation::with, SampleFindingsTest::line)
                .contains(
                        tuple(RAYNA, JJ, 72),
                        tuple(CLAIRE, RAYNA, 100),
                        tuple(JJ, CLAIRE, 126),
                        tuple(RAYNA, JJ, 134),
                        tuple(RAYNA, CLAIRE, 158),
                        tuple(JJ, CLAIRE, 166));
        assertThat(report.agreements()).extracting(SampleFindingsTest::line).contains(234, 262);
    }

    @Test
    void everyExplicitDisagreementIsFound() {
        assertThat(report.disagreements()).extracting(Relation::speaker, Relation::with, SampleFindingsTest::line)
                .contains(
                        tuple(RAYNA, JJ, 80),
                        tuple(CLAIRE, JJ, 102),
                        tuple(JJ, RAYNA, 128),
                        tuple(RAYNA, CLAIRE, 148),
                        tuple("Amara Diallo", JJ, 218),
                        tuple(JJ, CLAIRE, 296));
    }

    @Test
    void theTwoCallsToActionAreExplicitOnesWithTheirAddressees() {
        List<CallToAction> calls = report.callsToAction();
        assertThat(calls).hasSize(2);
        assertThat(calls).extracting(c -> c.evidence().get(0).line())
                .allSatisfy(line -> assertThat(line).isIn(328, 334, 336, 342, 352));
        assertThat(calls).extracting(CallToAction::addressee).doesNotContainNull();
    }

    private static int line(Relation r) {
        return r.evidence().get(0).line();
    }
}
