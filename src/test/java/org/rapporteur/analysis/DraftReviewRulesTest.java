package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionReport;

/**
 * Rules found reading the draft of a session that reviews an output document (a Best Practice Forum taking
 * feedback on its recommendations): a change proposed to the text is a call, a passive's subject is not who is
 * called on, and an aside siding with someone is no part of a call. Each with its negative case.
 */
class DraftReviewRulesTest {

    private static final String FACILITATOR = "Lucia Ferrante";
    private static final String CIVIL = "Ana Ruiz";
    private static final String INDUSTRY = "Tomas Berg";
    private static final String GOVERNMENT = "Mei Tanaka";

    private static Fixture review() {
        return Fixture.session().format("Best Practice Forum - 60 Min")
                .person(FACILITATOR, Role.MODERATOR, "Technical Community")
                .person(CIVIL, Role.SPEAKER, "Civil Society")
                .person(INDUSTRY, Role.SPEAKER, "Private Sector")
                .person(GOVERNMENT, Role.SPEAKER, "Government");
    }

    @Test
    void aChangeProposedToTheTextIsACallOnItsSubject() {
        SessionReport r = new SessionAnalyzer().analyse(review()
                .turn(CIVIL, "I would add a recommendation that governments consult coastal communities before "
                        + "they approve a new landing station.",
                        "Coastal communities lose their fishing grounds when a cable is laid without asking them.")
                .turn(INDUSTRY, "I would add to recommendation three that regulators should share outage reports "
                        + "with each other across borders.",
                        "Most operators already report their outages to the national regulator within a day.")
                .turn(GOVERNMENT, "I would add that the repair took nineteen days on average in our region last year.")
                .annotate());
        List<CallToAction> all = Fixture.calls(r);
        assertThat(all).extracting(CallToAction::text).containsExactlyInAnyOrder(
                "Governments should consult coastal communities before they approve a new landing station.",
                "Regulators should share outage reports with each other across borders.");
        assertThat(all).extracting(CallToAction::addressee).containsExactlyInAnyOrder("governments", "regulators");
        assertThat(all).extracting(CallToAction::basis).containsOnly("explicit");
        // the negative case: "I would add that …" frames a fact, it proposes nothing; and the proposal, told as a
        // position, is never the stray "said that a recommendation that …"
        assertThat(r.positions()).extracting(p -> p.speaker()).contains(CIVIL, INDUSTRY);
        assertThat(r.positions()).flatExtracting(p -> p.points()).extracting(c -> c.text())
                .noneMatch(t -> t.contains("that a recommendation that") || t.contains("that to recommendation"));
    }

    @Test
    void aPassivesSubjectIsNotWhoIsCalledOn() {
        SessionReport r = new SessionAnalyzer().analyse(review()
                .turn(CIVIL, "Consultation is not enough, and I would go further: essential services should be "
                        + "mapped before every election in the region.")
                .turn(GOVERNMENT, "Regulators should publish the repair time of every cable cut in their annual report.",
                        "The regional alliance has this target for the islands: every cable should be repaired "
                                + "within ten days of the cut.")
                .annotate());
        // the negative cases: an active subject is who is called on; someone else's target reported is no call
        assertThat(Fixture.calls(r)).extracting(c -> c.addressee().toLowerCase(Locale.ROOT))
                .containsExactlyInAnyOrder("all stakeholders", "regulators");
        // the proposal a colon announces is the call's wording
        assertThat(Fixture.calls(r)).extracting(CallToAction::text)
                .contains("Essential services should be mapped before every election in the region.");
    }

    @Test
    void aCallToDoThatIsWordedByTheActItNames() {
        SessionReport r = new SessionAnalyzer().analyse(review()
                .turn(CIVIL, "Every operator should do that, publish every repair permit it receives within a week.")
                .turn(INDUSTRY, "Regulators should do that work with the repair companies before the next cut.")
                .annotate());
        assertThat(Fixture.calls(r)).extracting(CallToAction::text).containsExactlyInAnyOrder(
                "Every operator should publish every repair permit it receives within a week.",
                // the negative case: "that" before a noun is the act's own object
                "Regulators should do that work with the repair companies before the next cut.");
    }

