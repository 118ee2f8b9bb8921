package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionReport;

/**
 * Calls made in the shapes a roundtable's prepared statements take: a pseudo-cleft ("What regulators should ask for
 * instead is …"), a short call on us all, and a call done to what the sentence before said. Each with its negative.
 */
class CallShapesTest {

    private static final String CHAIR = "Lucia Ferrante";
    private static final String CIVIL = "Ana Ruiz";
    private static final String INDUSTRY = "Tomas Berg";
    private static final String GOVERNMENT = "Mei Tanaka";

    private static Fixture roundtable() {
        return Fixture.session().format("Roundtable - 60 Min")
                .person(CHAIR, Role.MODERATOR, "Government")
                .person(CIVIL, Role.SPEAKER, "Civil Society")
                .person(INDUSTRY, Role.SPEAKER, "Private Sector")
                .person(GOVERNMENT, Role.SPEAKER, "Government");
    }

    /** "What regulators should ask for instead is …" calls on regulators; "what the law says is …" calls on no one. */
    @Test
    void aPseudoCleftCallsOnWhomItNames() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(GOVERNMENT, "Regulators can do a lot without new laws.",
                        "What regulators should ask for instead is a common fault reporting format across countries.")
                .turn(INDUSTRY, "What the licence should say instead is that repair ships get their permits in a day.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactly(tuple(
                "regulators", "Regulators should ask for a common fault reporting format across countries instead."));
    }

    /**
     * "What we need is for schools, and honestly parents too, to like stop …" calls on schools, however long the turn
     * before it, the filler after "to" dropped from the wording; "what we need is for the rain to stop" calls on no
     * one.
     */
    @Test
    void whatWeNeedIsForAnActorToActCallsOnThem() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on young people's safety online and the skills they need.")
                .turn(CIVIL, "Seven out of ten young people in our consultation had something bad happen online.",
                        "So what we need, and I'll say it clearly, what we need is for schools, and honestly parents "
                                + "too, to like stop treating safety as a one-off assembly and to teach it every year.",
                        "And what we need is for the rain to stop before the cables are repaired.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactly(tuple(
                "schools", "Schools should stop treating safety as a one-off assembly and teach it every year."));
    }

    /**
     * "The donors and the operators should …" calls on both: the determiner of the second conjunct does not start the
     * addressee's phrase; "something the IGF should …" still starts at its last determiner.
     */
    @Test
    void aCallOnTwoActorsJoinedByAndCallsOnBoth() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(GOVERNMENT, "The donors and the operators should sit with the island states this year and "
                        + "build a shared repair fund.",
                        "That is something the regional regulators should discuss at their next annual meeting.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).contains(tuple(
                "donors and the operators", "The donors and the operators should sit with the island states this year "
                        + "and build a shared repair fund."));
        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee).doesNotContain("operators")
                .allMatch(a -> !a.startsWith("something"));
    }

    /**
     * One singular thing called on keeps the article it was said with ("for the coalition: keep …" → "The coalition
     * should keep …"); plurals and an addressee said without one ("Civil society should …") stay as they are.
     */
    @Test
    void aSingularAddresseeKeepsItsArticle() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(CIVIL, "Civil society should track every outage report the operators publish.")
                .turn(INDUSTRY, "Operators and regulators should publish every cable fault within a day.",
                        "And the Tongan government should keep a spare cable stock on the main island.")
                .turn(CHAIR, "We are almost at time.", "One sentence each: what should happen next?")
                .turn(GOVERNMENT, "My one thing is for the coalition: keep the repair fund on a public budget line.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::text).contains(
                "The coalition should keep the repair fund on a public budget line.",
                "Civil society should track every outage report the operators publish.",
                "Operators and regulators should publish every cable fault within a day.",
                "The Tongan government should keep a spare cable stock on the main island.");
    }

    /** "We should fund …" calls on all stakeholders, however short; "We should do likewise." asks nothing alone. */
    @Test
    void aShortCallOnUsAllIsACall() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(CIVIL, "Community networks are cheap compared to a cable, and nobody funds them.",
                        "We should fund the local backups first.",
                        "Two islands in the north already run a satellite terminal at the clinic.",
                        "We should all do likewise.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactly(
                tuple(CallWording.ALL_STAKEHOLDERS, "All stakeholders should fund the local backups first."));
    }

    /** "Other regulators should use the same format." points back at the format; "the same format as …" says it. */
    @Test
    void aCallDoneToWhatTheSentenceBeforeSaidIsLeftOut() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(GOVERNMENT, "We publish a resilience assessment every year, without the locations of the stations.",
                        "Other regulators should use the same format.")
                .turn(INDUSTRY, "Every operator should report faults in the same format as the regional registry.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::text).containsExactly(
                "Every operator should report faults in the same format as the regional registry.");
    }

    /**
     * "Let governments, industry and the banks build …" calls on the parties it names; "Let me turn to …" and "Let
     * us be clear …" hand over or frame.
     */
    @Test
    void letNamedPartiesActIsACallOnThem() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(INDUSTRY, "Let me turn to the cost of repair ships in the region.",
                        "Let us be clear about who pays for the second cable.",
                        "Let governments, industry and the banks build a joint repair ship fund, starting with the Pacific.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactly(tuple(
                "governments, industry and the banks",
                "Governments, industry and the banks should build a joint repair ship fund, starting with the Pacific."));
    }

    /**
     * "We ask the industry and our partners to commit …" calls on them; "We asked the operator why …" reports, and
     * "under the licence we ask operators to file …" tells how things are done.
     */
    @Test
    void weAskPartiesToActIsACallOnThem() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(GOVERNMENT, "Last year we asked the operator why the repair took five weeks in the north.",
                        "Under the licence we ask operators to file a repair plan with the regulator every year.",
                        "We ask the industry and our partners to commit a repair ship to the Pacific region"
                                + " with priority for countries that have no second route.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactly(tuple(
                "industry and our partners",
                "Industry and the partners should commit a repair ship to the Pacific region with priority for"
                        + " countries that have no second route."));
    }
    /**
     * A closing round's calls in the shapes said aloud: a plea "for" someone announcing a clause after its colon, or
     * an act to several; an aside between the addressee and its modal; a relative clause on the addressee; makers
     * as actors. A question's preamble recalling what someone said calls on no one.
     */
    @Test
    void aClosingRoundsCallsAreFoundInTheShapesSaidAloud() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(CIVIL, "Community networks are cheap compared to a cable, and nobody funds them.")
                .turn(INDUSTRY, "You said regulators should publish every repair permit within a week.")
                .turn(CHAIR, "One last word from each of you, please: who should do what?")
                .turn(GOVERNMENT, "Mine is for regulators: every outage of more than a day should be reported, and "
                        + "operators should publish the cause within a week.")
                .turn(CIVIL, "Mine is for libraries and for schools together: open the computer rooms to the "
                        + "neighbourhood in the evening.")
                .turn(INDUSTRY, "Operators, and I say this as one, should publish their repair times every "
                        + "quarter.", "Every ministry that buys a repair contract should require a second ship in "
                        + "the tender.", "Router makers should print the end of support on every box.")
                .annotate());

        List<CallToAction> all = Fixture.calls(r);
        assertThat(all).extracting(CallToAction::addressee, CallToAction::text).contains(
                tuple("regulators", "Every outage of more than a day should be reported, and operators should "
                        + "publish the cause within a week."),
                tuple("libraries and schools", "Libraries and schools should open the computer rooms to the "
                        + "neighbourhood in the evening."),
                tuple("operators", "Operators should publish their repair times every quarter."),
                tuple("every ministry", "Every ministry that buys a repair contract should require a second ship in "
                        + "the tender."),
                tuple("router makers", "Router makers should print the end of support on every box."));
        // the negative case: the recall of what someone said is no call
        assertThat(all).extracting(CallToAction::text).noneMatch(t -> t.contains("repair permit within a week"));
    }

    /**
     * "… measure what platforms do and publish it": the pronoun points at what the act itself named, so the call
     * stands alone; "Regulators should publish it every year." points back and is none.
     */
    @Test
    void aPronounAfterTheActsOwnObjectPointsAtIt() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on moderation in smaller languages.")
                .turn(INDUSTRY, "Regulators should measure what platforms do per language and publish it, instead "
                        + "of every country inventing its own deadline.")
                .turn(CIVIL, "The register of notices matters most to journalists.",
                        "Regulators should publish it every year.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee).containsExactly("regulators");
        assertThat(Fixture.calls(r)).extracting(CallToAction::speaker).containsExactly(INDUSTRY);
    }

    /**
     * "Donors. Fund helplines …": an addressee said alone, then an imperative, calls on it; "To the platforms, fix three
     * things: …" keeps its list, what is said to them theirs ("what you did" is what they did). "Donors. They come and go." and "Listen. Fund …" call on no one named.
     */
    @Test
    void anAddresseeSaidAloneThenAnImperativeIsACallOnIt() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on helplines for people harmed online.")
                .turn(CIVIL, "Our counsellors leave when a project ends.", "Donors.",
                        "Fund helplines for three years, not three months.")
                .turn(GOVERNMENT, "Foundations.", "They come and go with their priorities.")
                .turn(INDUSTRY, "To the platforms, fix three things: a named contact for each helpline; an answer "
                        + "within a day with a case number; and tell the helpline what you did with the report.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).contains(
                tuple("donors", "Donors should fund helplines for three years, not three months."),
                tuple("platforms", "Platforms should fix three things: a named contact for each helpline; an answer "
                        + "within a day with a case number; and tell the helpline what they did with the report."));
        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee).doesNotContain("foundations");
    }

    /**
     * "Donors funding the islands' networks should fund …" calls on donors, the participle's phrase describing them;
     * "your engineers can call on a community of thousands" tells what others can do and calls on no one, while "we
     * call on regulators to …" stays a call.
     */
    @Test
    void aSubjectDescribedByAParticipleIsCalledOnAndAbilityToCallOnIsNoCall() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(CIVIL, "Donors funding the island networks should fund the repair crews who keep them running.")
                .turn(INDUSTRY, "With a common format, your three engineers can call on a community of thousands "
                        + "who know the same repair standard.")
                .annotate());
        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::speaker)
                .containsExactly(tuple("donors", CIVIL));

        SessionReport own = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(INDUSTRY, "We call on regulators to publish a common fault reporting format for repair crews.")
                .annotate());
        assertThat(Fixture.calls(own)).extracting(CallToAction::speaker).containsExactly(INDUSTRY);
    }

    /**
     * A call said tentatively is one, worded "… should consider …": impersonal on all stakeholders, with a weak modal on
     * whom it names; a thing's or the speaker's side's "could consider" calls on no one.
     */
    @Test
    void aCallSaidTentativelyIsOne() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on algorithms in public services and who checks them.")
                .turn(GOVERNMENT, "It might be worth considering a right to a human decision within thirty days.")
                .turn(INDUSTRY, "Perhaps the IGF could consider a best practice forum on public procurement of AI.",
                        "The ministry's new plan could consider audits too, but it is only a draft.",
                        "We could consider a lighter register for small vendors in our own association.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactly(
                tuple("all stakeholders",
                        "All stakeholders should consider a right to a human decision within thirty days."),
                tuple("IGF", "The IGF should consider a best practice forum on public procurement of AI."));
    }

    /** "Governments should tell people, in their language, when …": the act goes on past the aside. */
    @Test
    void aCallsActGoesOnPastAnAside() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on algorithms in public services and who checks them.")
                .turn(CIVIL, "Governments should tell people, in their language, when a machine helped decide their "
                        + "case.", "Vendors should do that, in my view.",
                        "Data from communities must come with a licence, so that a platform cannot sell it back.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee).containsExactly("governments");
    }

    /**
     * A view heard from others and set off by a comma is reported to be rejected, no call ("what I often hear from the
     * operators, that governments should …"); "my fellow ministers" are called on as ministers.
     */
    @Test
    void aViewHeardFromOthersIsNoCallAndFellowMinistersAreMinisters() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on spectrum, funds and the last villages without coverage.")
                .turn(GOVERNMENT, "I disagree with what I often hear from the operator side, that governments should "
                        + "simply release more spectrum for free and the market will do the rest.",
                        "I would urge my fellow ministers to look at the sector as an enabler of the whole economy.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactly(
                tuple("ministers", "Ministers should look at the sector as an enabler of the whole economy."));
    }

    /**
     * An imperative a panellist says to the room in the closing round calls on all stakeholders; one done to a pronoun,
     * the same said before the closing round and a subject that only looks like one ("Open source means …") are none.
     */
    @Test
    void anImperativeToTheRoomInTheClosingRoundIsACall() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on algorithms in public services and who checks them.")
                .turn(GOVERNMENT, "Publish the register of every system in one place.",
                        "Our register has seven hundred entries and most of them are thin.")
                .turn(INDUSTRY, "Our members publish the error rates of their systems by group every quarter.",
                        "Small vendors cannot afford a full audit of every model they sell to a city.")
                .turn(CIVIL, "In our region nobody is told that a formula decided who gets the cash transfer.",
                        "We asked for the contract of the targeting system for eleven months.")
                .turn(CHAIR, "Let me ask each of you for one last word, one minute each.")
                .turn(GOVERNMENT, "Tell people when a model was used in their case.",
                        "Give them a human who can change the decision.",
                        "Open source means they can check the code, not that anyone did.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactly(
                tuple("all stakeholders", "All stakeholders should tell people when a model was used in their case."));
    }

    /**
     * A closing round's "one sentence to take home" said as imperatives: to an addressee named first ("Companies,
     * publish every year what you did …", a clause of its own after the object), a ditransitive "Give young people a
     * vote …", after "I would say to the colleagues …:" and after a heading, negated ("One calendar, one report:
     * don't build …"). A vocative before no imperative ("Companies, frankly,
     * were absent …") and an imperative done to a pronoun are none.
     */
    @Test
    void aClosingRoundsImperativesToAnAddresseeAreCalls() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this main session on the follow-up of the digital compact.")
                .turn(INDUSTRY, "Companies, frankly, were absent from the working groups on indicators for two years.",
                        "Our members report on their own goals and nobody checks the numbers.")
                .turn(CIVIL, "Two hundred young people answered our survey and twenty had heard of the compact.",
                        "Most of them pay a day's wage for a gigabyte of data on the outer islands.",
                        "The coalition's draft keeps the budget line for the helplines in recommendation two.")
                .turn(GOVERNMENT, "Our ministry has eleven people for every international process we follow.",
                        "I would say to the colleagues who are here from capitals: talk to your budget "
                        + "delegates before the session, because they decide the money.")
                .turn(CHAIR, "Let me ask each of you for one sentence to take home.")
                .turn(CIVIL, "Give young people a vote where the follow-up is decided, not a seat in the photo.")
                .turn(INDUSTRY, "Companies, publish every year what you did on the commitments, with numbers.")
                .turn(CIVIL, "My one thing is for the coalition: keep the recommendation on a public budget line.")
                .turn(GOVERNMENT, "Give them a human who can change the decision.", "One calendar, one report: "
                        + "don't build a second secretariat next to the old one, use the one we have.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactlyInAnyOrder(
                tuple("all stakeholders", "All stakeholders should not build a second secretariat next to the old one, "
                        + "use the one we have."),
                tuple("colleagues", "Colleagues should talk to their budget delegates "
                        + "before the session, because they decide the money."),
                tuple("all stakeholders", "All stakeholders should give young people a vote where the follow-up is "
                        + "decided, not a seat in the photo."),
                tuple("companies", "Companies should publish every year what they did on the commitments, with "
                        + "numbers."),
                tuple("coalition", "The coalition should keep the recommendation on a public budget line."));
    }

    /**
     * "I'll ask each of the panellists for one thing, one sentence, …" opens the closing round: the imperative said
     * in it is a call; said before it, none.
     */
    @Test
    void askingEachOfThePanellistsForOneThingOpensTheClosingRound() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this town hall on content moderation in an election year.")
                .turn(GOVERNMENT, "Publish every request an electoral body sends to a platform.",
                        "Our commission sent forty requests in the last campaign, most of them about polling places.")
                .turn(INDUSTRY, "We removed false information about the voting date within the hour.",
                        "Appeals took three weeks, which is too long for a candidate.")
                .turn(CIVIL, "Most of the false claims we saw were in languages no moderator read.",
                        "The platforms hired two moderators for eleven languages.")
                .turn(CHAIR, "We have about eight minutes.", "I'll ask each of the panellists for one thing, one "
                        + "sentence, that they want people to take from this room.")
                .turn(GOVERNMENT, "Keep the urgent category narrow, and publish every request, electoral bodies "
                        + "included.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::text).containsExactly("All stakeholders should keep the "
                + "urgent category narrow, and publish every request, electoral bodies included.");
    }

    /**
     * "The platforms should have a contact person …" asks the platforms to provide one; what a thing or a person
     * "should have" ("Every child should have a place …") is what they are owed, and "should have done" a regret.
     */
    @Test
    void anActorAskedToHaveSomethingIsCalledOnAndWhatWeNeedFromThemIsTheirs() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this town hall on content moderation in an election year.")
                .turn(CIVIL, "Our candidate's page was restricted in the last ten days of the campaign.",
                        "The platforms should have a contact person for the candidates in each country.")
                .turn(GOVERNMENT, "Every child should have a place in a school near home.",
                        "The ministry should have acted two years ago on the reports we sent.")
                .turn(INDUSTRY, "So, what we need from the regulators is a clear rule on urgent content before each "
                                + "campaign.",
                        "What we need from you is a little patience with the engineers.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactly(
                tuple("platforms", "The platforms should have a contact person for the candidates in each country."),
                tuple("regulators", "Regulators should provide a clear rule on urgent content before each campaign."));
    }

    /**
     * A call read out from the chat is its writer's, the words read out its evidence ("He adds a suggestion for
     * everyone: public defenders should …"); so is one a moderator reports as a named writer's ("Pedro Mamani from
     * Bolivia writes that platforms should …"). A moderator's own "I think platforms should …" stays no call.
     */
    @Test
    void aCallReadOutIsItsWritersCall() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .person("Kenji Sato", Role.ONLINE_MODERATOR, "Technical Community")
                .turn(CHAIR, "Welcome to this town hall on content moderation in an election year.")
                .turn(INDUSTRY, "We remove false information about voting within the hour in the last week.")
                .turn("Kenji Sato", "There is a comment from Lucas Pereira in the chat.",
                        "He adds a suggestion for everyone: public defenders should get access to the moderation "
                                + "logs when they represent a candidate.")
                .turn(CHAIR, "Pedro Mamani from Bolivia writes that platforms should keep their political ad "
                                + "libraries open for five years after each election.",
                        "I think platforms should also look at their own recommendation systems before each vote.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::speaker, CallToAction::addressee).containsExactly(
                tuple("Lucas Pereira", "public defenders"),
                tuple("Pedro Mamani", "platforms"));
        assertThat(Fixture.calls(r).get(0).evidence()).extracting(e -> e.speaker()).containsExactly("Kenji Sato");
    }

    /**
     * "I'll read one because I think it's important, it's from Mateo Rojas in Bogotá, he says platforms should …":
     * announced and read out in one breath, the call is the writer's; "I'll read the questions from the chat in a
     * minute, platforms should listen too" only announces, and the moderator's own words are no one's call.
     */
    @Test
    void aCallAnnouncedAndReadOutInOneSentenceIsItsWritersCall() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .person("Kenji Sato", Role.ONLINE_MODERATOR, "Technical Community")
                .turn(CHAIR, "Welcome to this workshop on young people's safety online and the skills they need.")
                .turn(INDUSTRY, "When teenagers report something, they never hear back from us, and that is fair.")
                .turn("Kenji Sato", "I'll read one because I think it's important, it's from Mateo Rojas in Bogotá, "
                        + "he says platforms should let young people track what happened to their report.")
                .chat("Mateo Rojas", "Platforms should let young people track what happened to their report.", false,
                        null)
                .annotate());
        assertThat(Fixture.calls(r)).extracting(CallToAction::speaker, CallToAction::addressee).containsExactly(
                tuple("Mateo Rojas", "platforms"));
        SessionReport announced = new SessionAnalyzer().analyse(roundtable()
                .person("Kenji Sato", Role.ONLINE_MODERATOR, "Technical Community")
                .turn(CHAIR, "Welcome to this workshop on young people's safety online and the skills they need.")
                .turn("Kenji Sato", "I'll read the comments from the chat in a minute, the platforms should listen "
                        + "to them too.")
                .annotate());
        assertThat(Fixture.calls(announced)).extracting(CallToAction::speaker).doesNotContain("Mateo Rojas");
    }

    /**
     * A call's next sentence going on from it ("And that human must decide …") is the same call, told after it with
     * both sentences as evidence; a second call of its own in the next sentence stays a call of its own.
     */
    @Test
    void aCallsFollowUpSentenceIsTheSameCall() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on algorithms in public services and redress.")
                .turn(GOVERNMENT, "The person must be able to reach a human who has the power to change the decision.",
                        "And that human must decide within a fixed time.")
                .turn(CIVIL, "Governments should publish every contract with a vendor of such systems.",
                        "Donors should fund independent audits of the systems they pay for.")
                .annotate());

        List<CallToAction> calls = Fixture.calls(r);
        assertThat(calls).extracting(CallToAction::text).containsExactlyInAnyOrder(
                "The person must be able to reach a human who has the power to change the decision. That human must "
                        + "decide within a fixed time.",
                "Governments should publish every contract with a vendor of such systems.",
                "Donors should fund independent audits of the systems they pay for.");
        assertThat(calls).filteredOn(c -> c.speaker().equals(GOVERNMENT)).singleElement()
                .satisfies(c -> assertThat(c.evidence()).hasSize(2));
    }

    /**
     * A list said whole after its colon ("two things: A, and B") takes no item from the next sentence; the article
     * the addressee was said with stays ("An electoral body should …").
     */
    @Test
    void aListSaidWholeTakesNoNextSentenceAndTheArticleStays() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this town hall on content moderation in an election year.")
                .turn(GOVERNMENT, "So I think we should separate two things: false information about voting, where "
                                + "speed is right, and everything else, where the normal appeal should apply.",
                        "On the languages, she is right, and it is embarrassing for us also.",
                        "An electoral body should never decide on political opinions.")
                .annotate());

        assertThat(Fixture.calls(r)).extracting(CallToAction::text).containsExactlyInAnyOrder(
                "All stakeholders should separate two things: false information about voting, where speed is right, "
                        + "and everything else, where the normal appeal should apply.",
                "An electoral body should never decide on political opinions.");
    }

    /** A call made again by someone else in nearly the same words is one call, their words its support. */
    @Test
    void aCallMadeAgainByAnotherIsOneSupportedCall() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this town hall on content moderation in an election year.")
                .turn(CIVIL, "Platforms should answer every appeal before polling day.")
                .turn(INDUSTRY, "Our appeals take about a week in most markets.")
                .turn(GOVERNMENT, "Yes, platforms should answer every appeal before polling day.")
                .annotate());

        assertThat(Fixture.calls(r)).singleElement().satisfies(c -> {
            assertThat(c.speaker()).isEqualTo(CIVIL);
            assertThat(c.basis()).isEqualTo(TakeawaySelector.TAKEN_UP_BY_OTHERS);
            assertThat(c.evidence()).extracting(e -> e.speaker()).containsExactly(CIVIL, GOVERNMENT);
        });
    }
}
