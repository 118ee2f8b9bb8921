package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Poll;
import org.rapporteur.model.PollOption;
import org.rapporteur.model.Role;

/**
 * The theme paragraphs of the Session Report as a rapporteur writes them: the framing is the moderator's stated
 * question, a theme statement is a claim (never a pointer to what someone will say, a scene-setting or a question's
 * preamble), every voice with weight is named, a disagreement is told with what it was about and how it ended, and
 * each paragraph lists an evidence item once.
 */
class ThemeParagraphTest {

    private static final String CHAIR = "Ines Albrecht";
    private static final String ENGINEER = "Kwame Boateng";
    private static final String LAWYER = "Sofia Lindqvist";
    private static final String ADVOCATE = "Tomasz Wrona";
    private static final String OFFICIAL = "Mariam Haddad";
    private static final String GUEST = "Yuki Tanaka";
    private static final String QUESTION = "Which rules should make drones used for deliveries safe for the people "
            + "living under their routes?";

    private static final String RESIDENTS_SAY = "Residents living under drone routes should have a say before the "
            + "city approves a new delivery route.";
    private static final String ROUTES_PUBLISHED = "The city should publish every approved drone delivery route with "
            + "its noise and safety record for the people living under it.";

    private static Fixture panel() {
        return Fixture.session()
                .policyQuestion(QUESTION)
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(ENGINEER, Role.SPEAKER, "Technical Community")
                .person(LAWYER, Role.SPEAKER, "Private Sector")
                .person(ADVOCATE, Role.SPEAKER, "Civil Society")
                .person(OFFICIAL, Role.SPEAKER, "Government");
    }

    private static List<Paragraph> narrative(Discussion d) {
        return NarrativeWriter.write(d, new SentenceScorer(d, Set.of()), RelationFinder.find(d),
                QuestionFinder.find(d), StatedConclusions.find(d), Set.of());
    }

    /** The moderator's opening scene-setting, then the question the session asks in so many words. */
    private static Fixture opened(String statedQuestion) {
        return panel().turn(CHAIR, "At the same time, and this is the second half of our title, delivery drone "
                        + "routes are spreading over the cities of the region.",
                statedQuestion,
                "Kwame, you have built delivery drones for years, where are we on safety for people under the "
                        + "routes?");
    }

    @Test
    void theFramingIsTheModeratorsStatedQuestionWhereThereIsOne() {
        Discussion d = opened("So the question for us today is: who answers for a drone that falls on a street?")
                .turn(ENGINEER, "Delivery drones must carry a parachute and a second motor before they fly over "
                        + "people living under the routes.")
                .discussion();
        assertThat(narrative(d).get(0).text()).contains("framed the discussion: \u201cThe question for us today "
                + "is: who answers for a drone that falls on a street?\u201d").doesNotContain("At the same time");

        // without a stated question the framing is chosen as before, and the scene-setting may stand
        Discussion unstated = opened("Delivery companies have asked the city council for more drone routes this "
                        + "year.")
                .turn(ENGINEER, "Delivery drones must carry a parachute and a second motor before they fly over "
                        + "people living under the routes.")
                .discussion();
        assertThat(narrative(unstated).get(0).text()).doesNotContain("question for us today");
    }

    /**
     * A chair who only points at the page ("we have two policy questions") frames nothing: the opening tells the
     * page's question the talk opened on, the one the chair took by its place; a chair naming the questions after a
     * colon still frames the session.
     */
    @Test
    void aChairPointingAtThePagesQuestionsFramesNothingAndThePageAsksTheQuestionTheTalkOpenedOn() {
        String noise = "Noise: How loud may delivery drones be over homes at night?";
        Fixture f = Fixture.session()
                .policyQuestion(QUESTION)
                .policyQuestion(noise)
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(ENGINEER, Role.SPEAKER, "Technical Community")
                .person(LAWYER, Role.SPEAKER, "Private Sector")
                .turn(CHAIR, "You will have seen on the session page that we have two policy questions.",
                        "I'll be disobedient and start with the second question. Kwame, how loud is too loud at night?")
                .turn(ENGINEER, "Delivery drones should not fly over homes at night at all, because no rotor is "
                        + "quiet enough for people who sleep under the routes.",
                        "Night flights over homes wake people, and the complaints follow every new route.")
                .turn(LAWYER, "A night limit of forty decibels over homes would let the companies fly and the "
                        + "residents sleep under the routes.");
        String opening = narrative(f.discussion()).get(0).text();
        assertThat(opening).doesNotContain("framed the discussion")
                .contains("The session page asked: How loud may delivery drones be over homes at night?");

        Discussion named = panel()
                .turn(CHAIR, "We have two policy questions on the session page: who answers for a fallen drone, and "
                        + "what residents may say.", "Kwame, where are we on safety for people under the routes?")
                .turn(ENGINEER, "Delivery drones must carry a parachute and a second motor before they fly over "
                        + "people living under the routes.")
                .discussion();
        assertThat(narrative(named).get(0).text()).contains("framed the discussion: \u201cWe have two policy questions");
    }

