package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Position;
import org.rapporteur.nlp.Sentence;

/** Takeaways, calls to action and positions on the workshop fixture, negative cases included. */
class FindingsTest {

    private final Discussion d = Workshop.discussion();
    private final SentenceScorer scorer = new SentenceScorer(d,
            KeyphraseExtractor.lemmaSet(KeyphraseExtractor.extract(d)));

    @Test
    void takeawaysAreSubstantiveAndAtMostThree() {
        List<Claim> takeaways = TakeawaySelector.select(d, scorer);
        assertThat(takeaways).hasSizeBetween(1, 3);
        for (Claim c : takeaways) {
            Sentence s = sentenceOf(c);
            assertThat(d.kind(s.index())).isEqualTo(SentenceKind.SUBSTANCE);
            assertThat(c.text()).doesNotEndWith("?");
            assertThat(c.text()).doesNotContainIgnoringCase("good morning").doesNotContainIgnoringCase("thank you");
        }
    }

    @Test
    void greetingsAndHandOversAreNeverTakeaways() {
        Discussion small = Fixture.session()
                .person("Lucia Ferrante", org.rapporteur.model.Role.MODERATOR, null)
                .turn("Lucia Ferrante", "Good morning and welcome to everyone joining us online and here in the room.",
                        "Thank you, next speaker please.")
                .turn("Ana Ruiz", "Thank you very much for having me on this panel today.",
                        "Open data portals only matter when cities publish their budgets in formats people can "
                        + "reuse.")
                .discussion();
        SentenceScorer s = new SentenceScorer(small, Set.of());
        assertThat(TakeawaySelector.select(small, s)).extracting(Claim::text)
                .containsExactly("Ana Ruiz argued that open data portals only matter when cities publish their "
                        + "budgets in formats people can reuse.");
    }

    @Test
    void callsToActionNameTheirAddressee() {
        List<CallToAction> calls = CallToActionFinder.find(d, scorer).form();
        assertThat(calls).hasSizeBetween(1, 2);
        assertThat(calls).extracting(CallToAction::addressee).contains("governments");
        CallToAction call = calls.stream().filter(c -> "governments".equals(c.addressee())).findFirst().get();
        assertThat(call.speaker()).isEqualTo(Workshop.CIVIL);
        assertThat(call.evidence().get(0).quote()).startsWith("We call on governments to make security updates");
    }

    @Test
    void modalCallsTakeTheirSubjectAsAddressee() {
        Sentence regulators = sentence(d, "Regulators should publish");
        assertThat(CallToActionFinder.candidate(regulators, regulators.index()).addressee()).isEqualTo("Regulators");
        Sentence manufacturers = sentence(d, "Security by design must be a legal duty");
        assertThat(CallToActionFinder.candidate(manufacturers, manufacturers.index())).isNull();
    }

    @Test
    void questionsAndRegretsAreNotCallsToAction() {
        Discussion small = Fixture.session()
                .turn("Ana Ruiz", "Should we ask governments to regulate every connected toy?",
                        "Governments should have acted on this ten years ago.",
                        "The standards that the ministry has to use are old.")
                .discussion();
        SentenceScorer s = new SentenceScorer(small, Set.of());
        assertThat(CallToActionFinder.find(small, s).form()).isEmpty();
    }

