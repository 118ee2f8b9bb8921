package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.nlp.Sentence;

/**
 * What a reader needs to understand a statement without the transcript: a main clause, a subject that does not point
 * back, an announcement with its content; and reported speech that never hands the speaker's "I", "we" or "you" to
 * the reader.
 */
class SelfContainedTest {

    private static Discussion turn(String... sentences) {
        return Fixture.session().turn("Ana Ruiz", sentences).discussion();
    }

    private static String reported(String sentence) {
        Sentence s = turn(sentence).sentence(0);
        return Wording.reported("Ana Ruiz", "stressed", Wording.clause(s.text()), s);
    }

    @Test
    void reportedSpeechCarriesNoFirstOrSecondPersonOfTheSpeaker() {
        assertThat(reported("In our case, what saved the network in 2021 was that the community had a savings fund."))
                .isEqualTo("Ana Ruiz stressed: \u201cIn our case, what saved the network in 2021 was that the community "
                        + "had a savings fund.\u201d")
                .doesNotContain("stressed that");
        assertThat(reported("The regulator told me that the licence fees will fall next year."))
                .startsWith("Ana Ruiz stressed: \u201c");
        assertThat(reported("The best licence for your village is the one the cooperative can afford."))
                .startsWith("Ana Ruiz stressed: \u201c");
        // "US" is the country, not "us"; a statement in the third person is reported
        assertThat(reported("In the US, the federal government only buys devices that meet the guidelines."))
                .isEqualTo("Ana Ruiz stressed that in the US, the federal government only buys devices that meet the "
                        + "guidelines.");
    }

    @Test
    void framingIsDroppedBeforeTheClauseIsReported() {
        assertThat(reported("Building on what Rayna said about the support period, I think the single most useful "
                + "thing for consumers would be to know the end date of the updates."))
                .isEqualTo("Ana Ruiz stressed that the single most useful thing for consumers would be to know the end "
                        + "date of the updates.");
        assertThat(reported("Just to add to what the Deputy Minister was saying, the health visiting service has not "
                + "been stopped in any region."))
                .isEqualTo("Ana Ruiz stressed that the health visiting service has not been stopped in any region.");
        assertThat(reported("Honestly, the cheapest cameras still come with the same password on every device."))
                .isEqualTo("Ana Ruiz stressed that the cheapest cameras still come with the same password on every "
                        + "device.");
    }

    /**
     * "Yusra's point was that …" reports another session person's view: not told as the speaker's; the speaker's own
     * "My point was that …", a possessive of no one in the session ("Kenya's law") and one taking a question up ("On
     * Yusra's question, …") are.
     */
    @Test
    void anotherPersonsViewReportedIsNotTheSpeakers() {
        Discussion d = Fixture.session()
                .person("Yusra Haddad", org.rapporteur.model.Role.SPEAKER, "Civil Society")
                .turn("Ana Ruiz", "Yusra's point was that the fund must include dialects, not only the official "
                        + "languages.", "Kenya's law already requires reviewers in Kiswahili for large platforms.",
                        "On Yusra's question, the reviewers we hire must be paid as well as those in English.")
                .discussion();
        assertThat(SelfContained.told(d, 0)).isEmpty();
        assertThat(SelfContained.told(d, 1)).containsExactly(1);
        assertThat(SelfContained.told(d, 2)).containsExactly(2);
    }

    @Test
    void aFragmentIsNeverReportedNorTold() {
        Discussion d = turn("Because today, honestly, the start-ups use open source libraries and a cloud platform.");
        assertThat(SelfContained.told(d, 0)).isEmpty();
        assertThat(Wording.reported("Ana Ruiz", "said", Wording.clause(d.sentence(0).text()), d.sentence(0)))
                .doesNotContain("said that because");
        // a subordinate clause before its main clause is no fragment
        Discussion whole = turn("If a start-up wants to sell in Europe, it will need to follow the new act.");
        assertThat(SelfContained.told(whole, 0)).containsExactly(0);
    }

    @Test
    void aMainClauseNeedsItsOwnFiniteVerb() {
        Discussion d = turn("Security updates, and telling the consumer for how long they will get them.",
                "The networks that survive have three things in common with the cooperatives.",
                "When lightning destroyed two of the towers, the village did not wait for a donor.",
                "A dynamic label, linked to live information, with an end date.");
        assertThat(SelfContained.hasMainVerb(d.sentence(0))).isFalse();
        assertThat(SelfContained.hasMainVerb(d.sentence(1))).isTrue();
        assertThat(SelfContained.hasMainVerb(d.sentence(2))).isTrue();
        assertThat(SelfContained.hasMainVerb(d.sentence(3))).isFalse();
        assertThat(SelfContained.told(d, 0)).isEmpty();
    }

    @Test
    void aSubjectThatPointsBackIsToldWithTheSentenceBeforeIt() {
        Discussion d = turn("Insurers already ask the companies they cover for backups and for patching.",
                "They could ask their clients about the connected devices in their networks as well.");
        assertThat(SelfContained.told(d, 1)).containsExactly(0, 1);
        // with nothing before it in the turn, it cannot be told at all
        Discussion alone = turn("They could ask their clients about the connected devices in their networks as well.");
        assertThat(SelfContained.told(alone, 0)).isEmpty();
        Discussion ordinal = Fixture.session()
                .turn("Ana Ruiz", "The first is that this is exactly why international standards matter so much.")
                .discussion();
        assertThat(SelfContained.told(ordinal, 0)).isEmpty();
        Discussion object = turn("We should avoid repeating that with product security in the next decade.",
                "We should avoid repeating that mistake of the last decade with product security.");
        assertThat(SelfContained.told(object, 0)).isEmpty();
        assertThat(SelfContained.told(object, 1)).containsExactly(1);
        // an "it" pointing at nothing, and a demonstrative determining its noun, stand alone
        Discussion standing = turn("It is important that every regulator publishes the list of banned passwords.",
                "That report on cheap cameras was published by the regulator last year.");
        assertThat(SelfContained.told(standing, 0)).containsExactly(0);
        assertThat(SelfContained.told(standing, 1)).containsExactly(1);
    }

