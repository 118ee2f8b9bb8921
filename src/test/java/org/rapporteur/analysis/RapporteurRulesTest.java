package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Relation;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionReport;

/**
 * The rules of issue 9 on small hand-made sessions, each with its negative case: what the session says about itself
 * leads, takeaways stand alone, every call is found and worded as the IGF form has it, replies are only told where
 * the transcript shows them, disagreements without a cue word and their resolution, next steps.
 */
class RapporteurRulesTest {

    private static final String CHAIR = "Lucia Ferrante";
    private static final String CIVIL = "Ana Ruiz";
    private static final String INDUSTRY = "Tomas Berg";
    private static final String GOVERNMENT = "Mei Tanaka";

    private static Fixture panel() {
        return Fixture.session()
                .person(CHAIR, Role.MODERATOR, "Technical Community")
                .person(CIVIL, Role.SPEAKER, "Civil Society")
                .person(INDUSTRY, Role.SPEAKER, "Private Sector")
                .person(GOVERNMENT, Role.SPEAKER, "Government");
    }

    /** Four turns of talk on device security, so that whatever follows comes late in the session. */
    private static Fixture withDiscussion(Fixture f) {
        return f.turn(CIVIL, "Connected devices are sold without any promise of security updates to the buyer.",
                        "Buyers of cheap cameras cannot tell how long the manufacturer will patch the firmware.")
                .turn(INDUSTRY, "Small manufacturers pay a high price for every year of security updates they offer.",
                        "Harmonised security requirements across markets would lower the cost of compliance.")
                .turn(GOVERNMENT, "Our regulator tested two hundred cameras and found default passwords on most.",
                        "A national label for connected devices will start next spring in our country.")
                .turn(CIVIL, "Labels help only when the support period printed on them is enforced by law.",
                        "Consumer groups want the end date of security support printed on every box.");
    }

    private static SessionReport report(Fixture f) {
        return new SessionAnalyzer().analyse(f.annotate());
    }

    /** "Let me try to sum up." announces the list that follows; it is no point of its own. */
    @Test
    void aSummaryAnnouncedTwiceGivesItsItemsNotItsAnnouncements() {
        SessionReport r = report(withDiscussion(panel())
                .turn(CHAIR, "Let me try to sum up.", "Three things I take away.",
                        "First, security updates must come with a clear end date for every connected device.",
                        "Second, harmonised requirements keep small manufacturers in the market.",
                        "Third, labels work only when the law enforces what they promise.")
                .turn(CIVIL, "Thank you all."));
        assertThat(r.keyTakeaways()).extracting(Claim::text).containsExactly(
                "Security updates must come with a clear end date for every connected device.",
                "Harmonised requirements keep small manufacturers in the market.",
                "Labels work only when the law enforces what they promise.");
        assertThat(r.keyTakeaways()).flatExtracting(Claim::evidence).extracting(e -> e.quote())
                .doesNotContain("Let me try to sum up.");
    }

    @Test
    void theChairsClosingSummaryLeadsTheTakeawaysOneItemEach() {
        SessionReport r = report(withDiscussion(panel())
                .turn(CHAIR, "Three things I take away from today.",
                        "Security updates must come with a clear end date for every connected device.",
                        "Harmonised requirements keep small manufacturers in the market.",
                        "And labels work only when the law enforces what they promise.")
                .turn(CIVIL, "Thank you all."));
        assertThat(r.keyTakeaways()).extracting(Claim::basis).containsOnly(StatedConclusions.CLOSING_SUMMARY);
        assertThat(r.keyTakeaways()).extracting(Claim::text).containsExactly(
                "Security updates must come with a clear end date for every connected device.",
                "Harmonised requirements keep small manufacturers in the market.",
                "Labels work only when the law enforces what they promise.");
        // the evidence is the announcement and the item, verbatim
        assertThat(r.keyTakeaways().get(2).evidence()).extracting(e -> e.quote()).containsExactly(
                "Three things I take away from today.", "And labels work only when the law enforces what they promise.");
        // the announcement is no point: the closing tells the points, which the takeaways quote, by their gist
        assertThat(Fixture.text(r.narrative())).doesNotContain("\u201cThree things I take away")
                .contains(CHAIR + " summed up in three points: that security updates must come with a clear end date");
    }

    /**
     * A summary list said in one sentence after a colon, its items set apart by semicolons, gives one takeaway per
     * item, each with the whole sentence as evidence; a list whose items are too short to state anything stays one.
     */
    @Test
    void aSummaryListSaidInOneSentenceGivesItsItems() {
        SessionReport r = report(withDiscussion(panel())
                .turn(CHAIR, "Let me try to pull this together.", "Where we converged: security updates must come "
                        + "with a clear end date for every device; harmonised requirements keep small manufacturers "
                        + "in the market; and labels work only when the law enforces what they promise.")
                .turn(CIVIL, "Thank you all."));
        assertThat(r.keyTakeaways()).extracting(Claim::text).containsExactly(
                "Security updates must come with a clear end date for every device.",
                "Harmonised requirements keep small manufacturers in the market.",
                "Labels work only when the law enforces what they promise.");
        assertThat(r.keyTakeaways().get(1).evidence()).extracting(e -> e.quote()).last().asString()
                .startsWith("Where we converged: security updates");

        assertThat(StatedConclusions.listAfterColon("Where we converged: updates; labels; and clear end dates "
                + "for every connected device in the market.")).isEmpty();
        assertThat(StatedConclusions.listAfterColon("Security updates must come with a clear end date; labels "
                + "work only when the law enforces them.")).isEmpty();
        // a colon inside the point and a clause joined by a semicolon: no list
        assertThat(StatedConclusions.listAfterColon("There is a shared rule: publish who pays and who decides the "
                + "programme; two members proposed to put this into the national toolkit.")).isEmpty();
    }

    @Test
    void anEarlySumUpIsNoClosingSummary() {
        SessionReport r = report(withDiscussion(panel()
                .turn(CIVIL, "To sum up my research, default passwords remain common on cheap cameras sold online.")));
        assertThat(r.keyTakeaways()).extracting(Claim::basis).doesNotContain(StatedConclusions.CLOSING_SUMMARY);
    }

    @Test
    void statedConsensusReadsAsTheParticipantsAgreement() {
        SessionReport r = report(withDiscussion(panel())
                .turn(CHAIR, "I think we can agree that labels alone will not make connected devices secure."));
        assertThat(r.keyTakeaways()).first().satisfies(c -> {
            assertThat(c.basis()).isEqualTo(StatedConclusions.STATED_CONSENSUS);
            assertThat(c.text()).isEqualTo("Participants agreed that labels alone will not make connected devices "
                    + "secure.");
        });
    }

