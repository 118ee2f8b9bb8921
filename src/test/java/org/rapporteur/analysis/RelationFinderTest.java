package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Relation;
import org.rapporteur.model.Role;

class RelationFinderTest {

    @Test
    void agreementsAndDisagreementsResolveToListedPeople() {
        RelationFinder.Relations r = RelationFinder.find(Workshop.discussion());
        assertThat(r.agreements()).extracting(Relation::speaker, Relation::with).contains(
                tuple(Workshop.GOVERNMENT, Workshop.CIVIL),
                tuple(Workshop.CIVIL, Workshop.INDUSTRY));
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple(Workshop.INDUSTRY, Workshop.GOVERNMENT));
        Relation agree = r.agreements().stream().filter(x -> x.speaker().equals(Workshop.GOVERNMENT)).findFirst()
                .orElseThrow();
        assertThat(agree.evidence().get(0).quote())
                .isEqualTo("I agree with Rayna that default passwords have to disappear from connected devices.");
    }

    @Test
    void surnamesFullNamesAndThePreviousSpeakerAreResolved() {
        Discussion d = Fixture.session()
                .person("Julie Morgan", Role.SPEAKER, "Government")
                .person("Hefin David", Role.SPEAKER, "Parliament")
                .person("Suzy Davies", Role.SPEAKER, "Parliament")
                .turn("Julie Morgan", "Childcare must be available in every local authority area by next year.")
                .turn("Hefin David", "As Ms Morgan said, the offer has to reach rural areas as well.",
                        "I take a different view on the timetable, which looks far too ambitious to me.")
                .turn("Suzy Davies", "I'm not sure I share Hefin David's worry about the timetable for the offer.",
                        "You are absolutely right about rural areas, though, and the funding has to follow.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.agreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Hefin David", "Julie Morgan"),
                tuple("Suzy Davies", "Hefin David"));
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                // the second sentence of a turn still answers the previous speaker
                tuple("Hefin David", "Julie Morgan"),
                tuple("Suzy Davies", "Hefin David"));
    }

    /**
     * Whom a reply thanks by name before "you are right" is whom it agrees with, not the speaker before; an objection
     * later in a turn that agreed with one speaker and then came back to another's point answers the latter.
     */
    @Test
    void theNameThankedOrNamedLastIsWhomTheTurnAnswers() {
        Discussion d = Fixture.session()
                .person("Lucia Ortega", Role.MODERATOR, "Civil Society")
                .person("Henrik Aalto", Role.SPEAKER, "Private Sector")
                .person("Sofia Mendes", Role.SPEAKER, "Private Sector")
                .person("Amara Diallo", Role.SPEAKER, "Civil Society")
                .person("Jose Perez", Role.SPEAKER, "Government")
                .person("Beatriz Salas", Role.PARTICIPANT, "Government")
                .turn("Beatriz Salas", "Who checks that the update date printed on the box is respected?")
                .turn("Henrik Aalto", "Our members want the fee to go into a transparent fund for collection.")
                .turn("Lucia Ortega", "Jose, the question on the box.")
                .turn("Jose Perez", "Yes, thank you Beatriz, and you are right, it is the weak point of the draft.")
                .turn("Sofia Mendes", "Repair cooperatives buying parts together cut their costs by half.")
                .turn("Amara Diallo", "Yes, I agree with Sofia on cooperatives.",
                        "But I want to come back to Henrik's point about the fund.",
                        "I agree that a transparent fund is necessary.", "But I disagree that this is enough.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.agreements()).extracting(Relation::speaker, Relation::with).contains(
                tuple("Jose Perez", "Beatriz Salas"), tuple("Amara Diallo", "Sofia Mendes"))
                .doesNotContain(tuple("Jose Perez", "Henrik Aalto"));
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Amara Diallo", "Henrik Aalto"));
    }

    /**
     * "I want to support very strongly what Ms Morgan said …" agrees with her; "I do not support what …" does not.
     */
    @Test
    void supportSaidStronglyIsAnAgreement() {
        Supplier<Fixture> processes = () -> Fixture.session()
                .person("Julie Morgan", Role.SPEAKER, "Government")
                .person("Hefin David", Role.SPEAKER, "Civil Society")
                .turn("Julie Morgan", "Our ministry has eleven people for every international digital process.")
                .turn("Hefin David", "Our network works on community connectivity in the north of the country.");
        Discussion d = processes.get().turn("Suzy Davies", "I want to support very strongly what Ms Morgan said about "
                + "the number of processes.").discussion();
        assertThat(RelationFinder.find(d).agreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Suzy Davies", "Julie Morgan"));

        Discussion not = processes.get().turn("Suzy Davies", "I do not support what Ms Morgan said about the number "
                + "of processes.").discussion();
        assertThat(RelationFinder.find(not).agreements()).isEmpty();
    }

    /**
     * "With respect, …" opening a reply, after the chair let the speaker come in, contradicts the claim answered;
     * "With respect to the budget, …" says what the point is about and disagrees with no one.
     */
    @Test
    void aReplyOpeningWithRespectDisagrees() {
        Supplier<Fixture> portal = () -> Fixture.session()
                .person("Mateo Rojas", Role.MODERATOR, "Civil Society")
                .person("Julie Morgan", Role.SPEAKER, "Government")
                .person("Hefin David", Role.SPEAKER, "Civil Society")
                .turn("Julie Morgan", "Every complaint goes through the single grievance portal and is closed within "
                        + "thirty days.")
                .turn("Mateo Rojas", "Very briefly, Hefin.");
        Discussion d = portal.get().turn("Hefin David", "With respect, the grievance portal is the problem I am describing, "
                        + "because you need a phone to log in.").discussion();
        assertThat(RelationFinder.find(d).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Hefin David", "Julie Morgan"));

        Discussion about = portal.get().turn("Hefin David", "With respect to the budget, the grievance portal costs less "
                        + "than the counters it replaced in the district offices.").discussion();
        assertThat(RelationFinder.find(about).disagreements()).isEmpty();
    }

    /**
     * After the chair reports someone's view and asks the next speaker to answer it ("Julie said … Hefin, how do you
     * answer her?"), the reply's contradiction is with whom the chair reported, not the last panellist; a prompt
     * reporting no one leaves it with the last panellist.
     */
    @Test
    void aReplyToAViewTheChairReportsDisagreesWithItsHolder() {
        Supplier<Fixture> panel = () -> Fixture.session()
                .person("Mateo Rojas", Role.MODERATOR, "Civil Society")
                .person("Julie Morgan", Role.SPEAKER, "Civil Society")
                .person("Hefin David", Role.SPEAKER, "Government")
                .person("Ben Ode", Role.SPEAKER, "Private Sector")
                .turn("Julie Morgan", "No essential service should be conditioned on a digital identity.")
                .turn("Ben Ode", "Our members verify identities for banks, and most of them now do it online.");
        Discussion d = panel.get()
                .turn("Mateo Rojas", "Julie said no essential service should be conditioned on a digital identity.",
                        "Hefin, how do you answer her?")
                .turn("Hefin David", "With respect, in our context that position is not realistic for social "
                        + "transfers.")
                .discussion();
        assertThat(RelationFinder.find(d).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Hefin David", "Julie Morgan"));

        Discussion plain = panel.get()
                .turn("Mateo Rojas", "Hefin, how do you answer that?")
                .turn("Hefin David", "With respect, in our context that is not realistic for the banks.")
                .discussion();
        assertThat(RelationFinder.find(plain).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Hefin David", "Ben Ode"));
    }

    @Test
    void sidingWithSomeoneAndAnnouncedDisagreementsAreFound() {
        Discussion d = Fixture.session()
                .person("Julie Morgan", Role.SPEAKER, "Government")
                .person("Hefin David", Role.SPEAKER, "Parliament")
                .turn("Julie Morgan", "Childcare must be available in every local authority area by next year.")
                .turn("Hefin David", "I'm actually with Julie on this one, the offer has to reach every area.",
                        "And here I'm going to disagree with Julie, a little bit, on the funding formula.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.agreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Hefin David", "Julie Morgan"));
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Hefin David", "Julie Morgan"));
    }

    /**
     * A disagreement that only announces itself ("I don't agree, Wolfgang.") is told with the claim that follows
     * in its turn, both sentences its evidence; one that says what it holds is told alone.
     */
    @Test
    void anAnnouncedDisagreementCarriesTheClaimAfterIt() {
        Discussion d = Fixture.session()
                .person("Wolfgang Eder", Role.SPEAKER, "Private Sector")
                .person("Tunde Bakare", Role.SPEAKER, "Government")
                .person("Ingrid Solberg", Role.SPEAKER, "Civil Society")
                .turn("Wolfgang Eder", "Vendors already log every remote session for their own protection.")
                .turn("Tunde Bakare", "I don't agree, Wolfgang.",
                        "A log kept by the vendor is useless to the operator who runs the plant.")
                .turn("Ingrid Solberg", "I disagree with Wolfgang that the logs are enough, because nobody reads "
                        + "them.", "The operators need alerts in real time.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        Relation announced = r.disagreements().stream().filter(x -> x.speaker().equals("Tunde Bakare"))
                .findFirst().orElseThrow();
        assertThat(announced.text()).isEqualTo("I don't agree, Wolfgang. A log kept by the vendor is useless to "
                + "the operator who runs the plant.");
        assertThat(announced.evidence()).extracting(e -> e.quote()).containsExactly("I don't agree, Wolfgang.",
                "A log kept by the vendor is useless to the operator who runs the plant.");
        Relation stated = r.disagreements().stream().filter(x -> x.speaker().equals("Ingrid Solberg"))
                .findFirst().orElseThrow();
        assertThat(stated.evidence()).hasSize(1);
    }

    @Test
    void ownReferencesAndFactsAreNotAgreements() {
        Discussion d = Fixture.session()
                .person("Julie Morgan", Role.SPEAKER, "Government")
                .turn("Julie Morgan", "The scheme opened in April across all of Wales for working parents.")
                .turn("Ana Ruiz", "We have reviewed the figures for the scheme with local authorities this spring.",
                        "As I said earlier, the take-up in the valleys is lower than we expected.",
                        "That is right for the first year of the programme in most areas.",
                        // a name in a comparison, and a speaker correcting the idea they just put: no relation
                        "When we were asked, by a university like Julie's, we said yes, with conditions.",
                        "People say the market will fix access in the valleys.",
                        "Today that is not true, and it will not be true next year either.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.agreements()).isEmpty();
        assertThat(r.disagreements()).isEmpty();
    }

    @Test
    void aDisagreementSaidAsWhereIdStillDisagreeIsOne() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "Fixing the libraries is necessary, but every company has to test its whole chain.")
                .turn("Ben Cole", "I agree with Ana on the test data.",
                        "Where I'd still disagree is on who goes first: the libraries, then the big companies.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Ben Cole", "Ana Ruiz"));
    }

    /**
     * Granting part and contesting the rest ("Partly fair, I would say.", "I understand the concern, but …") answers
     * the claim put, not the chair who passed it on. Sharing the concern is no disagreement.
     */
    @Test
    void grantingPartAndContestingTheRestIsADisagreement() {
        Discussion d = Fixture.session()
                .person("Lea Moser", org.rapporteur.model.Role.MODERATOR, "Government")
                .turn("Ana Ruiz", "Operators give no public information for days when a cable is cut.")
                .turn("Lea Moser", "Ben, Ana said operators go silent during outages.", "Is that fair?")
                .turn("Ben Cole", "Partly fair, I would say.",
                        "In the first hours we do not know where the fault is or how long the repair will take.",
                        "But I take the point, we could say more, earlier.")
                .turn("Ana Ruiz", "The register of landing stations should be public, or nobody can check it.")
                .turn("Lea Moser", "Carla, on the register of landing stations.")
                .turn("Carla Diaz", "I understand the concern, but I would not publish where the landing stations are.")
                .turn("Ben Cole", "I understand the concern and I share it, the register should stay with the regulator.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Ben Cole", "Ana Ruiz"),
                tuple("Carla Diaz", "Ana Ruiz"));
    }

    /**
     * An objection its speaker narrows later in the same turn ("But I take the point, we could say more") carries that
     * as its resolution; one the rest of the turn only argues for stays open.
     */
    @Test
    void aConcessionLaterInTheObjectorsOwnTurnNarrowsIt() {
        Discussion d = Fixture.session()
                .person("Lea Moser", org.rapporteur.model.Role.MODERATOR, "Government")
                .turn("Ana Ruiz", "Operators give no public information for days when a cable is cut.")
                .turn("Lea Moser", "Ben, Ana said operators go silent during outages.", "Is that fair?")
                .turn("Ben Cole", "Partly fair, I would say.",
                        "In the first hours we do not know where the fault is or how long the repair will take.",
                        "But I take the point.", "We could say more, earlier.")
                .turn("Ana Ruiz", "The register of landing stations should be public, or nobody can check it.")
                .turn("Lea Moser", "Carla, on the register of landing stations.")
                .turn("Carla Diaz", "I understand the concern, but I would not publish where the landing stations are.",
                        "A public map of the stations is a map for anyone who wants to cut them.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::speaker, x -> x.resolution() == null ? null
                : x.resolution().text()).containsExactly(
                tuple("Ben Cole",
                        "Ben Cole said \u201cBut I take the point. We could say more, earlier.\u201d"),
                tuple("Carla Diaz", null));
    }

    @Test
    void partingWaysWithTheViewJustPutIsADisagreement() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "Every new use of the identity system should go through a council before it starts.")
                .turn("Ben Cole", "Where I'd part ways is on putting every new use of the system through a council.",
                        "The ways we part from old habits take years.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Ben Cole", "Ana Ruiz"));
    }

    /**
     * The objection answers the claim it takes up, not the last voice: a floor request ("May I come in?") is no turn
     * of the reply window, and the speaker who spoke last on something else is not the one disagreed with.
     */
    @Test
    void anUnnamedObjectionAnswersTheClaimItTakesUpNotTheLastVoice() {
        Discussion d = Fixture.session()
                .person("Helena Brandt", org.rapporteur.model.Role.MODERATOR, null)
                .turn("Teresa Villa", "Our council approves every new use of the identity system before it starts.")
                .turn("Chidi Okeke", "May I come in?")
                .turn("Helena Brandt", "Please, Chidi.")
                .turn("Chidi Okeke", "Accountability has to reach the person the system failed, in her own village.")
                .turn("Sofia Lind", "Where I'd part ways is on putting every new use of the system through a council "
                        + "before it starts.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Sofia Lind", "Teresa Villa"));
    }

    /**
     * "I disagree with Henrik that operators cannot refuse. That is not how it looks from where I sit." is one
     * disagreement; a later turn disagreeing again is another.
     */
    @Test
    void oneTurnDisagreesWithSomeoneOnce() {
        Discussion d = Fixture.session()
                .turn("Henrik Lind", "Operators cannot simply refuse a lawful order from the government that licenses "
                        + "them.")
                .turn("Mercy Chebet", "I disagree with Henrik that operators cannot refuse.",
                        "That is not how it looks from where I sit.")
                .turn("Henrik Lind", "The licence is the licence, whatever the courts say about it later.")
                .turn("Mercy Chebet", "I still disagree with Henrik on that.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::text).containsExactly(
                "I disagree with Henrik that operators cannot refuse.", "I still disagree with Henrik on that.");
    }

    @Test
    void anUnnamedDisagreementIsKeptWithoutAPerson() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "Labels are a useful start for consumers who compare connected devices.")
                .turn("Ben Cole", "We tested labels with consumers in three countries over two years of trials.",
                        "Some colleagues think labels work well for everyone.",
                        "I strongly disagree, because nobody reads them in a shop.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isEqualTo("Ben Cole");
            assertThat(x.with()).isNull();
        });
    }

    /** {@code objection} closes the second speaker's turn after a concession; the moderator hands over between. */
    private static Discussion objectionLateInATurn(String objection) {
        return Fixture.session()
                .person("Amina Yusuf", Role.MODERATOR, "Civil Society")
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .person("Kofi Mensah", Role.SPEAKER, "Government")
                .turn("Kofi Mensah", "Our ministry publishes the spectrum licences of every operator online.")
                .turn("Ana Ruiz", "Civil society groups in our region have asked platforms for help many times.")
                .turn("Amina Yusuf", "Ana, on data, what should platforms hand over to researchers?")
                .turn("Ana Ruiz", "Platforms should open their moderation data to independent researchers, and "
                        + "regulators should audit those data every year.")
                .turn("Amina Yusuf", "Tomas, does that work for a platform like yours?")
                .turn("Tomas Berg", "Fair enough, researchers need the data.",
                        "We already share a lot with universities.", objection)
                .discussion();
    }

    @Test
    void anObjectionLaterInATurnAnswersTheRecentClaimItSharesWordsWithNeverTheModerator() {
        RelationFinder.Relations r = RelationFinder.find(objectionLateInATurn(
                "Where I'd still disagree is on regulators auditing moderation data every year."));
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Tomas Berg", "Ana Ruiz"));
    }

    @Test
    void anObjectionSharingWordsWithNoRecentClaimNamesNoOne() {
        // the ministry's licences were said three turns of others back, outside the reply window; nothing is guessed
        RelationFinder.Relations r = RelationFinder.find(objectionLateInATurn(
                "Where I'd still disagree is on publishing spectrum licences online."));
        assertThat(r.disagreements()).extracting(Relation::with).containsExactly((String) null);
    }
    /** {@code reply} follows an objection naming no one, after another voice on something else. */
    private static Discussion objectionThenReply(String reply) {
        return Fixture.session()
                .person("Helena Brandt", Role.MODERATOR, "Intergovernmental Organization")
                .person("Teresa Villa", Role.SPEAKER, "Government")
                .person("Chidi Okeke", Role.SPEAKER, "Civil Society")
                .person("Sofia Lind", Role.SPEAKER, "Private Sector")
                .turn("Teresa Villa", "Our council approves each new service of the identity system before launch.")
                .turn("Chidi Okeke", "A council in the capital does not help the widow in a distant village.")
                .turn("Sofia Lind", "I agree with the need for redress.",
                        "Where I'd part ways is on sending every new use through a board before it starts.")
                .turn("Teresa Villa", reply, "We could keep a register instead of an approval for low-risk uses.")
                .turn("Helena Brandt", "So a first convergence, perhaps.")
                .discussion();
    }

    /**
     * The objection shares only "council" with nobody's claim, so word overlap names no one; the minister's
     * concession naming the objector shows whom it was made to, and settles it.
     */
    @Test
    void anUnnamedObjectionIsMadeToTheOneWhoConcedesItByNamingTheObjector() {
        RelationFinder.Relations r = RelationFinder.find(objectionThenReply("That is fair, Sofia."));
        assertThat(r.disagreements()).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isEqualTo("Sofia Lind");
            assertThat(x.with()).isEqualTo("Teresa Villa");
            assertThat(x.resolution()).isNotNull();
            assertThat(x.resolution().text()).startsWith("Teresa Villa said \u201cThat is fair, Sofia.");
        });
    }

    @Test
    void aReplyNamingNoOneLeavesTheObjectionWithTheVoiceItAnswers() {
        // nothing in the reply names Sofia: the objection, second in its turn, stays with the previous speaker
        RelationFinder.Relations r = RelationFinder.find(objectionThenReply("I don't think that's fair."));
        assertThat(r.disagreements()).singleElement().satisfies(x -> {
            assertThat(x.with()).isEqualTo("Chidi Okeke");
            assertThat(x.resolution()).isNull();
        });
    }

    @Test
    void aThirdVoiceSidingWithTheObjectorIsNotWhomTheObjectionWasMadeTo() {
        Discussion d = Fixture.session()
                .person("Sofia Lind", Role.SPEAKER, "Private Sector")
                .person("Chidi Okeke", Role.SPEAKER, "Civil Society")
                .person("Teresa Villa", Role.SPEAKER, "Government")
                .turn("Sofia Lind", "What creates dependency is a closed interface, not the companies.")
                .turn("Chidi Okeke", "Donors attach vendors to their loans.", "But that ignores who pays.")
                .turn("Teresa Villa", "Chidi is right about the loans.", "We refused one for that reason.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Chidi Okeke", "Sofia Lind"));
    }

    /**
     * Recalling someone's words, then contradicting them or voicing a reservation, deep in a turn, is a disagreement
     * with the one recalled, not the previous speaker; the same sentences with no recall before them are none.
     */
    /**
     * A reservation naming whose proposal it is about, after framing ("And I have to say I am worried about
     * Dilnoza's proposal …"), disagrees with them; one about something nobody in the session said is a worry, and so is
     * one naming someone further on, inside what it fears.
     */
    @Test
    void aReservationNamingWhoseProposalItIsAboutDisagreesWithThem() {
        Discussion d = Fixture.session()
                .person("Wairimu Njoroge", Role.MODERATOR, "Civil Society")
                .person("Dilnoza Rashidova", Role.SPEAKER, "Government")
                .person("Yusra Haddad", Role.SPEAKER, "Civil Society")
                .turn("Dilnoza Rashidova", "Platforms above a certain size must answer a notice from a national "
                        + "authority within 48 hours.")
                .turn("Wairimu Njoroge", "Thank you, Dilnoza. Yusra, the floor is yours.")
                .turn("Yusra Haddad", "We document online harassment of journalists in the region.",
                        "And I have to say I am worried about Dilnoza's proposal, not because of the 48 hours, but "
                        + "because governments use such channels against journalists.",
                        "I am also worried about what the next elections will bring for reporters.")
                .turn("Karim Haddad", "Our newsroom trains young reporters in three cities.",
                        "I fear that reporters will be expected to do exactly as Dilnoza says and check every notice.")
                .turn("Dilnoza Rashidova", "In our draft every notice will be published in a register after the "
                        + "case is closed.")
                .turn("Yusra Haddad", "A public register helps, I accept that.",
                        "It doesn't solve the problem of what the law says, though.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Yusra Haddad", "Dilnoza Rashidova"));
        // narrowed by her own "I accept that" after the reply
        assertThat(r.disagreements().get(0).resolution()).isNotNull();
    }

    @Test
    void aContradictionOrReservationRightAfterRecallingSomeonesWordsDisagreesWithThem() {
        Discussion d = Fixture.session()
                .person("Lena Hoffmann", Role.MODERATOR, "Civil Society")
                .person("Daniel Asante", Role.SPEAKER, "Government")
                .person("Hannah Lindgren", Role.SPEAKER, "Private Sector")
                .turn("Daniel Asante", "Kenya paused the rollout, consulted the public and came back with a better"
                        + " system.")
                .turn("Hannah Lindgren", "The regulator should require a fallback at every bank counter.")
                .turn("Wanjiku Mwangi", "Good morning, I work with a network of digital rights groups in Nairobi.",
                        "Daniel, you said Kenya paused and consulted.", "That is not what happened in Kenya.",
                        "The High Court stopped the rollout for lack of an impact assessment.")
                .turn("Pedro Almeida", "I want to respond to Hannah.", "You said the regulator should require a"
                        + " fallback.", "I am worried about what the fallback becomes in practice.")
                .turn("Joseph Okello", "Our clinic helps older people who lose their grant every single month.",
                        "I am worried about what the grant system becomes in practice.",
                        "That is not what happened in the districts we serve in the north.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Wanjiku Mwangi", "Daniel Asante"),
                tuple("Pedro Almeida", "Hannah Lindgren"));
    }

    /**
     * In rounds of questions the objector's concession comes after several of the chair's hand-overs; those do not
     * count against the turns within which a settlement is looked for, the turns of others do.
     */
    @Test
    void theChairsHandOversDoNotCountAgainstTheTurnsInWhichAConcessionSettlesADisagreement() {
        RelationFinder.Relations settled = RelationFinder.find(roundOfQuestions()
                .turn("Pedro Almeida", "Fair enough, I can live with that.").discussion());
        assertThat(settled.disagreements()).singleElement().satisfies(x -> assertThat(x.resolution()).isNotNull());
        // the negative case: with a fourth turn of others between, the concession is too far to settle it
        RelationFinder.Relations open = RelationFinder.find(roundOfQuestions()
                .turn("Joseph Okello", "Older people lose their grant when the fingerprint does not read.")
                .turn("Pedro Almeida", "Fair enough, I can live with that.").discussion());
        assertThat(open.disagreements()).singleElement().satisfies(x -> assertThat(x.resolution()).isNull());
    }

    /**
     * Taking someone's proposal further agrees with them; a proposal taken further by no one named, deep in a turn,
     * agrees with no one.
     */
    @Test
    void takingSomeonesProposalFurtherAgreesWithThem() {
        Discussion d = Fixture.session()
                .person("Lena Hoffmann", Role.MODERATOR, "Civil Society")
                .person("Amina Yusuf", Role.PARTICIPANT, null)
                .person("Rohan Pillai", Role.PARTICIPANT, null)
                .person("Joseph Okello", Role.PARTICIPANT, null)
                .turn("Amina Yusuf", "Every service must keep a paper route open until enrolment reaches every"
                        + " district.")
                .turn("Lena Hoffmann", "Thank you.  At the back.")
                .turn("Rohan Pillai", "Hi.", "Rohan Pillai, I'm from Bangalore, I work on welfare delivery.",
                        "I want to take Amina's proposal one step further.",
                        "The paper route should be the same queue and free of charge.")
                .turn("Joseph Okello", "Our clinic serves older people in the north of the country.",
                        "The ministry will take the proposal further at its next board meeting.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.agreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Rohan Pillai", "Amina Yusuf"));
    }

    /**
     * An objection naming no one answers the question whose claim it shares ("Isn't the real problem that the ID is
     * mandatory?" - "I don't agree that mandatory is the problem"); going only part of the way ("I would not go as
     * far as …") disagrees with the one answered. The negative case: a question sharing nothing with the objection.
     */
    @Test
    void anObjectionAnswersTheQuestionWhoseClaimItSharesAndGoingOnlyPartOfTheWayDisagrees() {
        Discussion d = Fixture.session()
                .person("Lena Hoffmann", Role.MODERATOR, "Civil Society")
                .person("Daniel Asante", Role.SPEAKER, "Government")
                .person("Wanjiku Mwangi", Role.PARTICIPANT, null)
                .turn("Mohammed Ali", "Maybe a naive question.", "Isn't the real problem that the ID is mandatory"
                        + " at all?")
                .turn("Joseph Okello", "Just a comment on the agents who register people far too quickly.")
                .turn("Daniel Asante", "On voluntary or mandatory.", "I don't agree that mandatory is the problem"
                        + " for a government paying transfers.")
                .turn("Wanjiku Mwangi", "The vendor should be liable directly, jointly with the authority.")
                .turn("Daniel Asante", "I would not go as far as joint liability.", "The citizen needs one door.")
                .turn("Amina Yusuf", "Can the families of the children register later in the year?")
                .turn("Daniel Asante", "I don't agree that the authority answers for every vendor's failure.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Daniel Asante", "Mohammed Ali"),
                tuple("Daniel Asante", "Wanjiku Mwangi"),
                tuple("Daniel Asante", "Wanjiku Mwangi"));
    }

    /**
     * "You are right" after "To the gentleman at the back, …" agrees with someone the session cannot name, not the
     * respondent who spoke before; without the description it agrees with the speaker before.
     */
    @Test
    void aYouSpokenToSomeoneDescribedInTheRoomIsNotTheSpeakerBefore() {
        Discussion d = Fixture.session()
                .person("Lena Hoffmann", Role.MODERATOR, "Civil Society")
                .person("Daniel Asante", Role.SPEAKER, "Government")
                .person("Hannah Lindgren", Role.SPEAKER, "Private Sector")
                .turn("Daniel Asante", "The government owes older people the payment, full stop.")
                .turn("Hannah Lindgren", "To the gentleman at the back, on the second trip.",
                        "You are right that today the person pays for it.")
                .turn("Daniel Asante", "On liability, the authority answers to the citizen.",
                        "You are right that the vendor must be named in the notice.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.agreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Daniel Asante", "Hannah Lindgren"));
    }

    /** An objection, then a round of the chair's hand-overs, the others' words and the answer to it. */
    private static Fixture roundOfQuestions() {
        return Fixture.session()
                .person("Lena Hoffmann", Role.MODERATOR, "Civil Society")
                .person("Hannah Lindgren", Role.SPEAKER, "Private Sector")
                .turn("Hannah Lindgren", "The regulator should require a fallback at every bank counter.")
                .turn("Pedro Almeida", "I disagree with Hannah, a mandatory fallback becomes another biometric.")
                .turn("Lena Hoffmann", "Thank you.")
                .turn("Amina Yusuf", "Every service must keep a paper route open until enrolment is complete.")
                .turn("Lena Hoffmann", "Thank you, Amina.")
                .turn("Hannah Lindgren", "The fallback I mean is a person at a counter who checks a document.")
                .turn("Lena Hoffmann", "Daniel?")
                .turn("Daniel Asante", "A threshold by district is the right way to decide when a route closes.")
                .turn("Lena Hoffmann", "Pedro, you wanted to come back.");
    }

    /**
     * A view's issue comes from what its two turns share: taking a proposal further is about the paper route both
     * speak of, not the accountability question the stretch around them took up; two turns on the vendors'
     * liability are filed under the phrase they share.
     */
    @Test
    void aViewsIssueIsWhatItsTwoTurnsShare() {
        Discussion d = Fixture.session()
                .person("Lena Hoffmann", Role.MODERATOR, "Civil Society")
                .person("Daniel Asante", Role.SPEAKER, "Government")
                .person("Hannah Lindgren", Role.SPEAKER, "Private Sector")
                .person("Amina Yusuf", Role.PARTICIPANT, "Civil Society")
                .person("Rohan Pillai", Role.PARTICIPANT, "Academia")
                .policyQuestion("Accountability: Who should answer for errors and data breaches in digital ID systems "
                        + "built with private vendors?")
                .policyQuestion("Exclusion: What should happen to a person who cannot enrol in a digital ID system?")
                .turn("Lena Hoffmann", "Let us take accountability: who answers for errors and data breaches?")
                .turn("Daniel Asante", "The authority answers for errors and data breaches, and then recovers the "
                        + "cost from the private vendors under the contract.")
                .turn("Hannah Lindgren", "I agree with Daniel that the authority answers for errors and data breaches "
                        + "first, but the vendors should be named in the contract.")
                .turn("Amina Yusuf", "Amina Yusuf, I coordinate community paralegals.", "I have a proposal: every "
                        + "service must keep a paper route open by law until enrolment reaches ninety-five per cent in "
                        + "every district.")
                .turn("Daniel Asante", "A threshold by district is the right way to decide when a paper route can "
                        + "close, and the vendors and the authority must report errors by district too.")
                .turn("Rohan Pillai", "Rohan Pillai, I'm from Bangalore.", "I want to take Amina's proposal one "
                        + "step further.", "The paper route should be the same queue and free of charge.")
                .discussion();
        RelationFinder.Relations found = RelationFinder.find(d);
        assertThat(found.agreements()).extracting(Relation::speaker, Relation::with, Relation::issue)
                .contains(tuple("Rohan Pillai", "Amina Yusuf", "the paper route"),
                        tuple("Hannah Lindgren", "Daniel Asante", "data breaches"));
    }

    /**
     * A reply recasting what it answers as something else ("That is a different thing.") disagrees without a cue
     * word; a concession naming the other side settles it however much later it comes; one naming nobody that late
     * does not.
     */
    @Test
    void aRecastingReplyDisagreesAndAConcessionNamingTheOtherSideLaterNarrowsIt() {
        Discussion d = recastThenLater("I have been thinking about what Paulo said about the committee.",
                "I take that point.", "A budget line in law with such a committee I could accept.");
        assertThat(RelationFinder.find(d).disagreements()).singleElement().satisfies(r -> {
            assertThat(r.speaker()).isEqualTo("Paulo Souza");
            assertThat(r.with()).isEqualTo("Chikondi Banda");
            assertThat(r.resolution()).isNotNull();
            assertThat(r.resolution().evidence().get(0).quote()).isEqualTo("I take that point.");
        });

        Discussion unnamed = recastThenLater("I take that point.", "A budget line in law I could accept.");
        assertThat(RelationFinder.find(unnamed).disagreements()).singleElement()
                .satisfies(r -> assertThat(r.resolution()).isNull());
    }

    /** Paulo Souza recasting what Chikondi Banda said, six turns of another panellist, then her {@code last} turn. */
    private static Discussion recastThenLater(String... last) {
        Fixture f = Fixture.session()
                .person("Annelie Brandt", Role.MODERATOR, "Intergovernmental Organization")
                .person("Chikondi Banda", Role.SPEAKER, "Civil Society")
                .person("Paulo Souza", Role.SPEAKER, "Government")
                .person("Mei Ling Tan", Role.SPEAKER, "Private Sector")
                .turn("Chikondi Banda", "The year the ministry paid for our forum, the ministry wrote the programme.")
                .turn("Paulo Souza", "What you describe is a ministry paying and then organising.",
                        "That is a different thing.", "In our country a committee of all groups decides the programme.");
        for (int k = 0; k < 6; k++) {
            f.turn("Mei Ling Tan", "Our regional forum caps what any one sponsor gives at a quarter of the budget.");
        }
        return f.turn("Chikondi Banda", last).discussion();
    }

    /**
     * "I have to object to …" disagrees with the one answered; "I don't disagree" and "I wouldn't object to …"
     * concede, disagreeing with no one.
     */
    @Test
    void anObjectionDisagreesAndANegatedDisagreementConcedes() {
        Discussion d = Fixture.session()
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .turn("Ana Ruiz", "Every operator should publish its repair times within a week of each fault.")
                .turn("Tomas Berg", "I have to object to the one-week rule as it is written.",
                        "Most faults at sea take longer than a week just to locate.")
                .turn("Ana Ruiz", "That's fair.", "I don't disagree.",
                        "A month for faults at sea would still tell users what they need.")
                .turn("Tomas Berg", "I wouldn't object to a month for faults at sea, as a start.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Tomas Berg", "Ana Ruiz"));
    }

    /**
     * A contrast that opens a concession after addressing someone ("Rafael, I can't speak for that company. But fair
     * enough, I take the point that …") disagrees with no one: it settles the objection it answers.
     */
    @Test
    void aConcessionOpeningOnButDisagreesWithNoOne() {
        Discussion d = Fixture.session()
                .person("Rafael Quispe", Role.SPEAKER, "Civil Society")
                .person("Elena Marchetti", Role.SPEAKER, "Private Sector")
                .turn("Elena Marchetti", "If a community wants our spectrum where we are not present, we lease it for "
                        + "a nominal fee.")
                .turn("Rafael Quispe", "But that ignores the fact that we did write, and nobody answered.")
                .turn("Elena Marchetti", "Rafael, I can't speak for the company that holds the licence in your "
                        + "province.", "But fair enough, I take the point that a lease that depends on goodwill is "
                        + "not a policy.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Rafael Quispe", "Elena Marchetti"));
        assertThat(r.disagreements().get(0).resolution()).isNotNull();
    }

    /**
     * A contrast right after addressing someone by name contradicts them ("Sebastián, I hear you. But what happened
     * is …"), and a later concession owning to them by name earlier in its turn narrows it ("Sebastián has convinced
     * me on one thing. … I accept that."); "Halima, you are right about the appropriation. But …" sides with her, a
     * name inside a sentence's subject addresses no one, and "Sebastián, you said … But …?" sets up a question.
     */
    @Test
    void aContrastAfterAddressingSomeoneByNameDisagreesWithThem() {
        Fixture f = budgetLine()
                .turn("Halima Danjuma", "Sebastián, I hear you, and I am sorry about what happened with your ministry.",
                        "But what happened is a ministry that did not respect the agreement it signed with you.")
                .turn("Mei Ling Tan", "Halima, you are right about the appropriation.",
                        "But helplines also need a direct line to the platforms when images spread.",
                        "The helpline model Sebastián described, this is a good model.",
                        "But platforms answer helplines faster than they answer anyone else.",
                        "Sebastián, you said the ministry stopped your numbers.",
                        "But the foundations never asked for anything.", "Do they read the numbers at all?");
        for (int k = 0; k < 6; k++) {
            f.turn("Mei Ling Tan", "Our platform caps what any one helpline may escalate at a hundred reports a week.");
        }
        Discussion d = f.turn("Halima Danjuma", "Sebastián has convinced me on one thing.",
                "A helpline funded from the budget should have its own independent board.", "I accept that.")
                .discussion();

        assertThat(RelationFinder.find(d).disagreements()).singleElement().satisfies(r -> {
            assertThat(r.speaker()).isEqualTo("Halima Danjuma");
            assertThat(r.with()).isEqualTo("Sebastián Correa");
            assertThat(r.resolution()).isNotNull();
            assertThat(r.resolution().evidence().get(0).quote()).isEqualTo("Sebastián has convinced me on one thing.");
        });
    }

    /**
     * The other side's later "Halima is right that …" narrows a disagreement; a reply opening on "But" that speaks to
     * "you" without addressing anyone by name is no disagreement by itself (in a hearing a member's follow-up is one).
     */
    @Test
    void agreeingWithTheOtherSideLaterNarrowsADisagreement() {
        Discussion d = halimaObjectsThenSebastian("I am not against the budget line.",
                "Halima is right that without public money the counsellors go to the banks.");
        assertThat(RelationFinder.find(d).disagreements()).singleElement().satisfies(r -> {
            assertThat(r.speaker()).isEqualTo("Halima Danjuma");
            assertThat(r.with()).isEqualTo("Sebastián Correa");
            assertThat(r.resolution()).isNotNull();
        });

        Discussion plain = budgetLine()
                .turn("Halima Danjuma", "But then your problem is the person who signs the transfer, not the line.")
                .discussion();
        assertThat(RelationFinder.find(plain).disagreements()).isEmpty();

        // agreeing with the other side on another point leaves the disagreement as it was
        Discussion elsewhere = halimaObjectsThenSebastian("Counsellors burn out within two years.",
                "Halima is right that counsellors need supervision every single week.");
        assertThat(RelationFinder.find(elsewhere).disagreements()).singleElement()
                .satisfies(r -> assertThat(r.resolution()).isNull());

        // much later, "That's fair." in a turn that named the other side on another matter settles nothing
        Discussion late = halimaObjectsThenSebastian("Halima mentioned the counsellors earlier.",
                "Counsellors burn out within two years.", "That's fair.");
        assertThat(RelationFinder.find(late).disagreements()).singleElement()
                .satisfies(r -> assertThat(r.resolution()).isNull());
    }

    /** Halima Danjuma objecting to Sebastián Correa, six turns of someone else, then Sebastián's words. */
    private static Discussion halimaObjectsThenSebastian(String... sebastian) {
        Fixture f = budgetLine()
                .turn("Halima Danjuma", "Sebastián, I hear you.",
                        "But then the problem is the person who signs the transfer, not the line.");
        for (int k = 0; k < 6; k++) {
            f.turn("Mei Ling Tan", "Our platform caps what any one helpline may escalate at a hundred reports a week.");
        }
        return f.turn("Sebastián Correa", sebastian).discussion();
    }

    /**
     * An objection to a numbered item naming no one goes to whoever presented the item, not to the moderator who
     * handed over, and the presenter's "I accept your rewording" much later settles it.
     */
    @Test
    void anObjectionToANumberedItemGoesToItsPresenter() {
        Fixture f = Fixture.session()
                .person("Marta Kowalczyk", Role.MODERATOR, "Civil Society")
                .person("Nandini Rao", Role.SPEAKER, "Civil Society")
                .person("Grace Wanjiru", Role.SPEAKER, "Private Sector")
                .person("Kofi Mensah", Role.SPEAKER, "Technical Community")
                .turn("Nandini Rao", "Finding three, and I think this one will be discussed.",
                        "The draft says platforms should respond to every report within a day.")
                .turn("Kofi Mensah", "Hashing images before they spread is something the operating systems can do.")
                .turn("Marta Kowalczyk", "Thank you.", "Grace, your reaction please.")
                .turn("Grace Wanjiru", "I have to object to finding three as it is written.",
                        "A blanket rule puts the urgent cases in the same queue as everything else.");
        for (int k = 0; k < 6; k++) {
            f.turn("Kofi Mensah", "Stalkerware is installed on phones by partners in most of the cases we see.");
        }
        Discussion d = f.turn("Nandini Rao", "Grace, I have been taking notes on the queue.",
                "So I accept your rewording.").discussion();

        assertThat(RelationFinder.find(d).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Grace Wanjiru", "Nandini Rao"));
        assertThat(RelationFinder.find(d).disagreements().get(0).resolution()).isNotNull()
                .satisfies(res -> assertThat(res.evidence().get(0).quote()).isEqualTo("So I accept your rewording."));
    }

    /** "On the channel I am closer to Chikondi" agrees with her, "I am closer to the end of my time" with no one. */
    @Test
    void beingCloserToSomeoneAgreesWithThem() {
        Discussion d = Fixture.session()
                .person("Annelie Brandt", Role.MODERATOR, "Intergovernmental Organization")
                .person("Chikondi Banda", Role.SPEAKER, "Civil Society")
                .person("Paulo Souza", Role.SPEAKER, "Government")
                .person("Lusine Hakobyan", Role.SPEAKER, "Technical Community")
                .turn("Paulo Souza", "A budget line set in law is stable from one government to the next.")
                .turn("Chikondi Banda", "A budget line set in law is only as stable as the ministry that pays it.")
                .turn("Lusine Hakobyan", "On the channel I am closer to Chikondi.",
                        "I am closer to the end of my time than to the end of my list, so one more point.")
                .discussion();
        assertThat(RelationFinder.find(d).agreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Lusine Hakobyan", "Chikondi Banda"));
    }

    /** Halima Danjuma on the budget line, Sebastián Correa on what his ministry line cost him. */
    private static Fixture budgetLine() {
        return Fixture.session()
                .person("Ingrid Solberg", Role.MODERATOR, "Civil Society")
                .person("Halima Danjuma", Role.SPEAKER, "Government")
                .person("Sebastián Correa", Role.SPEAKER, "Civil Society")
                .person("Mei Ling Tan", Role.SPEAKER, "Private Sector")
                .turn("Halima Danjuma", "Once a line is in the appropriation it is carried forward every year.")
                .turn("Sebastián Correa", "We had a ministry line for four years.",
                        "In the third year the ministry asked us to stop publishing our numbers on the police.");
    }

    /** The same conclusion reached elsewhere agrees with whom the reply thanks: "That is exactly where we landed too." */
    @Test
    void reachingTheSameConclusionElsewhereAgrees() {
        Discussion d = Fixture.session()
                .person("Chiara Benedetti", Role.MODERATOR, "Civil Society")
                .person("Pieter de Vries", Role.SPEAKER, "Government")
                .person("Valentina Rojas", Role.SPEAKER, "Government")
                .turn("Pieter de Vries", "What we publish is what the system is for and who can overrule it.")
                .turn("Chiara Benedetti", "Thank you. Valentina, Chile built its register a bit later.")
                .turn("Valentina Rojas", "Thank you, Chiara, and thank you Pieter.",
                        "That is exactly where we landed in Chile too.",
                        "That is exactly the budget we asked the ministry for this year.")
                .discussion();
        assertThat(RelationFinder.find(d).agreements()).extracting(Relation::speaker, Relation::with, Relation::text)
                .containsExactly(tuple("Valentina Rojas", "Pieter de Vries",
                        "That is exactly where we landed in Chile too."));
    }

    /**
     * "On transparency, yes. On the registry, no.": a point granted agrees, a point refused disagrees, each told with
     * the sentence after it that says why, unless that is the next point.
     */
    @Test
    void aPointGrantedAndAPointRefusedInAWord() {
        Discussion d = Fixture.session()
                .person("Chiara Benedetti", Role.MODERATOR, "Civil Society")
                .person("Amina Diallo", Role.SPEAKER, "Civil Society")
                .person("Sofia Lindqvist", Role.SPEAKER, "Private Sector")
                .turn("Amina Diallo", "Transparency means a public registry with the documentation of every model.")
                .turn("Chiara Benedetti", "Sofia, you represent a lot of companies.")
                .turn("Sofia Lindqvist", "I do, about two hundred software companies.",
                        "Amina, on transparency, yes.", "On the registry, no.",
                        "A registry of every model becomes a compliance exercise nobody reads.",
                        "On the budget side, we spent a lot on compliance last year.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.agreements()).extracting(Relation::speaker, Relation::with, Relation::text)
                .containsExactly(tuple("Sofia Lindqvist", "Amina Diallo", "Amina, on transparency, yes."));
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with, Relation::text)
                .containsExactly(tuple("Sofia Lindqvist", "Amina Diallo", "On the registry, no. A registry of every "
                        + "model becomes a compliance exercise nobody reads."));
    }

    /**
     * A reply opening on an objection, after its thanks, answers the view the chair has just put to its speaker
     * ("Lucía said …. Samuel, how do you answer her?"), not whoever spoke before the chair; a chair reporting no one's
     * view leaves it to the reply's own words.
     */
    @Test
    void anObjectionAnswersTheViewTheChairPutToItsSpeaker() {
        Fixture f = Fixture.session()
                .person("Katrin Vogel", Role.MODERATOR, "Civil Society")
                .person("Lucía Benítez", Role.SPEAKER, "Civil Society")
                .person("Henrik Dahl", Role.SPEAKER, "Private Sector")
                .person("Samuel Ogunleye", Role.SPEAKER, "Government")
                .turn("Lucía Benítez", "No essential service should be conditioned on a digital ID.")
                .turn("Henrik Dahl", "Our bank opens accounts with a phone number and a photo.");
        Discussion d = f.turn("Katrin Vogel", "Thank you, Henrik.",
                        "Lucía said no essential service should be conditioned on a digital ID.",
                        "Samuel, your agency did exactly that for transfers. How do you answer her?")
                .turn("Samuel Ogunleye", "Thanks Katrin.", "Good afternoon.",
                        "With respect, I think that position, in our context, is not realistic.",
                        "The ghost beneficiaries come back the next day.")
                .discussion();
        assertThat(RelationFinder.find(d).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Samuel Ogunleye", "Lucía Benítez"));
    }

    /**
     * A view contradicted as its holder's disagrees with them, in the room or not ("the European Commission's position
     * that … is wrong"); a sentence's first word in the possessive ("Today's focus …") holds no view.
     */
    @Test
    void aViewContradictedAsItsHoldersDisagreesWithThem() {
        Discussion d = Fixture.session()
                .person("Nalini Perera", Role.SPEAKER, "Technical Community")
                .person("Daniel Kim", Role.SPEAKER, "Private Sector")
                .turn("Daniel Kim", "Most of what goes wrong is in the data the agency feeds the model.")
                .turn("Nalini Perera", "We have audited eleven public systems in four years.",
                        "And I have to say that the European Commission's position that providers can assess their "
                                + "own conformity, for systems that decide on benefits, is wrong.",
                        "Today's focus on the model alone is misplaced in most ministries.")
                .discussion();
        assertThat(RelationFinder.find(d).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Nalini Perera", "the European Commission"));
    }

    /**
     * "With respect," opens a disagreement with whom it names; a concession followed in its turn by a "But" that holds
     * the line ("I take the point that … But on the money, …") settles nothing, the other side's later "fair enough"
     * does.
     */
    @Test
    void aConcessionThatHoldsTheLineAfterItSettlesNothing() {
        Discussion d = Fixture.session()
                .person("Chiara Benedetti", Role.MODERATOR, "Civil Society")
                .person("Amina Diallo", Role.SPEAKER, "Civil Society")
                .person("Pieter de Vries", Role.SPEAKER, "Government")
                .turn("Pieter de Vries", "The audit is for the system and redress is for the person.",
                        "The person must reach a human who decides within thirty days.")
                .turn("Amina Diallo", "Pieter, with respect, a human within thirty days is not redress for a mother "
                        + "whose transfer stopped today.")
                .turn("Chiara Benedetti", "Thank you. Let us hear from the room.")
                .turn("Amina Diallo", "Pieter, I take the point that the audit and the redress are different things.",
                        "But on the money, the payment must continue while the review runs.")
                .turn("Pieter de Vries", "Amina, fair enough.",
                        "For benefits, the payment continues while the review runs.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        Relation first = r.disagreements().get(0);
        assertThat(first.with()).isEqualTo("Pieter de Vries");
        assertThat(first.resolution().evidence().get(0).quote()).isEqualTo("Amina, fair enough.");
        assertThat(r.disagreements()).last().satisfies(held -> assertThat(held.resolution().evidence().get(0).quote())
                .isEqualTo("Amina, fair enough."));
    }

    /** "Fair enough, X is fine with me. What I object to is Y.": the objection right after a concession is narrowed. */
    @Test
    void anObjectionRightAfterAConcessionIsNarrowed() {
        Discussion d = Fixture.session()
                .person("Aisha Bello", Role.SPEAKER, "Private Sector")
                .person("Michael Chen", Role.SPEAKER, "Private Sector")
                .turn("Aisha Bello", "The balance should be committed, legally, to contracts, not sitting in a bank.")
                .turn("Michael Chen", "Fair enough, committed to contracts is fine with me.",
                        "What I object to is money that sits there for years and then goes to the budget.")
                .turn("Aisha Bello", "Then we should publish the balance every year.",
                        "I object to any cut of the levy before the contracts are signed.")
                .discussion();
        assertThat(RelationFinder.find(d).disagreements()).extracting(Relation::speaker,
                x -> x.resolution() == null ? null : x.resolution().evidence().get(0).quote()).containsExactly(
                tuple("Michael Chen", "Fair enough, committed to contracts is fine with me."),
                tuple("Aisha Bello", null));
    }

    /** A town hall's panel and floor: the moderator hands the floor over between the voices. */
    private static Fixture townHall() {
        return Fixture.session().format("Town Hall - 75 Min")
                .person("Marta Quint", Role.MODERATOR, "Civil Society")
                .person("Mei Lin Tan", Role.SPEAKER, "Private Sector")
                .person("Rodrigo Alba", Role.SPEAKER, "Government")
                .person("Farid Haddad", Role.PARTICIPANT, null)
                .turn("Mei Lin Tan", "In the last week before a vote, speed matters more than anything, and we "
                        + "remove false information about voting within the hour.")
                .turn("Marta Quint", "Thank you. The floor is open. The gentleman at the front.");
    }

    /**
     * An objection later in a turn goes to whom the turn named before it ("What Ms. Tan said about takedowns worries
     * me. … So I don't agree that speed is …"); "Farid, Hassan, you are right that …" agrees with whom it addresses,
     * not with the chair who gave the floor; a point granted and another refused ("I take the point on appeals, but
     * not on timelines.") disagrees with whom the turn named.
     */
    @Test
    void anObjectionLaterInATurnGoesToWhomTheTurnNamed() {
        Discussion d = townHall()
                .turn("Farid Haddad", "What Ms. Tan said about takedowns worries me.",
                        "Our investigation into vote buying was removed twice on the day before the vote.",
                        "So I don't agree that speed is more important than anything.")
                .turn("Marta Quint", "Thank you, Farid. Mei Lin, you first.")
                .turn("Mei Lin Tan", "Thank you, Farid, I mean that.", "I hear the frustration.",
                        "I take the point on appeals, but not on timelines.",
                        "Farid, you are right that an appeal answered after the vote is no appeal.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with, Relation::text).containsExactly(
                tuple("Farid Haddad", "Mei Lin Tan", "So I don't agree that speed is more important than anything."),
                tuple("Mei Lin Tan", "Farid Haddad", "I take the point on appeals, but not on timelines."));
        assertThat(r.agreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Mei Lin Tan", "Farid Haddad"));
    }

    /**
     * A contradiction later in a turn that says "your" answers whom the turn speaks to ("Farid, I agree with you … But
     * the problem with your example is …"), beside the agreement; the same words late in a turn that speaks to no one
     * and names no one are a view of the world.
     */
    @Test
    void aContradictionSayingYourLaterInATurnAnswersWhomItSpeaksTo() {
        Discussion d = townHall()
                .turn("Farid Haddad", "Our investigation into vote buying was removed twice on the day before the vote.")
                .turn("Rodrigo Alba", "Thank you.", "I want to answer Farid.",
                        "Farid, I agree with you that the cost of a wrong takedown for a journalist is huge.",
                        "But the problem with your example is that it was not a request from an electoral authority.")
                .discussion();
        RelationFinder.Relations r = RelationFinder.find(d);
        assertThat(r.agreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Rodrigo Alba", "Farid Haddad"));
        assertThat(r.disagreements()).extracting(Relation::speaker, Relation::with).containsExactly(
                tuple("Rodrigo Alba", "Farid Haddad"));

        Discussion plain = townHall()
                .turn("Rodrigo Alba", "Our tribunal asks only for false information about voting to come down.",
                        "We signed a memorandum with two platforms before the municipal elections.",
                        "The trouble with this is that small parties never hear about such channels.")
                .discussion();
        assertThat(RelationFinder.find(plain).disagreements()).isEmpty();
    }

    /**
     * "So when you tell me a budget line is stable, what I hear is …" answers the view the chair has just put to the
     * speaker ("Paulo made a strong case for …"), wherever in the reply it comes; a reply that turns on no "you" does
     * not.
     */
    @Test
    void aClaimRestatedToItsHolderAnswersTheViewTheChairPut() {
        Supplier<Fixture> nri = () -> Fixture.session()
                .person("Anne Brandt", Role.MODERATOR, "Intergovernmental Organization")
                .person("Paulo Vasco", Role.SPEAKER, "Government")
                .person("Chikondi Banda", Role.SPEAKER, "Civil Society")
                .person("Mei Ling Tan", Role.SPEAKER, "Civil Society")
                .turn("Paulo Vasco", "A budget line set in law is the only stable funding for a national forum.")
                .turn("Mei Ling Tan", "We bring a hundred fellows every year and then most of them we never see again.")
                .turn("Anne Brandt", "Paulo made a strong case for a budget line set in law.",
                        "Chikondi, your government paid in 2022. How was that year?");
        Discussion d = nri.get().turn("Chikondi Banda", "In 2022 the ministry paid for the hall and the transport.",
                        "The programme had three sessions on the digital strategy and none on the shutdown.",
                        "So when you tell me a budget line is stable, what I hear is that the agenda is also stable.")
                .discussion();
        assertThat(RelationFinder.find(d).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Chikondi Banda", "Paulo Vasco"));

        Discussion plain = nri.get().turn("Chikondi Banda", "In 2022 the ministry paid for the hall and the transport.",
                        "The programme had three sessions on the digital strategy and none on the shutdown.",
                        "What I remember is that the agenda was also stable.")
                .discussion();
        assertThat(RelationFinder.find(plain).disagreements()).isEmpty();
    }

    /**
     * A reply opening by echoing the last words said ("… through their own ministry." - "Through the ministry,
     * again.") and then preferring otherwise ("I would rather …") disagrees with whom it echoes; the same preference
     * in a reply that opens otherwise is the speaker's own wish.
     */
    @Test
    void aReplyEchoingTheWordsJustSaidAndPreferringOtherwiseDisagrees() {
        Supplier<Fixture> panel = () -> Fixture.session()
                .person("Anne Brandt", Role.MODERATOR, "Intergovernmental Organization")
                .person("Paulo Vasco", Role.SPEAKER, "Government")
                .person("Chikondi Banda", Role.SPEAKER, "Civil Society")
                .turn("Paulo Vasco", "Governments do read the messages of their national forum if they arrive "
                        + "through their own ministry.");
        Discussion d = panel.get().turn("Chikondi Banda", "Through the ministry, again.",
                        "Our messages would go to the same ministry that sat on the opening panel.",
                        "I would rather the forums carried them together to the main session.")
                .discussion();
        assertThat(RelationFinder.find(d).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Chikondi Banda", "Paulo Vasco"));

        Discussion plain = panel.get().turn("Chikondi Banda", "Our forum met twice this year.",
                        "Our messages went to the regional forum first.",
                        "I would rather the forums carried them together to the main session.")
                .discussion();
        assertThat(RelationFinder.find(plain).disagreements()).isEmpty();
    }

    /**
     * An agreement answering a question the online moderator has just read out goes to the question's writer, not
     * to the panellist who spoke before the relay; with no relay between, to that panellist.
     */
    @Test
    void anAgreementAnsweringAQuestionReadOutGoesToItsWriter() {
        Supplier<Fixture> panel = () -> Fixture.session()
                .person("Chiara Benedetti", Role.MODERATOR, "Civil Society")
                .person("Arjun Mehta", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Pieter de Vries", Role.SPEAKER, "Government")
                .person("Sofia Lindqvist", Role.SPEAKER, "Private Sector")
                .turn("Sofia Lindqvist", "Our register lists every model a ministry uses, with its purpose and owner.");
        Discussion d = panel.get()
                .turn("Arjun Mehta", "So the question is from Lucas Pereira, he is with a public defender's office.",
                        "He asks Pieter: do you publish the cases where the human overruled the model?")
                .turn("Pieter de Vries", "The honest answer is no, not systematically.",
                        "I agree it tells you more than most of the register.")
                .discussion();
        assertThat(RelationFinder.find(d).agreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Pieter de Vries", "Lucas Pereira"));

        Discussion direct = panel.get()
                .turn("Pieter de Vries", "The honest answer is no, not systematically.",
                        "I agree it tells you more than most of the register.")
                .discussion();
        assertThat(RelationFinder.find(direct).agreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Pieter de Vries", "Sofia Lindqvist"));
    }

    /**
     * A later concession settles a disagreement only where it is made to the other side: "Joel, I take your point …"
     * is Joel's, and "Fair enough." right after a third voice speaking to its speaker answers that voice; "Farid,
     * fair enough." settles it.
     */
    @Test
    void aConcessionMadeToSomeoneElseSettlesNothing() {
        Supplier<Fixture> exchange = () -> townHall()
                .person("Joel Ramos", Role.PARTICIPANT, null)
                .person("Grace Otieno", Role.SPEAKER, "Civil Society")
                .turn("Farid Haddad", "What Ms. Tan said about takedowns worries me.",
                        "So I don't agree that speed is more important than anything.")
                .turn("Joel Ramos", "A global number of removals tells us nothing about the Philippines.");
        Discussion elsewhere = exchange.get()
                .turn("Mei Lin Tan", "Joel, I take your point about the global numbers.")
                .turn("Grace Otieno", "Mei Lin, I would ask that the audit includes Africa next time.")
                .turn("Mei Lin Tan", "Fair enough.")
                .discussion();
        assertThat(RelationFinder.find(elsewhere).disagreements()).singleElement()
                .satisfies(x -> assertThat(x.resolution()).isNull());

        Discussion settled = exchange.get()
                .turn("Mei Lin Tan", "Farid, fair enough.", "For a story like yours, the appeal has to come first.")
                .discussion();
        assertThat(RelationFinder.find(settled).disagreements()).singleElement()
                .satisfies(x -> assertThat(x.resolution()).isNotNull());
    }

    /**
     * A "yes, but" opening a reply contests the view it answers ("So, yes, but, like, a ban doesn't keep anyone
     * safe."); an agreement going on to refuse what follows from it ("I agree that it's a decision, Julie, but it's
     * not a decision that costs nothing.") disagrees; one going on to add ("…, but I would add that …") agrees; "I
     * just want to disagree" disagrees as "I disagree" does.
     */
    @Test
    void aYesButDisagreesAndAButThatAddsAgrees() {
        Supplier<Fixture> ban = () -> Fixture.session()
                .person("Mateo Rojas", Role.MODERATOR, "Civil Society")
                .person("Julie Morgan", Role.SPEAKER, "Government")
                .person("Hefin David", Role.SPEAKER, "Civil Society")
                .turn("Julie Morgan", "The draft says that children under sixteen should not have accounts on social "
                        + "media at all.")
                .turn("Mateo Rojas", "Hefin, you want to come in, I think?");
        Discussion yesBut = ban.get().turn("Hefin David", "Yes, sorry, I'll be quick.",
                "So, yes, but, like, a ban doesn't keep anyone safe, it just makes us invisible.").discussion();
        assertThat(RelationFinder.find(yesBut).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Hefin David", "Julie Morgan"));
        Discussion plainYes = ban.get().turn("Hefin David", "Yes, sorry, I'll be quick.",
                "So, yes, a ban is what many parents in our consultation asked for.").discussion();
        assertThat(RelationFinder.find(plainYes).disagreements()).isEmpty();
        // a "yes, but" answering a question someone put to the speaker answers it
        Discussion asked = ban.get().turn("Julie Morgan", "Hefin, would young people accept an age limit at all?")
                .turn("Hefin David", "Yes, but only if they can still report what happens to them.").discussion();
        assertThat(RelationFinder.find(asked).disagreements()).isEmpty();

        Discussion refused = ban.get().turn("Hefin David", "I agree that it's a decision, Julie, but it's not a "
                + "decision that costs nothing.").discussion();
        assertThat(RelationFinder.find(refused).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Hefin David", "Julie Morgan"));
        assertThat(RelationFinder.find(refused).agreements()).isEmpty();
        Discussion added = ban.get().turn("Hefin David", "I agree with Julie on the age limit, but I would add that "
                + "schools have to teach it.").discussion();
        assertThat(RelationFinder.find(added).agreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Hefin David", "Julie Morgan"));
        assertThat(RelationFinder.find(added).disagreements()).isEmpty();

        Discussion wants = ban.get().turn("Hefin David", "I just want to disagree a bit with Julie, with respect.")
                .discussion();
        assertThat(RelationFinder.find(wants).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Hefin David", "Julie Morgan"));
    }

    /**
     * A contradiction after granting in a word within the sentence ("…, yes, but that ignores …") disagrees with the
     * one it names; going on to agree ("…, yes, and that is why …") does not.
     */
    @Test
    void aContradictionAfterAGrantingWordWithinTheSentenceDisagrees() {
        Supplier<Fixture> market = () -> Fixture.session()
                .person("Priya Raman", Role.MODERATOR, "Civil Society")
                .person("Henrik Vest", Role.SPEAKER, "Private Sector")
                .person("Amani Ruto", Role.SPEAKER, "Technical Community")
                .turn("Henrik Vest", "The answer is more cables landing in those regions, and then the ships come.",
                        "The market works here, it just works slowly.")
                .turn("Priya Raman", "Amani, briefly.");
        Discussion ignores = market.get().turn("Amani Ruto", "Henrik, the market works slowly, yes, but that ignores "
                + "the fact that slowly means three weeks without any international connectivity.").discussion();
        assertThat(RelationFinder.find(ignores).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Amani Ruto", "Henrik Vest"));
        Discussion adds = market.get().turn("Amani Ruto", "Henrik, the market works slowly, yes, and that is why "
                + "the development banks should help the first cables land.").discussion();
        assertThat(RelationFinder.find(adds).disagreements()).isEmpty();
    }

    /**
     * Agreeing only to refuse in the next sentence ("On permits, I agree that they can be slow. But our waters are not
     * an empty space.") disagrees with whom the turn answers, told with both sentences; a "But" that adds without
     * refusing, or a question set up after it, leaves the agreement.
     */
    @Test
    void anAgreementRefusedInTheNextSentenceDisagrees() {
        Supplier<Fixture> permits = () -> Fixture.session()
                .person("Priya Raman", Role.MODERATOR, "Civil Society")
                .person("Henrik Vest", Role.SPEAKER, "Private Sector")
                .person("Leilani Fono", Role.SPEAKER, "Government")
                .turn("Henrik Vest", "Governments are a much bigger part of the delay than the ships.",
                        "Our ship sits outside territorial waters for ten days waiting for a permit.")
                .turn("Priya Raman", "Leilani, what's your view?");
        Discussion refused = permits.get().turn("Leilani Fono", "I'm glad Henrik said it, because it saves me saying "
                        + "that he said it.", "We mapped every step between a fault and a repair.",
                "On permits, I agree that they can be slow.",
                "But our waters are not an empty space, and my minister will not sign a blanket exemption.")
                .discussion();
        RelationFinder.Relations found = RelationFinder.find(refused);
        assertThat(found.disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Leilani Fono", "Henrik Vest"));
        assertThat(found.disagreements().get(0).text()).contains("But our waters are not an empty space");
        assertThat(found.agreements()).isEmpty();
        Discussion added = permits.get().turn("Leilani Fono", "I agree with Henrik that permits can be slow.",
                "But we have already fixed that with a single window for repair ships.").discussion();
        assertThat(RelationFinder.find(added).disagreements()).isEmpty();
        assertThat(RelationFinder.find(added).agreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Leilani Fono", "Henrik Vest"));
    }

    /**
     * A reply siding with someone on a matter it names first ("So on transparency of the routes, I'm actually with
     * Sofía.") agrees with them; "Where I would not follow her is on …" disagrees with whom the turn answers.
     */
    @Test
    void sidingOnAMatterNamedFirstAgreesAndNotFollowingDisagrees() {
        Supplier<Fixture> security = () -> Fixture.session()
                .person("Priya Raman", Role.MODERATOR, "Civil Society")
                .person("Sofia Lozano", Role.SPEAKER, "Civil Society")
                .person("Kwabena Otieno", Role.SPEAKER, "Intergovernmental Organization")
                .turn("Sofia Lozano", "The maps of the cable routes that used to be public are becoming classified.",
                        "And the new cables built by a few technology companies are a concentration that should "
                                + "worry anyone.")
                .turn("Priya Raman", "Kwabena, on security.");
        Discussion reply = security.get().turn("Kwabena Otieno", "I want to respond to what Sofia said.",
                "Most damage to cables is accidental, from fishing gear and anchors.",
                "So on transparency of the routes, I'm actually with Sofia.",
                "Where I would not follow her is on the idea that the new cables are a concentration problem in "
                        + "themselves.").discussion();
        RelationFinder.Relations found = RelationFinder.find(reply);
        assertThat(found.agreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Kwabena Otieno", "Sofia Lozano"));
        assertThat(found.disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Kwabena Otieno", "Sofia Lozano"));
        Discussion elsewhere = security.get().turn("Kwabena Otieno", "On Mondays, I'm with the ministry in the "
                + "capital, where the cable maps are kept.", "I can follow the routes on the public charts.")
                .discussion();
        assertThat(RelationFinder.find(elsewhere).agreements()).isEmpty();
        assertThat(RelationFinder.find(elsewhere).disagreements()).isEmpty();
    }

    /**
     * Long after an objection, the other side answering it without a name and the chair asking the objector "can you
     * live with that?": the objector's "I can live with …" opening the turn right after settles it; the same words
     * after a third voice spoke, or said by the other side, settle nothing.
     */
    @Test
    void aConcessionRightAfterTheOtherSideAndTheChairsQuestionSettlesALongAgoObjection() {
        Supplier<Fixture> debate = () -> townHall()
                .turn("Farid Haddad", "Ms. Tan, I don't agree that speed matters more than anything.",
                        "A wrong takedown in the last week is a lost campaign.")
                .turn("Rodrigo Alba", "Our commission publishes every request it sends to a platform.")
                .turn("Marta Quint", "Thank you, Rodrigo.")
                .turn("Rodrigo Alba", "We also train the staff of every district office before the vote.")
                .turn("Marta Quint", "Another voice from the floor?")
                .turn("Joel Ramos", "A global number of removals tells us nothing about the Philippines.")
                .turn("Rodrigo Alba", "The district offices report every complaint to the commission within a day.")
                .turn("Joel Ramos", "Then the commission should publish those reports as well.")
                .turn("Rodrigo Alba", "We will publish them from the next election on.");
        Discussion settled = debate.get()
                .turn("Mei Lin Tan", "Let me come back to the takedowns.", "For false information about voting, "
                        + "speed matters, but a candidate's appeal will be heard within a day.")
                .turn("Marta Quint", "Farid, can you live with that?")
                .turn("Farid Haddad", "I can live with an appeal heard within a day, yes.")
                .discussion();
        assertThat(RelationFinder.find(settled).disagreements()).filteredOn(x -> x.speaker().equals("Farid Haddad"))
                .singleElement().satisfies(x -> assertThat(x.resolution()).isNotNull());

        Discussion elsewhere = debate.get()
                .turn("Mei Lin Tan", "Let me come back to the takedowns.", "For false information about voting, "
                        + "speed matters, but a candidate's appeal will be heard within a day.")
                .turn("Joel Ramos", "In the Philippines an appeal within a day would already be a revolution.")
                .turn("Farid Haddad", "I can live with an appeal heard within a day, yes.")
                .discussion();
        assertThat(RelationFinder.find(elsewhere).disagreements()).filteredOn(x -> x.speaker().equals("Farid Haddad"))
                .singleElement().satisfies(x -> assertThat(x.resolution()).isNull());

        Discussion otherSide = debate.get()
                .turn("Farid Haddad", "A candidate's appeal must be heard within a day, before the vote.")
                .turn("Marta Quint", "Mei Lin, can you live with that?")
                .turn("Mei Lin Tan", "I can live with an appeal heard within a day, yes.")
                .discussion();
        assertThat(RelationFinder.find(otherSide).disagreements()).filteredOn(x -> x.speaker().equals("Farid Haddad"))
                .singleElement().satisfies(x -> assertThat(x.resolution()).isNull());
    }

    /**
     * A panellist's opening statement disputing the chair's introduction of them ("I'm not sure that's true, Tariq,
     * but thank you.") answers a compliment, not a view; the same words later, on the chair's claim, still disagree.
     */
    @Test
    void anOpeningStatementDisputingTheChairsIntroductionDisagreesWithNoOne() {
        String statement = "Good afternoon, everybody. The compact did not try to regulate the Internet from New York, "
                + "and the follow-up should protect that. We operate in forty-three jurisdictions, and in three years "
                + "we have seen more than a hundred new laws on data, on AI and on content. For a start-up in Lusaka "
                + "that is a wall. Regulators should use common definitions and recognise each other's rules where "
                + "they can. And investment needs rules that hold for fifteen years, not for one election cycle.";
        Supplier<Fixture> panel = () -> Fixture.session().format("Panel - 90 Min")
                .person("Tariq Hamdan", Role.MODERATOR, "Civil Society")
                .person("Priya Sethi", Role.SPEAKER, "Private Sector")
                .person("Mateo Ibarra", Role.SPEAKER, "Civil Society")
                .turn("Tariq Hamdan", "Priya, your company spends more on public policy than some countries in "
                        + "this room.", "Your view, please.")
                .turn("Priya Sethi", "I'm not sure that's true, Tariq, but thank you.", statement);
        assertThat(RelationFinder.find(panel.get().discussion()).disagreements()).isEmpty();

        Discussion later = panel.get()
                .turn("Tariq Hamdan", "Everything comes back to the money, and companies will not pay for the forum.")
                .turn("Priya Sethi", "I'm not sure that's true, Tariq.", "We have paid into the trust fund for six "
                        + "years.")
                .discussion();
        assertThat(RelationFinder.find(later).disagreements()).extracting(Relation::speaker, Relation::with)
                .containsExactly(tuple("Priya Sethi", "Tariq Hamdan"));
    }
}