    @Test
    void aThemeStatementIsAClaimNotAPointerAScenesettingOrAPreamble() {
        Discussion d = panel()
                .person(GUEST, Role.PARTICIPANT, null)
                .turn(CHAIR, "Which rules should make delivery drones safe for the people living under their "
                        + "routes?")
                .turn(ENGINEER, "And then you have the aviation authority with the new drone rules for the cities, "
                                + "which Sofia will talk about, which are much broader.",
                        "Delivery drone routes over the cities should avoid schools, markets and hospitals at all "
                                + "times of the day.")
                .turn(LAWYER, "The operator of a delivery drone must be liable for any harm to people living under "
                        + "its routes, whatever the cause.")
                .turn(GUEST, "I'm Yuki Tanaka from a residents' association, we work on drone routes over the "
                                + "cities of the region.",
                        "Who do the residents living under the drone routes call when a drone falls?")
                .discussion();
        String themes = Fixture.text(narrative(d));
        assertThat(themes).contains("should avoid schools, markets and hospitals")
                .doesNotContain("which Sofia will talk about")
                .doesNotContain("we work on drone routes");
    }

    @Test
    void everyVoiceWithWeightIsNamedAndOnlyARealReplyIsTold() {
        Discussion d = panel()
                .turn(CHAIR, "Which rules should make delivery drones safe for the people living under their "
                        + "routes?")
                .turn(ENGINEER, "Delivery drones must carry a parachute and a second motor before they fly over "
                        + "people living under the routes.")
                .turn(CHAIR, "Thank you.")
                .turn(CHAIR, "Let us hear the others.")
                .turn(LAWYER, "The operator of a delivery drone must be liable for any harm to people living under "
                        + "its routes, whatever the cause.")
                .turn(ADVOCATE, RESIDENTS_SAY)
                .turn(OFFICIAL, ROUTES_PUBLISHED)
                .discussion();
        String themes = Fixture.text(narrative(d).subList(1, narrative(d).size()));
        // three voices at least, where the paragraph told two before (the fourth may open the session)
        assertThat(List.of(ENGINEER, LAWYER, ADVOCATE, OFFICIAL).stream().filter(themes::contains)).hasSizeGreaterThan(2);
        // four turns after the engineer, the advocate did not answer him: he also spoke on the theme; the official,
        // the next turn, responded
        assertThat(themes).doesNotContain("In response, " + ADVOCATE).contains(ADVOCATE + " also ")
                .contains("In response, " + OFFICIAL);
    }

    @Test
    void aRoundOfAnswersSaysInResponseOnce() {
        Discussion d = droneRoutes()
                .turn(ADVOCATE, RESIDENTS_SAY)
                .turn(OFFICIAL, ROUTES_PUBLISHED)
                .discussion();
        String themes = Fixture.text(narrative(d).subList(1, narrative(d).size()));
        assertThat(themes.split("In response, ", -1).length - 1).isEqualTo(1);
    }