    @Test
    void anAnnouncementIsToldWithItsContentOrNotAtAll() {
        Discussion d = turn("From the research, the networks that survive have three things in common.",
                "They have a revenue, even a small one, from the users of the network.",
                "They have local technical capacity, two or three people who can fix the towers without waiting "
                        + "for an engineer.");
        assertThat(SelfContained.announces(d.sentence(0).text())).isTrue();
        assertThat(SelfContained.told(d, 0)).containsExactly(0, 1);
        assertThat(Wording.quoted("Ana Ruiz", "answered", d.sentences().subList(0, 2)))
                .isEqualTo("Ana Ruiz answered: \u201cFrom the research, the networks that survive have three things in "
                        + "common. They have a revenue, even a small one, from the users of the network.\u201d");
        // the content in the same sentence, after its colon: no announcement
        assertThat(SelfContained.announces("Governments should fix three things: protect open source, make the "
                + "reporting safe and fund small companies.")).isFalse();
        assertThat(SelfContained.announces("And let me add my own call, as a moderator and as an engineer."))
                .isTrue();
        Discussion alone = turn("From the research, the networks that survive have three things in common.");
        assertThat(SelfContained.told(alone, 0)).isEmpty();
    }

    /**
     * A demonstrative standing alone after a preposition or a leading clause points back as a subject does: told
     * with the sentence before it in the turn, or not at all when it opens the turn.
     */
    @Test
    void aDemonstrativeAfterALeadingClauseOrAPrepositionPointsBack() {
        assertThat(SelfContained.told(turn("When you are a cooperative with a budget in local currency, that's a risk "
                + "you cannot take."), 0)).isEmpty();
        assertThat(SelfContained.told(turn("On that, the regulator has said nothing for two years, whatever the law "
                + "promises."), 0)).isEmpty();
        Discussion fused = turn("Our rule covers health records, land records and payment data.",
                "For those, a copy must be kept in the country, and the rest can flow freely.");
        assertThat(SelfContained.told(fused, 1)).containsExactly(0, 1);
        // a determiner, or a pronoun with its own restriction, points at nothing before it
        assertThat(SelfContained.told(turn("For those who cannot read, the warning comes as a recorded voice message."),
                0)).containsExactly(0);
        assertThat(SelfContained.told(turn("When the fibre is cut, that route carries the whole country's traffic."),
                0)).containsExactly(0);
        // after a clause of its own, the demonstrative is that clause
        assertThat(SelfContained.told(turn("With the new act, security becomes a matter of law, and that's a good "
                + "thing for buyers."), 0)).containsExactly(0);
        // before a colon, "this" announces what the colon gives; "that" still points back
        assertThat(SelfContained.told(turn("So my main point is this: fair moderation needs people who speak the "
                + "language, with decent pay."), 0)).containsExactly(0);
        assertThat(SelfContained.told(turn("We should never repeat that: the whole region was offline for weeks."),
                0)).isEmpty();
    }

    /**
     * A determiner pointing back ("that circle") or an object with nothing in its sentence to stand for ("allow it",
     * "give her that") makes a sentence lean on the one before it, as a pointing subject does.
     */
    @Test
    void aDeterminerOrAnObjectPointingBackIsToldWithTheSentenceBefore() {
        Discussion circle = turn("There is no demand because nothing works, and nothing works without demand.",
                "Somebody has to break that circle, and the cheapest place is in the shared libraries.");
        assertThat(SelfContained.told(circle, 1)).containsExactly(0, 1);
        assertThat(SelfContained.told(turn("And the regulators have to allow it, because in some countries resale "
                + "needs a separate licence."), 0)).isEmpty();
        assertThat(SelfContained.told(turn("But a local copy does not give her that; a law that binds the provider "
                + "does."), 0)).isEmpty();
        // restricted by what follows, in a later clause, a "that" opening a clause, an "it" its sentence names
        // or one a complement explains: whole
        assertThat(SelfContained.told(turn("Those countries that publish their orders see fewer shutdowns."), 0))
                .containsExactly(0);
        assertThat(SelfContained.told(turn("Governments should commit in writing, and the regional bodies should ask "
                + "every member state for that commitment."), 0)).containsExactly(0);
        assertThat(SelfContained.told(turn("I think that education is the key to every part of this."), 0))
                .containsExactly(0);
        assertThat(SelfContained.told(turn("Every vendor should fix the library and test it before the release."), 0))
                .containsExactly(0);
        assertThat(SelfContained.told(turn("The new registry makes it possible to trace every licence."), 0))
                .containsExactly(0);
        assertThat(SelfContained.told(turn("I would put it this way: the court matters more than the server."), 0))
                .containsExactly(0);
        // after a main clause of its own, a demonstrative object points at that clause
        assertThat(SelfContained.told(turn("The law already allows an exemption from fingerprints, but I agree our "
                + "officers do not always know that."), 0)).containsExactly(0);
    }

    /** An instruction is a main clause without a subject; a heading of nouns is none. */
    @Test
    void anInstructionStandsAloneAndAHeadingOfNounsDoesNot() {
        assertThat(SelfContained.told(turn("Put a sunset clause on the most intrusive powers, so that the next "
                + "parliament has to vote again."), 0)).containsExactly(0);
        assertThat(SelfContained.told(turn("Security updates, and telling the consumer for how long they will get "
                + "them."), 0)).isEmpty();
    }
}
