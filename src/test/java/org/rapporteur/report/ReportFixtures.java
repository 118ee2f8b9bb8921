package org.rapporteur.report;

import java.util.List;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Entity;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.GenderReflection;
import org.rapporteur.model.GenderTopic;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Participation.Attendance;
import org.rapporteur.model.Participation.ChatActivity;
import org.rapporteur.model.Participation.GroupShare;
import org.rapporteur.model.Participation.SpeakerShare;
import org.rapporteur.model.Person;
import org.rapporteur.model.PolicyQuestionCoverage;
import org.rapporteur.model.Poll;
import org.rapporteur.model.PollOption;
import org.rapporteur.model.Position;
import org.rapporteur.model.Question;
import org.rapporteur.model.Relation;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.SessionReport;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;
import org.rapporteur.model.Turn;

/** Hand-made session reports: one with every field filled (and hostile text in many), one as empty as allowed. */
public final class ReportFixtures {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String EXPRESSION = "${7*7}";
    static final String DIRECTIVE = "<#assign x=1>";
    static final String SQUARE_DIRECTIVE = "[#assign y=2]";
    static final String LINK = "](javascript:alert(1))";

    private static final String TRANSCRIPT = "transcript.txt";
    private static final String CHAT = "chat.txt";

    private ReportFixtures() {
    }

