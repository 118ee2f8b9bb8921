package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Role;

/**
 * A chair handing the floor over on one of the page's policy questions opens a theme, however short the session:
 * the strongest boundary the talk gives.
 */
class SegmenterTest {

    private static final String FUNDING = "Funding: Who should pay for public Wi-Fi in libraries?";
    private static final String SKILLS = "Skills: How can libraries teach digital skills to older people?";
    private static final String PRIVACY = "Privacy: What should libraries log about what their users browse?";

    /** Three questions, each handed over by the moderator: {@code handOvers} false has her pass the floor by name only. */
    private static Fixture libraries(boolean handOvers) {
        return libraries(handOvers, "Tomas, you work on privacy. What should libraries log when people browse?");
    }

    /** The libraries panel, its moderator and its first two policy questions, before anyone speaks. */
    private static Fixture librariesPanel() {
        return Fixture.session()
                .person("Amina Yusuf", Role.MODERATOR, "Civil Society")
                .person("Ana Ruiz", Role.SPEAKER, "Government")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .person("Kofi Mensah", Role.SPEAKER, "Civil Society")
                .policyQuestion(FUNDING)
                .policyQuestion(SKILLS);
    }

    /** The libraries panel whose chair names the page's two questions together, and the first answer on funding. */
    private static Fixture questionsNamedTogether() {
        return librariesPanel()
                .turn("Amina Yusuf", "The page has two policy questions, on funding and on skills.",
                        "I'm sure we will get to both.", "Ana, who pays for the Wi-Fi in your city?")
                .turn("Ana Ruiz", "In our city the council pays for the library Wi-Fi out of the culture budget, "
                                + "and that budget shrinks every year.",
                        "Public Wi-Fi in libraries should be paid from the broadband fund, as roads are paid from "
                                + "the transport fund, because it is infrastructure and not culture.");
    }

    private static Fixture libraries(boolean handOvers, String privacyHandOver) {
        return librariesPanel()
                .policyQuestion(PRIVACY)
                .turn("Amina Yusuf", "Welcome to our session on public libraries online.",
                        "We have three questions: who pays, how people learn, and what gets logged.",
                        handOvers ? "Ana, let's start with funding. Who pays for the Wi-Fi in your city?" : "Ana?")
                .turn("Ana Ruiz", "In our city the council pays for the library Wi-Fi out of the culture budget, "
                                + "and that budget shrinks every year.",
                        "Public Wi-Fi in libraries should be paid from the broadband fund, as roads are paid from "
                                + "the transport fund, because it is infrastructure and not culture.",
                        "A library without funding for its connection closes its doors to the people who have no "
                                + "other place to go online.")
                .turn("Tomas Berg", "Operators can carry part of that cost, and we do in two regions already.",
                        "But a library connection paid by one company depends on that company's marketing budget, "
                                + "so the funding should come from a public fund with clear rules.")
                .turn("Amina Yusuf", "Thank you.",
                        handOvers ? "Kofi, on skills: how do older people learn digital skills at your libraries?"
                                : "Kofi?")
                .turn("Kofi Mensah", "Older people learn best from a volunteer of their own age who sits next to "
                                + "them, not from a course with slides.",
                        "Our libraries run weekly skills afternoons where grandparents learn to call their families "
                                + "and pay their bills online.",
                        "The skills programmes that work are slow and repeated, and they need librarians trained "
                                + "to teach adults.")
                .turn("Ana Ruiz", "The ministry now trains librarians in teaching digital skills to older people, "
                                + "and every library must offer a skills afternoon each week.")
                .turn("Amina Yusuf", "Thank you.",
                        handOvers ? privacyHandOver : "Tomas?")
                .turn("Tomas Berg", "Libraries should log as little as the law allows, and delete the logs of what "
                                + "their users browse after a week.",
                        "A library computer that keeps a history of every page is a record that someone will one "
                                + "day ask to see.")
                .turn("Kofi Mensah", "I agree with Tomas that the logs should go after a week.",
                        "People come to the library to read what they would not read at home, and that trust "
                                + "is the reason libraries exist.");
    }

    @Test
    void eachHandOverOnAPolicyQuestionOpensItsThemeInAShortSession() {
        Discussion d = libraries(true).discussion();
        assertThat(d.segments()).extracting(Segment::question).containsExactly(0, 1, 2);
        assertThat(d.agenda().themes()).extracting(Agenda.Label::text).containsExactly(FUNDING, SKILLS, PRIVACY);
        // each theme starts at the moderator's hand-over
        List<Segment> segments = d.segments();
        assertThat(d.sentence(segments.get(1).first()).speaker()).isEqualTo("Amina Yusuf");
        assertThat(d.sentence(segments.get(2).first()).text()).isEqualTo("Thank you.");
    }

