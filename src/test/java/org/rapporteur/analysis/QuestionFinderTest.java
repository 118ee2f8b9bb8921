package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Person;
import org.rapporteur.model.Question;
import org.rapporteur.model.Role;

class QuestionFinderTest {

    private final List<Question> questions = QuestionFinder.find(Workshop.discussion());

    @Test
    void audienceQuestionsFromTheRoomAreFound() {
        Question q = questions.stream().filter(x -> x.source() == EvidenceSource.TRANSCRIPT).findFirst().orElseThrow();
        assertThat(q.asker()).isEqualTo(Workshop.ATTENDEE);
        assertThat(q.text()).startsWith("How will the Cyber Resilience Act protect people");
        // asked with the chat question read out right after it: the panel's answer on sellers outside Europe is its
        assertThat(q.answers()).extracting(Question.Answer::speaker).containsExactly(Workshop.GOVERNMENT);
        Evidence e = q.evidence().get(0);
        assertThat(e.file()).isEqualTo(Fixture.TRANSCRIPT);
        assertThat(e.speaker()).isEqualTo(Workshop.ATTENDEE);
    }

    @Test
    void panelAndProceduralQuestionsAreNotAudienceQuestions() {
        assertThat(questions).extracting(Question::text)
                .noneMatch(t -> t.startsWith("Should we require labels"))
                .noneMatch(t -> t.contains("hear me"));
    }

    @Test
    void aChatQuestionReadOutIsOneQuestion() {
        List<Question> manufacturers = questions.stream()
                .filter(q -> q.text().contains("developing countries")).toList();
        assertThat(manufacturers).hasSize(1);
        Question q = manufacturers.get(0);
        assertThat(q.source()).isEqualTo(EvidenceSource.CHAT);
        assertThat(q.asker()).isEqualTo("Priya Nair");
        // "we will put it to the panel" answers nothing, and the panel's one answer is on the question before it
        assertThat(q.answered()).isNull();
        assertThat(q.relayedBy()).isEqualTo(Workshop.ONLINE);
        assertThat(q.evidence()).extracting(Evidence::source)
                .containsExactly(EvidenceSource.CHAT, EvidenceSource.TRANSCRIPT, EvidenceSource.TRANSCRIPT);
    }

    @Test
    void unansweredChatQuestionsAreUnknownAndDirectMessagesAreSkipped() {
        Question recording = questions.stream().filter(q -> q.text().contains("recording")).findFirst().orElseThrow();
        assertThat(recording.answered()).isNull();
        assertThat(questions).extracting(Question::text).noneMatch(t -> t.contains("list of speakers"));
    }

    /** The asker is named as a person is; the evidence keeps the display name the chat shows. */
    @Test
    void aChatQuestionsAskerIsTheNameWithoutTheDisplayNamesNotes() {
        Discussion d = Discussion.of(new org.rapporteur.nlp.AnnotatedSession(Fixture.session()
                .chat("Maria Silva (she/her)", "Will the act become a global standard?", false, null)
                .chat("Ken Ito (Guest)", "Who pays for the tests in small countries?", false, null).build(),
                List.of()));

        List<Question> found = QuestionFinder.find(d);

        assertThat(found).extracting(Question::asker).containsExactly("Maria Silva", "Ken Ito");
        assertThat(found.get(0).evidence().get(0).speaker()).isEqualTo("Maria Silva (she/her)");
    }