    /**
     * Two prepared opening statements, one after the other, each answer the chair's hand-over, not each other: no
     * "In response" between them; a short turn right after a statement, outside the round of statements, still
     * responds.
     */
    @Test
    void openingStatementsDoNotRespondToEachOther() {
        String statement = " Our cities approve routes one by one, without asking who lives under them, and nobody "
                + "counts the incidents in the same way from one city to the next. Insurance is the only place where "
                + "the risk is priced today, and the insurers do not share their numbers with anyone. We have to "
                + "change that before the routes double next year, and before the first serious accident forces a "
                + "rule written in a hurry.";
        Discussion d = panel()
                .turn(CHAIR, QUESTION, "Let us start with opening statements of five minutes each.",
                        "Kwame, you have the floor.")
                .turn(ENGINEER, "Delivery drones must carry a parachute and a second motor before they fly over "
                        + "people living under the routes." + statement)
                .turn(CHAIR, "Thank you, Kwame.", "Sofia, please.")
                .turn(LAWYER, "The operator of a delivery drone must be liable for any harm to people living under "
                        + "its routes, whatever the cause." + statement.replace("Insurance", "A liability rule"))
                .turn(CHAIR, "Thank you both.", "Let us hear the others.")
                .turn(ADVOCATE, RESIDENTS_SAY)
                .turn(OFFICIAL, ROUTES_PUBLISHED)
                .discussion();
        String themes = Fixture.text(narrative(d).subList(1, narrative(d).size()));
        assertThat(themes).contains(LAWYER).doesNotContain("In response, " + LAWYER)
                .contains("In response, " + ADVOCATE);

        // a statement that puts a question is answered by the statement after it
        Discussion asked = panel()
                .turn(CHAIR, QUESTION, "Let us start with opening statements of five minutes each.",
                        "Kwame, you have the floor.")
                .turn(ENGINEER, "Delivery drones must carry a parachute and a second motor before they fly over "
                        + "people living under the routes." + statement
                        + " So what would a liability rule for operators add to a parachute?")
                .turn(CHAIR, "Thank you, Kwame.", "Sofia, please.")
                .turn(LAWYER, "The operator of a delivery drone must be liable for any harm to people living under "
                        + "its routes, whatever the cause." + statement.replace("Insurance", "A liability rule"))
                .discussion();
        assertThat(Fixture.text(narrative(asked).subList(1, narrative(asked).size())))
                .contains("In response, " + LAWYER);
    }

    /**
     * A round of opening statements is told statement by statement, each by its thesis, the one a speaker names
     * ("My main point for today: …") before a sentence scored higher; a statement naming no point by its best claim.
     */
    @Test
    void aRoundOfOpeningStatementsTellsEachPanellistByTheirThesis() {
        String context = " Our cities approve routes one by one, without asking who lives under them, and nobody "
                + "counts the incidents in the same way from one city to the next. The insurers do not share their "
                + "numbers with anyone, and the routes will double next year.";
        Discussion d = panel()
                .policyQuestion("Noise: How loud may delivery drones be over homes at night?")
                .turn(CHAIR, "Welcome. Each panellist has three minutes for an opening statement.", "Kwame?")
                .turn(ENGINEER, "Delivery drones must carry a parachute and a second motor before they fly over "
                        + "people living under the routes." + context)
                .turn(CHAIR, "Sofia?")
                .turn(LAWYER, "The operator of a delivery drone must be liable for any harm to people living under "
                        + "its routes, whatever the cause." + context)
                .turn(CHAIR, "Tomasz?")
                .turn(ADVOCATE, "My main point for today: residents need a say before a route goes over their "
                        + "street." + context + " Every city must publish the full incident record of every operator "
                        + "flying over homes, school yards and hospitals, every month, with the noise it measured.")
                .turn(CHAIR, "Thank you. Mariam, on safety: " + QUESTION)
                .turn(OFFICIAL, ROUTES_PUBLISHED)
                .turn(ENGINEER, "A parachute costs less than one delivery a day for a year, so no operator can say "
                        + "it is too expensive.")
                .turn(CHAIR, "Thank you. Sofia, on noise: how loud may delivery drones be over homes at night?")
                .turn(LAWYER, "Night flights over homes should stop at ten in the evening, whatever the drone.")
                .discussion();
        Paragraph statements = narrative(d).stream().filter(p -> Agenda.STATEMENTS.equals(p.topic()))
                .findFirst().orElseThrow();
        assertThat(statements.text()).contains(ENGINEER, LAWYER, ADVOCATE)
                .contains("residents need a say before a route goes over their street")
                .doesNotContain("full incident record");
    }