    /**
     * "Good. Now, privacy. Tomas, are most logs kept by accident? Not on purpose?": the label said alone is the move,
     * though the question after it says none of the question's words; without it the turn states no question.
     */
    @Test
    void aQuestionsLabelSaidAloneBeforeTheQuestionToAPanellistHandsItOver() {
        Discussion d = libraries(true, "Good. Now, privacy. Tomas, are most of these kept by accident, right? Not "
                + "on purpose?").discussion();
        assertThat(d.segments()).extracting(Segment::question).containsExactly(0, 1, 2);
        Discussion unnamed = libraries(true, "Good. Tomas, are most of these kept by accident, right? Not on "
                + "purpose?").discussion();
        assertThat(unnamed.segments()).extracting(Segment::question).doesNotContain(2);
    }

    /** "The third question from the floor" counts the room's questions; "the third question" is the page's. */
    @Test
    void aQuestionsPlaceSaidWithTheChannelItCameByIsNoPolicyQuestion() {
        Discussion page = libraries(true, "Thank you. We come to the third question on the page. Tomas?").discussion();
        assertThat(page.segments()).extracting(Segment::question).containsExactly(0, 1, 2);
        Discussion floor = libraries(true, "Thank you. We come to the third question from the floor. Tomas?")
                .discussion();
        assertThat(floor.segments()).extracting(Segment::question).doesNotContain(2);
    }

    /** A hand-over's question followed by the floor given by name and title is still the theme's question. */
    @Test
    void aHandOverFollowedByTheFloorGivenByNameStatesItsQuestion() {
        Discussion d = libraries(true, "Let us turn to the last part. What should libraries log when people "
                + "browse? I will start with Tomas Berg, who builds browsers for a living. Tomas, the floor is yours.")
                .discussion();
        assertThat(d.segments()).extracting(Segment::question).containsExactly(0, 1, 2);
        // the floor given by name alone, after thanks and a remark on the talk before, states no question
        Discussion named = libraries(true, "Thank you, that was a clear point on what older people learn. I will "
                + "start with Tomas Berg, who builds browsers for a living. Tomas, the floor is yours.").discussion();
        assertThat(named.segments()).extracting(Segment::question).doesNotContain(2);
    }

    /**
     * Statements already on the question a chair then hands over (a leaders' round on it) are that question's theme
     * with the exchange after them; statements on another question stay a stretch of their own.
     */
    @Test
    void statementsAlreadyOnTheQuestionHandedOverAreItsTheme() {
        Discussion onIt = statementsThenHandOvers(
                "In our city the council pays for the library Wi-Fi out of the culture budget, and that budget "
                        + "shrinks every year, so who pays for the connection decides whether libraries stay open.",
                "Operators can carry part of the cost of library Wi-Fi, but a connection paid by one company "
                        + "depends on its marketing budget, so public funds should pay for it.");
        assertThat(onIt.segments()).extracting(Segment::question).containsExactly(0, 1);
        assertThat(onIt.segments().get(0).first()).isZero();

        Discussion offIt = statementsThenHandOvers(
                "Libraries should log as little as the law allows about what their users browse, and delete "
                        + "the logs after a week, because a history of every page is a record someone will ask for.",
                "A library computer that keeps the pages people browse is a risk to them, so the logs should "
                        + "be deleted, and nobody should log what users read.");
        assertThat(offIt.segments().get(0).question()).isNotEqualTo(0);
    }

    private static Discussion statementsThenHandOvers(String first, String second) {
        return librariesPanel()
                .turn("Amina Yusuf", "Welcome to our session on public libraries online. Ana, you first.")
                .turn("Ana Ruiz", first)
                .turn("Amina Yusuf", "Thank you. Tomas.")
                .turn("Tomas Berg", second)
                .turn("Amina Yusuf", "Thank you both. Ana, on funding: who should pay for the Wi-Fi, then?")
                .turn("Ana Ruiz", "Public Wi-Fi in libraries should be paid from the broadband fund, as roads are "
                        + "paid from the transport fund, because it is infrastructure and not culture.")
                .turn("Amina Yusuf", "Thank you. Kofi, on skills: how do older people learn digital skills at your "
                        + "libraries?")
                .turn("Kofi Mensah", "Older people learn best from a volunteer of their own age who sits next to "
                                + "them, not from a course with slides.",
                        "The skills programmes that work are slow and repeated, and they need librarians trained "
                                + "to teach adults.")
                .discussion();
    }

