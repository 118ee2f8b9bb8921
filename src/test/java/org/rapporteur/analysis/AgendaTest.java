package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.PolicyQuestionCoverage;
import org.rapporteur.model.Relation;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionReport;

/**
 * One labeller says which policy question a stretch of talk is about, by the words it shares with the question
 * weighted by how distinctive they are in the session: themes, the issues of agreements and the coverage agree.
 */
class AgendaTest {

    private static final String DATA = "Local language data: Who should pay for local language data sets?";
    private static final String ACCEPTANCE = "Universal acceptance: How can every website accept email addresses "
            + "in any script?";

    /** Every turn says "local language"; only some speak of scripts and email addresses, none of paying for data. */
    private static Fixture scripts() {
        return Fixture.session()
                .person("Amina Yusuf", Role.MODERATOR, "Civil Society")
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .person("Kofi Mensah", Role.SPEAKER, "Government")
                .policyQuestion(DATA)
                .policyQuestion(ACCEPTANCE)
                .turn("Amina Yusuf", "Welcome to this session on local languages online.")
                .turn("Ana Ruiz", "In my local language, an email address written in our own script is still "
                        + "rejected by most websites.",
                        "Universal acceptance means that every website can accept email addresses in any script.")
                .turn("Tomas Berg", "I agree with Ana that websites must accept email addresses in every script, "
                        + "including the local language scripts.",
                        "Our engineers fixed the email forms of our shop for three local language scripts last year.")
                .turn("Kofi Mensah", "Local language communities still see banks refuse an email address in the "
                        + "local script.",
                        "The local language community cannot use its own script for an email address today.");
    }

    @Test
    void aThemeIsTheQuestionItsDistinctiveWordsSupportNotTheOneSharingTheWordEveryTurnUses() {
        Discussion d = scripts().discussion();
        List<Agenda.Label> themes = d.agenda().themes();
        assertThat(themes).hasSize(1);
        assertThat(themes.get(0).text()).isEqualTo(ACCEPTANCE);
    }

    @Test
    void themesIssuesAndCoverageNameTheSameQuestion() {
        SessionReport report = new SessionAnalyzer().analyse(scripts().annotate());
        assertThat(report.agreements()).extracting(Relation::issue).containsExactly("universal acceptance");
        assertThat(report.policyQuestionCoverage()).extracting(PolicyQuestionCoverage::addressed)
                .containsExactly(false, true);
        assertThat(Fixture.text(report.narrative())).contains("The discussion opened on universal acceptance.")
                .doesNotContain("took up local language data");
    }

    @Test
    void talkOnPayingForDataIsAboutTheDataQuestion() {
        Discussion d = Fixture.session()
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .policyQuestion(DATA)
                .policyQuestion(ACCEPTANCE)
                .turn("Ana Ruiz", "Governments should pay for open data sets in every local language.",
                        "Nobody else will pay for speech data in a language with a small market.")
                .turn("Tomas Berg", "Companies can pay part of the cost of local language data sets.",
                        "Open data sets in a local language need public money to start.")
                .discussion();
        assertThat(d.agenda().themes().get(0).text()).isEqualTo(DATA);
    }

    @Test
    void belowTheFloorAStretchIsAboutATopicNotAPolicyQuestion() {
        Discussion d = Fixture.session()
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .policyQuestion(DATA)
                .policyQuestion(ACCEPTANCE)
                .turn("Ana Ruiz", "The community radio runs on batteries when the grid fails.",
                        "Every village kept its community radio on during the storm.")
                .turn("Tomas Berg", "A community radio costs little, and batteries are the real cost now.",
                        "Spare batteries for the community radio should be stored before the storm season.")
                .discussion();
        Agenda.Label theme = d.agenda().themes().get(0);
        assertThat(theme.isPolicyQuestion()).isFalse();
        assertThat(theme.text()).isEqualTo("the community radio");
    }

    @Test
    void aPhraseOnlyOneSpeakerUsesNamesNoTopic() {
        // "the storm season" is said twice, both times by Tomas: his phrase, not the stretch's topic
        Discussion d = Fixture.session()
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .policyQuestion(DATA)
                .policyQuestion(ACCEPTANCE)
                .turn("Ana Ruiz", "Our volunteers fixed the antenna on the hill.",
                        "Every village kept its radio on during the storm.")
                .turn("Tomas Berg", "Spare batteries should be stored before the storm season.",
                        "The storm season lasts four months in the south.")
                .discussion();
        assertThat(d.agenda().themes().get(0)).isNull();
    }
}