    /**
     * A closing round of one sentence each answers the chair, not the voice before it: no "In response" between its
     * voices (the turn right after a panellist's, outside a round, still responds: the test above).
     */
    @Test
    void aClosingRoundIsNoChainOfReplies() {
        Discussion d = panel()
                .turn(CHAIR, "Which rules should make delivery drones safe for the people living under their "
                        + "routes?")
                .turn(ENGINEER, "Delivery drones must carry a parachute and a second motor before they fly over "
                        + "people living under the routes.",
                        "A parachute costs less than one delivery a day for a year, so no operator can say it is "
                                + "too expensive.",
                        "The second motor matters most over markets, where a falling drone hits people at once.")
                .turn(CHAIR, "We are almost at time.", "Let me ask each speaker for one sentence: what should happen "
                        + "next on drone routes?")
                .turn(LAWYER, "The operator of a delivery drone must be liable for any harm to people living under "
                        + "its routes, whatever the cause.")
                .turn(ADVOCATE, RESIDENTS_SAY)
                .turn(OFFICIAL, ROUTES_PUBLISHED)
                .discussion();
        String themes = Fixture.text(narrative(d).subList(1, narrative(d).size()));
        assertThat(themes).contains(ADVOCATE).doesNotContain("In response");
    }

    /** A bare "You are right." concedes nothing a reader can see: the sentence after it says what, or no quote. */
    @Test
    void aBareConcessionIsQuotedWithWhatItConcedesOrNotAtAll() {
        Fixture debate = panel()
                .turn(CHAIR, "Which rules should make delivery drones safe for the people living under their "
                        + "routes?")
                .turn(ENGINEER, "Voluntary industry codes on drone safety already cover most delivery drones flying "
                        + "over the cities today.")
                .turn(LAWYER, "And here I would push back on what Kwame said about voluntary industry codes.",
                        "Voluntary codes cannot reach the cheap delivery drones that crowd the routes over the cities.");
        String said = Fixture.text(narrative(debate.turn(ENGINEER, "Sofia, you are right.",
                "The cheap drones on the city routes never signed any code.").discussion()));
        assertThat(said).contains(ENGINEER + " later agreed: \u201cSofia, you are right. The cheap drones on the "
                + "city routes never signed any code.\u201d");

        String bare = Fixture.text(narrative(panel()
                .turn(CHAIR, "Which rules should make delivery drones safe for the people living under their "
                        + "routes?")
                .turn(ENGINEER, "Voluntary industry codes on drone safety already cover most delivery drones flying "
                        + "over the cities today.")
                .turn(LAWYER, "And here I would push back on what Kwame said about voluntary industry codes.",
                        "Voluntary codes cannot reach the cheap delivery drones that crowd the routes over the cities.")
                .turn(ENGINEER, "Sofia, you are right.")
                .discussion()));
        assertThat(bare).doesNotContain("\u201cSofia, you are right.\u201d");
    }

    /** A concession refused in the next sentence is quoted with the refusal: the concession alone says the opposite. */
    @Test
    void aConcessionRefusedInTheNextSentenceIsQuotedWithTheRefusal() {
        Discussion d = panel()
                .turn(CHAIR, "Which rules should make delivery drones safe for the people living under their "
                        + "routes?")
                .turn(ENGINEER, "City permits for delivery drone routes take months, and the operators simply wait.",
                        "Permits should be granted by default after two days.")
                .turn(CHAIR, "Mariam, what's your view?")
                .turn(OFFICIAL, "We mapped every step of the permit for a delivery route.",
                        "On permits, I agree that they can be slow.",
                        "But the air over our schools is not an empty space, and the city will not grant routes by "
                                + "default.")
                .discussion();
        String themes = Fixture.text(narrative(d));
        assertThat(themes).doesNotContain("\u201cOn permits, I agree that they can be slow.\u201d");
        // told as the reply already, the refusal is not quoted again; told nowhere else, it is quoted with the concession
        Discussion later = panel()
                .turn(CHAIR, "Which rules should make delivery drones safe for the people living under their "
                        + "routes?")
                .turn(ENGINEER, "City permits for delivery drone routes take months, and the operators simply wait.",
                        "Permits should be granted by default after two days.")
                .turn(OFFICIAL, "We mapped every step of the permit for a delivery route.",
                        "On permits, I agree that they can be slow.",
                        "But the air over our schools is not an empty space, and the city will not grant routes by "
                                + "default.")
                .discussion();
        assertThat(Fixture.text(narrative(later))).doesNotContain("\u201cOn permits, I agree that they can be slow.\u201d");
    }

