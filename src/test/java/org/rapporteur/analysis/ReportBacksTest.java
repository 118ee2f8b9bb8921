package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionReport;

/**
 * A workshop that splits into breakout groups: each group's rapporteur reports back in the plenary, and the Session
 * Report tells it as such (which group, its rapporteur, what it found, where it did not agree). A panellist speaking
 * of "the group" without a group named is no report-back.
 */
class ReportBacksTest {

    private static final String CHAIR = "Amina Diallo";
    private static final String SKILLS = "Pita Havili";
    private static final String PARTNERS = "Joanna Kowalczyk";

    private static Fixture workshop() {
        return Fixture.session().format("Breakout Group Discussions - 90 Min")
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(SKILLS, Role.SPEAKER, "Government")
                .person(PARTNERS, Role.SPEAKER, "Technical Community")
                .turn(CHAIR, "Welcome to this workshop on security staff for small town halls.",
                        "We will split into two groups and come back in thirty minutes.")
                .turn(CHAIR, "We are back in plenary.", "Group one, Pita, please.");
    }

    private static final String[] SKILLS_REPORT = {"Thank you, Amina.",
            "Our group was about people and skills, and we were twelve people from eight countries.",
            "The group felt that keeping trained staff matters more than training new staff every year.",
            "Town halls lose their security staff to banks within two years, because public salaries cannot compete.",
            "A shared pool of security staff, paid by several town halls together, would keep the skills in the region.",
            "Where we did not agree was certification.",
            "Two governments wanted a mandatory certificate for every administrator, and the universities said it would "
                    + "make the shortage worse.",
            "We wrote down both views, and that is it from group one."};

    private static final String[] PARTNERS_REPORT = {"Thank you.",
            "Our group looked at incident response and the partners a town hall can call on.",
            "The group said national response teams need a desk for local government with a phone that works at the "
                    + "weekend.",
            "Several people described an email answered after two days and guidance written for banks.",
            "A framework contract that any town hall can call off from would put a response team on site within hours.",
            "Everyone could accept sharing technical indicators across the region, but not the names of the town halls "
                    + "that were hit."};

    @Test
    void eachGroupsReportIsToldWithItsGroupItsRapporteurAndWhereItDisagreed() {
        SessionReport r = new SessionAnalyzer().analyse(workshop()
                .turn(SKILLS, SKILLS_REPORT)
                .turn(CHAIR, "Thank you, Pita.", "Group two, Joanna.")
                .turn(PARTNERS, PARTNERS_REPORT)
                .turn(CHAIR, "Thank you both, and thank you all for coming.")
                .annotate());

        Paragraph reports = r.narrative().stream().filter(p -> NarrativeWriter.REPORT_BACKS.equals(p.topic()))
                .findFirst().orElseThrow(() -> new AssertionError(Fixture.text(r.narrative())));
        assertThat(reports.text()).startsWith("Two breakout groups reported back to the plenary.")
                .contains("For group one, " + SKILLS + " reported that the group felt that keeping trained staff matters more")
                .contains("For group two, " + PARTNERS + " reported that the group said national response teams need a desk")
                .contains("The group did not agree throughout: \u201cWhere we did not agree was certification. Two "
                        + "governments wanted");
        assertThat(reports.evidence()).extracting(e -> e.quote()).contains("Where we did not agree was certification.");
    }

    @Test
    void talkAboutAGroupWithoutAGroupNamedIsNoReportBack() {
        SessionReport r = new SessionAnalyzer().analyse(workshop()
                .turn(SKILLS, SKILLS_REPORT[1].replace("Our group was about", "My ministry works on"),
                        SKILLS_REPORT[2], SKILLS_REPORT[3], SKILLS_REPORT[4], SKILLS_REPORT[5], SKILLS_REPORT[6])
                .turn(CHAIR, "Thank you, Pita.", "Joanna, please.")
                .turn(PARTNERS, PARTNERS_REPORT)
                .turn(CHAIR, "Thank you both, and thank you all for coming.")
                .annotate());

        List<Paragraph> narrative = r.narrative();
        assertThat(narrative).noneMatch(p -> NarrativeWriter.REPORT_BACKS.equals(p.topic()));
    }

    /** A rapporteur restating the group's question without its mark asks it: "What should …" is no finding. */
    @Test
    void aQuestionRestatedWithoutItsMarkIsAQuestionAndAClauseOnWhatIsNone() {
        Discussion d = workshop()
                .turn(PARTNERS, "What should response teams do for a town hall that cannot respond on its own.",
                        "How can small buyers ask for secure products when they have no market power.",
                        "What we should do is fund a shared response team for the region.")
                .discussion();
        int first = d.size() - 3;
        assertThat(d.sentence(first).text()).startsWith("What should response teams do");
        assertThat(d.kind(first)).isEqualTo(SentenceKind.QUESTION);
        assertThat(d.kind(first + 1)).isEqualTo(SentenceKind.QUESTION);
        assertThat(d.kind(first + 2)).isEqualTo(SentenceKind.SUBSTANCE);
    }
}
