package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Entity;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Person;
import org.rapporteur.model.Poll;
import org.rapporteur.model.PollOption;
import org.rapporteur.model.Position;
import org.rapporteur.model.Question;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionReport;
import org.rapporteur.nlp.AnnotatedSession;

/**
 * The factual layer on a small hybrid forum written for these tests: who spoke for whom, which questions the
 * audience asked and who answered, which words were not the speaker's own, how many took part, how long it ran.
 */
class SessionFactsTest {

    private static final String CHAIR = "Nomsa Khumalo";
    private static final String ONLINE = "Kwame Mensah";
    private static final String REGULATOR = "Leila Haddad";
    private static final String OPERATOR = "Marc Dubois";
    private static final String RAPPORTEUR = "Yuki Sato";
    private static final String ATTENDEE = "Amara Diallo";

    private static AnnotatedSession annotated;

    private static synchronized AnnotatedSession forum() {
        if (annotated == null) {
            annotated = Fixture.session()
                    .person(CHAIR, Role.MODERATOR, "Civil Society")
                    .person(ONLINE, Role.ONLINE_MODERATOR, "Technical Community")
                    .person(REGULATOR, Role.SPEAKER, "Government")
                    .person(OPERATOR, Role.SPEAKER, "Private Sector")
                    .person(RAPPORTEUR, Role.RAPPORTEUR, "Intergovernmental Organization")
                    .person(ATTENDEE, Role.PARTICIPANT, null)
                    .timedTurn("Ana Lima", 0.0, 20.0, "Leila, we cannot hear you.", "Can you check your microphone?")
                    .timedTurn(CHAIR, 20.0, 200.0, "Welcome to this forum on rural connectivity.",
                            "Leila Haddad, who leads the rural programme of her country's telecom regulator, is here "
                            + "with us today.",
                            "Let us look at the poll.",
                            "So, 48 answers, and 44 percent say that the cost of data is the main barrier.")
                    .timedTurn(REGULATOR, 200.0, 900.0, "Thank you.",
                            "Community networks need a dedicated licence with very low fees, because a village "
                            + "cooperative is not a national operator.",
                            "Why should a village pay the fee of a national operator?")
                    .timedTurn(CHAIR, 900.0, 920.0, "Kwame, do we have questions online?")
                    .timedTurn(ONLINE, 920.0, 980.0, "Yes, there is a question from Fatima Bello, who is in Kano.",
                            "She asks: \"How will universal service funds reach community networks in northern "
                            + "Nigeria?\"")
                    .timedTurn(CHAIR, 980.0, 990.0, "Leila, on the funds?")
                    .timedTurn(REGULATOR, 990.0, 1500.0, "Thank you, Fatima.",
                            "Universal service funds should finance community networks directly, with simple "
                            + "application rules and public reports on every grant.")
                    .timedTurn(CHAIR, 1500.0, 1510.0, "Let's take a question from the room.")
                    .timedTurn(ATTENDEE, 1510.0, 1700.0,
                            "My name is Amara Diallo, I work for a civil society organisation in Senegal.",
                            "Is cheap data enough to bring rural women online?",
                            "The answer is no, because the devices still cost far too much for them.",
                            "Marc, will satellite operators publish their wholesale prices for community networks?")
                    .timedTurn(OPERATOR, 1700.0, 2400.0, "Thank you, Amara.",
                            "Satellite operators should publish public wholesale prices for community networks in "
                            + "local currency.")
                    .timedTurn(RAPPORTEUR, 2400.0, 2500.0,
                            "The key messages on licensing and on universal service funds will be in the report.")
                    .timedTurn(ONLINE, 2500.0, 3600.0, "We had more than 60 people connected online today.",
                            "Thank you all.")
                    .chat("Fatima Bello", "How will universal service funds reach community networks in northern "
                            + "Nigeria?", false, null)
                    .chat(ONLINE, "Poll 2 is open: should universal service funds finance community networks?", false,
                            null)
                    .chat("Tunde Bakare", "Greetings, 14 of us in the Lagos hub are following", false, null)
                    .poll(new Poll("Poll 1", "What is the main barrier?", "multiple-choice", 48,
                            List.of(new PollOption("Cost of data", 21, 43.8)), "polls.csv"))
                    .attendance(73)
                    .annotate();
        }
        return annotated;
    }

    private final Discussion d = Discussion.of(forum());

