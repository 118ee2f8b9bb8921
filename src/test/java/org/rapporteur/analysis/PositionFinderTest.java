package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Person;
import org.rapporteur.model.Poll;
import org.rapporteur.model.PollOption;
import org.rapporteur.model.Position;
import org.rapporteur.model.Relation;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionReport;

/** Positions in proportion to what each speaker contributed: a point per theme, returns cited, no quote twice. */
class PositionFinderTest {

    /**
     * A hearing on three policy questions: the witness opens with a statement, answers on each question and comes
     * back to licensing at the end; a member asks one question and adds one remark.
     */
    private static Discussion hearing() {
        return Fixture.session()
                .format("Hearing")
                .policyQuestion("How should cities license open budget data for reuse?")
                .policyQuestion("Who pays for hosting the municipal data portals?")
                .policyQuestion("How is personal data of welfare recipients protected in budget releases?")
                .person("Lucia Ferrante", Role.MODERATOR, null)
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .turn("Lucia Ferrante", "Welcome to the hearing; Ana Ruiz will open with a statement.")
                .turn("Ana Ruiz", "Our survey of forty municipal portals found that most published budget files carry "
                                + "no licence of any kind.",
                        "Without an open licence, journalists and researchers cannot lawfully reuse the budget "
                                + "tables that cities publish.",
                        "Hosting costs keep the smallest municipalities from publishing anything beyond a scanned "
                                + "summary of their accounts.",
                        "We therefore recommend a single national licence, shared hosting and a review of what "
                                + "personal data the budget files contain before any of them goes online.",
                        "Each of these three steps is cheap next to what the public loses when budgets stay closed.")
                .turn("Lucia Ferrante", "Ben Ode has a question on hosting.")
                .turn("Ben Ode", "Small councils tell me that hosting municipal data portals costs them more than "
                                + "their whole archive budget.",
                        "Archive staff in those councils already spend their evenings converting budget tables by "
                                + "hand.",
                        "Who should pay for hosting these municipal data portals?")
                .turn("Ana Ruiz", "Regional governments should pay for one shared hosting platform for the "
                                + "municipal data portals of their region.",
                        "Shared hosting platforms cut the yearly cost of each municipal portal to a fraction.")
                .turn("Lucia Ferrante", "And on welfare data?")
                .turn("Ana Ruiz", "Personal data of welfare recipients must be removed from every budget release "
                                + "before it is published.",
                        "The data protection authority should check each welfare budget release for personal data.")
                .turn("Lucia Ferrante", "Is there anything you want to add?")
                .turn("Ana Ruiz", "Cities that adopted an open licence saw journalists reuse their budget tables "
                        + "within weeks of publishing them.")
                .discussion();
    }

    @Test
    void aMainWitnessGetsAPointPerThemeAndAQuestionerFewer() {
        Discussion d = hearing();
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        Position ana = speaker(positions, "Ana Ruiz");
        Position ben = speaker(positions, "Ben Ode");
        assertThat(ana.points()).hasSizeGreaterThanOrEqualTo(3).hasSizeGreaterThan(ben.points().size());
        // every policy question she spoke to has a point of hers
        assertThat(ana.points()).anySatisfy(c -> assertThat(c.text()).containsIgnoringCase("licence"));
        assertThat(ana.points()).anySatisfy(c -> assertThat(c.text()).containsIgnoringCase("hosting"));
        assertThat(ana.points()).anySatisfy(c -> assertThat(c.text()).containsIgnoringCase("welfare"));
    }

    /**
     * A member's long first turn in a hearing that puts a question sets it up: no opening statement, as a witness's
     * is; a member's statement that asks nothing (a statement by members) is one.
     */
    @Test
    void aMembersFirstQuestionIsNoOpeningStatement() {
        assertThat(speaker(memberOpening("Who should pay for hosting these municipal data portals?"), "Ana Ruiz")
                .points()).extracting(Claim::basis).contains(PositionFinder.OPENING_STATEMENT);
        assertThat(speaker(memberOpening("Who should pay for hosting these municipal data portals?"), "Ben Ode")
                .points()).isNotEmpty().extracting(Claim::basis).doesNotContain(PositionFinder.OPENING_STATEMENT);
        assertThat(speaker(memberOpening("Regional governments should pay for one shared platform for them all."),
                "Ben Ode").points()).extracting(Claim::basis).contains(PositionFinder.OPENING_STATEMENT);
    }

    /** A hearing where member Ben Ode's long first turn ends on {@code last}. */
    private static List<Position> memberOpening(String last) {
        Discussion d = Fixture.session()
                .format("Hearing")
                .person("Lucia Ferrante", Role.MODERATOR, null)
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Ben Ode", Role.SPEAKER, "Government")
                .turn("Lucia Ferrante", "Welcome to the hearing; Ana Ruiz will open with a statement.")
                .turn("Ana Ruiz", "Our survey of forty municipal portals found that most published budget files carry "
                                + "no licence of any kind.",
                        "Without an open licence, journalists and researchers cannot lawfully reuse the budget "
                                + "tables that cities publish.",
                        "We therefore recommend a single national licence, shared hosting and a review of what "
                                + "personal data the budget files contain before any of them goes online.",
                        "Hosting costs keep the smallest municipalities from publishing anything beyond a scanned "
                                + "summary of their accounts.",
                        "Each of these three steps is cheap next to what the public loses when budgets stay closed.")
                .turn("Lucia Ferrante", "Ben Ode has a question on hosting.")
                .turn("Ben Ode", "Small councils tell me that hosting municipal data portals costs them more than "
                                + "their whole archive budget, and they have told this committee so in writing.",
                        "Archive staff in those councils already spend their evenings converting budget tables by "
                                + "hand, without any training or any software bought for the purpose.",
                        "The regional governments have so far refused to share the cost of a common platform.",
                        "Several councils have already taken their portals offline for lack of money to renew the "
                                + "servers they were given ten years ago.",
                        last)
                .turn("Ana Ruiz", "Regional governments should pay for one shared hosting platform for the "
                                + "municipal data portals of their region.",
                        "Shared hosting platforms cut the yearly cost of each municipal portal to a fraction.")
                .turn("Lucia Ferrante", "Ben, a follow-up?")
                .turn("Ben Ode", "Councils in the north still pay for two separate portals, one for budgets and one "
                        + "for tenders.", "Would a shared platform carry both of them?")
                .turn("Ana Ruiz", "A shared platform should carry budgets and tenders alike, in the same formats.")
                .discussion();
        return PositionFinder.find(d, new SentenceScorer(d, Set.of()));
    }