    /**
     * A proposal on a thing ("measurement networks should be funded …") is a call on all stakeholders, weaker than one
     * that names who should act; the act after a vague "do that," is the call's; not calls: a modal inside a
     * definition, an act on a bare pronoun ("use it in …"), a regret ("should not have shipped").
     */
    @Test
    void proposalsOnThingsAreCallsOnEveryoneAndVagueOrDefiningOnesAreNone() {
        Discussion small = Fixture.session()
                .turn("Ana Ruiz", "I would say measurement networks should be funded as public infrastructure, not as "
                        + "research projects that end after three years.",
                        "I believe every operator should do that, publish every order it receives within two days.",
                        "Universal acceptance is the simple idea that every valid address should work in every "
                        + "application.",
                        "We should use it in every election observation mission.",
                        "The product should not have shipped with that default password.")
                .discussion();
        SentenceScorer s = new SentenceScorer(small, Set.of());
        CallToActionFinder.Calls calls = CallToActionFinder.find(small, s);
        List<CallToAction> all = new java.util.ArrayList<>(calls.form());
        all.addAll(calls.further());
        assertThat(all).extracting(CallToAction::text).containsExactlyInAnyOrder(
                "Measurement networks should be funded as public infrastructure, not as research projects that end "
                        + "after three years.",
                // "do that" is worded by the act the comma gives
                "Every operator should publish every order it receives within two days.");
        assertThat(all).filteredOn(c -> c.text().startsWith("Measurement")).singleElement()
                .satisfies(c -> assertThat(c.addressee()).isEqualTo(CallWording.ALL_STAKEHOLDERS));
        Sentence thing = sentence(small, "I would say measurement");
        Sentence actor = sentence(small, "I believe every operator");
        assertThat(CallToActionFinder.candidate(thing, thing.index()).score())
                .isLessThan(CallToActionFinder.candidate(actor, actor.index()).score());
    }

    @Test
    void aLongWeakNeedIsNoCallButAShortOneIs() {
        Discussion small = Fixture.session()
                .turn("Ana Ruiz", "In all of the unknowns within this, and there are many of them across the services"
                        + " that we are looking at with the local authorities and the health boards at the moment, we"
                        + " need to make sure that we do not pretend to ourselves or to the public that there is one"
                        + " single measure that will work for every family in every part of the country.")
                .turn("Ben Ode", "We need to publish the support period on every box sold in Europe.")
                .discussion();
        SentenceScorer s = new SentenceScorer(small, Set.of());
        assertThat(CallToActionFinder.find(small, s).form()).extracting(CallToAction::speaker).containsExactly("Ben Ode");
    }

    @Test
    void positionsAreTheSpeakersOwnStatements() {
        List<Position> positions = PositionFinder.find(d, scorer);
        Position civil = positions.stream().filter(p -> p.speaker().equals(Workshop.CIVIL)).findFirst().orElseThrow();
        assertThat(civil.stakeholderGroup()).isEqualTo("Civil Society");
        assertThat(civil.points()).hasSizeBetween(PositionFinder.MIN_POINTS, PositionFinder.MAX_POINTS);
        for (Position p : positions) {
            for (Claim c : p.points()) {
                assertThat(c.speaker()).isEqualTo(p.speaker());
                assertThat(c.evidence().get(0).speaker()).isEqualTo(p.speaker());
                // a question is not a position
                assertThat(c.text()).doesNotEndWith("?");
            }
        }
        // ordered by words spoken
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        d.session().turns().forEach(t -> words.merge(t.speaker(), t.words(), Integer::sum));
        assertThat(positions).extracting(p -> words.get(p.speaker()))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(positions).extracting(Position::speaker).doesNotContain(Workshop.ATTENDEE);
    }

