package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Role;
import org.rapporteur.nlp.Sentence;

/** The third-person wording of a statement reads right whatever its subject. */
class WordingTest {

    private static final Discussion D = Fixture.session()
            .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
            .turn("Ana Ruiz", "I hope that open licences become the norm for city budget data.",
                    "Open licences make city budget data reusable by anyone.")
            .discussion();

    /** A clause is cut short before its reason, never where the words before the cut lean on what follows. */
    @Test
    void aClauseIsCutBeforeItsReasonButNotAfterAPreposition() {
        assertThat(Wording.within("Security updates must be guaranteed for the whole life of a device, because "
                + "buyers cannot tell how long the firmware will be patched by anyone at all.", 20))
                .isEqualTo("Security updates must be guaranteed for the whole life of a device");
        // the negative case: "… is on" is no clause; no cut there, nor after "while"
        assertThat(Wording.within("Where we did not fully agree is on who goes first on universal acceptance, "
                + "libraries or companies, but we ended with libraries first.", 12)).isNull();
        assertThat(Wording.within("Operators should insist on a court order and publish every order they receive, "
                + "quickly, while who takes the order to court is still open.", 20)).isNull();
        // a takeaway that must fit the form loses the contrast only as a last resort, and only where it must
        assertThat(Wording.beforeContrast("Operators should insist on a court order and publish every order they "
                + "receive, quickly, while who takes the order to court is still open.", 15))
                .isEqualTo("Operators should insist on a court order and publish every order they receive, quickly");
        assertThat(Wording.beforeContrast("Operators publish every order, while courts decide.", 15)).isNull();
    }