    public static SessionReport full() {
        SessionInfo info = new SessionInfo("ws530", "IGF 2022 WS #530",
                "Security meets Responsibility: connected everything’s resilience", "Round Table - U-shape", 90,
                List.of("Cybersecurity practices and mechanisms: what are the existing responsible practices?",
                        "Ensuring a responsible digital space " + DIRECTIVE),
                List.of("9. Industry, Innovation and Infrastructure", "16. Peace, Justice and Strong Institutions"),
                List.of("IGF 2022 Town Hall #12"), "workshop", 94.5);
        List<Person> people = List.of(
                new Person("Lucien M. Castex", List.of(Role.ORGANIZER, Role.MODERATOR), "AFNIC",
                        "Technical Community", "WEOG", List.of("MODERATOR", "LUCIEN CASTEX")),
                new Person("Rayna Stamboliyska", List.of(Role.ORGANIZER, Role.SPEAKER), "RS Strategy",
                        "Private Sector", "Eastern European Group", List.of()),
                new Person("Jean-Jacques Sahel", List.of(Role.SPEAKER), "Google " + EXPRESSION,
                        "Technical Community", "WEOG", List.of()),
                new Person("Claire Mélanie Popineau", List.of(Role.SPEAKER), null, "Civil Society", "WEOG",
                        List.of("CLAIRE POPINEAU")),
                new Person("Sébastien Bachollet", List.of(Role.ONLINE_MODERATOR), null, "Civil Society", "WEOG",
                        List.of()),
                // an intergovernmental organisation's person: the IGF's pages give its name as group and region alike
                new Person("Samih Souissi", List.of(Role.RAPPORTEUR), null, "Intergovernmental Organization",
                        "Intergovernmental Organization", List.of()),
                new Person("Amara Diallo", List.of(Role.PARTICIPANT), "a civil society organisation in Senegal",
                        "Civil Society", "African Group", List.of("AUDIENCE", "AMARA DIALO"),
                        List.of("name", "affiliation", "stakeholderGroup", "region"),
                        List.of(spoken("Amara Diallo", 700, "01:04:01",
                                "My name is Amara Diallo, I work for a civil society organisation in Senegal "
                                        + SCRIPT + "."))));

        Evidence crA = spoken("Rayna Stamboliyska", 212, "00:14:05",
                "The Cyber Resilience Act finally puts the burden on manufacturers, not on users.");
        Evidence nist = spoken("Jean-Jacques Sahel", 318, "00:22:40",
                "NIST guidance gives us a baseline " + SCRIPT + " that vendors can actually test against.");
        Evidence rights = spoken("Claire Mélanie Popineau", 402, "00:31:12",
                "Security by design is not enough without human rights by default " + EXPRESSION + ".");
        Evidence call = spoken("Lucien M. Castex", 655, "00:58:30",
                "Governments should align their IoT labels so that a device certified once is trusted everywhere.");
        Evidence agree = spoken("Jean-Jacques Sahel", 421, "00:33:02",
                "I agree with Claire that rights have to be the default setting.");
        Evidence disagree = spoken("Rayna Stamboliyska", 447, "00:35:48",
                "I disagree with Jean-Jacques: labels alone will not fix legacy devices " + LINK);
        Evidence chatQuestion = new Evidence(EvidenceSource.CHAT, CHAT, "Amara Diallo", 27, "10:41:09",
                "How will the CRA apply to open source maintainers? " + SQUARE_DIRECTIVE);
        Evidence relay = spoken("Sébastien Bachollet", 690, "01:02:55",
                "Amara asks in the chat how the CRA will apply to open source maintainers.");
        Evidence answer = spoken("Rayna Stamboliyska", 694, "01:03:20",
                "Open source maintainers are exempt unless they monetise " + SCRIPT + ".");
        Evidence spokenQuestion = spoken("Amara Diallo", 702, "01:04:10",
                "What about devices that are already in our homes?");

        List<Claim> takeaways = List.of(
                new Claim("Manufacturers, not users, must carry the burden of IoT security.", "Rayna Stamboliyska",
                        List.of(crA), "closing-summary"),
                new Claim("Testable baselines such as NIST guidance help " + SCRIPT, "Jean-Jacques Sahel",
                        List.of(nist)),
                new Claim("Security by design needs human rights by default " + EXPRESSION, null,
                        List.of(rights, agree)));
        List<CallToAction> calls = List.of(
                new CallToAction("Governments should align national IoT security labels for mutual recognition.",
                        "Lucien M. Castex", "governments", List.of(call), "explicit"),
                new CallToAction("Support open source maintainers under the CRA " + LINK, null, null,
                        List.of(chatQuestion)));
        List<Position> positions = List.of(
                new Position("Rayna Stamboliyska", "Private Sector", List.of(new Claim(
                        "The CRA shifts the burden to manufacturers.", "Rayna Stamboliyska", List.of(crA, disagree), null,
                        1))),
                new Position("Jean-Jacques Sahel", "Technical Community", List.of(new Claim(
                        "Baselines must be testable " + DIRECTIVE, "Jean-Jacques Sahel", List.of(nist)))),
                new Position("Claire Mélanie Popineau", "Civil Society", List.of(new Claim(
                        "Human rights by default.", "Claire Mélanie Popineau", List.of(rights)))),
                new Position("Amara Diallo", null, List.of(new Claim(
                        "Legacy devices are left out.", "Amara Diallo", List.of(spokenQuestion)))));
        List<Relation> agreements = List.of(new Relation("Jean-Jacques Sahel", "Claire Mélanie Popineau",
                "rights have to be the default setting", List.of(agree)));
        List<Relation> disagreements = List.of(new Relation("Rayna Stamboliyska", "Jean-Jacques Sahel",
                "labels alone will not fix legacy devices " + LINK, List.of(disagree), "IoT labels " + SCRIPT,
                new Relation.Resolution("Fair enough, labels plus updates " + EXPRESSION + ".", List.of(nist))));
        List<Question> questions = List.of(
                new Question("How will the CRA apply to open source maintainers? " + SQUARE_DIRECTIVE,
                        "Amara Diallo", EvidenceSource.CHAT, true, List.of(chatQuestion, relay), 4,
                        "Sébastien Bachollet", List.of(new Question.Answer("Rayna Stamboliyska",
                        "Open source maintainers are exempt unless they monetise " + SCRIPT + ".",
                        List.of(answer)))),
                new Question("What about devices that are already in our homes? " + SCRIPT, null,
                        EvidenceSource.TRANSCRIPT, null, List.of(spokenQuestion), null));
        List<Poll> polls = List.of(
                new Poll("Poll 1", "Who should be liable for insecure IoT devices?", "multiple-choice", 38,
                        List.of(new PollOption("Manufacturers", 23, 60.5), new PollOption("Users " + SCRIPT, 3, 7.9),
                                new PollOption("Shared " + LINK, 12, 31.6)),
                        "polls.xlsx"),
                new Poll(null, "One word for IoT security " + EXPRESSION, "word-cloud", null,
                        List.of(new PollOption("trust", 8, null)), "polls.xlsx"),
                new Poll("Poll 3", "How secure do you feel your devices are?", "rating", 20,
                        List.of(new PollOption("1", 4, 20.0), new PollOption("2", 6, 30.0),
                                new PollOption("3", 10, 50.0)), "polls.xlsx", 2.3));
        Participation participation = new Participation(
                List.of(new SpeakerShare("Lucien M. Castex", "Technical Community", 14, 2210, 1034.5, 128.2, 0.221),
                        new SpeakerShare("Rayna Stamboliyska", "Private Sector", 9, 2655, 1210.0, 131.7, 0.2655),
                        new SpeakerShare("Jean-Jacques Sahel", "Technical Community", 8, 2380, 1102.0, 129.6, 0.238),
                        new SpeakerShare("Claire Mélanie Popineau", "Civil Society", 7, 2105, null, null, 0.2105),
                        new SpeakerShare("Amara Diallo", null, 2, 650, 301.0, 129.6, 0.065)),
                List.of(new GroupShare("Technical Community", 2, 4590, 0.459),
                        new GroupShare("Private Sector", 1, 2655, 0.2655),
                        new GroupShare("Civil Society", 1, 2105, 0.2105)),
                new ChatActivity(43, 17, List.of("https://www.nist.gov/itl/applied-cybersecurity/nist-cybersecurity-iot-program",
                        "https://example.org/" + LINK)),
                new Attendance(112, "attendance.csv"),
                new Participation.Estimate(112, 40, 72, "attendance export: 112 unique participants " + SCRIPT,
                        List.of()),
                new Participation.StatedGender(2, 1, 1, List.of("Maria Silva", "Jo Lee " + SCRIPT),
                        "A lower bound from what people stated; not a count.",
                        List.of(new Evidence(EvidenceSource.CHAT, CHAT, "Maria Silva (she/her)", 31, "10:12:40",
                                "Greetings from Recife"))));
        Evidence stalkerware = spoken("Claire Mélanie Popineau", 510, "00:40:02",
                "Women and girls are targeted by stalkerware " + SCRIPT + ".");
        List<Paragraph> narrative = List.of(
                new Paragraph("The session opened with the moderator framing IoT security as both a technical and a "
                        + "political challenge.", null, List.of()),
                new Paragraph("Speakers debated the Cyber Resilience Act " + SCRIPT + " and NIST guidance "
                        + EXPRESSION + ".", "Cybersecurity practices " + DIRECTIVE, List.of(crA, nist)),
                new Paragraph("# Not a heading " + DIRECTIVE + " " + SQUARE_DIRECTIVE
                        + " [click](javascript:alert(1))", null, List.of()));
        return new SessionReport(SessionReport.SCHEMA_VERSION, info, people, takeaways, calls, positions,
                agreements, disagreements, questions, polls, participation, narrative,
                List.of("cyber resilience act", "security by design", "iot labels"),
                List.of(new Entity("CRA", "INSTRUMENT", 6, "Cyber Resilience Act " + SCRIPT, List.of("Article 13 " + EXPRESSION),
                                List.of("EU Cyber Resilience Act"), List.of(crA)),
                        new Entity("NIST", "ORGANIZATION", 4, null, List.of(), List.of(), List.of(nist))),
                List.of(new SourceFile("proposal.txt", SourceKind.PROPOSAL, "igf-session-page", null),
                        new SourceFile(TRANSCRIPT, SourceKind.TRANSCRIPT, "igf-cart", 40),
                        new SourceFile(CHAT, SourceKind.CHAT, "zoom-chat-2021", 43),
                        new SourceFile("polls.xlsx", SourceKind.POLL, "slido-xlsx", 2),
                        new SourceFile("attendance.csv", SourceKind.ATTENDANCE, "zoom-attendance", 112)),
                List.of("notes.docx: not a recognised input " + SCRIPT, "Speaker 'AUDIENCE' resolved by self-introduction"),
                List.of(new PolicyQuestionCoverage(info.policyQuestions().get(0), true, List.of(nist, crA)),
                        new PolicyQuestionCoverage(info.policyQuestions().get(1), false, List.of())),
                new GenderReflection(true, 2, "Gender issues came up in 2 statements " + EXPRESSION + ".",
                        List.of(stalkerware), List.of(new GenderTopic("technology-facilitated gender-based violence "
                                + SCRIPT, List.of("Claire Mélanie Popineau"), List.of(stalkerware)))),
                List.of(new CallToAction("The standards bodies should publish a common test suite " + SCRIPT + ".",
                        "Jean-Jacques Sahel", "standards bodies", List.of(nist))),
                List.of(new Claim("The findings will feed the IGF Policy Network on Internet Fragmentation "
                        + EXPRESSION + ".", "Lucien M. Castex", List.of(call), "announced")));
    }