    @Test
    void aDisagreementIsToldWithWhatItWasAboutAndTheConcessionQuoted() {
        Discussion d = panel()
                .turn(CHAIR, "Which rules should make delivery drones safe for the people living under their "
                        + "routes?")
                .turn(ENGINEER, "Voluntary industry codes on drone safety already cover most delivery drones flying "
                        + "over the cities today.")
                .turn(LAWYER, "And here I would push back on what Kwame said about voluntary industry codes.",
                        "We have had voluntary drone codes since 2019.",
                        "Voluntary codes cannot reach the cheap delivery drones that crowd the routes over the cities.")
                .turn(ENGINEER, "Yes, I think Sofia is right about the cheap drones on the routes over the cities.")
                .discussion();
        List<Paragraph> narrative = narrative(d);
        String themes = Fixture.text(narrative.subList(1, narrative.size()));
        assertThat(themes).contains("disagreed with " + ENGINEER + ": \u201cHere I would push back on what Kwame "
                        + "said about voluntary industry codes. \u2026 Voluntary codes cannot reach the cheap delivery "
                        + "drones")
                .contains(ENGINEER + " later agreed: \u201cI think Sofia is right about the cheap drones")
                .doesNotContain("later agreed with");
        for (Paragraph p : narrative) {
            assertThat(p.evidence()).doesNotHaveDuplicates();
        }
        assertThat(narrative.stream().flatMap(p -> p.evidence().stream()).map(Evidence::quote))
                .contains("Voluntary codes cannot reach the cheap delivery drones that crowd the routes over the "
                        + "cities.");

        // an objection that says what it holds is quoted alone
        Discussion stated = panel()
                .turn(ENGINEER, "Voluntary industry codes on drone safety already cover most delivery drones flying "
                        + "over the cities today.")
                .turn(LAWYER, "I disagree with Kwame that voluntary codes are enough for the delivery drones over "
                                + "the cities.",
                        "We have had voluntary drone codes since 2019.")
                .discussion();
        assertThat(SelfContained.told(stated, 1)).containsExactly(1);
        assertThat(SelfContained.announcesDisagreement(d.sentence(2))).isTrue();
        assertThat(SelfContained.announcesDisagreement(stated.sentence(1))).isFalse();
        // "I don't agree." alone announces, and with no claim after it in the turn it is not told on its own
        Discussion bare = panel()
                .turn(ENGINEER, "Voluntary industry codes on drone safety already cover most delivery drones flying "
                        + "over the cities today.")
                .turn(LAWYER, "I don't agree.")
                .discussion();
        assertThat(SelfContained.announcesDisagreement(bare.sentence(1))).isTrue();
        assertThat(SelfContained.told(bare, 1)).isEmpty();
        List<Paragraph> untold = narrative(bare);
        // nor is it said to be "left open" when nothing says which point was: the ending tells nothing, cites nothing
        assertThat(Fixture.text(untold)).doesNotContain("\u201cI don't agree.\u201d").doesNotContain("left open");
        assertThat(untold.stream().flatMap(p -> p.evidence().stream()).map(Evidence::quote))
                .doesNotContain("I don't agree.");

        // one naming its topic, its claim said only after an interruption, is quoted alone as what it was about
        Discussion topic = panel()
                .turn(CHAIR, "Which rules should make delivery drones safe for the people living under their "
                        + "routes?")
                .turn(ENGINEER, "Drone safety labels on every delivery drone already tell residents which drones "
                        + "are safe.")
                .turn(LAWYER, "And here I'm going to disagree with Kwame, a little bit, on the labels.")
                .turn(ENGINEER, "I was waiting for it.")
                .turn(LAWYER, "A label printed once says nothing about the software updates a drone gets later.")
                .discussion();
        assertThat(Fixture.text(narrative(topic))).contains(LAWYER + " disagreed with " + ENGINEER
                + ": \u201cHere I'm going to disagree with Kwame, a little bit, on the labels.\u201d");
        assertThat(SelfContained.announcesDisagreement(topic.sentence(2))).isTrue();
    }

    /** Two panellists on delivery drones, after the chair's question: the debate a summary closes. */
    private static Fixture droneRoutes() {
        return panel()
                .turn(CHAIR, "Which rules should make delivery drones safe for the people living under their "
                        + "routes?")
                .turn(ENGINEER, "Delivery drones must carry a parachute and a second motor before they fly over "
                        + "people living under the routes.")
                .turn(LAWYER, "The operator of a delivery drone must be liable for any harm to people living under "
                        + "its routes, whatever the cause.");
    }

