package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionReport;

/** A panel where the moderator puts a question to each panellist in turn: whom each answer replies to. */
class PanelRoundTest {

    private static Fixture round(String handOver) {
        return Fixture.session()
                .person("Farah Idris", Role.MODERATOR, null)
                .person("Lena Sorensen", Role.SPEAKER, "Private Sector")
                .person("Kojo Asante", Role.SPEAKER, "Civil Society")
                .turn("Lena Sorensen", "Repair ships serve the biggest cable owners first under the maintenance "
                        + "agreements.")
                .turn("Farah Idris", handOver)
                .turn("Kojo Asante", "Satellite links are a good backup for hospitals but cannot carry a whole "
                        + "country's traffic.");
    }

    @Test
    void anAnswerToTheModeratorsQuestionDoesNotReplyToThePanellistBefore() {
        Discussion d = round("Kojo, on redundancy. Is satellite the answer?").discussion();
        int lena = FindingsTest.sentence(d, "Repair ships serve").index();
        int kojo = FindingsTest.sentence(d, "Satellite links are").index();
        int farah = FindingsTest.sentence(d, "Is satellite the answer").index();
        assertThat(NarrativeWriter.replies(d, lena, kojo)).isFalse();
        assertThat(NarrativeWriter.replies(d, farah, kojo)).isTrue();
    }

    @Test
    void aHandOverThatNamesThePanellistBeforeKeepsTheReply() {
        // "Kojo, Lena says …" puts Lena's point to Kojo: his answer replies to it
        Discussion named = round("Kojo, Lena says the ships go to the big owners. What do you say?").discussion();
        assertThat(NarrativeWriter.replies(named, FindingsTest.sentence(named, "Repair ships serve").index(),
                FindingsTest.sentence(named, "Satellite links are").index())).isTrue();
        // a hand-over inviting the reply ("do you want to respond?") leaves it to the turn before
        Discussion invited = round("Kojo, do you want to respond quickly?").discussion();
        assertThat(NarrativeWriter.replies(invited, FindingsTest.sentence(invited, "Repair ships serve").index(),
                FindingsTest.sentence(invited, "Satellite links are").index())).isTrue();
        // a hand-over naming nobody leaves the turn before the reply
        Discussion plain = round("Thank you. Anyone else on this?").discussion();
        assertThat(NarrativeWriter.replies(plain, FindingsTest.sentence(plain, "Repair ships serve").index(),
                FindingsTest.sentence(plain, "Satellite links are").index())).isTrue();
    }

    private static Fixture summedUp(String first) {
        return Fixture.session()
                .person("Farah Idris", Role.MODERATOR, "Technical Community")
                .person("Lena Sorensen", Role.SPEAKER, "Private Sector")
                .person("Kojo Asante", Role.SPEAKER, "Civil Society")
                .turn("Lena Sorensen", "Repair ships serve the biggest cable owners first under the maintenance "
                        + "agreements.")
                .turn("Kojo Asante", "Satellite links are a good backup for hospitals but cannot carry a whole "
                        + "country's traffic.")
                .turn("Lena Sorensen", "Permits for repair ships take weeks in many coastal states.",
                        "Governments could issue those permits in advance, before any fault.")
                .turn("Kojo Asante", "People were told nothing for days when the cables broke last year.",
                        "Many of them thought the government had shut the network down.")
                .turn("Farah Idris", "Let me try to sum up.", "Three things I take away.", "First, " + first,
                        "Second, the cheapest resilience is a local exchange point in every country.",
                        "And third, people must be told within a day where an outage is and what it affects.");
    }

    private static Claim bottleneck(SessionReport r) {
        return r.keyTakeaways().stream().filter(c -> c.text().contains("bottleneck")).findFirst().orElseThrow();
    }

    @Test
    void aSummaryItemTooLongForTheFormKeepsTheStatementItsColonOpensOn() {
        SessionReport r = new SessionAnalyzer().analyse(summedUp("the bottleneck in repair is ships and permits, "
                + "not technology: a shared repair fund for the region, governed by the islands, and permits issued "
                + "in advance, both came up, and the panel moved towards each other on the fund.").annotate());
        assertThat(r.keyTakeaways()).allSatisfy(c -> assertThat(Wording.words(c.text())).isLessThanOrEqualTo(35));
        assertThat(bottleneck(r).text()).isEqualTo("The bottleneck in repair is ships and permits, not technology.");
        // the evidence keeps every word
        assertThat(bottleneck(r).evidence()).extracting(e -> e.quote())
                .anySatisfy(q -> assertThat(q).endsWith("on the fund."));
    }

    @Test
    void aSummaryItemWithinTheFormStaysWhole() {
        SessionReport r = new SessionAnalyzer().analyse(summedUp("the bottleneck in repair is ships and permits, "
                + "not technology: a shared repair fund came up.").annotate());
        assertThat(bottleneck(r).text()).isEqualTo(
                "The bottleneck in repair is ships and permits, not technology: a shared repair fund came up.");
    }

    @Test
    void aClauseWithNoColonIsCutAtItsLastBreakWithinTheLimitAndMarked() {
        String cut = Wording.shortened("Operators, regulators, donors, the island governments, the regional "
                + "organisations, the banks and the insurers, the ship owners and the fishing fleets must all sit at "
                + "one table every year and agree on a plan for the repair of the cables that everyone can read", 20);
        assertThat(cut).endsWith("\u2026");
        assertThat(Wording.words(cut)).isLessThanOrEqualTo(20);
        assertThat(Wording.shortened("Short clauses stay as they are.", 20)).isEqualTo(
                "Short clauses stay as they are.");
    }

    @Test
    void aClauseIsNotCutToAFragmentOfWhatItsColonOpens() {
        String item = "A voice assistant should never be the only door to a public service: a human who speaks the "
                + "language must be one step away";
        assertThat(Wording.within(item, 20)).isNull();
        // a cut leaving a statement after the colon stands
        assertThat(Wording.within("Repair is slow: the ships that serve the region are booked for months by the big "
                + "owners, which pay first", 17)).isEqualTo("Repair is slow: the ships that serve the region are "
                + "booked for months by the big owners");
    }
}
