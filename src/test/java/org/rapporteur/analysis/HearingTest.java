package org.rapporteur.analysis;

import org.rapporteur.model.Paragraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Role;

/**
 * A committee hearing: members question a minister, there is no closing round, and some of the minister's lines
 * pass a question on, break off or reassure without saying anything the hearing concluded.
 */
class HearingTest {

    private static final String CHAIR = "Lynne Neagle";
    private static final String MINISTER = "Julie Morgan";
    private static final String MEMBER = "Sian Gwenllian";
    private static final String OTHER_MEMBER = "Hefin David";

    private static final Discussion HEARING = Fixture.session().format("Committee evidence session")
            .person(CHAIR, Role.MODERATOR, "Parliament")
            .person(MINISTER, Role.SPEAKER, "Government")
            .person(MEMBER, Role.SPEAKER, "Parliament")
            .person(OTHER_MEMBER, Role.SPEAKER, "Parliament")
            .turn(CHAIR, "Good morning and welcome to the committee.",
                    "If you're happy, Deputy Minister, we'll go straight to questions.")
            .turn(MEMBER, "How are hospices being funded while their charity shops are closed?")
            .turn(MINISTER, "Hospices have received six million pounds from the emergency fund to cover lost "
                    + "income from their charity shops.",
                    "I think the Minister for Health will be able to respond to the hospice question in more detail.",
                    "Our government is committed to supporting hospices through this crisis in every way we can.",
                    "We're going to continue to make changes to make sure more hospices can access this fund.")
            .turn(OTHER_MEMBER, "What I'm particularly keen to find out is how you're monitoring child protection in "
                    + "the lockdown.",
                    "Will children's social workers still visit vulnerable families at home during the lockdown?")
            .turn(MINISTER, "Social workers keep visiting the most vulnerable children at home, wearing protective "
                    + "equipment where the family has symptoms.",
                    "The number of vulnerable children attending school hubs rose to nine hundred last week, which "
                    + "is essential for")
            .turn(MEMBER, "So, just your thoughts and views on that, really, as an essential service for families.",
                    "What support is there for the mental health of children who are stuck at home?")
            .turn(MINISTER, "Mental health services for children are essential services and must stay open "
                    + "throughout the lockdown.",
                    "Hospices and social workers both depend on protective equipment reaching them in time.")
            .turn(OTHER_MEMBER, "Are hospices also getting protective equipment from the national stockpile?")
            .turn(MINISTER, "Hospices get protective equipment from the national stockpile through the local "
                    + "health boards every week.")
            .discussion();
    private static final SentenceScorer SCORER = new SentenceScorer(HEARING, Set.of());

    @Test
    void deflectionsAndBrokenOffSentencesAreNotQuotable() {
        assertThat(SCORER.quotable(FindingsTest.sentence(HEARING, "Hospices have received").index())).isTrue();
        assertThat(SCORER.quotable(FindingsTest.sentence(HEARING, "I think the Minister for Health").index()))
                .isFalse();
        assertThat(SCORER.quotable(FindingsTest.sentence(HEARING, "The number of vulnerable children").index()))
                .isFalse();
        // asking, however phrased, states no view
        assertThat(SCORER.quotable(FindingsTest.sentence(HEARING, "What I'm particularly keen").index())).isFalse();
        assertThat(SCORER.quotable(FindingsTest.sentence(HEARING, "So, just your thoughts").index())).isFalse();
        assertThat(SentenceScorer.brokenOff("Hospices need protective equipment that is essential for")).isTrue();
        assertThat(SentenceScorer.brokenOff("Hospices need protective equipment, which is essential for\u201d"))
                .isTrue();
        assertThat(SentenceScorer.brokenOff("Hospices need protective equipment and we will provide it.")).isFalse();
    }

    @Test
    void aPointOpeningOnTheFormOfAddressWeighsLess() {
        Discussion d = Fixture.session()
                .turn(MINISTER, "Mr. Chair, hospices receive protective equipment from the national stockpile every "
                        + "single week of the year.")
                .turn(MEMBER, "Hospices receive protective equipment from the national stockpile every single week "
                        + "of the year, we hear.")
                .discussion();
        SentenceScorer s = new SentenceScorer(d, Set.of());
        assertThat(s.score(FindingsTest.sentence(d, "Mr. Chair").index()))
                .isLessThan(s.score(FindingsTest.sentence(d, "Hospices receive").index()));
    }

