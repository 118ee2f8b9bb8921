package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Person;
import org.rapporteur.model.Role;
import org.rapporteur.model.Turn;

class SpeakerResolverTest {

    private static final Person CASTEX = listed("Lucien M. Castex", Role.ORGANIZER, Role.MODERATOR);
    private static final Person POPINEAU = listed("Claire Mélanie Popineau", Role.SPEAKER);
    private static final Person BACHOLLET = listed("Sébastien Bachollet", Role.ONLINE_MODERATOR);
    private static final Person SOUISSI = listed("Samih Souissi", Role.RAPPORTEUR);
    private static final Person WILLIAMS = listed("Kirsty Williams", Role.SPEAKER);
    private static final Person HUSSEN = listed("Ahmed Hussen", Role.SPEAKER);

    private final SpeakerResolver resolver = new SpeakerResolver();

    @Test
    void stripsHonorificsAndPostNominalsAndIgnoresCaseAndAccents() {
        SpeakerResolver.Resolution r = resolve(List.of(WILLIAMS, HUSSEN, POPINEAU, CASTEX),
                "KIRSTY WILLIAMS AM", "HON. AHMED HUSSEN", "THE RIGHT HON. AHMED HUSSEN", "Kirsty Williams MS",
                "CLAIRE MELANIE POPINEAU", "LUCIEN CASTEX", "H.E. LUCIEN CASTEX");

        assertThat(speakers(r)).containsExactly("Kirsty Williams", "Ahmed Hussen", "Ahmed Hussen", "Kirsty Williams",
                "Claire Mélanie Popineau", "Lucien M. Castex", "Lucien M. Castex");
        assertThat(r.people()).extracting(Person::aliases).containsExactly(
                List.of("KIRSTY WILLIAMS AM", "Kirsty Williams MS"),
                List.of("HON. AHMED HUSSEN", "THE RIGHT HON. AHMED HUSSEN"),
                List.of("CLAIRE MELANIE POPINEAU"),
                List.of("LUCIEN CASTEX", "H.E. LUCIEN CASTEX"));
    }

    @Test
    void rolesGoToThePeopleListedInThem() {
        SpeakerResolver.Resolution r = resolve(List.of(CASTEX, BACHOLLET, SOUISSI),
                "THE CHAIR", "MODERATOR", "Chairperson", "FACILITATOR", "ONLINE MODERATOR", "RAPPORTEUR");

        assertThat(speakers(r)).containsExactly("Lucien M. Castex", "Lucien M. Castex", "Lucien M. Castex",
                "Lucien M. Castex", "Sébastien Bachollet", "Samih Souissi");
        assertThat(r.people().get(0).aliases()).containsExactly("THE CHAIR", "MODERATOR", "Chairperson", "FACILITATOR");
    }

    @Test
    void matchesPartsOfNamesOnlyWhenOnePersonFits() {
        Person julie = listed("Julie Morgan", Role.SPEAKER);
        Person claire = listed("Claire Morgan", Role.SPEAKER);
        SpeakerResolver.Resolution r = resolve(List.of(CASTEX, POPINEAU, julie, claire),
                "CASTEX", "L. CASTEX", "CLAIRE POPINEAU", "MELANIE POPINEAU", "MORGAN", "JULIE", "LUCIEN CASTEXT",
                "CASTEXT");

        assertThat(speakers(r)).containsExactly("Lucien M. Castex", "Lucien M. Castex", "Claire Mélanie Popineau",
                "Claire Mélanie Popineau", "Morgan", "Julie Morgan", "Lucien M. Castex", "Lucien M. Castex");
        assertThat(r.people()).extracting(Person::name).containsExactly("Lucien M. Castex",
                "Claire Mélanie Popineau", "Julie Morgan", "Claire Morgan", "Morgan");
    }

    @Test
    void aGivenNameWithTheFirstSurnameOfADoubleOneIsThatPerson() {
        Person perezGil = listed("José Pérez Gil", Role.SPEAKER);
        Person perezRuiz = listed("Ana Pérez Ruiz", Role.SPEAKER);
        SpeakerResolver.Resolution r = resolve(List.of(perezGil, perezRuiz, CASTEX),
                "JOSE PEREZ", "Ana Pérez", "PEREZ", "GIL");

        assertThat(speakers(r)).containsExactly("José Pérez Gil", "Ana Pérez Ruiz", "Perez", "José Pérez Gil");
        assertThat(r.warnings()).anyMatch(w -> w.contains("PEREZ") && w.contains("José Pérez Gil")
                && w.contains("Ana Pérez Ruiz"));
    }

    @Test
    void aNameSpacedOtherwiseIsThatPerson() {
        Person delaCruz = listed("Joshua Dela Cruz", Role.SPEAKER);
        Person vanDam = listed("Pieter van Dam", Role.SPEAKER);
        SpeakerResolver.Resolution r = resolve(List.of(delaCruz, vanDam, CASTEX),
                "JOSHUA DELACRUZ", "Pieter Vandam", "JOSHUA DE LA CRUZ", "PIETER VANDERDAM");

        assertThat(speakers(r)).containsExactly("Joshua Dela Cruz", "Pieter van Dam", "Joshua Dela Cruz",
                "Pieter Vanderdam");
        assertThat(delaCruzAliases(r)).contains("JOSHUA DELACRUZ");
    }

    private static List<String> delaCruzAliases(SpeakerResolver.Resolution r) {
        return r.people().stream().filter(p -> p.name().equals("Joshua Dela Cruz")).findFirst().orElseThrow().aliases();
    }

    @Test
    void meetingToolDisplayNamesLoseTheirNotesAndTurnRound() {
        SpeakerResolver.Resolution r = resolve(List.of(listed("Carlos Farías", Role.SPEAKER)),
                "Farías, Carlos (Guest)", "Mei Tanaka (she/her)", "Tanaka, Mei");

        assertThat(speakers(r)).containsExactly("Carlos Farías", "Mei Tanaka", "Mei Tanaka");
        assertThat(r.people().get(1).aliases()).containsExactly("Mei Tanaka (she/her)", "Tanaka, Mei");
    }

    @Test
    void shortNamesAreNotGuessedFromMisspellings() {
        SpeakerResolver.Resolution r = resolve(List.of(listed("Ana Ruiz", Role.SPEAKER)), "ANA RUIS");

        assertThat(speakers(r)).containsExactly("Ana Ruis");
    }

    /**
     * "This is Grace Otieno, Kenya ICT Action Network": a full name and then a comma and what the voice is with names
     * the voice, and so does a full name opening a sentence with the organisation after it ("Esther Mensah, Ghana
     * Chamber of Telecommunications."); "This is Kenya, where …" and "Esther Mensah, you said …" name nobody.
     */
    @Test
    void aFullNameAfterThisIsAndACommaNamesTheVoice() {
        List<Turn> turns = List.of(
                turn(0, "Unknown", "Yes, hello? Sorry, I am on the phone. This is Grace Otieno, Kenya ICT Action "
                        + "Network. Just a comment."),
                turn(1, "Unknown", "Hello. This is Kenya, where the courts stopped the ID scheme."),
                turn(2, "AUDIENCE", "Thank you Minister. Esther Mensah, Ghana Chamber of Telecommunications. Mine is "
                        + "short."),
                turn(3, "AUDIENCE", "Thank you. Esther Mensah, you said the convention is in force."),
                turn(4, "", "Thank you. Can you hear me? Yes. Kojo Asante, Ministry of Employment and Labour "
                        + "Relations, Ghana. I am one of those governments."));

        SpeakerResolver.Resolution r = resolver.resolve(List.of(POPINEAU), turns);

        assertThat(speakers(r)).containsExactly("Grace Otieno", "Unnamed participant 1", "Esther Mensah",
                "Unnamed participant 2", "Kojo Asante");
    }

    @Test
    void selfIntroductionsNameGenericAndUnknownVoicesTurnByTurn() {
        List<Turn> turns = List.of(
                turn(0, "ATTENDEE", "Thank you.  My name is Amara Diallo, I work on digital rights."),
                turn(1, "", "Hello, I am Claire Popineau from Paris, can you hear me?"),
                turn(2, "AUDIENCE", "Good morning.  I'm Yonas, I run a small start-up."),
                turn(3, "ATTENDEE", "I am very happy to be here.  My question is on labels."),
                turn(4, "", "Testing, one, two."),
                turn(5, "ATTENDEE", "Me again, Amara Diallo.  A follow-up."));

        SpeakerResolver.Resolution r = resolver.resolve(List.of(POPINEAU), turns);

        // a bare marker naming nobody is a voice of its own too, never one "Unidentified speaker" for all
        assertThat(speakers(r)).containsExactly("Amara Diallo", "Claire Mélanie Popineau", "Yonas",
                "Unnamed participant 1", "Unnamed participant 2", "Unnamed participant 3");
        assertThat(r.people()).containsExactly(
                POPINEAU,
                new Person("Amara Diallo", List.of(Role.PARTICIPANT), null, null, null, List.of("ATTENDEE"),
                        List.of("name"), List.of()),
                new Person("Yonas", List.of(Role.PARTICIPANT), null, null, null, List.of("AUDIENCE"),
                        List.of("name"), List.of()),
                new Person("Unnamed participant 1", List.of(Role.PARTICIPANT), null, null, null,
                        List.of("ATTENDEE")),
                new Person("Unnamed participant 2", List.of(Role.PARTICIPANT), null, null, null, List.of()),
                new Person("Unnamed participant 3", List.of(Role.PARTICIPANT), null, null, null,
                        List.of("ATTENDEE")));
        assertThat(r.warnings()).singleElement().asString()
                .contains("Unnamed participant 1 (\"ATTENDEE\", transcript.txt line")
                .contains("Unnamed participant 2 (no label, transcript.txt line 5)");
    }

    /** "Dina speaking, from ..." opening a turn names the voice; "Frankly speaking" names nobody. */
    @Test
    void aNameOpeningASentenceBeforeSpeakingIsTheVoicesName() {
        List<Turn> turns = List.of(
                turn(0, "PARTICIPANT", "Dina speaking, from a youth network in Amman.  My question is on fees."),
                turn(1, "PARTICIPANT", "Frankly speaking, the fees are too high."),
                turn(2, "", "Thank you.  Kwame Mensah speaking.  I have a follow-up."));

        assertThat(speakers(resolver.resolve(List.of(CASTEX), turns)))
                .containsExactly("Dina", "Unnamed participant 1", "Kwame Mensah");
    }

    /** "Hello, Amadou Ba from Dakar." names the voice; a greeting to someone named ("Hello, Ana, from us all") does not. */
    @Test
    void aVoiceGreetingTheRoomWithItsNameAndWhereItIsFromIsNamed() {
        List<Turn> turns = List.of(
                turn(0, "PARTICIPANT", "Hello, Amadou Ba from Dakar.  For Dawit: is there a law?"),
                turn(1, "PARTICIPANT", "Good morning, Mei Lin here.  A short question on fees."),
                turn(2, "PARTICIPANT", "Hello, Ana, and thanks from all of us.  Who pays?"),
                turn(3, "PARTICIPANT", "Good afternoon, Lucía Ferreyra, I'm a journalist with a weekly."),
                turn(4, "PARTICIPANT", "Hello, Ana, I'm glad you asked that.  Who pays?"));

        assertThat(speakers(resolver.resolve(List.of(CASTEX), turns)))
                .containsExactly("Amadou Ba", "Mei Lin", "Unnamed participant 1", "Lucía Ferreyra",
                        "Unnamed participant 2");
    }