    @Test
    void takeawaysStandAloneInTheThirdPerson() {
        SessionReport r = report(panel()
                .turn(CIVIL, "I think that manufacturers must print the end of security support on the box.",
                        "The question is how we connect it with product safety law in every market.",
                        "It works because buyers compare the dates before they pay for a device.",
                        "Security updates for every connected device, and telling the buyer for how long.",
                        "I think I mentioned before the labels that the consumer groups have asked for.",
                        "Security labels, and telling the buyer for how long they will get updates.")
                .turn(INDUSTRY, "Manufacturers should not be the only ones paying for security updates forever."));
        assertThat(r.keyTakeaways()).extracting(Claim::text)
                .contains("Ana Ruiz (Civil Society) argued that manufacturers must print the end of security support "
                        + "on the box.")
                .noneMatch(t -> t.contains("question is") || t.contains("It works") || t.contains("I think"))
                // a fragment without a finite verb states nothing
                .noneMatch(t -> t.contains("telling the buyer") || t.contains("mentioned before"));
        assertThat(r.keyTakeaways()).allSatisfy(c -> assertThat(Wording.words(c.text())).isLessThanOrEqualTo(45));
    }

    @Test
    void framingAndListOpenersAreDroppedFromTheWordingOnly() {
        assertThat(Wording.clause("So, I think that my key message is that labels work.")).isEqualTo("Labels work.");
        assertThat(Wording.clause("What we are asking is that vendors publish dates.")).isEqualTo("Vendors publish dates.");
        assertThat(Wording.clause("And finally, vendors publish dates.")).isEqualTo("Vendors publish dates.");
        assertThat(Wording.clause("Vendors, I think, publish dates.")).isEqualTo("Vendors, I think, publish dates.");
    }

    @Test
    void everyCallIsFoundAndWordedAsTheFormHasIt() {
        SessionReport r = report(panel()
                .turn(CIVIL, "We call on governments to make security updates a legal right of every device owner.")
                .turn(INDUSTRY, "Regulators should publish one common baseline of security requirements for all.")
                .turn(GOVERNMENT, "We need to share threat data about vulnerable devices across borders quickly.",
                        "I urge manufacturers to print the end date of security support on every box.")
                .turn(CHAIR, "It is customary to give members a chance to correct the record of the session.",
                        "I invite everybody to continue the discussion in the hallway after the session.")
                .turn(INDUSTRY, "I'm not saying small vendors should be exempted from the security rules at all."));
        List<CallToAction> all = Fixture.calls(r);
        assertThat(r.callsToAction()).hasSize(2);
        assertThat(all).extracting(CallToAction::text).contains(
                "Governments should make security updates a legal right of every device owner.",
                "Regulators should publish one common baseline of security requirements for all.",
                "Manufacturers should print the end date of security support on every box.",
                "All stakeholders should share threat data about vulnerable devices across borders quickly.");
        assertThat(all).extracting(CallToAction::addressee).contains("governments", "all stakeholders");
        // procedure, a chair's hand-over and a rejected call are not calls
        assertThat(all).extracting(CallToAction::text).noneMatch(t -> t.contains("customary")
                || t.contains("hallway") || t.contains("exempted"));
    }

    @Test
    void aCallMadeAsAListKeepsItsItems() {
        SessionReport r = report(panel()
                .turn(CIVIL, "We call on regulators to fix three things before the law is adopted:",
                        "Protect open source projects that are not commercial in the articles themselves.",
                        "Make the reporting of exploited vulnerabilities safe for every researcher involved."));
        CallToAction call = r.callsToAction().get(0);
        assertThat(call.text()).startsWith("Regulators should fix three things before the law is adopted: Protect "
                + "open source projects").contains("; Make the reporting");
        // the first item is in the announcing sentence, the second in the next
        assertThat(call.evidence()).hasSize(2);
    }

    @Test
    void aCallOnTwoAddresseesNamesBothAndReadsWell() {
        SessionReport r = report(panel()
                .turn(CIVIL, "We call on governments to fund security audits of public services, and for parliaments"
                        + " to reform the procurement law this year."));
        CallToAction call = r.callsToAction().get(0);
        assertThat(call.text()).isEqualTo("Governments should fund security audits of public services, and "
                + "parliaments should reform the procurement law this year.");
        assertThat(call.addressee()).isEqualTo("governments and parliaments");
        // one addressee with two acts stays one call on one addressee
        SessionReport one = report(panel()
                .turn(CIVIL, "We call on governments to fund security audits and to publish their results yearly."));
        assertThat(one.callsToAction()).singleElement().satisfies(c -> {
            assertThat(c.addressee()).isEqualTo("governments");
            assertThat(c.text()).isEqualTo("Governments should fund security audits and publish their results "
                    + "yearly.");
        });
    }

    @Test
    void weakCallsAreNoCalls() {
        SessionReport r = report(panel()
                .turn(CIVIL, "We should think about it a bit more before the next meeting of this group.",
                        "It would be nice if the vendors were here with us in the room today.",
                        "We should reflect on these questions together in the coming months.")
                .turn(INDUSTRY, "We should publish a common baseline of security requirements for every device."));
        List<CallToAction> all = Fixture.calls(r);
        assertThat(all).extracting(CallToAction::text).containsExactly(
                "All stakeholders should publish a common baseline of security requirements for every device.");
    }

    @Test
    void sparringAndAnActOfOneWordAreNoCalls() {
        SessionReport r = report(panel()
                .turn(GOVERNMENT, "Members of the opposition should understand that as well.",
                        "The other delegations should remember that from the last meeting in Geneva.",
                        "Manufacturers should act now, every single one of them.",
                        "I would urge the members of the opposition to understand that as well.",
                        "We should avoid repeating that with product security.")
                .turn(CIVIL, "Regulators should recognise that the market for cheap cameras has failed.",
                        "Governments should make these labels mandatory for every connected camera sold."));
        List<CallToAction> all = Fixture.calls(r);
        // the negative cases: understanding a clause is an act worth asking for; "these labels" is no pronoun
        assertThat(all).extracting(CallToAction::text).containsExactlyInAnyOrder(
                "Regulators should recognise that the market for cheap cameras has failed.",
                "Governments should make these labels mandatory for every connected camera sold.");
    }

    @Test
    void aViewDisputedOrReportedIsNoCall() {
        SessionReport r = report(panel()
                .turn(INDUSTRY, "Where I would push back is on the idea that the platforms should decide everything "
                        + "alone, country by country.",
                        "Some people say that regulators should ban every connected toy sold to children.",
                        "Such laws are written for the large firms.",
                        "They say that a service must not send data out of the country.")
                .turn(CIVIL, "Platforms should publish independent audits of their age checks every year."));
        List<CallToAction> all = Fixture.calls(r);
        // the negative case: a call stated outright stays one
        assertThat(all).extracting(CallToAction::text).containsExactly(
                "Platforms should publish independent audits of their age checks every year.");
    }