    @Test
    void reassuranceIsNoTakeaway() {
        assertThat(TakeawaySelector.select(HEARING, SCORER)).extracting(Claim::text)
                .noneMatch(t -> t.startsWith("Our government is committed"))
                .noneMatch(t -> t.startsWith("We're going to continue"))
                .isNotEmpty();
    }

    @Test
    void aHearingHasNoAudienceRoundAndNoClosingRound() {
        assertThat(HEARING.isHearing()).isTrue();
        assertThat(HEARING.hasClosingRound()).isFalse();
        List<Paragraph> narrative = NarrativeWriter.write(HEARING, SCORER,
                new RelationFinder.Relations(List.of(), List.of()), QuestionFinder.find(HEARING), List.of(), java.util.Set.of());
        // the chair's opening is greeting and procedure: nothing to frame the session with
        assertThat(narrative.get(0).text()).startsWith("In the hearing \"Securing connected devices\", Lynne Neagle (Parliament) chaired.");
        String all = Fixture.text(narrative);
        assertThat(all).doesNotContain("from the floor").doesNotContain("closing part")
                .doesNotContain("straight to questions").doesNotContain("will be able to respond");
    }

    @Test
    void aRoundTableAnnouncesItsClosingRound() {
        Discussion workshop = Workshop.discussion();
        assertThat(workshop.isHearing()).isFalse();
        assertThat(workshop.hasClosingRound()).isTrue();
        assertThat(workshop.inClosingRound(FindingsTest.sentence(workshop, "We call on governments").index())).isTrue();
        assertThat(workshop.inClosingRound(FindingsTest.sentence(workshop, "Building on what Mei").index())).isFalse();
    }

    /** A committee session with its chair, a minister and a member listed. */
    private static Fixture committee() {
        return Fixture.session().format("Committee evidence session")
                .person(CHAIR, Role.MODERATOR, "Parliament")
                .person(MINISTER, Role.SPEAKER, "Government")
                .person(MEMBER, Role.SPEAKER, "Parliament");
    }

    @Test
    void membersAskAndWitnessesAnswer() {
        List<org.rapporteur.model.Person> people = HearingRoles.assign(HEARING, HEARING.people().all());

        assertThat(people).filteredOn(p -> p.name().equals(MINISTER)).singleElement()
                .extracting(org.rapporteur.model.Person::hearingRole).isEqualTo(Role.WITNESS);
        assertThat(people).filteredOn(p -> p.name().equals(MEMBER) || p.name().equals(OTHER_MEMBER))
                .extracting(org.rapporteur.model.Person::hearingRole).containsOnly(Role.MEMBER).hasSize(2);
        // the chair chairs: neither
        assertThat(people).filteredOn(p -> p.name().equals(CHAIR)).singleElement()
                .extracting(org.rapporteur.model.Person::hearingRole).isNull();
        // a chair's label nothing names ("THE ACTING CHAIR") chaired, whatever its turns say
        Discussion acting = Fixture.session().format("Committee evidence session")
                .person(MINISTER, Role.SPEAKER, "Government")
                .turn("Acting Chair", "The committee has heard that hospices lost most of their income this spring.",
                        "We will now resume the questions to the Deputy Minister.")
                .turn(MINISTER, "Hospices have received six million pounds from the emergency fund this spring.")
                .discussion();
        List<org.rapporteur.model.Person> withAlias = new java.util.ArrayList<>(acting.people().all());
        withAlias.add(new org.rapporteur.model.Person("Acting Chair", List.of(Role.PARTICIPANT), null, null, null,
                List.of("THE ACTING CHAIR")));
        assertThat(HearingRoles.assign(acting, withAlias)).filteredOn(p -> p.name().equals("Acting Chair"))
                .singleElement().extracting(org.rapporteur.model.Person::hearingRole).isNull();
        // outside a hearing nobody is either
        Discussion workshop = Workshop.discussion();
        assertThat(HearingRoles.assign(workshop, workshop.people().all()))
                .allSatisfy(p -> assertThat(p.hearingRole()).isNull());
    }