    /**
     * "Amina Yusuf, I coordinate …" and "Pedro Almeida, from IDEC" name the voice: a full name opening a sentence, a
     * comma, then the voice's own words; a full name then anything else ("Daniel Asante, you said …"), one name
     * ("Daniel, I'm not sure"), a form of address ("Madam Chair, I am …") or words across a sentence's end ("Yeah.
     * So, I'm with …") names no one.
     */
    @Test
    void aFullNameOpeningASentenceBeforeTheVoicesOwnWordsNamesTheVoice() {
        List<Turn> turns = List.of(
                turn(0, "PARTICIPANT", "Thank you.  Good morning.  Amina Yusuf, I coordinate a network of paralegals."),
                turn(1, "AUDIENCE", "Good morning.  Pedro Almeida, from IDEC, the consumer institute.  Who pays?"),
                turn(2, "PARTICIPANT", "Daniel Asante, you said the card is the key.  Who pays?"),
                turn(3, "AUDIENCE", "Hi.  Daniel, I'm not sure about that.  Who pays?"),
                turn(4, "PARTICIPANT", "Madam Chair, I am from a small island state.  Who pays?"),
                turn(5, "PARTICIPANT", "Hi.  Rohan Pillai, I'm from Bangalore, I work with a research group."),
                turn(6, "AUDIENCE", "Thanks.  Yeah.  So, I'm with Digicel Tonga, I look after mobile money."));

        assertThat(speakers(resolver.resolve(List.of(CASTEX), turns))).containsExactly("Amina Yusuf",
                "Pedro Almeida", "Unnamed participant 1", "Unnamed participant 2", "Unnamed participant 3", "Rohan Pillai",
                "Unnamed participant 4");
    }

    @Test
    void aGenericVoiceHandedTheFloorBackByNameKeepsItsNameAndTwoUnnamedVoicesStayTwo() {
        List<Turn> turns = List.of(
                turn(0, "ATTENDEE", "My name is Amara Diallo, I am from a consumer group in Dakar."),
                turn(1, "LUCIEN CASTEX", "Thank you.  Rayna, would you like to answer?"),
                turn(2, "ATTENDEE", "Just one more point on labels."),
                turn(3, "LUCIEN CASTEX", "Amara, I see you want to come back."),
                turn(4, "ATTENDEE", "Yes, very quickly, on procurement."),
                turn(5, "ATTENDEE", "And another voice from the back of the room."));

        List<String> speakers = speakers(resolver.resolve(List.of(CASTEX), turns));

        assertThat(speakers).containsExactly("Amara Diallo", "Lucien M. Castex", "Unnamed participant 1",
                "Lucien M. Castex", "Amara Diallo", "Unnamed participant 2");
    }

    /**
     * A bare marker is the person the chair thanks and hands over to in one sentence ("Thank you, Maria, over to
     * you"), or, where no hand-over names anyone, the person the chair thanks by name as the next turn opens
     * ("Thank you, Ahmed, for that answer"). Thanks alone before a bare turn name the voice before it, thanks later
     * in the chair's turn or by someone who does not chair name nobody, and a hand-over the chair's last words
     * redirect ("First the lady at the back") names nobody: those are unnamed voices, each its own.
     */
    @Test
    void aBareTurnIsThePersonTheChairHandsOverToWhileThankingOrThanksRightAfter() {
        Person chair = listed("Nadia Karimi", Role.MODERATOR);
        List<Person> listed = List.of(chair, listed("Maria Lopes", Role.SPEAKER), listed("Ahmed Farouk",
                Role.SPEAKER), listed("Kofi Mensah", Role.SPEAKER));
        List<Turn> turns = List.of(
                turn(0, "NADIA KARIMI", "Welcome to our panel on community networks. Thank you, Maria, over to you."),
                turn(1, "", "Thanks, Nadia. Community networks need spectrum they can afford."),
                turn(2, "NADIA KARIMI", "Who would like to respond on spectrum?"),
                turn(3, "", "Regulators have to move faster on licences for small operators."),
                turn(4, "NADIA KARIMI", "Thank you, Ahmed, for that answer. Let's hear from the room."),
                turn(5, "", "I have a question on the cost of backhaul."),
                turn(6, "NADIA KARIMI", "Good question. Thank you, Kofi."),
                turn(7, "", "And costs fell by half last year."),
                turn(8, "NADIA KARIMI", "Thank you."),
                turn(9, "", "One more remark on towers."),
                turn(10, "KOFI MENSAH", "Thank you, Ahmed."),
                turn(11, "NADIA KARIMI", "Thank you, Kofi."),
                turn(12, "", "Let me add something on solar power."),
                turn(13, "NADIA KARIMI", "Noted. Thank you, Maria, over to you in a moment. First the lady at the back."),
                turn(14, "", "I have a short comment on pricing."),
                turn(15, "NADIA KARIMI", "Noted."));

        SpeakerResolver.Resolution r = resolver.resolve(listed, turns);

        assertThat(speakers(r)).containsExactly("Nadia Karimi", "Maria Lopes", "Nadia Karimi", "Ahmed Farouk",
                "Nadia Karimi", "Unnamed participant 1", "Nadia Karimi", "Unnamed participant 2", "Nadia Karimi",
                "Unnamed participant 3", "Kofi Mensah", "Nadia Karimi", "Unnamed participant 4", "Nadia Karimi",
                "Unnamed participant 5", "Nadia Karimi");
        assertThat(r.warnings()).contains("Turns under a bare caption marker or a generic label, which no hand-over"
                + " named, were taken to be the person the chair thanked by name right after them: Ahmed Farouk"
                + " (1 turn). Check who spoke.");
    }

    /** "Senator" is a title, not a name; letters after a name keep their capitals. */
    @Test
    void parliamentaryTitlesAreNoPartOfTheName() {
        Person chair = listed("Senator Claudia Bianchi Ríos", Role.MODERATOR);
        Person member = listed("Hon. Kwabena Asiedu MP", Role.MODERATOR);
        List<Turn> turns = List.of(turn(0, "CLAUDIA BIANCHI", "Welcome, colleagues."),
                turn(1, "SENATOR BIANCHI", "Let us begin."), turn(2, "KWABENA ASIEDU", "Thank you, Madam Chair."));

        assertThat(speakers(resolver.resolve(List.of(chair, member), turns))).containsExactly(
                "Senator Claudia Bianchi Ríos", "Senator Claudia Bianchi Ríos", "Hon. Kwabena Asiedu MP");
        assertThat(Names.display("Hon. Kwabena Asiedu MP")).isEqualTo("Hon. Kwabena Asiedu MP");
        assertThat(Names.display("HON. KWABENA ASIEDU MP")).isEqualTo("Hon. Kwabena Asiedu MP");
        assertThat(Names.display("Peter Smith JR")).isEqualTo("Peter Smith Jr");
    }

    @Test
    void aDeviceLabelTakesTheNameItsVoiceGivesForAllItsTurns() {
        SpeakerResolver.Resolution r = resolver.resolve(List.of(), List.of(
                turn(0, "iPhone de Ana", "Hello, can you hear me?  This is Ana Costa speaking, from Lisbon."),
                turn(1, "Galaxy A52", "Hi, I'm Tomás Herrera from the registry."),
                turn(2, "iPhone de Ana", "One more thing on the labels."),
                // before its voice says who it is ("Hello, can you hear me?") a device is already that person
                turn(3, "User 7", "Hello, can you hear me?"),
                turn(4, "User 7", "Thank you. This is Jonas Berg speaking, I'm with a start-up."),
                turn(5, "Conference Room B", "We hear you well and have a question for the panel.")));

        // a room whose voice never says who it is is an unnamed participant, never a person called after the room
        assertThat(speakers(r)).containsExactly("Ana Costa", "Tomás Herrera", "Ana Costa", "Jonas Berg", "Jonas Berg",
                "Unnamed participant 1");
        assertThat(r.people().get(0).aliases()).containsExactly("iPhone de Ana");
        assertThat(r.people()).extracting(Person::name).doesNotContain("User 7", "Conference Room B");
    }