    @Test
    void aDraftOpenForCommentsIsANextStep() {
        Discussion d = review()
                .turn(CIVIL, "Repair permits that take weeks are the main reason islands stay offline so long.",
                        "A second route is the difference between a bad week and a national emergency.")
                .turn(INDUSTRY, "Every day a repair ship waits at sea costs the consortium ninety thousand dollars.",
                        "That cost ends up in the price of capacity for every user on the island.")
                .turn(GOVERNMENT, "Small administrations cannot issue a permit in three days during an emergency.",
                        "Permit conditions agreed in advance with the repair companies would solve that.")
                .turn(FACILITATOR, "The draft stays open for comments on the forum's page until 15 November.",
                        "The draft was open for three weeks in September and we received forty comments.",
                        "We will publish the comment table with every comment from today and from writing.",
                        "There is a comment from Amina in the chat, she will publish her own table tomorrow.")
                .discussion();
        // the negative cases: a draft once open, and a comment read out from someone, are no steps of the session
        assertThat(NextStepFinder.find(d, new SentenceScorer(d, Set.of())))
                .extracting(c -> c.text()).containsExactly(
                        "The draft stays open for comments on the forum's page until 15 November.",
                        "\u201cWe will publish the comment table with every comment from today and from writing.\u201d");
    }

    /**
     * An organisation's undertaking ("Open Identity Watch will publish a short note …") is a next step; a follow-up
     * others ask about ("several ask whether the report will be shared") is none.
     */
    @Test
    void anOrganisationsUndertakingIsANextStepAndOneAskedAboutIsNone() {
        Discussion d = review()
                .turn(CIVIL, "Repair permits that take weeks are the main reason islands stay offline so long.",
                        "A second route is the difference between a bad week and a national emergency.")
                .turn(INDUSTRY, "Every day a repair ship waits at sea costs the consortium ninety thousand dollars.",
                        "That cost ends up in the price of capacity for every user on the island.")
                .turn(FACILITATOR, "Many people agree with the permits proposal, and several ask whether the report "
                        + "will be shared.", "The Island Cable Network will publish a short note on emergency permits "
                        + "in two months.")
                .discussion();
        assertThat(NextStepFinder.find(d, new SentenceScorer(d, Set.of())))
                .extracting(c -> c.text()).containsExactly(
                        "The Island Cable Network will publish a short note on emergency permits in two months.");
    }

    /**
     * The session's output sent on by someone named ("Ines will send the draft report to all speakers …") is a next
     * step; someone named sending anything else ("will send her regrets") is none.
     */
    @Test
    void theOutputSentOnBySomeoneNamedIsANextStep() {
        Discussion d = review()
                .turn(CIVIL, "Repair permits that take weeks are the main reason islands stay offline so long.",
                        "A second route is the difference between a bad week and a national emergency.")
                .turn(INDUSTRY, "Every day a repair ship waits at sea costs the consortium ninety thousand dollars.",
                        "That cost ends up in the price of capacity for every user on the island.")
                .turn(FACILITATOR, "Our minister could not join us today and will send her regrets to all speakers.",
                        "Ines will send the draft report to all speakers by the end of next week.")
                .discussion();
        assertThat(NextStepFinder.find(d, new SentenceScorer(d, Set.of())))
                .extracting(c -> c.text()).containsExactly(
                        "Ines will send the draft report to all speakers by the end of next week.");
    }

