package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Role;

/**
 * What the session says about itself, as the takeaways and the closing tell it: a vague key message is told with the
 * sentence stating its point, not the backdrop after it; a moderator's list of takeaways is told once, its
 * announcement never quoted alone; a single-theme session's paragraph opens where the talk began.
 */
class SessionOwnSummaryTest {

    private static final String CHAIR = "Helga Sorensen";
    private static final String FARMER = "Oluwaseun Adeyemi";
    private static final String ENGINEER = "Rafael Quintero";

    private static Fixture panel() {
        return Fixture.session()
                .policyQuestion("Water data: Who should own the data that smart irrigation sensors collect on farms?")
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(FARMER, Role.SPEAKER, "Civil Society")
                .person(ENGINEER, Role.SPEAKER, "Private Sector")
                .turn(CHAIR, "Who should own the data that smart irrigation sensors collect on farms?")
                .turn(FARMER, "Farmers should own the data that irrigation sensors collect on their fields.")
                .turn(ENGINEER, "Sensor makers need access to the irrigation data to keep the sensors calibrated.");
    }

    @Test
    void aVagueKeyMessageIsToldWithTheSentenceStatingItsPointNotTheBackdrop() {
        Discussion d = panel()
                .turn(CHAIR, "We have five minutes left, so one key message from each of you.")
                .turn(FARMER, "My key message is that we are at a crossroads.",
                        "For twenty years, farm data was a matter of trust between neighbours.",
                        "With the new water law, farm data becomes a matter of contract, and that is a good thing, "
                                + "because trust did not protect the small farmers who sold their harvests to the traders in town.")
                .discussion();
        StatedConclusions.Point point = StatedConclusions.find(d).stream()
                .filter(p -> p.speaker().equals(FARMER)).findFirst().orElseThrow();
        assertThat(point.quote()).startsWith("We are at a crossroads. \u2026 With the new water law, farm data "
                + "becomes a matter of contract, and that is a good thing.").doesNotContain("twenty years");
        assertThat(Wording.words(point.content())).isLessThanOrEqualTo(TakeawaySelector.MAX_WORDS);
        assertThat(d.sentence(point.statement()).text()).startsWith("With the new water law");

        // a message followed by the sentence stating it keeps that sentence
        Discussion plain = panel()
                .turn(CHAIR, "We have five minutes left, so one key message from each of you.")
                .turn(FARMER, "My key message is that we are at a crossroads.",
                        "Farm data must belong to the farmers who collect it on their own fields.")
                .discussion();
        StatedConclusions.Point next = StatedConclusions.find(plain).stream()
                .filter(p -> p.speaker().equals(FARMER)).findFirst().orElseThrow();
        assertThat(next.quote()).isEqualTo("We are at a crossroads. Farm data must belong to the farmers who collect "
                + "it on their own fields.");
    }

    /**
     * "Let me try to sum up, and Kwabena, correct me.": the aside is no point; a summary going through its topics ("On
     * the contract, …") gives one point per topic. A short message joined by "and" that is no aside stays a point.
     */
    @Test
    void aSummarysAsideIsNoPointAndItsTopicsAreItsItems() {
        Discussion d = panel()
                .turn(CHAIR, "We have five minutes left, so a last word from each of you, and then I will sum up.")
                .turn(FARMER, "Farmers need a simple contract that says who may sell the irrigation data.")
                .turn(CHAIR, "Let me try to sum up, and Rafael, correct me.",
                        "On the contract, farmers should decide who may sell the irrigation data.",
                        "On calibration, sensor makers keep a narrow licence to the data they need.")
                .discussion();
        assertThat(StatedConclusions.find(d)).extracting(StatedConclusions.Point::content).containsExactly(
                "On the contract, farmers should decide who may sell the irrigation data.",
                "On calibration, sensor makers keep a narrow licence to the data they need.");
    }

    /**
     * A summary opening on a short overview that the room's stated agreements then state ("I think we agree on more
     * than we expected. Everyone agreed that …") takes no point from the overview; a short point the next sentence
     * does not go on to state is still the summary's.
     */
    @Test
    void aSummarysShortOverviewBeforeTheAgreementsItAnnouncesIsNoPoint() {
        Discussion d = panel()
                .turn(CHAIR, "We have five minutes left, so a last word from each of you, and then I will sum up.")
                .turn(FARMER, "Farmers need a simple contract that says who may sell the irrigation data.")
                .turn(CHAIR, "I'll close with what I take away, and Rafael will correct me.",
                        "We agree on more than we expected.",
                        "Everyone agreed that farmers should decide who may sell the irrigation data from their fields.")
                .discussion();
        assertThat(StatedConclusions.find(d)).extracting(StatedConclusions.Point::content)
                .noneMatch(c -> c.contains("more than we expected"))
                .anyMatch(c -> c.contains("should decide who may sell the irrigation data"));

        Discussion plain = panel()
                .turn(CHAIR, "We have five minutes left, so a last word from each of you, and then I will sum up.")
                .turn(FARMER, "Farmers need a simple contract that says who may sell the irrigation data.")
                .turn(CHAIR, "I'll close with what I take away, and Rafael will correct me.",
                        "Farm data belongs to the farmers.",
                        "Thank you all for coming, and see you in the next session.")
                .discussion();
        assertThat(StatedConclusions.find(plain)).extracting(StatedConclusions.Point::content)
                .containsExactly("Farm data belongs to the farmers.");
    }