    /**
     * A remote hub's one connection takes the name of the voice that introduces itself there; a turn of it right
     * after another of it, where the transcript marked a change of voice, is someone else, unnamed, never merged into
     * her.
     */
    @Test
    void aHubsConnectionNamesItsVoiceAndAChangeOfVoiceThereIsAnotherPerson() {
        Person chair = listed("Nadia Berrada", Role.MODERATOR);
        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair), List.of(
                turn(0, "Nadia Berrada", "Kampala, I think you had someone who wanted to speak?"),
                turn(1, "Kampala Hub - Makerere", "Yes, thank you Nadia. This is Brenda Nansubuga, I'm coordinating "
                        + "the hub here. We have one question from the group."),
                turn(2, "Kampala Hub - Makerere", "Hello. Good afternoon. My question is about the sign language."),
                turn(3, "Nadia Berrada", "Thank you.")));

        assertThat(speakers(r)).containsExactly("Nadia Berrada", "Brenda Nansubuga", "Unnamed participant 1",
                "Nadia Berrada");

        // the voice of a phone going on after the chair's short word to it is the same, though it says where it works
        SpeakerResolver.Resolution phone = resolver.resolve(List.of(chair), List.of(
                turn(0, "Samsung SM-A536E", "Hello, can you hear me? Sorry, this is Chiara Benedetti, I'm on my "
                        + "phone."),
                turn(1, "Nadia Berrada", "We hear you perfectly, go ahead."),
                turn(2, "Samsung SM-A536E", "Okay, great. So I'm head of accessibility at Lumen Mobile.")));
        assertThat(speakers(phone)).containsExactly("Chiara Benedetti", "Nadia Berrada", "Chiara Benedetti");
    }

    @Test
    void aLabelInCapitalsTakesTheAccentsItsVoiceSpellsItsNameWith() {
        SpeakerResolver.Resolution r = resolver.resolve(List.of(), List.of(
                turn(0, "LUCIA FERREYRA", "Good afternoon. My name is Lucía Ferreyra, I am a journalist in Córdoba."),
                turn(1, "JOSE PEREZ", "Hello, I'm Josefina Pérez, from a university in Quito."),
                turn(2, "LUCIA FERREYRA", "One more question, if I may.")));

        // another name said in the turn is someone else's: the label stays as written
        assertThat(speakers(r)).containsExactly("Lucía Ferreyra", "Jose Perez", "Lucía Ferreyra");
    }

    /**
     * A room's first turn before anyone introduces themselves there is the voice that does so in the room's next
     * turn only when the two are one exchange (a sound check answered in a few words); when the panel spoke at
     * length between them, whoever spoke first there is an unnamed participant, not the later voice.
     */
    @Test
    void aRoomsFirstTurnIsTheNextVoicesOnlyWithinOneExchange() {
        SpeakerResolver.Resolution same = resolver.resolve(List.of(listed("Rosa Diaz", Role.MODERATOR)), List.of(
                turn(0, "Conference Room 4", "Can you hear us in Nairobi?"),
                turn(1, "Rosa Diaz", "Yes, we hear you, please go ahead."),
                turn(2, "Conference Room 4", "Thank you. My name is Wanjiru Kamau, I teach at the university.")));
        assertThat(speakers(same)).containsExactly("Wanjiru Kamau", "Rosa Diaz", "Wanjiru Kamau");

        SpeakerResolver.Resolution apart = resolver.resolve(List.of(listed("Rosa Diaz", Role.MODERATOR),
                listed("Ana Silva", Role.SPEAKER)), List.of(
                turn(0, "Conference Room 4", "Can you hear us in Nairobi?"),
                turn(1, "Rosa Diaz", "Not yet, we will come back to you. Ana, please."),
                turn(2, "Ana Silva", "Thank you. Local traffic should stay local, and an exchange point is the cheapest "
                        + "way to keep it so when the international link goes down, as we saw after the last storm "
                        + "in the islands we supported."),
                turn(3, "Conference Room 4", "Thank you. My name is Wanjiru Kamau, I teach at the university.")));
        assertThat(speakers(apart)).containsExactly("Unnamed participant 1", "Rosa Diaz", "Ana Silva",
                "Wanjiru Kamau");
        assertThat(apart.people()).extracting(Person::name).doesNotContain("Conference Room 4");
    }

    /**
     * A generic label's sound check answered in a few words is the voice that introduces itself in the label's next
     * turn; with the panel speaking at length between them, or under bare markers, it stays another voice.
     */
    @Test
    void aGenericLabelsSoundCheckIsTheNextVoicesOnlyWithinOneExchange() {
        Person chair = listed("Rosa Diaz", Role.MODERATOR);
        String intro = "Okay. This is the Lagos hub, we have 14 people here. My name is Bisi Adeyemi, I run the hub.";
        SpeakerResolver.Resolution same = resolver.resolve(List.of(chair), List.of(
                turn(0, "PARTICIPANT", "Hello, good morning from Lagos. Can you hear us?"),
                turn(1, "Rosa Diaz", "We hear you."),
                turn(2, "PARTICIPANT", intro)));
        assertThat(speakers(same)).containsExactly("Bisi Adeyemi", "Rosa Diaz", "Bisi Adeyemi");

        SpeakerResolver.Resolution apart = resolver.resolve(List.of(chair), List.of(
                turn(0, "PARTICIPANT", "Hello, good morning from Lagos. Can you hear us?"),
                turn(1, "Rosa Diaz", "Not yet. Local traffic should stay local, and an exchange point is the cheapest "
                        + "way to keep it so when the international link goes down, as we saw after the last storm."),
                turn(2, "PARTICIPANT", intro)));
        assertThat(speakers(apart)).containsExactly("Unnamed participant 1", "Rosa Diaz", "Bisi Adeyemi");

        SpeakerResolver.Resolution bare = resolver.resolve(List.of(chair), List.of(
                turn(0, "", "Hello, good morning from Lagos. Can you hear us?"),
                turn(1, "Rosa Diaz", "We hear you."),
                turn(2, "", intro)));
        assertThat(speakers(bare).get(0)).isNotEqualTo("Bisi Adeyemi");
    }

    /** Otter's and Teams' diarised labels: "Speaker 7" and "Speaker 8" are two voices, never one person. */
    @Test
    void numberedSpeakerLabelsAreDistinctVoicesNamedByTheirIntroductions() {
        SpeakerResolver.Resolution r = resolver.resolve(List.of(), List.of(
                turn(0, "Speaker 7", "Thank you.  My name is Aroha Tipene, I'm a teacher in Rotorua."),
                turn(1, "Speaker 8", "Hello, can you hear us?  Good.  I'm Esther Namukasa, a developer in Kampala."),
                turn(2, "Speaker 9", "Can I make a comment from the floor?"),
                turn(3, "Speaker 7", "A short follow-up on my question.")));

        // a voice that never says who it is is an unnamed participant, as under a room's label
        assertThat(speakers(r)).containsExactly("Aroha Tipene", "Esther Namukasa", "Unnamed participant 1",
                "Aroha Tipene");
        assertThat(r.people()).extracting(Person::name).doesNotContain("Speaker 7", "Speaker 8", "Speaker 9");
    }

    /** A voice that never says its name is the one the chair handed the floor to by name, taken as a guess. */
    @Test
    void aVoiceThatGivesNoNameIsTheOneHandedTheFloorByName() {
        SpeakerResolver.Resolution r = resolver.resolve(List.of(CASTEX), List.of(
                turn(0, "LUCIEN CASTEX", "Yes, a question by voice from Fatima Zahra Benali, who is online. Fatima, "
                        + "please unmute."),
                turn(1, "Speaker 10", "Thank you. My question is for Rayna: is there a plan?"),
                turn(2, "LUCIEN CASTEX", "A last one from Kofi Mensah, in the room."),
                // the negative case: a full name the chair does not hand the floor to by its given name
                turn(3, "Speaker 11", "Thank you, a short comment on labels.")));

        assertThat(speakers(r)).containsExactly("Lucien M. Castex", "Fatima Zahra Benali", "Lucien M. Castex",
                "Unnamed participant 1");
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("The speaker label \"Speaker 10\" was taken to be "
                + "Fatima Zahra Benali, to whom the turn before handed the floor"));
    }

    /** A room's microphone passes from hand to hand: a voice introducing itself there is a new one. */
    @Test
    void aRoomLabelChangesVoiceWhenAnotherIntroducesItself() {
        SpeakerResolver.Resolution r = resolver.resolve(List.of(), List.of(
                turn(0, "Conference Room 4", "My name is Fatou Ndiaye, I work for the data protection authority."),
                turn(1, "Conference Room 4", "And a follow-up on certification, if I may."),
                turn(2, "Conference Room 4", "Hi, I'm a student from Brazil.  Will this push children to VPNs?"),
                turn(3, "Conference Room 4", "Sorry, one more: who pays for the audits?"),
                turn(4, "Conference Room 4", "Hello again, Fatou Ndiaye here.  My name is Fatou Ndiaye.")));

        // the negative case: a turn with no introduction stays with the voice before it
        assertThat(speakers(r)).containsExactly("Fatou Ndiaye", "Fatou Ndiaye", "Unnamed participant 1",
                "Unnamed participant 1", "Fatou Ndiaye");
        assertThat(r.warnings()).anyMatch(w -> w.contains("Unnamed participant 1"));
    }

    /**
     * A stand-in the captioner labelled from the programme ("I'm Nadia Karim, and I'm standing in for my colleague
     * Omar Haddad") speaks for herself in all the label's turns; a listed speaker giving their own given name stays
     * themselves.
     */
    @Test
    void aStandInUnderAListedSpeakersLabelIsTheOneWhoIntroducedThemselves() {
        SpeakerResolver.Resolution r = resolver.resolve(List.of(listed("Omar Haddad", Role.SPEAKER),
                listed("Łukasz Wróblewski", Role.SPEAKER)), List.of(
                turn(0, "OMAR HADDAD", "Thank you. I'm Nadia Karim, and I'm standing in for my colleague Omar "
                        + "Haddad, who could not travel."),
                turn(1, "LUKASZ WROBLEWSKI", "Hello, I'm Łukasz, I work on network measurement."),
                turn(2, "OMAR HADDAD", "Yes, quickly, on remedies.")));

        assertThat(speakers(r)).containsExactly("Nadia Karim", "Łukasz Wróblewski", "Nadia Karim");
        assertThat(r.people()).filteredOn(p -> p.name().equals("Nadia Karim")).singleElement().satisfies(p -> {
            assertThat(p.aliases()).containsExactly("OMAR HADDAD");
            assertThat(p.roles()).containsExactly(Role.SPEAKER);
        });
        assertThat(r.warnings()).anyMatch(w -> w.contains("\"OMAR HADDAD\" are taken to be Nadia Karim's")
                && w.contains("not Omar Haddad's"));
        // said once: Omar Haddad is neither stood in for a second time nor heard nowhere
        assertThat(r.warnings()).noneMatch(w -> w.contains("did not speak") || w.contains("heard nowhere"));
    }

    @Test
    void anAmbiguousMisspellingStaysUnresolvedWithAWarningNamingTheCandidates() {
        SpeakerResolver.Resolution r = resolve(List.of(listed("Amara Diallo", Role.SPEAKER),
                listed("Amina Diallo", Role.SPEAKER), listed("Lucien M. Castex", Role.MODERATOR)),
                "AMARA DIALO", "AMANA DIALLO", "LUCIEN CASTEXT");

        assertThat(speakers(r)).containsExactly("Amara Diallo", "Amana Diallo", "Lucien M. Castex");
        assertThat(r.people().get(0).aliases()).containsExactly("AMARA DIALO");
        assertThat(r.warnings()).filteredOn(w -> w.contains("could be any of")).singleElement().asString()
                .contains("\"AMANA DIALLO\"").contains("Amara Diallo").contains("Amina Diallo");
        // a misspelling taken for a listed name is a guess, and said so
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("The speaker label \"AMARA DIALO\" was taken to be "
                + "Amara Diallo")).anyMatch(w -> w.contains("\"LUCIEN CASTEXT\" was taken to be Lucien M. Castex"));
    }

    @Test
    void aRoleNobodyIsListedInIsNamedByItsSelfIntroduction() {
        List<Turn> turns = List.of(
                turn(0, "MODERATOR", "Welcome.  I am Nomvula Dlamini, and I will moderate."),
                turn(1, "MODERATOR", "Thank you all."));

        assertThat(speakers(resolver.resolve(List.of(), turns))).containsExactly("Nomvula Dlamini", "Nomvula Dlamini");
    }

    @Test
    void unresolvedLabelsBecomeParticipantsNamedAsWrittenNeverInvented() {
        SpeakerResolver.Resolution r = resolve(List.of(CASTEX), "AUDIENCE MEMBER", "MR. CHRIS D'ENTREMONT",
                "Chris d'Entremont", "THE ACTING CHAIR", "Samih Souissi", "MR. GREG MCLEAN", "DR DAVID BLANEY",
                "PROFESSOR JEAN WHITE", "ONLINE MODERATOR");

        assertThat(speakers(r)).containsExactly("Unnamed participant 1", "Chris D'Entremont", "Chris D'Entremont",
                "Acting Chair", "Samih Souissi", "Greg McLean", "David Blaney", "Jean White", "Online Moderator");
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Speakers not listed on the session page are named as "
                + "the transcript labels them: Chris D'Entremont (\"MR. CHRIS D'ENTREMONT\", transcript.txt line 2); "
                + "Acting Chair"));
        assertThat(r.people()).allSatisfy(p -> assertThat(p.name()).isNotBlank());
        assertThat(r.people().get(2).aliases()).containsExactly("MR. CHRIS D'ENTREMONT", "Chris d'Entremont");
        assertThat(r.people().subList(1, r.people().size()))
                .allSatisfy(p -> assertThat(p.roles()).containsExactly(Role.PARTICIPANT));
    }

    @Test
    void keepsEveryTurnAndListedPeopleWhoWereNotHeard() {
        SpeakerResolver.Resolution r = resolve(List.of(CASTEX, SOUISSI), "LUCIEN CASTEX", "LUCIEN CASTEX");

        assertThat(r.turns()).extracting(Turn::index).containsExactly(0, 1);
        assertThat(r.people()).extracting(Person::name).containsExactly("Lucien M. Castex", "Samih Souissi");
        assertThat(r.people().get(1).aliases()).isEmpty();
    }

    @Test
    void chairLabelsGoToWhoTheTranscriptSaysChairsWithAWarningCitingIt() {
        Person witness = listed("Julie Morgan", Role.SPEAKER);
        List<Turn> turns = List.of(
                turn(0, "THE CHAIR", "Good morning.  I'm Lynne Neagle, chair of this committee, and welcome."),
                turn(1, "JULIE MORGAN", "Thank you, Chair."),
                turn(2, "MADAM CHAIR", "Thank you.  Sian, your question."),
                turn(3, "THE PRESIDING MEMBER", "We move on."),
                turn(4, "ACTING CHAIR", "I will take over for this item."));
        SpeakerResolver.Resolution r = resolver.resolve(List.of(witness), turns);

        assertThat(speakers(r)).containsExactly("Lynne Neagle", "Julie Morgan", "Lynne Neagle", "Lynne Neagle",
                "Lynne Neagle");
        Person chair = r.people().stream().filter(p -> p.name().equals("Lynne Neagle")).findFirst().orElseThrow();
        assertThat(chair.roles()).containsExactly(Role.MODERATOR);
        assertThat(chair.aliases()).containsExactly("THE CHAIR", "MADAM CHAIR", "THE PRESIDING MEMBER", "ACTING CHAIR");
        assertThat(r.warnings()).anyMatch(w -> w.contains("\"THE CHAIR\" was taken to be Lynne Neagle")
                && w.contains("I'm Lynne Neagle, chair of this committee") && w.contains("transcript.txt, line 1"));
    }

    @Test
    void theChairNamedByAnotherAndMrSpeakerResolveToThem() {
        List<Turn> turns = List.of(
                turn(0, "CLERK", "The committee will come to order under the chair, Mr Anthony Rota."),
                turn(1, "MR. SPEAKER", "Thank you.  We begin with petitions."));
        SpeakerResolver.Resolution r = resolver.resolve(List.of(), turns);

        assertThat(speakers(r)).containsExactly("Clerk", "Anthony Rota");
        assertThat(r.people().get(1).roles()).containsExactly(Role.MODERATOR);
    }

    @Test
    void aChairNobodyNamesStaysAsWrittenWithAWarningAndTheSpeakersIIsNoName() {
        List<Turn> turns = List.of(
                turn(0, "MEMBER", "I thank the chair, I think this is important."),
                turn(1, "THE ACTING CHAIR", "Thank you."));
        SpeakerResolver.Resolution r = resolver.resolve(List.of(CASTEX), turns);

        // the listed moderator is the one an acting chair stands in for: never taken for them; "MEMBER" names no one
        assertThat(speakers(r)).containsExactly("Unnamed participant 1", "Acting Chair");
        assertThat(r.warnings()).anyMatch(w -> w.contains("\"THE ACTING CHAIR\" could not be matched"));
    }

    /**
     * A member's surname label takes the one full name the transcript gives with a title ("Hon. Joseph Mulenga"),
     * warned; two given names with that surname leave it as labelled. A generic member's label takes the name the
     * voice gives for the record; one capitalised word after "for the record" is no name.
     */
    @Test
    void membersTakeTheFullNameTheTranscriptGivesOrGiveForTheRecord() {
        List<Turn> turns = List.of(
                turn(0, "THE CHAIR", "The first is Hon. Joseph Mulenga, then Mr. Peter Banda and Ms. Rose Banda."),
                turn(1, "HON. MULENGA", "Thank you, Madam Chair.  My question is on cost."),
                turn(2, "HON. BANDA", "Thank you.  Mine is on consent."),
                turn(3, "MEMBER", "Thank you, Chair.  For the record, Hon. Bwalya Daka, member for Chipata Central."),
                turn(4, "MEMBER", "For the record, Kenya, like us, has no such law."));
        SpeakerResolver.Resolution r = resolver.resolve(List.of(), turns);

        assertThat(speakers(r)).containsExactly("Chair", "Joseph Mulenga", "Banda", "Bwalya Daka",
                "Unnamed participant 1");
        assertThat(r.warnings()).anyMatch(w -> w.contains("\"HON. MULENGA\" was taken to be Joseph Mulenga"))
                .noneMatch(w -> w.contains("\"HON. BANDA\" was taken"));
    }

    /**
     * The chair who says who she is and then asks a member to take the chair for a while: the acting chair's label is
     * that member, not the chair; a request naming two people, or none heard, leaves the chair statement to decide.
     */
    @Test
    void theActingChairIsTheMemberAskedToTakeTheChairNotTheChairWhoAsked() {
        List<Turn> turns = List.of(
                turn(0, "THE CHAIR", "Good morning.  I am Mwila Banda, and I chair this committee."),
                turn(1, "HON. SAKALA", "Thank you, Madam Chair.  My question is on consent."),
                turn(2, "THE CHAIR", "I have to step out.  Hon. Sakala, would you take the chair for a few minutes?"),
                turn(3, "HON. SAKALA", "Yes, Madam Chair."),
                turn(4, "ACTING CHAIR", "We continue with the list."),
                turn(5, "THE CHAIR", "Thank you for holding the chair."));
        SpeakerResolver.Resolution r = resolver.resolve(List.of(), turns);

        assertThat(speakers(r)).containsExactly("Mwila Banda", "Sakala", "Mwila Banda", "Sakala", "Sakala",
                "Mwila Banda");
        assertThat(r.warnings()).anyMatch(w -> w.contains("\"ACTING CHAIR\" was taken to be Sakala")
                && w.contains("would you take the chair") && w.contains("line 3"));

        List<Turn> two = List.of(turns.get(0), turns.get(1), turn(2, "HON. DAKA", "Thank you."),
                turn(3, "THE CHAIR", "Hon. Sakala or Hon. Daka, would one of you take the chair?"),
                turn(4, "ACTING CHAIR", "We continue with the list."));
        assertThat(speakers(resolver.resolve(List.of(), two))).containsExactly("Mwila Banda", "Sakala", "Daka",
                "Mwila Banda", "Mwila Banda");
    }

    /**
     * The acting chair is whoever the latest request before its turn named: the chair asks Sakala, then thinks
     * better of it and asks Daka.
     */
    @Test
    void theActingChairIsTheLatestRequestBeforeItsTurn() {
        List<Turn> turns = List.of(
                turn(0, "THE CHAIR", "Good morning.  I am Mwila Banda, and I chair this committee."),
                turn(1, "HON. SAKALA", "Thank you, Madam Chair.  My question is on consent."),
                turn(2, "HON. DAKA", "And mine on storage."),
                turn(3, "THE CHAIR", "I have to step out.  Hon. Sakala, would you take the chair?"),
                turn(4, "HON. SAKALA", "I have a question of my own to ask, Madam Chair."),
                turn(5, "THE CHAIR", "Of course.  Then Hon. Daka, please take the chair."),
                turn(6, "ACTING CHAIR", "We continue with the list."));
        SpeakerResolver.Resolution r = resolver.resolve(List.of(), turns);

        assertThat(speakers(r)).containsExactly("Mwila Banda", "Sakala", "Daka", "Mwila Banda", "Sakala",
                "Mwila Banda", "Daka");
        assertThat(r.warnings()).anyMatch(w -> w.contains("\"ACTING CHAIR\" was taken to be Daka")
                && w.contains("line 6"));
    }

    /**
     * A hearing's acting chair is the member who, under their own label between the acting chair's turns, calls the
     * next speaker ("We'll move on now to Mr. Johns"), warned about; a member who calls on nobody, or who speaks
     * while the chair (not the acting one) presides, is no chair.
     */
    @Test
    void theActingChairIsWhoCallsTheNextSpeakerUnderTheirOwnNameBetweenItsTurns() {
        List<Turn> turns = List.of(
                turn(0, "THE CHAIR", "We will now take a short break."),
                turn(1, "THE ACTING CHAIR", "We will now carry on with Mr. Baker. Mr. Baker, go ahead."),
                turn(2, "MR. YVAN BAKER", "Thank you. My question is on the wage subsidy."),
                turn(3, "THE ACTING CHAIR", "We'll now go to Mr. Drouin."),
                turn(4, "MR. FRANCIS DROUIN", "Thank you. We'll move on to the next point in my question."),
                turn(5, "MR. BRUCE STANTON", "I think you finished, Mr. Drouin. We'll move on now to Mr. Johns."),
                turn(6, "THE ACTING CHAIR", "The honourable minister."));
        SpeakerResolver.Resolution r = resolver.resolve(List.of(), turns);

        assertThat(speakers(r)).containsExactly("Chair", "Bruce Stanton", "Yvan Baker", "Bruce Stanton",
                "Francis Drouin", "Bruce Stanton", "Bruce Stanton");
        assertThat(r.warnings()).anyMatch(w -> w.contains("\"THE ACTING CHAIR\" was taken to be Bruce Stanton")
                && w.contains("We'll move on now to Mr. Johns"));
    }

    @Test
    void aChairLabelResolvedToTheListedModeratorIsWarnedAbout() {
        SpeakerResolver.Resolution r = resolve(List.of(CASTEX), "CHAIR", "CHAIR");

        assertThat(speakers(r)).containsExactly("Lucien M. Castex", "Lucien M. Castex");
        assertThat(r.warnings()).singleElement().asString()
                .contains("\"CHAIR\" was taken to be Lucien M. Castex, the moderator the session page lists");
    }

    @Test
    void garbledAndMisspeltLabelsResolveToTheListedNameWithAWarning() {
        Person perez = listed("José Pérez", Role.SPEAKER);
        Person joly = listed("Mélanie Joly", Role.SPEAKER);
        String garbled = new String("JOSÉ PÉREZ".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252"));
        SpeakerResolver.Resolution r = resolve(List.of(perez, joly), garbled, "MLANIE JOLY");

        assertThat(speakers(r)).containsExactly("José Pérez", "Mélanie Joly");
        assertThat(r.people().get(0).aliases()).containsExactly(garbled);
        assertThat(r.warnings()).anyMatch(w -> w.contains("has garbled letters; read as \"JOSÉ PÉREZ\", it is José Pérez"))
                .anyMatch(w -> w.contains("\"MLANIE JOLY\" was taken to be Mélanie Joly")
                        && w.contains("transcript.txt, line 2"));
    }

    @Test
    void aGarbledLabelNamingNobodyListedIsNotRepairedIntoSomeone() {
        String garbled = new String("RENÉ DUPONT".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252"));
        SpeakerResolver.Resolution r = resolve(List.of(listed("Mélanie Joly", Role.SPEAKER)), garbled);

        assertThat(speakers(r)).doesNotContain("Mélanie Joly");
        assertThat(r.warnings()).noneMatch(w -> w.contains("garbled"));
    }

    private SpeakerResolver.Resolution resolve(List<Person> listed, String... labels) {
        List<Turn> turns = new ArrayList<>();
        for (String label : labels) {
            turns.add(turn(turns.size(), label, "Thank you."));
        }
        return resolver.resolve(listed, turns);
    }

    /**
     * A label with a listed surname and a short form of the listed given name ("Bob Lindqvist", "BOB") is that
     * person, when only one listed person fits; a short form of nobody's given name, or one two people share,
     * stays as written.
     */
    @Test
    void aShortFormOfTheListedGivenNameIsThatPerson() {
        Person robert = listed("Robert Lindqvist", Role.SPEAKER);
        Person william = listed("William Osei", Role.SPEAKER);
        Person willa = listed("William Mensah", Role.SPEAKER);
        SpeakerResolver.Resolution r = resolve(List.of(robert, william, willa), "Bob Lindqvist", "BOB",
                "Bill Osei", "Bill", "Kojo Lindqvist");
        assertThat(speakers(r)).containsExactly("Robert Lindqvist", "Robert Lindqvist", "William Osei", "Bill",
                "Kojo Lindqvist");
        assertThat(r.people()).filteredOn(p -> p.name().equals("Robert Lindqvist")).singleElement()
                .satisfies(p -> assertThat(p.aliases()).contains("Bob Lindqvist", "BOB"));
    }

    /**
     * A given name two listed people share ("MARIA") is the one the turn before names in full ("My question is for
     * Maria Schultz."), for that turn only; where the turn before names neither, it stays as written, warned.
     */
    @Test
    void anAmbiguousLabelIsThePersonTheTurnBeforeNamesInFull() {
        Person rojas = listed("María Fernanda Rojas", Role.SPEAKER);
        Person schultz = listed("Maria Schultz", Role.SPEAKER);
        SpeakerResolver.Resolution r = resolver.resolve(List.of(rojas, schultz), List.of(
                turn(0, "AUDIENCE", "My name is Henrik Aalto. My question is for Maria Schultz. Is it the price?"),
                turn(1, "MARIA", "It is not the price."),
                turn(2, "AUDIENCE", "Thank you. Who pays?"),
                turn(3, "MARIA", "The importer pays.")));
        assertThat(speakers(r)).containsExactly("Henrik Aalto", "Maria Schultz", "Unnamed participant 1", "Maria");
        assertThat(r.warnings()).anyMatch(w -> w.contains("\"MARIA\"") && w.contains("taken to be theirs"))
                .anyMatch(w -> w.contains("\"MARIA\"") && w.contains("left as written"));
    }

    /**
     * An interpreter's turn right after a listed speaker's own words in another language voices that speaker, and so
     * do its later turns that name nobody; after words in English it is nobody's.
     */
    @Test
    void anInterpretersTurnAfterAListedSpeakersOwnWordsInAnotherLanguageIsTheirs() {
        Person chair = listed("Hanna Virtanen", Role.MODERATOR);
        Person minister = listed("Cheikh Ahmadou Diop", Role.SPEAKER);
        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, minister), List.of(
                turn(0, "Cheikh Ahmadou Diop", "Merci, Madame la modératrice. Excellences, mesdames et messieurs."),
                turn(1, "Interpreter (English)", "Thank you, Madam Moderator. The mobile network covers 85 percent."),
                turn(2, "Hanna Virtanen", "Merci beaucoup. What is your answer on the levy?"),
                turn(3, "Interpreter (English)", "We are not asking for a tax on the users.")));
        assertThat(speakers(r)).containsExactly("Cheikh Ahmadou Diop", "Cheikh Ahmadou Diop", "Hanna Virtanen",
                "Cheikh Ahmadou Diop");

        SpeakerResolver.Resolution english = resolver.resolve(List.of(chair, minister), List.of(
                turn(0, "Cheikh Ahmadou Diop", "Thank you, Madam Moderator, and good morning to all of you."),
                turn(1, "Interpreter (English)", "The mobile network covers 85 percent of the territory.")));
        assertThat(speakers(english).get(1)).isNotEqualTo("Cheikh Ahmadou Diop");
    }

    /**
     * A voice naming itself after long housekeeping, its name crossing the reach where introductions are looked for,
     * takes its whole name, never the part before the reach ("Lukas Brun").
     */
    @Test
    void aNameCrossingTheIntroductionsReachIsTakenWhole() {
        String housekeeping = "Good morning again, and thank you for your patience, we lost a few minutes with the "
                + "booth. A few housekeeping points: the receivers are on the table by the door, channel one is "
                + "English. Please always use the microphone, also for questions, and speak slowly for the "
                + "interpreters. ";
        SpeakerResolver.Resolution r = resolver.resolve(List.of(), List.of(turn(0, "Speaker 1", housekeeping
                + "My name is Lukas Brunner, I'm with the Secretariat and I'm the host in this room today.")));
        assertThat(speakers(r)).containsExactly("Lukas Brunner");
    }

    /**
     * A diariser's "Speaker 3" that two voices share: the second gives its name after thanks, as the chair asked
     * ("Yes, thank you, Mateo Fernández. I'm from the private sector, …"), and is that person, not the first voice,
     * from the turn where it asked for the floor ("I'm from the floor."); thanking the chair by her full name names no
     * one.
     */
    @Test
    void aFullNameAfterThanksThenTheVoicesOwnWordsNamesTheVoice() {
        Person chair = listed("Camila Rojas", Role.MODERATOR);
        Person priya = listed("Priya Natarajan", Role.SPEAKER);
        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, priya), List.of(
                turn(0, "Camila Rojas", "I saw a hand there. Please say who you are."),
                turn(1, "Speaker 3", "Hi, thank you. I'm Valeria Gómez, I work with a women's organisation in "
                        + "Rosario."),
                turn(2, "Camila Rojas", "Thank you Valeria. Priya, in the commercial world, who are the technicians?"),
                turn(3, "Priya Natarajan", "Mostly men, I won't pretend otherwise. Of our field installers in Latin "
                        + "America about one in ten are women, and we now require the partner cooperatives to send at "
                        + "least one woman to our installer training."),
                turn(4, "Speaker 3", "If I may, can I come in on the funds? I'm from the floor."),
                turn(5, "Camila Rojas", "Yes, go ahead, quickly please, and say your name for the interpreters."),
                turn(6, "Speaker 3", "Yes, thank you, Mateo Fernández. I'm from the private sector, a small telecom "
                        + "operator in Bolivia.")));
        assertThat(speakers(r)).containsExactly("Camila Rojas", "Valeria Gómez", "Camila Rojas", "Priya Natarajan",
                "Mateo Fernández", "Camila Rojas", "Mateo Fernández");

        SpeakerResolver.Resolution thanked = resolver.resolve(List.of(chair), List.of(
                turn(0, "Camila Rojas", "Yes, please, the microphone is coming."),
                turn(1, "Speaker 3", "Thank you, Camila Rojas. I'm from the private sector, a small operator.")));
        assertThat(speakers(thanked).get(1)).isNotEqualTo("Camila Rojas");
    }

    /**
     * A diariser's label holding the interpreter's voice ("Speaker 4") with its turns marked as interpretation
     * ("INTERPRETER: …") voices the listed speaker whose own words in another language come right before, and goes
     * on voicing them in its next marked turn, and after their interpreted turn ("(through interpretation) …"); a
     * captioner's "(Speaking French)" says the words are in another language, whatever they hold ("à" is no English
     * "a"). Unmarked, the same label after the same words is a voice of its own.
     */
    @Test
    void turnsMarkedAsAnInterpretersWordsUnderADiarisersLabelAreTheDelegates() {
        Person chair = listed("Camila Rojas", Role.MODERATOR);
        Person regulator = listed("Awa Ndiaye", Role.SPEAKER);
        Person builder = listed("Hernán Quispe", Role.SPEAKER);
        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, regulator, builder), List.of(
                turn(0, "Awa Ndiaye", "(Speaking French) Merci, Madame la modératrice. Bonjour à toutes et à tous."),
                turn(1, "Speaker 4", "INTERPRETER: Thank you very much, Madam Moderator. We opened a rural licence."),
                turn(2, "Speaker 4", "INTERPRETER: What we learned is that the licence alone is not enough."),
                turn(3, "Camila Rojas", "Thank you. Hernán, you have the floor."),
                turn(4, "Hernán Quispe", "(Speaking Spanish) Una sola cosa. (through interpretation) Only one thing: "
                        + "a licence in three months."),
                turn(5, "Speaker 4", "INTERPRETER: The interpreter apologises, the speaker said: in Quechua.")));
        assertThat(speakers(r)).containsExactly("Awa Ndiaye", "Awa Ndiaye", "Awa Ndiaye", "Camila Rojas",
                "Hernán Quispe", "Hernán Quispe");
        assertThat(r.warnings()).anyMatch(w -> w.contains("interpreter's words") && w.contains("Awa Ndiaye (2 turns)")
                && w.contains("Hernán Quispe (1 turn)"));

        SpeakerResolver.Resolution unmarked = resolver.resolve(List.of(chair, regulator), List.of(
                turn(0, "Awa Ndiaye", "(Speaking French) Merci beaucoup, Madame la modératrice."),
                turn(1, "Speaker 4", "Thank you very much. We opened a rural licence.")));
        assertThat(speakers(unmarked).get(1)).isNotEqualTo("Awa Ndiaye");
    }

    /**
     * A short form of the listed given name with the surname misspelt ("EMEKA NWACHUKU" for Chukwuemeka Nwachukwu)
     * is that person too; the short form with another surname is somebody else.
     */
    @Test
    void aShortFormOfTheGivenNameWithAMisspeltSurnameIsThatPerson() {
        Person emeka = listed("Chukwuemeka Nwachukwu", Role.SPEAKER);
        SpeakerResolver.Resolution r = resolve(List.of(emeka), "EMEKA NWACHUKWU", "EMEKA NWACHUKU", "EMEKA OKONKWO");
        assertThat(speakers(r)).containsExactly("Chukwuemeka Nwachukwu", "Chukwuemeka Nwachukwu", "Emeka Okonkwo");
        assertThat(r.warnings()).anyMatch(w -> w.contains("EMEKA NWACHUKU"));
    }

    /**
     * Words under a bare marker while only the moderators have spoken, checking the link with the listed online
     * moderator by name, are the listed moderator's, warned; the same words once a panellist has spoken, or opening
     * words naming nobody, stay an unnamed voice.
     */
    @Test
    void aBareTurnSpeakingToTheOnlineModeratorAsTheSessionOpensIsTheModerators() {
        Person ngozi = listed("Ngozi Okafor", Role.MODERATOR);
        Person tomas = listed("Tomás Herrera", Role.ONLINE_MODERATOR);
        Person priya = listed("Priyanka Deshmukh", Role.SPEAKER);
        SpeakerResolver.Resolution r = resolver.resolve(List.of(ngozi, tomas, priya), List.of(
                turn(0, "NGOZI OKAFOR", "Good morning. We will give it one more minute."),
                turn(1, "", "Is the online working? Tomás, can you hear us?"),
                turn(2, "TOMAS HERRERA", "Yes, we hear you well."),
                turn(3, "PRIYANKA DESHMUKH", "Thank you for squeezing me in early."),
                turn(4, "", "Tomás, can you hear us?")));
        assertThat(speakers(r)).containsExactly("Ngozi Okafor", "Ngozi Okafor", "Tomás Herrera",
                "Priyanka Deshmukh", "Unnamed participant 1");
        assertThat(r.warnings()).anyMatch(w -> w.contains("Opening words") && w.contains("Ngozi Okafor"));

        SpeakerResolver.Resolution nobody = resolver.resolve(List.of(ngozi, tomas), List.of(
                turn(0, "", "Is the online working?"),
                turn(1, "NGOZI OKAFOR", "Good morning and welcome.")));
        assertThat(speakers(nobody)).containsExactly("Unnamed participant 1", "Ngozi Okafor");
    }

    /**
     * A meeting tool's account name holding a listed person's initial and surname ("j.mbeki.office" for the listed
     * "Adv. Julius Mbeki") is that person, warned; one holding no listed name stays as written.
     */
    @Test
    void anAccountNameHoldingAListedNameIsThatPerson() {
        Person julius = listed("Adv. Julius Mbeki", Role.SPEAKER);
        SpeakerResolver.Resolution r = resolve(List.of(julius), "j.mbeki.office", "k.osei.office");
        assertThat(speakers(r)).containsExactly("Adv. Julius Mbeki", "k.osei.office");
        assertThat(r.warnings()).anyMatch(w -> w.contains("\"j.mbeki.office\" was taken to be Adv. Julius Mbeki"));
    }

    /**
     * A microphone's or a hall's label ("Hall B Floor Mic") takes the name its voice gives, as a device's does;
     * an interpreter's turn that names nobody is the one person that label voiced from the same language before,
     * with a warning; from another language, or after voicing two people, it is nobody's.
     */
    @Test
    void aMicrophoneTakesItsVoicesNameAndAnInterpreterTheOnePersonItVoicedBefore() {
        Person chair = listed("Adjoa Boateng", Role.MODERATOR);
        Person maria = listed("María Fernanda Quesada Mora", Role.SPEAKER);
        Person ana = listed("Ana Costa", Role.SPEAKER);
        List<Turn> turns = List.of(
                turn(0, "Boateng, Adjoa", "Now María Fernanda, who will speak in Spanish."),
                turn(1, "Interpreter (English)", "[Interpretation from Spanish] Thank you. I am María Fernanda "
                        + "Quesada, and I direct the data protection agency."),
                turn(2, "Boateng, Adjoa", "Thank you. Madam, in the second row?"),
                turn(3, "Hall B Floor Mic", "Good afternoon. My name is Rashida Alhassan, I work for a disability "
                        + "rights organisation."),
                turn(4, "Boateng, Adjoa", "Thank you. A closing word from each of you."),
                turn(5, "Interpreter (English)", "[Interpretation from Spanish] Authorities should share their "
                        + "access logs."),
                turn(6, "Interpreter (English)", "[Interpretation from Portuguese] We agree with that."),
                turn(7, "Hall B Floor Mic", "And one more point on fingerprints."));

        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, maria, ana), turns);

        assertThat(speakers(r)).containsExactly("Adjoa Boateng", "María Fernanda Quesada Mora", "Adjoa Boateng",
                "Rashida Alhassan", "Adjoa Boateng", "María Fernanda Quesada Mora", "Unnamed participant 1",
                "Rashida Alhassan");
        assertThat(r.warnings()).anyMatch(w -> w.contains("\"Interpreter (English)\" (transcript.txt, line 6)")
                && w.contains("María Fernanda Quesada Mora"));

        // an interpreter heard voicing two people from one language names neither for a turn that names nobody
        SpeakerResolver.Resolution two = resolver.resolve(List.of(chair, maria, ana), List.of(
                turn(0, "Interpreter", "[Interpretation from Spanish] I am María Fernanda Quesada."),
                turn(1, "Interpreter", "[Interpretation from Spanish] I am Ana Costa, from Lisbon."),
                turn(2, "Interpreter", "[Interpretation from Spanish] We agree.")));
        assertThat(speakers(two)).containsExactly("María Fernanda Quesada Mora", "Ana Costa", "Unnamed participant 1");
    }

    /**
     * An interpreter's account named with its language and the interpreter's name ("Interpreter FR (Marc)") voices
     * the delegate who introduces herself through it, and its later turns that name nobody are hers; such an
     * account heard voicing nobody known is an unnamed participant, never the interpreter.
     */
    @Test
    void anInterpretersAccountNamedWithItsLanguageVoicesTheDelegateNotTheInterpreter() {
        Person chair = listed("Nadia Berrada", Role.MODERATOR);
        Person awa = listed("Awa Ndiaye Sarr", Role.SPEAKER);
        List<Turn> turns = List.of(
                turn(0, "Nadia Berrada (she/her)", "Madame Sarr, you will speak in French."),
                turn(1, "Interpreter FR (Marc)", "[speaking through interpretation] Thank you, Madam Chair. I am Awa "
                        + "Ndiaye Sarr, director of digital services at the ministry."),
                turn(2, "Nadia Berrada (she/her)", "Thank you. Now the floor."),
                turn(3, "Interpreter FR (Marc)", "[speaking through interpretation] The ministry chooses the "
                        + "auditor."));

        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, awa), turns);

        assertThat(speakers(r)).containsExactly("Nadia Berrada", "Awa Ndiaye Sarr", "Nadia Berrada",
                "Awa Ndiaye Sarr");
        assertThat(r.people()).extracting(Person::name).doesNotContain("Interpreter Fr");

        SpeakerResolver.Resolution nobody = resolver.resolve(List.of(chair, awa), List.of(
                turn(0, "Interpreter EN-ES (Lucía)", "[interpreted from Spanish] We agree with that.")));
        assertThat(speakers(nobody)).containsExactly("Unnamed participant 1");
    }

    /**
     * A double-barrelled surname is one word to misspell: "Olumide Adeyemi-Cole" is the listed "Olumide
     * Adeyemi-Kole", warned about; a surname that differs by more ("Adeyemi-Bello") stays as written.
     */
    @Test
    void aHyphenatedSurnameMisspeltInOnePartIsTheListedPerson() {
        Person olumide = listed("Olumide Adeyemi-Kole", Role.SPEAKER);

        SpeakerResolver.Resolution r = resolve(List.of(olumide), "Olumide Adeyemi-Cole");
        assertThat(speakers(r)).containsExactly("Olumide Adeyemi-Kole");
        assertThat(r.warnings()).anyMatch(w -> w.contains("\"Olumide Adeyemi-Cole\" was taken to be Olumide "
                + "Adeyemi-Kole"));

        assertThat(speakers(resolve(List.of(olumide), "Olumide Adeyemi-Bello")))
                .containsExactly("Olumide Adeyemi-Bello");
    }

    /**
     * A diariser's numbered label ("Speaker 3") whose voice gives no name is the listed person the chair has just
     * given the floor to by name, by the full name then the given name or by the given name alone, warned about; one
     * the chair gave no name to is an unnamed participant.
     */
    @Test
    void aDiarisedVoiceIsThePersonTheChairJustGaveTheFloorToByName() {
        Person chair = listed("Mele Fifita", Role.MODERATOR);
        Person anais = listed("Anaïs Laurent", Role.SPEAKER);
        Person viliami = listed("Viliami Taufa", Role.SPEAKER);
        List<Turn> turns = List.of(
                turn(0, "Speaker 1", "Good morning. My name is Mele Fifita and I chair the youth forum. Our next "
                        + "speaker is Anaïs Laurent, from the secretariat. Anaïs, what does the region do with "
                        + "this?"),
                turn(1, "Speaker 3", "Thank you, and congratulations to the young people who did this."),
                turn(2, "Speaker 1", "Great, thank you. And last, the operators. Viliami."),
                turn(3, "Speaker 5", "Thanks. So I look after the mobile money side."),
                turn(4, "Speaker 1", "Okay, questions. Yes, at the back."),
                turn(5, "Speaker 7", "Just a comment on the boats."),
                turn(6, "Speaker 3", "We will bring the survey to the ministers."));

        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, anais, viliami), turns);

        assertThat(speakers(r)).containsExactly("Mele Fifita", "Anaïs Laurent", "Mele Fifita", "Viliami Taufa",
                "Mele Fifita", "Unnamed participant 1", "Anaïs Laurent");
        assertThat(r.warnings()).anyMatch(w -> w.contains("given the floor to by name: Anaïs Laurent (1 turn), "
                + "Viliami Taufa (1 turn)"));
    }

    /**
     * A listed speaker who never spoke is stood in for by the unlisted voice that says it speaks on their behalf
     * ("on behalf of the Minister"): on the panel in their roles, warned about. "On behalf of the African Group"
     * stands in for no one, and a listed speaker nobody stands in for is warned about as heard nowhere.
     */
    @Test
    void aVoiceSpeakingOnBehalfOfASilentListedSpeakerStandsInForThem() {
        Person chair = listed("Adjoa Boateng", Role.MODERATOR);
        Person minister = listed("Hon. Abena Owusu-Ansah", Role.SPEAKER);
        Person robert = listed("Robert Lindqvist", Role.SPEAKER);
        List<Turn> turns = List.of(
                turn(0, "Adjoa Boateng", "Kojo, over to you."),
                turn(1, "Kojo Antwi", "Thank you. I'm Kojo Antwi, and I'm speaking on behalf of the Minister, who "
                        + "was called back to Accra. Inclusion comes first."),
                turn(2, "Adjoa Boateng", "Any questions from the floor?"),
                turn(3, "Awa Diop", "I'm Awa Diop, speaking on behalf of the African Group of negotiators. Who "
                        + "pays for enrolment?"),
                turn(4, "Bob Lindqvist", "The donors should fund enrolment."));

        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, minister, robert), turns);

        assertThat(r.people()).filteredOn(p -> p.name().equals("Kojo Antwi")).singleElement()
                .satisfies(p -> assertThat(p.roles()).containsExactly(Role.SPEAKER));
        assertThat(r.people()).filteredOn(p -> p.name().equals("Awa Diop")).singleElement()
                .satisfies(p -> assertThat(p.roles()).containsExactly(Role.PARTICIPANT));
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Hon. Abena Owusu-Ansah, listed as a speaker, did not "
                + "speak; Kojo Antwi said") && w.contains("on behalf of the Minister"));
        assertThat(r.warnings()).noneMatch(w -> w.contains("heard nowhere"));
        // named as labelled, but said once, as a stand-in; the other unlisted voice is said to be named as labelled
        assertThat(r.warnings()).filteredOn(w -> w.startsWith("Speakers not listed")).singleElement().asString()
                .contains("Awa Diop").doesNotContain("Kojo Antwi");

        // nobody says they stand in: the listed speaker who never spoke is warned about, and stays listed
        SpeakerResolver.Resolution alone = resolver.resolve(List.of(chair, minister, robert), turns.subList(0, 1));
        assertThat(alone.warnings()).contains("Listed as speakers on the session page but heard nowhere in the "
                + "transcript: Hon. Abena Owusu-Ansah, Robert Lindqvist. Check whether they took part.");
    }

    /** A transcript naming no voice at all (automatic captions) cannot tell whether a listed speaker was silent. */
    @Test
    void aTranscriptNamingNoVoiceSaysNotWhoWasSilent() {
        List<Person> listed = List.of(listed("Rahul Menon", Role.MODERATOR), listed("Wanjiru Kamau", Role.SPEAKER));
        SpeakerResolver.Resolution r = resolver.resolve(listed, List.of(turn(0, "", "okay i think we can start"),
                turn(1, "", "thank you rahul")));

        assertThat(r.warnings()).contains("Listed as speakers on the session page: Wanjiru Kamau. The transcript names"
                + " no voice, so whether and where they spoke cannot be told: check it.")
                .noneMatch(w -> w.contains("heard nowhere"));
    }

    /**
     * Two listed speakers silent: the stand-in's words pick whom, by the organisation the page gives ("on behalf of
     * the Director of the Data Office") or by the stakeholder group they name ("on behalf of the Minister": the one
     * in Government); words naming neither alone pick nobody, with a warning.
     */
    @Test
    void withTwoSilentListedSpeakersTheStandInsWordsPickWhomOrNobody() {
        Person chair = listed("Adjoa Boateng", Role.MODERATOR);
        Person minister = new Person("Hon. Abena Owusu-Ansah", List.of(Role.SPEAKER), null, "Government",
                "African Group", List.of());
        Person director = new Person("Lars Berg", List.of(Role.SPEAKER), "Nordic Data Office", "Technical Community",
                "Western European and Others Group (WEOG)", List.of());
        List<Turn> byGroup = List.of(
                turn(0, "Adjoa Boateng", "Kojo, over to you."),
                turn(1, "Kojo Antwi", "Thank you. I'm speaking on behalf of the Minister, who was called back to "
                        + "Accra. Inclusion comes first."));
        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, minister, director), byGroup);
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Hon. Abena Owusu-Ansah, listed as a speaker, did not "
                + "speak; Kojo Antwi said"));

        List<Turn> byOrganisation = List.of(
                turn(0, "Adjoa Boateng", "Over to you."),
                turn(1, "Sara Lund", "I'm here on behalf of our director at the Nordic Data Office. Hello."));
        r = resolver.resolve(List.of(chair, minister, director), byOrganisation);
        assertThat(r.people()).filteredOn(p -> p.name().equals("Sara Lund")).singleElement()
                .satisfies(p -> assertThat(p.roles()).containsExactly(Role.SPEAKER));
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Lars Berg, listed as a speaker, did not speak"));

        // the negative case: "my colleague" names neither; no one is guessed
        List<Turn> neither = List.of(
                turn(0, "Adjoa Boateng", "Over to you."),
                turn(1, "Sara Lund", "I'm speaking on behalf of my colleague, who could not come. Hello."));
        r = resolver.resolve(List.of(chair, minister, director), neither);
        assertThat(r.people()).filteredOn(p -> p.name().equals("Sara Lund")).singleElement()
                .satisfies(p -> assertThat(p.roles()).containsExactly(Role.PARTICIPANT));
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Sara Lund said \"I'm speaking on behalf of my "
                + "colleague, who could not come.\"") && w.contains("2 listed speakers did not speak"));
    }

    /**
     * A name said family name first ("ZHANG Wei") is the listed Wei Zhang; a display name with its organisation
     * after a bar is the listed person; a phone dialling in takes the name its voice gives and keeps it when the
     * chair speaks to that voice by name, though it then says where it works; a numbered room of the venue is a
     * device whose voices introduce themselves.
     */
    @Test
    void familyNameFirstOrganisationAfterABarAPhoneAndAVenuesRoom() {
        Person wei = listed("Wei Zhang", Role.SPEAKER);
        Person marek = listed("Marek Nowak", Role.SPEAKER);
        Person grace = listed("Grace Otieno", Role.SPEAKER);
        Person chair = listed("Ana Ruiz", Role.MODERATOR);
        List<Turn> turns = List.of(
                turn(0, "ZHANG Wei", "I am Zhang Wei, and I lead the web collection team in Beijing."),
                turn(1, "Marek Nowak | HostPol", "We host about 400,000 websites."),
                turn(2, "+254 *** *** 417", "Hello, can you hear me? This is Grace Otieno, I'm on the phone now."),
                turn(3, "Ana Ruiz", "We can hear you, Grace. Please go ahead."),
                turn(4, "+254 *** *** 417", "Thank you. I work with a digital rights organisation in Nairobi."),
                turn(5, "IGF Room 3", "Good afternoon. My name is Tomás Herrera, I'm a law student."),
                turn(6, "Ana Ruiz", "Another one from the room."),
                turn(7, "IGF Room 3", "Hi, Samira Haddad, from the national library. How do you fund it?"),
                turn(8, "Ana Ruiz", "Thank you. Anyone online?"),
                turn(9, "+254 *** *** 417", "I work for a telecom regulator, and I have a question."));

        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, wei, marek, grace), turns);

        // the negative case: the phone's voice that introduces itself with no name, after the chair turned to
        // others, is a new voice
        assertThat(speakers(r)).containsExactly("Wei Zhang", "Marek Nowak", "Grace Otieno", "Ana Ruiz",
                "Grace Otieno", "Tomás Herrera", "Ana Ruiz", "Samira Haddad", "Ana Ruiz", "Unnamed participant 1");
        assertThat(r.warnings()).noneMatch(w -> w.contains("heard nowhere"));
    }

    /**
     * Panellists in the room speak through its account: the one the chair names and then asks ("Chinedu, you work on
     * the standards. Is the standard the problem?"), and the one a question read out is said to be for ("She asks:
     * … Maybe for Chinedu."), speaks next; a name said with no question after it ("Chinedu, thank you for coming.
     * Now the poll.") hands the floor to nobody, and the room's voice heard before goes on.
     */
    @Test
    void aRoomsAccountIsWhomTheTurnBeforeNamedAndThenAsked() {
        Person chair = listed("Grace Mutua", Role.MODERATOR);
        Person online = listed("Daniel Ferreira", Role.ONLINE_MODERATOR);
        Person wanjiru = listed("Wanjiru Kamau", Role.SPEAKER);
        Person chinedu = listed("Chinedu Okeke", Role.SPEAKER);
        String room = "WS Room 4";
        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, online, wanjiru, chinedu), List.of(
                turn(0, "Grace Mutua", "Wanjiru, let me start with you. Is accessibility there from the start?"),
                turn(1, room, "Thank you, Grace. Honestly, it was added later."),
                turn(2, "Grace Mutua", "Chinedu, you work on the standards. Is the standard the problem?"),
                turn(3, room, "Thank you, Grace. It's the checking, mostly."),
                turn(4, "Daniel Ferreira", "A question from Priya. She asks: how does it survive updates? Maybe for"
                        + " Chinedu."),
                turn(5, room, "Continuous monitoring, not a one-time audit."),
                turn(6, "Grace Mutua", "Wanjiru?"),
                turn(7, room, "We test every release."),
                turn(8, "Grace Mutua", "Chinedu, thank you for coming. Now the poll."),
                turn(9, room, "And we publish the results.")));

        assertThat(speakers(r)).containsExactly("Grace Mutua", "Wanjiru Kamau", "Grace Mutua", "Chinedu Okeke",
                "Daniel Ferreira", "Chinedu Okeke", "Grace Mutua", "Wanjiru Kamau", "Grace Mutua", "Wanjiru Kamau");
    }

    private static List<String> speakers(SpeakerResolver.Resolution r) {
        return r.turns().stream().map(Turn::speaker).toList();
    }

    private static Turn turn(int index, String label, String text) {
        return new Turn(index, label, label, "transcript.txt", List.of(new Passage(index + 1, text)), null, null);
    }

    private static Person listed(String name, Role... roles) {
        return new Person(name, List.of(roles), null, null, null, List.of());
    }

    /**
     * A captioner's account ("Captioner - Priscilla", "CART") is no speaker: its words are left out, warned about, and
     * the hand-over around them still holds; a person whose name holds such a word ("Lisa Cartwright") speaks.
     */
    @Test
    void aCaptionersAccountIsNeverASpeaker() {
        Person chair = listed("Nadia Berrada", Role.MODERATOR);
        Person awa = listed("Awa Sarr", Role.SPEAKER);
        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, awa), List.of(
                turn(0, "Nadia Berrada", "Awa, over to you."),
                turn(1, "Captioner - Priscilla", "Captioner here, sorry, could speakers please slow down a little."),
                turn(2, "IGF Room 5", "Thank you. Our audit found forty apps."),
                turn(3, "CART", "thank you."),
                turn(4, "Lisa Cartwright", "I build the apps.")));

        assertThat(speakers(r)).containsExactly("Nadia Berrada", "Awa Sarr", "Lisa Cartwright");
        assertThat(r.turns()).extracting(Turn::index).containsExactly(0, 1, 2);
        assertThat(r.people()).extracting(Person::name).doesNotContain("Captioner", "Captioner - Priscilla", "CART");
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Left out as the captioner's words")
                && w.contains("\"Captioner - Priscilla\" (transcript.txt line 2") && w.contains("slow down"));
    }

    /**
     * A ministry's room account ("MICT Boardroom 2 (Windhoek)") is the speaker the chair has just given the floor by
     * the whole name the page lists, a title alone ("Permanent Secretary, Dr. Moses Kaanjuka, the floor is yours."),
     * and is warned about; a name the page does not list gives nobody.
     */
    @Test
    void aRoomAccountHandedTheFloorByTheWholeListedNameIsThatSpeaker() {
        Person chair = listed("Helena Shikongo", Role.MODERATOR);
        Person secretary = listed("Permanent Secretary", Role.SPEAKER);
        String boardroom = "MICT Boardroom 2 (Windhoek)";
        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, secretary), List.of(
                turn(0, "Helena Shikongo", "Welcome. Permanent Secretary, Dr. Moses Kaanjuka, the floor is yours."),
                turn(1, boardroom, "Thank you Helena. Good morning from Windhoek."),
                turn(2, "Helena Shikongo", "Thank you. Any questions?"),
                turn(3, boardroom, "We cannot tear up a signed contract.")));

        // the name the chair gave with the title is the speaker's, the title kept as an alias
        assertThat(speakers(r)).containsExactly("Helena Shikongo", "Moses Kaanjuka", "Helena Shikongo",
                "Moses Kaanjuka");
        assertThat(r.people()).filteredOn(p -> p.name().equals("Moses Kaanjuka")).singleElement().satisfies(p -> {
            assertThat(p.aliases()).contains("Permanent Secretary");
            assertThat(p.inferred()).contains("name");
        });
        assertThat(r.warnings()).anyMatch(w -> w.contains("Permanent Secretary (1 turn)"));
        assertThat(r.warnings()).noneMatch(w -> w.contains("heard nowhere"));

        // a name another listed person has is no title's apposition
        Person minister = listed("Chikondi Banda", Role.SPEAKER);
        SpeakerResolver.Resolution other = resolver.resolve(List.of(chair, secretary, minister), List.of(
                turn(0, "Helena Shikongo", "Permanent Secretary, Chikondi Banda, the floor is yours."),
                turn(1, boardroom, "Thank you Helena.")));
        assertThat(speakers(other)).containsExactly("Helena Shikongo", "Permanent Secretary");

        SpeakerResolver.Resolution unlisted = resolver.resolve(List.of(chair, secretary), List.of(
                turn(0, "Helena Shikongo", "Deputy Minister, the floor is yours."),
                turn(1, boardroom, "Thank you Helena.")));
        assertThat(speakers(unlisted)).containsExactly("Helena Shikongo", "Unnamed participant 1");
    }

    /**
     * A member on their parliament's account, called by title only ("the Honourable Member from Kenya"): the
     * listed member the chair thanks by name once the account's voice has finished, or who names themselves there
     * later ("Daniel Chebet, for the record"); an account thanked by no listed name stays as labelled.
     */
    @Test
    void anInstitutionsAccountIsTheMemberTheChairThanksByNameAfterIt() {
        Person chair = listed("Abena Serwaa Darko", Role.MODERATOR);
        Person member = listed("Daniel Kiprono Chebet", Role.SPEAKER);
        String account = "National Assembly of Kenya";
        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, member), List.of(
                turn(0, "Abena Serwaa Darko", "I give the floor to the Honourable Member from Kenya."),
                turn(1, account, "Thank you, Madam Chair. Can you hear me? In Kenya we passed the Data Protection Act"
                        + " in 2019."),
                turn(2, "Abena Serwaa Darko", "Thank you very much, Honourable Chebet, for keeping to time.")));

        assertThat(speakers(r)).containsExactly("Abena Serwaa Darko", "Daniel Kiprono Chebet", "Abena Serwaa Darko");
        assertThat(r.warnings()).noneMatch(w -> w.contains("heard nowhere"))
                .anyMatch(w -> w.startsWith("Turns under a label that names no one (a device's, a room's or an "
                        + "institution's account") && w.contains("which no hand-over named")
                        && w.contains("Daniel Kiprono Chebet (1 turn)"))
                .noneMatch(w -> w.contains("bare caption marker"));

        SpeakerResolver.Resolution named = resolver.resolve(List.of(chair, member), List.of(
                turn(0, "Abena Serwaa Darko", "I give the floor to the Honourable Member from Kenya."),
                turn(1, account, "Thank you, Madam Chair."),
                turn(2, "Abena Serwaa Darko", "Thank you. Who wants to take that question?"),
                turn(3, account, "Thank you, Madam Chair. Daniel Chebet, for the record, Kenya. Alone a small"
                        + " country has no leverage.")));
        assertThat(speakers(named)).containsExactly("Abena Serwaa Darko", "Daniel Kiprono Chebet",
                "Abena Serwaa Darko", "Daniel Kiprono Chebet");

        SpeakerResolver.Resolution nobody = resolver.resolve(List.of(chair, member), List.of(
                turn(0, "Abena Serwaa Darko", "I give the floor to the delegation."),
                turn(1, account, "Thank you, Madam Chair."),
                turn(2, "Abena Serwaa Darko", "Thank you. Next.")));
        assertThat(speakers(nobody).get(1)).isNotEqualTo("Daniel Kiprono Chebet");
    }

    /**
     * Two people from the floor one after the other at the room's microphone, the chair speaking on her own account:
     * short thanks after the first had their say, followed by more, are the second voice, never merged with the
     * first; thanks followed by "And ..." go on with the same voice.
     */
    @Test
    void twoVoicesInARowAtTheRoomsMicrophoneAreTwoPeople() {
        Person chair = listed("Helena Shikongo", Role.MODERATOR);
        String room = "IGF Room 3 Hybrid";
        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair), List.of(
                turn(0, "Helena Shikongo", "The gentleman at the back first, and then the lady next to him."),
                turn(1, room, "Thank you. I work for a mobile operator. Why are the operators not part of this trust"
                        + " framework? Thank you. Mine is a different point, about women and shared phones.")));

        assertThat(speakers(r)).containsExactly("Helena Shikongo", "Unnamed participant 1", "Unnamed participant 2");
        assertThat(r.turns().get(2).text()).isEqualTo("Thank you. Mine is a different point, about women and shared"
                + " phones.");

        SpeakerResolver.Resolution one = resolver.resolve(List.of(chair), List.of(
                turn(0, "Helena Shikongo", "One more, yes."),
                turn(1, room, "Thank you. My question is about the data of refugees, who cannot get an ID card at"
                        + " all. Thank you. And also, who pays for the desks?")));
        assertThat(speakers(one)).containsExactly("Helena Shikongo", "Unnamed participant 1");
    }

    /**
     * A room's Zoom account ("IGF Room 5") carries the chair and people in the room, its cues joined into turns: a
     * voice starts where someone introduces themselves, the chair's hand-over by name is hers and what follows is
     * that person's, and after another connection spoke the room is the chair again, or whom that turn handed to.
     * A personal device ("iPhone de Ana") keeps its one voice.
     */
    @Test
    void aRoomsAccountIsSharedOutAmongTheVoicesThatSpokeThroughIt() {
        Person chair = listed("Carolina Mendes", Role.MODERATOR);
        Person online = listed("Jamal Richards", Role.ONLINE_MODERATOR);
        Person paula = listed("Paula Gomes", Role.SPEAKER);
        Person hugo = listed("Hugo Salazar", Role.SPEAKER);
        String room = "IGF Room 5";
        List<Turn> turns = List.of(
                turn(0, "Jamal Richards", "Carolina, can you hear me in the room?"),
                turn(1, room, "Yes Jamal, we hear you well. My name is Carolina Mendes and I moderate here."),
                turn(2, "Hugo Salazar", "Trust is the whole product of an incident response team."),
                turn(3, room, "Thank you Hugo. Paula, you are here with me, so let me pass you the microphone."
                        + " Thank you Carolina. Hi everyone, I'm Paula Gomes, I head a bank's security team."
                        + " We share indicators every day and get nothing back."),
                turn(4, "Hugo Salazar", "I agree with Paula on sharing."),
                turn(5, room, "Thank you. I see a hand in the second row. Good afternoon, Lucía Ferreyra, I'm a"
                        + " journalist in Montevideo. Who should a journalist call? Paula, I think that one is for"
                        + " you. Ha, of course. Call your bank first, then the national team."),
                turn(6, "Jamal Richards", "We have one more online. Carolina, back to you."),
                turn(7, room, "Thank you Jamal. And Hugo, who had to leave, asked me to say his point. Paula, one"
                        + " last word from you? Banks should share back. Thank you. Kezia, our rapporteur, will write"
                        + " this up."),
                turn(8, "iPhone de Ana", "Hello, my name is Ana Ruiz."),
                turn(9, "Hugo Salazar", "Thank you."),
                turn(10, "iPhone de Ana", "Thank you Hugo. A short question on funding?"));

        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, online, paula, hugo), turns);

        assertThat(r.turns()).extracting(Turn::speaker).containsExactly("Jamal Richards", "Carolina Mendes",
                "Hugo Salazar", "Carolina Mendes", "Paula Gomes", "Hugo Salazar", "Carolina Mendes", "Lucía Ferreyra",
                "Carolina Mendes", "Paula Gomes", "Jamal Richards", "Carolina Mendes", "Paula Gomes",
                "Carolina Mendes", "Ana Ruiz", "Hugo Salazar", "Ana Ruiz");
        assertThat(r.turns()).extracting(Turn::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
                14, 15, 16);
        // a name not given the floor ("And Hugo, who had to leave", "Kezia, our rapporteur, will") starts no voice
        assertThat(r.turns().get(11).text()).isEqualTo("Thank you Jamal. And Hugo, who had to leave, asked me to say"
                + " his point. Paula, one last word from you?");
        assertThat(r.turns().get(13).text()).startsWith("Thank you. Kezia");
        assertThat(r.turns().get(4).text()).startsWith("Thank you Carolina. Hi everyone, I'm Paula Gomes");
        assertThat(r.turns().get(7).text()).startsWith("Good afternoon, Lucía Ferreyra").endsWith("call?");
        assertThat(r.turns().get(8).text()).isEqualTo("Paula, I think that one is for you.");
        assertThat(r.turns().get(9).passages()).allSatisfy(p -> assertThat(p.line()).isEqualTo(6));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("Turns under a room's account or"
                + " microphone").contains("\"IGF Room 5\" (transcript.txt line 4)"));
    }

    /**
     * Automatic captions that name no voice, in lower case and cut at pauses: a voice starts where someone
     * introduces themselves, at the chair's hand-over by name (with words that give the floor, or the name alone),
     * where the chair thanks the voice by name, and, after a question from the floor put to a panellist by name, the
     * thanks are that panellist's answer starting; "yes rahul …" answers the chair, in the voice of the one the chair
     * just named. The opening words are the voice that introduces itself in them; a name talked about ("as wanjiro
     * said") hands nothing over.
     */
    @Test
    void captionsThatNameNoVoiceAreSharedOutByIntroductionsHandOversAndThanks() {
        Person chair = listed("Rahul Menon", Role.MODERATOR);
        Person wanjiru = listed("Wanjiru Kamau", Role.SPEAKER);
        Person mateus = listed("Mateus Oliveira", Role.SPEAKER);
        Turn captions = new Turn(0, "", SpeakerResolver.UNIDENTIFIED, "auto.vtt", List.of(
                new Passage(3, "okay can everyone hear me", false, 1.0),
                new Passage(7, "good morning my name is rahul menon and i moderate", true, 5.0),
                new Passage(11, "thank you rahul i'm wanjiro kamau from nairobi", true, 20.0),
                new Passage(15, "a flood map you cannot open is a decoration", true, 25.0),
                new Passage(19, "thank you wanjiro", true, 60.0),
                new Passage(23, "mateus you're the private sector voice", true, 62.0),
                new Passage(27, "as wanjiro said the data must be open", true, 66.0),
                new Passage(31, "thank you", true, 90.0),
                new Passage(35, "good morning my name is fatou njie my question is to mateus who pays", true, 92.0),
                new Passage(39, "thank you fatou", true, 100.0),
                new Passage(43, "the government should buy the licence once", true, 102.0),
                new Passage(47, "thank you mateus", true, 110.0),
                new Passage(51, "wanjiro", true, 112.0),
                new Passage(55, "budget for the last mile", true, 114.0),
                new Passage(59, "thank you wanjiro", true, 116.0),
                new Passage(63, "let me check with esi are there questions online", true, 117.0),
                new Passage(67, "yes rahul there are two in the chat", true, 119.0)), 1.0, 120.0);

        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, wanjiru, mateus,
                listed("Esi Mensah", Role.ONLINE_MODERATOR)), List.of(captions));

        assertThat(r.turns()).extracting(Turn::speaker).containsExactly("Rahul Menon", "Wanjiru Kamau",
                "Rahul Menon", "Mateus Oliveira", "Fatou Njie", "Mateus Oliveira", "Rahul Menon", "Wanjiru Kamau",
                "Rahul Menon", "Esi Mensah");
        assertThat(r.turns()).extracting(Turn::text).containsExactly(
                "okay can everyone hear me good morning my name is rahul menon and i moderate",
                "thank you rahul i'm wanjiro kamau from nairobi a flood map you cannot open is a decoration",
                "thank you wanjiro mateus you're the private sector voice",
                "as wanjiro said the data must be open",
                "thank you good morning my name is fatou njie my question is to mateus who pays",
                "thank you fatou the government should buy the licence once", "thank you mateus wanjiro",
                "budget for the last mile", "thank you wanjiro let me check with esi are there questions online",
                "yes rahul there are two in the chat");
        assertThat(r.turns()).extracting(Turn::startSeconds).containsExactly(1.0, 20.0, 60.0, 66.0, 90.0, 100.0,
                110.0, 114.0, 116.0, 119.0);
        assertThat(r.people()).extracting(Person::name).contains("Fatou Njie");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("The transcript names no speaker."));
    }

    /**
     * Captions with punctuation that name no voice (a live event's): the same rules, and in a closing round the chair
     * saying a name alone ("Lucas.") hands the floor over.
     */
    @Test
    void punctuatedCaptionsThatNameNoVoiceAreSharedOutToo() {
        Person chair = listed("Helena Sørensen", Role.MODERATOR);
        Person lucas = listed("Lucas Ferreira", Role.SPEAKER);
        Person priya = listed("Priya Raman", Role.SPEAKER);
        Turn captions = new Turn(0, "", SpeakerResolver.UNIDENTIFIED, "live.vtt", List.of(
                new Passage(3, "Good afternoon, I'm Helena Sørensen and I will moderate.", false, 1.0),
                new Passage(7, "Priya, over to you.", false, 5.0),
                new Passage(11, "Thank you. Every payment point needs a human officer.", false, 8.0),
                new Passage(15, "Thank you, Priya. One sentence each now.", false, 20.0),
                new Passage(19, "Lucas.", false, 24.0),
                new Passage(23, "Pay vendors for inclusion, not for transactions.", false, 25.0),
                new Passage(27, "Priya.", false, 30.0),
                new Passage(31, "Put a human at every payment point.", false, 31.0),
                new Passage(35, "Thank you all. That closes our session.", false, 35.0)), 1.0, 40.0);

        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, lucas, priya), List.of(captions));

        assertThat(r.turns()).extracting(Turn::speaker).containsExactly("Helena Sørensen", "Priya Raman",
                "Helena Sørensen", "Lucas Ferreira", "Helena Sørensen", "Priya Raman", "Helena Sørensen");
        assertThat(r.turns()).extracting(Turn::text).containsExactly(
                "Good afternoon, I'm Helena Sørensen and I will moderate. Priya, over to you.",
                "Thank you. Every payment point needs a human officer.",
                "Thank you, Priya. One sentence each now. Lucas.",
                "Pay vendors for inclusion, not for transactions.", "Priya.", "Put a human at every payment point.",
                "Thank you all. That closes our session.");
    }

    /**
     * A chair naming who starts a round at a sentence's end ("one sentence each, Kwame first.") hands the floor
     * over; thanks by name at a sentence's end ("Thank you, Kwame.") do not.
     */
    @Test
    void theOneNamedToStartARoundHasTheFloor() {
        Person chair = listed("Helena Sørensen", Role.MODERATOR);
        Person kwame = listed("Kwame Asante", Role.SPEAKER);
        Turn captions = new Turn(0, "", SpeakerResolver.UNIDENTIFIED, "live.vtt", List.of(
                new Passage(3, "Good afternoon, I'm Helena Sørensen and I will moderate.", false, 1.0),
                new Passage(7, "We are almost at time, so one sentence each, Kwame first.", false, 5.0),
                new Passage(11, "Keep a paper and cash option and measure who drops out every month.", false, 8.0),
                new Passage(15, "Thank you, Kwame. That was clear.", false, 12.0)), 1.0, 20.0);

        SpeakerResolver.Resolution r = resolver.resolve(List.of(chair, kwame), List.of(captions));

        assertThat(r.turns()).extracting(Turn::speaker).containsExactly("Helena Sørensen", "Kwame Asante",
                "Helena Sørensen");
    }

    /** Captions that name no voice, with no session page to name the voices from, are left unidentified. */
    @Test
    void captionsThatNameNoVoiceWithoutListedPeopleStayUnidentified() {
        Turn captions = new Turn(0, "", SpeakerResolver.UNIDENTIFIED, "auto.vtt", List.of(
                new Passage(3, "good morning my name is rahul menon", false, 1.0),
                new Passage(7, "thank you rahul i'm wanjiru kamau from nairobi", true, 20.0)), 1.0, 30.0);

        SpeakerResolver.Resolution r = resolver.resolve(List.of(), List.of(captions));

        assertThat(r.turns()).extracting(Turn::speaker).containsExactly(SpeakerResolver.UNIDENTIFIED);
    }
}