    /**
     * A dated step is one, told with what it points back at ("Its next meeting is on the 3rd of March"); so are a
     * draft's comment period, a report's later publication and an undertaking said with "also" or by "our" body.
     */
    @Test
    void aDatedStepIsToldWithWhatItPointsBackAt() {
        Discussion d = review()
                .turn(CIVIL, "Repair permits that take weeks are the main reason islands stay offline so long.",
                        "A second route is the difference between a bad week and a national emergency.")
                .turn(INDUSTRY, "Every day a repair ship waits at sea costs the consortium ninety thousand dollars.")
                .turn(FACILITATOR, "The Island Cable Network has offered to take the permits question up.",
                        "Its next meeting is online on the 3rd of March, with the permits on the agenda.",
                        "The draft is online, the link is in the chat, and comments on the draft are open until "
                                + "15 January.",
                        "The final report will be published in April.",
                        "Maria and I will also share the figures with the mailing list.")
                .turn(INDUSTRY, "From next year, our consortium will publish the repair times of every cable fault.")
                .discussion();
        assertThat(NextStepFinder.find(d, new SentenceScorer(d, Set.of())))
                .extracting(c -> c.text()).containsExactly(
                        "The Island Cable Network has offered to take the permits question up. Its next meeting is "
                                + "online on the 3rd of March, with the permits on the agenda.",
                        "The draft is online, the link is in the chat, and comments on the draft are open until "
                                + "15 January.",
                        "The final report will be published in April.",
                        "\u201cMaria and I will also share the figures with the mailing list.\u201d",
                        "\u201cFrom next year, our consortium will publish the repair times of every cable fault.\u201d");
        // the negative case: a meeting that was, and a report that is, are no steps
        Discussion past = review()
                .turn(CIVIL, "Repair permits that take weeks are the main reason islands stay offline so long.")
                .turn(FACILITATOR, "The Island Cable Network met on the 3rd of March, with the permits on the agenda.",
                        "The final report is long and the figures in it are from last year.")
                .discussion();
        assertThat(NextStepFinder.find(past, new SentenceScorer(past, Set.of()))).isEmpty();
    }

    /**
     * A body's next meeting said with "will hold", a comment period counted in weeks, what a body's next report will
     * hold and a text put out for comment are steps, a dated one wherever it is said (an undated one early on is not); a meeting held, a report that held something and the closing round's announcement are none.
     */
    /**
     * An offer to whoever wants it ("If you want to join the coalition, the form is in the chat.") is done in the
     * session, no step; the same words said outright ("Join the coalition: …") are one.
     */
    @Test
    void anOfferToWhoeverWantsItIsNoStep() {
        Discussion d = review()
                .turn(CIVIL, "Repair permits that take weeks are the main reason islands stay offline so long.")
                .turn(FACILITATOR, "Thank you all for a rich discussion on the permits and the repair ships.",
                        "If you want to join the coalition, the form is in the chat.")
                .discussion();
        assertThat(NextStepFinder.find(d, new SentenceScorer(d, Set.of()))).isEmpty();

        Discussion outright = review()
                .turn(CIVIL, "Repair permits that take weeks are the main reason islands stay offline so long.")
                .turn(FACILITATOR, "Thank you all for a rich discussion on the permits and the repair ships.",
                        "We invite everyone to join the coalition before the next meeting in March.")
                .discussion();
        assertThat(NextStepFinder.find(outright, new SentenceScorer(outright, Set.of()))).hasSize(1);
    }

    @Test
    void aBodysNextMeetingCommentWeeksAndNextReportAreSteps() {
        Discussion d = review()
                .turn(CIVIL, "Repair permits that take weeks are the main reason islands stay offline so long.",
                        "We will put our permit standard out for public comment in May.",
                        "We will share the permit figures with the panel in a moment.",
                        "A second route is the difference between a bad week and a national emergency.",
                        "Every day a repair ship waits at sea costs the consortium ninety thousand dollars.")
                .turn(FACILITATOR, "I will circulate the revised text by Friday to the members' list.",
                        "Members have two weeks for comments.",
                        "And the coalition will hold its next call in February, where we adopt the text.")
                .turn(INDUSTRY, "From next year, our transparency report will include the repair times per island.")
                .discussion();
        assertThat(NextStepFinder.find(d, new SentenceScorer(d, Set.of())))
                .extracting(c -> c.text()).containsExactly(
                        "\u201cWe will put our permit standard out for public comment in May.\u201d",
                        FACILITATOR + " will circulate the revised text by Friday to the members' list.",
                        "Members have two weeks for comments.",
                        "\u201cThe coalition will hold its next call in February, where we adopt the text.\u201d",
                        "\u201cFrom next year, our transparency report will include the repair times per island.\u201d");
        Discussion past = review()
                .turn(CIVIL, "Repair permits that take weeks are the main reason islands stay offline so long.")
                .turn(FACILITATOR, "Let me ask each of you for one last point, one thing you would want the "
                        + "network to do before next year's IGF.",
                        "The coalition held its last call in February, with the permits on the agenda.",
                        "Our transparency report included the repair times per island last year.")
                .discussion();
        assertThat(NextStepFinder.find(past, new SentenceScorer(past, Set.of()))).isEmpty();
    }