    @Test
    void aListOfTakeawaysIsToldByItsPointsNotByItsAnnouncement() {
        Discussion d = panel()
                .turn(CHAIR, "We have five minutes left, so a last word from each of you, and then I will sum up.")
                .turn(FARMER, "Farmers need a simple contract that says who may sell the irrigation data.")
                .turn(CHAIR, "So, three things I take away.",
                        "First, farmers should own the irrigation data their sensors collect on their fields.",
                        "Second, sensor makers need a narrow licence to the data to calibrate their sensors.",
                        "Third, regulators should publish a model contract for farm data before the next season.")
                .discussion();
        Told told = told(d);
        assertThat(told.takeaways()).extracting(t -> t.claim().text())
                .anyMatch(t -> t.startsWith("Farmers should own the irrigation data"));
        List<Paragraph> narrative = told.narrative();
        String closing = narrative.get(narrative.size() - 1).text();
        assertThat(closing).doesNotContain("three things I take away")
                .contains(CHAIR + " summed up in three points: that farmers should own the irrigation data")
                .contains("; and that regulators should publish a model contract");
        assertThat(narrative.get(narrative.size() - 1).evidence()).extracting(e -> e.quote())
                .contains("Third, regulators should publish a model contract for farm data before the next season.");

        // where only some points are among the takeaways, all are told by their gist, never the announcement
        // quoted with the points left
        List<Paragraph> some = told(panel()
                .turn(CHAIR, "We have five minutes left, so a last word from each of you, and then I will sum up.")
                .turn(FARMER, "Farmers need a simple contract that says who may sell the irrigation data.",
                        "Today the sensor maker's terms decide it, and few farmers ever read them.")
                .turn(ENGINEER, "Sensor makers calibrate their devices with the data from many farms at once.",
                        "Without that data the sensors drift, and the irrigation advice gets worse every season.")
                .turn(CHAIR, "So, let me try to pull this together.",
                        "First, farmers should own the irrigation data their sensors collect on their fields.",
                        "Second, sensor makers need a narrow licence to the data to calibrate their sensors.",
                        "Third, regulators should publish a model contract for farm data before the next season.",
                        "Fourth, the cooperatives will meet again in March to agree on the contract.",
                        "Fifth, the price of the sensors was left for another session.")
                .discussion()).narrative();
        assertThat(some.get(some.size() - 1).text()).doesNotContain("pull this together")
                .contains(CHAIR + " summed up in five points: that farmers should own the irrigation data")
                .contains("; and that the price of the sensors was left for another session.");

        // where the points are not among the takeaways, the summary is quoted with its announcement as before
        List<Paragraph> untold = told.untold();
        assertThat(untold.get(untold.size() - 1).text()).contains("summed up: \u201cThree things I take away.");
    }