    @Test
    void aChairPassingTheFloorByNameOnlyGivesNoThemeBoundaryInAShortSession() {
        Discussion d = libraries(false).discussion();
        assertThat(d.segments()).hasSize(1);
        assertThat(d.segments().get(0).question()).isEqualTo(-1);
    }

    @Test
    void aRoundOfOpeningStatementsBeforeTheFirstHandOverIsNoPolicyQuestion() {
        Discussion d = Fixture.session()
                .person("Amina Yusuf", Role.MODERATOR, "Civil Society")
                .person("Ana Ruiz", Role.SPEAKER, "Government")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .person("Kofi Mensah", Role.SPEAKER, "Civil Society")
                .policyQuestion(SKILLS)
                .policyQuestion(PRIVACY)
                .turn("Amina Yusuf", "Welcome. Each panellist has two minutes for an opening statement. Ana?")
                .turn("Ana Ruiz", "Libraries are the last public rooms where anyone can go online for free, and "
                        + "the ministry funds four hundred of them.",
                        "Every town should keep its library open in the evening, when people finish work.")
                .turn("Amina Yusuf", "Tomas?")
                .turn("Tomas Berg", "Our company connects libraries in three regions, and we see more people "
                        + "online there every year.",
                        "A library connection is cheap to run once the fibre reaches the building.")
                .turn("Amina Yusuf", "Kofi?")
                .turn("Kofi Mensah", "Our volunteers meet older people in libraries every week, and they come "
                        + "back because someone listens to them.")
                .turn("Amina Yusuf", "Thank you. Kofi, on skills: how do older people learn digital skills at "
                        + "your libraries?")
                .turn("Kofi Mensah", "Older people learn best from a volunteer of their own age who sits next to "
                                + "them, not from a course with slides.",
                        "The skills programmes that work are slow and repeated, and they need librarians trained "
                                + "to teach adults.")
                .turn("Ana Ruiz", "The ministry now trains librarians in teaching digital skills to older people, "
                        + "and every library must offer a skills afternoon each week.")
                .turn("Amina Yusuf", "Thank you. Tomas, you work on privacy. What should libraries log when people "
                        + "browse?")
                .turn("Tomas Berg", "Libraries should log as little as the law allows, and delete the logs of what "
                                + "their users browse after a week.",
                        "A library computer that keeps a history of every page is a record that someone will one "
                                + "day ask to see.")
                .turn("Kofi Mensah", "I agree with Tomas that the logs should go after a week.")
                .discussion();
        assertThat(d.agenda().themes()).extracting(Agenda.Label::text)
                .containsExactly(Agenda.STATEMENTS, SKILLS, PRIVACY);
        // the negative case: the first stretch of the three-question session was handed over, no statements round
        assertThat(libraries(true).discussion().agenda().themes()).extracting(Agenda.Label::text)
                .doesNotContain(Agenda.STATEMENTS);
    }

    @Test
    void aPollTiedToAHandedOverThemeMatchesAStatementNeverTheModeratorsQuestion() {
        org.rapporteur.model.SessionReport r = new SessionAnalyzer().analyse(libraries(true)
                .poll(new org.rapporteur.model.Poll("Poll 1", "How should libraries teach digital skills?",
                        "multiple-choice", 40, List.of(
                        new org.rapporteur.model.PollOption("Digital skills afternoons for older people", 30, 75.0),
                        new org.rapporteur.model.PollOption("Online courses", 10, 25.0)), "polls.csv"))
                .annotate());
        String narrative = Fixture.text(r.narrative());
        assertThat(narrative).contains("Amina Yusuf asked: \u201cKofi, on skills: how do older people learn");
        assertThat(narrative).contains("the room's top choice, Digital skills afternoons for older people (75%), "
                + "matched ").doesNotContain("matched Amina Yusuf's point");
    }