    /**
     * A clause too long for the form loses what its commas set apart and states nothing (an example list, an
     * apposition, a trailing phrase), fewest words first; never a list's last items nor a piece with a verb.
     */
    /** A closing summary's item too long for a takeaway keeps its first statement, not the one after a semicolon. */
    @Test
    void aLongClauseDropsAStatementAfterItsLastSemicolon() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "There is no single funding model, but there is a shared rule: publish who pays and "
                        + "who decides, and cap what any one funder gives; Mei and Lu proposed to put this into the "
                        + "toolkit for every region.",
                        "It works; the cities that publish their budget every month and the towns that publish it "
                        + "every year both agreed on that rule.")
                .discussion();
        Sentence rule = d.sentence(0);
        assertThat(Wording.compressed(Wording.clause(rule.text()), rule, 26, false))
                .isEqualTo("There is no single funding model, but there is a shared rule: publish who pays and who "
                        + "decides, and cap what any one funder gives.");
        assertThat(Wording.compressed(Wording.clause(rule.text()), rule, 26, true))
                .endsWith("cap what any one funder gives \u2026.");
        // the negative case: a first statement too short to stand alone is no cut
        Sentence works = d.sentence(1);
        assertThat(Wording.compressed(Wording.clause(works.text()), works, 12, false)).isNull();
    }

    /** "there's" is a verb: the clause it opens is a statement, not an aside to drop with the phrase after it. */
    @Test
    void aContractedVerbKeepsItsClause() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "Budget data is a shared problem, and there's support in this room for open budgets "
                        + "in every region, with at least half of them in small towns, and Mei will bring that to the "
                        + "mayors.")
                .discussion();
        Sentence s = d.sentence(0);
        assertThat(Wording.compressed(Wording.clause(s.text()), s, 28, false))
                .isEqualTo("Budget data is a shared problem, and there's support in this room for open budgets in "
                        + "every region, and Mei will bring that to the mayors.");
    }

    @Test
    void aLongClauseDropsWhatItsCommasSetApartThatStatesNothing() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "Some cities publish their whole budget every month, for example Quito, Rosario "
                        + "and Medellín, but most publish a summary once a year, long after the money is spent.",
                        "Every city council, the mayor, the auditors and the citizens' panels, agreed that the "
                        + "budget data should be open, not only a summary on paper.",
                        "According to a survey of the regional association of municipalities, four in ten small "
                        + "towns publish no budget data at all.",
                        "Last year, the Finance, Audit and Budget Committee found that four in ten small towns "
                        + "publish no budget data at all.")
                .discussion();
        Sentence cities = d.sentence(0);
        assertThat(Wording.compressed(Wording.clause(cities.text()), cities, 24, false))
                .isEqualTo("Some cities publish their whole budget every month, but most publish a summary once a "
                        + "year, long after the money is spent.");
        Sentence council = d.sentence(1);
        // the fewest words dropped that fit: the trailing phrase alone where that is enough, both where not
        assertThat(Wording.compressed(Wording.clause(council.text()), council, 22, false))
                .isEqualTo("Every city council, the mayor, the auditors and the citizens' panels, agreed that the "
                        + "budget data should be open.");
        Sentence survey = d.sentence(2);
        assertThat(Wording.compressed(Wording.clause(survey.text()), survey, 16, false))
                .isEqualTo("Four in ten small towns publish no budget data at all.");
        // a subject is no opening phrase, nor are the items of a list whose first one opens the clause
        assertThat(Wording.compressed(Wording.clause(council.text()), council, 14, false)).isNull();
        // quoted, the omission is marked
        assertThat(Wording.compressed(Wording.clause(cities.text()), cities, 24, true))
                .isEqualTo("Some cities publish their whole budget every month \u2026, but most publish a summary once "
                        + "a year, long after the money is spent.");
        // the negative case: where only a piece with a verb or a list's part could go, nothing fits
        Sentence committee = d.sentence(3);
        assertThat(Wording.compressed(Wording.clause(committee.text()), committee, 14, false)).isNull();
        assertThat(Wording.compressed(Wording.clause(cities.text()), cities, 14, false)).isNull();
    }

    /** What a colon opens is the statement itself: never dropped as an aside, though it holds no verb. */
    @Test
    void aLongClauseKeepsWhatItsColonOpens() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "First, the bottleneck in repair is ships and permits, not technology: a shared "
                        + "repair fund for the Pacific, governed by the islands, and permits issued in advance, both "
                        + "came up, and the panel moved towards each other on the fund.")
                .discussion();
        Sentence bottleneck = d.sentence(0);
        String fitted = Wording.compressed(Wording.clause(bottleneck.text()), bottleneck, 35, false);
        assertThat(fitted).satisfiesAnyOf(f -> assertThat(f).isNull(),
                f -> assertThat(f).contains("a shared repair fund for the Pacific"));
        // the negative case: a piece without a colon still goes
        Sentence cities = Fixture.session().turn("Ana Ruiz", "Some cities publish their whole budget every month, "
                + "for example Quito, Rosario and Medellín, but most publish a summary once a year.").discussion()
                .sentence(0);
        assertThat(Wording.compressed(Wording.clause(cities.text()), cities, 16, false))
                .isEqualTo("Some cities publish their whole budget every month, but most publish a summary once "
                        + "a year.");
    }

    /**
     * "So I would say to Member States that …" and "And, one more comment, …" frame the statement after them; "One
     * more comment was left unanswered" keeps its subject.
     */
    @Test
    void anAddressedFrameAndOneMoreCommentAreNoPartOfTheStatement() {
        assertThat(Wording.clause("So I would say to Member States that the mandate is only as permanent as its "
                + "budget line.")).isEqualTo("The mandate is only as permanent as its budget line.");
        assertThat(Wording.clause("And, one more comment, the technical community is almost absent from this "
                + "panel.")).isEqualTo("The technical community is almost absent from this panel.");
        assertThat(Wording.clause("One more comment was left unanswered in the chat."))
                .isEqualTo("One more comment was left unanswered in the chat.");
    }

    /** "Quickly, the total cost …" answers a chair's "quickly?": the opener goes; "Quickly rising costs …" keeps it. */
    @Test
    void aQuickOpenerIsNoPartOfTheStatement() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "Quickly, the full cost over ten years should be in every tender for a city system.",
                        "Quickly rising costs of maintenance are the main risk for small cities.")
                .discussion();
        assertThat(Wording.clause(d.sentence(0).text()))
                .isEqualTo("The full cost over ten years should be in every tender for a city system.");
        assertThat(Wording.clause(d.sentence(1).text()))
                .isEqualTo("Quickly rising costs of maintenance are the main risk for small cities.");
    }

    /** "X added that fast remedies: a court that …" reads as no sentence: a statement headed by a phrase is quoted. */
    @Test
    void aStatementHeadedByAPhraseIsQuoted() {
        Discussion d = Fixture.session()
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .turn("Ana Ruiz", "Fast remedies: a court that can rule within a day, or the right means nothing.")
                .discussion();
        Sentence s = d.sentence(0);
        assertThat(Wording.reported("Ana Ruiz", "added", Wording.clause(s.text()), s))
                .isEqualTo("Ana Ruiz added: \u201cFast remedies: a court that can rule within a day, or the right "
                        + "means nothing.\u201d");
    }

    @Test
    void aStatementOnItsOwnSubjectIsReportedSpeech() {
        Sentence s = D.sentence(1);
        assertThat(Wording.reported("Ana Ruiz (Civil Society)", "argued", Wording.clause(s.text()), s))
                .isEqualTo("Ana Ruiz (Civil Society) argued that open licences make city budget data reusable by "
                        + "anyone.");
    }

    /**
     * A name of several capitalised words opening the statement keeps its capitals in reported speech ("that Member
     * States should …"); a common word opening it does not ("that the IGF …").
     */
    @Test
    void aNameOpeningTheStatementKeepsItsCapitals() {
        Discussion d = Fixture.session()
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .turn("Ana Ruiz", "Member States should put the secretariat of the forum on the regular budget.",
                        "The IGF secretariat should be paid from the regular budget of the organisation.")
                .discussion();
        assertThat(Wording.reported("Ana Ruiz", "concluded", Wording.clause(d.sentence(0).text()), d.sentence(0)))
                .isEqualTo("Ana Ruiz concluded that Member States should put the secretariat of the forum on the "
                        + "regular budget.");
        assertThat(Wording.reported("Ana Ruiz", "concluded", Wording.clause(d.sentence(1).text()), d.sentence(1)))
                .isEqualTo("Ana Ruiz concluded that the IGF secretariat should be paid from the regular budget of the "
                        + "organisation.");
    }

    @Test
    void aStatementOnTheSpeakersOwnIIsQuotedNotPutAsTheReadersI() {
        Sentence s = D.sentence(0);
        assertThat(Wording.reported("Ana Ruiz (Civil Society)", "argued", Wording.clause(s.text()), s))
                .isEqualTo("Ana Ruiz (Civil Society) argued: \u201cI hope that open licences become the norm for city "
                        + "budget data.\u201d")
                .doesNotContain("argued that I");
    }

    @Test
    void anInstructionIsQuotedNotPutAsReportedSpeech() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "First, publish the budget data of every city under one open licence.")
                .discussion();
        Sentence s = d.sentence(0);
        assertThat(Wording.reported("Ana Ruiz", "observed", Wording.clause(s.text()), s))
                .isEqualTo("Ana Ruiz observed: \u201cPublish the budget data of every city under one open licence.\u201d")
                .doesNotContain("observed that");
        Discussion mine = Fixture.session()
                .turn("Ana Ruiz", "My city publishes its budget data under an open licence.")
                .discussion();
        assertThat(Wording.reported("Ana Ruiz", "noted", Wording.clause(mine.sentence(0).text()), mine.sentence(0)))
                .isEqualTo("Ana Ruiz noted: \u201cMy city publishes its budget data under an open licence.\u201d");
    }

    /** An interpreter's note is no one's words: the sentence is reported from the word after it, a name kept. */
    @Test
    void anInterpretersNoteIsLeftOutOfTheWording() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "[Interpretation from Spanish] Data protection authorities should share their "
                        + "experience with access logs.", "[Interpretation from Spanish] Costa Rica should host the "
                        + "next exchange of the authorities.")
                .discussion();
        assertThat(Wording.reported("Ana Ruiz", "argued", Wording.clause(d.sentence(0).text()), d.sentence(0)))
                .isEqualTo("Ana Ruiz argued that data protection authorities should share their experience with "
                        + "access logs.");
        assertThat(Wording.reported("Ana Ruiz", "argued", Wording.clause(d.sentence(1).text()), d.sentence(1)))
                .isEqualTo("Ana Ruiz argued that Costa Rica should host the next exchange of the authorities.");
    }

    @Test
    void aFramesAnnouncingThisGivesWayToWhatTheColonAnnounces() {
        assertThat(Wording.clause("So my main point is this: fair moderation needs people who speak the language."))
                .isEqualTo("Fair moderation needs people who speak the language.");
        assertThat(Wording.clause("So my view is simple: accessibility has to be a launch condition, like security."))
                .isEqualTo("Accessibility has to be a launch condition, like security.");
        // a demonstrative that is the subject stays, and so does an adjective that is no frame's remnant
        assertThat(Wording.clause("Simple rules work: one register, one fee."))
                .isEqualTo("Simple rules work: one register, one fee.");
        assertThat(Wording.clause("This tension between speed and accuracy is what moderators live with."))
                .startsWith("This tension");
    }

    @Test
    void aStrayClosingQuoteIsDroppedButAQuotationKept() {
        assertThat(Wording.clause("' So, there's a whole range of reasons why people have concerns."))
                .isEqualTo("There's a whole range of reasons why people have concerns.");
        assertThat(Wording.clause("'Successful Futures' is the basis of the new curriculum."))
                .isEqualTo("'Successful Futures' is the basis of the new curriculum.");
    }

    @Test
    void aCapitalisedFirstWordIsLowerCasedUnlessItNamesSomething() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "Budget data needs an open licence so that journalists can reuse the tables.",
                        "Europe needs one open licence for the budget data of every city.",
                        "African parliaments should legislate together through the African Union.")
                .discussion();
        // a people's adjective is a name too: "said that African parliaments", never "african"
        assertThat(Wording.reported("Ana Ruiz", "said", Wording.clause(d.sentence(2).text()), d.sentence(2)))
                .startsWith("Ana Ruiz said that African parliaments");
        assertThat(Wording.reported("Ana Ruiz", "said", Wording.clause(d.sentence(0).text()), d.sentence(0)))
                .startsWith("Ana Ruiz said that budget data");
        assertThat(Wording.reported("Ana Ruiz", "said", Wording.clause(d.sentence(1).text()), d.sentence(1)))
                .startsWith("Ana Ruiz said that Europe needs");
    }

    @Test
    void aQuotedStatementIsNotClosedTwice() {
        assertThat(Wording.closed("Ana Ruiz said: \u201cI hope so.\u201d")).isEqualTo("Ana Ruiz said: \u201cI hope so.\u201d");
        assertThat(Wording.closed("Ana Ruiz said: \u201cI hope so\u201d")).isEqualTo("Ana Ruiz said: \u201cI hope so\u201d.");
        assertThat(Wording.closed("Labels work")).isEqualTo("Labels work.");
    }

    @Test
    void discourseOpenersAreDroppedButAnAdverbThatCarriesMeaningStays() {
        assertThat(Wording.clause("But similarly, even in special schools, there will be children of key workers."))
                .isEqualTo("Even in special schools, there will be children of key workers.");
        assertThat(Wording.clause("Obviously, we have rules around nutrition.")).isEqualTo("We have rules around "
                + "nutrition.");
        assertThat(Wording.clause("So many schools have closed this week.")).isEqualTo("So many schools have closed "
                + "this week.");
        assertThat(Wording.clause("Mr. Chair, we will continue to focus on small businesses.")).isEqualTo("We will "
                + "continue to focus on small businesses.");
        assertThat(Wording.clause("Or, we do have consortia arrangements.")).isEqualTo("We do have consortia "
                + "arrangements.");
    }

    private static String reported(String sentence) {
        Discussion d = Fixture.session().turn("Ana Ruiz", sentence).discussion();
        Sentence s = d.sentence(0);
        return Wording.reported("Ana Ruiz", "said", Wording.clause(s.text()), s);
    }

    @Test
    void aDiscourseOpenerIsDroppedWhereItBindsNothing() {
        assertThat(reported("So the regulator has published its first report on cheap cameras."))
                .isEqualTo("Ana Ruiz said that the regulator has published its first report on cheap cameras.");
        assertThat(reported("And the regulator will publish the figures on cheap cameras next week."))
                .isEqualTo("Ana Ruiz said that the regulator will publish the figures on cheap cameras next week.");
        assertThat(reported("Yes, the labels reached three markets in the first year."))
                .isEqualTo("Ana Ruiz said that the labels reached three markets in the first year.");
        assertThat(reported("Well the vendors have not answered the letter about the labels."))
                .isEqualTo("Ana Ruiz said that the vendors have not answered the letter about the labels.");
        // bound to the next word, the opener says something: kept, and quoted rather than put as "said that so far"
        assertThat(reported("So far the labels have reached three markets in the region."))
                .isEqualTo("Ana Ruiz said: \u201cSo far the labels have reached three markets in the region.\u201d");
        assertThat(reported("So, yes to affordability, but the answer is to make security cheap and standard."))
                .isEqualTo("Ana Ruiz said: \u201cYes to affordability, but the answer is to make security cheap and "
                        + "standard.\u201d");
        assertThat(Wording.clause("Well-being of children comes first in every school."))
                .isEqualTo("Well-being of children comes first in every school.");
        assertThat(Wording.clause("Sometimes the labels come off the box in the shop."))
                .isEqualTo("Sometimes the labels come off the box in the shop.");
    }

    @Test
    void aLeadingDemonstrativeOrAnAddressIsQuotedNotReported() {
        assertThat(reported("So that is why we publish the figures on cheap cameras every year."))
                .isEqualTo("Ana Ruiz said: \u201cThat is why we publish the figures on cheap cameras every year.\u201d")
                .doesNotContain("said that that");
        assertThat(reported("That's why we publish the figures on cheap cameras every single year."))
                .startsWith("Ana Ruiz said: \u201cThat's why");
        assertThat(reported("You are setting a great example for the other cities of the region."))
                .startsWith("Ana Ruiz said: \u201cYou are");
        // a demonstrative determiner names what it points at: reported
        assertThat(reported("That report was published by the regulator last year."))
                .isEqualTo("Ana Ruiz said that that report was published by the regulator last year.");
    }

    @Test
    void aBareVerbAfterTheOpenerIsAnInstructionAndQuoted() {
        assertThat(reported("And build on the work of the regional registries before any new label."))
                .isEqualTo("Ana Ruiz said: \u201cBuild on the work of the regional registries before any new label.\u201d")
                .doesNotContain("said that build");
        assertThat(reported("Build on the same international standards, recognise each other's tests and labels, "
                + "so that a small company can test once and sell everywhere."))
                .startsWith("Ana Ruiz said: \u201cBuild on");
        assertThat(reported("Mr.Chair, the ministry has committed new money to the regional registries this year."))
                .isEqualTo("Ana Ruiz said that the ministry has committed new money to the regional registries this "
                        + "year.");
    }

    @Test
    void aCallInOnesOwnNameIsReportedAsACall() {
        assertThat(Wording.calledOn("Ana Ruiz", "So we call on manufacturers to print the end date on the box."))
                .isEqualTo("Ana Ruiz called on manufacturers to print the end date on the box.");
        // "we need people to" asks, but is not said as a call
        assertThat(Wording.calledOn("Ana Ruiz", "We need manufacturers to print the end date on the box.")).isNull();
    }

    /** An instruction opening on a verb whose past is its base ("Put in every law ...") is quoted, not "said that put". */
    @Test
    void anInstructionOnAVerbTheTaggerReadsAsPastIsQuoted() {
        Discussion d = Fixture.session().person("Hugo Salazar", Role.SPEAKER, "Government")
                .turn("Hugo Salazar", "Put in every CSIRT law that incident reports cannot be used for prosecution.")
                .discussion();
        Sentence s = d.sentence(0);
        assertThat(Wording.reported("Hugo Salazar", "said", Wording.clause(s.text()), s))
                .isEqualTo("Hugo Salazar said: \u201cPut in every CSIRT law that incident reports cannot be used for "
                        + "prosecution.\u201d");
    }

    /** A list item's label up to its colon is no part of the point; a colon after a sentence's own words stays. */
    @Test
    void anItemsLabelBeforeItsColonIsLeftOutOfTheWording() {
        assertThat(Wording.clause("First finding, the one everybody agreed on: small administrations should not "
                + "write their own security requirements.")).isEqualTo("Small administrations should not write their "
                + "own security requirements.");
        assertThat(Wording.clause("Our second recommendation: buy together through one central body."))
                .isEqualTo("Buy together through one central body.");
        assertThat(Wording.clause("The finding surprised us: labels work.")).isEqualTo("The finding surprised us: "
                + "labels work.");
    }
}