    @Test
    void aSummaryForSomeoneGivesItsNumberedPointsNotWhomItIsFor() {
        Discussion d = panel()
                .turn(FARMER, "Farmers need a simple contract that says who may sell the irrigation data.",
                        "Today the sensor maker's terms decide it, and few farmers ever read them.")
                .turn(ENGINEER, "Sensor makers calibrate their devices with the data from many farms at once.",
                        "Without that data the sensors drift, and the irrigation advice gets worse every season.")
                .turn(FARMER, "Cooperatives could hold the data for their members and license it to the makers.",
                        "Two cooperatives in our region already do this with the weather stations they run.")
                .turn(CHAIR, "Thank you all. Let me try to sum up for Anjali.",
                        "First, farmers should own the irrigation data their sensors collect on their fields.",
                        "Second, sensor makers need a narrow licence to the data to calibrate their sensors.",
                        "Third, regulators should publish a model contract for farm data before the next season.",
                        "These messages will go to the Dynamic Coalition on Data and Trust.")
                .discussion();
        List<StatedConclusions.Point> points = StatedConclusions.find(d);
        assertThat(points).extracting(StatedConclusions.Point::content).containsExactly(
                "Farmers should own the irrigation data their sensors collect on their fields.",
                "Sensor makers need a narrow licence to the data to calibrate their sensors.",
                "Regulators should publish a model contract for farm data before the next season.");
        // how briefly, or what it sums up, is no point either: the sentence after it states the summary
        for (String cue : List.of("Let me just say what I take away, very briefly.", "So, to sum up my points.")) {
            Discussion briefly = panel()
                    .turn(FARMER, "Farmers need a simple contract that says who may sell the irrigation data.")
                    .turn(ENGINEER, "Sensor makers calibrate their devices with the data from many farms at once.")
                    .turn(CHAIR, cue,
                            "Regulators should publish a model contract for farm data before the next season.")
                    .discussion();
            assertThat(StatedConclusions.find(briefly)).extracting(StatedConclusions.Point::content).containsExactly(
                    "Regulators should publish a model contract for farm data before the next season.");
        }
        // the negative case: a short remainder that is a clause is the summary itself, its verb a clitic or not
        Discussion clitic = panel()
                .turn(FARMER, "Farmers need a simple contract that says who may sell the irrigation data.")
                .turn(CHAIR, "I think everyone agrees that there's strong evidence about that.",
                        "We discussed examples this morning.")
                .discussion();
        assertThat(StatedConclusions.find(clitic)).extracting(StatedConclusions.Point::content)
                .noneMatch(c -> c.startsWith("We discussed"));
        Discussion stated = panel()
                .turn(FARMER, "Farmers need a simple contract that says who may sell the irrigation data.")
                .turn(CHAIR, "To sum up, the data is theirs.",
                        "Regulators should publish a model contract for farm data before the next season.")
                .discussion();
        assertThat(StatedConclusions.find(stated)).extracting(StatedConclusions.Point::content)
                .anyMatch(c -> c.startsWith("The data is theirs"));
    }

    @Test
    void aNumberedListWhoseItemsRunOnGivesOnePointPerNumberAndAHeadingIsStatedByTheSentenceAfterIt() {
        Discussion d = panel()
                .turn(FARMER, "Farmers need a simple contract that says who may sell the irrigation data.",
                        "Today the sensor maker's terms decide it, and few farmers ever read them.")
                .turn(ENGINEER, "Sensor makers calibrate their devices with the data from many farms at once.",
                        "Without that data the sensors drift, and the irrigation advice gets worse every season.")
                .turn(FARMER, "Cooperatives could hold the data for their members and license it to the makers.",
                        "Two cooperatives in our region already do this with the weather stations they run.",
                        "The makers pay the cooperative, and the farmers decide together what is sold.")
                .turn(CHAIR, "Let me try to pull this together.", "Three things I take away.",
                        "First, every group came back to cooperatives holding the data for their members.",
                        "Shared data stewards, joint contracts, one licence for all the makers.",
                        "Second, regulators have to publish a model contract before the next season.",
                        "Third, the makers.",
                        "Sensor makers should tell farmers in plain words which data leaves the farm.",
                        "Two things stay open.")
                .discussion();
        assertThat(StatedConclusions.find(d)).extracting(StatedConclusions.Point::content).containsExactly(
                "Every group came back to cooperatives holding the data for their members.",
                "Regulators have to publish a model contract before the next season.",
                "Sensor makers should tell farmers in plain words which data leaves the farm.");
        // the negative case: items not numbered are the sentences after the announcement, as said
        Discussion plain = panel()
                .turn(FARMER, "Cooperatives could hold the data for their members and license it to the makers.",
                        "Two cooperatives in our region already do this with the weather stations they run.")
                .turn(CHAIR, "Three things I take away.",
                        "Every group came back to cooperatives holding the data for their members.",
                        "Shared data stewards and joint contracts would give farmers a voice.",
                        "Regulators have to publish a model contract before the next season.")
                .discussion();
        assertThat(StatedConclusions.find(plain)).extracting(StatedConclusions.Point::content).containsExactly(
                "Every group came back to cooperatives holding the data for their members.",
                "Shared data stewards and joint contracts would give farmers a voice.",
                "Regulators have to publish a model contract before the next season.");
    }

    /** The takeaways a session gives, its narrative with them quoted, and its narrative as if none were. */
    private record Told(List<TakeawaySelector.Takeaway> takeaways, List<Paragraph> narrative, List<Paragraph> untold) {
    }

    private static Told told(Discussion d) {
        SentenceScorer scorer = new SentenceScorer(d, Set.of());
        List<StatedConclusions.Point> conclusions = StatedConclusions.find(d);
        RelationFinder.Relations relations = RelationFinder.find(d);
        List<TakeawaySelector.Takeaway> takeaways = TakeawaySelector.pick(d, scorer, conclusions, relations,
                QuestionFinder.find(d));
        Set<Integer> quoted = new HashSet<>();
        takeaways.forEach(t -> quoted.addAll(t.sentences()));
        return new Told(takeaways, NarrativeWriter.write(d, scorer, relations, QuestionFinder.find(d), conclusions,
                quoted), NarrativeWriter.write(d, scorer, relations, QuestionFinder.find(d), conclusions, Set.of()));
    }