    /** A poll's top choice matches a point saying half of its words at least, not one sharing a word with it. */
    @Test
    void aPollMatchesThePointSayingMostOfItsChoice() {
        org.rapporteur.model.SessionReport r = new SessionAnalyzer().analyse(Fixture.session()
                .person("Amina Yusuf", Role.MODERATOR, "Civil Society")
                .person("Dilnoza Karimova", Role.SPEAKER, "Government")
                .person("Baraka Mushi", Role.SPEAKER, "Technical Community")
                .policyQuestion("Who should pay for the language data that smaller languages need?")
                .turn("Amina Yusuf", "Welcome. Who should pay for the language data that smaller languages need?")
                .turn("Dilnoza Karimova", "Platforms must answer a notice within two days in every official "
                        + "language of the country.",
                        "We receive complaints about scams in our language every week.")
                .turn("Baraka Mushi", "Platforms should pay into a fund for language data that the language "
                        + "communities govern themselves.",
                        "The communities who give the data must keep control of it.")
                .poll(new org.rapporteur.model.Poll("Poll 1", "Who should pay for language data?",
                        "multiple-choice", 20, List.of(
                        new org.rapporteur.model.PollOption("A fund governed by language communities", 13, 65.0),
                        new org.rapporteur.model.PollOption("Platforms alone", 7, 35.0)), "polls.csv"))
                .annotate());

        // Dilnoza Karimova's told point shares "language" alone with the choice
        assertThat(Fixture.text(r.narrative())).contains("A fund governed by language communities (65%)")
                .doesNotContain("matched Dilnoza Karimova's point");
    }

    /** A question without a verb hands the floor over ("Tomas, a last word …?"): the narrative does not quote it. */
    @Test
    void aVerblessHandOverIsNotTheThemesQuestion() {
        String asked = "Tomas, a last word from the privacy side of the library?";
        org.rapporteur.model.SessionReport r = new SessionAnalyzer().analyse(libraries(true, asked).annotate());
        assertThat(Fixture.text(r.narrative())).contains("Amina Yusuf asked: \u201cKofi, on skills")
                .doesNotContain("a last word");
    }

