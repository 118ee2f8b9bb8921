package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.PolicyQuestionCoverage;

/**
 * Coverage made to agree with the narrative and the takeaways: a question marked "not addressed" that a paragraph
 * opens on, or a takeaway answers, comes out addressed with their evidence and a warning; the rest stand.
 */
class CoverageCheckTest {

    private static final String SPECTRUM = "Enabling environments: How can community networks obtain affordable "
            + "spectrum licences in rural areas?";
    private static final String MODERATION = "How should artificial intelligence be used in content moderation?";
    private static final String SKILLS = "What digital skills do young people in rural areas need first?";

    private static final Evidence LICENCE = spoken("Grace Odhiambo", 10, "Community networks also get access to "
            + "shared spectrum in rural areas, so licences are finally affordable.");
    private static final Evidence WEATHER = spoken("Grace Odhiambo", 12, "That took years of advocacy.");
    private static final Evidence MODERATORS = spoken("Tendai Moyo", 20, "Artificial intelligence flags the "
            + "posts, but human moderators decide on content moderation in our languages.");

    @Test
    void aContradictionWithTheNarrativeOrATakeawayIsResolvedAndWarnedAbout() {
        List<PolicyQuestionCoverage> found = List.of(
                new PolicyQuestionCoverage(SPECTRUM, false, List.of()),
                new PolicyQuestionCoverage(MODERATION, false, List.of()),
                new PolicyQuestionCoverage(SKILLS, false, List.of()));
        // the opening asks the page's skills question: asking it is not discussing it
        Paragraph opening = new Paragraph("In the open forum, the session page asked: " + SKILLS, null, List.of());
        List<Paragraph> narrative = List.of(opening, new Paragraph("The discussion opened on enabling environments. "
                + "Grace "
                + "Odhiambo said: \u201cThat took years of advocacy.\u201d \u201cCommunity networks also get access "
                + "to shared spectrum in rural areas, so licences are finally affordable.\u201d", SPECTRUM,
                List.of(WEATHER, LICENCE)));
        List<Claim> takeaways = List.of(new Claim("Artificial intelligence flags posts, but human moderators decide "
                + "on content moderation.", "Tendai Moyo", List.of(MODERATORS)));

        CoverageCheck.Result r = CoverageCheck.reconcile(found, narrative, takeaways, List.of());

        assertThat(r.coverage()).extracting(PolicyQuestionCoverage::addressed).containsExactly(true, true, false);
        // the paragraph's quote that speaks to the question, not the one beside it
        assertThat(r.coverage().get(0).evidence()).containsExactly(LICENCE);
        assertThat(r.coverage().get(1).evidence()).containsExactly(MODERATORS);
        assertThat(r.coverage().get(2).evidence()).isEmpty();
        assertThat(r.warnings()).singleElement().asString().contains("these 2", "narrative takes up \"" + SPECTRUM,
                "key takeaway speaks to \"" + MODERATION).doesNotContain(SKILLS);
    }

    @Test
    void agreeingFindingsAreLeftAsTheyAre() {
        List<PolicyQuestionCoverage> found = List.of(new PolicyQuestionCoverage(SPECTRUM, true, List.of(LICENCE)),
                new PolicyQuestionCoverage(SKILLS, false, List.of()));
        List<Paragraph> narrative = List.of(new Paragraph("Speakers spoke about licences and spectrum.", null,
                List.of(LICENCE)));
        CoverageCheck.Result r = CoverageCheck.reconcile(found, narrative, List.of(), List.of());
        assertThat(r.coverage()).isEqualTo(found);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aWholeSessionsReportNeverContradictsItself() {
        var report = new SessionAnalyzer().analyse(Workshop.annotated());
        for (PolicyQuestionCoverage c : report.policyQuestionCoverage()) {
            boolean inNarrative = report.narrative().stream().anyMatch(p -> c.question().equals(p.topic())
                    || p.text().contains(NarrativeWriter.topicLabel(c.question())));
            assertThat(!inNarrative || c.addressed()).as(c.question()).isTrue();
        }
    }

    private static Evidence spoken(String speaker, int line, String quote) {
        return new Evidence(EvidenceSource.TRANSCRIPT, Fixture.TRANSCRIPT, speaker, line, null, quote);
    }
}