    @Test
    void aSummaryNamingDisagreementIsNotTheRoomsAgreement() {
        Discussion d = droneRoutes()
                .turn(CHAIR, "I think we can agree that residents living under the routes need a say on new "
                                + "delivery drone routes.",
                        "Where we did not fully agree is on who pays when a delivery drone falls on a street.")
                .discussion();
        assertThat(narrative(d).get(narrative(d).size() - 1).text()).contains(CHAIR + " summed up:")
                .doesNotContain("noted the room's agreement");

        Discussion agreed = droneRoutes()
                .turn(CHAIR, "I think we can agree that residents living under the routes need a say on new "
                        + "delivery drone routes.")
                .discussion();
        assertThat(narrative(agreed).get(narrative(agreed).size() - 1).text())
                .contains("noted the room's agreement");
    }

    /**
     * A theme introduced and then told nothing of ("The discussion then turned to noise.") is no paragraph: its poll
     * joins the paragraph it bears on, never stands alone after the theme's name.
     */
    @Test
    void aThemeToldNothingOfIsNoParagraphAndItsPollJoinsTheTalk() {
        Discussion d = Fixture.session()
                .policyQuestion("Routes: " + QUESTION)
                .policyQuestion("Noise: How loud may delivery drones be over homes at night?")
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(ENGINEER, Role.SPEAKER, "Technical Community")
                .person(ADVOCATE, Role.SPEAKER, "Civil Society")
                .poll(new Poll("Poll 1", "Which rule for drone delivery routes matters most?", "multiple-choice", 40,
                        List.of(new PollOption("Published routes", 25, 62.5), new PollOption("Night ban", 15, 37.5)),
                        "polls.csv"))
                .turn(CHAIR, QUESTION)
                .turn(ENGINEER, ROUTES_PUBLISHED,
                        "Delivery drone routes should keep away from schools and hospitals in every city.")
                .turn(ADVOCATE, RESIDENTS_SAY,
                        "Drone delivery routes approved without the residents will not last a year.")
                .turn(ENGINEER, "Published drone routes let residents check the safety record of each route.")
                .turn(CHAIR, "Let us turn to noise.", "How loud may delivery drones be over homes at night?")
                .turn(ADVOCATE, "Delivery drones over homes at night should be no louder than a passing car.")
                .turn(ENGINEER, "Night flights of delivery drones over homes should stop until quieter drones are "
                        + "certified.")
                .discussion();
        // what was said on noise is told already, by the key takeaways
        Set<Integer> takeaways = new HashSet<>();
        for (int i = 0; i < d.size(); i++) {
            if (d.sentence(i).text().contains("over homes") && !d.people().chairs(d.sentence(i).speaker())) {
                takeaways.add(i);
            }
        }
        String all = Fixture.text(NarrativeWriter.write(d, new SentenceScorer(d, Set.of()), RelationFinder.find(d),
                QuestionFinder.find(d), StatedConclusions.find(d), takeaways));
        assertThat(all).doesNotContain("turned to noise").contains("the room's top choice")
                .doesNotContainPattern("turned to [a-z ]+\\. In the poll");
    }

    /**
     * A reply that only grades the point it answers ("Partly fair, I would say.") is quoted with the sentence after it
     * that says what it contests, never alone.
     */
    @Test
    void aGradingReplyIsQuotedWithWhatItContestsOrNotAtAll() {
        String claim = "Drone operators give the residents no information for days when a drone crashes on a route.";
        String grade = "Partly fair, I would say.";
        String contest = "In the first hours after a crash we do not know what failed or how long the route will be "
                + "closed.";
        String with = Fixture.text(narrative(panel()
                .turn(CHAIR, QUESTION)
                .turn(ADVOCATE, claim, RESIDENTS_SAY)
                .turn(CHAIR, "Kwame, Tomasz said operators go silent after a crash.", "Is that fair?")
                .turn(ENGINEER, grade, contest)
                .discussion()));
        assertThat(with).doesNotContain("\u201c" + grade + "\u201d");
        if (with.contains(grade)) {
            assertThat(with).contains(grade + " " + contest);
        }
        String alone = Fixture.text(narrative(panel()
                .turn(CHAIR, QUESTION)
                .turn(ADVOCATE, claim, RESIDENTS_SAY)
                .turn(CHAIR, "Kwame, Tomasz said operators go silent after a crash.", "Is that fair?")
                .turn(ENGINEER, grade)
                .turn(OFFICIAL, ROUTES_PUBLISHED)
                .discussion()));
        assertThat(alone).doesNotContain(grade);
    }
}