    @Test
    void whatWeAskIsThatXDoesIsACallOnX() {
        SessionReport r = report(panel()
                .turn(CIVIL, "What we are asking is that companies get the consent of the community before they "
                        + "train on our language, and that the community decides how the benefits are shared."));
        List<CallToAction> all = Fixture.calls(r);
        assertThat(all).singleElement().satisfies(c -> {
            assertThat(c.addressee()).isEqualTo("companies");
            // third person: the speaker's "our language" is the language the call is about
            assertThat(c.text()).isEqualTo("Companies should get the consent of the community before they train on "
                    + "the language, and the community should decide how the benefits are shared.");
        });
        // the negative case: no one named to act, so everyone is asked to see to it
        SessionReport general = report(panel()
                .turn(CIVIL, "What we are asking is that when a company stops updating a device after two years "
                        + "and the device is used in an attack, someone is responsible."));
        assertThat(general.callsToAction()).extracting(CallToAction::text).containsExactly("All stakeholders should "
                + "ensure that when a company stops updating a device after two years and the device is used in an "
                + "attack, someone is responsible.");
    }

    @Test
    void aRuleInForceAndAdviceToOneAskerAreNoCalls() {
        SessionReport r = report(panel()
                .turn(GOVERNMENT, "So since 2022 every new public service must be offered in both languages, and we "
                        + "have translated the forty most used procedures.",
                        "Our procurement rules now say that any new system must accept addresses in any script.",
                        "So the law says these operators must report incidents within 24 hours.")
                .turn(GOVERNMENT, "The current draft says that children under sixteen should not have accounts on "
                        + "social media platforms, and that the platforms must verify age.")
                .turn(INDUSTRY, "Yes, a federated design means each ministry must secure its own records, but they "
                        + "already hold those records today.")
                .turn(INDUSTRY, "I would encourage your community to contact the registry's team on "
                        + "internationalised domain names, and I am happy to connect you.")
                .turn(CIVIL, "Registries should test the websites in their country and publish a ranking every year."));
        List<CallToAction> all = Fixture.calls(r);
        // the negative case: a call on a group of the session stays one
        assertThat(all).extracting(CallToAction::text).containsExactly(
                "Registries should test the websites in their country and publish a ranking every year.");
        // the negative case: a law said to say something only under a condition is no rule in force
        SessionReport conditional = report(panel()
                .turn(CIVIL, "If the law says operators may not share the data, then regulators should change the "
                        + "law."));
        assertThat(conditional.callsToAction()).extracting(CallToAction::addressee).containsExactly("regulators");
    }

    /**
     * An addressee is an actor: "the service must include a human" is asked of everyone, not of "service"; a
     * service a word before it names ("the civil service") is one.
     */
    @Test
    void aServiceAloneIsNoAddresseeAndTheCivilServiceIsOne() {
        SessionReport r = report(panel()
                .turn(CIVIL, "Shared services without people do nothing for a utility with one IT person. So the "
                        + "service must include a human.")
                .turn(GOVERNMENT, "The civil service must publish its procurement data every quarter."));
        assertThat(Fixture.calls(r)).extracting(CallToAction::addressee).doesNotContain("service")
                .contains("civil service");
    }

    @Test
    void aCallEndsBeforeAClauseOnTheSpeakersOwnSide() {
        SessionReport r = report(panel()
                .turn(GOVERNMENT, "We encourage producers to take advantage of the business risk management "
                        + "programmes, and we are ready to do more.")
                .turn(CIVIL, "Regulators should publish the test results of every connected camera, and the "
                        + "manufacturers should print them on the box."));
        List<CallToAction> all = Fixture.calls(r);
        // the negative case: a second clause on someone else's side is part of the call
        assertThat(all).extracting(CallToAction::text).contains(
                "Producers should take advantage of the business risk management programmes.",
                "Regulators should publish the test results of every connected camera, and the manufacturers should "
                        + "print them on the box.");
        assertThat(all).flatExtracting(CallToAction::evidence).extracting(org.rapporteur.model.Evidence::quote)
                .anyMatch(q -> q.endsWith("and we are ready to do more."));
    }

    @Test
    void aPollIsToldInTheParagraphItBearsOnAndAnUnrelatedOneIsNot() {
        SessionReport r = report(withDiscussion(panel())
                .poll(new org.rapporteur.model.Poll("Poll 1", "Which measure would do most for device security?",
                        "multiple-choice", 40, List.of(
                        new org.rapporteur.model.PollOption("A guaranteed support period printed on the box", 13,
                                32.5),
                        new org.rapporteur.model.PollOption("A ban on default passwords", 9, 22.5),
                        new org.rapporteur.model.PollOption("Security labels", 18, 45.0)), "polls.csv"))
                .poll(new org.rapporteur.model.Poll("Poll 2", "Where did you travel from?", "multiple-choice", 30,
                        List.of(new org.rapporteur.model.PollOption("Africa", 12, null),
                                new org.rapporteur.model.PollOption("Europe", 18, null)), "polls.csv"))
                .poll(new org.rapporteur.model.Poll("Poll 3", "How secure are the connected devices you buy?",
                        "rating", 20, List.of(new org.rapporteur.model.PollOption("2", 12, null),
                        new org.rapporteur.model.PollOption("4", 8, null)), "polls.csv")));
        String narrative = Fixture.text(r.narrative());
        assertThat(narrative).contains("In the poll \"Which measure would do most for device security?\", the "
                + "room's top choice, Security labels (45%), matched ");
        assertThat(narrative).doesNotContain("travel").doesNotContain("Europe (60%)");
        // a rating's top value says nothing on its own
        assertThat(narrative).doesNotContain("connected devices you buy");
    }

    @Test
    void aPollWhoseExportGivesNoTypeIsToldByItsTopChoice() {
        // Microsoft and Google Forms exports say nothing of the question's type
        SessionReport r = report(withDiscussion(panel())
                .poll(new org.rapporteur.model.Poll("Poll 1", "Which measure would do most for device security?",
                        null, 40, List.of(
                        new org.rapporteur.model.PollOption("A ban on default passwords", 9, null),
                        new org.rapporteur.model.PollOption("Security labels", 31, null)), "poll.csv")));
        assertThat(Fixture.text(r.narrative())).contains("the room's top choice, Security labels (78%)");
    }