    /**
     * A chair taking the page's questions out of order by their place ("start with the second one", "the first
     * question on the page") hands over each, and may come back to one ("back to the second question"); "the second
     * one" said of anything else hands over nothing.
     */
    @Test
    void aQuestionNamedByItsPlaceIsHandedOverAndMayBeComeBackTo() {
        Discussion d = Fixture.session()
                .person("Amina Yusuf", Role.MODERATOR, "Civil Society")
                .person("Ana Ruiz", Role.SPEAKER, "Government")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .policyQuestion(FUNDING)
                .policyQuestion(SKILLS)
                .policyQuestion(PRIVACY)
                .turn("Amina Yusuf", "Welcome to our session on public libraries online.",
                        "We have three policy questions on the page, but I will start with the second one, because "
                                + "that is where people get left behind.", "Ana, what works?")
                .turn("Ana Ruiz", "Older people learn best from a volunteer of their own age who sits next to them, "
                                + "not from a course with slides, and our libraries run weekly afternoons for them.",
                        "The afternoons that work are slow and repeated, and they need librarians trained to teach "
                                + "adults rather than children.",
                        "A grandmother who learns to call her grandchildren on video comes back the next week with "
                                + "her neighbour, and that is how the skills spread in a small town.")
                .turn("Amina Yusuf", "Let's go to the first question on the page now. Tomas, who pays?")
                .turn("Tomas Berg", "Operators can carry part of the cost of the connection, and we do in two "
                                + "regions already, but a public fund with clear rules should pay for the rest.",
                        "A connection paid by one company depends on that company's marketing budget every year.",
                        "When the budget goes, the library is offline again, and the people who rely on it have "
                                + "nowhere else to go for a form or a job application.")
                .turn("Amina Yusuf", "Let me take us back to the second question. Ana, who trains the librarians?")
                .turn("Ana Ruiz", "The ministry now trains librarians to teach adults, and every library must "
                                + "offer an afternoon each week for the people who come to learn.",
                        "The training takes three days and the librarians say it changed how they teach.",
                        "In the small towns the librarian is often the only person who can help with an online form, "
                                + "so the training reaches far more people than the library's own visitors.")
                .turn("Amina Yusuf", "For the last round, please touch on the third question too. Tomas, you start.")
                .turn("Tomas Berg", "Libraries should log as little as the law allows and delete the logs of what "
                        + "people browse after a week, because a history kept is a history someone will ask for.")
                .discussion();
        assertThat(d.segments()).extracting(Segment::question).containsExactly(1, 0, 1, 2);
        List<Paragraph> narrative = NarrativeWriter.write(d, new SentenceScorer(d, Set.of()), RelationFinder.find(d),
                QuestionFinder.find(d), List.of(), Set.of());
        assertThat(narrative).extracting(Paragraph::text).anyMatch(t -> t.contains("The discussion returned to "
                + "skills."));

        Discussion other = libraries(false)
                .turn("Amina Yusuf", "Kofi, you had two points. Let's start with the second one. Why?")
                .turn("Kofi Mensah", "Because the librarians are the only ones people trust with a computer in "
                        + "the town, and they have never been asked what they need to keep doing it.")
                .discussion();
        assertThat(other.segments()).extracting(Segment::question).doesNotContain(1);

        // a poll's or the chat's question named by its place is none of the page's
        Discussion chat = libraries(false)
                .turn("Amina Yusuf", "We have two questions from the chat.",
                        "The second question is from Olivia, who asks whether insurers could pay. Tomas?")
                .turn("Tomas Berg", "Insurers already ask libraries about their backups, so they could ask about "
                        + "the logs of what people browse as well, and pay for the deletion tools.")
                .discussion();
        assertThat(chat.segments()).extracting(Segment::question).doesNotContain(1);
    }
    /**
     * Once the chair has named the page's questions together, a place said in a later turn of hers hands that
     * question over ("That takes us to the second question"); a topic left before is come back to where she says
     * she goes back to it ("Let me go back to the funding"), not where a later turn only states its words; a relay's
     * place is the chat's.
     */
    @Test
    void aPlaceSaidAfterTheQuestionsWereNamedAndAGoingBackHandTheQuestionOver() {
        Fixture opening = questionsNamedTogether()
                .turn("Amina Yusuf", "Thank you.")
                .turn("Tomas Berg", "Operators can carry part of that cost, and we do in two regions already, "
                        + "but a public fund with clear rules should pay for the rest of the connection.");
        Discussion d = opening
                .turn("Amina Yusuf", "That takes us straight to the second question. Kofi, what has worked for you?")
                .turn("Kofi Mensah", "Volunteers of their own age teach older people best, sitting next to them, and "
                                + "the library gives them a room every week.",
                        "Older people who learn to call their grandchildren come back with their neighbours.",
                        "The librarians need three days of training to teach adults, and the ministry should pay for "
                                + "it, because the skills spread from the library to the whole town.")
                .turn("Amina Yusuf", "Thank you, Kofi.", "Let me go back to the funding for a moment, because we left it "
                        + "half open.", "Tomas, the small towns.", "What do you do there?")
                .turn("Tomas Berg", "In the small towns nobody pays today, so the broadband fund should pay for the "
                        + "connection of every library there, and operators can add the backhaul at cost.")
                .discussion();
        assertThat(d.segments()).extracting(Segment::question).endsWith(1, 0);

        // without saying she goes back, a later turn only stating the funding's words leaves the talk on skills
        Discussion stated = questionsNamedTogether()
                .turn("Amina Yusuf", "That takes us straight to the second question. Kofi, what has worked for you?")
                .turn("Kofi Mensah", "Volunteers of their own age teach older people best, sitting next to them, and "
                                + "the library gives them a room every week.",
                        "Older people who learn to call their grandchildren come back with their neighbours.",
                        "The librarians need three days of training to teach adults, and the ministry should pay for "
                                + "it, because the skills spread from the library to the whole town.")
                .turn("Amina Yusuf", "Tomas, who pays for the Wi-Fi in the small towns?")
                .turn("Tomas Berg", "In the small towns nobody pays today, so the broadband fund should pay for the "
                        + "connection of every library there, and operators can add the backhaul at cost.")
                .discussion();
        assertThat(stated.segments()).extracting(Segment::question).endsWith(1);

        Discussion relayed = questionsNamedTogether()
                .turn("Amina Yusuf", "The second question is from Olivia, who asks whether insurers could pay. Tomas?")
                .turn("Tomas Berg", "Insurers already ask libraries about their backups, so they could pay for the "
                        + "connection too, as part of the cover they sell to the council.")
                .discussion();
        assertThat(relayed.segments()).extracting(Segment::question).doesNotContain(1);

        Discussion poll = questionsNamedTogether()
                .turn("Amina Yusuf", "Let me look at the Slido.", "So, the second question, which rule matters most "
                        + "to you. Tomas?")
                .turn("Tomas Berg", "Insurers already ask libraries about their backups, so they could pay for the "
                        + "connection too, as part of the cover they sell to the council.")
                .discussion();
        assertThat(poll.segments()).extracting(Segment::question).doesNotContain(1);
    }
}
