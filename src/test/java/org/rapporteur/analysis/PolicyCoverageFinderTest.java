package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.PolicyQuestionCoverage;
import org.rapporteur.model.Role;

/** Policy-question coverage on small community-network sessions: addressed, not addressed, framed by the chair. */
class PolicyCoverageFinderTest {

    private static final String SPECTRUM = "Enabling environments: How can community networks obtain affordable "
            + "spectrum licences in rural areas?";
    private static final String MODERATION = "How should artificial intelligence be used in content moderation?";
    private static final String CHAIR = "Nomvula Dlamini";

    @Test
    void aQuestionTheSpeakersTookUpIsAddressedWithVerbatimEvidence() {
        List<PolicyQuestionCoverage> coverage = PolicyCoverageFinder.find(Fixture.session()
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person("Grace Odhiambo", Role.SPEAKER, "Government")
                .policyQuestion(SPECTRUM)
                .policyQuestion(MODERATION)
                .turn(CHAIR, "Good afternoon and welcome.", "Grace, the floor is yours.")
                .turn("Grace Odhiambo", "Thank you, Nomvula.",
                        "In Kenya the regulator created a community network licence with very low fees.",
                        "Community networks also get access to shared spectrum in rural areas, so licences are "
                        + "finally affordable for a village cooperative.",
                        "That took years of advocacy by civil society and researchers.")
                .discussion());

        assertThat(coverage).extracting(PolicyQuestionCoverage::question).containsExactly(SPECTRUM, MODERATION);
        PolicyQuestionCoverage spectrum = coverage.get(0);
        assertThat(spectrum.addressed()).isTrue();
        Evidence e = spectrum.evidence().get(0);
        assertThat(e.speaker()).isEqualTo("Grace Odhiambo");
        assertThat(e.quote()).isEqualTo("Community networks also get access to shared spectrum in rural areas, so "
                + "licences are finally affordable for a village cooperative.");
        assertThat(e.file()).isEqualTo(Fixture.TRANSCRIPT);
        assertThat(e.line()).isEqualTo(10);
        assertThat(coverage.get(1).addressed()).isFalse();
        assertThat(coverage.get(1).evidence()).isEmpty();
    }

    @Test
    void theChairFramingAQuestionDoesNotAddressIt() {
        List<PolicyQuestionCoverage> coverage = PolicyCoverageFinder.find(Fixture.session()
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person("Tendai Moyo", Role.SPEAKER, "Civil Society")
                .policyQuestion(SPECTRUM)
                .turn(CHAIR, "Our question today is how community networks can obtain affordable spectrum "
                        + "licences in rural areas across the region.")
                .turn("Tendai Moyo", "Our cooperative trained eight young technicians to maintain the solar "
                        + "panels and the towers.")
                .discussion());

        assertThat(coverage).singleElement().satisfies(c -> {
            assertThat(c.addressed()).isFalse();
            assertThat(c.evidence()).isEmpty();
        });
    }

    @Test
    void aTurnWhoseWordsOnlyMeetTheQuestionOneBySentenceIsNoEvidence() {
        List<PolicyQuestionCoverage> coverage = PolicyCoverageFinder.find(Fixture.session()
                .policyQuestion(SPECTRUM)
                .turn("Tendai Moyo", "Our community bought its first towers with a loan from the district.",
                        "The spectrum we use is the same as in any coffee shop with a router.",
                        "Most of our users are farmers from rural villages around the market town.")
                .discussion());

        assertThat(coverage).singleElement().satisfies(c -> {
            assertThat(c.addressed()).isFalse();
            assertThat(c.evidence()).isEmpty();
        });
    }

    @Test
    void aBundledQuestionIsMatchedPartByPartWithItsTopicLabel() {
        List<java.util.Set<String>> parts = PolicyCoverageFinder.parts("Cybersecurity mechanisms: What practices "
                + "exist today? Where do international standards fall short?");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).contains("cybersecurity", "mechanism", "practice").doesNotContain("standard");
        assertThat(parts.get(1)).contains("cybersecurity", "mechanism", "international", "standard", "fall")
                .doesNotContain("practice");
    }

    @Test
    void aSessionWithoutPolicyQuestionsHasNoCoverage() {
        assertThat(PolicyCoverageFinder.find(Fixture.session()
                .turn("Tendai Moyo", "Community networks need affordable spectrum in rural areas.")
                .discussion())).isEmpty();
    }
}