    @Test
    void takeawaysSpanTheSessionAndMoreThanOneVoice() {
        SessionReport r = report(panel()
                .turn(CIVIL, "Connected devices are sold without any promise of security updates to the buyer.",
                        "Buyers of connected devices cannot tell how long the manufacturer will patch the firmware.",
                        "Security updates for connected devices should be guaranteed for the whole life of a device.")
                .turn(CIVIL, "Manufacturers of connected devices decide alone how long security updates last.",
                        "A connected device without security updates becomes a risk for every network it joins.")
                .turn(INDUSTRY, "Small manufacturers pay a high price for every year of security updates they offer.",
                        "Harmonised security requirements across markets would lower the cost of compliance.")
                .turn(CHAIR, "Thank you, let us hear from the government side now.")
                .turn(GOVERNMENT, "Our regulator tested two hundred connected cameras and found default passwords.",
                        "A national security label for connected devices will start next spring in our country."));
        List<String> speakers = r.keyTakeaways().stream().map(Claim::speaker).toList();
        assertThat(speakers).hasSize(3).doesNotHaveDuplicates();
        assertThat(r.keyTakeaways()).anySatisfy(c -> assertThat(c.speaker()).isEqualTo(GOVERNMENT));
        // one voice alone gives all three
        SessionReport alone = report(panel()
                .turn(CIVIL, "Connected devices are sold without any promise of security updates to the buyer.",
                        "Buyers of connected devices cannot tell how long the manufacturer will patch the firmware.",
                        "Security updates for connected devices should be guaranteed for the whole life of a device.",
                        "A connected device without security updates becomes a risk for every network it joins."));
        assertThat(alone.keyTakeaways()).hasSize(3).allSatisfy(c -> assertThat(c.speaker()).isEqualTo(CIVIL));
    }

    @Test
    void theTakeawaysCarryWhatConvergedAndTheMainNewProposal() {
        SessionReport r = report(converging().turn(CIVIL, "We propose that every box states the date on which "
                + "security support for the device ends."));
        // the proposal is carried as one, in the speaker's name
        assertThat(r.keyTakeaways()).filteredOn(c -> TakeawaySelector.PROPOSAL.equals(c.basis())).singleElement()
                .satisfies(c -> assertThat(c.text()).startsWith(CIVIL + " (Civil Society) proposed that every box "
                        + "states the date"));
        // what three groups said alike is carried as taken up by others
        assertThat(r.keyTakeaways()).anySatisfy(c -> assertThat(c.basis())
                .isEqualTo(TakeawaySelector.TAKEN_UP_BY_OTHERS));
        // without a proposal or a figure found, no takeaway is said to be one
        SessionReport none = report(converging().turn(CIVIL, "Buyers of connected cameras rarely read the small "
                + "print on the box in a shop."));
        assertThat(none.keyTakeaways()).extracting(Claim::basis)
                .doesNotContain(TakeawaySelector.PROPOSAL, TakeawaySelector.NEW_FACT);
    }

    /** Three groups saying alike that security updates must be guaranteed. */
    private static Fixture converging() {
        return panel()
                .turn(CIVIL, "Connected cameras are sold without any promise of security updates to the buyer.",
                        "Security updates for connected cameras should be guaranteed for their whole life.")
                .turn(INDUSTRY, "Guaranteed security updates for connected cameras would help honest manufacturers "
                        + "too.",
                        "Small manufacturers pay a high price for every year of support they offer.")
                .turn(GOVERNMENT, "Security updates for connected cameras must be guaranteed by law in our view.",
                        "A national label for connected devices will start next spring in our country.");
    }

    @Test
    void theNarrativeReportsStatementsInTheThirdPersonAndQuotesTheSpeakersOwnI() {
        SessionReport r = report(withDiscussion(panel())
                .turn(INDUSTRY, "I think that I can accept a label if the support period on it is enforced."));
        List<Paragraph> themes = r.narrative().subList(1, r.narrative().size());
        assertThat(Fixture.text(themes)).containsPattern("(argued|stressed|pointed out|noted|added|observed|said|"
                + "remarked|concluded) that [a-z]");
        for (Paragraph p : themes) {
            // whatever a paragraph tells, quoted or reported, is cited
            for (org.rapporteur.model.Evidence e : p.evidence()) {
                String reported = Wording.uncapitalised(Wording.clause(e.quote())).replaceAll("[.!?]$", "");
                assertThat(p.text().contains("\u201c" + e.quote() + "\u201d") || p.text().contains(reported)
                        || p.text().contains(Wording.capitalised(reported))).as(e.quote()).isTrue();
            }
        }
        // a statement on the speaker's own "I" keeps its words, quoted
        assertThat(Fixture.text(r.narrative())).doesNotContainPattern("[a-z]+ed that I (can|think)")
                .doesNotContain("that I think");
    }

    @Test
    void themeParagraphsOfAShortSessionAreJoinedShortestFirstKeepingOrderAndEvidence() {
        org.rapporteur.model.Evidence a = new org.rapporteur.model.Evidence(
                org.rapporteur.model.EvidenceSource.TRANSCRIPT, "transcript.txt", CIVIL, 5, null, "A.");
        org.rapporteur.model.Evidence b = new org.rapporteur.model.Evidence(
                org.rapporteur.model.EvidenceSource.TRANSCRIPT, "transcript.txt", INDUSTRY, 9, null, "B.");
        List<Paragraph> themes = new java.util.ArrayList<>(List.of(
                new Paragraph("Labels were discussed at length by all three speakers today.", "labels", List.of(a)),
                new Paragraph("Updates came up.", "updates", List.of(b)),
                new Paragraph("Passwords were discussed by the panel and by the audience.", null, List.of()),
                new Paragraph("The regulators' role was the last theme of the round table.", "regulation",
                        List.of())));
        NarrativeWriter.merge(themes, 3);
        assertThat(themes).extracting(Paragraph::text).containsExactly(
                "Labels were discussed at length by all three speakers today. Updates came up.",
                "Passwords were discussed by the panel and by the audience.",
                "The regulators' role was the last theme of the round table.");
        // one topic, the one the joined paragraph opens on, not a list of both
        assertThat(themes.get(0).topic()).isEqualTo("labels").doesNotContain(";");
        assertThat(themes.get(0).evidence()).containsExactly(a, b);
        // nothing to join where the paragraphs are few enough
        NarrativeWriter.merge(themes, 3);
        assertThat(themes).hasSize(3);
    }

