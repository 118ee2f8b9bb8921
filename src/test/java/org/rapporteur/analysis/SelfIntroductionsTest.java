package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Person;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionReport;
import org.rapporteur.nlp.AnnotatedSession;

/** Stakeholder group and region from what people say of themselves: inferred, flagged and cited. */
class SelfIntroductionsTest {

    private static final SessionReport REPORT = new SessionAnalyzer().analyse(Fixture.session()
            .person("Nomvula Dlamini", Role.MODERATOR, "Civil Society")
            .person("Awa Ndiaye", Role.PARTICIPANT, null)
            .person("Karim Haddad", Role.PARTICIPANT, null)
            .person("Yonas Bekele", Role.PARTICIPANT, null)
            .person("Lena Hoffmann", Role.SPEAKER, "Technical Community")
            .person("Tom Becker", Role.PARTICIPANT, null)
            .person("Mark Gerrard", Role.PARTICIPANT, null)
            .person("Fatou Sarr", Role.PARTICIPANT, null)
            .person("Wanjiru Kamau", Role.PARTICIPANT, null)
            .person("Moussa Diop", Role.PARTICIPANT, null)
            .person("Kofi Mensah", Role.PARTICIPANT, null)
            .person("Achieng Otieno", Role.PARTICIPANT, null)
            .person("Rashida Alhassan", Role.PARTICIPANT, null)
            .person("Lucía Ferreyra", Role.PARTICIPANT, null)
            .person("Tariq Aziz", Role.PARTICIPANT, null)
            .person("Ines Mora", Role.PARTICIPANT, null)
            .turn("Nomvula Dlamini", "We open the floor for questions.")
            .turn("Awa Ndiaye", "Thank you.", "I work for a civil society organisation in Senegal.",
                    "How do community networks keep going once the grant ends?")
            .turn("Karim Haddad", "I work for a telecom regulator, so I won't name the country.",
                    "Should operators quarantine infected devices?")
            .turn("Yonas Bekele", "I'm Yonas, I run a start-up in Addis.",
                    "Is there support for small companies outside Europe?")
            .turn("Lena Hoffmann", "I work for a start-up in Nairobi.",
                    "Satellite capacity is the cheapest backhaul for remote villages today.")
            .turn("Tom Becker", "We met a regulator from Senegal last year who told us the same about spectrum.")
            .turn("Mark Gerrard", "I represent a riding with many colleges, and my constituents ask when they can "
                    + "apply for the Canada emergency student benefit.")
            .turn("Fatou Sarr", "I work for the data protection authority of Senegal.",
                    "Should age assurance providers be certified, and by whom?")
            .turn("Wanjiru Kamau", "Good morning.", "I teach at the University of Nairobi.",
                    "Who pays for the cache once the pilot ends?")
            .turn("Moussa Diop", "I'm a researcher at a research institute in Dakar.",
                    "Are outage data shared with researchers?")
            .turn("Kofi Mensah", "I work for the ministry in Accra, and a university there hosts our cache.",
                    "Is a second cable planned?")
            .turn("Achieng Otieno", "I'm a member of the Kenyan National Assembly.",
                    "Who checks how the police use these powers?")
            .turn("Rashida Alhassan", "My name is Rashida Alhassan, I work for a disability rights organisation in "
                    + "Tamale, in northern Ghana.", "What is the alternative for people who cannot give fingerprints?")
            .turn("Lucía Ferreyra", "Good afternoon, Lucía Ferreyra, I'm a journalist with the weekly Búsqueda in"
                    + " Montevideo.", "When a journalist's phone is infected, who should we call?")
            .turn("Tariq Aziz", "I'm Tariq Aziz from the Pakistan Telecommunication Authority.",
                    "Has anyone made the banks pay for the national team through a levy?")
            .turn("Ines Mora", "I work for a digital rights group in Lima.",
                    "A journalist told us last week that nobody answers the hotline.")
            .annotate());