    /**
     * A member elected temporary chair ("I nominate X as temporary chair ... X, you're now in the chair") chairs
     * the turns after: their hand-overs and "any further questions?" are no member's questions, and someone who
     * only chaired is neither member nor witness; the substantive chair's return ends it, and a question of their
     * own after that is a member's again.
     */
    @Test
    void aMemberElectedTemporaryChairChairsUntilTheChairReturns() {
        Fixture election = Fixture.session().format("Committee evidence session")
                .person(CHAIR, Role.MODERATOR, "Parliament")
                .person(MINISTER, Role.SPEAKER, "Government")
                .person(MEMBER, Role.PARTICIPANT, "Parliament")
                .person(OTHER_MEMBER, Role.PARTICIPANT, "Parliament")
                .turn(CHAIR, "Welcome to this evidence session on school funding.",
                        "I have to leave for the next item, so I nominate Hefin David as temporary chair.",
                        "Hefin, you're now in the chair.")
                .turn(OTHER_MEMBER, "Thank you.", "Would you like to start the questions to the Deputy Minister, "
                        + "Sian?")
                .turn(MEMBER, "How will the pupil grant reach children who are learning at home this term?")
                .turn(MINISTER, "Schools can spend the pupil grant on devices and tutoring for children learning at "
                        + "home.")
                .turn(OTHER_MEMBER, "Are there any further questions from members for the Deputy Minister today?")
                .turn(MEMBER, "Will the grant be protected in next year's budget for every single school?")
                .turn(MINISTER, "The grant is protected in next year's budget at the same rate per pupil.");
        Discussion chairedToTheEnd = election.discussion();
        assertThat(HearingRoles.assign(chairedToTheEnd, chairedToTheEnd.people().all()))
                .filteredOn(p -> p.name().equals(OTHER_MEMBER)).singleElement()
                .extracting(org.rapporteur.model.Person::hearingRole).isNull();
        assertThat(QuestionFinder.find(chairedToTheEnd)).extracting(org.rapporteur.model.Question::asker)
                .containsOnly(MEMBER);

        Discussion returned = election
                .turn(CHAIR, "Thank you, Hefin, I'm back now.", "Hefin, you had a question of your own?")
                .turn(OTHER_MEMBER, "Yes. Why are the grant's results not published school by school, Minister?")
                .turn(MINISTER, "We publish results by region, as school figures would identify individual pupils.")
                .discussion();
        assertThat(HearingRoles.assign(returned, returned.people().all()))
                .filteredOn(p -> p.name().equals(OTHER_MEMBER) || p.name().equals(MEMBER))
                .extracting(org.rapporteur.model.Person::hearingRole).containsOnly(Role.MEMBER).hasSize(2);
        assertThat(QuestionFinder.find(returned)).filteredOn(q -> OTHER_MEMBER.equals(q.asker()))
                .extracting(org.rapporteur.model.Question::text).singleElement().asString()
                .startsWith("Why are the grant's results");
        assertThat(returned.temporaryChairs()).singleElement().extracting(TemporaryChair.Span::chair)
                .isEqualTo(OTHER_MEMBER);

        // the negative case: nobody elected, the same member asking the same words is a member's question
        Discussion noElection = Fixture.session().format("Committee evidence session")
                .person(CHAIR, Role.MODERATOR, "Parliament")
                .person(MINISTER, Role.SPEAKER, "Government")
                .person(OTHER_MEMBER, Role.PARTICIPANT, "Parliament")
                .turn(CHAIR, "Welcome to this evidence session on school funding.", "Hefin, please.")
                .turn(OTHER_MEMBER, "Are there any further plans for the Deputy Minister's grant next year?")
                .turn(MINISTER, "The grant is protected in next year's budget at the same rate per pupil.")
                .discussion();
        assertThat(noElection.temporaryChairs()).isEmpty();
        assertThat(QuestionFinder.find(noElection)).extracting(org.rapporteur.model.Question::asker)
                .containsExactly(OTHER_MEMBER);
    }

    /**
     * A member who asks without question marks ("I'm just wondering how ...") is a member; a witness who reports
     * what parents ask is still a witness.
     */
    @Test
    void aQuestionPutWithoutAQuestionMarkAsksToo() {
        Discussion d = committee()
                .turn(CHAIR, "Welcome to this evidence session on schools during the closures.")
                .turn(MEMBER, "I'm just wondering how much discretion head teachers will have over which children "
                        + "come in.")
                .turn(MINISTER, "Head teachers keep their discretion over vulnerable children during the closures.",
                        "Parents are asking whether schools will reopen before the summer, and we will tell them "
                                + "next week.")
                .turn(MEMBER, "My question is whether colleges will stay open for their most vulnerable learners.")
                .turn(MINISTER, "Colleges will keep places open for their most vulnerable learners.")
                .discussion();
        List<org.rapporteur.model.Person> people = HearingRoles.assign(d, d.people().all());

        assertThat(people).filteredOn(p -> p.name().equals(MEMBER)).singleElement()
                .extracting(org.rapporteur.model.Person::hearingRole).isEqualTo(Role.MEMBER);
        assertThat(people).filteredOn(p -> p.name().equals(MINISTER)).singleElement()
                .extracting(org.rapporteur.model.Person::hearingRole).isEqualTo(Role.WITNESS);
    }