    /** Timed turns of {@link #full()}'s session, one speaker named with markup, for the timeline. */
    static List<Turn> turns() {
        String[] speakers = {"Lucien M. Castex", "Rayna Stamboliyska", "Jean-Jacques Sahel", "Lucien M. Castex",
            "Claire Mélanie Popineau", "Amara Diallo " + SCRIPT, "Lucien M. Castex"};
        List<Turn> turns = new java.util.ArrayList<>();
        double start = 30;
        for (int i = 0; i < speakers.length; i++) {
            double end = start + 120 + 60 * i;
            turns.add(new Turn(i, speakers[i].toUpperCase(java.util.Locale.ROOT), speakers[i], TRANSCRIPT,
                    List.of(new Passage(10 + i, "Words of turn " + i + ".")), start, end));
            start = end + 5;
        }
        return List.copyOf(turns);
    }

    /** As little as the schema allows: empty lists, nulls where allowed, one source. */
    public static SessionReport minimal() {
        return new SessionReport(SessionReport.SCHEMA_VERSION, SessionInfo.untitled("empty-session"), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new Participation(List.of(), List.of(), null, null, null), List.of(), List.of(), List.of(),
                List.of(new SourceFile("transcript.txt", SourceKind.TRANSCRIPT, "igf-cart", 0)),
                List.of("transcript.txt: no spoken turns found"), List.of(), null, List.of(), List.of());
    }