    private static Person person(String name) {
        return REPORT.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aLegislatorsLettersGiveTheGroupThePageGivesTheOtherLegislators() {
        AnnotatedSession hearing = Fixture.session()
                .format("Hearing")
                .person(new Person("Lynne Neagle", List.of(Role.MODERATOR), null, "Parliament", null,
                        List.of("LYNNE NEAGLE AM")))
                .person(new Person("Dawn Bowden", List.of(Role.PARTICIPANT), null, null, null,
                        List.of("DAWN BOWDEN AM")))
                .person("Kevin Palmer", Role.PARTICIPANT, null)
                .labelledTurn("Lynne Neagle", "LYNNE NEAGLE AM", "Welcome to the committee.", "Dawn, your questions.")
                .cueTurn("Dawn Bowden", "DAWN BOWDEN AM", "Thank you, Chair.", "How rigorous is the marking?")
                .labelledTurn("Kevin Palmer", "KEVIN PALMER", "The marking is sampled every year by the board.")
                .annotate();
        SessionReport r = new SessionAnalyzer().analyse(hearing);
        Person dawn = r.people().stream().filter(p -> p.name().equals("Dawn Bowden")).findFirst().orElseThrow();
        assertThat(dawn.stakeholderGroup()).isEqualTo("Parliament");
        assertThat(dawn.inferred()).contains("stakeholderGroup");
        // the label where it stands: on its own line above the words
        assertThat(dawn.evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote()).isEqualTo("DAWN BOWDEN AM");
            assertThat(e.line()).isEqualTo(hearing.session().turns().get(1).labelLine());
        });
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Dawn Bowden: the stakeholder group (Parliament) taken "
                + "from the label they spoke under (\"DAWN BOWDEN AM\")"));
        // a label without the letters says nothing of a group
        assertThat(r.people()).filteredOn(p -> p.name().equals("Kevin Palmer")).singleElement()
                .satisfies(p -> assertThat(p.stakeholderGroup()).isNull());
    }

    @Test
    void theSeatALegislatorHoldsIsNoAffiliation() {
        SessionReport r = new SessionAnalyzer().analyse(Fixture.session()
                .person("Mwila Banda", Role.MODERATOR, "Government")
                .person("Bwalya Daka", Role.PARTICIPANT, null)
                .person("Mercy Phiri", Role.PARTICIPANT, null)
                .turn("Mwila Banda", "We take the members' questions now.")
                .turn("Bwalya Daka", "For the record, I am Bwalya Daka, member for Chipata Central.",
                        "Who audits the register?")
                .turn("Mercy Phiri", "I am Mercy Phiri, I work for the Zambia Information Technology Authority.",
                        "Who pays for enrolment in rural districts?")
                .annotate());
        assertThat(r.people()).filteredOn(p -> p.name().equals("Bwalya Daka")).singleElement()
                .satisfies(p -> assertThat(p.affiliation()).isNull());
        assertThat(r.people()).filteredOn(p -> p.name().equals("Mercy Phiri")).singleElement()
                .satisfies(p -> assertThat(p.affiliation()).isEqualTo("Zambia Information Technology Authority"));
    }

    @Test
    void aLegislatorNoOneElseListedIsAMemberOfParliamentsGroup() {
        SessionReport r = new SessionAnalyzer().analyse(Fixture.session()
                .person("Amina Yusuf", Role.MODERATOR, "Civil Society")
                .person("Kwabena Asiedu", Role.PARTICIPANT, null)
                .turn("Amina Yusuf", "Honourable member, the floor is yours.")
                .labelledTurn("Kwabena Asiedu", "Kwabena Asiedu MP", "Our committee will table the bill in March.")
                .annotate());
        assertThat(r.people()).filteredOn(p -> p.name().equals("Kwabena Asiedu")).singleElement()
                .satisfies(p -> assertThat(p.stakeholderGroup()).isEqualTo("Government"));
    }

    @Test
    void aCivilSocietyOrganisationInSenegalIsCivilSocietyAndAfricanGroup() {
        Person p = person("Awa Ndiaye");
        assertThat(p.stakeholderGroup()).isEqualTo("Civil Society");
        assertThat(p.region()).isEqualTo("African Group");
        assertThat(p.inferred()).containsExactly("stakeholderGroup", "region");
        assertThat(p.evidence()).extracting(Evidence::quote)
                .containsExactly("I work for a civil society organisation in Senegal.");
    }

    /**
     * The IGF counts academia with the technical community ("the technical and academic community"): teaching or
     * research at a university or research institute is Technical Community, inferred and cited.
     */
    @Test
    void universitiesAndResearchInstitutesAreTheTechnicalAndAcademicCommunity() {
        assertThat(person("Wanjiru Kamau").stakeholderGroup()).isEqualTo("Technical Community");
        assertThat(person("Wanjiru Kamau").region()).isEqualTo("African Group");
        assertThat(person("Wanjiru Kamau").affiliation()).isEqualTo("University of Nairobi");
        assertThat(person("Wanjiru Kamau").inferred()).containsExactly("stakeholderGroup", "affiliation", "region");
        assertThat(person("Wanjiru Kamau").evidence()).extracting(Evidence::quote)
                .containsExactly("I teach at the University of Nairobi.");
        assertThat(person("Moussa Diop").stakeholderGroup()).isEqualTo("Technical Community");
        // a university named after the speaker's own organisation is not theirs; a riding's colleges are no group
        assertThat(person("Kofi Mensah").stakeholderGroup()).isEqualTo("Government");
        assertThat(person("Mark Gerrard").stakeholderGroup()).isNull();
    }

    /**
     * An organisation's name runs on over the particles of place names in other languages ("University of Dar es
     * Salaam"), not over "in" before where it is.
     */
    @Test
    void anOrganisationsNameRunsOnOverTheParticlesOfPlaceNames() {
        SessionReport r = new SessionAnalyzer().analyse(Fixture.session()
                .person("Nomvula Dlamini", Role.MODERATOR, "Civil Society")
                .person("Baraka Mushi", Role.PARTICIPANT, null)
                .person("Rosa Quispe", Role.PARTICIPANT, null)
                .turn("Nomvula Dlamini", "We open the floor for questions.")
                .turn("Baraka Mushi", "So I work at the University of Dar es Salaam, we build language technology.",
                        "Who pays for the data of the smaller languages?")
                .turn("Rosa Quispe", "I work at the Ministry of Health in Lima.",
                        "Are the health apps translated into Quechua?")
                .annotate());

        assertThat(r.people()).filteredOn(p -> p.name().equals("Baraka Mushi")).singleElement()
                .extracting(Person::affiliation).isEqualTo("University of Dar es Salaam");
        assertThat(r.people()).filteredOn(p -> p.name().equals("Rosa Quispe")).singleElement()
                .extracting(Person::affiliation).isEqualTo("Ministry of Health");
    }

    /**
     * A long opening sentence whose first clause gives the speaker's own name ("My name is Adaeze Okafor, I am the
     * Minister of …, which is why …") introduces her: what it says of her counts, and it is no position of hers; a
     * long sentence whose first clause names no one of hers does neither.
     */
    @Test
    void aLongSentenceOpeningOnTheSpeakersOwnNameIntroducesThem() {
        String intro = "My name is Adaeze Okafor, I am the Minister of Communications and Digital Economy of Nigeria, "
                + "and this year Nigeria chairs the regional ministerial committee on the digital economy, which is why "
                + "I have the pleasure to chair this open forum with colleagues from three regions.";
        SessionReport r = new SessionAnalyzer().analyse(Fixture.session()
                .person("Adaeze Okafor", Role.MODERATOR, null)
                .person("Kwame Boateng", Role.SPEAKER, null)
                .turn("Adaeze Okafor", "Good morning.", intro, "Kwame, please start.")
                .turn("Kwame Boateng", "My name is not what matters today, what matters is that every regulator in the "
                                + "region publishes its transfer decisions, so that companies and citizens can see "
                                + "which rules apply to the data that crosses their borders every day.",
                        "Regulators should publish their transfer decisions within a month of making them.")
                .annotate());
        Person chair = r.people().stream().filter(p -> p.name().equals("Adaeze Okafor")).findFirst().orElseThrow();
        assertThat(chair.stakeholderGroup()).isEqualTo("Government");
        assertThat(chair.evidence()).extracting(Evidence::quote).contains(intro);
        assertThat(r.positions()).flatExtracting(p -> p.points()).extracting(c -> c.evidence().get(0).quote())
                .doesNotContain(intro);
        Person speaker = r.people().stream().filter(p -> p.name().equals("Kwame Boateng")).findFirst().orElseThrow();
        assertThat(speaker.stakeholderGroup()).isNull();
    }

    /** A place that names a programme ("the Canada emergency student benefit") says nothing of where one is from. */
    @Test
    void aPlaceInAProgrammesNameGivesNoRegion() {
        assertThat(person("Mark Gerrard").region()).isNull();
        assertThat(person("Mark Gerrard").inferred()).doesNotContain("region");
    }

    @Test
    void aTelecomRegulatorIsGovernmentWithNoRegionGuessed() {
        Person p = person("Karim Haddad");
        assertThat(p.stakeholderGroup()).isEqualTo("Government");
        assertThat(p.region()).isNull();
        assertThat(p.inferred()).containsExactly("stakeholderGroup");
    }

    /** A member of a national assembly, a house of representatives or a chamber of deputies sits in government. */
    @Test
    void aMemberOfANationalAssemblyIsGovernment() {
        Person p = person("Achieng Otieno");
        assertThat(p.stakeholderGroup()).isEqualTo("Government");
        assertThat(p.region()).isEqualTo("African Group");
    }

    /**
     * The IGF accredits the press apart from its stakeholder groups: a journalist is given no group, with a warning
     * saying why, and the region still; a telecommunication authority is Government. A journalist only talked about
     * gives no such warning.
     */
    @Test
    void aJournalistIsGivenNoStakeholderGroupAndAWarningSaysWhy() {
        assertThat(person("Lucía Ferreyra").stakeholderGroup()).isNull();
        assertThat(person("Lucía Ferreyra").region()).isEqualTo("Latin American and Caribbean Group (GRULAC)");
        assertThat(REPORT.warnings()).filteredOn(w -> w.contains("as press")).singleElement().asString()
                .startsWith("Lucía Ferreyra introduced themselves as press (\u201cGood afternoon, Lucía Ferreyra,"
                        + " I'm a journalist").contains("the IGF accredits the press apart");
        assertThat(person("Tariq Aziz").stakeholderGroup()).isEqualTo("Government");
        assertThat(person("Tariq Aziz").region()).isEqualTo("Asia-Pacific Group");
        assertThat(person("Ines Mora").stakeholderGroup()).isEqualTo("Civil Society");
    }

    @Test
    void aDisabilityRightsOrganisationIsCivilSociety() {
        Person p = person("Rashida Alhassan");
        assertThat(p.stakeholderGroup()).isEqualTo("Civil Society");
        assertThat(p.region()).isEqualTo("African Group");
    }

    @Test
    void aDataProtectionAuthorityIsGovernment() {
        Person p = person("Fatou Sarr");
        assertThat(p.stakeholderGroup()).isEqualTo("Government");
        assertThat(p.region()).isEqualTo("African Group");
    }

    @Test
    void aStartUpInAddisIsPrivateSectorAndAfricanGroup() {
        Person p = person("Yonas Bekele");
        assertThat(p.stakeholderGroup()).isEqualTo("Private Sector");
        assertThat(p.region()).isEqualTo("African Group");
        assertThat(p.evidence()).extracting(Evidence::quote).containsExactly("I'm Yonas, I run a start-up in Addis.");
    }

    @Test
    void thePageIsNeverReplacedAndTalkAboutOthersIsNoIntroduction() {
        Person lena = person("Lena Hoffmann");
        assertThat(lena.stakeholderGroup()).isEqualTo("Technical Community");
        assertThat(lena.inferred()).containsExactly("region");
        Person tom = person("Tom Becker");
        assertThat(tom.stakeholderGroup()).isNull();
        assertThat(tom.region()).isNull();
        assertThat(tom.inferred()).isEmpty();
    }

    @Test
    void everyInferredFieldIsAWarningCitingItsSentence() {
        assertThat(REPORT.warnings()).anyMatch(w -> w.startsWith("Awa Ndiaye: the stakeholder group (Civil Society), "
                + "the UN regional group (African Group) taken from what they said of themselves (transcript.txt, line"));
        assertThat(REPORT.warnings()).noneMatch(w -> w.startsWith("Tom Becker"));
        assertThat(List.of(person("Karim Haddad"), person("Yonas Bekele"))).allSatisfy(p ->
                assertThat(REPORT.warnings()).anyMatch(w -> w.startsWith(p.name() + ": the stakeholder group")));
    }

    private static final SessionReport SHAPES = new SessionAnalyzer().analyse(Fixture.session()
            .person("Nomvula Dlamini", Role.MODERATOR, "Civil Society")
            .person("Kato Ssemakula", Role.PARTICIPANT, null)
            .person("Mere Tuilagi", Role.PARTICIPANT, null)
            .person("Lucia Andrade", Role.PARTICIPANT, null)
            .person("Dina Haddad", Role.PARTICIPANT, null)
            .person("Kwesi Boateng", Role.PARTICIPANT, null)
            .person("Aroha Ngata", Role.PARTICIPANT, null)
            .person("Sven Lund", Role.PARTICIPANT, null)
            .person("Paolo Ricci", Role.PARTICIPANT, null)
            .person("Ibrahim Kamara", Role.PARTICIPANT, null)
            .turn("Nomvula Dlamini", "We have Lucia joining from Quito, and Paolo is based in Rome.",
                    "Questions, please.")
            .turn("Kato Ssemakula", "I'm Kato, a software developer here in Kampala.",
                    "Who maintains the open datasets after the grant?")
            .turn("Mere Tuilagi", "Joining from Suva, I work on disaster alerts for a community radio station.",
                    "Can the alerts reach feature phones?")
            .turn("Lucia Andrade", "Good afternoon.", "I'm Lucia Andrade, based in Quito.",
                    "How do you fund the translators?")
            .turn("Dina Haddad", "Dina speaking, from a youth network in Amman.",
                    "Are young people on the steering group?")
            .turn("Kwesi Boateng", "I'm with the ministry of ICT of Ghana.", "We published a plan last month.")
            .turn("Aroha Ngata", "Calling in from Wellington on behalf of a digital rights coalition.",
                    "What about consent?")
            .turn("Ibrahim Kamara", "Hello, can you hear us?", "This is Ibrahim Kamara from the Sierra Leone IGF hub in "
                    + "Freetown.", "What can measurement do against blocked VPNs?")
            // about the past or about others: no introduction, no place
            .turn("Sven Lund", "I was in Nairobi last year and the hub there impressed me.",
                    "Why not copy that model?")
            .turn("Paolo Ricci", "My colleague is based in Lagos and works for a telecom operator.",
                    "Is roaming in scope?")
            .annotate());

    private static Person shaped(String name) {
        return SHAPES.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The shapes real introductions take, in any order: a role and "here in" a city, "joining from", "based in",
     * a name and "speaking", "with the" ministry, "calling in from", "on behalf of" and one's own full name. The place
     * is the regional groups' table's (cities included), the group the stakeholder groups' table's.
     */
    @Test
    void introductionsInTheirManyShapesGiveTheRegionAndTheGroup() {
        assertThat(shaped("Kato Ssemakula").region()).isEqualTo("African Group");
        assertThat(shaped("Kato Ssemakula").stakeholderGroup()).isNull();
        assertThat(shaped("Mere Tuilagi").region()).isEqualTo("Asia-Pacific Group");
        assertThat(shaped("Mere Tuilagi").stakeholderGroup()).isEqualTo("Civil Society");
        assertThat(shaped("Lucia Andrade").region()).isEqualTo("Latin American and Caribbean Group (GRULAC)");
        assertThat(shaped("Lucia Andrade").evidence()).extracting(Evidence::quote)
                .containsExactly("I'm Lucia Andrade, based in Quito.");
        assertThat(shaped("Dina Haddad").region()).isEqualTo("Asia-Pacific Group");
        assertThat(shaped("Dina Haddad").stakeholderGroup()).isEqualTo("Civil Society");
        assertThat(shaped("Kwesi Boateng").stakeholderGroup()).isEqualTo("Government");
        assertThat(shaped("Kwesi Boateng").region()).isEqualTo("African Group");
        assertThat(shaped("Aroha Ngata").region()).isEqualTo("Western European and Others Group (WEOG)");
        assertThat(shaped("Aroha Ngata").stakeholderGroup()).isEqualTo("Civil Society");
        // saying one's own full name introduces: "This is Ibrahim Kamara from … in Freetown"
        assertThat(shaped("Ibrahim Kamara").region()).isEqualTo("African Group");
    }

    /**
     * A place in a sentence about where one was, or about someone else ("My colleague is based in Lagos"), or in a
     * chair's sentence about others ("Lucia joining from Quito") places nobody.
     */
    @Test
    void aPlaceInASentenceNotAboutTheSpeakerPlacesNobody() {
        assertThat(shaped("Sven Lund").region()).isNull();
        assertThat(shaped("Paolo Ricci").region()).isNull();
        assertThat(shaped("Paolo Ricci").stakeholderGroup()).isNull();
        assertThat(shaped("Nomvula Dlamini").region()).isNull();
        assertThat(List.of(shaped("Sven Lund"), shaped("Paolo Ricci"))).allSatisfy(p ->
                assertThat(p.inferred()).isEmpty());
    }

    /**
     * A voice at the floor microphone naming its organisation right after its full name ("Kojo Asante, Ministry of
     * Employment and Labour Relations, Ghana.") gives its affiliation; a full name followed by "I'm …" or by a place
     * gives none.
     */
    @Test
    void anOrganisationRightAfterTheVoicesOwnNameIsItsAffiliation() {
        SessionReport r = new SessionAnalyzer().analyse(Fixture.session()
                .person("Chiara Benedetti", Role.MODERATOR, "Civil Society")
                .person("Kojo Asante", Role.PARTICIPANT, null)
                .person("Esther Mensah", Role.PARTICIPANT, null)
                .person("Ama Owusu", Role.PARTICIPANT, null)
                .person("Grace Otieno", Role.PARTICIPANT, null)
                .turn("Chiara Benedetti", "Questions from the floor.")
                .turn("Grace Otieno", "Hello? This is Grace Otieno, Kenya ICT Action Network. Will people be able to"
                        + " refuse the ID?")
                .turn("Kojo Asante", "Thank you. Kojo Asante, Ministry of Employment and Labour Relations, Ghana. We are"
                        + " small, what do you do without auditors?")
                .turn("Esther Mensah", "Esther Mensah, I'm a consultant. Who audits the auditors?")
                .turn("Ama Owusu", "Ama Owusu, Accra. Who pays for the audits?")
                .annotate());
        assertThat(r.people()).filteredOn(p -> p.name().equals("Kojo Asante")).singleElement()
                .satisfies(p -> assertThat(p.affiliation()).isEqualTo("Ministry of Employment and Labour Relations"));
        assertThat(r.people()).filteredOn(p -> p.name().equals("Grace Otieno")).singleElement()
                .satisfies(p -> assertThat(p.affiliation()).isEqualTo("Kenya ICT Action Network"));
        assertThat(r.people()).filteredOn(p -> p.name().equals("Esther Mensah") || p.name().equals("Ama Owusu"))
                .allSatisfy(p -> assertThat(p.affiliation()).isNull());
    }

    /**
     * A participant who says where they work only in the chat ("I work at the Environmental Protection Agency here
     * in Ghana") gets affiliation, group and region from the message, cited; a chat message about someone else's
     * work, or another person's message, gives nothing.
     */
    @Test
    void anIntroductionWrittenInTheChatCompletesTheWriter() {
        SessionReport r = new SessionAnalyzer().analyse(Fixture.session()
                .person("Ngozi Okafor", Role.MODERATOR, "Civil Society")
                .person("Kwame Mensah", Role.PARTICIPANT, null)
                .person("Samuel Otieno", Role.PARTICIPANT, null)
                .chat("Kwame Mensah", "Good morning from Accra! I work at the Environmental Protection Agency here in "
                        + "Ghana, on the e-waste desk", false, null)
                .chat("Samuel Otieno", "Agree with Priyanka, in Kenya the first seller is usually a trader", false, null)
                .turn("Ngozi Okafor", "Kwame, please unmute.")
                .turn("Kwame Mensah", "Thank you. I am Kwame Mensah. Who pays for collection?")
                .turn("Samuel Otieno", "Thank you. Who regulates the traders?")
                .annotate());
        Person kwame = r.people().stream().filter(p -> p.name().equals("Kwame Mensah")).findFirst().orElseThrow();
        assertThat(kwame.affiliation()).isEqualTo("Environmental Protection Agency");
        assertThat(kwame.stakeholderGroup()).isEqualTo("Government");
        assertThat(kwame.region()).isEqualTo("African Group");
        assertThat(kwame.inferred()).contains("affiliation", "stakeholderGroup", "region");
        assertThat(kwame.evidence()).anySatisfy(e -> assertThat(e.file()).isEqualTo("chat.txt"));
        Person samuel = r.people().stream().filter(p -> p.name().equals("Samuel Otieno")).findFirst().orElseThrow();
        assertThat(samuel.region()).isNull();
        assertThat(samuel.inferred()).isEmpty();
    }

    /**
     * A chair introducing someone by the name the captioner labelled them with ("Emeka Nwachukwu" for the listed
     * Chukwuemeka Nwachukwu) gives them the organisation after it; the words about the one introduced before end
     * where that name begins, so the organisation is not theirs.
     */
    @Test
    void aChairsIntroductionByTheLabelledNameGivesTheAffiliationToThatPersonOnly() {
        SessionReport r = new SessionAnalyzer().analyse(Fixture.session()
                .person("Ngozi Okafor", Role.MODERATOR, "Civil Society")
                .person("Maria Schultz", Role.SPEAKER, "Private Sector")
                .person(new Person("Chukwuemeka Nwachukwu", List.of(Role.SPEAKER), null, "Technical Community", null,
                        List.of("EMEKA NWACHUKWU")))
                .person("Wanjiru Kamau", Role.SPEAKER, "Civil Society")
                .turn("Ngozi Okafor", "We have Maria Schultz from ReCircuit, a refurbisher in Berlin, Emeka Nwachukwu "
                        + "from the Internet Society Nigeria Chapter, and others.")
                .turn("Maria Schultz", "Parts pairing is the first barrier to repair.")
                .turn("Chukwuemeka Nwachukwu", "Repairers are infrastructure, not a risk.")
                .turn("Ngozi Okafor", "And Wanjiru Kamau joins us from Nairobi, a city of five million people.")
                .turn("Wanjiru Kamau", "Collectors need a registration that costs nothing.")
                .annotate());
        assertThat(r.people()).filteredOn(p -> p.name().equals("Chukwuemeka Nwachukwu")).singleElement()
                .satisfies(p -> assertThat(p.affiliation()).isEqualTo("Internet Society Nigeria Chapter"));
        // one word after "from" with an apposition saying what it is: her employer; a city so described is none
        assertThat(r.people()).filteredOn(p -> p.name().equals("Maria Schultz")).singleElement()
                .satisfies(p -> assertThat(p.affiliation()).isEqualTo("ReCircuit"));
        assertThat(r.people()).filteredOn(p -> p.name().equals("Wanjiru Kamau")).singleElement()
                .satisfies(p -> assertThat(p.affiliation()).isNull());
    }
}