    @Test
    void aThemeParagraphOfOneVoiceJoinsItsShorterNeighbourAndThemesOfSeveralVoicesStay() {
        List<Paragraph> themes = new java.util.ArrayList<>(List.of(
                new Paragraph("Tendai Moyo argued that backhaul costs most.", null, List.of()),
                new Paragraph("The discussion opened on licences. Three voices argued over the fees.", "licences",
                        List.of()),
                new Paragraph("The discussion then turned to skills. Two voices spoke on training.", "skills",
                        List.of())));
        NarrativeWriter.joinThin(themes, List.of(1, 3, 2));
        assertThat(themes).extracting(Paragraph::text).containsExactly(
                "Tendai Moyo argued that backhaul costs most. The discussion opened on licences. Three voices argued "
                        + "over the fees.",
                "The discussion then turned to skills. Two voices spoke on training.");
        assertThat(themes.get(0).topic()).isEqualTo("licences");
        // the negative case: every theme told by two voices or more stays on its own
        List<Paragraph> kept = new java.util.ArrayList<>(themes);
        NarrativeWriter.joinThin(kept, List.of(4, 2));
        assertThat(kept).isEqualTo(themes);
    }

    @Test
    void aReplyIsToldOnlyWithinTwoTurnsOrWhenItNamesItsSpeaker() {
        Discussion d = withDiscussion(panel())
                .turn(CHAIR, "We have time for one more round on the labels.")
                .turn(INDUSTRY, "Ana Ruiz is wrong about labels, since buyers never read the small print on boxes.")
                .discussion();
        int first = FindingsTest.sentence(d, "Connected devices are sold").index();
        int next = FindingsTest.sentence(d, "Small manufacturers pay").index();
        int government = FindingsTest.sentence(d, "Our regulator tested").index();
        int naming = FindingsTest.sentence(d, "Ana Ruiz is wrong").index();
        assertThat(NarrativeWriter.replies(d, first, next)).isTrue();
        // three turns later, naming someone else
        assertThat(NarrativeWriter.replies(d, government, naming)).isFalse();
        assertThat(NarrativeWriter.replies(d, first, naming)).isTrue();
        assertThat(Fixture.text(NarrativeWriter.write(d, new SentenceScorer(d, Set.of()),
                new RelationFinder.Relations(List.of(), List.of()), List.of(), List.of(), Set.of())))
                .doesNotContain("centred on");
    }

