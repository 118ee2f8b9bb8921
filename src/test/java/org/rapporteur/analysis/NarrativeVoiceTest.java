package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Role;

/**
 * How the narrative tells a voice: a rule in force as what the speaker reported, the first speaker on substance by
 * their first claim on the session's question, and a hearing as witnesses answering the members' questions.
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

    private static final String SHORT = "How are hospices being funded while their charity shops are closed?";
    private static final String LONG = "Given that the charity shops of every hospice in the country have been closed "
            + "since March and that their income has fallen by half, how are hospices being funded now?";

    private static Fixture hearing(String format, String question) {
        return Fixture.session().format(format)
                .person("Lynne Neagle", Role.MODERATOR, "Parliament")
                .person("Julie Morgan", Role.SPEAKER, "Government")
                .person("Sian Gwenllian", Role.SPEAKER, "Parliament")
                .turn("Lynne Neagle", "Good morning and welcome to the committee.")
                .turn("Sian Gwenllian", question)
                .turn("Julie Morgan", "Hospices have received six million pounds from the emergency fund to cover "
                        + "lost income from their charity shops.",
                        "The emergency fund for hospices will be reviewed every month until the shops reopen.")
                .turn("Sian Gwenllian", "What support is there for the mental health of children stuck at home?")
                .turn("Julie Morgan", "Mental health services for children are essential services and must stay "
                        + "open throughout the lockdown.");
    }

    @Test
    void aHearingTellsWhatTheWitnessesAnsweredWithTheMembersQuestionAsTheSetting() {
        List<Paragraph> told = narrative(hearing("Committee evidence session", SHORT).discussion());
        String themes = Fixture.text(told.subList(1, told.size()));
        assertThat(themes).contains("Asked by Sian Gwenllian \u201c" + SHORT + "\u201d, Julie Morgan");
        for (Paragraph p : told) {
            assertThat(p.text().split("\\balso\\b", -1).length - 1).as(p.text()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aMembersLongQuestionIsNotQuotedWholeButNamedAsTheSetting() {
        String themes = Fixture.text(narrative(hearing("Committee evidence session", LONG).discussion()));
        assertThat(themes).contains("In answer to a question from Sian Gwenllian, Julie Morgan")
                .doesNotContain("Given that the charity shops");
    }

    @Test
    void aPanelIsNotToldAsAHearing() {
        String themes = Fixture.text(narrative(hearing("Round Table", SHORT).discussion()));
        assertThat(themes).doesNotContain("In answer to a question from", "Asked by");
    }
}