    @Test
    void theFirstEvidenceIsAWitnessesAndTheChairsStandingOrderIsNoFraming() {
        Fixture f = committee()
                .turn(CHAIR, "In accordance with Standing Order 34.19, I have determined that the public are excluded "
                        + "from this meeting.", "A record of proceedings will be published as usual.")
                .turn(MEMBER, "Hospices have lost most of the income from their charity shops this spring, we heard.",
                        "How are hospices being funded while their charity shops are closed?")
                .turn(MINISTER, "Hospices have received six million pounds from the emergency fund to cover lost "
                        + "income from their charity shops.",
                        "The emergency fund for hospices will be reviewed every month until the charity shops reopen.",
                        "Hospices that lose more than half of their charity shop income can apply for a second grant.")
                .turn(MEMBER, "Social care staff in hospices have waited weeks for protective equipment, we heard.",
                        "When will hospices get protective equipment from the national stockpile?")
                .turn(MINISTER, "Hospices get protective equipment from the national stockpile through the local "
                        + "health boards every week.");
        String opening = new SessionAnalyzer().analyse(f.annotate()).narrative().get(0).text();
        assertThat(opening).contains(MINISTER + " (Government) gave the first evidence")
                .doesNotContain("Standing Order").doesNotContain("record of proceedings")
                .doesNotContain(MEMBER + " (Parliament) gave");
    }

    /**
     * The chair's words come first: a witness introduced by name who asks back in most of her turns stays a
     * witness; a member recognised by title, who makes statements rather than asks, stays a member; where the
     * recognition names nobody, it is said of the next speaker. "I recognise the importance of ..." recognises
     * nobody, and someone put both ways is left to their turns.
     */
    @Test
    void witnessesIntroducedAndMembersRecognisedByTheChairKeepThoseRoles() {
        Discussion d = committee()
                .person(OTHER_MEMBER, Role.SPEAKER, "Parliament")
                .person("Albert Heaney", Role.SPEAKER, "Government")
                .turn(CHAIR, "I'd like to welcome our witnesses this morning, Julie Morgan, Deputy Minister for "
                        + "Health and Social Services.",
                        "I recognise the importance of this session for families across the country.")
                .turn(MINISTER, "Could you say which hospices you mean, the adult ones or the children's ones?",
                        "Hospices have received six million pounds from the emergency fund this spring.")
                .turn(CHAIR, "I now recognise the member for Arfon.")
                .turn(MEMBER, "Hospices have lost most of their income from charity shops during the lockdown.",
                        "Families have told me their local hospice may have to close its doors for good.")
                .turn(MINISTER, "Do you have the figures for each of the hospices in your constituency?",
                        "We are looking at every request for help from the hospices this month.")
                .turn(OTHER_MEMBER, "How are children's social workers visiting vulnerable families at home now?")
                .turn(CHAIR, "Our next witness is Albert Heaney, and I recognise Mr Heaney for the first answer.")
                .turn("Albert Heaney", "Social workers keep visiting the most vulnerable children at home, wearing "
                        + "protective equipment where the family has symptoms.")
                .discussion();
        Map<String, Role> roles = HearingRoles.assign(d, d.people().all()).stream()
                .filter(p -> p.hearingRole() != null)
                .collect(java.util.stream.Collectors.toMap(org.rapporteur.model.Person::name,
                        org.rapporteur.model.Person::hearingRole));
        assertThat(roles).containsEntry(MINISTER, Role.WITNESS).containsEntry(MEMBER, Role.MEMBER)
                .containsEntry(OTHER_MEMBER, Role.MEMBER).containsEntry("Albert Heaney", Role.WITNESS);
        assertThat(HearingRoles.statedByTheChair(d)).containsOnlyKeys(MINISTER, MEMBER);
    }