    /** A point of the closing list that is also a consensus stated ("Second, we have a consensus that …") is told once. */
    @Test
    void aConsensusInTheClosingListIsToldOnce() {
        Discussion d = panel()
                .turn(CHAIR, "We have five minutes left, so a last word from each of you, and then I will sum up.")
                .turn(FARMER, "Farmers need a simple contract that says who may sell the irrigation data.")
                .turn(CHAIR, "So, three things I take away.",
                        "First, farmers should own the irrigation data their sensors collect on their fields.",
                        "Second, we have a consensus that sensor makers should get a narrow licence to the data and "
                                + "publish what they do with it, quickly, while who pays for the audits is still open.",
                        "Third, regulators should publish a model contract for farm data before the next season.")
                .discussion();
        List<Paragraph> narrative = told(d).narrative();
        String closing = narrative.get(narrative.size() - 1).text();
        assertThat(closing.split("(?i)we have a consensus", -1)).hasSize(2);
        assertThat(closing).contains(CHAIR + " summed up in three points: that farmers should own");

        // a point opening on a name keeps its capital: "and that Agritech Kenya will publish …"
        Discussion named = panel()
                .turn(CHAIR, "We have five minutes left, so a last word from each of you, and then I will sum up.")
                .turn(FARMER, "Farmers need a simple contract that says who may sell the irrigation data.")
                .turn(ENGINEER, "Sensor makers can live with a narrow licence that ends with the contract.")
                .turn(CHAIR, "So, three things I take away.",
                        "First, farmers should own the irrigation data their sensors collect on their fields.",
                        "Second, regulators should publish a model contract for farm data before the next season.",
                        "And third, Agritech Kenya will publish the calibration licence terms in March.")
                .discussion();
        List<Paragraph> namedNarrative = told(named).narrative();
        assertThat(namedNarrative.get(namedNarrative.size() - 1).text()).contains("that Agritech Kenya will publish")
                .contains("that regulators should publish");
    }

    @Test
    void aSingleThemeOpensOnTheQuestionTheTalkFollowedFirst() {
        String scope = "Scope and risk: Which farm sensors collect data that puts the privacy of farmers at risk?";
        String oversight = "Oversight: Which authority should oversee the sale of irrigation data to traders and "
                + "insurers?";
        Discussion d = Fixture.session()
                .policyQuestion(oversight)
                .policyQuestion(scope)
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(FARMER, Role.SPEAKER, "Civil Society")
                .person(ENGINEER, Role.SPEAKER, "Private Sector")
                .turn(CHAIR, "Which farm sensors collect data that puts the privacy of farmers at risk?")
                .turn(FARMER, "Soil sensors collect data that puts the privacy of farmers at risk, since the data "
                        + "shows what each farm grows.")
                .turn(ENGINEER, "Irrigation sensors collect data on water use that puts the privacy of farmers at "
                        + "risk too.")
                .turn(FARMER, "An authority should oversee the sale of irrigation data to traders and insurers.",
                        "The water authority should oversee the sale of irrigation data to traders and to "
                                + "insurers.",
                        "No authority oversees the sale of irrigation data to insurers and traders today.")
                .discussion();
        assertThat(d.segments()).hasSize(1);
        List<Paragraph> narrative = NarrativeWriter.write(d, new SentenceScorer(d, Set.of()), RelationFinder.find(d),
                QuestionFinder.find(d), List.of(), Set.of());
        // oversight, told in the paragraph, is not named again as a topic said nothing of
        assertThat(narrative.get(1).text()).startsWith("The discussion opened on scope and risk.")
                .contains("should oversee the sale of irrigation data").doesNotContain("took up oversight");
    }

