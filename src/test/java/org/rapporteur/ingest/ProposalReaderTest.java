package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapporteur.ingest.Exports.detect;
import static org.rapporteur.ingest.Exports.fixture;
import static org.rapporteur.ingest.Exports.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

class ProposalReaderTest {

    private static final String WEOG = "Western European and Others Group (WEOG)";

    private final ProposalReader reader = new ProposalReader();

    @Test
    void readsTheWorkshopPageWithOnePersonPerNameWhateverTheirRoles() throws Exception {
        SessionParts parts = read(reader, fixture("proposal/ws530-proposal.txt"), "igf-proposal");

        SessionInfo info = parts.proposal.info();
        assertThat(info.id()).isEqualTo("proposal");
        assertThat(info.code()).isEqualTo("IGF 2022 WS #530");
        assertThat(info.title()).isEqualTo("Security meets Responsibility: connected everything’s resili");
        assertThat(info.format()).isEqualTo("Round Table - U-shape - 90 Min");
        assertThat(info.durationMinutes()).isEqualTo(90);
        assertThat(info.theme()).isNull();
        assertThat(info.policyQuestions()).containsExactly(
                "Cybersecurity practices and mechanisms: What are the existing responsible cybersecurity practices "
                        + "and international mechanisms? Where do those mechanisms fall short and what can we do to "
                        + "improve their inclusion in product development and distribution?",
                "Ensuring a responsible digital space: How must governments, businesses and other stakeholders "
                        + "protect individuals against online exploitation and abuse?",
                "Regulation, competition and innovation: How could formal and self-regulatory frameworks help "
                        + "foster more competitive markets for connected services, more sustainable business models, "
                        + "and inclusive innovation?");
        assertThat(info.sdgs()).containsExactly("9. Industry, Innovation and Infrastructure",
                "10. Reduced Inequalities", "16. Peace, Justice and Strong Institutions");
        assertThat(parts.proposal.people()).containsExactly(
                new Person("Lucien M. Castex", List.of(Role.ORGANIZER, Role.MODERATOR), "AFNIC",
                        "Technical Community", WEOG, List.of()),
                new Person("Rayna Stamboliyska", List.of(Role.ORGANIZER, Role.SPEAKER), "RS Strategy",
                        "Private Sector", "Eastern European Group", List.of()),
                new Person("Jean-Jacques Sahel", List.of(Role.SPEAKER), null, "Technical Community", WEOG, List.of()),
                new Person("Claire Mélanie Popineau", List.of(Role.SPEAKER), null, "Civil Society", WEOG, List.of()),
                new Person("Sébastien Bachollet", List.of(Role.ONLINE_MODERATOR), null, "Civil Society", WEOG,
                        List.of()),
                new Person("Samih Souissi", List.of(Role.RAPPORTEUR), null, "Government", WEOG, List.of()));
        assertThat(parts.sources).containsExactly(
                new SourceFile("ws530-proposal.txt", SourceKind.PROPOSAL, "igf-proposal", 6));
        assertThat(parts.warnings).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"proposal/proposal-2024.txt", "proposal/proposal-2024.html"})
    void reads2024LayoutWithDurationLineNamelessOrganiserAndQuestionLines(String path) throws Exception {
        Proposal proposal = read(reader, fixture(path), "igf-proposal").proposal;

        assertThat(proposal.info()).isEqualTo(new SessionInfo("proposal", "IGF 2024 Open Forum #57",
                "Community networks and meaningful connectivity", "Classroom", 60,
                List.of("How can regulators license spectrum so that community networks can afford it?",
                        "What role should universal service funds play in financing last-mile connectivity?",
                        "Who is accountable when a community network fails its users?"),
                List.of("5. Gender Equality", "9. Industry, Innovation and Infrastructure"), List.of())
                .withTheme("Universal Access & Meaningful Connectivity"));
        assertThat(proposal.people()).containsExactly(
                new Person("Nomvula Dlamini", List.of(Role.ORGANIZER, Role.MODERATOR), "Ubuntu Mesh Alliance",
                        "Civil Society", "African Group", List.of()),
                new Person("Kofi Asante", List.of(Role.ORGANIZER, Role.ONLINE_MODERATOR),
                        "West Africa Digital Access Network", "Technical Community", "African Group", List.of()),
                new Person("Tendai Moyo", List.of(Role.SPEAKER), null, "Civil Society", "African Group", List.of()),
                new Person("Grace Achieng Odhiambo", List.of(Role.SPEAKER), null, "Government", "African Group",
                        List.of()),
                new Person("Ibrahim Sow", List.of(Role.SPEAKER), null, "Technical Community", "African Group",
                        List.of()),
                new Person("Aiko Tanaka", List.of(Role.RAPPORTEUR), null, "Intergovernmental Organization",
                        "Intergovernmental Organization", List.of()));
    }

    @Test
    void aSessionCodeOfSeveralWordsIsKeptApartFromTheTitle() {
        assertThat(ProposalReader.sessionCode("IGF 2025 Parliamentary Track Session #3 Legislating for AI"))
                .hasValue("IGF 2025 Parliamentary Track Session #3");
        assertThat(ProposalReader.titleAfterCode("IGF 2025 Parliamentary Track Session #3 Legislating for AI"))
                .hasValue("Legislating for AI");
        assertThat(ProposalReader.sessionCode("IGF 2024 Day 2 Parliamentary Session 4 - Trust online"))
                .hasValue("IGF 2024 Parliamentary Session 4");
        assertThat(ProposalReader.sessionCode("Parliamentary questions on AI")).isEmpty();
        // a type not in the list, numbered after the year, is a code too; without the year and number it is not
        assertThat(ProposalReader.sessionCode("IGF 2025 High-Level Roundtable #3 Keeping islands connected"))
                .hasValue("IGF 2025 High-Level Roundtable #3");
        assertThat(ProposalReader.titleAfterCode("IGF 2025 High-Level Roundtable #3 Keeping islands connected"))
                .hasValue("Keeping islands connected");
        assertThat(ProposalReader.sessionCode("High-Level Roundtable on islands")).isEmpty();
    }

    /** The IGF website's titles put the day and the room between the year and the code, set apart by dashes. */
    @Test
    void theWebsitesDayAndRoomAreNoPartOfTheCode() {
        assertThat(ProposalReader.sessionCode("IGF 2026 - Day 3 - Workshop Room 4 - WS #144 Second life - RAW"))
                .hasValue("IGF 2026 WS #144");
        assertThat(ProposalReader.titleAfterCode("IGF 2026 – Day 3 – Workshop Room 4 – WS #144 Second life – RAW"))
                .hasValue("Second life");
        assertThat(ProposalReader.sessionCode("IGF 2024 Day 1 Workshop Room 1 WS171 Safe online spaces - RAW"))
                .hasValue("IGF 2024 WS171");
        assertThat(ProposalReader.sessionCode("Day 3 - Room 4 - a chat about repair")).isEmpty();
    }

    /**
     * A caption file's title line names the room before " - RAW": the room is no part of the title; words after a
     * dash that are no room's, or not a name's capitals ("- from the room to the world"), stay.
     */
    @Test
    void aRoomAtTheEndOfACaptionTitleIsNoPartOfIt() {
        assertThat(ProposalReader.titleAfterCode("IGF 2025 Day 3 WS #214 Cyber capacity for small administrations:"
                + " people, partners and procurement - Workshop Room 4 - RAW")).hasValue("Cyber capacity for small "
                + "administrations: people, partners and procurement");
        assertThat(ProposalReader.titleAfterCode("IGF 2025 Day 2 Town Hall #58 Digital ID - Main Plenary Hall - RAW"))
                .hasValue("Digital ID");
        assertThat(ProposalReader.titleAfterCode("IGF 2025 WS #9 Governance - from the room to the world - RAW"))
                .hasValue("Governance - from the room to the world");
        assertThat(ProposalReader.titleAfterCode("IGF 2025 WS #10 Open data - Lessons From Lagos - RAW"))
                .hasValue("Open data - Lessons From Lagos");
    }

    @Test
    void readsInlineLabelsOtherSessionTypesAndPlainQuestionParagraphs(@TempDir Path dir) throws Exception {
        String page = """
                Town Hall #110: Connected things
                speaker 1: Ana Ruiz, Government, Latin American and Caribbean Group (GRULAC)
                moderator: ANA RUIZ
                FORMAT: Panel - 75 min
                Thematic track: Trust and security
                POLICY QUESTION
                Is security a shared duty? Who pays for updates?
                The session will also look at labels.
                """;
        InputFile file = Exports.write(dir, "page.txt", page.getBytes(StandardCharsets.UTF_8));

        Proposal proposal = read(reader, file, "igf-proposal").proposal;

        assertThat(proposal.info().code()).isEqualTo("Town Hall #110");
        assertThat(proposal.info().title()).isEqualTo("Connected things");
        assertThat(proposal.info().format()).isEqualTo("Panel - 75 min");
        assertThat(proposal.info().durationMinutes()).isEqualTo(75);
        assertThat(proposal.info().theme()).isEqualTo("Trust and security");
        assertThat(proposal.info().policyQuestions())
                .containsExactly("Is security a shared duty?", "Who pays for updates?");
        assertThat(proposal.people()).containsExactly(new Person("Ana Ruiz", List.of(Role.SPEAKER, Role.MODERATOR),
                null, "Government", "Latin American and Caribbean Group (GRULAC)", List.of()));
    }

    /**
     * A line giving a title or organisation and a country where a group and a region belong ("Member of Parliament,
     * Ghana (presiding)"): the country gives the regional group, the rest is no stakeholder group; an organisation
     * named after a group ("Parliament of Ghana") is an affiliation; "Name, Group, Region" stays as written; an IGF
     * process listed as organiser ("IGF Parliamentary Track, UNDESA") is no person.
     */
    @Test
    void aTitleAndACountryAreNoGroupAndRegion(@TempDir Path dir) throws Exception {
        String page = """
                IGF 2026 Parliamentary Track Roundtable #2 Lawmakers and regulators
                Organizer 1: Abena Serwaa Darko, Parliament of Ghana
                Organizer 2: IGF Parliamentary Track, UNDESA
                Speaker 1: Daniel Kiprono Chebet, Government, African Group
                Onsite Moderator
                Hon. Abena Serwaa Darko, Member of Parliament, Ghana (presiding)
                Format
                Roundtable - 90 Min
                """;
        InputFile file = Exports.write(dir, "page.txt", page.getBytes(StandardCharsets.UTF_8));

        Proposal proposal = read(reader, file, "igf-proposal").proposal;

        assertThat(proposal.people()).containsExactly(
                new Person("Abena Serwaa Darko", List.of(Role.ORGANIZER, Role.MODERATOR), "Parliament of Ghana",
                        null, "African Group", List.of()),
                new Person("Daniel Kiprono Chebet", List.of(Role.SPEAKER), null, "Government", "African Group",
                        List.of()));
    }

    /**
     * A page printed to PDF from the browser: the header the browser prints atop it ("6/25/26, 9:12 AM  Page title")
     * is no title, and a policy question wrapped over two printed lines is one question; a line in capitals after
     * a question that ends is a question of its own.
     */
    @Test
    void aPrintedPagesHeaderIsNoTitleAndAWrappedQuestionIsOne(@TempDir Path dir) throws Exception {
        String page = """
                6/25/26, 9:12 AM    IGF 2026 Open Forum #57 Trusted data flows | Internet Governance Forum
                IGF 2026 Open Forum #57 Trusted data flows for West Africa
                Organizer 1: Kofi Boateng, ECOWAS Commission
                Policy Questions
                1. What conditions must national data protection authorities meet before a region can let data flow
                between them?
                2. How can cross-border digital ID and payments be linked?
                Format
                Open Forum - 60 Min
                """;
        InputFile file = Exports.write(dir, "page.txt", page.getBytes(StandardCharsets.UTF_8));

        assertThat(detect(reader, file)).contains("igf-proposal");
        Proposal proposal = read(reader, file, "igf-proposal").proposal;

        assertThat(proposal.info().code()).isEqualTo("IGF 2026 Open Forum #57");
        assertThat(proposal.info().title()).isEqualTo("Trusted data flows for West Africa");
        assertThat(proposal.info().policyQuestions()).containsExactly("What conditions must national data protection"
                + " authorities meet before a region can let data flow between them?",
                "How can cross-border digital ID and payments be linked?");
    }

    /**
     * A name with titles stacked before it ("H.E. Hon. Adaeze Okafor") is listed without them, the page's form kept
     * as the label of them; one title stays part of the name ("Adv. Julius Mbeki").
     */
    @Test
    void stackedTitlesAreNoPartOfTheName(@TempDir Path dir) throws Exception {
        String page = """
                IGF 2026 Open Forum #57 Trusted data flows for West Africa
                Speaker 1: Adv. Julius Mbeki, Government, African Group
                Onsite Moderator
                H.E. Hon. Adaeze Okafor, Minister of Communications, Nigeria
                Format
                Open Forum - 60 Min
                """;
        InputFile file = Exports.write(dir, "page.txt", page.getBytes(StandardCharsets.UTF_8));
        Proposal proposal = read(reader, file, "igf-proposal").proposal;

        assertThat(proposal.people()).extracting(Person::name).containsExactlyInAnyOrder("Adv. Julius Mbeki",
                "Adaeze Okafor");
        assertThat(proposal.people()).filteredOn(p -> p.name().equals("Adaeze Okafor")).singleElement()
                .extracting(Person::aliases).isEqualTo(List.of("H.E. Hon. Adaeze Okafor"));
    }

    @Test
    void detectsOnlySessionPages(@TempDir Path dir) {
        assertThat(detect(reader, fixture("transcript/cart.txt"))).isEmpty();
        assertThat(detect(reader, Exports.write(dir, "notes.txt",
                "Notes from the planning call\nWe agreed on the speakers.\n".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(detect(reader, Exports.write(dir, "empty.txt", new byte[0]))).isEmpty();
    }

    @Test
    void anEmptyPageCannotBeRead(@TempDir Path dir) {
        InputFile blank = Exports.write(dir, "page.txt", "\n \n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(blank, "igf-proposal", new SessionParts()))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.file()).isEqualTo("page.txt");
                    assertThat(e.reason()).isEqualTo("the session page is empty");
                });
    }
}
