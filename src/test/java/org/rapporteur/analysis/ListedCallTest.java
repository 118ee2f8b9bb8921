package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionReport;

/** A call made as a list is one call that keeps its items; an announcement without them is none. */
class ListedCallTest {

    private static Fixture roundtable() {
        return Fixture.session().format("Roundtable - 60 Min")
                .person("Lucia Ferrante", Role.MODERATOR, "Government")
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .turn("Lucia Ferrante", "Welcome to this roundtable on cable repair and island networks.");
    }

    @Test
    void aListAfterAColonAndAListInTheNextSentencesEachGiveOneCallWithItsItems() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn("Ana Ruiz", "Island networks break far too often.",
                        "So if you ask me, and I'll be short, we need three things: first, an exchange point in "
                        + "every country; second, local hosting of the government services; and third, a yearly test of what happens when the cable is cut.")
                .turn("Tomas Berg", "Outages cost the islands a lot of money every day.",
                        "So, from our experience, I would say governments must do two things.",
                        "They must issue repair permits in advance.",
                        "And they must publish the fault reports within a day.")
                .annotate());
        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactly(
                tuple("all stakeholders", "Three things are needed: an exchange point in every country; local "
                        + "hosting of the government services; and a yearly test of what happens when the cable is "
                        + "cut."),
                tuple("governments", "Governments should issue repair permits in advance and publish the fault "
                        + "reports within a day."));
        // the evidence is every sentence said, verbatim
        assertThat(Fixture.calls(r).get(1).evidence()).extracting(e -> e.quote()).containsExactly(
                "So, from our experience, I would say governments must do two things.",
                "They must issue repair permits in advance.", "And they must publish the fault reports within a day.");
    }

    @Test
    void anAnnouncedListWithoutItsItemsOrWithoutAnyoneToActIsNoListedCall() {
        Discussion d = roundtable()
                .turn("Tomas Berg", "Governments must do two things.", "They must issue repair permits in advance.",
                        "But what about the fishing fleets?")
                .turn("Ana Ruiz", "Those two things must change before the next storm season.",
                        "The ships are old and the permits are slow.")
                .discussion();
        for (int i = 0; i < d.size(); i++) {
            assertThat(ListedCall.at(d, i)).isNull();
        }
    }

    @Test
    void aPluralActorOpeningTheCallIsAnAddresseeInLowerCase() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn("Ana Ruiz", "Developers should let the community choose the licence of its recordings.")
                .turn("Tomas Berg", "UNESCO should publish the language data of every member state.")
                .annotate());
        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee).contains("developers", "UNESCO");
    }
}