    @Test
    void positionsComeFromTheSpeakersLongTurnsAndCiteWhereAPointWasRepeated() {
        Discussion small = Fixture.session()
                .person("Lucia Ferrante", org.rapporteur.model.Role.MODERATOR, null)
                .person("Ana Ruiz", org.rapporteur.model.Role.SPEAKER, "Civil Society")
                .turn("Lucia Ferrante", "Ana, what do cities need before they open their data?")
                .turn("Ana Ruiz", "Cities need a clear licence before they publish any budget data.",
                        "Without an open licence, journalists and researchers cannot reuse the budget tables.",
                        "Our survey of forty municipal portals found that most budget files had no licence at all.")
                .turn("Lucia Ferrante", "And what about the cost of running such portals?")
                .turn("Ana Ruiz", "Small municipalities cannot pay for hosting without regional funding schemes.",
                        "Regional governments should share one hosting platform across their municipalities.")
                .turn("Lucia Ferrante", "How should privacy be protected in these datasets?")
                .turn("Ana Ruiz", "Personal data of welfare recipients must be removed before any budget release.",
                        "Anonymisation has to be checked by the data protection authority.")
                .turn("Lucia Ferrante", "Any last word on licences?")
                .turn("Ana Ruiz", "Again, an open licence for budget data is what lets journalists reuse the tables.")
                .discussion();
        SentenceScorer s = new SentenceScorer(small, Set.of());
        Position ana = PositionFinder.find(small, s).stream().filter(p -> p.speaker().equals("Ana Ruiz"))
                .findFirst().orElseThrow();
        assertThat(ana.points()).hasSizeBetween(3, PositionFinder.MAX_POINTS);
        List<Integer> turnsOfPoints = ana.points().stream()
                .map(c -> sentenceIn(small, c.evidence().get(0)).turn().index()).toList();
        // one point from each answer; the closing repeat is no new point
        assertThat(new java.util.HashSet<>(turnsOfPoints)).hasSize(3);
        List<org.rapporteur.model.Evidence> cited = ana.points().stream().flatMap(c -> c.evidence().stream()).toList();
        assertThat(cited).allSatisfy(e -> {
            assertThat(e.speaker()).isEqualTo("Ana Ruiz");
            assertThat(sentenceIn(small, e).text()).isEqualTo(e.quote());
        });
        // the licence point is cited both where it was made and where it was made again
        assertThat(ana.points()).anySatisfy(c -> assertThat(c.evidence()).extracting(
                org.rapporteur.model.Evidence::quote).anyMatch(q -> q.startsWith("Again, an open licence")));
        assertThat(cited).extracting(org.rapporteur.model.Evidence::line).doesNotHaveDuplicates();
    }

    @Test
    void aPointTheSpeakerCameBackToIsPreferredToAPassingRemark() {
        Discussion small = Fixture.session()
                .person("Lucia Ferrante", org.rapporteur.model.Role.MODERATOR, null)
                .person("Ana Ruiz", org.rapporteur.model.Role.SPEAKER, "Civil Society")
                .turn("Lucia Ferrante", "Ana, what do cities need before they open their data?")
                .turn("Ana Ruiz", "It is essential that regional governments fund the hosting costs of every small "
                        + "municipal portal in the country.",
                        "Budget data needs an open licence so that journalists can reuse the tables.")
                .turn("Lucia Ferrante", "And what have you learned from your survey?")
                .turn("Ana Ruiz", "Our survey of forty municipal portals showed how rarely cities update their files.",
                        "Again, journalists can only reuse the budget tables when the data carries an open licence.")
                .discussion();
        // the remark touches the session's keyphrases; the point is made twice
        SentenceScorer s = new SentenceScorer(small, Set.of("hosting", "cost", "government"));
        Position ana = PositionFinder.find(small, s).stream().filter(p -> p.speaker().equals("Ana Ruiz"))
                .findFirst().orElseThrow();
        assertThat(ana.points()).extracting(Claim::text).anyMatch(t -> t.startsWith("Ana Ruiz said that budget data "
                + "needs an open licence")).noneMatch(t -> t.contains("regional governments fund"));
    }

    private static Sentence sentenceIn(Discussion d, org.rapporteur.model.Evidence e) {
        return d.sentences().stream().filter(x -> x.line() == e.line() && x.text().equals(e.quote())).findFirst()
                .orElseThrow();
    }

    private Sentence sentenceOf(Claim c) {
        return d.sentences().stream().filter(s -> s.text().equals(c.evidence().get(0).quote())
                && s.line() == c.evidence().get(0).line()).findFirst().orElseThrow();
    }

    static Sentence sentence(Discussion d, String start) {
        return d.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
    }
}