    /**
     * "We will hold a youth consultation on the bill before the committee hearing in February." undertakes an event
     * named by what it is; "we held a youth consultation" tells the past.
     */
    @Test
    void anEventUndertakenIsAStep() {
        Discussion d = review()
                .turn(CIVIL, "Repair permits that take weeks are the main reason islands stay offline so long.")
                .turn(INDUSTRY, "Yes, and I'll make it concrete.", "We will hold a public consultation on the permit "
                        + "rules before the regulator's hearing in February.")
                .discussion();
        assertThat(NextStepFinder.find(d, new SentenceScorer(d, Set.of()))).hasSize(1);
        Discussion past = review()
                .turn(CIVIL, "Repair permits that take weeks are the main reason islands stay offline so long.")
                .turn(INDUSTRY, "Yes, and I'll make it concrete.", "We held a public consultation on the permit "
                        + "rules before the regulator's hearing in February.")
                .discussion();
        assertThat(NextStepFinder.find(past, new SentenceScorer(past, Set.of()))).isEmpty();
    }

    @Test
    void anAsideSidingWithSomeoneIsNoPartOfTheCall() {
        SessionReport r = new SessionAnalyzer().analyse(review()
                .turn(CIVIL, "Operators should publish every outage report within thirty days, I agree with Tomas "
                        + "on that.")
                .turn(INDUSTRY, "Regulators should publish the outage figures, and I agree with the timetable.")
                .annotate());
        assertThat(Fixture.calls(r)).extracting(CallToAction::text).containsExactlyInAnyOrder(
                "Operators should publish every outage report within thirty days.",
                // the negative case: "and I agree with …" is the speaker's side, cut as before
                "Regulators should publish the outage figures.");
        // the evidence stays verbatim
        assertThat(Fixture.calls(r)).flatExtracting(CallToAction::evidence).extracting(e -> e.quote())
                .anyMatch(q -> q.endsWith("I agree with Tomas on that."));
    }