    /**
     * The moderator "pulls it together" with numbered points after a remark on who will correct the summary; an item
     * that goes on is followed to the next number, and what follows the list three sentences later is none of it.
     */
    @Test
    void pullingTheSessionTogetherGivesItsNumberedPoints() {
        Discussion d = panel()
                .turn(FARMER, "Farmers should own the data that the sensors collect on their own fields.")
                .turn(ENGINEER, "Sensor makers need a narrow licence to calibrate the irrigation sensors.")
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.",
                        "The farmers in our cooperative would sign such a licence tomorrow.")
                .turn(ENGINEER, "Then we are not so far apart on the licence for calibration.",
                        "The price of the sensors is a different matter, and the cooperative knows it.")
                .turn(FARMER, "The price is high because every maker uses its own data format.",
                        "A common data format would let the cooperative change the maker.")
                .turn(ENGINEER, "A common data format is coming, the makers are writing it together.",
                        "It should be ready before the next irrigation season.")
                .turn(CHAIR, "Let me try to pull this together, and our rapporteur will correct me in the report.",
                        "First, farmers should own the irrigation data their sensors collect on their fields.",
                        "Second, the disagreement between the farmers and the sensor makers narrowed a lot.",
                        "Both accept that the farmers own the data and the makers need a licence to calibrate.",
                        "Third, sensor makers need a narrow licence to the data to calibrate their sensors.",
                        "Thank you all for coming, and see you at the next session of the network.",
                        "Our rapporteur will send the draft report to all the speakers next week.",
                        "The report will be on the website of the forum two weeks after that.",
                        "And the network will also take these points up in its working group on data.")
                .discussion();
        assertThat(StatedConclusions.find(d)).extracting(StatedConclusions.Point::content)
                .containsExactly("Farmers should own the irrigation data their sensors collect on their fields.",
                        "The disagreement between the farmers and the sensor makers narrowed a lot.",
                        "Sensor makers need a narrow licence to the data to calibrate their sensors.");

