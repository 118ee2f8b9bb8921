package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.CallToAction;
import org.rapporteur.nlp.AnnotatedSession;
import org.rapporteur.nlp.NlpPipeline;
import org.rapporteur.nlp.Quality;
import org.rapporteur.nlp.Sentence;

/**
 * Calls to action on one closing round annotated twice: with the dependency parser (deep tier, read by
 * {@link CallGrammar}) and without (fast tier, the word patterns), negative cases included.
 */
class CallGrammarTest {

    private static final String[] SAY = {
        "We call on satellite and terrestrial operators, including my own company, to offer wholesale capacity.",
        "My call to action is for regulators across Africa to create a simple community network licence.",
        "I urge the European Commission to publish the harmonised standards this year.",
        "Governments should publish a common baseline of security requirements.",
        "We need the IGF to carry this message to the WSIS review in New York.",
        "Should we require labels on every device sold in our market.",
        "If governments should regulate every device, they will need far better data.",
        "The standards that the ministry should use are more than ten years old.",
        "Citizens should have the right to repair their own devices.",
        "I would like to ask the minister to respond to that point.",
        "We need more time to think about the licensing question."};

    private static AnnotatedSession deep;
    private static AnnotatedSession fast;

    @BeforeAll
    static void annotate() {
        Fixture f = Fixture.session().turn("Ana Ruiz", SAY);
        deep = NlpPipeline.shared(Quality.DEEP).annotate(f.build());
        fast = NlpPipeline.shared(Quality.FAST).annotate(f.build());
    }

    @Test
    void theDeepTierParsesEverySentence() {
        assertThat(deep.sentences()).hasSize(SAY.length).allSatisfy(s -> assertThat(s.dependencies()).isNotEmpty());
        assertThat(fast.sentences()).allSatisfy(s -> assertThat(s.dependencies()).isEmpty());
    }

    @Test
    void bothTiersFindTheAddresseeAcrossCommasAndAfterFor() {
        for (AnnotatedSession a : List.of(deep, fast)) {
            assertThat(addressee(a, 0)).isEqualTo("satellite and terrestrial operators");
            assertThat(addressee(a, 1)).isEqualTo("regulators across Africa");
        }
    }

    @Test
    void aLongCallToActionNamesItsFirstAddressee() {
        Sentence s = NlpPipeline.shared(Quality.DEEP).annotate(Fixture.session().turn("Ana Ruiz",
                "My call to action is for regulators across Africa to create a simple licence, with fees "
                + "proportional to the size of the network, as Kenya did, and for Parliaments to reform the "
                + "universal service funds so that every fund publishes its accounts every year.").build())
                .sentences().get(0);
        assertThat(CallToActionFinder.candidate(s, 0).addressee()).isEqualTo("regulators across Africa");
    }

    @Test
    void bothTiersAgreeOnPlainCalls() {
        for (AnnotatedSession a : List.of(deep, fast)) {
            assertThat(addressee(a, 2)).isEqualTo("European Commission");
            assertThat(addressee(a, 3)).isEqualTo("Governments");
            assertThat(CallToActionFinder.candidate(a.sentences().get(4), 4).addressee()).isEqualTo("IGF");
        }
        assertThat(strength(deep, 2)).isEqualTo(3);
        assertThat(strength(deep, 3)).isEqualTo(2);
        assertThat(strength(deep, 4)).isEqualTo(2.5);
    }

    @Test
    void questionsConditionsRelativeClausesEntitlementsAndHandOversAreNoCalls() {
        for (int i = 5; i < SAY.length; i++) {
            assertThat(CallToActionFinder.candidate(deep.sentences().get(i), i)).as(SAY[i]).isNull();
        }
    }

    @Test
    void theFinderKeepsTheTwoStrongestDeepCalls() {
        Discussion d = Discussion.of(deep);
        List<CallToAction> calls = CallToActionFinder.find(d, new SentenceScorer(d, Set.of())).form();
        assertThat(calls).hasSize(CallToActionFinder.LIMIT);
        assertThat(calls).allSatisfy(c -> assertThat(c.addressee()).isNotNull());
        assertThat(calls).extracting(c -> c.evidence().get(0).quote()).allSatisfy(q -> assertThat(SAY).contains(q));
    }

    private static String addressee(AnnotatedSession a, int i) {
        Sentence s = a.sentences().get(i);
        CallToActionFinder.Candidate c = CallToActionFinder.candidate(s, i);
        return c == null ? null : c.addressee();
    }

    private static double strength(AnnotatedSession a, int i) {
        return CallToActionFinder.candidate(a.sentences().get(i), i).score();
    }
}
