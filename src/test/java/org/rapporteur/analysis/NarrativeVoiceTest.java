package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Role;

/**
 * How the narrative tells a voice: a rule in force as what the speaker reported, and the first speaker on substance
 * by their first claim on the session's question.
 */
class NarrativeVoiceTest {

    private static List<Paragraph> narrative(Discussion d) {
        return NarrativeWriter.write(d, new SentenceScorer(d, Set.of()),
                new RelationFinder.Relations(List.of(), List.of()), List.of(), List.of(), Set.of());
    }

    private static Fixture languages(String rule) {
        return Fixture.session()
                .person("Amina Yusuf", Role.MODERATOR, null)
                .person("Lucia Benitez", Role.SPEAKER, "Government")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .policyQuestion("Public services: How can public services be offered in local languages?")
                .turn("Amina Yusuf", "How can public services reach people in their own language?")
                .turn("Tomas Berg", "Public services in local languages should use open speech tools for every form.",
                        "We have a small office in the capital with nine engineers and two designers.")
                .turn("Lucia Benitez", rule);
    }

    @Test
    void aRuleInForceIsWhatTheSpeakerReportedNotTheirArgument() {
        String told = Fixture.text(narrative(languages("Since 2022 every new public service in the country must "
                + "be offered in both local languages.").discussion()));
        assertThat(told).contains("Lucia Benitez reported that since 2022 every new public service");

        // the same duty argued for is an argument
        String argued = Fixture.text(narrative(languages("Every new public service in the country must be offered "
                + "in both local languages.").discussion()));
        assertThat(argued).contains("Lucia Benitez").doesNotContain("reported that");
    }

    @Test
    void theFirstSpeakerOnSubstanceIsQuotedByTheirFirstClaimNotTheirOrganisation() {
        Discussion d = Fixture.session()
                .person("Nomvula Dlamini", Role.MODERATOR, null)
                .person("Grace Odhiambo", Role.SPEAKER, "Government")
                .person("Tendai Moyo", Role.SPEAKER, "Civil Society")
                .policyQuestion("Financing: How can universal service funds support community networks?")
                .turn("Nomvula Dlamini", "Welcome to this session on community networks.")
                .turn("Grace Odhiambo", "Thank you, Nomvula.",
                        "Our ministry manages the universal service fund of Kenya, which has supported community "
                        + "networks and rural operators in three regions since 2015.",
                        "Universal service funds should finance community networks directly, not only the big "
                        + "operators.")
                .turn("Tendai Moyo", "Community networks need money for salaries and training, not only towers.",
                        "Universal service funds rarely reach a community network in a rural village.")
                .discussion();
        String opening = narrative(d).get(0).text();
        assertThat(opening).contains("Grace Odhiambo (Government) spoke first on substance: \u201cUniversal service "
                + "funds should finance community networks directly");
        assertThat(opening).doesNotContain("Our ministry manages");
    }

    /** The first speaker opens on facts; {@code second} is what they say when the moderator comes back to them. */
    private static Discussion factsFirst(String second) {
        return Fixture.session()
                .person("Nomvula Dlamini", Role.MODERATOR, null)
                .person("Grace Odhiambo", Role.SPEAKER, "Government")
                .person("Tendai Moyo", Role.SPEAKER, "Civil Society")
                .policyQuestion("Financing: How can universal service funds support community networks?")
                .turn("Nomvula Dlamini", "Welcome to this session on community networks. Grace, how are they funded?")
                .turn("Grace Odhiambo", "A rural tower costs about forty thousand dollars in our country.",
                        "The universal service fund collects two percent of the operators' revenue every year.")
                .turn("Nomvula Dlamini", "And what would you change?")
                .turn("Grace Odhiambo", second)
                .turn("Tendai Moyo", "Community networks need money for salaries and training, not only towers.",
                        "Universal service funds rarely reach a community network in a rural village.")
                .discussion();
    }

    @Test
    void aFirstSpeakerWhoOpensOnFactsIsQuotedByTheirFirstClaimInTheirNextTurn() {
        String opening = narrative(factsFirst("Universal service funds should finance community networks directly, "
                + "not only the big operators.")).get(0).text();
        assertThat(opening).contains("Grace Odhiambo (Government) spoke first on substance: \u201cUniversal service "
                + "funds should finance community networks directly").doesNotContain("forty thousand");
    }

    @Test
    void aFirstSpeakerWithNoClaimInTheirFirstTurnsIsNamedWithTheThemeNotAFactAsTheirThesis() {
        String opening = narrative(factsFirst("The fund paid for eleven towers in the north last year."))
                .get(0).text();
        assertThat(opening).contains("Grace Odhiambo (Government) spoke first, on financing.")
                .doesNotContain("spoke first on substance").doesNotContain("forty thousand");
    }
}