    /** "To every country:", not "To Every country:": a capital the sentence's start gave is no part of the name. */
    @Test
    void anAddresseeOpeningItsSentenceIsInLowerCaseUnlessItIsAName() {
        SessionReport r = new SessionAnalyzer().analyse(review()
                .turn(CIVIL, "Parliaments should publish every outage report within a week of the repair.",
                        "Every country should keep a spare cable within reach of its landing stations.")
                .turn(GOVERNMENT, "The African Union should fund regional repair ships for the coasts of Africa.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee)
                .contains("parliaments", "every country", "African Union")
                .doesNotContain("Parliaments", "Every country");
    }

    /** An interpreter's note before the call does not make its opening word a name's: "To data protection authorities". */
    @Test
    void anAddresseeAfterAnInterpretersNoteIsInLowerCaseUnlessItIsAName() {
        SessionReport r = new SessionAnalyzer().analyse(review()
                .turn(CIVIL, "[Interpretation from Spanish] Data protection authorities should share their experience "
                        + "with access logs every year.")
                .turn(GOVERNMENT, "[Interpretation from Spanish] Costa Rica should host the next exchange of the "
                        + "authorities in San Jose.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee)
                .contains("data protection authorities", "Costa Rica")
                .doesNotContain("Data protection authorities");
        assertThat(Fixture.calls(r)).extracting(CallToAction::text).noneMatch(t -> t.contains("Interpretation"));
    }

    /** A call in the third person keeps whose: never "including the own organisation". */
    @Test
    void aCallSaysWhoseOwnItMeans() {
        assertThat(CallWording.ownWordsThirdPerson("Fund the oversight body, donors, including my own organisation."))
                .isEqualTo("Fund the oversight body, donors, including the speaker's own organisation.");
        assertThat(CallWording.ownWordsThirdPerson("Governments should fund our own regulators and our courts."))
                .isEqualTo("Governments should fund their own regulators and the courts.");
    }

    /** "My plea to donors, …, is simple: fund …" calls on donors; a plea to no one stays the stakeholders'. */
    @Test
    void aPleaToSomeoneIsACallOnThem() {
        SessionReport r = new SessionAnalyzer().analyse(review()
                .turn(CIVIL, "So my plea to donors, including my own organisation, is simple: fund the oversight body, "
                        + "not only the enrolment kits.")
                .turn(GOVERNMENT, "My plea is simple: keep an offline route open for every public service in the "
                        + "country.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee).contains("donors").doesNotContain("donors, including");
        assertThat(Fixture.calls(r)).extracting(CallToAction::text)
                .contains("Donors should fund the oversight body, not only the enrolment kits.");
        assertThat(Fixture.calls(r)).filteredOn(c -> c.evidence().get(0).quote().contains("offline route"))
                .extracting(CallToAction::addressee).doesNotContain("donors");
    }
    @Test
    void aRoundOfCallsSaysWhomEachIsTo() {
        SessionReport r = new SessionAnalyzer().analyse(review()
                .turn(FACILITATOR, "And we have calls to action from the panellists.")
                .turn(CIVIL, "My call is to the platforms: hire and pay reviewers for every language with more than a "
                        + "million users on your service.")
                .turn(GOVERNMENT, "Mine is to governments, including my own: send takedown requests only through an "
                        + "independent body.")
                .turn(INDUSTRY, "And mine is to civil society groups who work in these languages: join the trusted "
                        + "flagger programmes.")
                .turn(FACILITATOR, "My call is to wait: we will see what the regulator decides next year.")
                .turn(INDUSTRY, "So my call to action: regulators should talk to each other before they legislate.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).contains(
                tuple("platforms", "Platforms should hire and pay reviewers for every language with more than a "
                        + "million users on their service."),
                tuple("governments", "Governments should send takedown requests only through an independent body."),
                tuple("civil society groups", "Civil society groups should join the trusted flagger programmes."),
                tuple("regulators", "Regulators should talk to each other before they legislate."));
        assertThat(Fixture.calls(r)).noneMatch(c -> c.evidence().get(0).quote().contains("wait"));
    }
    @Test
    void theNounAPrepositionalPhraseDescribesIsTheSubjectNotTheOneAfterThePreposition() {
        SessionReport r = new SessionAnalyzer().analyse(review()
                .turn(CIVIL, "Access for researchers should not depend on having a European university as a partner.")
                .turn(GOVERNMENT, "Regulators in every region should publish each takedown request they receive.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee).doesNotContain("researchers")
                .contains("regulators");
        assertThat(Fixture.calls(r)).extracting(CallToAction::text).doesNotContain(
                "Researchers should not depend on having a European university as a partner.");
    }

    @Test
    void whatSomeoneShouldKnowIsNoCall() {
        SessionReport r = new SessionAnalyzer().analyse(review()
                .turn(GOVERNMENT, "With the new card, a bank should learn that you are who you say you are, not your "
                        + "address and your date of birth.")
                .turn(CIVIL, "Banks should publish how many customers their fingerprint checks turn away each month.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::text).noneMatch(t -> t.contains("learn"))
                .anyMatch(t -> t.startsWith("Banks should publish"));
    }

    /**
     * A point conceded across stakeholder groups, even in answer to the floor, is what the room came to agree on: it
     * takes the converging place before a second point of a voice already among the takeaways.
     */
    @Test
    void aPointConcededAcrossGroupsIsATakeaway() {
        SessionReport r = new SessionAnalyzer().analyse(review()
                .turn(FACILITATOR, "Welcome. How do we make the new identity card work for everyone?")
                .turn(INDUSTRY, "Every identity system should show each person a log of who looked at their data, in "
                        + "plain language and at no cost.",
                        "Data protection authorities should share what they learned from access logs with each "
                                + "other, and our team will help them.")
                .turn(CIVIL, "Many people we work with cannot give fingerprints because of their work with stone "
                        + "and cement.",
                        "What is the alternative for them, and who pays for the home visit?")
                .turn(GOVERNMENT, "Thank you.",
                        "The law already allows an exemption from fingerprints, with a photo and an iris scan "
                                + "instead, but I agree our officers do not always know that.")
                .turn(INDUSTRY, "Authorities should share what they learned from access logs, and we will host the "
                        + "exchange.")
                .annotate());

        assertThat(r.keyTakeaways()).anySatisfy(c -> assertThat(c.text())
                .startsWith("Mei Tanaka (Government) agreed with Ana Ruiz: \u201cThe law already allows an "
                        + "exemption from fingerprints"));
    }
}