    /**
     * A member's lead-in to a question ("My question is about …", "Can I turn to …", "I want to ask you about …") sets
     * the question up and is no position of theirs; a witness coming back to a point with no question after it,
     * and "the question is whether …" said as a view, are not lead-ins.
     */
    @Test
    void aLeadInToAQuestionIsNoPosition() {
        Discussion d = Fixture.session()
                .format("Hearing")
                .person("Lucia Ferrante", Role.MODERATOR, null)
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Ben Ode", Role.SPEAKER, "Government")
                .turn("Lucia Ferrante", "Welcome to the hearing; Ben Ode has questions for Ana Ruiz.")
                .turn("Ben Ode", "My question is about the hosting costs of the small municipal data portals.",
                        "Who should pay for them?")
                .turn("Ana Ruiz", "I want to come back to what you said about hosting the municipal portals.",
                        "Regional governments must pay for one shared hosting platform for all of them.")
                .turn("Ben Ode", "Can I turn to the welfare data in the published budget releases of the cities?")
                .turn("Ana Ruiz", "The question is whether regional governments will pay for the audits at all.",
                        "Personal data of welfare recipients must be removed before a budget release.")
                .turn("Ben Ode", "So I want to ask you about the audit of the regional funds for the portals.",
                        "I'm wondering how those audits are signed off in the end.")
                .turn("Ana Ruiz", "Regional auditors sign them off.")
                .turn("Ben Ode", "Just going back to the hosting costs of the regional portals for a moment.",
                        "Who pays for the servers?")
                .discussion();
        assertThat(PositionFinder.leadsIntoQuestion(d, index(d, "My question is about"))).isTrue();
        assertThat(PositionFinder.leadsIntoQuestion(d, index(d, "Can I turn to"))).isTrue();
        assertThat(PositionFinder.leadsIntoQuestion(d, index(d, "So I want to ask you"))).isTrue();
        assertThat(PositionFinder.leadsIntoQuestion(d, index(d, "Just going back to"))).isTrue();
        assertThat(PositionFinder.leadsIntoQuestion(d, index(d, "I want to come back"))).isFalse();
        assertThat(PositionFinder.leadsIntoQuestion(d, index(d, "The question is whether"))).isFalse();
        assertThat(PositionFinder.find(d, new SentenceScorer(d, Set.of())))
                .flatExtracting(Position::points).extracting(Claim::text)
                .noneMatch(t -> t.contains("hosting costs of the small") || t.contains("welfare data in the")
                        || t.contains("audit of the regional funds"));
    }

    private static int index(Discussion d, String opening) {
        for (int i = 0; i < d.size(); i++) {
            if (d.sentence(i).text().startsWith(opening)) {
                return i;
            }
        }
        throw new AssertionError("no sentence opens on " + opening);
    }

    /** "Let me start by thanking the host country …" opens a statement with thanks: no position; what follows is. */
    @Test
    void thanksToStartWithAreNoPosition() {
        Discussion d = Fixture.session().format("Panel - 90 Min")
                .person("Lucia Ferrante", Role.MODERATOR, "Civil Society")
                .person("Nomvula Dube", Role.SPEAKER, "Government")
                .turn("Lucia Ferrante", "Welcome to this main session on the follow-up of the digital compact.")
                .turn("Nomvula Dube", "Let me start by thanking the host country and the IGF Secretariat for "
                        + "bringing us together again.",
                        "The follow-up of the compact must use the processes that already exist, with one calendar.",
                        "Our ministry has eleven people who follow every international process on digital matters.")
                .discussion();
        assertThat(d.substantive(FindingsTest.sentence(d, "Let me start").index())).isFalse();
        Position nomvula = speaker(PositionFinder.find(d, new SentenceScorer(d, Set.of())), "Nomvula Dube");
        assertThat(nomvula.points()).extracting(Claim::text).noneMatch(t -> t.contains("thanking"))
                .anyMatch(t -> t.contains("one calendar"));
    }

    @Test
    void aReturnToAThemeIsCitedUnderItsPointAndNoQuoteTwice() {
        Discussion d = hearing();
        Position ana = speaker(PositionFinder.find(d, new SentenceScorer(d, Set.of())), "Ana Ruiz");
        List<Evidence> cited = ana.points().stream().flatMap(c -> c.evidence().stream()).toList();
        assertThat(cited).extracting(Evidence::quote).doesNotHaveDuplicates();
        assertThat(cited).extracting(Evidence::line).doesNotHaveDuplicates();
        // the last word on licensing is cited under the licensing point, not made a point of its own
        Claim licence = ana.points().stream().filter(c -> c.evidence().get(0).quote().contains("open licence"))
                .findFirst().orElseThrow();
        assertThat(licence.evidence()).extracting(Evidence::quote)
                .anyMatch(q -> q.startsWith("Cities that adopted an open licence"));
        // a turn on another theme is not put under it
        assertThat(licence.evidence()).extracting(Evidence::quote).noneMatch(q -> q.contains("welfare"));
    }

    @Test
    void pointsAreInTheThirdPersonWithVerbatimEvidenceAndTheOpeningStatementIsMarked() {
        Discussion d = hearing();
        Position ana = speaker(PositionFinder.find(d, new SentenceScorer(d, Set.of())), "Ana Ruiz");
        assertThat(ana.points()).allSatisfy(c -> {
            assertThat(c.text()).startsWith("Ana Ruiz ");
            assertThat(d.sentences()).anySatisfy(s -> assertThat(s.text()).isEqualTo(c.evidence().get(0).quote()));
        });
        assertThat(ana.points()).filteredOn(c -> PositionFinder.OPENING_STATEMENT.equals(c.basis())).singleElement()
                .satisfies(c -> assertThat(c.text()).startsWith("Ana Ruiz opened by saying"));
    }

    @Test
    void aModeratorsLongOpeningIsNoOpeningStatementAndAPanellistsIs() {
        String framing = "Connected devices are in every home now, and most of them never get a security update "
                + "after the first year.";
        String backdrop = "Regulators in three regions have started to write rules, and manufacturers are "
                + "worried about the cost of meeting all of them at once.";
        String stake = "Consumers cannot tell from the box how long a camera or a router will be kept safe by "
                + "its maker.";
        String cost = "Cheap devices sold online from abroad are the hardest part, because nobody in the country "
                + "answers for them when they fail.";
        Discussion d = Fixture.session()
                .person("Lucia Ferrante", Role.MODERATOR, "Technical Community")
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .turn("Lucia Ferrante", framing, backdrop, stake, cost)
                .turn("Ana Ruiz", framing, backdrop, stake, cost)
                .turn("Lucia Ferrante", "Manufacturers should print the end date of security support on every box "
                        + "they sell.")
                .turn("Ana Ruiz", "Regulators should agree one baseline of security requirements for every market.")
                .discussion();
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        // the same words, at least 80 of them in a first turn: the moderator frames the session, the panellist opens
        assertThat(speaker(positions, "Lucia Ferrante").points()).extracting(Claim::basis).containsOnlyNulls();
        assertThat(speaker(positions, "Ana Ruiz").points()).extracting(Claim::basis)
                .contains(PositionFinder.OPENING_STATEMENT);
    }