    @Test
    void aChatQuestionReadOutIsTheAuthorsOneQuestionWithTheRelayAndItsAnswer() {
        List<Question> questions = QuestionFinder.find(d);
        Question q = questions.stream().filter(x -> x.text().contains("universal service")).findFirst().orElseThrow();

        assertThat(questions.stream().filter(x -> x.text().contains("universal service"))).hasSize(1);
        assertThat(q.asker()).isEqualTo("Fatima Bello");
        assertThat(q.source()).isEqualTo(EvidenceSource.CHAT);
        assertThat(q.relayedBy()).isEqualTo(ONLINE);
        assertThat(q.evidence()).extracting(Evidence::source).contains(EvidenceSource.CHAT, EvidenceSource.TRANSCRIPT);
        assertThat(q.answered()).isTrue();
        assertThat(q.answers()).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo(REGULATOR);
            assertThat(a.text()).startsWith("Universal service funds should finance");
            assertThat(a.evidence().get(0).line()).isPositive();
        });
    }

    @Test
    void anAudienceQuestionCarriesTheAnswerOfThePersonItIsPutTo() {
        Question q = QuestionFinder.find(d).stream().filter(x -> x.source() == EvidenceSource.TRANSCRIPT)
                .findFirst().orElseThrow();

        assertThat(q.asker()).isEqualTo(ATTENDEE);
        assertThat(q.text()).startsWith("Marc, will satellite operators");
        assertThat(q.relayedBy()).isNull();
        assertThat(q.answers()).extracting(Question.Answer::speaker).containsExactly(OPERATOR);
    }

    @Test
    void housekeepingPollAnnouncementsAndRhetoricalOrPanelQuestionsAreNotAudienceQuestions() {
        assertThat(QuestionFinder.find(d)).extracting(Question::text)
                .hasSize(2)
                .noneMatch(t -> t.contains("microphone"))
                .noneMatch(t -> t.contains("Poll 2"))
                .noneMatch(t -> t.contains("cheap data"))
                .noneMatch(t -> t.contains("fee of a national operator"));
    }

    @Test
    void relaysIntroductionsPollReadingsAndReportRemarksAreNobodysPosition() {
        assertThat(kindsOf("She asks")).containsOnly(SentenceKind.RELAY);
        assertThat(kindsOf("who leads the rural programme")).containsOnly(SentenceKind.PROCEDURE);
        assertThat(kindsOf("48 answers")).containsOnly(SentenceKind.PROCEDURE);
        assertThat(kindsOf("will be in the report")).containsOnly(SentenceKind.PROCEDURE);
        assertThat(kindsOf("My name is Amara Diallo")).containsOnly(SentenceKind.PROCEDURE);
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, java.util.Set.of()));
        assertThat(positions).extracting(Position::speaker).doesNotContain(ONLINE, RAPPORTEUR);
    }

    @Test
    void aSelfIntroductionGivesAnInferredGroupAndRegionWithItsSentence() {
        Person amara = d.people().person(ATTENDEE);

        assertThat(amara.stakeholderGroup()).isEqualTo("Civil Society");
        assertThat(amara.region()).isEqualTo("African Group");
        assertThat(amara.inferred()).containsExactly("stakeholderGroup", "region");
        assertThat(amara.evidence()).singleElement().extracting(Evidence::quote).asString()
                .startsWith("My name is Amara Diallo");
        assertThat(d.people().person(REGULATOR).inferred()).isEmpty();
    }

    /**
     * An introduction naming the speaker's organisation gives the affiliation the page left out; a place ("at a
     * regional CERT in West Africa"), a person ("here with Ana Lima") or a single word ("from Addis") gives none.
     */
    @Test
    void aSelfIntroductionGivesTheAffiliationThePageLeftOut() {
        Discussion d = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .person("Tariq Aziz", Role.SPEAKER, "Government")
                .person("Daniel Boateng", Role.SPEAKER, "Technical Community")
                .turn("Ana Lima", "Welcome, Tariq, please start.")
                .turn("Tariq Aziz", "Thank you. I'm Tariq Aziz, I work at the Pakistan Telecommunication Authority in "
                        + "Islamabad.", "Our rules on incident reporting changed last year.")
                .turn("Daniel Boateng", "I'm Daniel Boateng, I work at a regional CERT in West Africa, here with Ana "
                        + "Lima.", "Most of our incidents start with a default password.")
                .turn("Yonas", "I'm Yonas, from Addis, and I run a start-up.")
                .discussion();

        Person tariq = d.people().person("Tariq Aziz");
        assertThat(tariq.affiliation()).isEqualTo("Pakistan Telecommunication Authority");
        assertThat(tariq.inferred()).contains("affiliation");
        assertThat(tariq.evidence()).singleElement().extracting(Evidence::quote).asString()
                .startsWith("I'm Tariq Aziz, I work at");
        assertThat(d.people().person("Daniel Boateng").affiliation()).isNull();
        assertThat(d.people().person("Yonas")).satisfiesAnyOf(p -> assertThat(p).isNull(),
                p -> assertThat(p.affiliation()).isNull());

        // a company the tagger takes for a place, where someone works, is their affiliation and an organisation;
        // where they are from, it stays a place
        Discussion vendor = Fixture.session()
                .person("Mateo Quispe", Role.MODERATOR, "Civil Society")
                .person("Wolfgang Eder", Role.SPEAKER, "Private Sector")
                .person("Chiara Benedetti", Role.SPEAKER, "Private Sector")
                .turn("Wolfgang Eder", "I'm Wolfgang Eder, I'm the product security officer at Eder Automation, we "
                        + "make controllers for small utilities.")
                .turn("Chiara Benedetti", "Hello, I'm Chiara Benedetti, I come from West Africa originally.")
                .person("Rui Costa", Role.SPEAKER, null)
                .person("Mei-Ling Chua", Role.SPEAKER, null)
                .turn("Rui Costa", "So I'm head of accessibility at Lumen Mobile, we build apps for banks.")
                .person("Viliami Taufa", Role.SPEAKER, null)
                .turn("Viliami Taufa", "Thanks. Yeah. So, I'm with Digicel Tonga, I look after the mobile money side.")
                .turn("Mei-Ling Chua", "I lead the digital accessibility team at the Infocomm Media Development "
                        + "Authority in Singapore.")
                .discussion();
        assertThat(vendor.people().person("Rui Costa").affiliation()).isEqualTo("Lumen Mobile");
        assertThat(vendor.people().person("Viliami Taufa").affiliation()).isEqualTo("Digicel Tonga");
        assertThat(vendor.people().person("Mei-Ling Chua").stakeholderGroup()).isEqualTo("Government");
        assertThat(vendor.people().person("Wolfgang Eder").affiliation()).isEqualTo("Eder Automation");
        assertThat(vendor.people().person("Chiara Benedetti").affiliation()).isNull();
        Discussion student = Fixture.session()
                .person("Mele Fifita", Role.MODERATOR, "Civil Society")
                .person("Tomasi Ravono", Role.PARTICIPANT, null)
                .turn("Tomasi Ravono", "My name is Tomasi Ravono, I'm a student at USP and I run a youth tech club.")
                .discussion();
        assertThat(student.people().person("Tomasi Ravono").affiliation()).isEqualTo("USP");
        assertThat(EntityExtractor.extract(vendor).entities()).filteredOn(e -> e.text().equals("Eder Automation"))
                .extracting(Entity::type).containsExactly("ORGANIZATION");

        // a municipality is local government, whatever follows it
        Discussion town = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .person("Jonas Berg", Role.PARTICIPANT, null)
                .turn("Jonas Berg", "Hi, I'm Jonas Berg, I run IT for a municipality in Sweden, and the water plant "
                        + "is part of my job.")
                .discussion();
        assertThat(town.people().person("Jonas Berg").stakeholderGroup()).isEqualTo("Government");
    }

    /**
     * An organisation's name goes on past a comma where a list of its parts closes with "and", and from a unit to
     * the organisation it is at; a lone comma ends it ("the Digital Rights Hub, based in Johannesburg").
     */
    @Test
    void anAffiliationTakesTheWholeNameWhereTheSentenceShowsItsEnd() {
        Discussion d = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .person("Awa Ndiaye Sarr", Role.SPEAKER, "Government")
                .person("Samuel Kiggundu", Role.SPEAKER, "Technical Community")
                .person("Lena Vogt", Role.SPEAKER, "Civil Society")
                .turn("Awa Ndiaye Sarr", "I'm Awa Ndiaye Sarr, I work at the Ministry of Communication, "
                        + "Telecommunications and the Digital Economy of Senegal, in Dakar.")
                .turn("Samuel Kiggundu", "I'm Samuel Kiggundu, I work at the School of Computing and Informatics "
                        + "Technology at Makerere University.")
                .turn("Lena Vogt", "I'm Lena Vogt, I work at the Digital Rights Hub, Berlin and Vienna offices.")
                .discussion();

        assertThat(d.people().person("Awa Ndiaye Sarr").affiliation())
                .isEqualTo("Ministry of Communication, Telecommunications and the Digital Economy of Senegal");
        assertThat(d.people().person("Samuel Kiggundu").affiliation())
                .isEqualTo("School of Computing and Informatics Technology at Makerere University");
        assertThat(d.people().person("Lena Vogt").affiliation()).isEqualTo("Digital Rights Hub");
    }

    /**
     * An employer after a long clause ("… for East Africa at Mosaic"), one word, is the affiliation; a place the
     * work is "for" and a person one works "with" are none.
     */
    @Test
    void anEmployerOfOneWordAfterALongClauseIsTheAffiliation() {
        Discussion d = Fixture.session()
                .person("Wairimu Njoroge", Role.MODERATOR, "Civil Society")
                .person("Kerstin Albrecht", Role.SPEAKER, "Private Sector")
                .person("Ines Carvalho", Role.SPEAKER, "Civil Society")
                .turn("Kerstin Albrecht", "I lead the trust and safety policy work for East Africa at Mosaic, which is"
                        + " a social platform, mid-sized, around 300 million users, so we are not one of the very big"
                        + " ones, and that matters for this discussion.")
                .turn("Ines Carvalho", "I work with Kerstin on the appeals for East Africa.")
                .discussion();

        assertThat(d.people().person("Kerstin Albrecht").affiliation()).isEqualTo("Mosaic");
        assertThat(d.people().person("Ines Carvalho").affiliation()).isNull();
    }

    /**
     * "He will bring in your questions from the Q&amp;A": a meeting's channel or tool is nobody's organisation; an
     * acronym the chair says someone is from is.
     */
    @Test
    void aMeetingsChannelIsNoAffiliation() {
        Discussion d = Fixture.session()
                .person("Camila Rojas", Role.MODERATOR, "Civil Society")
                .person("Thomas Keller", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Hernán Quispe", Role.SPEAKER, "Civil Society")
                .turn("Camila Rojas", "Online my colleague Thomas Keller is moderating, he will bring in your "
                        + "questions from the Q&A.", "Hernán Quispe from the ISOC will speak first.")
                .turn("Hernán Quispe", "Thank you Camila. Our communities build their own networks.")
                .discussion();
        assertThat(d.people().person("Thomas Keller").affiliation()).isNull();
        assertThat(d.people().person("Hernán Quispe").affiliation()).isEqualTo("ISOC");
    }

    /**
     * The chair's introduction gives the affiliation of a speaker who gave none of their own: after their full
     * name, or their given name opening the sentence, inferred and cited; a panellist's words about someone else, or
     * an organisation after another person's name, give none.
     */
    @Test
    void theChairsIntroductionGivesTheAffiliationThePageLeftOut() {
        Discussion d = Fixture.session()
                .person("Helena Shikongo", Role.MODERATOR, "Government")
                .person("Chikondi Banda", Role.SPEAKER, "Government")
                .person("Naledi Dlamini", Role.SPEAKER, "Civil Society")
                .person("Tendai Moyo", Role.SPEAKER, "Intergovernmental Organization")
                .person("Adv. Julius Mbeki", Role.SPEAKER, "Government")
                .turn("Helena Shikongo", "From Pretoria, Julius Mbeki of the Information Regulator of South Africa.")
                .turn("Adv. Julius Mbeki", "Thank you, Chair. Nobody has told companies which countries are adequate.")
                .turn("Helena Shikongo", "Our next speaker is Dr. Chikondi Banda, Director of Digital Government, "
                        + "from the Ministry of Communication, Innovation and Digital Economy in Malawi.")
                .turn("Chikondi Banda", "Thank you Helena. Malawi started with the ID.")
                .turn("Helena Shikongo", "I see that Naledi Dlamini has joined us. Naledi is the director of the "
                        + "Digital Rights Hub Southern Africa, based in Johannesburg.")
                .turn("Naledi Dlamini", "Thank you. Tendai Moyo works with the Open Data Charter, I believe.")
                .turn("Helena Shikongo", "Tendai Moyo, welcome, and thanks to Chikondi Banda from the Malawi ICT "
                        + "Association.")
                .turn("Helena Shikongo", "I welcome Tendai Moyo, our speaker; Karen Cornish, deputy director at "
                        + "Welsh Government.")
                .discussion();

        Person banda = d.people().person("Chikondi Banda");
        assertThat(banda.affiliation()).isEqualTo("Ministry of Communication, Innovation and Digital Economy");
        assertThat(banda.inferred()).contains("affiliation");
        assertThat(banda.evidence()).singleElement().extracting(Evidence::quote).asString()
                .startsWith("Our next speaker is Dr. Chikondi Banda");
        assertThat(d.people().person("Naledi Dlamini").affiliation()).isEqualTo("Digital Rights Hub Southern Africa");
        assertThat(d.people().person("Tendai Moyo").affiliation()).isNull();
        // introduced without the title the page lists him with
        assertThat(d.people().person("Adv. Julius Mbeki").affiliation()).startsWith("Information Regulator");

        Discussion pacific = Fixture.session()
                .person("Mele Fifita", Role.MODERATOR, "Civil Society")
                .person("Anaïs Laurent", Role.SPEAKER, "Intergovernmental Organization")
                .turn("Mele Fifita", "Thank you, Rohan. That's quite a picture. Our next speaker is Anaïs Laurent, "
                        + "from the Pacific Islands Forum Secretariat, where she works on the regional digital "
                        + "strategy. Anaïs, what does the region do with this?")
                .discussion();
        assertThat(pacific.people().person("Anaïs Laurent").affiliation())
                .isEqualTo("Pacific Islands Forum Secretariat");

        // what they followed, long after the name, is not where they work
        Discussion far = Fixture.session()
                .person("Mele Fifita", Role.MODERATOR, "Civil Society")
                .person("Jean Sahel", Role.SPEAKER, "Technical Community")
                .turn("Mele Fifita", "To my left, Jean Sahel, who has been working on Internet policy for more than "
                        + "20 years, with a strong background in the technical community, and who has followed the "
                        + "discussions in many fora, from the OECD to the Internet Society's work.")
                .discussion();
        assertThat(far.people().person("Jean Sahel").affiliation()).isNull();
    }

    @Test
    void theParticipantEstimateTakesTheBestFigureWithItsBasis() {
        ParticipantEstimate.Result result = ParticipantEstimate.of(d);
        Participation.Estimate e = result.estimate();

        // the export's 73 and the 60 said count the same people online; the Lagos hub's 14 follow remotely too,
        // gathered elsewhere: online, on top of the connections; nobody was counted in the room
        assertThat(e.online()).isEqualTo(87);
        assertThat(e.onsite()).isNull();
        assertThat(e.participants()).isEqualTo(87);
        assertThat(e.basis()).contains("attendance export", "more than 60 people", "14 of us", "Poll 1");
        assertThat(e.evidence()).extracting(Evidence::source)
                .containsExactly(EvidenceSource.TRANSCRIPT, EvidenceSource.CHAT);
        assertThat(result.warnings()).satisfiesExactly(
                w -> assertThat(w).startsWith("Participants online: 73 (attendance export")
                        .contains("60 (said in the session online").contains("the estimate takes the largest, 73"),
                w -> assertThat(w).startsWith("The participant estimate adds 73 online").contains("14 at a remote hub")
                        .endsWith("check that none of them was counted twice."));
    }

    /** Figures for one place only: the largest, with no sum; a single figure is no choice and warns of nothing. */
    @Test
    void figuresForOnePlaceAreTheSamePeopleAndASingleFigureIsNoChoice() {
        Discussion same = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "We have 40 people in the room this morning.")
                .chat("Bo Chen", "About 30 people in the room by now, the hall is filling up.", false, null)
                .discussion();
        ParticipantEstimate.Result r = ParticipantEstimate.of(same);
        assertThat(r.estimate().onsite()).isEqualTo(40);
        assertThat(r.estimate().online()).isNull();
        assertThat(r.estimate().participants()).isEqualTo(40);
        assertThat(r.warnings()).singleElement().asString().startsWith("Participants in the room: 40");

        Discussion one = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "We have 40 people in the room this morning.")
                .discussion();
        assertThat(ParticipantEstimate.of(one).warnings()).isEmpty();
        assertThat(ParticipantEstimate.of(one).estimate().participants()).isEqualTo(40);
    }

    /**
     * Of two room connections heard, the one the chair and the floor spoke through is the venue's; a boardroom one
     * panellist alone spoke through is away from the venue, one online connection, warned. The negative case: two
     * rooms each heard with two voices are both left out, as before.
     */
    @Test
    void aRoomOnePanellistAloneSpokeThroughIsAwayFromTheVenue() {
        ParticipantEstimate.Result r = ParticipantEstimate.of(Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Government")
                .person("Aminata Sow", Role.SPEAKER, "Intergovernmental Organization")
                .labelledTurn("Ana Lima", "IGF WS Room 4", "Welcome. Aminata joins us from Abuja.")
                .labelledTurn("Aminata Sow", "ECOWAS-ABJ-Boardroom-2", "Thank you, Minister.")
                .labelledTurn("Esther Mensah", "IGF WS Room 4", "Esther Mensah, Ghana Chamber of Telecommunications.")
                .attendance(4, "IGF WS Room 4 room4@example.org", "ECOWAS-ABJ-Boardroom-2 abj@example.org",
                        "Bo Chen bo@example.org", "Kofi Boateng kofi@example.org")
                .discussion());
        assertThat(r.estimate().online()).isEqualTo(3);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("\u201cECOWAS-ABJ-Boardroom-2\u201d of"
                + " participants.csv is a room away from the venue"));

        ParticipantEstimate.Result two = ParticipantEstimate.of(Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Government")
                .labelledTurn("Ana Lima", "IGF WS Room 4", "Welcome.")
                .labelledTurn("Bo Chen", "IGF WS Room 4", "Bo Chen, here.")
                .labelledTurn("Sione Tu", "Boardroom 2", "Thank you.")
                .labelledTurn("Mere Ratu", "Boardroom 2", "Thank you.")
                .attendance(3, "IGF WS Room 4 room4@example.org", "Boardroom 2 b2@example.org",
                        "Kofi Boateng kofi@example.org")
                .discussion());
        assertThat(two.estimate().online()).isEqualTo(1);
    }

    /**
     * The venue's room account the transcript heard voices under ("IGF Room 5") is the room's people, not one
     * online participant, and "35 of us here" said through it is in the room; a remote hub's room stays the hub's.
     */
    @Test
    void theRoomsAccountIsNoOnlineParticipantAndItsVoicesAreInTheRoom() {
        ParticipantEstimate.Result r = ParticipantEstimate.of(Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .labelledTurn("Ana Lima", "IGF Room 5", "Welcome. There are about 35 of us here.")
                .turn("Bo Chen", "Thank you, Ana.")
                .attendance(41, "IGF Room 5 room5@example.org", "Bo Chen bo@example.org")
                .discussion());
        assertThat(r.estimate().online()).isEqualTo(40);
        assertThat(r.estimate().onsite()).isEqualTo(35);
        assertThat(r.estimate().participants()).isEqualTo(75);
        assertThat(r.estimate().basis()).contains("40 participants (not counting the room's connection \u201cIGF"
                + " Room 5\u201d)");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("\u201cIGF Room 5\u201d of"
                + " participants.csv is the room's connection"));

        ParticipantEstimate.Result hub = ParticipantEstimate.of(Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "Welcome.")
                .labelledTurn("Sione Tu", "Conference Room B", "There are 18 of us here in the Suva hub.")
                .attendance(41, "Conference Room B suva@example.fj", "Bo Chen bo@example.org")
                .discussion());
        assertThat(hub.estimate().online()).isEqualTo(40 + 18);
        assertThat(hub.estimate().onsite()).isNull();
    }

    /**
     * A connection nobody spoke under whose name is a room's account ("WS Room 4", "Plenary Hall") stands for the
     * people in that room: no online participant, warned about. A person's name with a venue word ("Ana Hall") is a
     * participant, and a room account a remote hub followed through ("Conference Room B" with the Suva hub's e-mail)
     * is counted as the hub's people, once.
     */
    @Test
    void aRoomsAccountNobodySpokeUnderIsNoOnlineParticipant() {
        ParticipantEstimate.Result r = ParticipantEstimate.of(Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "Welcome.")
                .attendance(41, "WS Room 4 room4@example.org", "Plenary Hall", "Ana Hall ana@example.org",
                        "Bo Chen bo@example.org")
                .discussion());
        assertThat(r.estimate().online()).isEqualTo(39);
        assertThat(r.estimate().basis()).contains("39 participants (not counting the room's connection \u201cWS"
                + " Room 4\u201d, \u201cPlenary Hall\u201d)");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("\u201cWS Room 4\u201d of"
                + " participants.csv is named as a room's account"))
                .noneSatisfy(w -> assertThat(w).contains("Ana Hall"));

        ParticipantEstimate.Result hub = ParticipantEstimate.of(Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "Welcome.")
                .chat("Sione Tu", "There are 18 of us here in the Suva hub.", false, null)
                .attendance(41, "Conference Room B suva.hub@example.fj", "Bo Chen bo@example.org")
                .discussion());
        assertThat(hub.estimate().online()).isEqualTo(40 + 18);
        assertThat(hub.warnings()).noneSatisfy(w -> assertThat(w).contains("named as a room's account"));

    }

    /**
     * A voice that says it speaks from a hub gives its hub's figure in the next sentence ("… from the Goma hub. We
     * are 16 of us here."); without the hub, a participant's "16 of us here" is no figure.
     */
    @Test
    void aHubsVoiceCountsItsPeopleInTheSentenceAfterSayingWhereItIs() {
        ParticipantEstimate.Result hub = ParticipantEstimate.of(Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "Goma, go ahead.")
                .turn("Esperance Bahati", "Hello, this is Esperance Bahati speaking from the Goma hub.",
                        "We are 16 of us here.", "Does the licence protect us from shutdowns?")
                .discussion());
        assertThat(hub.estimate().online()).isEqualTo(16);
        assertThat(hub.estimate().basis()).contains("at a remote hub");

        ParticipantEstimate.Result none = ParticipantEstimate.of(Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "Yes, at the back.")
                .turn("Esperance Bahati", "Hello, this is Esperance Bahati from a cooperative.",
                        "We are 16 of us here.", "Does the licence protect us from shutdowns?")
                .discussion());
        assertThat(none.estimate()).isNull();
    }

    /** Who registered is named in the basis as registrations and never counted, alone or beside an export. */
    @Test
    void registrantsAreNamedInTheBasisButNeverCounted() {
        ParticipantEstimate.Result alone = ParticipantEstimate.of(Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "Welcome to the session.")
                .registration(112)
                .discussion());
        assertThat(alone.estimate().participants()).isNull();
        assertThat(alone.estimate().online()).isNull();
        assertThat(alone.estimate().basis()).isEqualTo("registration report (registration.csv): 112 registered, not"
                + " counted, as registrants are not participants");

        ParticipantEstimate.Result beside = ParticipantEstimate.of(Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "Welcome to the session.")
                .attendance(41)
                .registration(112)
                .discussion());
        assertThat(beside.estimate().participants()).isEqualTo(41);
        assertThat(beside.estimate().basis()).startsWith("attendance export").endsWith("112 registered, not"
                + " counted, as registrants are not participants");
        assertThat(beside.warnings()).isEmpty();

        ParticipantEstimate.Result none = ParticipantEstimate.of(Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "Welcome to the session.")
                .discussion());
        assertThat(none.estimate()).isNull();
    }

    /**
     * "About 55 of you here in the room" is a figure for the room; the online moderator's "46 of you answered" is a
     * poll reading and the rapporteur's "I will prepare the session report" and "The key points I noted are …" are
     * remarks on the report: none of them anyone's position. A panellist's "two of you asked" is no figure.
     */
    @Test
    void figuresAddressedToTheRoomPollReadingsAndTheRapporteursPlanAreNoPositions() {
        Discussion room = Fixture.session()
                .person("Adjoa Boateng", Role.MODERATOR, "Government")
                .person("Lina Haddad", Role.ONLINE_MODERATOR, "Intergovernmental Organization")
                .person("Samuel Osei", Role.RAPPORTEUR, "Government")
                .person("Kojo Antwi", Role.SPEAKER, "Government")
                .turn("Adjoa Boateng", "We have about 55 of you here in the room, which is wonderful.")
                .turn("Lina Haddad", "On the first question, whether you trust your digital ID, 46 of you answered.")
                .turn("Kojo Antwi", "Two of you asked about fingerprints, and the law already allows an exemption.")
                .turn("Samuel Osei", "I will prepare the session report in the next two weeks.",
                        "The key points I noted are inclusion as the first safeguard and independent oversight.")
                .discussion();
        Participation.Estimate e = ParticipantEstimate.of(room).estimate();
        assertThat(e.onsite()).isEqualTo(55);
        assertThat(e.participants()).isEqualTo(55);
        for (int i = 0; i < room.size(); i++) {
            String speaker = room.sentence(i).speaker();
            if (speaker.equals("Lina Haddad") || speaker.equals("Samuel Osei")) {
                assertThat(room.kind(i)).as(room.sentence(i).text()).isEqualTo(SentenceKind.PROCEDURE);
            }
        }
        assertThat(PositionFinder.find(room, new SentenceScorer(room, java.util.Set.of())))
                .extracting(Position::speaker).doesNotContain("Lina Haddad", "Samuel Osei");
    }

    /** Parliamentarians and delegates in the room are people there; a body's members are no attendance. */
    @Test
    void parliamentariansInTheRoomAreAFigureAndACommitteesMembersAreNone() {
        Discussion room = Fixture.session()
                .person("Kojo Mensah", Role.MODERATOR, "Government")
                .turn("Kojo Mensah", "We have about 40 parliamentarians here in the room and more following online.")
                .discussion();
        assertThat(ParticipantEstimate.of(room).estimate().onsite()).isEqualTo(40);

        Discussion committee = Fixture.session()
                .person("Kojo Mensah", Role.MODERATOR, "Government")
                .turn("Kojo Mensah", "Our committee has about 40 members from all parties.")
                .discussion();
        assertThat(ParticipantEstimate.of(committee).estimate()).satisfiesAnyOf(
                e -> assertThat(e).isNull(), e -> assertThat(e.participants()).isNull());
    }

    /**
     * A remote hub that also connected to the meeting is its people, counted once: a connection named after its
     * place, or the connection its voice wrote under, stands for the hub; a hub no connection shows stays on top of
     * the connections, as before.
     */
    @Test
    void aHubConnectedToTheMeetingCountsItsPeopleOnce() {
        Discussion d = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "Let's hear from the hubs.")
                .turn("Mere Tui", "There are 18 of us here in the Suva hub.")
                .chat("Aroha Ngata", "There are 6 of us watching together in our office in Apia", false, null)
                .chat("Sione Latu", "And 12 of us at the hub in Vava'u", false, null)
                .attendance(30, "Ana Lima ana@example.org", "Suva Hub room@example.fj", "Aroha Ngata aroha@example.ws",
                        "Kofi Boateng kofi@example.gh")
                .discussion();
        ParticipantEstimate.Result r = ParticipantEstimate.of(d);
        assertThat(r.estimate().online()).isEqualTo(30 - 2 + 18 + 6 + 12);
        assertThat(r.estimate().basis()).contains("\u201cSuva Hub\u201d, named after it",
                "\u201cAroha Ngata\u201d, under which it spoke or wrote");
        assertThat(r.warnings()).filteredOn(w -> w.startsWith("The remote hub of")).satisfiesExactly(
                w -> assertThat(w).contains("Suva hub", "its 18 people once"),
                w -> assertThat(w).contains("Apia", "its 6 people once"));
    }

    /**
     * A hub's own voice saying "we have 14 people here at the Yaba tech hub", and the room its connection writes
     * from ("14 of us in the room"), are the hub's people, counted once and in place of that connection; the same
     * words without a place, or from someone's own connection, are no hub.
     */
    @Test
    void aHubsVoiceAndItsConnectionsRoomAreTheHubsPeople() {
        Discussion d = Fixture.session()
                .person("Ngozi Okafor", Role.MODERATOR, "Civil Society")
                .turn("Ngozi Okafor", "We have about forty people in the room.")
                .turn("Bisi Adeyemi", "This is the Lagos hub, we have 14 people here at the Yaba tech hub.")
                .chat("Lagos Hub - Yaba", "Lagos hub is here, 14 of us in the room :)", false, null)
                .attendance(43, "Ngozi Okafor ngozi@example.org", "Lagos Hub - Yaba lagoshub@example.org")
                .discussion();
        ParticipantEstimate.Result r = ParticipantEstimate.of(d);
        assertThat(r.estimate().onsite()).isEqualTo(40);
        assertThat(r.estimate().online()).isEqualTo(43 - 1 + 14);

        Discussion company = Fixture.session()
                .person("Ngozi Okafor", Role.MODERATOR, "Civil Society")
                .turn("Ngozi Okafor", "We have about forty people in the room.")
                .turn("Bisi Adeyemi", "At our start-up we have 14 people.")
                .chat("Kofi Boateng", "14 of us in the room here, great session", false, null)
                .discussion();
        assertThat(ParticipantEstimate.of(company).estimate().onsite()).isEqualTo(40);
        assertThat(ParticipantEstimate.of(company).estimate().online()).isNull();
    }

    /**
     * A chair's figure for everyone online across two platforms ("around 30 online between Meet and Teams") counts
     * more than the export of one of them: it is the online figure, with the chair's sentence as evidence and the
     * choice warned about; a smaller said figure leaves the export's.
     */
    @Test
    void aSaidOnlineFigureAboveAnExportOfOnePlatformIsTheOnlineFigure() {
        String said = "We have about 55 people here in the room and Ravi tells me around 30 online between Meet and Teams.";
        Discussion d = Fixture.session()
                .person("Abena Darko", Role.MODERATOR, "Government")
                .turn("Abena Darko", said)
                .attendance(12, "Grace Akello grace@example.org")
                .discussion();
        ParticipantEstimate.Result r = ParticipantEstimate.of(d);
        assertThat(r.estimate().online()).isEqualTo(30);
        assertThat(r.estimate().onsite()).isEqualTo(55);
        assertThat(r.estimate().basis()).contains("\u201caround 30 online\u201d");
        assertThat(r.estimate().evidence()).extracting(e -> e.quote()).contains(said);
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Participants online: 12") || w.contains("30"));

        Discussion fewer = Fixture.session()
                .person("Abena Darko", Role.MODERATOR, "Government")
                .turn("Abena Darko", "We have around 8 online at the moment.")
                .attendance(12, "Grace Akello grace@example.org")
                .discussion();
        assertThat(ParticipantEstimate.of(fewer).estimate().online()).isEqualTo(12);
    }

    /**
     * A speaker heard under two connections of the export (her name, then a phone dialling in; a tablet, then her
     * name) is one participant; one heard under a single connection, whatever the case of its label, is counted
     * once as it is.
     */
    @Test
    void aSpeakerHeardUnderTwoConnectionsIsOneParticipant() {
        Discussion d = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .person(new org.rapporteur.model.Person("Grace Otieno", List.of(Role.SPEAKER), null, "Civil Society",
                        null, List.of("+254 *** *** 417")))
                .person(new org.rapporteur.model.Person("Lucía Ramírez", List.of(Role.PARTICIPANT), null, null, null,
                        List.of("iPad de Lucía", "Lucía Ramírez (she/her)")))
                .person(new org.rapporteur.model.Person("Marek Nowak", List.of(Role.SPEAKER), null, "Private Sector",
                        null, List.of("MAREK NOWAK")))
                .turn("Ana Lima", "Grace, over to you.")
                .turn("Grace Otieno", "Archives need a quick way for people to ask for a page to be restricted.")
                .turn("Lucía Ramírez", "In Uruguay we archive every website under the country domain.")
                .turn("Marek Nowak", "Hosting companies delete a site ninety days after the customer stops paying.")
                .attendance(40, "Ana Lima ana@example.org", "Grace Otieno grace@example.org", "+254 *** *** 417",
                        "Lucía Ramírez lucia@example.org", "iPad de Lucía", "Marek Nowak marek@example.org")
                .discussion();
        ParticipantEstimate.Result r = ParticipantEstimate.of(d);
        assertThat(r.estimate().online()).isEqualTo(38);
        assertThat(r.warnings()).filteredOn(w -> w.contains("counted as one participant")).satisfiesExactly(
                w -> assertThat(w).startsWith("Grace Otieno spoke under 2 connections").contains("+254 *** *** 417"),
                w -> assertThat(w).startsWith("Lucía Ramírez spoke under 2 connections").contains("iPad de Lucía"));
    }

    /** Someone saying the hub is connected, or its voice speaking under a listed connection, is enough; else nothing. */
    @Test
    void aHubSaidToBeConnectedIsOneOfTheExportsConnections() {
        Fixture said = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "Our Lagos hub is connected on Zoom as well.")
                .turn("Tunde Bello", "Greetings, there are 14 of us here in the Lagos hub.");
        assertThat(ParticipantEstimate.of(said.attendance(20, "Ana Lima ana@example.org").discussion())
                .estimate().online()).isEqualTo(20 - 1 + 14);
        Discussion notSaid = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "Welcome to everyone following from afar.")
                .turn("Tunde Bello", "Greetings, there are 14 of us here in the Lagos hub.")
                .attendance(20, "Ana Lima ana@example.org", "Tunde Bello tunde@example.ng")
                .discussion();
        assertThat(ParticipantEstimate.of(notSaid).estimate().online()).isEqualTo(20 - 1 + 14);
        Discussion unknown = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Ana Lima", "Welcome to everyone following from afar.")
                .turn("Tunde Bello", "Greetings, there are 14 of us here in the Lagos hub.")
                .attendance(20, "Ana Lima ana@example.org", "Kofi Boateng kofi@example.gh")
                .discussion();
        assertThat(ParticipantEstimate.of(unknown).estimate().online()).isEqualTo(20 + 14);
    }

    /**
     * A figure's own clause says where it is ("35 here in the room, and more online, including a hub"); anyone may
     * count their own group ("18 of us here in the Suva hub"), a panellist's figure of their subject counts for
     * nothing; hubs given by different people are different rooms and are added, one person's figures are one hub.
     */
    @Test
    void aFiguresOwnClausePlacesItAndHubsToldByDifferentPeopleAreAdded() {
        Discussion d = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .person("Rui Costa", Role.SPEAKER, "Technical Community")
                .turn("Ana Lima", "We have about 35 people here in the room, and many more online, including a hub in "
                        + "Suva.")
                .turn("Rui Costa", "Some 500 people in the outer islands were offline for weeks.")
                .turn("Mere Tui", "There are 18 of us here in the Suva hub, and we have a question.")
                .turn("Mere Tui", "Sorry, there are 19 of us in the hub now.")
                .chat("Aroha Ngata", "There are 6 of us watching together in our office in Apia", false, null)
                .discussion();
        ParticipantEstimate.Result r = ParticipantEstimate.of(d);

        assertThat(r.estimate().onsite()).isEqualTo(35);
        assertThat(r.estimate().online()).isEqualTo(19 + 6);
        assertThat(r.estimate().participants()).isEqualTo(35 + 19 + 6);
        assertThat(r.estimate().basis()).doesNotContain("500");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("Participants at remote hubs: 19 ")
                .contains("6 (written in the chat at a remote hub").contains("added, 25"));
    }

    /**
     * Figures said in words count like digits ("about forty-five people in the room"); a participant's "we are eight
     * people" (their start-up) or "the three of us" says nowhere they are and is no figure, nor is "one of us".
     */
    @Test
    void spokenFiguresCountAndAParticipantsGroupWithoutAPlaceIsNone() {
        Discussion d = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .person("Kofi Boateng", Role.MODERATOR, "Technical Community")
                .turn("Kofi Boateng", "We have around thirty people connected and the Q&A is open.")
                .turn("Ana Lima", "We have about forty-five people in the room, which is very good.")
                .turn("Yonas", "I run a small start-up, we are eight people.")
                .turn("Yonas", "The three of us met the regulator, and every one of us agreed.")
                .turn("Ana Lima", "Rafael was the IT director of a city of 80,000 people in Brazil.")
                .discussion();
        ParticipantEstimate.Result r = ParticipantEstimate.of(d);

        assertThat(r.estimate().onsite()).isEqualTo(45);
        assertThat(r.estimate().online()).isEqualTo(30);
        assertThat(r.estimate().participants()).isEqualTo(75);
        assertThat(r.estimate().basis()).contains("\u201cabout forty-five people\u201d").doesNotContain("eight",
                "three", "80,000");

        // two places in one sentence give two figures
        Discussion both = Fixture.session()
                .person("Mele Fifita", Role.MODERATOR, "Civil Society")
                .turn("Mele Fifita", "We have about forty of you in the room, which is amazing, and my colleague is "
                        + "online with, I think, twenty-five people on Zoom.")
                .discussion();
        ParticipantEstimate.Result two = ParticipantEstimate.of(both);
        assertThat(two.estimate().onsite()).isEqualTo(40);
        assertThat(two.estimate().online()).isEqualTo(25);
        // a figure and its place with no noun between: "about 40 in the room and 25 online"
        Discussion bare = Fixture.session()
                .person("Helena Shikongo", Role.MODERATOR, "Government")
                .turn("Helena Shikongo", "We have about 40 in the room and 25 online, which is not bad at all.")
                .turn("Helena Shikongo", "We have 3 online services and two more coming.")
                .discussion();
        ParticipantEstimate.Result placed = ParticipantEstimate.of(bare);
        assertThat(placed.estimate().onsite()).isEqualTo(40);
        assertThat(placed.estimate().online()).isEqualTo(25);

        Discussion alone = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .turn("Yonas", "We are eight people in our company.")
                .labelledTurn("Amina Sow", "AUDIENCE MEMBER", "I run a start-up, we are eight people.")
                .discussion();
        assertThat(ParticipantEstimate.of(alone).estimate()).isNull();
    }

    /**
     * The moderator's "the Freetown hub with us, with 18 people in the room there" and the hub's own "Freetown hub
     * connected, 18 of us" are one hub, whose room is not the session's; a hub naming another place is another.
     */
    @Test
    void oneHubToldByTheModeratorAndInTheChatIsCountedOnce() {
        Discussion d = Fixture.session()
                .person("Samuel Quaye", Role.ONLINE_MODERATOR, "Civil Society")
                .turn("Samuel Quaye", "And we have the Freetown hub with us, with 18 people in the room there.")
                .chat("Fatima Sesay", "Freetown hub connected, 18 of us here with the Sierra Leone IGF", false, null)
                .chat("Kwame Asante", "Greetings from the Kumasi hub, 9 of us here", false, null)
                .discussion();
        ParticipantEstimate.Result r = ParticipantEstimate.of(d);

        assertThat(r.estimate().onsite()).isNull();
        assertThat(r.estimate().online()).isEqualTo(18 + 9);
    }

    /** A poll read out with no export: its respondents are a floor; a panellist's survey figures are not. */
    @Test
    void theRespondentsOfAPollReadOutAreAFloorWhereNoExportExists() {
        Discussion d = Fixture.session()
                .person("Ana Lima", Role.MODERATOR, "Civil Society")
                .person("Rui Costa", Role.SPEAKER, "Technical Community")
                .turn("Ana Lima", "Okay, we have 57 responses.", "Self-declaration, 21 percent.")
                .turn("Rui Costa", "Our survey had 300 respondents in four countries, most of them teachers.")
                .discussion();
        Participation.Estimate e = ParticipantEstimate.of(d).estimate();
        assertThat(e.participants()).isEqualTo(57);
        assertThat(e.basis()).startsWith("respondents of a poll read out in the session: \u201c57 responses\u201d");
        assertThat(e.evidence()).extracting(org.rapporteur.model.Evidence::speaker).containsExactly("Ana Lima");
    }

    @Test
    void theKindAndActualMinutesComeFromTheInputsWithAWarningWhenFarFromThePage() {
        SessionFacts.Facts facts = SessionFacts.of(d);

        assertThat(facts.info().kind()).isEqualTo("workshop");
        assertThat(facts.info().actualMinutes()).isEqualTo(60.0);
        assertThat(facts.warnings()).singleElement().asString()
                .contains("60 minutes by the transcript's timings").contains("90 minutes");
    }

    /** A page whose format states a hearing makes the session one, whatever its code; a panel format does not. */
    @Test
    void aFormatStatingAHearingIsAHearingWhateverTheSlotsCode() {
        Fixture hearing = Fixture.session()
                .person("Mwila Banda", Role.MODERATOR, "Government")
                .person("Farid Haddad", Role.SPEAKER, "Private Sector")
                .turn("Mwila Banda", "Mr. Haddad, you have the floor.")
                .turn("Farid Haddad", "Governments should own the source code of their identity systems.");
        assertThat(SessionFacts.of(hearing.format("Committee hearing - 90 Min").discussion()).info().kind())
                .isEqualTo("hearing");
        assertThat(SessionFacts.of(hearing.format("Panel - 90 Min").discussion()).info().kind())
                .isEqualTo("workshop");
    }

    /**
     * Without timings, the attendance export's meeting duration says how long the session ran, before the chat's
     * span (a lower bound); it is warned about only when far from the page's.
     */
    @Test
    void minutesFromTheAttendanceExportComeBeforeTheChatsSpan() {
        Fixture withExport = Fixture.session()
                .chat("Ana Costa", "Good morning from Lisbon", false, null)
                .chat("Ken Ito", "Thanks, very useful session", false, null);
        SessionFacts.Facts close = SessionFacts.of(Discussion.of(new org.rapporteur.nlp.AnnotatedSession(
                withExport.meetingMinutes(40, 84).build(), List.of())));
        assertThat(close.info().actualMinutes()).isEqualTo(84.0);
        assertThat(close.warnings()).isEmpty();

        SessionFacts.Facts far = SessionFacts.of(Discussion.of(new org.rapporteur.nlp.AnnotatedSession(
                withExport.meetingMinutes(40, 58).build(), List.of())));
        assertThat(far.info().actualMinutes()).isEqualTo(58.0);
        assertThat(far.warnings()).singleElement().asString()
                .contains("58 minutes by the attendance export (participants.csv)").contains("90 minutes")
                .doesNotContain("lower bound");
    }

    /** A poll report's meeting line gives the estimate and the minutes, and says it is that line, no export. */
    @Test
    void aPollReportsMeetingLineCountsWhereNoExportListsWhoCame() {
        Discussion line = Discussion.of(new org.rapporteur.nlp.AnnotatedSession(
                Fixture.session().meetingLine(34, 58).build(), List.of()));
        Participation.Estimate e = ParticipantEstimate.of(line).estimate();
        SessionFacts.Facts facts = SessionFacts.of(line);

        assertThat(e.participants()).isEqualTo(34);
        assertThat(e.online()).isEqualTo(34);
        assertThat(e.basis()).startsWith("meeting line of poll-report.csv").doesNotContain("export");
        assertThat(facts.info().actualMinutes()).isEqualTo(58.0);
        assertThat(facts.warnings()).singleElement().asString()
                .contains("58 minutes by the meeting line of poll-report.csv");
    }

    @Test
    void minutesFromChatTimesOnlyAreWarnedAboutAsALowerBound() {
        Discussion chatOnly = Discussion.of(new org.rapporteur.nlp.AnnotatedSession(Fixture.session()
                .chat("Ana Costa", "Good morning from Lisbon", false, null)
                .chat("Ken Ito", "Can you share the slides", false, null)
                .chat("Ken Ito", "Thanks, very useful session", false, null)
                .build(), List.of()));
        SessionFacts.Facts facts = SessionFacts.of(chatOnly);

        // the fixture's chat runs from 10:00 to 10:02, the page says 90 minutes
        assertThat(facts.info().actualMinutes()).isEqualTo(2.0);
        assertThat(facts.warnings()).singleElement().asString()
                .contains("only a lower bound").contains("2 minutes at least, by the chat").contains("90 minutes");
    }

    @Test
    void theReportCarriesTheInferredPeopleAndTheirWarnings() {
        SessionReport report = new SessionAnalyzer().analyse(forum());

        assertThat(report.people()).filteredOn(p -> p.name().equals(ATTENDEE))
                .singleElement().extracting(Person::stakeholderGroup).isEqualTo("Civil Society");
        assertThat(report.participation().estimate().participants()).isEqualTo(87);
        assertThat(report.participation().stakeholderGroups()).extracting(Participation.GroupShare::group)
                .contains("Civil Society");
        assertThat(report.warnings()).anyMatch(w -> w.startsWith(ATTENDEE + ": the stakeholder group (Civil Society)"))
                .anyMatch(w -> w.startsWith("The participant estimate adds 73 online"));
    }

    private List<SentenceKind> kindsOf(String text) {
        List<SentenceKind> kinds = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            if (d.sentence(i).text().contains(text)) {
                kinds.add(d.kind(i));
            }
        }
        assertThat(kinds).as("sentences with '%s'", text).isNotEmpty();
        return kinds;
    }
}