    @Test
    void aContradictionWithoutACueWordIsADisagreementAndItsConcessionResolvesIt() {
        Discussion d = panel()
                .turn(CIVIL, "Printing the end of support on the box protects every buyer of connected devices.")
                .turn(INDUSTRY, "But that ignores the cost for small manufacturers who sell only a few devices.")
                .turn(CIVIL, "Fair enough, I can live with a lighter duty for the smallest manufacturers.")
                .turn(CHAIR, "Ana made a strong point about the labels on the box earlier on.",
                        "Tomas, what would a lighter duty look like for your members in practice?")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isEqualTo(INDUSTRY);
            assertThat(x.with()).isEqualTo(CIVIL);
            assertThat(x.resolution()).isNotNull();
            assertThat(x.resolution().evidence().get(0).quote()).startsWith("Fair enough");
        });
        // the chair's praise prompts the next speaker: no agreement
        assertThat(r.agreements()).extracting(Relation::speaker).doesNotContain(CHAIR);
    }

    @Test
    void aConcessionWithItsObjectFirstResolvesTheDisagreement() {
        Discussion d = panel()
                .turn(INDUSTRY, "I disagree with Ana that every automated decision needs a human review.")
                .turn(CIVIL, "Nobody asks for a human on every decision, only for a real appeal when one harms "
                        + "someone.")
                .turn(INDUSTRY, "Okay, that I can accept.", "A real right to appeal is already in our bill.")
                .discussion();
        assertThat(RelationFinder.find(d).disagreements()).first().satisfies(x -> {
            assertThat(x.speaker()).isEqualTo(INDUSTRY);
            assertThat(x.resolution()).isNotNull();
            assertThat(x.resolution().evidence().get(0).quote()).contains("that I can accept");
        });
    }

    @Test
    void aContradictionCueInsideATurnAnswersNobody() {
        Discussion d = panel()
                .turn(CIVIL, "Printing the end of support on the box protects every buyer of connected devices.")
                .turn(INDUSTRY, "Our members sell cameras, routers and door locks in forty markets worldwide.",
                        "Our engineers patch every router for five years after the last sale.",
                        "Some say buyers ignore labels, but that ignores what our own surveys show.")
                .discussion();
        assertThat(RelationFinder.find(d).disagreements()).isEmpty();
    }

    @Test
    void nextStepsAreAnnouncedFollowUpsAndTheIgfProcessesNamed() {
        SessionReport r = report(withDiscussion(panel()
                .turn(CIVIL, "Once buyers accept the label, the next step is easy for every regulator.",
                        "The Dynamic Coalition on the Internet of Things works on exactly these labels."))
                .turn(INDUSTRY, "Beyond that, the IS3C coalition has written guidance on security by design.",
                        "A coalition of retailers also asked for clearer labels last year.")
                .turn(CHAIR, "The report of this session will be published on the IGF website next month.",
                        "I will send the unanswered questions to the speakers after the session.",
                        "Thank you to our captioners and to the IGF Secretariat for the support today."));
        // the steps read as steps, the processes as one line naming each with its name
        assertThat(r.nextSteps()).extracting(Claim::text).containsExactly(
                "The report of this session will be published on the IGF website next month.",
                CHAIR + " will send the unanswered questions to the speakers after the session.",
                "Related IGF processes: the Dynamic Coalition on the Internet of Things, the IS3C coalition.");
        assertThat(r.nextSteps()).extracting(Claim::basis).containsExactly(NextStepFinder.FOLLOW_UP,
                NextStepFinder.FOLLOW_UP, NextStepFinder.IGF_PROCESS);
        assertThat(r.nextSteps().get(2).evidence()).extracting(e -> e.quote().substring(0, 12))
                .containsExactly("The Dynamic ", "Beyond that,");
        assertThat(r.nextSteps()).extracting(Claim::text).noneMatch(t -> t.contains("next step is easy")
                || t.contains("captioners") || t.contains("retailers"));
    }

    @Test
    void aFollowUpSaidAsWeIsQuotedAndProcessesKeepTheirNames() {
        Discussion d = withDiscussion(panel())
                .turn(CHAIR, "We will circulate our summary to all of you before the next IGF in June.")
                .discussion();
        assertThat(NextStepFinder.followUp(d, d.sentence(d.size() - 1))).isEqualTo(
                "\u201cWe will circulate our summary to all of you before the next IGF in June.\u201d");
        assertThat(NextStepFinder.processesNamed("Join the Best Practice Forum on Cybersecurity, and the national "
                + "and regional IGFs, before WSIS+20.")).containsExactly("the Best Practice Forum on Cybersecurity",
                "the national and regional IGFs", "WSIS+20");
        assertThat(NextStepFinder.processesNamed("The coalition of the willing met in a forum of its own."))
                .isEmpty();
        // a subject that is a list runs on past its comma; an acronym after the comma, or "and" going on to
        // something else, ends the name
        assertThat(NextStepFinder.processesNamed("It goes to the Dynamic Coalition on Accessibility and Disability,"
                + " DCAD, and to the Dynamic Coalition on Internet Standards, Security and Safety.")).containsExactly(
                "the Dynamic Coalition on Accessibility and Disability",
                "the Dynamic Coalition on Internet Standards, Security and Safety");
        assertThat(NextStepFinder.processesNamed("We told the Policy Network on Meaningful Access, and the Youth "
                + "IGF.")).containsExactly("the Policy Network on Meaningful Access", "the Youth IGF");
        // the speaker's "I" after a process is no part of its name
        assertThat(NextStepFinder.processesNamed("My colleagues of the IGF Secretariat and I have the honour of "
                + "moderating.")).containsExactly("the IGF Secretariat");
    }

    @Test
    void aTakeawayInTheSpeakersOwnVoiceIsQuotedNeverReportedAsOurs() {
        SessionReport r = report(withDiscussion(panel())
                .turn(CHAIR, "Let me ask each of you for one key message to close.")
                .turn(INDUSTRY, "My key message is that we are at a turning point.",
                        "For ten years, device security was a matter of good will.",
                        "With the new rules, device security becomes a matter of law for every manufacturer.")
                .turn(GOVERNMENT, "My key message is that national labels must state the support period in "
                        + "plain words on every box."));
        // the message is told with the sentence stating its point, not with the backdrop in the past before it
        assertThat(r.keyTakeaways()).extracting(Claim::text).contains(
                INDUSTRY + " (Private Sector) concluded: \u201cWe are at a turning point. \u2026 With the new rules, "
                        + "device security becomes a matter of law for every manufacturer.\u201d",
                // without a "we" the message reads in the third person
                GOVERNMENT + " (Government) concluded that national labels must state the support period in plain "
                        + "words on every box.");
        assertThat(r.keyTakeaways()).extracting(Claim::text).noneMatch(t -> t.matches(".*\\bthat (we|our|us)\\b.*"));
        assertThat(r.keyTakeaways()).allSatisfy(c -> assertThat(Wording.words(c.text())).isLessThanOrEqualTo(40));
    }

    @Test
    void aStatementWithoutFirstPersonIsPreferredAndOneWithItIsQuoted() {
        Discussion d = panel().turn(CIVIL, "We should stop competing on slogans about connecting the rural poor.")
                .discussion();
        assertThat(TakeawaySelector.statement(d, 0, TakeawaySelector.CENTRAL).text()).isEqualTo(
                CIVIL + " (Civil Society) argued: \u201cWe should stop competing on slogans about connecting the "
                        + "rural poor.\u201d");
        Discussion us = panel().turn(CIVIL, "The US market sets the default for cheap cameras sold in Africa.")
                .discussion();
        assertThat(TakeawaySelector.statement(us, 0, TakeawaySelector.CENTRAL).text()).isEqualTo(
                CIVIL + " (Civil Society) argued that the US market sets the default for cheap cameras sold in Africa.");
    }

    /**
     * A takeaway stays within 35 words with its attribution: a clause its comma sets apart is left out of the
     * wording (the evidence keeps it); a clause without a comma, which says what the sentence is about, is not.
     */
    @Test
    void aLongStatementLosesTheClauseItsCommaSetsApartButNotOneThatDefinesWhatItIsAbout() {
        Discussion d = panel().turn(CIVIL, "The problem is that the response team is funded by a donor project for "
                + "three years, and when the project ends the trained staff go to the commercial banks, who pay them "
                + "double.").discussion();
        assertThat(TakeawaySelector.statement(d, 0, TakeawaySelector.CENTRAL).text()).isEqualTo(CIVIL
                + " (Civil Society) argued that the problem is that the response team is funded by a donor project "
                + "for three years, and when the project ends the trained staff go to the commercial banks.");
        assertThat(d.sentence(0).evidence().quote()).endsWith("who pay them double.");

        Discussion defining = panel().turn(CIVIL, "No national identity system anywhere in the region should ever be "
                + "designed or procured without an assisted route that is staffed and funded for the people who "
                + "cannot authenticate.").discussion();
        assertThat(TakeawaySelector.statement(defining, 0, TakeawaySelector.CENTRAL).text())
                .endsWith("for the people who cannot authenticate.");
    }

    /**
     * The form's 35 words hold for the text shown, its speaker named: an example list its commas set apart goes;
     * a statement no such dropping brings within the limit is no takeaway, however it reads on its own.
     */
    @Test
    void aTakeawayKeepsToThirtyFiveWordsWithItsSpeakerNamed() {
        Discussion d = panel().turn(CIVIL, "Cheap devices come with default passwords, for example cameras, baby "
                + "monitors and smart plugs, and most of them never receive a single security update after the sale "
                + "in poorer markets.", "Cheap devices come with default passwords in our markets, for example "
                + "cameras, baby monitors and smart plugs, and most never receive a single security update after "
                + "the sale or any help from the seller.").discussion();
        assertThat(TakeawaySelector.statement(d, 0, TakeawaySelector.CENTRAL).text()).isEqualTo(CIVIL
                + " (Civil Society) argued that cheap devices come with default passwords, and most of them never "
                + "receive a single security update after the sale in poorer markets.");
        // quoted, the omission is marked
        assertThat(TakeawaySelector.statement(d, 1, TakeawaySelector.CENTRAL).text()).isEqualTo(CIVIL
                + " (Civil Society) argued: \u201cCheap devices come with default passwords in our markets \u2026, and "
                + "most never receive a single security update after the sale or any help from the seller.\u201d");
        Discussion defining = panel().turn(CIVIL, "No national identity system anywhere in the region should ever be "
                + "designed or procured without an assisted route that is staffed and funded for every single one "
                + "of the people who cannot authenticate.").discussion();
        SentenceScorer scorer = new SentenceScorer(defining, Set.of());
        assertThat(TakeawaySelector.standsAlone(defining, scorer, 0)).isFalse();
        // the negative case: the same statement said shorter stands
        Discussion shorter = panel().turn(CIVIL, "No national identity system should be procured without an "
                + "assisted route that is staffed and funded for the people who cannot authenticate.").discussion();
        assertThat(TakeawaySelector.standsAlone(shorter, new SentenceScorer(shorter, Set.of()), 0)).isTrue();
    }

    @Test
    void aShortConcessionIsToldWithItsSpeakerAndTheSentencesCompletingIt() {
        Discussion d = panel()
                .turn(CIVIL, "Printing the end of support on the box protects every buyer of connected devices.")
                .turn(INDUSTRY, "I disagree with Ana on the cost, which small manufacturers cannot carry alone.")
                .turn(CIVIL, "The cost can be shared through a common update service run by the sector.")
                .turn(INDUSTRY, "Fair enough.", "I can live with that.", "Labels are the next thing to discuss.")
                .discussion();
        assertThat(RelationFinder.find(d).disagreements()).singleElement().satisfies(x -> {
            assertThat(x.resolution().text()).isEqualTo(INDUSTRY + " said \u201cFair enough. I can live with "
                    + "that.\u201d");
            assertThat(x.resolution().evidence()).extracting(e -> e.quote())
                    .containsExactly("Fair enough.", "I can live with that.");
        });
    }

    @Test
    void aModeratorsPromptIsNoAgreementAndAReplyAnswersWhomItNamesNotTheModerator() {
        Discussion d = panel()
                .turn(CIVIL, "Labels on the box tell buyers how long a device will get security updates.")
                .turn(INDUSTRY, "Harmonised requirements would lower the cost of compliance for every vendor.")
                .turn(CHAIR, "As Ana said, labels matter for buyers.", "Mei, how does your regulator see labels?")
                .turn(GOVERNMENT, "I see it differently: labels without enforcement change nothing for buyers.")
                .turn(INDUSTRY, "I want to come back to what Ana said about the box.",
                        "I take a different view, since most devices are sold online without any box.",
                        "As Mei said, enforcement is what buyers need from regulators.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.agreements()).extracting(Relation::speaker).doesNotContain(CHAIR);
        // a panellist's "as X said" is an agreement
        assertThat(r.agreements()).extracting(Relation::speaker, Relation::with)
                .contains(org.assertj.core.groups.Tuple.tuple(INDUSTRY, GOVERNMENT));
        // the moderator gave the floor; the reply answers the claim it takes up (Ana's labels for buyers, not the
        // last panellist's harmonised requirements), and the named one where named
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                org.assertj.core.groups.Tuple.tuple(GOVERNMENT, CIVIL),
                org.assertj.core.groups.Tuple.tuple(INDUSTRY, CIVIL));
    }

    @Test
    void aContradictionInsideATurnThatNamesItsPersonIsADisagreement() {
        Discussion d = panel()
                .turn(CIVIL, "Printing the end of support on the box protects every buyer of connected devices.")
                .turn(INDUSTRY, "Our members sell cameras, routers and door locks in forty markets worldwide.",
                        "Our engineers patch every router for five years after the last sale.",
                        "Ana, the problem with that is the cost for manufacturers who sell only a few devices.")
                .discussion();
        assertThat(RelationFinder.find(d).disagreements()).extracting(Relation::with).containsExactly(CIVIL);
    }

    @Test
    void aCriterionReadOutAndAQuestionWithoutItsMarkAreNoCalls() {
        SessionReport r = report(withDiscussion(panel())
                .turn(GOVERNMENT, "The accreditation criteria are clear, and I'm going to quote them: 'Teachers "
                        + "should be able to help children make links across their learning.'",
                        "Should we ban default passwords in every connected device sold in our markets.")
                .turn(INDUSTRY, "Regulators should publish one common baseline of security requirements for all."));
        List<CallToAction> all = Fixture.calls(r);
        assertThat(all).extracting(CallToAction::text).noneMatch(t -> t.contains("Teachers")
                || t.contains("default passwords"));
        // the same words said as the speaker's own are a call
        assertThat(all).extracting(CallToAction::text)
                .contains("Regulators should publish one common baseline of security requirements for all.");
    }

    @Test
    void aSecondCallOfOneSpeakerGivesWayToAnotherSpeakersExplicitCall() {
        SessionReport r = report(withDiscussion(panel())
                .turn(GOVERNMENT, "Having listened to the manufacturers, the retailers and the consumer groups "
                        + "over these two years of consultations in our ministry, we call on donors to fund security "
                        + "training for small manufacturers in every region, and not only in the capitals where most "
                        + "of the money already goes today.")
                .turn(CHAIR, "Let me ask each of you for one key message to close.")
                .turn(INDUSTRY, "We call on regulators to agree one common baseline of security requirements.",
                        "And we urge retailers to stop selling cameras that ship with default passwords."));
        assertThat(r.callsToAction()).extracting(CallToAction::speaker).containsExactlyInAnyOrder(INDUSTRY,
                GOVERNMENT);
        assertThat(r.furtherCallsToAction()).extracting(CallToAction::speaker).contains(INDUSTRY);
    }

    @Test
    void theTakeawaysGoToDifferentVoicesWhereOthersQualify() {
        SessionReport r = report(panel()
                .turn(GOVERNMENT, "Our regulator tested two hundred cameras and found default passwords on most of them.",
                        "Security updates for connected cameras must be guaranteed by law for five years.",
                        "We propose a single European register of the support period of every connected device.",
                        "Default passwords must be banned at the source by the manufacturer of the device.")
                .turn(CIVIL, "Security updates for connected cameras should be guaranteed for the whole life of "
                        + "the device.")
                .turn(INDUSTRY, "Our survey found that 6 in 10 small manufacturers cannot pay for security "
                        + "updates beyond two years.",
                        "Harmonised security requirements across markets would lower the cost of compliance."));
        assertThat(r.keyTakeaways()).extracting(Claim::speaker).doesNotHaveDuplicates();
    }

    @Test
    void anAccountOfWhatTheSpeakerDidIsNoConclusion() {
        Discussion d = panel()
                .turn(GOVERNMENT, "We have written to all universities about the entry requirements for the new "
                        + "qualification.",
                        "We have a problem with how universities value the new qualification today.",
                        "We found that six in ten universities ignore the new qualification entirely.")
                .discussion();
        assertThat(TakeawaySelector.reportsAnAction(d.sentence(0), Wording.clause(d.sentence(0).text()))).isTrue();
        assertThat(TakeawaySelector.reportsAnAction(d.sentence(1), Wording.clause(d.sentence(1).text()))).isFalse();
        assertThat(TakeawaySelector.reportsAnAction(d.sentence(2), Wording.clause(d.sentence(2).text()))).isFalse();
    }

    @Test
    void aPointAgreedWithAcrossStakeholderGroupsIsTheConvergenceTakeaway() {
        Fixture f = panel().person("Lena Park", Role.SPEAKER, "Civil Society")
                .turn(CIVIL, "Connected devices are sold without any promise of security updates to the buyer.",
                        "Labels must state the support period of a device in plain words on the box.")
                .turn(INDUSTRY, "Small manufacturers pay a high price for every year of security updates they offer.");
        SessionReport across = report(f.turn(GOVERNMENT, "I agree with Ana that labels must state the support "
                + "period in plain words."));
        assertThat(across.keyTakeaways()).filteredOn(c -> c.basis().equals(TakeawaySelector.AGREED_ACROSS_GROUPS))
                .singleElement().satisfies(c -> assertThat(c.text()).startsWith(CIVIL + " (Civil Society) argued "
                        + "that labels must state").endsWith("; " + GOVERNMENT + " (Government) agreed."));
        Fixture same = panel().person("Lena Park", Role.SPEAKER, "Civil Society")
                .turn(CIVIL, "Connected devices are sold without any promise of security updates to the buyer.",
                        "Labels must state the support period of a device in plain words on the box.")
                .turn(INDUSTRY, "Small manufacturers pay a high price for every year of security updates they offer.")
                .turn("Lena Park", "I agree with Ana that labels must state the support period in plain words.");
        assertThat(report(same).keyTakeaways()).extracting(Claim::basis)
                .doesNotContain(TakeawaySelector.AGREED_ACROSS_GROUPS);
    }

    @Test
    void anExplicitCallWhoseActFollowsAColonOrIsATalkIsACall() {
        SessionReport r = report(withDiscussion(panel())
                .turn(CIVIL, "We call on manufacturers to do something very simple, which needs no law: print the "
                        + "end date of security updates on every box.")
                .turn(INDUSTRY, "So my call to action: regulators should talk to each other before they legislate, "
                        + "not after.")
                .turn(GOVERNMENT, "We call on manufacturers to do something very simple.",
                        "Manufacturers should act now, every single one of them."));
        List<CallToAction> all = Fixture.calls(r);
        assertThat(all).extracting(CallToAction::text).containsExactlyInAnyOrder(
                "Manufacturers should print the end date of security updates on every box.",
                "Regulators should talk to each other before they legislate, not after.");
        assertThat(r.callsToAction()).extracting(CallToAction::basis).containsOnly("explicit");
    }

    @Test
    void aWitnessesWeNeedToAndAConditionAlreadyMetAreNoCallsInAHearing() {
        Fixture hearing = Fixture.session().format("Committee evidence session")
                .person(CHAIR, Role.MODERATOR, "Parliament")
                .person(GOVERNMENT, Role.SPEAKER, "Government")
                .person(CIVIL, Role.SPEAKER, "Parliament")
                .turn(CHAIR, "Minister, how will the new qualification be valued by universities in the future?")
                .turn(GOVERNMENT, "We need to make sure that students and teachers are aware of how the "
                        + "qualification is valued.",
                        "Businesses need to have suspended operations for a month to apply for the grant scheme.",
                        "Universities should publish how they value the qualification in their offers to students.")
                .turn(CIVIL, "Many students still tell us that universities ignore the qualification entirely.");
        SessionReport r = report(hearing);
        List<CallToAction> all = Fixture.calls(r);
        assertThat(all).extracting(CallToAction::text).containsExactly(
                "Universities should publish how they value the qualification in their offers to students.");
        // the same "we need to" said at a round table calls on everyone
        SessionReport panel = report(panel().turn(GOVERNMENT, "We need to make sure that students and teachers are "
                + "aware of how the qualification is valued."));
        assertThat(panel.callsToAction()).extracting(CallToAction::addressee).containsExactly("all stakeholders");
    }

    @Test
    void anOpeningPhraseOnABareDemonstrativePointsBack() {
        Discussion d = panel().turn(GOVERNMENT, "Alongside that, there is a whole range of loans available to "
                        + "small manufacturers of cameras.",
                        "Alongside the grants, there is a whole range of loans available to small manufacturers "
                        + "of cameras.")
                .discussion();
        SentenceScorer scorer = new SentenceScorer(d, Set.of());
        assertThat(TakeawaySelector.standsAlone(d, scorer, 0)).isFalse();
        assertThat(TakeawaySelector.standsAlone(d, scorer, 1)).isTrue();
    }

    @Test
    void consensusLeadingIntoAQuestionAgreesOnlyOnWhatComesBeforeIt() {
        SessionReport r = report(withDiscussion(panel())
                .turn(CHAIR, "I think we all agree that labels without enforcement change little for buyers, so I "
                        + "wonder if you can tell us how the regulator will check them in shops."));
        assertThat(r.keyTakeaways()).filteredOn(c -> c.basis().equals(StatedConclusions.STATED_CONSENSUS))
                .extracting(Claim::text).containsExactly("Participants agreed that labels without enforcement "
                        + "change little for buyers.");
        SessionReport bare = report(withDiscussion(panel())
                .turn(CHAIR, "I think we all agree, so I wonder if you can tell us how the regulator will check "
                        + "the labels in shops."));
        assertThat(bare.keyTakeaways()).extracting(Claim::basis).doesNotContain(StatedConclusions.STATED_CONSENSUS);
    }

    /** "The theme ended in agreement" says what was agreed, in the words of the one who agreed. */
    @Test
    void anAgreementEndingAThemeIsToldInItsOwnWords() {
        SessionReport r = new SessionAnalyzer().analyse(panel()
                .turn(CHAIR, "Our question is how regulators should handle outage reports from operators.")
                .turn(CIVIL, "Operators should report every outage to the regulator within a day.",
                        "Customers cannot plan around an outage nobody tells them about.")
                .turn(INDUSTRY, "Most of our outages are short, and a report within a day is heavy for small operators.",
                        "A weekly summary of outage reports would serve the regulator just as well.")
                .turn(GOVERNMENT, "Regulators need outage reports quickly to coordinate the repair of networks.",
                        "I agree with Ana that a report within a day is the right rule for outages.")
                .annotate());

        String narrative = Fixture.text(r.narrative());

        assertThat(r.agreements()).isNotEmpty();
        assertThat(narrative).doesNotContainPattern("agreed with Ana Ruiz\\.")
                .contains("Mei Tanaka agreed with Ana Ruiz: \u201cI agree with Ana that a report within a day");
    }

    /** "I agree with Ana." says nothing of what was agreed: it ends no theme. */
    @Test
    void aBareAgreementEndsNoTheme() {
        SessionReport r = new SessionAnalyzer().analyse(panel()
                .turn(CHAIR, "Our question is how regulators should handle outage reports from operators.")
                .turn(CIVIL, "Operators should report every outage to the regulator within a day.",
                        "Customers cannot plan around an outage nobody tells them about.")
                .turn(INDUSTRY, "Most of our outages are short, and a report within a day is heavy for small operators.",
                        "A weekly summary of outage reports would serve the regulator just as well.")
                .turn(GOVERNMENT, "Regulators need outage reports quickly to coordinate the repair of networks.",
                        "I fully agree with Ana.")
                .annotate());

        assertThat(r.agreements()).isNotEmpty();
        assertThat(Fixture.text(r.narrative())).doesNotContain("ended in agreement");
    }
}