    /**
     * A member the chair gives the floor to by name, whose turns so given end on a question to the witness, is a
     * member however long their statements; a witness the chair names who ends on an answer stays a witness; an
     * official introduced alongside the minister is a witness even where she asks back.
     */
    @Test
    void aRecognisedMemberWhoMostlyStatesIsAMemberAndAnAccompanyingOfficialAWitness() {
        Discussion d = committee()
                .person(OTHER_MEMBER, Role.SPEAKER, "Parliament")
                .person("Ana Ruiz", Role.SPEAKER, "Government")
                .turn(CHAIR, "Welcome back to the committee.",
                        "The Deputy Minister is accompanied by Ana Ruiz, director of social services.")
                .turn(MINISTER, "Hospices have received six million pounds from the emergency fund this spring.")
                .turn(CHAIR, "Thank you. Hefin David, you have the floor.")
                .turn(OTHER_MEMBER, "Hospices in my constituency have lost most of their income this spring.",
                        "Families have told me their local hospice may close for good, and staff are leaving.",
                        "Will the emergency fund be extended beyond the summer for the hospices?")
                .turn(MINISTER, "The fund will be reviewed every month until the charity shops reopen.")
                .turn(OTHER_MEMBER, "The charity shops will not reopen before the autumn, as the sector has said.",
                        "Three of them have already closed their doors for good in my area.")
                .turn(MINISTER, "Hospices that lose more than half of their shop income can apply for a second grant.")
                .turn(OTHER_MEMBER, "The second grant came too late for the hospice in Caerphilly, which let twelve "
                        + "nurses go in May.")
                .turn(CHAIR, "Ana Ruiz, would you add anything on the second grant?")
                .turn("Ana Ruiz", "Would you like the figures for each health board, or only the total?",
                        "Forty hospices have applied for the second grant so far.")
                .discussion();
        Map<String, Role> roles = roles(d);
        assertThat(roles).containsEntry(OTHER_MEMBER, Role.MEMBER).containsEntry(MINISTER, Role.WITNESS)
                .containsEntry("Ana Ruiz", Role.WITNESS);
        assertThat(HearingRoles.statedByTheChair(d)).containsOnlyKeys("Ana Ruiz");

        // the same member's turns without the chair's recognition: mostly statements, so by turns a witness
        Discussion unrecognised = committee()
                .person(OTHER_MEMBER, Role.SPEAKER, "Parliament")
                .turn(CHAIR, "Welcome back to the committee.")
                .turn(MINISTER, "Hospices have received six million pounds from the emergency fund this spring.")
                .turn(OTHER_MEMBER, "Hospices in my constituency have lost most of their income this spring.",
                        "Will the emergency fund be extended beyond the summer for the hospices?")
                .turn(MINISTER, "The fund will be reviewed every month until the charity shops reopen.")
                .turn(OTHER_MEMBER, "The charity shops will not reopen before the autumn, as the sector has said.")
                .turn(MINISTER, "Hospices can apply for a second grant.")
                .turn(OTHER_MEMBER, "Three of them have already closed their doors for good in my area.")
                .discussion();
        assertThat(roles(unrecognised)).containsEntry(OTHER_MEMBER, Role.WITNESS);
    }

    /** A chair known only by a label ("Acting Chair") introduces witnesses and recognises members as the chair does. */
    @Test
    void anActingChairKnownOnlyByALabelIntroducesAndRecognisesLikeTheChair() {
        Discussion d = Fixture.session().format("Committee evidence session")
                .person(MINISTER, Role.SPEAKER, "Government")
                .person(MEMBER, Role.SPEAKER, "Parliament")
                .turn("Acting Chair", "Our next witness is Julie Morgan, Deputy Minister.")
                .turn(MINISTER, "Could you tell me which hospices the committee has in mind?",
                        "Hospices have received six million pounds from the emergency fund this spring.")
                .turn("Acting Chair", "I now recognise the member for Arfon.")
                .turn(MEMBER, "Hospices have lost most of their income from charity shops during the lockdown.",
                        "Families have told me their local hospice may have to close its doors for good.")
                .discussion();
        assertThat(HearingRoles.statedByTheChair(d)).containsEntry(MINISTER, Role.WITNESS)
                .containsEntry(MEMBER, Role.MEMBER);
        assertThat(roles(d)).containsEntry(MINISTER, Role.WITNESS).containsEntry(MEMBER, Role.MEMBER)
                .doesNotContainKey("Acting Chair");
    }

    private static Map<String, Role> roles(Discussion d) {
        return HearingRoles.assign(d, d.people().all()).stream().filter(p -> p.hearingRole() != null)
                .collect(java.util.stream.Collectors.toMap(org.rapporteur.model.Person::name,
                        org.rapporteur.model.Person::hearingRole));
    }
}