    @Test
    void theChairsAgendaIsNoPositionOfTheirs() {
        Discussion d = Fixture.session()
                .person("Lucia Ferrante", Role.MODERATOR, "Technical Community")
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .turn("Lucia Ferrante", "We have three questions today: how to see a cable cut quickly, who pays for "
                                + "repair ships and what operators owe their users.",
                        "Repair permits that take weeks are the main reason islands stay offline for so long.")
                .turn("Ana Ruiz", "We have three questions today: how to see a cable cut quickly, who pays for repair "
                                + "ships and what operators owe their users.",
                        "Operators owe their users a public notice of every outage within a day.")
                .turn("Lucia Ferrante", "Regional pools of repair ships would cut the waiting time by half in the "
                        + "Pacific.")
                .discussion();
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        assertThat(speaker(positions, "Lucia Ferrante").points()).extracting(Claim::text)
                .noneMatch(t -> t.contains("three questions"));
        // the negative case: the same words from a panellist are theirs
        assertThat(speaker(positions, "Ana Ruiz").points()).extracting(Claim::text)
                .anyMatch(t -> t.contains("three questions"));
    }

    @Test
    void theChairIntroducingAPanellistStatesNoPosition() {
        Discussion d = Fixture.session()
                .person("Lucia Ferrante", Role.MODERATOR, "Technical Community")
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .turn("Lucia Ferrante", "Ana Ruiz is a consumer advocate from Lisbon who has tested cheap cameras for "
                                + "years.",
                        "Repair permits that take weeks are the main reason islands stay offline for so long.",
                        "Regional pools of repair ships would cut the waiting time by half in the Pacific.")
                .turn("Ana Ruiz", "Consumers cannot tell from the box how long a camera will be kept safe by its maker.",
                        "A printed end date of security support would change what people buy.")
                .discussion();
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        assertThat(speaker(positions, "Lucia Ferrante").points()).extracting(Claim::text)
                .noneMatch(t -> t.contains("consumer advocate"))
                // the negative case: the chair's own view stays a point
                .anyMatch(t -> t.contains("repair ships"));
    }

    /**
     * The clerk the chair calls on to read the procedure runs the session with her: no position of theirs, however
     * long the procedure; someone unlisted speaking after a chair who called on nobody so keeps theirs.
     */
    @Test
    void theClerkReadingTheProcedureStatesNoPosition() {
        Discussion d = Fixture.session()
                .person("Abena Darko", Role.MODERATOR, "Government")
                .person("Hirut Alemayehu", Role.SPEAKER, "Government")
                .turn("Abena Darko", "Before we start I will ask the clerk to read the procedure. Mr. Antwi.")
                .turn("Kojo Antwi", "Each member will have up to five minutes for an opening intervention on the"
                                + " accountability of platforms.",
                        "Members wishing to take the floor are requested to raise their hand in the room or online.",
                        "Participants online may submit questions through Slido with the code on the screen.")
                .turn("Hirut Alemayehu", "Regulators can only enforce what the law gives them, so penalties matter.",
                        "Independence also means a budget that does not come from the ministry every year.")
                .discussion();
        assertThat(d.people().chairs("Kojo Antwi")).isTrue();
        assertThat(PositionFinder.find(d, new SentenceScorer(d, Set.of()))).extracting(Position::speaker)
                .doesNotContain("Kojo Antwi").contains("Hirut Alemayehu");

        Discussion other = Fixture.session()
                .person("Abena Darko", Role.MODERATOR, "Government")
                .turn("Abena Darko", "Before we start, the floor is open.")
                .turn("Kojo Antwi", "Each member should have five minutes for the accountability of platforms.")
                .discussion();
        assertThat(other.people().chairs("Kojo Antwi")).isFalse();
    }

    /**
     * Someone unlisted introducing themselves as the room's host, where the page lists the chair, runs the session
     * with her: staff, not among the people, with no position and no share of the talk; the rapporteur telling what
     * the session said holds no position and no share either. The negative case: without a listed chair, the voice
     * that hosts may be the chair, and stays.
     */
    @Test
    void theRoomsHostAndTheRapporteurTakeNoPartInTheDiscussion() {
        Fixture host = Fixture.session()
                .person("Camila Rojas", Role.MODERATOR, "Civil Society")
                .person("Hirut Alemayehu", Role.SPEAKER, "Government")
                .person("Nadia Ferhat", Role.RAPPORTEUR, "Intergovernmental Organization")
                .person("Lukas Brunner", Role.PARTICIPANT, null)
                .turn("Lukas Brunner", "My name is Lukas Brunner, I'm with the Secretariat and I'm the host in this "
                                + "room today.",
                        "The receivers for the interpretation are on the table by the door, channel one is English.",
                        "Questions online go in the Q&A, and the session is recorded and transcribed.")
                .turn("Camila Rojas", "Thank you Lukas. Hirut, the floor is yours.")
                .turn("Hirut Alemayehu", "Regulators can only enforce what the law gives them, so penalties matter.",
                        "Independence also means a budget that does not come from the ministry every year.")
                .turn("Nadia Ferhat", "I'm the rapporteur for this session.",
                        "What I have noted so far is that regulators need penalties and an independent budget.",
                        "The report will be on the session page within two weeks.");
        SessionReport r = new SessionAnalyzer().analyse(host.annotate());
        assertThat(r.people()).extracting(Person::name).doesNotContain("Lukas Brunner").contains("Nadia Ferhat");
        assertThat(r.positions()).extracting(Position::speaker).containsExactly("Hirut Alemayehu");
        assertThat(r.participation().speakers()).extracting(Participation.SpeakerShare::name)
                .containsExactlyInAnyOrder("Camila Rojas", "Hirut Alemayehu");
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Lukas Brunner ran the session with the chair"));

        SessionReport noChair = new SessionAnalyzer().analyse(Fixture.session()
                .person("Hirut Alemayehu", Role.SPEAKER, "Government")
                .person("Lukas Brunner", Role.PARTICIPANT, null)
                .turn("Lukas Brunner", "My name is Lukas Brunner and I'm the host in this room today.",
                        "Our topic is the accountability of platforms and the penalties regulators can impose.")
                .turn("Hirut Alemayehu", "Regulators can only enforce what the law gives them, so penalties matter.")
                .annotate());
        assertThat(noChair.people()).extracting(Person::name).contains("Lukas Brunner");
        assertThat(noChair.participation().speakers()).extracting(Participation.SpeakerShare::name)
                .contains("Lukas Brunner");
    }