    /** A hearing's report: one witness and one member, each listed as a speaker. */
    static SessionReport hearing() {
        return new SessionReport(SessionReport.SCHEMA_VERSION, SessionInfo.untitled("hearing").withActual("hearing",
                null),
                List.of(new Person("Julie Morgan", List.of(Role.SPEAKER), null, "Government", null, List.of())
                                .inHearingAs(Role.WITNESS),
                        new Person("Sian Gwenllian", List.of(Role.SPEAKER), null, null, null, List.of())
                                .inHearingAs(Role.MEMBER)),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Question("Is the grading consistent between schools?", "Sian Gwenllian",
                        EvidenceSource.TRANSCRIPT, null, List.of(spoken("Sian Gwenllian", 12, null,
                        "Is the grading consistent between schools?")), null)),
                List.of(),
                new Participation(List.of(), List.of(), null, null, null), List.of(), List.of(), List.of(),
                List.of(new SourceFile("transcript.txt", SourceKind.TRANSCRIPT, "igf-cart", 0)), List.of(), List.of(),
                null, List.of(), List.of());
    }

    private static Evidence spoken(String speaker, int line, String time, String quote) {
        return new Evidence(EvidenceSource.TRANSCRIPT, TRANSCRIPT, speaker, line, time, quote);
    }
}