    @Test
    void submittedQuestionsAreJoinedWithoutDuplicates() {
        Evidence qaEvidence = new Evidence(EvidenceSource.QA, "qa.csv", "Anonymous", 3, null,
                "Is there a recording of the first session?");
        Question fromQa = new Question("Is there a recording of the first session?", null, EvidenceSource.QA, true,
                List.of(qaEvidence), null);
        Evidence other = new Evidence(EvidenceSource.QA, "qa.csv", "Lee", 4, null,
                "Which labelling schemes already work well for consumers?");
        Question second = new Question("Which labelling schemes already work well for consumers?", "Lee",
                EvidenceSource.QA, null, List.of(other), null);
        Discussion d = Discussion.of(new org.rapporteur.nlp.AnnotatedSession(
                Fixture.session().chat("Ken Ito", "Is there a recording of the first session?", false, null)
                        .submitted(fromQa).submitted(second).build(), List.of()));
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).source()).isEqualTo(EvidenceSource.CHAT);
        assertThat(found.get(0).answered()).isTrue();
        assertThat(found.get(0).evidence()).hasSize(2);
        assertThat(found.get(1).asker()).isEqualTo("Lee");
    }

    /**
     * Two chat questions read out in one breath ("Lina Haddad asks whether …, and Samuel Otieno asks how …") are two
     * questions, each its writer's, relayed, with the chat message and its part of the spoken relay as evidence, and
     * answered by the panellist taking that writer's question; a panellist saying what a policy question asks, or
     * what "I wondered", reads out nobody.
     */
    @Test
    void twoChatQuestionsReadOutInOneBreathAreTwoQuestionsEachAnswered() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Ngozi Okafor", Role.MODERATOR, "Civil Society")
                .person("Tomas Herrera", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Maria Schultz", Role.SPEAKER, "Private Sector")
                .person("Emeka Nwachukwu", Role.SPEAKER, "Technical Community")
                .chat("Lina Haddad (she/her)", "Question: do refurbished devices sold in developing markets come with "
                        + "any guarantee of security updates?", false, null)
                .chat("Samuel Otieno", "Question for the panel: how do we bring the informal collectors in Nairobi "
                        + "into EPR schemes without pushing them out?", false, null)
                .turn("Emeka Nwachukwu", "Our first policy question asks whether repairers can wipe data safely.",
                        "I wondered if we could start with data.", "We think they can, with free tools.")
                .turn("Ngozi Okafor", "Thank you. Tomas, what do we have online?")
                .turn("Tomas Herrera", "Yes, we have two in the chat, so I will read them together.",
                        "Lina Haddad asks whether refurbished devices sold in developing markets come with any "
                        + "guarantee of security updates, and Samuel Otieno asks how the panel would bring the informal "
                        + "collectors in Nairobi into the producer responsibility schemes without pushing them out.")
                .turn("Maria Schultz", "Let me take Lina's question.", "Today there is no guarantee of updates.",
                        "A refurbisher can only promise what the manufacturer supports.")
                .turn("Emeka Nwachukwu", "On Samuel's question, I would say the same for Nairobi as for Lagos.",
                        "Register the informal collectors, do not license them out of existence.")
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).extracting(Question::asker).containsExactly("Lina Haddad", "Samuel Otieno");
        assertThat(found).allSatisfy(q -> {
            assertThat(q.relayedBy()).isEqualTo("Tomas Herrera");
            assertThat(q.evidence()).extracting(e -> e.source())
                    .contains(EvidenceSource.CHAT, EvidenceSource.TRANSCRIPT);
        });
        assertThat(found.get(0).answers()).extracting(Question.Answer::speaker).containsExactly("Maria Schultz");
        assertThat(found.get(1).answers()).extracting(Question.Answer::speaker).containsExactly("Emeka Nwachukwu");
        // the one spoken sentence cited in its parts, each writer's own
        assertThat(found.get(0).evidence()).filteredOn(e -> e.source() == EvidenceSource.TRANSCRIPT)
                .extracting(Evidence::quote).singleElement().asString().startsWith("Lina Haddad asks")
                .doesNotContain("Samuel");
        assertThat(found.get(1).evidence()).filteredOn(e -> e.source() == EvidenceSource.TRANSCRIPT)
                .extracting(Evidence::quote).singleElement().asString().startsWith("Samuel Otieno asks");
    }

    /**
     * Without a chat export, a read-out giving another writer's full name opens that writer's question ("And the
     * second one is from Samuel Owusu, who asks: …"): two questions, the second left unanswered where no turn takes
     * it up; a name said inside one writer's question opens nothing.
     */
    @Test
    void twoQuestionsReadOutFromWritersNoExportListsAreTwo() {
        Discussion d = Discussion.of(refurbishedPanel()
                .turn("Tomas Herrera", "We have quite a lot online, I'll pick two.",
                        "The first is from Lina Haddad, who asks: do refurbished phones come with any guarantee of "
                                + "security updates?",
                        "And the second one is from Samuel Owusu, who asks: how are repair shops paid in rural "
                                + "districts?")
                .turn("Maria Schultz", "Today there is no guarantee of security updates on refurbished phones.",
                        "A refurbisher can only promise what the maker supports.")
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).extracting(Question::asker).containsExactly("Lina Haddad", "Samuel Owusu");
        assertThat(found.get(0).answers()).extracting(Question.Answer::speaker).containsExactly("Maria Schultz");
        assertThat(found.get(1).answers()).isEmpty();

        Discussion one = Discussion.of(refurbishedPanel()
                .turn("Tomas Herrera", "The first is from Lina Haddad, who asks: does Maria Schultz think that "
                        + "refurbished phones need a guarantee?", "Should the law say so?")
                .annotate());
        assertThat(QuestionFinder.find(one)).extracting(Question::asker).containsExactly("Lina Haddad");
    }

    /**
     * Two chat questions read out in one turn, the chair then handing each to a panellist, the first by its ordinal
     * and the second by its words ("Henrik, women on the ships?"): each question keeps its own answers, and the
     * read-out itself answers neither.
     */
    @Test
    void twoReadOutQuestionsHandedOnOneByOrdinalOneByTheirWords() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Priya Raghunathan", Role.MODERATOR, "Civil Society")
                .person("Tomás Berg", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Leilani Fonoti", Role.SPEAKER, "Government")
                .person("Henrik Vestergaard", Role.SPEAKER, "Private Sector")
                .chat("Sione Taufa", "Question for the panel: how long does a small island wait for a second cable, "
                        + "and who pays?", false, null)
                .chat("Grace Njoroge", "Q for Henrik: can the trainee places include women? There are almost no "
                        + "women on the cable ships.", false, null)
                .turn("Henrik Vestergaard", "We will fund trainee places on every repair ship from next year.")
                .turn("Priya Raghunathan", "Tomás, what do we have online?")
                .turn("Tomás Berg", "Thanks, Priya.", "Two questions.",
                        "The first is from Sione Taufa, who is in Nuku'alofa.",
                        "He asks: after the eruption, Tonga was told it would get a second cable.",
                        "How long does a small island wait for a second cable, and who pays?",
                        "The second question is from Grace Njoroge in Nairobi.",
                        "She asks whether the trainee places can include women, because she says there are almost no "
                                + "women on the cable ships.")
                .turn("Priya Raghunathan", "Leilani, the first one is for you, I think.")
                .turn("Leilani Fonoti", "Realistically a new cable takes five to seven years from the first study, "
                        + "and development banks pay most of it.")
                .turn("Priya Raghunathan", "Henrik, women on the ships?")
                .turn("Henrik Vestergaard", "There are very few today.",
                        "I will make sure that at least half of the trainee places are for women.")
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).extracting(Question::asker).containsExactly("Sione Taufa", "Grace Njoroge");
        assertThat(found.get(0).answers()).extracting(Question.Answer::speaker).containsExactly("Leilani Fonoti");
        assertThat(found.get(1).answers()).extracting(Question.Answer::speaker)
                .containsExactly("Henrik Vestergaard");
        assertThat(found.get(1).relayedBy()).isEqualTo("Tomás Berg");
    }

    private static Fixture refurbishedPanel() {
        return Fixture.session()
                .person("Ngozi Okafor", Role.MODERATOR, "Civil Society")
                .person("Tomas Herrera", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Maria Schultz", Role.SPEAKER, "Private Sector")
                .turn("Maria Schultz", "Refurbished phones are sold with whatever updates the maker still ships.")
                .turn("Ngozi Okafor", "Tomas, what do we have online?");
    }

    /**
     * A chair handing a floor question on with "do you want to take that" keeps the exchange going: the panellist's
     * turn after it answers.
     */
    @Test
    void aChairAskingAPanellistToTakeThatHandsTheQuestionOn() {
        Fixture f = Fixture.session()
                .person("Ngozi Okafor", Role.MODERATOR, "Civil Society")
                .person("María Fernanda Rojas", Role.SPEAKER, "Government")
                .turn("Amina Diallo", "In our municipality we tried a buy-back for old phones and the devices just "
                        + "disappeared to exporters.", "How do you stop that?");
        Discussion handed = Discussion.of(f
                .turn("Ngozi Okafor", "María Fernanda, do you want to take that, because Colombia has the targets?")
                .turn("María Fernanda Rojas", "What worked for us is to pay the collection to the repair shops, not to "
                        + "the exporter, so the local shop gets the device first.")
                .annotate());
        assertThat(QuestionFinder.find(handed)).singleElement().satisfies(q -> assertThat(q.answers())
                .extracting(Question.Answer::speaker).containsExactly("María Fernanda Rojas"));

        // "Who wants to take it, quickly? María Fernanda?" hands it on too
        Discussion anyone = Discussion.of(Fixture.session()
                .person("Ngozi Okafor", Role.MODERATOR, "Civil Society")
                .person("María Fernanda Rojas", Role.SPEAKER, "Government")
                .turn("Amina Diallo", "In our municipality we tried a buy-back for old phones and the devices just "
                        + "disappeared to exporters.", "How do you stop that?")
                .turn("Ngozi Okafor", "That's our third policy question, thank you for bringing it back.",
                        "Who wants to take it, quickly?", "María Fernanda?")
                .turn("María Fernanda Rojas", "Quickly, pay the collection to the repair shops, not to the exporter, "
                        + "so the local shop gets the device first.")
                .annotate());
        assertThat(QuestionFinder.find(anyone)).singleElement().satisfies(q -> assertThat(q.answers())
                .extracting(Question.Answer::speaker).containsExactly("María Fernanda Rojas"));
    }

    /**
     * A chat question put to a panellist, read out without its author's name: the panellist's spoken answer is the
     * answer, not her one-line chat reply nor another participant's "+1" comment under it.
     */
    @Test
    void aChatQuestionAnsweredAloudKeepsTheSpokenAnswerNotChatComments() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Lucien Martin", Role.MODERATOR, "Technical Community")
                .person("Claire Popineau", Role.SPEAKER, "Civil Society")
                .person("Samuel Bakker", Role.ONLINE_MODERATOR, "Civil Society")
                .turn("Lucien Martin", "Samuel, anything from online?")
                .turn("Samuel Bakker", "Yes, a question for Claire, from a participant who says: \"Is there not a "
                        + "contradiction between the right to repair and locking the firmware?\"")
                .turn("Lucien Martin", "Claire, do you want to take the question on repair?")
                .turn("Claire Popineau", "Yes, there is a tension, because some manufacturers use security as an "
                        + "argument to lock every device for good.",
                        "When the support period ends, the owner should get what is needed to keep the device safe.")
                .chat("Li Wei", "Question for Claire: is there not a contradiction between the right to repair and "
                        + "locking the firmware?", false, null)
                .chat("Claire Popineau", "Security by design should not become obsolescence by design :)", false, 0)
                .chat("Peter Mwangi", "Legality, necessity, proportionality, oversight. +1 to fixing the product",
                        false, 0)
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.asker()).isEqualTo("Li Wei");
            assertThat(q.relayedBy()).isEqualTo("Samuel Bakker");
            assertThat(q.answered()).isTrue();
            assertThat(q.answers()).singleElement().satisfies(a -> {
                assertThat(a.speaker()).isEqualTo("Claire Popineau");
                assertThat(a.evidence().get(0).source()).isEqualTo(EvidenceSource.TRANSCRIPT);
                assertThat(a.text()).startsWith("Yes, there is a tension");
            });
        });
    }

    /** "A final question from me" is the chair's own question to the panel, read out from nowhere. */
    @Test
    void aChairsOwnQuestionIsNoRelayedAudienceQuestion() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Ingrid Dahl", Role.MODERATOR, "Civil Society")
                .person("Rosa Ibarra", Role.SPEAKER, "Technical Community")
                .turn("Ingrid Dahl", "A final question from me: will the registries publish their test results "
                        + "every year?")
                .turn("Rosa Ibarra", "Yes, the three largest registries have agreed to publish them every spring, "
                        + "starting next year.")
                // the negative case: a question from someone else is read out
                .turn("Ingrid Dahl", "And a question from Arjun Patel: who pays for the tests in small countries?")
                .turn("Rosa Ibarra", "The registries pay for the tests from their fees, and small countries get "
                        + "them free of charge.")
                .chat("Arjun Patel", "Who pays for the tests in small countries?", false, null)
                .annotate());
        assertThat(QuestionFinder.find(d)).extracting(Question::asker).containsExactly("Arjun Patel");
    }

    /**
     * "We have two questions from the session page." names the session's own questions, not writers whose words are
     * read out: the chair's next question to her co-moderator is no audience question; "two questions from the chat"
     * still reads them out.
     */
    @Test
    void questionsFromTheSessionPageAreNoReadOut() {
        Function<String, Discussion> opening = from -> Discussion.of(Fixture.session()
                .person("Ingrid Dahl", Role.MODERATOR, "Civil Society")
                .person("Rosa Ibarra", Role.ONLINE_MODERATOR, "Technical Community")
                .turn("Ingrid Dahl", "We have sixty minutes.", "We have two questions from " + from + ".",
                        "Rosa, do you want to say something about the Slido?")
                .turn("Rosa Ibarra", "Yes, the Slido code is on the screen and the first poll is already open for "
                        + "everyone.")
                .annotate());
        assertThat(QuestionFinder.find(opening.apply("the session page"))).isEmpty();
        assertThat(QuestionFinder.find(opening.apply("the chat"))).isNotEmpty();
    }

    /** A short question the asker announced ("My question is for Kofi.") is asked, with the sentence setting it up. */
    @Test
    void aShortAnnouncedQuestionIsAskedWithItsSetting() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Ingrid Dahl", Role.MODERATOR, "Civil Society")
                .person("Rosa Ibarra", Role.SPEAKER, "Technical Community")
                .turn("Ingrid Dahl", "One last question from online, please go ahead.")
                .turn("Fatima Benali", "Thank you. My question is for Rosa.",
                        "The Tifinagh script is in Unicode, but domain names in it are not possible at the top level.",
                        "Is there a plan?")
                .turn("Rosa Ibarra", "That is decided through the root zone process, and the community has to form a "
                        + "generation panel for the script first.")
                // the negative case: a short question nobody announced is a reaction, not an audience question
                .turn("Amir Haddad", "Really?")
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.asker()).isEqualTo("Fatima Benali");
            assertThat(q.text()).isEqualTo("The Tifinagh script is in Unicode, but domain names in it are not "
                    + "possible at the top level. Is there a plan?");
            assertThat(q.evidence()).hasSize(2);
            assertThat(q.answers()).extracting(Question.Answer::speaker).containsExactly("Rosa Ibarra");
        });
    }

    /** "How long afterwards?" is too short to pass for a question alone, but it is one after "My question is for …". */
    @Test
    void aVeryShortAnnouncedQuestionIsAsked() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Adaeze Okonkwo", Role.MODERATOR, "Civil Society")
                .person("Henrik Lindqvist", Role.SPEAKER, "Private Sector")
                .turn("Adaeze Okonkwo", "Let me go to the room.", "Please say who you are.")
                .turn("Tomás Herrera", "My name is Tomás Herrera, I'm a journalist.", "My question is for Henrik.",
                        "You said operators publish the orders afterwards.", "How long afterwards?")
                .turn("Henrik Lindqvist", "Our report is annual, so it can be up to a year after the order.")
                // the negative case: the same words unannounced are a reaction
                .turn("Amir Haddad", "I see.", "How long afterwards?")
                .annotate());
        assertThat(QuestionFinder.find(d)).singleElement().satisfies(q -> {
            assertThat(q.asker()).isEqualTo("Tomás Herrera");
            assertThat(q.text()).isEqualTo("You said operators publish the orders afterwards. How long afterwards?");
            assertThat(q.answers()).extracting(Question.Answer::speaker).containsExactly("Henrik Lindqvist");
        });
    }

    /**
     * "On Grace's question, I am not the right person, maybe Abena" passes a question on: the answer is the next
     * panellist who takes it up, and the sentence ends the answer to the question before it.
     */
    @Test
    void passingAQuestionOnIsNoAnswer() {
        String asked = "Should exam bodies be consulted before a government decides on a shutdown?";
        Discussion d = Discussion.of(Fixture.session()
                .person("Samuel Quaye", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Lukasz Wroblewski", Role.SPEAKER, "Technical Community")
                .person("Abena Owusu", Role.SPEAKER, "Government")
                .turn("Samuel Quaye", "We have a question in the Q&A from Grace Otieno, who is a teacher.",
                        "She asks: " + asked, "And Ibrahim has a question by voice.", "Ibrahim, please go ahead.")
                .turn("Ibrahim Kamara", "This is Ibrahim Kamara.", "If governments start blocking VPNs too, what can "
                        + "measurement do?")
                .turn("Lukasz Wroblewski", "Thank you, Ibrahim.", "Measurement can see VPN blocking, but it is an arms "
                        + "race with the censors.", "On Grace's question, I am not the right person, maybe Abena.")
                .turn("Abena Owusu", "On Grace's question, yes.", "An exam body is one of the services a shutdown "
                        + "hits, so it should be consulted.")
                .submitted(new Question(asked, "Grace Otieno", EvidenceSource.QA, null, List.of(new Evidence(
                        EvidenceSource.QA, "qa.csv", "Grace Otieno", 8, null, asked)), null))
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).filteredOn(q -> "Grace Otieno".equals(q.asker())).singleElement()
                .satisfies(q -> assertThat(q.answers()).extracting(Question.Answer::speaker)
                        .containsExactly("Abena Owusu"));
        assertThat(found).filteredOn(q -> "Ibrahim Kamara".equals(q.asker())).singleElement()
                .satisfies(q -> assertThat(q.answers()).singleElement().satisfies(a -> {
                    assertThat(a.speaker()).isEqualTo("Lukasz Wroblewski");
                    assertThat(a.text()).doesNotContain("Grace");
                }));
    }

    /**
     * A chat question answered in the chat without the reply button: a panellist's next message on what was asked, or
     * a moderator's link. Not an answer: a panellist's message on something else, or a request about the sound.
     */
    @Test
    void aChatQuestionAnsweredByTheNextMessagesIsAnswered() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Samuel Quaye", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Lukasz Wroblewski", Role.SPEAKER, "Technical Community")
                .turn("Samuel Quaye", "Welcome, everyone, to this town hall on network measurement.")
                .chat("Priya Nair", "Is the OONI data open for anyone to use?", false, null)
                .chat("Lukasz Wroblewski", "Yes, all OONI measurements are published as open data", false, null)
                .chat("Marta Kowalczyk", "Which operators publish transparency reports today?", false, null)
                .chat("Samuel Quaye", "The index covers this: https://example.org/index", false, null)
                .chat("Daniel Osei", "Does anyone track throttling of mobile video?", false, null)
                .chat("Lukasz Wroblewski", "Great to see so many people from Accra here", false, null)
                .chat("Priya Nair", "Can the mic be louder in the room please?", false, null)
                .chat("Mikaele Kabua", "Would tiered wallets need a new anti-money laundering law?", false, null)
                .chat("Samuel Quaye", "Report: https://example.org/survey-2025", false, null)
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).extracting(Question::asker)
                .containsExactly("Priya Nair", "Marta Kowalczyk", "Daniel Osei", "Mikaele Kabua");
        // a link only announced after a question answers nothing asked
        assertThat(found).extracting(q -> q.answers().stream().map(Question.Answer::speaker).toList())
                .containsExactly(List.of("Lukasz Wroblewski"), List.of("Samuel Quaye"), List.of(), List.of());
    }

    /**
     * A hub is named in a few words ("the Sierra Leone IGF hub", "we have the Freetown hub with us"), by the asker or by
     * the online moderator who also speaks of the room there.
     */
    @Test
    void aHubNamedInSeveralWordsIsTheQuestionsChannel() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Samuel Quaye", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Lukasz Wroblewski", Role.SPEAKER, "Technical Community")
                .turn("Samuel Quaye", "And we have the Freetown hub with us, with 18 people in the room there.",
                        "Freetown, please go ahead.")
                .turn("Ibrahim Kamara", "This is Ibrahim Kamara from the Sierra Leone IGF hub in Freetown.",
                        "If governments start blocking VPNs too, what can measurement do?")
                .turn("Lukasz Wroblewski", "Measurement can see VPN blocking, but it is an arms race with the censors.")
                .annotate());
        assertThat(QuestionFinder.find(d)).extracting(Question::channel).containsExactly(Question.Channel.HUB);
    }

    /** A Q&A tool's question read out by its standing ("the most voted one is from X") is that question, answered. */
    @Test
    void aQaQuestionReadOutByItsVotesIsRelayedAndAnswered() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Ingrid Dahl", Role.MODERATOR, "Civil Society")
                .person("Kojo Mensah", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Rosa Ibarra", Role.SPEAKER, "Technical Community")
                .turn("Ingrid Dahl", "Kojo, what do we have online?")
                .turn("Kojo Mensah", "We have many questions on Slido already.",
                        "The most voted one is from Arjun Patel, for Rosa: \"Which validation libraries should be "
                                + "fixed first, and who pays the maintainers?\"")
                .turn("Rosa Ibarra", "Good question, Arjun. The three most used validation libraries in each "
                        + "language come first, and the registries should fund their maintainers.")
                .submitted(new Question("Which validation libraries should be fixed first, and who pays the "
                        + "maintainers?", "Arjun Patel", EvidenceSource.QA, true,
                        List.of(), 31))
                .annotate());
        Question q = QuestionFinder.find(d).stream().filter(x -> "Arjun Patel".equals(x.asker())).findFirst()
                .orElseThrow();
        assertThat(q.relayedBy()).isEqualTo("Kojo Mensah");
        assertThat(q.answers()).extracting(Question.Answer::speaker).containsExactly("Rosa Ibarra");
    }

    /**
     * A Q&A question the online moderator reads out in other words, by its standing on the tool and its writer's
     * given name ("The top question on Slido, with fourteen votes, is from Yaw. He asks, …?"), and an anonymous one
     * read out as such, are each one question of its writer, relayed, with the answers that follow; a chair asking
     * whether there are questions on Slido reads none out.
     */
    @Test
    void qaQuestionsReadOutInOtherWordsOrAnonymouslyAreEachOneRelayedQuestion() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Adjoa Boateng", Role.MODERATOR, "Government")
                .person("Lina Haddad", Role.ONLINE_MODERATOR, "Intergovernmental Organization")
                .person("Kojo Antwi", Role.SPEAKER, "Government")
                .person("Chiamaka Eze", Role.SPEAKER, "Civil Society")
                .turn("Adjoa Boateng", "Lina, are there questions on Slido?")
                .turn("Lina Haddad", "The top question on Slido, with fourteen votes, is from Yaw.",
                        "He asks, if you were never registered at birth, how do you get onto the ID system at all?")
                .turn("Kojo Antwi", "Thank you, Yaw, it is the right question. People without a birth certificate "
                        + "can enrol with a sworn declaration and two witnesses.")
                .turn("Adjoa Boateng", "Thank you. Lina, one more from Slido.")
                .turn("Lina Haddad", "An anonymous question for the IGF with nine votes: who audits the private "
                        + "companies that check IDs for the banks?")
                .turn("Chiamaka Eze", "May I take that one? In Nigeria nobody audits them in a systematic way, and "
                        + "the person in the middle has nobody to call.")
                .submitted(new Question("How can someone who was never given a birth certificate enrol in the "
                        + "digital ID system, especially in rural districts?", "Yaw Darko", EvidenceSource.QA, true,
                        List.of(), 14))
                .submitted(new Question("Who audits the private companies that verify IDs on behalf of banks?",
                        null, EvidenceSource.QA, true, List.of(), 9))
                // the host account's acronym is nobody's given name: the anonymous question stays anonymous
                .chat("IGF Webinars", "Welcome! Questions in the Q&A please.", false, null)
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).hasSize(2);
        assertThat(found).allSatisfy(q -> {
            assertThat(q.relayedBy()).isEqualTo("Lina Haddad");
            assertThat(q.source()).isEqualTo(EvidenceSource.QA);
            assertThat(q.evidence()).extracting(Evidence::source).contains(EvidenceSource.TRANSCRIPT);
        });
        assertThat(found).filteredOn(q -> "Yaw Darko".equals(q.asker())).singleElement()
                .satisfies(q -> assertThat(q.answers()).extracting(Question.Answer::speaker)
                        .containsExactly("Kojo Antwi"));
        assertThat(found).filteredOn(q -> q.asker() == null).singleElement()
                .satisfies(q -> assertThat(q.answers()).extracting(Question.Answer::speaker)
                        .containsExactly("Chiamaka Eze"));
    }

    /**
     * Questions the online moderator reads out where the session kept no chat or Q&amp;A export were written by people
     * connected: each its writer's, relayed, from the chat, never from the floor; a question the room's chair reads
     * out from a note stays the floor's.
     */
    @Test
    void questionsTheOnlineModeratorReadsOutWithoutAnExportAreTheChats() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Beatriz Moyano", Role.MODERATOR, "Civil Society")
                .person("Kenji Watanabe", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Rafael Quispe", Role.SPEAKER, "Civil Society")
                .turn("Beatriz Moyano", "Thank you. Kenji, what do we have online?")
                .turn("Kenji Watanabe", "Yes, we have quite a lot online, I'll pick two.",
                        "The first is from Lina Haddad, who asks: do community networks still make sense with "
                                + "satellite services available almost everywhere?")
                .turn("Rafael Quispe", "Satellite is our backhaul, Lina, it does not replace the community network.")
                .turn("Beatriz Moyano", "And one I was handed on a note, from Samuel Owusu, who asks: who pays the "
                        + "technicians?")
                .turn("Rafael Quispe", "The families pay the technicians, a small monthly contribution.")
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).filteredOn(q -> "Lina Haddad".equals(q.asker())).singleElement()
                .extracting(Question::channel).isEqualTo(Question.Channel.CHAT);
        assertThat(found).filteredOn(q -> "Samuel Owusu".equals(q.asker())).singleElement()
                .extracting(Question::channel).isEqualTo(Question.Channel.FLOOR);
    }

    /**
     * A hearing's chair asking whether a question waits online asks nothing; the clerk reading one out "from Ms.
     * Lindiwe Phiri, a law student, who writes: …" relays her written question, its text without the lead-in; a
     * question put aloud by someone in the room keeps its floor channel.
     */
    @Test
    void aChairAskingForQuestionsOnlineAsksNothingAndAWrittenQuestionReadOutIsTheChats() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Mwila Banda", Role.MODERATOR, "Government")
                .person("Farid Haddad", Role.SPEAKER, "Private Sector")
                .person("Clerk", Role.PARTICIPANT, null)
                .person("Rose Tembo", Role.PARTICIPANT, null)
                .turn("Mwila Banda", "We have time for one more.", "Mr. Clerk, is there a question online?")
                .turn("Clerk", "Yes, Madam Chair.", "The question is from Ms. Lindiwe Phiri, a law student in Lusaka, "
                        + "who writes: will the bill let a person see which ministries accessed their data?")
                .turn("Farid Haddad", "Technically it is easy, every query to the system is already logged.")
                .turn("Mwila Banda", "Thank you. One from the room, the lady at the back.")
                .turn("Rose Tembo", "Will the access log also show the queries made by the police?")
                .turn("Farid Haddad", "It can, if the law says so.")
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).extracting(Question::asker).containsExactly("Lindiwe Phiri", "Rose Tembo");
        Question read = found.get(0);
        assertThat(read.text()).startsWith("Will the bill let a person see");
        assertThat(read.relayedBy()).isEqualTo("Clerk");
        assertThat(read.channel()).isEqualTo(Question.Channel.CHAT);
        assertThat(found.get(1).channel()).isEqualTo(Question.Channel.FLOOR);
    }

    /**
     * "One from Kwame Asante. He says …, what do the panellists think …?": the online moderator reads the writer's
     * Q&amp;A question out, one question of its writer, relayed, answered by the panellist who follows, who first
     * acknowledges it and then says it answers what another participant said too; a panellist's "One from each
     * region should sit on the board." reads nothing out.
     */
    @Test
    void aQaQuestionReadOutAsOneFromItsWriterIsRelayed() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Camila Rojas", Role.MODERATOR, "Civil Society")
                .person("Thomas Keller", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Hernán Quispe", Role.SPEAKER, "Civil Society")
                .turn("Valeria Gómez", "The women use the network but they are not the ones trained to fix it.")
                .turn("Camila Rojas", "Thank you Valeria. Thomas, I think you had more online.")
                .turn("Thomas Keller", "Yes, we have quite a few. One from Kwame Asante.",
                        "He says the community networks he knows in Ghana stop when the volunteer moves to the city.",
                        "What do the panellists think is the right model to pay the people who run these networks?")
                .turn("Camila Rojas", "Hernán?")
                .turn("Hernán Quispe", "(through interpretation) This is the real question, thank you.",
                        "In our networks we pay two local technicians per community from the monthly contribution "
                        + "of the families, and one must be a woman, which answers also what Valeria said.",
                        "One from each region should sit on the board.")
                .submitted(new Question("The community networks I know in Ghana are all run by volunteers. What is "
                        + "the right model to pay the people who run them?", "Kwame Asante", EvidenceSource.QA, true,
                        List.of(), null))
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.asker()).isEqualTo("Kwame Asante");
            assertThat(q.relayedBy()).isEqualTo("Thomas Keller");
            assertThat(q.answers()).extracting(Question.Answer::speaker).containsExactly("Hernán Quispe");
        });
        assertThat(d.relayed(d.size() - 1)).isFalse();
    }

    /**
     * "This one is anonymous. They ask: …?" reads a Q&A question out, which is answered by the panellist who
     * follows; a Q&A entry that only thanks ("Thanks for this session!") or asks after the slides is no question, one
     * that thanks and asks is.
     */
    @Test
    void aQuestionReadOutWithTheyAskIsRelayedAndThanksOrLogisticsInTheQaAreNoQuestion() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Adjoa Boateng", Role.MODERATOR, "Government")
                .person("Lina Haddad", Role.ONLINE_MODERATOR, "Intergovernmental Organization")
                .person("Chiamaka Eze", Role.SPEAKER, "Civil Society")
                .turn("Adjoa Boateng", "Lina, one more from Slido?")
                .turn("Lina Haddad", "This one is anonymous.", "They ask: is there a minimum checklist that a "
                        + "two-person IT team can follow?", "Many people liked it.")
                .turn("Chiamaka Eze", "Yes. We published one last year, and the first three controls are the ones "
                        + "that matter.")
                .submitted(new Question("Is there a minimum checklist that a two-person IT team can follow?", null,
                        EvidenceSource.QA, true, List.of(), 9))
                .submitted(new Question("Thanks for this session!", null, EvidenceSource.QA, false, List.of(), 0))
                .submitted(new Question("Thank you all. Will the checklist be translated into French?", "Ken Ito",
                        EvidenceSource.QA, false, List.of(), 0))
                .submitted(new Question("Madam Chair please can the slides be shared", "Ana Ruiz", EvidenceSource.QA,
                        false, List.of(), 3))
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).extracting(Question::text).noneMatch(t -> t.startsWith("Thanks for this session"))
                .noneMatch(t -> t.contains("slides"));
        assertThat(found).filteredOn(q -> q.asker() == null).singleElement().satisfies(q -> {
            assertThat(q.relayedBy()).isEqualTo("Lina Haddad");
            assertThat(q.answers()).extracting(Question.Answer::speaker).containsExactly("Chiamaka Eze");
        });
        assertThat(found).filteredOn(q -> "Ken Ito".equals(q.asker())).hasSize(1);
    }

    /**
     * Chat questions read out in other words than "a question from": "one more from the chat, from X" and "X asks,
     * …?"; a moderator asking whether the chat has questions, and a panellist asking for the floor, put none.
     */
    @Test
    void chatQuestionsReadOutInOtherWordsAreTheirAuthorsAndAskingForTheFloorIsNoQuestion() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Ingrid Dahl", Role.MODERATOR, "Civil Society")
                .person("Kojo Mensah", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Rosa Ibarra", Role.SPEAKER, "Technical Community")
                .person("Ravi Menon", Role.SPEAKER, "Private Sector")
                .turn("Ingrid Dahl", "Kojo, do we have questions from the chat?")
                .turn("Kojo Mensah", "I have one more from the chat, from Mei Lin, for Rosa.",
                        "Are these proofs deployed anywhere, or is it still research?")
                .turn("Rosa Ibarra", "There are pilots in two countries, and identity wallets already support "
                        + "selective disclosure, but not yet at the scale of a national service.")
                .turn("Ravi Menon", "Can I come in on that?")
                .turn("Ingrid Dahl", "Please, Ravi.")
                .turn("Ravi Menon", "Pilots are useful, but platforms need one common signal before they can rely on "
                        + "any of these proofs in production.")
                .turn("Kojo Mensah", "And Tomas Silva asks, who checks the accuracy of these systems for darker skin "
                        + "tones?")
                .turn("Ravi Menon", "Our provider publishes its accuracy by skin tone, and a national laboratory "
                        + "tested it last year against its own reference data.")
                .chat("Mei Lin", "Question for Rosa: are these proofs deployed anywhere, or is it still research?",
                        false, null)
                .chat("Tomas Silva", "Who checks the accuracy for darker skin tones? Independent audits?", false,
                        null)
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).extracting(Question::asker).containsExactly("Mei Lin", "Tomas Silva");
        assertThat(found).allSatisfy(q -> {
            assertThat(q.relayedBy()).isEqualTo("Kojo Mensah");
            assertThat(q.answered()).isTrue();
        });
        assertThat(found.get(0).answers()).extracting(Question.Answer::speaker).startsWith("Rosa Ibarra");
        assertThat(found.get(1).answers()).extracting(Question.Answer::speaker).containsExactly("Ravi Menon");
    }

    /**
     * A moderator repeating a chat question and naming its author reads it out, whatever the words around it; a chair
     * asking a panellist about what the floor just raised hands the question on, so the panellist answers it; asking
     * for a microphone, whether the poll is open or whether the slides will be shared is logistics, aloud or typed.
     */
    @Test
    void aChatQuestionRepeatedWithItsAuthorIsReadOutAndAChairsFollowUpOnAFloorQuestionHandsItOn() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Losa Tupou", Role.MODERATOR, "Civil Society")
                .person("Henrik Berg", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Sione Vake", Role.SPEAKER, "Government")
                .person("Nora Lind", Role.SPEAKER, "Private Sector")
                .turn("Henrik Berg", "And there is one for Nora, from Oluwaseun Adebayo: what happens to satellite "
                        + "prices when everyone switches over at the same time?")
                .turn("Nora Lind", "In the emergencies we supported, hospitals came first and donated terminals cost "
                        + "nothing for three months, but a commercial plan guarantees no capacity.")
                .turn("AUDIENCE", "I'm from a community radio in the Solomon Islands.",
                        "Why do we only talk about the internet when radio is what works in a cyclone?")
                .turn("Losa Tupou", "A very good point. Sione, does radio have a place in your plan?")
                .turn("Sione Vake", "It does now: our new plan gives the broadcasters a seat on the emergency "
                        + "committee and pays for a satellite backup for the outer islands.")
                .turn("Unidentified speaker", "Can we have the microphone here, please?")
                .chat("Oluwaseun Adebayo", "Question for Nora: what happens to satellite prices when everyone "
                        + "switches over at the same time during a disaster?", false, null)
                .chat("Tevita Lolo", "is the poll open? I can't see it", false, null)
                .chat("Samisoni Fonua", "Can the slides be shared after the session?", false, null)
                .annotate());
        List<Question> found = QuestionFinder.find(d);

        assertThat(found).extracting(Question::asker, Question::relayedBy, q -> q.answers().get(0).speaker())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Oluwaseun Adebayo", "Henrik Berg", "Nora Lind"),
                        org.assertj.core.groups.Tuple.tuple("AUDIENCE", null, "Sione Vake"));
        assertThat(found).filteredOn(q -> "Oluwaseun Adebayo".equals(q.asker())).singleElement()
                .satisfies(q -> assertThat(q.evidence()).extracting(Evidence::source)
                        .containsExactly(EvidenceSource.CHAT, EvidenceSource.TRANSCRIPT));
    }

    /**
     * A chat question read out in the reader's words, its writer named without the note of their display name, is
     * that one question; the panellist who closes the answer on the asker's name answers from the turn's start. A
     * second question of the same writer on another subject stays a question of its own.
     */
    @Test
    void aReadOutOfAWritersChatQuestionIsThatQuestionAndAnAnswerClosingOnTheAskerIsWhole() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Aiko Mori", Role.MODERATOR, "Government")
                .person("Priya Raman", Role.ONLINE_MODERATOR, "Intergovernmental Organization")
                .person("Rangi Parata", Role.SPEAKER, "Government")
                .turn("Priya Raman", "We have a question in the chat from Thabo Mokoena, a member of the Parliament "
                        + "of South Africa: how do parliaments find out how often their police use cross-border "
                        + "evidence requests, when the requests go through a ministry?")
                .turn("Rangi Parata", "We had exactly that problem, because the requests went through one office.",
                        "What changed it was a reporting duty written into the law itself, every year.",
                        "Thabo, good luck with your own review.")
                .chat("Thabo Mokoena (Parliament of South Africa)", "Question: how do parliaments find out how often "
                        + "their police use cross-border evidence requests, when the requests go through a ministry "
                        + "and not through parliament? Would be good to hear Rangi on this since NZ reports the "
                        + "numbers.", false, null)
                .chat("Thabo Mokoena (Parliament of South Africa)", "And is the data retention period in your law "
                        + "set by parliament or by the ministry?", false, null)
                .annotate());
        List<Question> found = QuestionFinder.find(d);

        assertThat(found).hasSize(2);
        assertThat(found.get(0).relayedBy()).isEqualTo("Priya Raman");
        assertThat(found.get(0).evidence()).extracting(Evidence::source)
                .containsExactly(EvidenceSource.CHAT, EvidenceSource.TRANSCRIPT);
        assertThat(found.get(0).answers()).singleElement().satisfies(a -> assertThat(a.text())
                .startsWith("We had exactly that problem"));
        assertThat(found.get(1).text()).contains("data retention").doesNotContain("cross-border");
        assertThat(found.get(1).relayedBy()).isNull();

        // two questions one voice asks aloud stay two, however many words they share
        Discussion aloud = Discussion.of(Fixture.session()
                .person("Aiko Mori", Role.MODERATOR, "Government")
                .person("Rangi Parata", Role.SPEAKER, "Government")
                .person("Kofi Boateng", Role.PARTICIPANT, "Government")
                .turn("Kofi Boateng", "Will the ministry publish the number of requests it sends abroad?")
                .turn("Rangi Parata", "It will, every year, in a report that the committee receives in March.")
                .turn("Kofi Boateng", "And will the ministry publish how many requests were refused by the courts "
                        + "last year?")
                .turn("Rangi Parata", "Yes, the courts already give us those figures, and they will be in it too.")
                .annotate());
        assertThat(QuestionFinder.find(aloud)).hasSize(2);
    }

    /** A chair's question on another subject, right after a floor question, opens a new exchange. */
    @Test
    void aChairsQuestionOnAnotherSubjectDoesNotHandTheFloorQuestionOn() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Losa Tupou", Role.MODERATOR, "Civil Society")
                .person("Sione Vake", Role.SPEAKER, "Government")
                .turn("AUDIENCE", "Why do we only talk about the internet when radio is what works in a cyclone?")
                .turn("Losa Tupou", "Thank you. Sione, how long did the repair ship take to arrive in 2022?")
                .turn("Sione Vake", "The nearest repair ship needed almost three weeks just to reach us, and the "
                        + "repair took two more.")
                .annotate());
        assertThat(QuestionFinder.find(d)).singleElement()
                .satisfies(q -> assertThat(q.answers()).isEmpty());
    }

    /**
     * Two chat questions read out in one turn, the second in the sentence naming its author: two questions, each
     * answered by the turn that takes it up (the chair's hand-over "on capacity" counts), not both by both.
     */
    @Test
    void questionsReadOutTogetherAreEachAnsweredByTheTurnThatTakesThemUp() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Sophie Laurent", Role.MODERATOR, "Intergovernmental Organization")
                .person("Rahul Mehta", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Dmitri Volkov", Role.SPEAKER, "Technical Community")
                .person("Marit Haugland", Role.SPEAKER, "Government")
                .turn("Rahul Mehta", "Yes, two questions.", "The first is from Grace Otieno, a staffer from Kenya.",
                        "She writes, how can small parliaments with no budget build technical capacity quickly?",
                        "And the second from Lars Eriksen: should parliaments use AI themselves, for example to "
                                + "draft legislation?")
                .turn("Sophie Laurent", "Dmitri, on capacity?")
                .turn("Dmitri Volkov", "Regional networks are the answer: a pool of technical advisers shared "
                        + "through the regional associations can serve many small parliaments at once.")
                .turn("Marit Haugland", "We use these tools in our parliament for summaries and translation, but "
                        + "drafting law stays with people who can be held accountable for it.")
                .chat("Grace Otieno", "Question: how can small parliaments with no budget build technical capacity "
                        + "quickly?", false, null)
                .chat("Lars Eriksen", "Should parliaments use AI themselves, e.g. to draft legislation?", false, null)
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).extracting(Question::asker).containsExactly("Grace Otieno", "Lars Eriksen");
        assertThat(found).extracting(Question::relayedBy).containsOnly("Rahul Mehta");
        assertThat(found.get(0).answers()).extracting(Question.Answer::speaker).containsExactly("Dmitri Volkov");
        assertThat(found.get(1).answers()).extracting(Question.Answer::speaker).containsExactly("Marit Haugland");
    }

    /**
     * The second of two chat questions read out in a turn of its own, after the first was answered ("And the second,
     * from Leila Mansour: …") is relayed and answered by the turn after it; said of no question ("And the second
     * thing I want to say …") it relays nothing.
     */
    @Test
    void theSecondQuestionReadOutInATurnOfItsOwnIsRelayed() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Wairimu Njoroge", Role.MODERATOR, "Civil Society")
                .person("Tomas Villa", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Kerstin Albrecht", Role.SPEAKER, "Private Sector")
                .person("Baraka Mushi", Role.SPEAKER, "Technical Community")
                .turn("Baraka Mushi", "And the second thing I want to say is that the problem is not only data.")
                .turn("Tomas Villa", "We have two questions from the chat.", "The first is from Samuel Okonkwo: "
                        + "\"For Kerstin: will Mosaic publish the number of reviewers per language?\"")
                .turn("Kerstin Albrecht", "Short answer: yes, our transparency report will include reviewers per "
                        + "language from next year.")
                .turn("Tomas Villa", "Thank you.", "And the second, from Leila Mansour: \"How do you stop a language "
                        + "data fund from being captured by the biggest platform?\"")
                .turn("Baraka Mushi", "That is why the communities govern the fund, and the contribution is set by a "
                        + "formula, not by negotiation.")
                .chat("Samuel Okonkwo", "For Kerstin: will Mosaic publish the number of reviewers per language?",
                        false, null)
                .chat("Leila Mansour", "How do you stop a language data fund from being captured by the biggest "
                        + "platform?", false, null)
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).extracting(Question::asker).containsExactly("Samuel Okonkwo", "Leila Mansour");
        assertThat(found).extracting(Question::relayedBy).containsOnly("Tomas Villa");
        assertThat(found.get(1).answers()).extracting(Question.Answer::speaker).containsExactly("Baraka Mushi");
    }

    /**
     * Two chat questions read out in one turn, each with its writer named, are answered by the turns whose words
     * they share ("On refugees, …" answers the one on refugees), not all by the first; a turn sharing words with
     * neither stays with the question it was found for.
     */
    @Test
    void chatQuestionsReadOutInOneTurnAreEachAnsweredByTheTurnOnItsSubject() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Helena Shikongo", Role.MODERATOR, "Government")
                .person("Johannes Amukoto", Role.ONLINE_MODERATOR, "Government")
                .person("Naledi Dlamini", Role.SPEAKER, "Civil Society")
                .person("Chikondi Banda", Role.SPEAKER, "Government")
                .turn("Johannes Amukoto", "Thabo Letsie from Maseru asks Naledi: is there any country in the region "
                        + "that already publishes access logs to citizens?", "And the second, from Grace Phiri, who "
                        + "is in Lusaka: what about refugees and stateless people who cannot get a national ID at all?")
                .turn("Naledi Dlamini", "To Thabo: not fully, no. Mauritius comes closest, but it is not yet a log "
                        + "the citizen can open.")
                .turn("Chikondi Banda", "On refugees, Malawi has about 50,000 refugees at Dzaleka camp and they "
                        + "cannot get the national ID.")
                .chat("Thabo Letsie", "Question for Naledi: is there any country in the region that already "
                        + "publishes access logs to citizens?", false, null)
                .chat("Grace Phiri", "What about refugees and stateless people who cannot get a national ID at all?",
                        false, null)
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).extracting(Question::asker).containsExactly("Thabo Letsie", "Grace Phiri");
        assertThat(found.get(0).answers()).extracting(Question.Answer::speaker).containsExactly("Naledi Dlamini");
        assertThat(found.get(1).answers()).extracting(Question.Answer::speaker).containsExactly("Chikondi Banda");
        assertThat(found.get(1).answered()).isTrue();
    }

    @Test
    void aParticipantsChatReplyIsNoAnswerWhereAPanelIsListed() {
        Discussion d = Discussion.of(new org.rapporteur.nlp.AnnotatedSession(Fixture.session()
                .person("Claire Popineau", Role.SPEAKER, "Civil Society")
                .chat("Kenji Watanabe", "Is it legitimate for a government to log in to citizens' devices?", false,
                        null)
                .chat("Peter Mwangi", "Legality, necessity, proportionality and oversight decide whether it is.",
                        false, 0)
                .build(), List.of()));
        assertThat(QuestionFinder.find(d)).singleElement().satisfies(q -> {
            assertThat(q.answers()).isEmpty();
            assertThat(q.answered()).isNull();
        });
    }

    @Test
    void aModeratorsChatReplyGivingWhatWasAskedAnswersItAndOneHandingItToThePanelDoesNot() {
        Discussion d = Discussion.of(new org.rapporteur.nlp.AnnotatedSession(Fixture.session()
                .person("Elif Demir", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Nadia Benali", Role.SPEAKER, "Civil Society")
                .chat("Marco Bellini", "Is the Tunis study public?", false, null)
                .chat("Elif Demir", "Yes, the link is in the Q&A answers.", false, 0)
                .chat("Sokha Chan", "Which languages are among the seventy?", false, null)
                .chat("Elif Demir", "Good question, we will put it to the panel.", false, 2)
                .build(), List.of()));

        List<Question> found = QuestionFinder.find(d);

        assertThat(found.get(0).answers()).extracting(Question.Answer::speaker).containsExactly("Elif Demir");
        assertThat(found.get(1).answered()).isNull();
    }

    /**
     * A question the panel takes up later: the panellist asks to take it ("Can I take Yonas's question?"), the chair
     * says "Please", and the answer is her next substantive turn.
     */
    @Test
    void aLateAnswerIsThePanellistsNextSubstantiveTurnAfterTakingTheQuestion() {
        Discussion d = Fixture.session()
                .person("Lucien Martin", Role.MODERATOR, "Technical Community")
                .person("Rayna Stamboliyska", Role.SPEAKER, "Private Sector")
                .person("Jean Sahel", Role.SPEAKER, "Private Sector")
                .turn("Lucien Martin", "Let's take two questions from the room.")
                .turn("Yonas", "I'm Yonas, I run a small start-up here in Addis.",
                        "Is there going to be any support for small companies outside of Europe?")
                .turn("Lucien Martin", "Thank you, Yonas.")
                .turn("Amara Diallo", "My name is Amara Diallo.",
                        "What is the responsibility of the manufacturers towards the countries of the South?")
                .turn("Lucien Martin", "Jean, would you start?")
                .turn("Jean Sahel", "Maybe I start with Amara's question, because manufacturers must design for "
                        + "every market and not only for the richest one.")
                .turn("Rayna Stamboliyska", "Can I take Yonas's question?")
                .turn("Lucien Martin", "Please.")
                .turn("Rayna Stamboliyska", "So, first, the things you can do now are cheap: ship no default "
                        + "password and publish a security contact on your website.")
                .discussion();
        Question yonas = QuestionFinder.find(d).stream().filter(q -> q.text().contains("support for small"))
                .findFirst().orElseThrow();
        assertThat(yonas.answers()).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Rayna Stamboliyska");
            assertThat(a.text()).contains("ship no default password");
        });
        // Rayna goes on with Yonas's question: her turns answer his, not Amara's
        Question amara = QuestionFinder.find(d).stream().filter(q -> "Amara Diallo".equals(q.asker()))
                .findFirst().orElseThrow();
        assertThat(amara.answers()).extracting(Question.Answer::speaker).containsExactly("Jean Sahel");
    }

    /** One turn answering two read-out questions: each answer is quoted from where the panellist takes it up. */
    @Test
    void anAnswerToTwoAskersIsQuotedFromWhereEachIsTakenUp() {
        Discussion d = Fixture.session()
                .person("Lucien Martin", Role.MODERATOR, "Technical Community")
                .person("Rayna Stamboliyska", Role.SPEAKER, "Private Sector")
                .person("Samuel Bakker", Role.ONLINE_MODERATOR, "Civil Society")
                .turn("Samuel Bakker", "Two questions from the chat.",
                        "The first one is from Arjun, who says: \"Won't these requirements make devices unaffordable "
                        + "for the poorest users?\"",
                        "And the second, from Olivia, who asks whether cyber insurers could require a minimum level "
                        + "of security.")
                .turn("Rayna Stamboliyska", "It's a real question, so thank you, Arjun.",
                        "Not shipping a default password costs almost nothing to any manufacturer of devices.",
                        "Signing your firmware updates costs almost nothing either, for any company of any size.",
                        "On insurance, Olivia, yes, insurers are becoming de facto regulators of security.",
                        "They could ask their clients about the connected devices in their networks.")
                .chat("Arjun Rao", "Won't these requirements make devices unaffordable for the poorest users?", false,
                        null)
                .chat("Olivia Brown", "Could cyber insurers require a minimum level of security?", false, null)
                .discussion();
        List<Question> found = QuestionFinder.find(d);
        Question arjun = found.stream().filter(q -> "Arjun Rao".equals(q.asker())).findFirst().orElseThrow();
        Question olivia = found.stream().filter(q -> "Olivia Brown".equals(q.asker())).findFirst().orElseThrow();
        assertThat(arjun.answers()).singleElement().satisfies(a -> assertThat(a.text()).contains("default password"));
        assertThat(olivia.answers()).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Rayna Stamboliyska");
            assertThat(a.text()).startsWith("On insurance, Olivia, yes");
        });
    }

    /**
     * A relayed question handed to one panellist: a second panellist joining the exchange before the chair moves on
     * answers it too; one who opens on another participant's point ("On electricity, Daniel is right") does not,
     * nor does anyone after the chair hands the floor to someone else.
     */
    @Test
    void aPanellistJoiningTheExchangeAnswersButNotOneTakingUpAnotherPoint() {
        Discussion d = Fixture.session()
                .person("Nomvula Dlamini", Role.MODERATOR, "Civil Society")
                .person("Kofi Asante", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Tendai Moyo", Role.SPEAKER, "Civil Society")
                .person("Grace Odhiambo", Role.SPEAKER, "Government")
                .person("Ibrahim Sow", Role.SPEAKER, "Technical Community")
                .person("Lena Hoffmann", Role.SPEAKER, "Private Sector")
                .turn("Kofi Asante", "There's a question from Fatima Bello.",
                        "She asks: \"How do community networks make sure women are online too?\"")
                .turn("Nomvula Dlamini", "Thank you, Kofi. Tendai, on women?")
                .turn("Tendai Moyo", "Yes. Thank you, Fatima. We put access points where women already meet, "
                        + "and we trained women as technicians in every village.")
                .turn("Grace Odhiambo", "And I fully share Tendai's view: women must be among the technicians, "
                        + "not only the users of the network.")
                .turn("Ibrahim Sow", "On electricity, Daniel is completely right: people walk several kilometres "
                        + "to charge their phones.")
                .turn("Nomvula Dlamini", "Thank you. Lena, what about satellites?")
                .turn("Lena Hoffmann", "Satellite terminals can be the backhaul of a community network in remote "
                        + "villages.")
                .chat("Fatima Bello", "How do community networks make sure women are online too?", false, null)
                .chat("Daniel Mensah", "Electricity is the real problem in our villages.", false, null)
                .chat("Tendai Moyo", "Sorry all, solar and 4G backup here :)", false, null)
                .discussion();
        Question fatima = QuestionFinder.find(d).stream().filter(q -> "Fatima Bello".equals(q.asker()))
                .findFirst().orElseThrow();
        assertThat(fatima.answers()).extracting(Question.Answer::speaker)
                .containsExactly("Tendai Moyo", "Grace Odhiambo");
    }

    /**
     * In a hearing the listed speakers are members too: a member's turn after a witness's answer leads up to their
     * own question and is no answer to the one before.
     */
    @Test
    void inAHearingAMembersTurnIsNoAnswer() {
        Discussion d = Fixture.session().format("Committee evidence session")
                .person("Lynne Neagle", Role.MODERATOR, "Parliament")
                .person("Kirsty Williams", Role.SPEAKER, "Government")
                .person("Mark Reckless", Role.PARTICIPANT, "Parliament")
                .person("Llyr Gruffydd", Role.SPEAKER, "Parliament")
                .turn("Mark Reckless", "Do universities seek your advice on what the risks of Brexit may be for them?")
                .turn("Kirsty Williams", "They are autonomous institutions, and their governing bodies are "
                        + "responsible for the risks they take on.")
                .turn("Llyr Gruffydd", "We had evidence last week from several universities about their finances "
                        + "and their plans for next year.")
                .discussion();
        Question q = QuestionFinder.find(d).stream().filter(x -> "Mark Reckless".equals(x.asker())).findFirst()
                .orElseThrow();
        assertThat(q.answers()).extracting(Question.Answer::speaker).containsExactly("Kirsty Williams");
    }

    /**
     * A question keeps the way it reached the panel, as the transcript shows it: someone the online moderator gives
     * the floor to asks online, a follow-up of theirs too; a hub the chair turns to asks from the hub; the voice
     * the chair picks in the room asks from the floor, also when the room moderator just said "online" and "in the
     * room" together, or spoke of colleagues online, or the asker of a hub; a question read out from the chat is
     * the chat's.
     */
    @Test
    void eachQuestionKeepsItsChannel() {
        Discussion d = Fixture.session()
                .person("Rosa Diaz", Role.MODERATOR, "Civil Society")
                .person("Tom Berg", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Ana Silva", Role.SPEAKER, "Technical Community")
                .person("Kemal Aydin", Role.PARTICIPANT, null)
                .person("Mere Ratu", Role.PARTICIPANT, null)
                .person("Juan Perez", Role.PARTICIPANT, null)
                .person("Lea Braun", Role.PARTICIPANT, null)
                .turn("Rosa Diaz", "Tom, anyone online?")
                .turn("Tom Berg", "Yes, we have Kemal with a raised hand. Kemal, please go ahead.")
                .turn("Kemal Aydin", "Thank you. Will operators share their outage data with regulators in time?")
                .turn("Ana Silva", "Some already do under their licence conditions, but a common format is missing.")
                .turn("Rosa Diaz", "Kemal, a follow-up?")
                .turn("Kemal Aydin", "Who should define that common format for the whole region?")
                .turn("Ana Silva", "The regional regulators' association is best placed to agree on one format.")
                .turn("Rosa Diaz", "Let's go to our hub in Suva. Suva, go ahead.")
                .turn("Mere Ratu", "We are eighteen here. How can young people keep local traffic local?")
                .turn("Ana Silva", "Start with one server at your university and join the exchange point.")
                .turn("Rosa Diaz", "Any other questions, online or in the room? The gentleman by the door.")
                .turn("Juan Perez", "Why do we never talk about radio when the cable is cut?")
                .turn("Ana Silva", "Radio is part of every good plan, with fuel for the generators stored ahead.")
                // online and hubs talked about give no channel
                .turn("Rosa Diaz", "Please mind our colleagues who are online and keep the noise down. Juan, again.")
                .turn("Juan Perez", "Will the regional safeguarding hub get the same radio plan as the islands?")
                .turn("Ana Silva", "Yes, the same plan covers the regional safeguarding hub and its radios.")
                .turn("Tom Berg", "A question from Lea Braun in the chat: who pays for the repair ship?")
                .turn("Ana Silva", "The cable company pays under its maintenance agreement, not the government.")
                .chat("Lea Braun", "Who pays for the repair ship?", false, null)
                .discussion();
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).filteredOn(q -> "Kemal Aydin".equals(q.asker())).extracting(Question::channel)
                .containsExactly(Question.Channel.ONLINE, Question.Channel.ONLINE);
        assertThat(found).filteredOn(q -> "Mere Ratu".equals(q.asker())).extracting(Question::channel)
                .containsExactly(Question.Channel.HUB);
        assertThat(found).filteredOn(q -> "Juan Perez".equals(q.asker())).extracting(Question::channel)
                .containsExactly(Question.Channel.FLOOR, Question.Channel.FLOOR);
        assertThat(found).filteredOn(q -> "Lea Braun".equals(q.asker())).extracting(Question::channel)
                .containsExactly(Question.Channel.CHAT);
    }

    /**
     * The same voice given the floor through two channels, first online by voice, later in the room after they
     * arrived, asks each question through its own hand-over; a follow-up handed over with no channel keeps the
     * channel of that voice's question before it, and a first question with none takes the one shown after it.
     */
    @Test
    void eachQuestionTakesTheChannelOfItsOwnHandOver() {
        Discussion d = Fixture.session()
                .person("Rosa Diaz", Role.MODERATOR, "Civil Society")
                .person("Tom Berg", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Ana Silva", Role.SPEAKER, "Technical Community")
                .person("Kemal Aydin", Role.PARTICIPANT, null)
                .person("Mere Ratu", Role.PARTICIPANT, null)
                .turn("Rosa Diaz", "Ana, thank you for the overview.")
                .turn("Mere Ratu", "Could the regional exchange point host a copy of the public datasets?")
                .turn("Ana Silva", "It could, if the universities pay for the storage and the power for it.")
                .turn("Rosa Diaz", "Tom, anyone online?")
                .turn("Tom Berg", "Yes, we have Kemal with a raised hand. Kemal, please go ahead.")
                .turn("Kemal Aydin", "Thank you. Will operators share their outage data with regulators in time?")
                .turn("Ana Silva", "Some already do under their licence conditions, but a common format is missing.")
                .turn("Rosa Diaz", "Kemal, a follow-up?")
                .turn("Kemal Aydin", "Who should define that common format for the whole region?")
                .turn("Ana Silva", "The regional regulators' association is best placed to agree on one format.")
                .turn("Rosa Diaz", "Now the room. The gentleman at the microphone, Kemal, who has just arrived.")
                .turn("Kemal Aydin", "Now that I'm here in person: who pays for the repair ship when a cable breaks?")
                .turn("Ana Silva", "The cable company pays under its maintenance agreement, not the government.")
                .turn("Rosa Diaz", "Mere, we have you online again, please unmute.")
                .turn("Mere Ratu", "Will the datasets also be mirrored on the islands?")
                .turn("Ana Silva", "Yes, a mirror on each of the three largest islands is planned for next year.")
                .discussion();
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).filteredOn(q -> "Kemal Aydin".equals(q.asker())).extracting(Question::channel)
                .containsExactly(Question.Channel.ONLINE, Question.Channel.ONLINE, Question.Channel.FLOOR);
        assertThat(found).filteredOn(q -> "Mere Ratu".equals(q.asker())).extracting(Question::channel)
                .containsExactly(Question.Channel.ONLINE, Question.Channel.ONLINE);
    }

    /**
     * A moderator listed both in the room and online gives the floor through the channel the hand-over names: "in
     * the front" is the room's, "online, please unmute" the connection's.
     */
    @Test
    void aModeratorOfTheRoomAndOnlineGivesTheFloorWhereTheHandOverSays() {
        Discussion d = Fixture.session()
                .person("Rosa Diaz", "Civil Society", Role.MODERATOR, Role.ONLINE_MODERATOR)
                .person("Ana Silva", Role.SPEAKER, "Technical Community")
                .person("Kemal Aydin", Role.PARTICIPANT, null)
                .person("Mere Ratu", Role.PARTICIPANT, null)
                .turn("Rosa Diaz", "Thank you, Ana. Let's take questions. Yes, in the front.")
                .turn("Kemal Aydin", "Thank you. Will operators share their outage data with regulators in time?")
                .turn("Ana Silva", "Some already do under their licence conditions, but a common format is missing.")
                .turn("Rosa Diaz", "Mere, we have you online, please unmute.")
                .turn("Mere Ratu", "Will the datasets also be mirrored on the islands?")
                .turn("Ana Silva", "Yes, a mirror on each of the three largest islands is planned for next year.")
                .discussion();
        assertThat(QuestionFinder.find(d)).extracting(Question::asker, Question::channel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Aydin", Question.Channel.FLOOR),
                org.assertj.core.groups.Tuple.tuple("Mere Ratu", Question.Channel.ONLINE));
    }

    /**
     * In a meeting tool's recording each label is a connection: a voice under its own account asks online, one under
     * the venue's room account from the floor. A chat question read out and put to the chair by name is the chair's
     * to answer; the rapporteur's next chat message answers nothing.
     */
    @Test
    void ownConnectionsAskOnlineAndAQuestionPutToTheChairIsTheirsToAnswer() {
        Discussion d = Fixture.session()
                .person("Rosa Diaz", Role.MODERATOR, "Civil Society")
                .person("Tom Berg", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Ana Silva", Role.SPEAKER, "Technical Community")
                .person("Sofia Lopez", Role.RAPPORTEUR, "Civil Society")
                .person("Kemal Aydin", Role.PARTICIPANT, null)
                .person("Mere Ratu", Role.PARTICIPANT, null)
                .person("Daniel Mensah", Role.PARTICIPANT, null)
                .transcriptFormat("zoom-vtt")
                .turn("Rosa Diaz", "Thank you, Ana, for the overview of the archive.")
                .labelledTurn("Kemal Aydin", "Kemal Aydin (he/him)",
                        "Will operators share their outage data with regulators in time?")
                .turn("Ana Silva", "Some already do under their licence conditions, but a common format is missing.")
                .labelledTurn("Mere Ratu", "IGF Room 3", "Will the datasets also be mirrored on the islands?")
                .turn("Ana Silva", "Yes, a mirror on each of the three largest islands is planned for next year.")
                .chat("Daniel Mensah", "Could the coalition publish a list of archives that accept deposits?", false,
                        null)
                .chat("Sofia Lopez", "Rapporteur here: the report will go to the coalition's list of members.",
                        false, null)
                .turn("Tom Berg", "I have another question from the chat, from Daniel. He asks whether the "
                        + "coalition could publish a list of archives that accept deposits. I think that is for you, "
                        + "Rosa.")
                .turn("Rosa Diaz", "Yes, that is a good idea, and we will take it to the coalition's next call.")
                .chat("Mere Ratu", "Who pays for the mirrors on the islands, the state or the universities?", false,
                        null)
                .turn("Tom Berg", "Thank you, Rosa. Mere asks in the chat who pays for the mirrors on the islands, "
                        + "the state or the universities?")
                .turn("Rosa Diaz", "Then we move to the closing round, one sentence each, your key message about it.")
                .discussion();
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).filteredOn(q -> q.source() == org.rapporteur.model.EvidenceSource.TRANSCRIPT
                        && q.relayedBy() == null)
                .extracting(Question::asker, Question::channel).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kemal Aydin", Question.Channel.ONLINE),
                        org.assertj.core.groups.Tuple.tuple("Mere Ratu", Question.Channel.FLOOR));
        assertThat(found).filteredOn(q -> "Daniel Mensah".equals(q.asker())).singleElement()
                .satisfies(q -> assertThat(q.answers()).extracting(Question.Answer::speaker)
                        .containsExactly("Rosa Diaz"));
        // the negative case: a chair thanked as the relay opens was not asked, and the closing round answers nothing
        assertThat(found).filteredOn(q -> q.text().contains("mirrors")).singleElement()
                .satisfies(q -> assertThat(q.answers()).isEmpty());
    }

    /**
     * A question read out with whom it is put to between "asks" and "whether" ("She asks the Deputy Minister from
     * Ghana whether …") is the asker's question, answered by the turn after it; a request read out ("She asks the
     * regulator for the figures.") is none.
     */
    @Test
    void aQuestionReadOutToSomeoneNamedIsAnsweredLive() {
        Discussion d = Fixture.session()
                .person("Henrik Berg", org.rapporteur.model.Role.MODERATOR, null)
                .person("Julia Brandt", org.rapporteur.model.Role.ONLINE_MODERATOR, null)
                .person("Kofi Mensah", org.rapporteur.model.Role.SPEAKER, "Government")
                .turn("Henrik Berg", "Julia, anything from the online room?")
                .turn("Julia Brandt", "Yes, we have a question from Maria Gonzalez in Chile.",
                        "She asks the Deputy Minister from Ghana whether the backhaul agreement will also cover the"
                                + " price of emergency capacity.")
                .turn("Kofi Mensah", "Thank you, Maria.",
                        "Our proposal is that emergency capacity is provided at cost for the first 30 days.")
                .turn("Henrik Berg", "Julia, one more?")
                .turn("Julia Brandt", "Yes, a comment from Peni Taufa.",
                        "She asks the regulator for the figures on repair times in the Pacific.")
                .discussion();
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).contains("whether the backhaul agreement");
            assertThat(q.answers()).extracting(Question.Answer::speaker).containsExactly("Kofi Mensah");
        });
    }

    /** A question read out keeps its words without the reader's "They ask:"; its evidence keeps them all. */
    @Test
    void aQuestionReadOutIsWordedWithoutTheReadersLeadIn() {
        Discussion d = Fixture.session()
                .person("Rosa Diaz", Role.MODERATOR, "Civil Society")
                .person("Tom Berg", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Ana Silva", Role.SPEAKER, "Technical Community")
                .chat("Lea Braun", "Hello from Bonn", false, null)
                .turn("Tom Berg", "Yes, an anonymous question from the chat, someone asked me not to read their name. "
                        + "They ask: have archives ever refused an order from a data protection authority?")
                .turn("Ana Silva", "Not yet, we discuss with the authority and restriction is usually accepted.")
                .discussion();
        assertThat(QuestionFinder.find(d)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Have archives ever refused an order from a data protection authority?");
            assertThat(q.evidence()).extracting(org.rapporteur.model.Evidence::quote)
                    .contains("They ask: have archives ever refused an order from a data protection authority?");
        });
    }

    /**
     * A chat question written in French and read out translated is one question: the reader's words around it
     * ("the European Accessibility Act applies …") share the written one's; another writer's question stays apart.
     */
    @Test
    void aChatQuestionReadOutInTranslationIsOneQuestion() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Nadia Berrada", Role.MODERATOR, "Civil Society")
                .person("Tobias Lindahl", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Chiara Benedetti", Role.SPEAKER, "Private Sector")
                .chat("Isabelle Moreau", "Question (en français) : l'European Accessibility Act s'applique depuis "
                        + "juin 2025 aux services bancaires. Est-ce que cela poussera les fournisseurs à livrer des "
                        + "applis accessibles aux gouvernements africains aussi ?", false, null)
                .chat("Pedro Alves", "Is the ranking published to the public?", false, null)
                .turn("Tobias Lindahl", "Yes, one from Isabelle Moreau, she writes in French, I'll translate: in the "
                        + "European Union the European Accessibility Act applies from June 2025 to banking apps. Will "
                        + "this push vendors to make accessible apps for African governments too?")
                .turn("Chiara Benedetti", "Yes and no. The big vendors will ship the same accessible version.")
                .annotate());

        List<Question> found = QuestionFinder.find(d);
        assertThat(found).extracting(Question::asker).containsExactly("Isabelle Moreau", "Pedro Alves");
        assertThat(found.get(0).relayedBy()).isEqualTo("Tobias Lindahl");
    }

    /**
     * A voice on a remote hub's connection asks from the hub, though the hub's coordinator, not the chair, gave it
     * the floor; a voice on its own connection asks online.
     */
    @Test
    void aVoiceOnAHubsConnectionAsksFromTheHub() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Nadia Berrada", Role.MODERATOR, "Civil Society")
                .person("Samuel Kiggundu", Role.SPEAKER, "Technical Community")
                .transcriptFormat("webex-vtt")
                .turn("Nadia Berrada", "Thank you. Kampala, I think you had someone who wanted to speak?")
                .labelledTurn("Brenda Nansubuga", "Kampala Hub - Makerere", "Yes. This is Brenda Nansubuga, I'm "
                        + "coordinating the hub. We have one question from the group.")
                .labelledTurn("Unnamed participant 1", "Kampala Hub - Makerere", "Hello. Should the standard say how "
                        + "big the sign language interpreter must be on a small screen?")
                .turn("Samuel Kiggundu", "Yes, I think the national standard should say it.")
                .annotate());

        assertThat(QuestionFinder.find(d)).extracting(Question::asker, Question::channel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Unnamed participant 1", Question.Channel.HUB));
    }

    /** A question read out with no chat or Q&amp;A behind it shows no written channel and stays the floor's. */
    @Test
    void aReadingWithoutAChatIsNoChatQuestion() {
        Discussion d = Fixture.session()
                .person("Rosa Diaz", Role.MODERATOR, "Civil Society")
                .person("Ana Silva", Role.SPEAKER, "Technical Community")
                .person("Lea Braun", Role.PARTICIPANT, null)
                .turn("Rosa Diaz", "There is a question from Lea Braun: who maintains the cache servers at night?")
                .turn("Ana Silva", "Student volunteers maintain the cache servers at night, with one paid engineer.")
                .discussion();
        assertThat(QuestionFinder.find(d)).extracting(Question::asker, Question::relayedBy, Question::channel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lea Braun", "Rosa Diaz",
                        Question.Channel.FLOOR));
    }
    /**
     * "We will take questions in rounds": the panel answers after the round, each answer going to the question it
     * takes up; a question answered before the next was asked keeps its own answer and gives none away.
     */
    @Test
    void questionsTakenInARoundAreAnsweredByThePanelAfterIt() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Rosa Quispe", Role.MODERATOR, "Civil Society")
                .person("Kalinda Perera", Role.SPEAKER, "Government")
                .person("Tomas Wirth", Role.SPEAKER, "Private Sector")
                .turn("Rosa Quispe", "We will take questions in rounds of two, and then the panel answers.")
                .turn("Lucia Ferreyra", "I'm a journalist. Who appoints the independent body that sends the requests?")
                .turn("Bakary Sanneh", "Should there be a minimum number of moderators per language, written into law?")
                .turn("Rosa Quispe", "Kalinda, the first one is for you.")
                .turn("Kalinda Perera", "In our draft, the body is appointed by parliament with a two-thirds majority, "
                        + "and every request it sends is published.")
                .turn("Tomas Wirth", "On the minimum number of moderators: a number in law is not the right tool, "
                        + "it would be met on paper.")
                .turn("Rosa Quispe", "Thank you. One more question, please.")
                .turn("Yuki Sato", "Will machine translation solve moderation in small languages within a few years?")
                .turn("Tomas Wirth", "It helps with volume, but machine translation misses irony in small languages.")
                .turn("Amina Yusuf", "Is there research on how many moderators per language are enough?")
                .annotate());

        List<Question> found = QuestionFinder.find(d);

        assertThat(answerers(found, "appoints")).containsExactly("Kalinda Perera");
        assertThat(answerers(found, "minimum number")).containsExactly("Tomas Wirth");
        assertThat(answerers(found, "machine translation")).containsExactly("Tomas Wirth");
        assertThat(answerers(found, "research")).isEmpty();
    }

    /**
     * A chair handing out a round's questions by their order ("Chikondi, can you take the second one, and Tendai the
     * first?"): each panellist's answer goes to the question at that place, whatever words it shares with the
     * other (Chikondi Banda's names the operator's customer).
     */
    @Test
    void aRoundHandedOutByOrdinalGivesEachPanellistTheirQuestion() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Helena Shikongo", Role.MODERATOR, "Government")
                .person("Chikondi Banda", Role.SPEAKER, "Government")
                .person("Tendai Moyo", Role.SPEAKER, "Intergovernmental Organization")
                .turn("Helena Shikongo", "Questions from the floor, please.")
                .turn("Ama Mensah", "I work for a mobile operator. Why are the operators not part of this trust"
                        + " framework?")
                .turn("Grace Phiri", "Many women use their husband's phone. How does the framework protect a woman"
                        + " who wants an account of her own? I would like the panel to say it.")
                .turn("Helena Shikongo", "Two very good questions. Chikondi, can you take the second one, and Tendai"
                        + " the first?")
                .turn("Chikondi Banda", "The phone is shared, and the one-time passwords go to the phone of the"
                        + " operator's customer, so we let the district office register a second number.")
                .turn("Tendai Moyo", "On the operators, SIM registration is regulated by the communications"
                        + " regulators.")
                .annotate());

        List<Question> found = QuestionFinder.find(d);

        assertThat(answerers(found, "operators not part")).containsExactly("Tendai Moyo");
        assertThat(answerers(found, "protect a woman")).containsExactly("Chikondi Banda");
    }

    /**
     * Members putting questions to the regulator at a roundtable: a panellist's question is one where their turn says
     * whom it is for, or the chair hands it on as a question; the regulator answering both in parts answers each. A
     * panellist's question nobody takes up so is the discussion's.
     */
    @Test
    void aPanellistsQuestionToAnotherIsOneWhereItIsPutAsSuch() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Abena Darko", Role.MODERATOR, "Government")
                .person(new Person("Tomasz Wielgosz", List.of(Role.SPEAKER), null, "Government",
                        "Eastern European Group", List.of()))
                .person("Marisol Quintana", Role.SPEAKER, "Government")
                .person("Hirut Alemayehu", Role.SPEAKER, "Government")
                .turn("Abena Darko", "So now I open the floor. I see Honourable Wielgosz first, and then the Senator.")
                .turn("Tomasz Wielgosz", "Thank you, Madam Chair. My question is for Dr. Hirut. Who can remove the"
                        + " Director General when the government is not happy?")
                .turn("Abena Darko", "Thank you. Senator, please.")
                .turn("Marisol Quintana", "Also for the regulator. How do you make sure the data protection part is"
                        + " not weaker inside a cybersecurity law?")
                .turn("Abena Darko", "Two questions to the regulator. Dr. Hirut, can you take them both?")
                .turn("Hirut Alemayehu", "To the Honourable Member from Poland: the Director General can only be"
                        + " removed by a vote of the House. To the Senator: the data protection commissioner is a"
                        + " separate office inside the authority with its own budget line.")
                .turn("Tomasz Wielgosz", "Is that really enough, in a country where the budget is the ministry's?")
                .turn("Hirut Alemayehu", "The budget is a problem everywhere.")
                .annotate());

        List<Question> found = QuestionFinder.find(d);

        assertThat(answerers(found, "remove the Director General")).containsExactly("Hirut Alemayehu");
        assertThat(answerers(found, "data protection part")).containsExactly("Hirut Alemayehu");
        assertThat(found).noneMatch(q -> q.text().contains("really enough"));
        // each part to the member it addresses: Poland is the Eastern European Group's, and the Senator is the one
        // left once it is placed (the chair's words before each question name the Senator)
        assertThat(answerText(found, "remove the Director General")).contains("vote of the House")
                .doesNotContain("separate office");
        assertThat(answerText(found, "data protection part")).contains("separate office")
                .doesNotContain("vote of the House");
    }

    /**
     * Two questions asked in one turn by their order ("First, for Mr Mbeki, …? And the second question is for the
     * fintech association: …?") are two, each answered by whoever takes it; questions in one turn not so numbered
     * stay one.
     */
    @Test
    void questionsAskedByTheirOrderInOneTurnAreEachTheirOwn() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Adaeze Okafor", Role.MODERATOR, "Government")
                .person("Julius Mbeki", Role.SPEAKER, "Government")
                .person("Hélène Kouassi", Role.SPEAKER, "Private Sector")
                .turn("Adaeze Okafor", "Let's open the floor. The gentleman in the second row, please.")
                .turn("Ibrahim Sesay", "Two questions if I may. First, for Mr Mbeki, how does a regulator decide that"
                        + " another country is adequate? And the second question is for the fintech association: if"
                        + " localisation goes, will our data all end up on servers in Europe?")
                .turn("Adaeze Okafor", "Let's take them in order. Julius, the first one is yours.")
                .turn("Julius Mbeki", "The law only says adequate level of protection, so we look at whether there"
                        + " is an independent authority.")
                .turn("Adaeze Okafor", "And Hélène, the localisation question.")
                .turn("Hélène Kouassi", "Localisation keeps data in one country, often in a data centre of the same"
                        + " foreign companies, so the servers are not in Africa anyway.")
                .turn("Adaeze Okafor", "Thank you both. Another from the floor.")
                .turn("Esther Mensah", "My name is Esther Mensah. Will the draft framework be published for comments"
                        + " from the industry? And when do you expect the ministers to adopt it?")
                .annotate());

        List<Question> found = QuestionFinder.find(d);

        assertThat(answerers(found, "country is adequate")).containsExactly("Julius Mbeki");
        assertThat(answerers(found, "servers in Europe")).containsExactly("Hélène Kouassi");
        assertThat(found).filteredOn(q -> q.asker().equals("Esther Mensah")).singleElement()
                .satisfies(q -> assertThat(q.text()).contains("published").contains("adopt it"));
    }

    /**
     * An answer to two askers in parts, one addressed by name ("To your first point, Grace, …") and one by the place
     * the hand-over gave ("To the colleague from Fiji, …"): each asker gets the part addressed to them.
     */
    @Test
    void anAnswerInPartsAddressedToTwoAskersGivesEachTheirPart() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Adaeze Okafor", Role.MODERATOR, "Government")
                .person("Kofi Boateng", Role.ONLINE_MODERATOR, "Intergovernmental Organization")
                .person("Aminata Sow", Role.SPEAKER, "Intergovernmental Organization")
                .turn("Kofi Boateng", "There is a hand raised from Litia, from Fiji. Litia, you can unmute.")
                .turn("Litia Naivalu", "Did the region consider one authority acting for the smaller states?")
                .turn("Kofi Boateng", "And someone dialled in by phone. Please go ahead.")
                .turn("Grace Otieno", "This is Grace Otieno. Will people be able to refuse the digital ID?")
                .turn("Kofi Boateng", "Minister, I think both are for Aminata.")
                .turn("Adaeze Okafor", "Aminata, over to you, for both.")
                .turn("Aminata Sow", "Thank you both. To your first point, Grace, the framework will not oblige"
                        + " anybody to enrol in anything. To the colleague from Fiji, we discussed a shared pool of"
                        + " experts for the small states.")
                .turn("Adaeze Okafor", "One more from the room. The lady at the back.")
                .turn("Esther Mensah", "Why not just push every member state to ratify the Malabo Convention?")
                .turn("Adaeze Okafor", "Aminata?")
                .turn("Aminata Sow", "We do push. Nine of our member states have signed it, fewer have ratified.")
                .annotate());

        List<Question> found = QuestionFinder.find(d);

        assertThat(answerText(found, "refuse the digital ID")).contains("oblige anybody").doesNotContain("pool");
        assertThat(answerText(found, "one authority")).contains("pool of experts").doesNotContain("oblige")
                .doesNotContain("Nine");
        assertThat(answerText(found, "ratify")).contains("Nine");
    }

    /**
     * A chat question read out where no chat export was given: its writer is the full name the reading gives
     * ("Amal Haddad writes in the chat"), relayed by the online moderator; a panellist named is whom it is for.
     */
    @Test
    void aReadOutQuestionWithoutAChatExportIsTheNamedWritersOwn() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Abena Darko", Role.MODERATOR, "Government")
                .person("Ravi Menon", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Hirut Alemayehu", Role.SPEAKER, "Government")
                .turn("Abena Darko", "Ravi, anything online?")
                .turn("Ravi Menon", "Yes. Amal Haddad writes in the chat, she is with a regional telecom association:"
                        + " is there a risk that only the big platforms can comply with every country's obligations?")
                .turn("Hirut Alemayehu", "It is a real risk, yes. That is why the thresholds matter for platforms.")
                .annotate());

        assertThat(QuestionFinder.find(d)).singleElement().satisfies(q -> {
            assertThat(q.asker()).isEqualTo("Amal Haddad");
            assertThat(q.relayedBy()).isEqualTo("Ravi Menon");
        });
    }

    /**
     * A town hall's round: a short question from the floor ("What should I do?": a question word, then the auxiliary;
     * "Really?" is none), one read out from the Q&A with an aside ("Ifeoma Eze asks, and I'm shortening it a bit,
     * whether …") and one from "an anonymous participant"; a respondent answering two of them in parts ("To the
     * nurse, first. … On liability. …") gives each its own part.
     */
    @Test
    void aRoundAnsweredInPartsGivesEachQuestionItsPart() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Lena Hoffmann", Role.MODERATOR, "Civil Society")
                .person("Tariq Aziz", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Daniel Asante", Role.SPEAKER, "Government")
                .person("Hannah Lindgren", Role.SPEAKER, "Private Sector")
                .turn("Lena Hoffmann", "Next to you.")
                .turn("Unidentified speaker", "Hello.", "I'm a nurse in a rural clinic.",
                        "Since the insurance was linked to the card, mothers who come without the card are turned away.",
                        "Some go home.", "What should I do?")
                .turn("Tariq Aziz", "From the Q&A, an anonymous participant asks who is liable when a vendor's "
                        + "database is breached, the government or the vendor.")
                .turn("Lena Hoffmann", "Daniel, the nurse's question is yours.", "The liability, both of you.")
                .turn("Daniel Asante", "To the nurse, first.", "Thank you.", "Nobody should be sent home.",
                        "The directive is that an emergency and a child under five are treated, card or no card.",
                        "On liability.", "The government is accountable to the citizen, always, and then recovers "
                                + "the cost from the vendor.")
                .turn("Lena Hoffmann", "Next round.")
                .turn("Tariq Aziz", "From the Q&A, Ifeoma Eze asks, and I'm shortening it a bit, whether the "
                        + "companies that hold templates can be forced to delete them.")
                .turn("Hannah Lindgren", "On deletion, to Ifeoma.", "Yes, they can and they should, and we delete "
                        + "the template after the match.")
                .turn("Joseph Okello", "The card is printed in the capital and takes a year to arrive.", "Really?")
                .turn("Lena Hoffmann", "We're almost out of time.", "Let me ask each speaker for one thing they will "
                        + "do in the next year.")
                .turn("Hannah Lindgren", "We will publish our failed match rates by district every month from "
                        + "January.")
                .submitted(new Question("Who is liable when a vendor's database is breached?", null,
                        EvidenceSource.QA, true, List.of(), null))
                .submitted(new Question("Can the companies that hold biometric templates for banks be forced to "
                        + "delete them after the check is done?", "Ifeoma Eze", EvidenceSource.QA, true, List.of(),
                        null))
                .annotate());

        List<Question> found = QuestionFinder.find(d);

        assertThat(found).extracting(Question::text).noneMatch(t -> t.contains("Really"));
        assertThat(found).filteredOn(q -> q.text().contains("What should I do")).singleElement()
                .satisfies(q -> assertThat(q.answers()).singleElement()
                        .satisfies(a -> assertThat(a.text()).startsWith("Nobody should be sent home")
                                .doesNotContain("liability")));
        assertThat(found).filteredOn(q -> q.text().contains("liable")).singleElement().satisfies(q -> {
            assertThat(q.relayedBy()).isEqualTo("Tariq Aziz");
            assertThat(q.answers()).extracting(Question.Answer::text)
                    .containsExactly("The government is accountable to the citizen, always, and then recovers the "
                            + "cost from the vendor.");
        });
        assertThat(found).filteredOn(q -> "Ifeoma Eze".equals(q.asker())).singleElement().satisfies(q -> {
            assertThat(q.relayedBy()).isEqualTo("Tariq Aziz");
            assertThat(q.answers()).extracting(Question.Answer::speaker).containsExactly("Hannah Lindgren");
        });
        // the closing round answers none of them
        assertThat(found).flatExtracting(Question::answers).extracting(Question.Answer::text)
                .noneMatch(t -> t.contains("failed match rates"));
    }

    /**
     * In a round, a further voice from the floor ("Just a comment, …") before the panel answers is none of the
     * answers: the panel's turn after it is, and a turn in parts none of which is on a question's words answers
     * others. Without a panel, the floor's reply stays the answer.
     */
    @Test
    void aCommentFromTheFloorInARoundIsNoAnswerWhereAPanelAnswers() {
        List<Question> found = QuestionFinder.find(roundWithAComment(true));
        assertThat(answerers(found, "mandatory")).containsExactly("Daniel Asante", "Hannah Lindgren");
        assertThat(found).filteredOn(q -> q.text().contains("refugees")).singleElement()
                .satisfies(q -> assertThat(q.answers()).extracting(Question.Answer::text)
                        .containsExactly("Refugees registered with the board are issued a non-citizen card."));
        assertThat(answerers(QuestionFinder.find(roundWithAComment(false)), "mandatory"))
                .containsExactly("Kofi Mensah");
    }

    private static Discussion roundWithAComment(boolean panel) {
        Fixture f = Fixture.session()
                .person("Lena Hoffmann", Role.MODERATOR, "Civil Society")
                .person("Tariq Aziz", Role.ONLINE_MODERATOR, "Technical Community");
        if (panel) {
            f.person("Daniel Asante", Role.SPEAKER, "Government").person("Hannah Lindgren", Role.SPEAKER, null);
        }
        return Discussion.of(f
                .turn("Mohammed Ali", "Isn't the real problem that the ID is mandatory at all?")
                .turn("Tariq Aziz", "Carla Mendes writes in the Q&A about refugees.", "She asks whether any country "
                        + "has a special route for refugees without a birth certificate.")
                .turn("Lena Hoffmann", "Thank you.  The gentleman with the hat.")
                .turn("Kofi Mensah", "Just a comment, the agents are paid per registration, so they register people "
                        + "quickly and badly.")
                .turn("Lena Hoffmann", "Thank you.  Daniel, the mandatory question first, then refugees.")
                .turn("Daniel Asante", "On voluntary or mandatory.", "A voluntary ID does not work for a government "
                        + "that has to stop fraud in its payroll.", "On refugees.", "Refugees registered with the "
                        + "board are issued a non-citizen card.")
                .turn("Lena Hoffmann", "Hannah?")
                .turn("Hannah Lindgren", "On the agents, the gentleman is right, paying per registration produces bad "
                        + "registrations.", "On voluntary.", "For the services a person cannot do without, the ID "
                        + "should never be the only way in, whether mandatory or not.")
                .annotate());
    }

    private static String answerText(List<Question> found, String asked) {
        return String.join(" ", found.stream().filter(q -> q.text().contains(asked)).findFirst().orElseThrow()
                .answers().stream().map(Question.Answer::text).toList());
    }

    private static List<String> answerers(List<Question> found, String asked) {
        return found.stream().filter(q -> q.text().contains(asked)).findFirst().orElseThrow().answers().stream()
                .map(Question.Answer::speaker).toList();
    }

    /**
     * A turn answering two askers by name, another's first ("Bakary, on appeals … Hamid, on Dari …"), answers the
     * relayed question from where it names its asker, and the other's up to there.
     */
    @Test
    void aTurnNamingAnotherAskerFirstAnswersTheRelayedQuestionWhereItNamesItsAsker() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Rosa Quispe", Role.MODERATOR, "Civil Society")
                .person("Kemal Aydin", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Tomas Wirth", Role.SPEAKER, "Private Sector")
                .turn("Rosa Quispe", "Let's take one from the room and one from online.")
                .turn("Bakary Sanneh", "Bakary Sanneh from Banjul. How long does an appeal against a removal take?")
                .turn("Kemal Aydin", "And on the Q&A, Hamid Rahimi asks: how many reviewers do you have for Dari?")
                .turn("Tomas Wirth", "Bakary, on appeals, we now decide every appeal within seven days and publish"
                        + " the numbers every quarter. Hamid, on Dari, we have eleven reviewers, and honestly that is"
                        + " not enough for the volume we see. We are hiring four more this year.")
                .submitted(new Question("How many reviewers do you have for Dari?", "Hamid Rahimi",
                        EvidenceSource.QA, true, List.of(), null))
                .annotate());

        List<Question> found = QuestionFinder.find(d);

        assertThat(found).filteredOn(q -> "Hamid Rahimi".equals(q.asker())).singleElement().satisfies(q -> {
            assertThat(q.relayedBy()).isEqualTo("Kemal Aydin");
            assertThat(q.answers()).singleElement().satisfies(a -> {
                assertThat(a.speaker()).isEqualTo("Tomas Wirth");
                assertThat(a.text()).startsWith("Hamid, on Dari").doesNotContain("appeal");
            });
        });
        assertThat(found).filteredOn(q -> "Bakary Sanneh".equals(q.asker())).singleElement()
                .satisfies(q -> assertThat(q.answers()).singleElement().satisfies(a ->
                        assertThat(a.text()).contains("seven days").doesNotContain("Dari")));
    }

    /**
     * The online moderator reading a Q&A question out and answering it at once, to its asker by name, answers it;
     * the panel's closing round after it then answers nothing. A reader naming nobody answers nothing themselves.
     */
    @Test
    void aReaderAnsweringTheQuestionToItsAskerByNameAnswersIt() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Rosa Quispe", Role.MODERATOR, "Civil Society")
                .person("Kemal Aydin", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Tomas Wirth", Role.SPEAKER, "Private Sector")
                .turn("Kemal Aydin", "A question from Ivan Petrov: who pays for the national teams after the"
                        + " donors leave? That one is for the panel.")
                .turn("Tomas Wirth", "The budget of the ministry should pay, as for any other public service.")
                .turn("Kemal Aydin", "One more from the Q&A, from Renata Silva: is there a register of who still"
                        + " works in incident response? I'll answer that one myself: not yet, Renata, but it is a good"
                        + " idea and we will take it back to the secretariat. Rosa, back to you.")
                .turn("Rosa Quispe", "Let me ask each speaker for one recommendation. Tomas?")
                .turn("Tomas Wirth", "Put in every law that incident reports cannot be used for prosecution.")
                .submitted(new Question("Is there a register of who is still working in incident response?",
                        "Renata Silva", EvidenceSource.QA, true, List.of(), null))
                .submitted(new Question("Who pays for the national teams after the donors leave?",
                        "Ivan Petrov", EvidenceSource.QA, true, List.of(), null))
                .annotate());

        List<Question> found = QuestionFinder.find(d);

        assertThat(found).filteredOn(q -> "Renata Silva".equals(q.asker())).singleElement()
                .satisfies(q -> assertThat(q.answers()).singleElement().satisfies(a -> {
                    assertThat(a.speaker()).isEqualTo("Kemal Aydin");
                    assertThat(a.text()).startsWith("I'll answer that one myself: not yet, Renata")
                            .doesNotContain("back to you");
                }));
        assertThat(answerers(found, "donors leave")).containsExactly("Tomas Wirth");
    }

    /** Asking after the captions in the chat is housekeeping; asking whether a portal exists in a language is not. */
    @Test
    void askingAfterCaptionsInTheChatIsNoAudienceQuestion() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Rosa Quispe", Role.MODERATOR, "Civil Society")
                .person("Tomas Wirth", Role.SPEAKER, "Private Sector")
                .turn("Rosa Quispe", "Welcome to the workshop on open city data.")
                .turn("Tomas Wirth", "Open data portals need a named steward for every dataset.")
                .chat("Sharon Alleyne", "Is there Spanish captioning?", false, null)
                .chat("Fatima Ezzahra", "is the interpretation available in Arabic?", false, null)
                .chat("Sione Havili", "is the recording going to be online?", false, null)
                .chat("Laila Ahmadi", "Is the Lagos portal available in other languages than English?", false, null)
                .annotate());

        assertThat(QuestionFinder.find(d)).extracting(Question::text)
                .containsExactly("Is the Lagos portal available in other languages than English?");
    }

    /** A sound check in the words after a hub's question is announced ("Hello, can you hear us?") is no question. */
    @Test
    void aSoundCheckAfterAnAnnouncedQuestionIsNoQuestion() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Helena Sorensen", Role.MODERATOR, "Government")
                .person("Priya Raman", Role.SPEAKER, "Government")
                .turn("Helena Sorensen", "We have a question from the Lima hub.", "Hello, can you hear us?")
                .turn("Ana Quispe", "Good afternoon, my name is Ana Quispe.", "My question is for Priya: how do you "
                        + "handle people whose ID is in a husband's name?")
                .turn("Priya Raman", "We now let women open their own benefit account with a self-declaration.")
                .annotate());

        assertThat(QuestionFinder.find(d)).singleElement().satisfies(q -> {
            assertThat(q.asker()).isEqualTo("Ana Quispe");
            assertThat(q.text()).doesNotContain("hear us");
        });
    }

    @Test
    void aChatMessageAddressingTheWriterByNameAnswersTheirLatestQuestion() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Lena Hoffmann", Role.MODERATOR, "Civil Society")
                .person("Tariq Aziz", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Paulo Henrique Vasconcelos", Role.SPEAKER, "Government")
                .turn("Lena Hoffmann", "Welcome to the session on identity and public services.")
                .chat("Carla Mendes", "Has the policy network looked at ID at all?", false, null)
                .chat("Ifeoma Eze", "Good morning from Abuja", false, null)
                .chat("Li Na", "Where are the slides of this session?", false, null)
                .chat("Ifeoma Eze", "Is the recording public?", false, null)
                .chat("Tariq Aziz", "@Carla yes, this year they have a work stream on ID", false, null)
                .chat("Paulo Vasconcelos", "Li Na, the link is on the session page, under documents", false, null)
                .chat("Tariq Aziz", "Ifeoma, good question, we will put it to the panel", false, null)
                .chat("Paulo Vasconcelos", "Ifeoma, I will pass this on to the organisers", false, null)
                .chat("Aigerim Sadykova", "Who funds the network? And the secretariat?", false, null)
                .chat("Aigerim Sadykova", "Does any forum have a code for sponsors?", false, null)
                .chat("Tariq Aziz", "Aigerim: the donors are listed on the website", false, null)
                .annotate());

        List<Question> found = QuestionFinder.fromChat(d);

        assertThat(found).extracting(Question::asker)
                .containsExactly("Carla Mendes", "Li Na", "Ifeoma Eze", "Aigerim Sadykova", "Aigerim Sadykova");
        assertThat(found.get(0).answers()).extracting(Question.Answer::speaker, Question.Answer::text)
                .containsExactly(tuple("Tariq Aziz", "@Carla yes, this year they have a work stream on ID"));
        // a panellist under a shorter display name, addressing the writer by full name
        assertThat(found.get(1).answers()).extracting(Question.Answer::speaker)
                .containsExactly("Paulo Henrique Vasconcelos");
        // a moderator passing the question on answers nothing
        assertThat(found.get(2).answers()).isEmpty();
        // the writer's later question takes the address, not the earlier one
        assertThat(found.get(3).answers()).isEmpty();
        assertThat(found.get(4).answers()).extracting(Question.Answer::speaker).containsExactly("Tariq Aziz");
    }

    /**
     * Two Q&amp;A questions read out together, the second anonymous, answered in one turn in parts: each gets its
     * part; a chair answering a read-out to its asker by name answers it; once answered, the chair giving the room the
     * floor ends the exchange.
     */
    @Test
    void readOutItemsAnsweredInPartsTheChairsOwnAnswerAndTheFloorGivenAfterwards() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Annelie Brandt", Role.MODERATOR, "Intergovernmental Organization")
                .person("Ravi Menon", Role.ONLINE_MODERATOR, "Technical Community")
                .person("Lusine Hakobyan", Role.SPEAKER, "Technical Community")
                .person("Paulo Souza", Role.SPEAKER, "Government")
                .turn("Ravi Menon", "The first one is from Rashid Karimov, I'll shorten it: he asks whether any forum "
                        + "is funded from a levy on the domain registry.",
                        "And a second one, from an anonymous attendee: does anybody in New York read the messages?")
                .turn("Annelie Brandt", "Lusine, they are both for you.")
                .turn("Lusine Hakobyan", "Yes. So, Rashid, about the levy on domains.",
                        "In our case the registry gives one and a half percent of its domain fees every year.",
                        "On New York, and who reads the messages.",
                        "Very few people read a document of national messages, what travels is what people carry.")
                .turn("Annelie Brandt", "Thank you. Ravi, one more?")
                .turn("Ravi Menon", "And there is one from Joseph Mbewe: can a forum without a bank account receive "
                        + "money from the trust fund?")
                .turn("Annelie Brandt", "I can take that one myself.",
                        "Joseph, the short answer is that the trust fund does not make grants to forums directly.")
                .turn("Annelie Brandt", "One more from the floor. Yes, at the back.")
                .turn("Paulo Souza", "Actually the trust fund has paid captioners for three forums this year, "
                        + "which is a very good start.")
                .submitted(new Question("Are forums funded from a levy on the country code domain?",
                        "Rashid Karimov", EvidenceSource.QA, true, List.of(), null))
                .submitted(new Question("Does anybody in New York read the messages?",
                        null, EvidenceSource.QA, true, List.of(), null))
                .submitted(new Question("Can a forum without a bank account receive money from the trust fund?",
                        "Joseph Mbewe", EvidenceSource.QA, true, List.of(), null))
                .annotate());

        List<Question> found = QuestionFinder.find(d);

        assertThat(found).extracting(Question::asker)
                .containsExactlyInAnyOrder("Rashid Karimov", null, "Joseph Mbewe");
        assertThat(found).allSatisfy(q -> assertThat(q.relayedBy()).isEqualTo("Ravi Menon"));
        assertThat(answerOf(found, "Rashid Karimov")).contains("domain fees").doesNotContain("New York");
        assertThat(answerOf(found, null)).startsWith("On New York").doesNotContain("domain fees");
        assertThat(found).filteredOn(q -> "Joseph Mbewe".equals(q.asker())).singleElement().extracting(Question::answers)
                .asList().extracting("speaker", "text")
                .containsExactly(tuple("Annelie Brandt",
                        "Joseph, the short answer is that the trust fund does not make grants to forums directly."));
    }

    /**
     * A chair listing the round's questions by their askers ("So three interventions: Tuvalu on …, Hannelore on …,
     * and Rubén on …") recaps them and answers none; the panellists after do.
     */
    @Test
    void aChairsRecapOfTheRoundsAskersAnswersNone() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Tariq Hamdan", Role.MODERATOR, "Civil Society")
                .person("Alain Dubois", Role.SPEAKER, "Intergovernmental Organization")
                .person("Nomvula Dube", Role.SPEAKER, "Government")
                .turn("Tariq Hamdan", "Now the floor, please say who you are.")
                .turn("Hannelore Vries", "My name is Hannelore Vries, from the regional registry.",
                        "Should the forum really assess governments, when its strength is that nothing is at stake?")
                .turn("Tariq Hamdan", "Thank you. The gentleman at the back.")
                .turn("Ruben Ocampo", "My name is Ruben Ocampo, I am a researcher in La Plata.",
                        "Would the minister support a share of every universal service fund for community networks?")
                .turn("Tariq Hamdan", "So two interventions: Hannelore on whether the forum should assess, and Ruben "
                        + "on universal service funds and community networks.", "Minister, the funds.")
                .turn("Nomvula Dube", "In our country a licensed community network can already apply to the "
                        + "universal service fund, and I would support that rule everywhere.")
                .annotate());

        List<Question> found = QuestionFinder.find(d);
        assertThat(found).filteredOn(q -> "Ruben Ocampo".equals(q.asker())).singleElement()
                .extracting(Question::answers).asList().extracting("speaker").containsExactly("Nomvula Dube");
    }

    /**
     * A chair keeping a question for later ("Let's keep Zainab's question in mind") moves on: the panellist answering
     * the chair's next question does not answer it; a panellist taking it up by its asker's name much later does.
     */
    @Test
    void aQuestionTheChairKeepsForLaterIsAnsweredWhereItsAskerIsNamed() {
        Fixture f = Fixture.session()
                .person("Annelie Brandt", Role.MODERATOR, "Intergovernmental Organization")
                .person("Chikondi Banda", Role.SPEAKER, "Civil Society")
                .person("Paulo Souza", Role.SPEAKER, "Government")
                .turn("Zainab Adeyemi", "Zainab Adeyemi, I coordinate a youth forum.",
                        "When the government changes after an election, what happens to the money in the budget line?")
                .turn("Annelie Brandt", "That is a sharp one. Let's keep Zainab's question in mind and I hope we "
                        + "come back to it.", "Paulo, you were in the negotiations from the government side.")
                .turn("Paulo Souza", "Not in the room in New York, but in the preparation of the national position, "
                        + "yes, for two years.");
        for (int k = 0; k < 7; k++) {
            f.turn("Annelie Brandt", "Thank you. Chikondi, what about the messages in your country?")
                    .turn("Chikondi Banda", "Our messages go to the ministry and to the regional forum every year, "
                            + "in two languages.");
        }
        f.turn("Chikondi Banda", "And Zainab's question is the real one.",
                "A line in law can be emptied by the next minister in one budget review.");
        List<Question> found = QuestionFinder.find(Discussion.of(f.annotate()));

        assertThat(found).singleElement().satisfies(q -> assertThat(q.answers())
                .extracting(Question.Answer::speaker, Question.Answer::text)
                .containsExactly(tuple("Chikondi Banda", "And Zainab's question is the real one. A line in law can "
                        + "be emptied by the next minister in one budget review.")));
    }

    /**
     * A turn taking up several things by topic ("On Kenya, … Wanjiku …", "On the safeguards, …") answers the question
     * in the part whose topic the question names, not where it names the asker; a second panellist taking it up by
     * the asker's name in the same exchange answers it too.
     */
    @Test
    void anAnswerInTopicsIsThePartOnTheQuestionsTopicAndOthersNamingTheAskerAnswerToo() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Lena Hoffmann", Role.MODERATOR, "Civil Society")
                .person("Daniel Asante", Role.SPEAKER, "Government")
                .person("Hannah Lindgren", Role.SPEAKER, "Private Sector")
                .turn("Wanjiku Mwangi", "I'm Wanjiku Mwangi from the Kenya ICT Action Network.",
                        "Daniel, you said Kenya paused and consulted. That is not what happened in Kenya.",
                        "So my question to both of you: what safeguards should be in place before an ID is mandatory?")
                .turn("Lena Hoffmann", "Okay. And at the back.")
                .turn("Joseph Okello", "My name is Joseph Okello. Who pays for the second trip to the office?")
                .turn("Lena Hoffmann", "Daniel, you start.")
                .turn("Daniel Asante", "Joseph, on the trip, the bank should pay for it, not the person.",
                        "On Kenya, I hear what you say about the court, Wanjiku, and I spoke from what I read.",
                        "On the safeguards, for us it is the data protection commission, which approves any new use "
                                + "of the card.")
                .turn("Hannah Lindgren", "On Wanjiku's question, the one safeguard I would want before anything is "
                        + "mandatory is that the error rates are published by the authority.")
                .annotate());

        List<Question> found = QuestionFinder.find(d);

        assertThat(found).filteredOn(q -> "Wanjiku Mwangi".equals(q.asker())).singleElement()
                .satisfies(q -> assertThat(q.answers()).extracting(Question.Answer::speaker, Question.Answer::text)
                        .containsExactly(
                                tuple("Daniel Asante", "On the safeguards, for us it is the data protection "
                                        + "commission, which approves any new use of the card."),
                                tuple("Hannah Lindgren", "On Wanjiku's question, the one safeguard I would want "
                                        + "before anything is mandatory is that the error rates are published by the "
                                        + "authority.")));
    }

    /** The one answer's text of the question of {@code asker}. */
    private static String answerOf(List<Question> found, String asker) {
        Question q = found.stream().filter(f -> Objects.equals(f.asker(), asker)).findFirst().orElseThrow();
        assertThat(q.answers()).hasSize(1);
        return q.answers().get(0).text();
    }

    /**
     * A chat question read out and said to be for one panellist is answered by that panellist, who thanks its writer
     * by name; a closing round's one-liner after it answers nothing.
     */
    @Test
    void aReadOutQuestionIsAnsweredByThePanellistItIsForNotByTheClosingRound() {
        Discussion d = Discussion.of(Fixture.session()
                .person("Grace Mutua", Role.MODERATOR, "Government")
                .person("Daniel Ferreira", Role.ONLINE_MODERATOR, "Civil Society")
                .person("Maryam Al-Haddad", Role.SPEAKER, "Civil Society")
                .person("Chinedu Okeke", Role.SPEAKER, "Technical Community")
                .chat("Lucía Méndez", "Question for the panel: sign language is not a translation of text, it is a "
                        + "language. Are sign language users consulted when governments design services, or only blind "
                        + "users?", false, null)
                .turn("Chinedu Okeke", "Testing needs trained human testers, and we have very few in the region.")
                .turn("Grace Mutua", "Thank you, Samuel. Daniel, one more from online?")
                .turn("Daniel Ferreira", "Yes, a last one, from Lucía Méndez in Bogotá.",
                        "She writes: sign language is not a translation of text, it is a language.",
                        "Are sign language users consulted when governments design services, or only blind users?",
                        "I think that is for Maryam.")
                .turn("Maryam Al-Haddad", "Thank you, Lucía, this is very important.",
                        "No, they are mostly not consulted.",
                        "When governments say persons with disabilities, they often mean wheelchair users and blind "
                                + "users.", "Deaf organisations are left out.")
                .turn("Grace Mutua", "Thank you, Maryam.", "We are almost out of time.",
                        "I will ask each panellist for one recommendation, in one sentence.", "Chinedu?")
                .turn("Chinedu Okeke", "An independent monitoring body in every country, testing and publishing every "
                        + "year.")
                .annotate());
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).filteredOn(q -> "Lucía Méndez".equals(q.asker())).singleElement()
                .satisfies(q -> assertThat(q.answers()).extracting(Question.Answer::speaker)
                        .containsExactly("Maryam Al-Haddad"));
    }

    /**
     * Without an export, a read-out naming its writer in a lead-in and then by a pronoun ("There is a question on
     * Slido from Pascal Mugisha. He asks: …") is that writer's, from the Q&amp;A tool the lead-in names; a lead-in
     * that only thanks names no writer.
     */
    @Test
    void aWriterNamedInTheLeadInToAReadOutIsItsAsker() {
        List<Question> found = QuestionFinder.find(Discussion.of(refurbishedPanel()
                .turn("Tomas Herrera", "There is a question on Slido from Pascal Mugisha.",
                        "He asks: will refurbished phones get security updates for five years?")
                .turn("Maria Schultz", "Only where the maker still ships them, so not always.")
                .annotate()));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.asker()).isEqualTo("Pascal Mugisha");
            assertThat(q.channel()).isEqualTo(Question.Channel.QA);
        });
        List<Question> thanked = QuestionFinder.find(Discussion.of(refurbishedPanel()
                .turn("Tomas Herrera", "Thank you, Maria Schultz.",
                        "He asks: will refurbished phones get security updates for five years?")
                .turn("Maria Schultz", "Only where the maker still ships them, so not always.")
                .annotate()));
        assertThat(thanked).extracting(Question::asker).doesNotContain("Maria Schultz");
    }
}