    @Test
    void theChairSpeakingToSomeoneOrReportingAQuestionStatesNoPosition() {
        Discussion d = Fixture.session()
                .person("Rosa Quispe", Role.MODERATOR, "Civil Society")
                .person("Elif Demir", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Tomas Wirth", Role.SPEAKER, "Private Sector")
                .turn("Rosa Quispe", "Tomas, your company has to decide where the reviewers of each language go.",
                        "Most of the world's languages have no trained moderators on the large platforms at all.",
                        "Threats in those languages stay up while ordinary political speech is removed by machines.")
                .turn("Tomas Wirth", "We have human reviewers in about seventy languages, and machine translation "
                        + "for the rest.", "Machine translation misses irony and local slurs in small languages.")
                .turn("Elif Demir", "Rosa, the Zoom room is full and the captions are running well today.",
                        "Online, an anonymous participant asks why there are no Indigenous speakers on the panel.")
                .discussion();
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        assertThat(positions).extracting(Position::speaker).doesNotContain("Elif Demir");
        assertThat(speaker(positions, "Rosa Quispe").points()).extracting(Claim::text)
                .noneMatch(t -> t.contains("your company"))
                // the negative case: the chair's own view stays a point
                .anyMatch(t -> t.contains("no trained moderators"));
    }

    /**
     * "Daniel says the government answers …" reports Daniel's view, not the speaker's; the chair's "I will take three
     * interventions …" and the follow-up she announces run the session. The negative cases: the speaker's own view
     * after naming someone ("Daniel is wrong about …" is no reporting verb) and the chair's own view stay points.
     */
    @Test
    void anotherSpeakersViewReportedAndTheChairsRoundsAndFollowUpsAreNoPosition() {
        Discussion d = Fixture.session()
                .person("Lena Hoffmann", Role.MODERATOR, "Civil Society")
                .person("Daniel Asante", Role.SPEAKER, "Government")
                .person("Wanjiku Mwangi", Role.PARTICIPANT, null)
                .turn("Lena Hoffmann", "I will take three interventions from the floor, then the respondents answer.",
                        "Exclusion from digital ID systems falls hardest on older people in rural districts.",
                        "Paper routes have closed in many districts before enrolment was complete there.")
                .turn("Daniel Asante", "Madam Chair, I want to say that the government is accountable to the "
                        + "citizen and recovers the cost from the vendor.",
                        "A person should never have to find out which vendor held their data.")
                .turn("Wanjiku Mwangi", "Daniel says the government answers and recovers the cost from the vendor.",
                        "The vendor should be liable directly, jointly with the authority, for every breach.",
                        "Daniel is wrong about the contracts, which are secret in most of our countries.")
                .turn("Lena Hoffmann", "We are at one hour and five minutes and I promised the floor.",
                        "I want to take two last short ones and then ask the respondents for one "
                        + "sentence each.", "Open Identity Watch will publish a short note on the district threshold in "
                        + "two months.")
                .discussion();
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        assertThat(speaker(positions, "Wanjiku Mwangi").points()).extracting(Claim::text)
                .noneMatch(t -> t.contains("Daniel says"))
                .anyMatch(t -> t.contains("liable directly"));
        // "Madam Chair, I want …" names the chair before the speaker's own "I want": no view reported
        assertThat(speaker(positions, "Daniel Asante").points()).extracting(Claim::text)
                .anyMatch(t -> t.contains("recovers the cost"));
        assertThat(speaker(positions, "Lena Hoffmann").points()).extracting(Claim::text)
                .noneMatch(t -> t.contains("interventions") || t.contains("short note") || t.contains("short ones")
                        || t.contains("promised the floor"))
                .anyMatch(t -> t.contains("older people"));
    }

    @Test
    void aChairEchoingWhatAPanellistJustSaidStatesNoPosition() {
        Discussion d = Fixture.session()
                .person("Nomsa Dube", Role.MODERATOR, "Civil Society")
                .person("Tariq Aziz", Role.SPEAKER, "Technical Community")
                .turn("Nomsa Dube", "Tariq, your last word?")
                .turn("Tariq Aziz", "Fund the technicians who keep rural networks running for five years.",
                        "A mast without a technician is scrap metal within a year.")
                .turn("Nomsa Dube", "A mast without a technician is scrap metal within a year.",
                        "Rural networks also need a regulator that lets them charge their users a fee.")
                .discussion();
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        assertThat(positions).filteredOn(p -> p.speaker().equals("Nomsa Dube")).flatMap(Position::points)
                .extracting(Claim::text).noneMatch(t -> t.contains("scrap metal"));
        assertThat(speaker(positions, "Tariq Aziz").points()).extracting(Claim::text)
                .anyMatch(t -> t.contains("scrap metal"));
    }

    @Test
    void theChairReadingOutAPollsQuestionStatesNoPosition() {
        Discussion d = Fixture.session()
                .person("Lucia Ferrante", Role.MODERATOR, "Technical Community")
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .poll(new Poll("Poll 1", "Should platforms verify the age of every user?", "multiple-choice", 30,
                        List.of(new PollOption("Yes", 12, 40.0), new PollOption("No", 18, 60.0)), "polls.csv"))
                .turn("Lucia Ferrante", "Before we start, we have a short poll on Slido.",
                        "The first question is whether platforms should verify the age of every user.",
                        "Please answer on Slido now.")
                .turn("Ana Ruiz", "Platforms should verify the age of every user only where the law demands it.",
                        "Age checks collect more personal data than most services ever need.")
                .turn("Lucia Ferrante", "Repair permits that take weeks are the main reason islands stay offline.",
                        "Regional pools of repair ships would cut the waiting time by half in the Pacific.")
                .discussion();
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        assertThat(speaker(positions, "Lucia Ferrante").points()).extracting(Claim::text)
                .noneMatch(t -> t.contains("verify the age") || t.contains("short poll"))
                .anyMatch(t -> t.contains("repair ships"));
        // the negative case: a panellist taking up the poll's words states her view
        assertThat(speaker(positions, "Ana Ruiz").points()).extracting(Claim::text)
                .anyMatch(t -> t.contains("verify the age"));
    }

    /**
     * The online moderator reporting the technical side ("The recording is on and the transcript is running") and
     * reading a form's results in order ("health data came first with 12, then …") states no position.
     */
    @Test
    void theOnlineModeratorReadingResultsOrTheRecordingStatesNoPosition() {
        Discussion d = Fixture.session()
                .person("Adaeze Okafor", Role.MODERATOR, "Government")
                .person("Kofi Boateng", Role.ONLINE_MODERATOR, "Intergovernmental Organization")
                .person("Aminata Sow", Role.SPEAKER, "Intergovernmental Organization")
                .turn("Kofi Boateng", "Yes, Honourable Minister, loud and clear. The recording is on and the"
                        + " transcript is running.")
                .turn("Aminata Sow", "Mutual recognition between functioning authorities is what we propose for the"
                        + " region's data flows.")
                .turn("Adaeze Okafor", "Kofi, you had the form results?")
                .turn("Kofi Boateng", "Yes Minister. On what the framework should cover first, health data came first"
                        + " with 12, then digital ID and civil registration with 10, payments and financial data 9.")
                .discussion();
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        assertThat(positions).flatExtracting(Position::points).extracting(Claim::text)
                .noneMatch(t -> t.contains("recording") || t.contains("health data"));
    }

    /** With no poll export, a statement the chair puts to a show of hands is read out, no view of the chair's. */
    @Test
    void aStatementTheChairPutsToAShowOfHandsStatesNoPosition() {
        Discussion d = Fixture.session()
                .person("Jamal Reid", Role.ONLINE_MODERATOR, "Intergovernmental Organization")
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .turn("Jamal Reid", "We don't have a poll set up today, so let's do it the old fashioned way.",
                        "Here is the statement: every country should keep its incident response team outside the"
                                + " military.",
                        "In the room raise your hand if you agree, and online please use the yes or no buttons.")
                .turn("Ana Ruiz", "Every country should keep its incident response team outside the military.",
                        "Victims do not report to a team that answers to the armed forces.")
                .turn("Jamal Reid", "Small island states could share one regional team and one budget line.",
                        "Donor projects that end after three years leave a website and nobody on call.",
                        "Raise your hand if you have a question for the panel.")
                .discussion();
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        assertThat(speaker(positions, "Jamal Reid").points()).extracting(Claim::text)
                .noneMatch(t -> t.contains("outside the military") || t.contains("poll"))
                // the negative case: asking for hands for questions puts nothing to a vote
                .anyMatch(t -> t.contains("nobody on call"));
        assertThat(speaker(positions, "Ana Ruiz").points()).extracting(Claim::text)
                .anyMatch(t -> t.contains("outside the military"));
    }

    @Test
    void aSpeakerWithOneShortQuestionHasNoPosition() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "Cities need a clear licence before they publish any budget data.",
                        "Without an open licence, journalists cannot reuse the budget tables at all.")
                .turn("Ben Ode", "Who should pay for hosting the municipal data portals in small towns?")
                .discussion();
        assertThat(PositionFinder.find(d, new SentenceScorer(d, Set.of()))).extracting(Position::speaker)
                .containsExactly("Ana Ruiz");
    }

    /**
     * A chair who states views between the questions, a member who asks in six turns, each with its evidence, and a
     * witness who answers them all.
     */
    private static Discussion questioned(String format) {
        String[][] exchanges = {
            {"Small councils told this committee that open licences for budget files confuse their clerks.",
                "Forty councils adopted the national open licence for their budget files this spring.",
                "Journalists reused the licensed budget tables of those councils within weeks."},
            {"Council leaders described the shared hosting of municipal data portals as unaffordable.",
                "Regional governments now pay for one shared hosting platform in each region.",
                "Shared hosting cut the yearly cost of a municipal portal to a tenth."},
            {"Welfare charities fear that budget releases expose personal data of welfare recipients.",
                "The data protection authority checks every welfare budget release before publication.",
                "No personal data of welfare recipients has leaked from a budget release since then."},
            {"Archive staff convert scanned budget tables by hand in the evenings, we heard.",
                "Archive staff received conversion software paid from the digital fund in March.",
                "Converted archives now cover twelve years of municipal accounts in most regions."},
            {"Local newspapers complain that budget tables arrive months after the council vote.",
                "Municipal budget tables must now appear online within ten days of the council vote.",
                "Late publication has fallen to three councils out of every hundred."},
            {"Auditors warned this committee that nobody checks the published budget figures.",
                "The national audit office samples twenty published council budgets every quarter.",
                "Its first sample found rounding errors but no missing spending lines."}};
        Fixture f = Fixture.session().format(format)
                .person("Lucia Ferrante", Role.MODERATOR, "Parliament")
                .person("Ben Ode", Role.SPEAKER, "Parliament")
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .turn("Lucia Ferrante", "The committee has long held that open budget data serves every taxpayer "
                        + "in the country.",
                        "Our last report found that small councils publish far less budget data than large ones.",
                        "What has changed since our last report on open budget data?");
        for (String[] e : exchanges) {
            f.turn("Ben Ode", e[0], "I'll turn, therefore, to what the minister has done about it since the "
                            + "spring.", "What has the government done about it?")
                    .turn("Ana Ruiz", e[1], e[2]);
        }
        return f.discussion();
    }

    @Test
    void inAHearingTheChairHasNoPositionAndAMemberFewerPointsThanTheMainWitness() {
        Discussion d = questioned("Hearing");
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        assertThat(positions).extracting(Position::speaker).doesNotContain("Lucia Ferrante");
        Position member = speaker(positions, "Ben Ode");
        Position witness = speaker(positions, "Ana Ruiz");
        assertThat(member.points()).hasSizeLessThanOrEqualTo(PositionFinder.MEMBER_MAX_POINTS)
                .hasSizeLessThan(witness.points().size());
        // turning to the next topic is no finding
        assertThat(member.points()).extracting(Claim::text).noneMatch(t -> t.contains("turn"));
        // a round table's moderator states a view like anyone else, and the same turns earn the questioner more
        Discussion panel = questioned("Round Table");
        List<Position> panelPositions = PositionFinder.find(panel, new SentenceScorer(panel, Set.of()));
        assertThat(panelPositions).extracting(Position::speaker).contains("Lucia Ferrante");
        assertThat(speaker(panelPositions, "Ben Ode").points()).hasSizeGreaterThan(member.points().size());
    }

    /**
     * A moderator with nothing but chairing holds no position: the session's plan, a group sent off, a point recalled
     * to prompt the next speaker, a poll read out, a chat comment relayed, a recommendation of the draft read out. A
     * view of their own is kept.
     */
    @Test
    void aChairWithNothingButChairingHoldsNoPosition() {
        Fixture f = Fixture.session()
                .person("Mateo Rojas", Role.MODERATOR, "Civil Society")
                .person("Ana Ruiz", Role.SPEAKER, "Government")
                .person("Ben Ode", Role.SPEAKER, "Private Sector")
                .turn("Mateo Rojas", "There is a Slido code on the screen, and there are two questions there for "
                        + "the end.", "We will have two short inputs, five minutes each, to set the scene.",
                        "Group two, with Ana and Ben, takes the second question, who pays for the shared services.")
                .turn("Ana Ruiz", "Small utilities cannot hire security staff, so they need shared services run by "
                        + "the national CERT.", "Our pilot cut exposed remote access from nineteen services to three.")
                .turn("Mateo Rojas", "Let me look at the Slido before we hear the vendors on liability.",
                        "The top answer of the poll, with 38%, is shared security services between utilities.", "Lucía says that the controllers in the field are older than the staff who "
                        + "run them.", "Omar Haddad from Cairo writes that the vendors in his country never log "
                        + "remote sessions at all.", "I see a hand in the third row, and then the gentleman at the "
                        + "microphone.", "And recommendation two, from the working group on vendors.",
                        "Vendors should log every remote session and hand the logs to the operator.",
                        "Ana made a case for shared services run by the national CERT.",
                        "Ben, would your members pay for them?")
                .turn("Ben Ode", "Vendors now ship every controller with a unique password, and we log every remote "
                        + "session for the operator.", "Liability without limit would push vendors out of small "
                        + "markets.");
        List<Position> chairing = PositionFinder.find(f.discussion(), new SentenceScorer(f.discussion(), Set.of()));
        assertThat(chairing).extracting(Position::speaker).doesNotContain("Mateo Rojas").contains("Ana Ruiz");

        Discussion own = f.turn("Mateo Rojas", "Honestly, the old controllers in the field worry me more than the new "
                        + "ones, because nobody patches them.",
                        "Utilities in our region still run controllers from the nineteen nineties without any patches.")
                .discussion();
        assertThat(PositionFinder.find(own, new SentenceScorer(own, Set.of()))).extracting(Position::speaker)
                .contains("Mateo Rojas");
    }

    /**
     * A chair reading out the page's policy question, saying how the session will go ("I'm going to be a bit
     * disobedient and start with the second one", "we'll jump between the two") or hearing agreement in the room
     * ("On the money, I hear more agreement: …") runs the session: no position of theirs; a view of their own is one.
     */
    @Test
    void aChairsPlanReadingOfThePageAndHeardAgreementAreNoPosition() {
        Fixture f = Fixture.session()
                .policyQuestion("Shared services: How can small water utilities share security staff and tools "
                        + "across a region?")
                .person("Mateo Rojas", Role.MODERATOR, "Civil Society")
                .person("Ana Ruiz", Role.SPEAKER, "Government")
                .person("Ben Ode", Role.SPEAKER, "Private Sector")
                .turn("Mateo Rojas", "The question is how small water utilities can share security staff and tools "
                                + "across a region.",
                        "Honestly I suspect we'll jump between the two, because in real life they're the same "
                                + "conversation.",
                        "I'm going to be a bit disobedient and start with the second one, because it is where people "
                                + "get hurt.")
                .turn("Ana Ruiz", "Small utilities cannot hire security staff, so they need shared services run by "
                        + "the national CERT.", "Our pilot cut exposed remote access from nineteen services to three.")
                .turn("Mateo Rojas", "On the money, I hear more agreement: shared services, cheaper tools, and a fund "
                        + "that small utilities can actually reach.")
                .turn("Ben Ode", "Vendors now ship every controller with a unique password, and we log every remote "
                        + "session for the operator.", "Liability without limit would push vendors out of small "
                        + "markets.");
        Discussion d = f.discussion();
        assertThat(PositionFinder.find(d, new SentenceScorer(d, Set.of()))).extracting(Position::speaker)
                .doesNotContain("Mateo Rojas").contains("Ana Ruiz");

        Discussion own = f.turn("Mateo Rojas", "Honestly, the old controllers in the field worry me more than the new "
                        + "ones, because nobody patches them.",
                        "Utilities in our region still run controllers from the nineteen nineties without any patches.")
                .discussion();
        assertThat(PositionFinder.find(own, new SentenceScorer(own, Set.of()))).extracting(Position::speaker)
                .contains("Mateo Rojas");
    }

    /**
     * A chair giving the closing round its form ("I will ask each of the panellists for one sentence") and announcing
     * the summing up before the items it takes away ("Let me try to sum up, and Ana will correct me.") runs the
     * session: neither is a position of theirs.
     */
    @Test
    void aChairsRoundAndAnnouncedSummingUpAreNoPosition() {
        Discussion d = waterUtilitiesOpening()
                .turn("Mateo Rojas", "To close, I will ask each of the panellists for one sentence, one call to "
                        + "action.")
                .turn("Ana Ruiz", "Regulators should fund shared security services for every small utility.")
                .turn("Ben Ode", "Vendors should log every remote session and give the log to the operator.")
                .turn("Mateo Rojas", "Let me try to sum up, and Ana will correct me in the report.",
                        "Three things I take away.", "First, small utilities need shared security services.",
                        "Second, every controller should ship with a unique password.",
                        "Third, the fund must be within reach of the smallest utilities.")
                .discussion();
        assertThat(PositionFinder.find(d, new SentenceScorer(d, Set.of())))
                .flatExtracting(Position::points).extracting(Claim::text)
                .noneMatch(t -> t.contains("each of the panellists")).noneMatch(t -> t.contains("sum up"));
    }

    /** A moderator and two panellists on small water utilities, each panellist's opening turn said. */
    private static Fixture waterUtilitiesOpening() {
        return Fixture.session()
                .person("Mateo Rojas", Role.MODERATOR, "Civil Society")
                .person("Ana Ruiz", Role.SPEAKER, "Government")
                .person("Ben Ode", Role.SPEAKER, "Private Sector")
                .turn("Mateo Rojas", "Welcome to our session on small water utilities and their security.")
                .turn("Ana Ruiz", "Small utilities cannot hire security staff, so they need shared services run by "
                        + "the national CERT.", "Our pilot cut exposed remote access from nineteen services to three.")
                .turn("Ben Ode", "Vendors now ship every controller with a unique password, and we log every remote "
                        + "session for the operator.", "Liability without limit would push vendors out of small "
                        + "markets.");
    }

    /** A moderator's closing summary tells the room's views, not the moderator's: none of it is a position. */
    @Test
    void aChairsClosingSummaryIsNoPositionOfTheirs() {
        Discussion d = waterUtilitiesOpening()
                .turn("Ana Ruiz", "A cap on liability at the value of the contract would keep vendors in small "
                        + "markets.", "Regulators in our region are discussing it this year.")
                .turn("Ben Ode", "We could accept a cap for small markets.", "Who pays after a vendor leaves is "
                        + "the harder question.")
                .turn("Mateo Rojas", "The old controllers in the field worry me more than the new ones, honestly.",
                        "Let me sum up.", "Three things I take away.",
                        "First, small utilities need shared services because they cannot hire security staff.",
                        "Second, vendors should log every remote session and hand the logs to the operator.",
                        "Third, liability beyond the contract narrowed, as Ben said.",
                        "Both accept a cap at the value of the contract for small markets.",
                        "They still differ on who pays when a vendor has left the market.")
                .discussion();
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        // nor are the sentences its last item runs on with
        assertThat(positions).filteredOn(p -> p.speaker().equals("Mateo Rojas"))
                .flatExtracting(Position::points).flatExtracting(Claim::evidence)
                .extracting(org.rapporteur.model.Evidence::quote)
                .noneMatch(q -> q.startsWith("First,") || q.startsWith("Second,") || q.startsWith("Third,")
                        || q.startsWith("Both accept") || q.startsWith("They still differ"));
        assertThat(positions).extracting(Position::speaker).contains("Ana Ruiz", "Ben Ode");
        // naming whom the room heard it from is no agreement of the chair's
        assertThat(RelationFinder.find(d).agreements()).extracting(Relation::speaker).doesNotContain("Mateo Rojas");
    }

    /**
     * The rapporteur's closing summary is the room's as the chair's is, and a chair's recap before moving on ("So
     * what I'm hearing is …") too: neither is a position; the rapporteur's own point outside the summary is kept.
     */
    @Test
    void theRapporteursSummaryAndAChairsRecapAreNoPositions() {
        Discussion d = waterUtilitiesOpening()
                .person("Lina Haddad", Role.RAPPORTEUR, "Civil Society")
                .turn("Mateo Rojas", "So what I'm hearing is that shared services and vendor logs are agreed.",
                        "There is agreement on that.",
                        "Where the panel still differs is liability, and how far a vendor answers for old controllers.",
                        "Ana, is a cap on liability the answer?")
                .turn("Ana Ruiz", "A cap on liability at the value of the contract would keep vendors in small "
                        + "markets.", "Regulators in our region are discussing it this year.")
                .turn("Mateo Rojas", "So what I'm hearing on liability is a cap at the value of the contract.",
                        "Where the panel still differs is who pays once a vendor has left the small markets for good.",
                        "Ben, would your members accept that?")
                .turn("Ben Ode", "Our members could accept a cap at the value of the contract in small markets.")
                .turn("Lina Haddad", "Let me try to capture the key points.",
                        "First, small utilities need shared services because they cannot hire security staff.",
                        "Second, vendors should log every remote session and hand the logs to the operator.",
                        "And finally, a cap on liability at the value of the contract narrowed the differences.")
                .discussion();
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        assertThat(positions).extracting(Position::speaker).doesNotContain("Lina Haddad", "Mateo Rojas")
                .contains("Ana Ruiz", "Ben Ode");
    }

    private static Position speaker(List<Position> positions, String name) {
        return positions.stream().filter(p -> p.speaker().equals(name)).findFirst().orElseThrow();
    }

    /** A panellist's opening statement of {@code sentences}, then a short answer on another theme. */
    private static Claim openingSummary(String... sentences) {
        Discussion d = Fixture.session()
                .person("Lucia Ferrante", Role.MODERATOR, "Technical Community")
                .person("Kwame Boateng", Role.SPEAKER, "Government")
                .turn("Lucia Ferrante", "Kwame, you run the rural connectivity programme. Where do you start?")
                .turn("Kwame Boateng", sentences)
                .turn("Lucia Ferrante", "And what about the spectrum for these networks?")
                .turn("Kwame Boateng", "Spectrum is the easy part once the licence exists, we share it by region.")
                .discussion();
        return speaker(PositionFinder.find(d, new SentenceScorer(d, Set.of())), "Kwame Boateng").points().stream()
                .filter(c -> PositionFinder.OPENING_STATEMENT.equals(c.basis())).findFirst().orElseThrow();
    }

    @Test
    void anOpeningStatementIsSummarisedByItsThesisNotItsFactsOrItsSelfDescription() {
        Claim summary = openingSummary(
                "I lead the connectivity programme at the ministry, so I look at the problem from the budget side.",
                "We launched the programme in 2021 with twelve towers and 4,000 users in the first year of work.",
                "Today the towers reach sixty villages across three provinces of the north, where no operator goes.",
                "Every regulator should license community networks at a nominal fee, because the national fee "
                        + "kills them before they start.",
                "Most of the money still goes to the large operators, who build where the customers already are.");
        assertThat(summary.evidence().get(0).quote()).startsWith("Every regulator should license");
        assertThat(summary.text()).startsWith("Kwame Boateng opened by saying that every regulator should");
    }

    @Test
    void whatMattersInAPseudoCleftIsAThesis() {
        Claim summary = openingSummary(
                "Our agency publishes the number of staff per official language in its yearly report.",
                "We started doing that three years ago, when the new telecommunications act came into force.",
                "The report also lists the towers we inspected in each province and the fines we issued.",
                "A count of staff tells you very little about how well the work is done in each village.",
                "What matters is the outcome: how fast a broken tower is repaired, and how often a complaint is "
                        + "upheld on appeal.");
        assertThat(summary.evidence().get(0).quote()).startsWith("What matters is the outcome");
    }

    @Test
    void aPointAnnouncedAsTheSpeakersAndStatedAtOnceIsTheThesis() {
        String[] facts = {"First, nobody knows for some hours that it is a cable fault at all.",
            "The traffic just moves, if it can, and if it can't, a country goes dark for a week or more.",
            "So the repair itself, the actual splicing at sea, is maybe two or three days of work.",
            "Most of the ships on standby are older than the cables they repair, and nobody orders new ones."};
        Claim summary = openingSummary(concat(facts, "So my first point: repair capacity is a shared public good, "
                + "and we finance it as if it was a private service contract."));
        assertThat(summary.evidence().get(0).quote()).startsWith("So my first point");
        // a point announced by its topic only states nothing
        assertThat(openingSummary(concat(facts, "My first point is about the ships and the spare cable in the "
                + "depots.")).evidence().get(0).quote()).doesNotStartWith("My first point");
    }

    /** The presentation summary leads the speaker's points, as in the IGF template; the rest follow as spoken. */
    @Test
    void theOpeningSummaryLeadsThePoints() {
        Discussion d = Fixture.session()
                .person("Lucia Ferrante", Role.MODERATOR, "Technical Community")
                .person("Kwame Boateng", Role.SPEAKER, "Government")
                .turn("Lucia Ferrante", "Kwame, you have been on the ships. When a cable breaks, what happens?")
                .turn("Kwame Boateng", "In March 2024, when four cables were cut off the coast, the only ship that "
                        + "came had to sail back to Cape Town first to load spare cable.",
                        "Spare cable of the right type is stored in depots, and a depot 4,000 kilometres away costs "
                                + "a whole week of waiting.",
                        "The repair itself, the splicing at sea, takes two or three days once the ship is there.",
                        "So my first point: repair capacity is a shared public good, and we finance it as if it was "
                                + "a private service contract.")
                .turn("Lucia Ferrante", "And what about the permits for these ships?")
                .turn("Kwame Boateng", "Permits are the easy part once the ship is registered in advance with the "
                        + "coastal state.")
                .turn("Lucia Ferrante", "And the crews?")
                .turn("Kwame Boateng", "We train almost nobody, and the average cable jointer on those ships is in "
                        + "their fifties.")
                .discussion();
        SentenceScorer scorer = new SentenceScorer(d, Set.of());
        List<Integer> own = java.util.stream.IntStream.range(0, d.size())
                .filter(i -> d.sentence(i).speaker().equals("Kwame Boateng") && scorer.quotable(i)).boxed().toList();
        Map<Integer, List<Integer>> told = new java.util.HashMap<>();
        own.forEach(i -> told.put(i, d.told(i)));
        // words enough for six points: the opening statement gives more than its summary
        PositionFinder.Points points = PositionFinder.points(d, scorer, own, told, 2400, false);
        assertThat(points.picked()).hasSizeGreaterThan(3);
        assertThat(d.sentence(points.picked().get(0)).text()).startsWith("So my first point");
        assertThat(points.picked().get(0)).isEqualTo(points.summary());
        assertThat(points.picked().subList(1, points.picked().size())).isSorted();
    }

    @Test
    void leavingEarlyIsNoSummaryOfTheStatement() {
        Claim summary = openingSummary("Yes, briefly on permits, and then security too, because I have to leave at "
                        + "half past, I apologise to everybody.",
                "The law of the sea already gives every state the freedom to repair cables beyond its waters.",
                "What it does not do is set any timeline inside territorial waters, where the weeks are lost.",
                "Most damage to cables is still accidental, from fishing gear and anchors, not from sabotage.",
                "A fishing community that knows where the cable runs protects it better than any navy ship could.");
        assertThat(summary.evidence().get(0).quote()).doesNotContain("leave");
    }

    private static String[] concat(String[] first, String last) {
        String[] out = java.util.Arrays.copyOf(first, first.length + 1);
        out[first.length] = last;
        return out;
    }

    @Test
    void anOpeningStatementArguingNothingIsSummarisedByWhatIsNotADatedFact() {
        Claim summary = openingSummary(
                "We launched the programme in 2021 with twelve towers and 4,000 users in the first year of work.",
                "The towers now reach villages across three provinces of the north, where no operator ever goes.",
                "The cooperatives run them with young technicians trained in each district by the programme.",
                "In 2023 the budget grew by 40 percent, and 18 more districts asked to join the next round.",
                "Farmers in the north now sell their maize at market prices they check on their phones.");
        assertThat(summary.evidence().get(0).quote()).doesNotContainPattern("\\d");
    }

    /** Kwame's statement in two blocks, an export's timed split, with {@code between} said by the moderator between. */
    private static List<Claim> splitStatement(String... between) {
        Fixture f = Fixture.session()
                .person("Lucia Ferrante", Role.MODERATOR, "Technical Community")
                .person("Kwame Boateng", Role.SPEAKER, "Government")
                .turn("Lucia Ferrante", "Kwame, you run the rural connectivity programme. Where do you start?")
                .turn("Kwame Boateng", "Let me start with a bill we received when the programme began its work.",
                        "Hosting in the country cost us three times what we paid abroad, because one data centre "
                                + "with one owner faced no competition at all.");
        if (between.length > 0) {
            f.turn("Lucia Ferrante", between);
        }
        Discussion d = f.turn("Kwame Boateng", "The citizen got the same data in the same software, run by the same "
                                + "provider, in a building near the airport.",
                        "Moving the disk did not change who holds the keys to it, and the small firms paid for the "
                                + "move out of their own budgets.",
                        "Data protection should follow the person, not the server, and every country should fund "
                                + "an authority that can fine.")
                .turn("Lucia Ferrante", "And what about the spectrum for these networks?")
                .turn("Kwame Boateng", "Spectrum is the easy part once the licence exists, we share it by region.")
                .discussion();
        return speaker(PositionFinder.find(d, new SentenceScorer(d, Set.of())), "Kwame Boateng").points();
    }

    @Test
    void anOpeningStatementSplitIntoTimedBlocksIsSummarisedAsOne() {
        assertThat(splitStatement()).filteredOn(c -> PositionFinder.OPENING_STATEMENT.equals(c.basis()))
                .singleElement().satisfies(c -> assertThat(c.evidence().get(0).quote())
                        .startsWith("Data protection should follow the person"));
    }

    @Test
    void twoShortTurnsWithSomeoneBetweenAreNoOpeningStatement() {
        assertThat(splitStatement("Go on, please.")).extracting(Claim::basis).containsOnlyNulls();
    }

    @Test
    void ofSeveralThesesTheStatementIsSummarisedByTheOneItBuildsTo() {
        Claim summary = openingSummary(statementThen("So data protection should follow the person, not the server."));
        assertThat(summary.evidence().get(0).quote()).startsWith("So data protection should follow the person");
    }

    @Test
    void aThesisAgreeingWithSomeoneByTitleOrObjectingIsNoSummary() {
        assertThat(openingSummary(statementThen("I agree with the Honourable Member from the north: license the "
                + "networks at a nominal fee.")).evidence().get(0).quote()).startsWith("Every regulator should license");
        assertThat(openingSummary(statementThen("Where I would push back a little is on the idea that the operators "
                + "should decide everything alone.")).evidence().get(0).quote())
                .startsWith("Every regulator should license");
    }

    @Test
    void aThesisPointingBackIsNoSummaryOnItsOwn() {
        assertThat(openingSummary(statementThen("And the ministry should fund it, because no village can pay the "
                + "licence alone.")).evidence().get(0).quote()).startsWith("Every regulator should license");
    }

    @Test
    void aThesisReplyingToSomeoneNamedIsNotTheOneTheStatementBuildsTo() {
        Claim summary = openingSummary(statementThen(
                "I agree with Lucia that the access procedure should be the key to all of this."));
        assertThat(summary.evidence().get(0).quote()).startsWith("Every regulator should license");
    }

    /** An opening statement of a thesis and three facts, then {@code last}. */
    private static String[] statementThen(String last) {
        return new String[] {
                "Every regulator should license community networks at a nominal fee, because the national fee "
                        + "kills them before they start.",
                "Hosting in the country cost three times what we paid abroad, because one data centre with one "
                        + "owner faces no competition.",
                "Moving the disk did not change who holds the keys, and the small firms paid for the move.",
                "The firms we work with are mostly small, with fewer than twenty staff and no lawyer of their own "
                        + "to read the rules for them.",
                last};
    }

    /** A chat comment the chair reads out with where its writer is ("Omar Haddad from Cairo writes that …") is not theirs. */
    @Test
    void aCommentRelayedWithWhereItsWriterIsIsNotTheChairs() {
        Discussion d = Fixture.session()
                .person("Mateo Rojas", Role.MODERATOR, "Civil Society")
                .person("Ana Ruiz", Role.SPEAKER, "Government")
                .turn("Ana Ruiz", "Small utilities cannot hire security staff, so they need shared services run by "
                        + "the national CERT.", "Our pilot cut exposed remote access from nineteen services to three.")
                .turn("Mateo Rojas", "Omar Haddad from Cairo writes that the vendors in his country never log remote "
                        + "sessions at all.", "Honestly, the old controllers in the field worry me more than the new "
                        + "ones, because nobody patches them.", "Utilities in our region still run controllers from the "
                        + "nineteen nineties without any patches.")
                .discussion();
        assertThat(PositionFinder.find(d, new SentenceScorer(d, Set.of()))).filteredOn(p -> p.speaker()
                .equals("Mateo Rojas")).flatExtracting(Position::points).extracting(c -> c.evidence().get(0).quote())
                .isNotEmpty().noneMatch(q -> q.startsWith("Omar Haddad"));
    }
}