        // pulling something together as a plan is no summary
        Discussion plan = panel()
                .turn(FARMER, "Farmers should own the data that the sensors collect on their own fields.")
                .turn(ENGINEER, "Sensor makers need a narrow licence to calibrate the irrigation sensors.")
                .turn(CHAIR, "Ministries and farmers have to pull their data together before the next season starts.")
                .discussion();
        assertThat(StatedConclusions.find(plan)).isEmpty();
    }

    /**
     * A co-moderator summarising a chat comment relays it, and a participant recalling "what I heard today" to put a
     * question sets up the question: neither sums the session up.
     */
    @Test
    void aRelayedCommentAndAQuestionsPreambleAreNoClosingSummary() {
        String online = "Rohan Mehta";
        String guest = "Abdoulaye Diallo";
        Discussion d = panel()
                .person(online, Role.ONLINE_MODERATOR, "Intergovernmental Organization")
                .turn(FARMER, "Farmers should own the data that the sensors collect on their own fields.")
                .turn(ENGINEER, "Sensor makers need a narrow licence to calibrate the irrigation sensors.")
                .turn(CHAIR, "Let us take questions from the room.")
                .turn(guest, "My name is Abdoulaye Diallo, from a ministry of agriculture.",
                        "And what I heard today about data licences is frightening me.",
                        "My question is who will pay for all these sensors.")
                .turn(ENGINEER, "The buyers of the harvest should pay for the sensors, in our view.")
                .turn(online, "And there is a comment in the chat from several people, I will summarise it, that the "
                        + "session should also talk about small farmers who rent their land.")
                .turn(FARMER, "Tenant farmers should own the data of the fields they farm, whoever owns the land.")
                .discussion();
        assertThat(StatedConclusions.find(d)).isEmpty();
    }

    /**
     * Automatic captions without punctuation: a sentence ends where the speech pauses, so it can be quoted though
     * it ends on no stop (unless it ends on a word no sentence ends on), and the chair's "i will try a very quick
     * summary" leads what the session concluded.
     */
    @Test
    void captionsCutAtPausesAreQuotableAndTheirClosingSummaryCounts() {
        Discussion d = Fixture.session()
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(FARMER, Role.SPEAKER, "Civil Society")
                .pausedTurn(FARMER, "farmers should own the data that irrigation sensors collect on their fields",
                        "the sensors are the part of the system that is essential for")
                .pausedTurn(CHAIR, "thank you all", "so i will try a very quick summary",
                        "we agree that farmers should own the irrigation data their sensors collect",
                        "and regulators should publish a model contract for farm data before the next season")
                .discussion();
        SentenceScorer scorer = new SentenceScorer(d, Set.of());

        assertThat(scorer.quotable(0)).isTrue();
        assertThat(scorer.quotable(1)).isFalse();
        assertThat(StatedConclusions.find(d)).extracting(StatedConclusions.Point::speaker).contains(CHAIR);
        assertThat(StatedConclusions.find(d)).extracting(StatedConclusions.Point::quote)
                .anyMatch(q -> q.startsWith("We agree that farmers should own the irrigation data"));
    }

    /**
     * "There is agreement on that." agrees with what was just said, not with the disagreement said next; an
     * agreement announced on what follows ("on the following") is still stated by the next sentence.
     */
    @Test
    void anAgreementOnThatIsOnWhatWasJustSaid() {
        Discussion d = panel()
                .turn(CHAIR, "So what I'm hearing is that farmers own the irrigation data and makers get a narrow "
                                + "licence to calibrate.",
                        "There is agreement on that.",
                        "Where we are not yet agreed is who pays for the audits of the sensor makers.")
                .discussion();
        assertThat(StatedConclusions.find(d)).extracting(StatedConclusions.Point::content)
                .singleElement().asString().contains("farmers own the irrigation data").doesNotContain("audits");

        // said in the same sentence, the agreement is on the clause before it
        Discussion same = panel()
                .turn(CHAIR, "Farmers must own the irrigation data of their fields and we all agree on that.",
                        "But we have to know how far the licence of the sensor makers goes.")
                .discussion();
        assertThat(StatedConclusions.find(same)).extracting(StatedConclusions.Point::content)
                .containsExactly("Farmers must own the irrigation data of their fields.");

        Discussion following = panel()
                .turn(CHAIR, "So what I'm hearing is that farmers own the irrigation data and makers get a narrow "
                                + "licence to calibrate.",
                        "There is agreement on the following.",
                        "Regulators should publish a model contract for farm data before the next season.")
                .discussion();
        assertThat(StatedConclusions.find(following)).extracting(StatedConclusions.Point::content)
                .singleElement().asString().containsIgnoringCase("regulators should publish a model contract");
    }

    /**
     * A rapporteur "capturing the key points" on air sums the session up: each numbered point is one; capturing
     * something else ("the mood in the room") is no summary.
     */
    @Test
    void capturingTheKeyPointsGivesTheNumberedPoints() {
        Fixture closing = panel()
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.")
                .turn(ENGINEER, "Then we are not so far apart on the licence for calibration.");
        Discussion d = closing
                .turn(CHAIR, "Let me try to capture the key points.",
                        "First, farmers should own the irrigation data their sensors collect on their fields.",
                        "Second, sensor makers need a narrow licence to the data to calibrate their sensors.",
                        "And finally, regulators should publish a model contract for farm data before the next season.")
                .discussion();
        assertThat(StatedConclusions.find(d)).extracting(StatedConclusions.Point::basis).containsOnly(
                StatedConclusions.CLOSING_SUMMARY).hasSize(3);

        Discussion mood = panel()
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.")
                .turn(ENGINEER, "Then we are not so far apart on the licence for calibration.")
                .turn(CHAIR, "Let me try to capture the mood in the room before we close today.",
                        "Farmers and sensor makers are closer on the licence for calibration than they were.")
                .discussion();
        assertThat(StatedConclusions.find(mood)).isEmpty();
    }

    /**
     * The rapporteur's summary on air is the session's, as the chair's is: its points lead the takeaways in the
     * session's voice, not as "X concluded", a point opening on its topic ("Remedy: …") is told on that topic in the
     * closing, and a point too long for the form is cut before its contrast. A panellist's summary stays theirs.
     */
    @Test
    void theRapporteursSummaryIsTheSessions() {
        String rapporteur = "Daniela Ortiz";
        Discussion d = panel()
                .person(rapporteur, Role.RAPPORTEUR, "Civil Society")
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.")
                .turn(ENGINEER, "Then we are not so far apart on the licence for calibration.")
                .turn(rapporteur, "Let me try to capture the key points.",
                        "First, remedy: farmers need an independent ombudsman who can order a sensor maker to correct "
                                + "the irrigation data.",
                        "Second, on the licence, the farmers and the sensor makers agreed that the makers keep a "
                                + "narrow licence to calibrate the sensors on the farms of the cooperative, while who "
                                + "pays for the audits of that licence was narrowed but not settled.",
                        "And finally, regulators should publish a model contract for farm data before the next season.")
                .discussion();
        Told told = told(d);
        assertThat(told.takeaways()).hasSize(3).allSatisfy(t -> {
            assertThat(t.claim().text()).doesNotContain("concluded");
            assertThat(Wording.words(t.claim().text())).isLessThanOrEqualTo(TakeawaySelector.MAX_WORDS);
        });
        String closing = told.narrative().get(told.narrative().size() - 1).text();
        assertThat(closing).contains(rapporteur + " (Civil Society) summed up in three points: on remedy, that "
                + "farmers need an independent ombudsman");

        Discussion panellist = panel()
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.")
                .turn(ENGINEER, "Let me try to capture the key points.",
                        "First, sensor makers need a narrow licence to the data to calibrate their sensors.",
                        "Second, the makers will publish what they do with the irrigation data every year.")
                .discussion();
        assertThat(told(panellist).takeaways()).extracting(t -> t.claim().text())
                .anyMatch(t -> t.startsWith(ENGINEER + " (Private Sector) concluded"));
    }
    /**
     * The list the rapporteur reads out at the end ("First, … Second, … And third, …") is the session's summary
     * without a cue of its own; a panellist's numbered list without one is not.
     */
    @Test
    void aListTheRapporteurReadsOutNeedsNoCue() {
        String rapporteur = "Hannah Oduya";
        String[] list = {"So these are draft, and the full report will follow.",
                "First, farmers and sensor makers agreed that a cooperative can hold the irrigation data.",
                "Second, on calibration, the makers keep a narrow licence that ends with the contract.",
                "And third, regulators should publish a model contract for farm data before the next season."};
        Discussion d = panel()
                .person(rapporteur, Role.RAPPORTEUR, "Civil Society")
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.")
                .turn(CHAIR, "Hannah will now read the three takeaways she has.")
                .turn(rapporteur, list)
                .discussion();
        assertThat(StatedConclusions.find(d)).extracting(StatedConclusions.Point::content).containsExactly(
                "Farmers and sensor makers agreed that a cooperative can hold the irrigation data.",
                "On calibration, the makers keep a narrow licence that ends with the contract.",
                "Regulators should publish a model contract for farm data before the next season.");

        Discussion panellist = panel()
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.")
                .turn(CHAIR, "Any last words?")
                .turn(ENGINEER, list)
                .discussion();
        assertThat(StatedConclusions.find(panellist)).isEmpty();
    }

    /**
     * A list announced right after asking what the talk taught ("So what have we learned? Three things, quickly.")
     * is its speaker's summary, each item the sentence after its bare number ("One."); announced without the
     * question it is no summary.
     */
    @Test
    void aListAnnouncedAfterAskingWhatWasLearnedIsTheSummary() {
        String[] items = {"Three things, quickly.", "One.",
                "Cooperatives must hold the irrigation data for their members.", "Two.",
                "Sensor makers need a narrow licence to calibrate, and nothing more.", "Three.",
                "Regulators should publish a model contract before the next season."};
        Fixture talk = panel()
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.")
                .turn(ENGINEER, "Then we are not so far apart on the licence for calibration.");
        String[] asked = new String[items.length + 1];
        asked[0] = "So what have we learned?";
        System.arraycopy(items, 0, asked, 1, items.length);
        assertThat(StatedConclusions.find(talk.turn(FARMER, asked).discussion()))
                .extracting(StatedConclusions.Point::content).containsExactly(
                        "Cooperatives must hold the irrigation data for their members.",
                        "Sensor makers need a narrow licence to calibrate, and nothing more.",
                        "Regulators should publish a model contract before the next season.");
        Discussion unasked = panel()
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.")
                .turn(ENGINEER, "Then we are not so far apart on the licence for calibration.")
                .turn(FARMER, items)
                .discussion();
        assertThat(StatedConclusions.find(unasked)).isEmpty();
    }

    /**
     * "So what we heard today: first, A. Second, B. And third, C.": the cue's own sentence states the first item,
     * however long it runs, and the items after it are the others; a long run-on after the cue that opens no list
     * is still no point.
     */
    @Test
    void aListStartingInTheCuesOwnSentenceGivesEveryItem() {
        Fixture talk = panel()
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.")
                .turn(ENGINEER, "Then we are not so far apart on the licence for calibration.");
        Discussion d = talk.turn(CHAIR, "So what we heard today: first, farmers want to own the data, what they "
                        + "do not get is the practical part, how to read it, how to move it, how to get it back from a "
                        + "maker, and that should be in every contract.",
                        "Second, sensor makers need a narrow licence to calibrate the irrigation sensors.",
                        "And third, regulators should publish a model contract before the next season.")
                .discussion();
        assertThat(StatedConclusions.find(d)).extracting(StatedConclusions.Point::content).hasSize(3)
                .first().asString().startsWith("Farmers want to own the data");
        // told in the speaker's own voice, a point past the form's length is cut at a clause break, marked
        Discussion own = talk.turn(CHAIR, "So what we heard today: first, farmers want to own the data, what they do "
                        + "not get is the practical part, how to read it, how to move it, how to get your data back "
                        + "from a maker, and that should be written into every single contract they sign.",
                        "Second, sensor makers need a narrow licence to calibrate the irrigation sensors.",
                        "And third, regulators should publish a model contract before the next season.")
                .discussion();
        String first = TakeawaySelector.conclusion(own, StatedConclusions.find(own).get(0)).text();
        assertThat(first).endsWith("\u2026\u201d");
        assertThat(Wording.words(first)).isLessThanOrEqualTo(TakeawaySelector.MAX_WORDS);
        Discussion runOn = panel()
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.")
                .turn(ENGINEER, "Then we are not so far apart on the licence for calibration.")
                .turn(CHAIR, "So what we heard today: farmers want to own the data, what they do not get is the "
                        + "practical part, how to read it, how to move it, how to get it back from a maker, and that "
                        + "should be in every contract.", "Thank you all for coming to the session today.")
                .discussion();
        assertThat(StatedConclusions.find(runOn)).isEmpty();
        // a few words introducing the list after the cue ("What I take away from today: first, …") change nothing
        Discussion introduced = panel()
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.")
                .turn(CHAIR, "What I take away from today: first, farmers want to own the data, "
                        + "what they do not get is the practical part, how to read it, how to move it, and that "
                        + "should be in every contract.",
                        "Second, sensor makers need a narrow licence to calibrate the irrigation sensors.",
                        "And third, regulators should publish a model contract before the next season.")
                .discussion();
        assertThat(StatedConclusions.find(introduced)).extracting(StatedConclusions.Point::content).hasSize(3)
                .first().asString().startsWith("Farmers want to own the data");
    }

    /**
     * A list's item whose subject is "it" names the subject of the item before it ("It needs small, boring money."
     * after "The clinic must belong to the university."), its quote the words said; "It is important that …" points
     * at nothing and stays.
     */
    @Test
    void anItemsItNamesTheSubjectOfTheItemBefore() {
        Fixture talk = panel()
                .turn(FARMER, "A licence for calibration is acceptable if it ends with the contract.")
                .turn(ENGINEER, "Then we are not so far apart on the licence for calibration.");
        Discussion d = talk.turn(FARMER, "So what have we learned?", "Four things, quickly.", "One.",
                "The irrigation cooperative must own the data of its members, not the sensor maker.", "Two.",
                "The farmers need one number to call about the sensors, all year.", "Three.",
                "It needs small, boring, predictable money from the region, not big grants.", "Four.",
                "It is important that regulators publish a model contract before the season.").discussion();
        assertThat(StatedConclusions.find(d))
                .extracting(StatedConclusions.Point::content, StatedConclusions.Point::quote)
                .containsExactly(
                        tuple(
                                "The irrigation cooperative must own the data of its members, not the sensor maker.",
                                "The irrigation cooperative must own the data of its members, not the sensor maker."),
                        tuple("The farmers need one number to call about the sensors, all year.",
                                "The farmers need one number to call about the sensors, all year."),
                        tuple(
                                "The irrigation cooperative needs small, boring, predictable money from the region, "
                                        + "not big grants.",
                                "It needs small, boring, predictable money from the region, not big grants."),
                        tuple(
                                "It is important that regulators publish a model contract before the season.",
                                "It is important that regulators publish a model contract before the season."));
    }

    /**
     * "To sum up my points. The contract is a good start. But it should A. It should B. And it should C.": the
     * points are what the "but" and the sentences said alike state, "it" named; a single point stays single.
     */
    @Test
    void aSummaryTurningOnAConcessionGivesThePointsSaidAlikeAfterIt() {
        Discussion d = panel()
                .turn(FARMER, "Sensor makers sell the readings to insurers without asking anyone.",
                        "Farmers in the valley found out from a newspaper.")
                .turn(CHAIR, "Thank you. Any reactions from the floor?")
                .turn(FARMER, "A cooperative can hold the data for its members and bargain for them.",
                        "Our cooperative did that for three seasons with good results.")
                .turn(CHAIR, "We have five minutes left, so a last word from each of you.")
                .turn(FARMER, "So, to sum up my points.", "The contract is a good start.",
                        "But it should name who may sell the irrigation data.",
                        "It should give farmers a copy of every reading.",
                        "And it should end when the farmer leaves the scheme.",
                        "I know that is a lot of work for the sensor makers.")
                .discussion();
        assertThat(StatedConclusions.find(d)).extracting(StatedConclusions.Point::content).containsExactly(
                "The contract should name who may sell the irrigation data.",
                "The contract should give farmers a copy of every reading.",
                "The contract should end when the farmer leaves the scheme.");

        // no "but": the first statement is the point, and a sentence not said alike is none
        Discussion single = panel()
                .turn(FARMER, "Sensor makers sell the readings to insurers without asking anyone.",
                        "Farmers in the valley found out from a newspaper.")
                .turn(CHAIR, "Thank you. Any reactions from the floor?")
                .turn(FARMER, "A cooperative can hold the data for its members and bargain for them.",
                        "Our cooperative did that for three seasons with good results.")
                .turn(CHAIR, "We have five minutes left, so a last word from each of you.")
                .turn(FARMER, "So, to sum up my points.", "The contract should name who may sell the data.",
                        "Farmers in our region still sign paper forms every spring.")
                .discussion();
        assertThat(StatedConclusions.find(single)).extracting(StatedConclusions.Point::content).containsExactly(
                "The contract should name who may sell the data.");
    }
}
