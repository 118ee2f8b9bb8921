package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Entity;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Role;
import org.rapporteur.nlp.Token;

/**
 * Entities on small hand-made sessions: instruments named in many forms and merged, acronyms the talk defines, the
 * session's people never typed as places or organisations, and words that only look like instruments.
 */
class EntityExtractorTest {

    /** A round table naming twelve instruments, several of them in more than one form. */
    private static final Discussion POLICY_TALK = Fixture.session()
            .person("Amara Diallo", Role.MODERATOR, "Civil Society")
            .person("Chad Morgan", Role.SPEAKER, "Private Sector")
            .person("Georgia Mensah", Role.SPEAKER, "Government")
            .turn("Amara Diallo", "Welcome, everyone, to this round table on rules for data and AI.",
                    "Chad, you worked on compliance in three regions, so let me start with you.")
            .turn("Chad Morgan", "Thank you, Amara.",
                    "In Kenya we built our programme under the Data Protection Act, and the General Data "
                    + "Protection Regulation (GDPR) shaped most of it.",
                    "Article 22 of the GDPR gives people a right not to be subject to purely automated decisions.",
                    "The GDPR's reach outside Europe surprised many of our clients.",
                    "For management systems we certify against ISO/IEC 42001, next to the NIST AI Risk Management "
                    + "Framework.")
            .turn("Amara Diallo", "Georgia, the same question to you: what does your ministry rely on?")
            .turn("Georgia Mensah", "We joined the Budapest Convention in 2021.",
                    "The Convention on Cybercrime gave our prosecutors a way to ask for evidence abroad.",
                    "Security Council Resolution 1325 guides our work on women in peace and security.",
                    "The NIS2 Directive and the Digital Services Act matter to us because our operators serve "
                    + "European customers.",
                    "We also read the EU AI Act closely, and the UN Guiding Principles on Business and Human Rights "
                    + "frame what we ask of companies.",
                    "Our guidance cites the OECD AI Principles and the UNESCO Recommendation on the Ethics of "
                    + "Artificial Intelligence.")
            .turn("Chad Morgan", "Speaking up is an act of trust, and the act of speaking in public is hard.",
                    "What we need is a framework for thinking about harms, not another code of conduct.",
                    "As Georgia said, Ghana and Senegal moved first, and Nelson Mandela once told my father the "
                    + "same about Africa.")
            .discussion();

    /** Every instrument {@link #POLICY_TALK} names, by a word or two its entity must carry. */
    private static final List<String> NAMED = List.of("GDPR", "Data Protection Act", "ISO/IEC 42001",
            "NIST AI Risk Management Framework", "Budapest Convention", "Resolution 1325", "NIS2",
            "Digital Services Act", "AI Act", "UNGPs", "OECD AI Principles", "UNESCO Recommendation");

    private final List<Entity> entities = EntityExtractor.extract(POLICY_TALK).entities();

    private List<Entity> instruments() {
        return entities.stream().filter(e -> e.type().equals(EntityExtractor.INSTRUMENT)).toList();
    }

    @Test
    void atLeastSevenInTenNamedInstrumentsAreFound() {
        long found = NAMED.stream().filter(name -> instruments().stream().anyMatch(e -> names(e, name))).count();
        assertThat((double) found / NAMED.size()).isGreaterThanOrEqualTo(0.7);
        // the hand count: every one of them, each once
        assertThat(found).isEqualTo(NAMED.size());
        assertThat(instruments()).hasSize(NAMED.size());
    }

    /** The accessibility guidelines, cited by acronym and version or in full, are one instrument. */
    @Test
    void theWebAccessibilityGuidelinesAreAnInstrumentInEitherForm() {
        Discussion d = Fixture.session()
                .person("Awa Sarr", Role.SPEAKER, "Government")
                .turn("Awa Sarr", "Every contract includes the WCAG 2.1 level AA criteria as a condition of "
                        + "acceptance.", "The Web Content Accessibility Guidelines say nothing of the size of the sign language window.")
                .discussion();
        assertThat(EntityExtractor.extract(d).entities())
                .filteredOn(e -> e.type().equals(EntityExtractor.INSTRUMENT))
                .extracting(Entity::text, Entity::mentions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Web Content Accessibility Guidelines", 2));
    }

    /**
     * An instrument the talk names in full and later by its acronym is shown in full with the acronym as a form, its
     * expansion kept; one named only by its acronym stays so. An acronym the talk never defined whose letters are
     * the initials of the one instrument named so ("the European Accessibility Act … The EAA") is that instrument;
     * one spelling no instrument ("UNICEF") is an entity of its own.
     */
    @Test
    void anInstrumentNamedInFullIsShownSoWithItsAcronymAsAForm() {
        Discussion d = Fixture.session()
                .person("Jonas Eriksen", Role.SPEAKER, "Private Sector")
                .turn("Jonas Eriksen", "The biggest change in Europe has been the European Accessibility Act.",
                        "The Cyber Resilience Act came later, and the CRA covers routers too.",
                        "The EAA covers private services, and the GDPR already covers the data.",
                        "UNICEF published guidance on assistive technology in Kenya as well.")
                .discussion();
        List<Entity> found = EntityExtractor.extract(d).entities();
        assertThat(found).filteredOn(e -> e.type().equals(EntityExtractor.INSTRUMENT))
                .extracting(Entity::text, Entity::forms, Entity::expansion).containsExactlyInAnyOrder(
                        tuple("European Accessibility Act", List.of("EAA"), null),
                        tuple("Cyber Resilience Act", List.of("CRA"), "Cyber Resilience Act"),
                        tuple("GDPR", List.of(), "General Data Protection Regulation"));
        assertThat(found).extracting(Entity::text).contains("UNICEF").doesNotContain("EAA", "CRA");
    }

    /**
     * A Dynamic Coalition whose subject is a list is one organisation past its comma, not two; its acronym, defined
     * after a comma, is an organisation too, whatever the tagger said.
     */
    @Test
    void anIgfBodyWhoseSubjectIsAListIsOneOrganisation() {
        Discussion d = Fixture.session()
                .person("Grace Mutua", Role.MODERATOR, "Government")
                .turn("Grace Mutua", "The recommendations will go to the Dynamic Coalition on Accessibility and "
                        + "Disability, DCAD, and to the Dynamic Coalition on Internet Standards, Security and Safety.")
                .discussion();
        List<Entity> found = EntityExtractor.extract(d).entities();
        assertThat(found).filteredOn(e -> e.text().contains("Internet Standards")).extracting(Entity::text,
                Entity::type).containsExactly(tuple("Dynamic Coalition on Internet Standards, Security and Safety",
                "ORGANIZATION"));
        assertThat(found).noneMatch(e -> e.text().equals("Security and Safety"));
        assertThat(found).filteredOn(e -> "DCAD".equals(e.text()) || e.forms().contains("DCAD"))
                .extracting(Entity::type).containsExactly("ORGANIZATION");
    }

    /** The EU's regulation on e-signatures and identification, named by its short name, is an instrument. */
    @Test
    void eidasIsAnInstrument() {
        Discussion d = Fixture.session()
                .person("Awa Sarr", Role.SPEAKER, "Government")
                .turn("Awa Sarr", "The European Union did this with eIDAS, it took them ten years.",
                        "The eIDAS Regulation recognises qualified signatures across member states.")
                .discussion();
        assertThat(EntityExtractor.extract(d).entities())
                .filteredOn(e -> e.type().equals(EntityExtractor.INSTRUMENT))
                .extracting(Entity::text, Entity::mentions)
                .containsExactly(tuple("eIDAS", 2));
    }

    /**
     * An instrument named only in the public chat is one of the session's, the message its evidence; one named in the
     * talk and the chat is one instrument; a direct message is never read for instruments.
     */
    @Test
    void anInstrumentNamedOnlyInTheChatIsFoundThere() {
        Discussion d = Fixture.session()
                .person("Awa Sarr", Role.SPEAKER, "Government")
                .turn("Awa Sarr", "Our Electronic Transactions Act gives an e-signature the same value as a wet one.")
                .chat("Grace Achieng", "In Kenya the Persons with Disabilities Act 2025 now mentions ICT", false, null)
                .chat("Martha Nakale", "Namibia's Electronic Transactions Act 2019 only recognises Namibian providers",
                        false, null)
                .chat("Tomas Berg", "The Digital Services Act applies to us too", true, null)
                .discussion();
        List<Entity> instruments = EntityExtractor.extract(d).entities().stream()
                .filter(e -> e.type().equals(EntityExtractor.INSTRUMENT)).toList();

        assertThat(instruments).extracting(Entity::text).containsExactlyInAnyOrder("Electronic Transactions Act",
                "Persons with Disabilities Act 2025");
        assertThat(instruments).filteredOn(e -> e.text().startsWith("Persons")).singleElement()
                .satisfies(e -> assertThat(e.evidence().get(0).source()).isEqualTo(EvidenceSource.CHAT));
        assertThat(instruments).filteredOn(e -> e.text().startsWith("Electronic")).singleElement()
                .extracting(Entity::mentions).isEqualTo(2);
    }

    /** "Hello, I'm Ruth Alemu, …" may tag "Hello" a person: a greeting is no entity, the place after it is one. */
    @Test
    void aGreetingIsNoEntity() {
        Discussion d = Fixture.session()
                .person("Samuel Quaye", Role.ONLINE_MODERATOR, "Civil Society")
                .turn("Ruth Alemu", "Hello, I'm Ruth Alemu, I work for a civil society organisation in Addis Ababa.",
                        "Thank you for the panel.")
                .discussion();
        assertThat(EntityExtractor.extract(d).entities()).extracting(Entity::text)
                .doesNotContain("Hello").contains("Addis Ababa");
    }

    /**
     * "Declaration of Principles on Freedom of Expression …" is one instrument, although the tagger may take
     * "Principles" for a place; a complement that is a place still names where an instrument applies.
     */
    @Test
    void aDeclarationOfPrinciplesIsOneInstrumentWhateverItsComplementIsTaggedAs() {
        Discussion d = Fixture.session()
                .person("Mercy Chebet", Role.SPEAKER, "Civil Society")
                .turn("Mercy Chebet", "And the African Commission's Declaration of Principles on Freedom of "
                        + "Expression and Access to Information, principle 38, already says that states shall not "
                        + "interfere with access to the Internet.",
                        "Bill 21 in Quebec is another story for another day.")
                .discussion();
        assertThat(EntityExtractor.extract(d).entities())
                .filteredOn(e -> e.type().equals(EntityExtractor.INSTRUMENT)).extracting(Entity::text)
                .containsExactlyInAnyOrder("Declaration of Principles on Freedom of Expression and Access to "
                        + "Information", "Bill 21");
    }

    /**
     * A name listing its subjects goes on past their commas to the "and" closing the list; a lone comma ends it, and
     * a year after "in" says when, not which.
     */
    @Test
    void anInstrumentListingItsSubjectsGoesOnPastTheirCommas() {
        Discussion d = Fixture.session()
                .person("Hirut Alemayehu", Role.SPEAKER, "Government")
                .turn("Hirut Alemayehu", "We are working on the Act on Cybersecurity, Data Protection and Electronic"
                        + " Transactions, it is one draft.",
                        "SADC has its Protocol on Transport, Communications and Meteorology.",
                        "Kenya passed the Data Protection Act in 2019.",
                        "Its Charter on Statistics, Kenya and Uganda signed it first.",
                        "We adopted the Supplementary Act on Personal Data Protection in 2010.")
                .discussion();
        assertThat(EntityExtractor.extract(d).entities())
                .filteredOn(e -> e.type().equals(EntityExtractor.INSTRUMENT)).extracting(Entity::text)
                .containsExactlyInAnyOrder("Act on Cybersecurity, Data Protection and Electronic Transactions",
                        "Protocol on Transport, Communications and Meteorology", "Data Protection Act",
                        "Charter on Statistics", "Supplementary Act on Personal Data Protection");
    }

    /** A language is a language and an IGF process no place, whatever the tagger says; a country stays a place. */
    @Test
    void languagesAndIgfProcessesAreNoPlaces() {
        Discussion d = Fixture.session()
                .person("Daniel Chebet", Role.SPEAKER, "Government")
                .turn("Daniel Chebet", "In Kenya the moderation of hate speech in Kiswahili and Sheng is almost nothing.",
                        "We translated the toolkit into Amharic, and the Policy Network will publish it in Nairobi.")
                .discussion();
        List<Entity> found = EntityExtractor.extract(d).entities();
        assertThat(found).filteredOn(e -> Set.of("Kiswahili", "Amharic", "Sheng").contains(e.text()))
                .isNotEmpty().allSatisfy(e -> assertThat(e.type()).isEqualTo(EntityExtractor.LANGUAGE));
        assertThat(found).filteredOn(e -> e.text().equals("Policy Network"))
                .allSatisfy(e -> assertThat(e.type()).isNotEqualTo("LOCATION"));
        assertThat(found).filteredOn(e -> e.text().equals("Kenya")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("LOCATION"));
    }

    /** A place the tagger cut short is the whole place the table knows ("Côte d'Ivoire", not "Côte"). */
    @Test
    void aPlaceCutShortIsTheWholePlace() {
        Discussion d = Fixture.session()
                .person("Hélène Kouassi", Role.SPEAKER, "Private Sector")
                .turn("Hélène Kouassi", "A payment company licensed in Côte d'Ivoire that wants to operate in Ghana"
                        + " has to get a new licence.")
                .discussion();
        List<Entity> found = EntityExtractor.extract(d).entities();
        assertThat(found).extracting(Entity::text).contains("Côte d'Ivoire", "Ghana").doesNotContain("Côte");
    }

    /**
     * A form of address ("Honourable Members", "Madame la Présidente") names nobody; a parliament's chamber ("Dewan
     * Rakyat") is an organisation, whatever the tagger says; a member's own name stays a person.
     */
    @Test
    void formsOfAddressAreNoEntitiesAndChambersAreOrganisations() {
        Discussion d = Fixture.session()
                .person("Nurul Hidayah", Role.SPEAKER, "Government")
                .turn("Nurul Hidayah", "Honourable Members, the Dewan Rakyat passed the amendments in March.",
                        "Last year Dewan Rakyat members from both sides asked Anwar Rahman to publish the takedown orders.")
                .turn("Aminata Kone", "Merci, Madame la Présidente.")
                .discussion();
        List<Entity> found = EntityExtractor.extract(d).entities();
        assertThat(found).noneMatch(e -> e.text().contains("Honourable") || e.text().contains("Présidente"));
        assertThat(found).filteredOn(e -> e.text().equals("Dewan Rakyat")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("ORGANIZATION"));
    }

    @Test
    void anAcronymForAKindOfThingIsNoOrganisationButOneForABodyIs() {
        Discussion d = Fixture.session()
                .person("Amara Diallo", Role.SPEAKER, "Civil Society")
                .turn("Amara Diallo",
                        "When we talk about extended producer responsibility, EPR, the producer is absent.",
                        "EPR works only if someone collects.",
                        "The International Digital Cooperation Office (IDCO) published the survey, and IDCO will "
                        + "repeat it.")
                .discussion();
        List<Entity> found = EntityExtractor.extract(d).entities();
        assertThat(found).filteredOn(e -> e.text().equals("EPR")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("MISC"));
        assertThat(found).filteredOn(e -> e.text().equals("IDCO")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("ORGANIZATION"));
    }

    @Test
    void anInstrumentWithAPlaceTakenInFrontIsStillOneInstrument() {
        Discussion d = Fixture.session()
                .person("Henrik Aalto", Role.SPEAKER, "Private Sector")
                .turn("Henrik Aalto", "The European Cyber Resilience Act will require security updates for routers.",
                        "The IGF Secretariat has the report, and the IGF meets in June.")
                .discussion();
        List<Entity> found = EntityExtractor.extract(d).entities();
        assertThat(found).noneMatch(e -> e.text().contains("European")
                && !e.type().equals(EntityExtractor.INSTRUMENT));
        assertThat(found).filteredOn(e -> e.text().contains("Resilience")
                        || "Cyber Resilience Act".equals(e.expansion()))
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EntityExtractor.INSTRUMENT));
    }

    @Test
    void aNameHeadedByABodysNounIsAnOrganisationWhateverTheTaggerSaid() {
        Discussion d = Fixture.session()
                .person("Nia Roberts", Role.SPEAKER, "Parliament")
                .turn("Nia Roberts", "The Russell Group told us its members value the qualification.",
                        "The Sutton Trust and the Welsh Government published figures on it, and the Ministry of "
                        + "Education in Accra sent us its own.",
                        "We met them at the Etobicoke Centre last spring.")
                .discussion();
        List<Entity> found = EntityExtractor.extract(d).entities();
        assertThat(found).filteredOn(e -> List.of("Russell Group", "Sutton Trust", "Welsh Government")
                .contains(e.text())).extracting(Entity::type).containsOnly("ORGANIZATION").hasSize(3);
        assertThat(found).filteredOn(e -> e.text().startsWith("Ministry of")).extracting(Entity::type)
                .containsOnly("ORGANIZATION");
        // a process of the IGF and a place whose name ends in "Centre" keep their own types
        // a place whose name ends in "Centre" keeps its type
        assertThat(found).filteredOn(e -> e.text().contains("Etobicoke")).extracting(Entity::type)
                .containsOnly("LOCATION");
        assertThat(found).noneMatch(e -> e.text().equals("Accra") && e.type().equals("ORGANIZATION"));
    }

    @Test
    void theFormsOfOneInstrumentAreOneEntityWithTheArticleNoted() {
        // named in full, then by its acronym: shown in full, the acronym among its forms, its expansion kept
        assertThat(instruments()).filteredOn(e -> e.text().equals("General Data Protection Regulation"))
                .singleElement().satisfies(e -> {
            assertThat(e.expansion()).isEqualTo("General Data Protection Regulation");
            assertThat(e.forms()).contains("GDPR");
            assertThat(e.mentions()).isEqualTo(3);
            assertThat(e.provisions()).containsExactly("Article 22");
            assertThat(e.evidence()).singleElement().satisfies(ev -> assertThat(ev.quote())
                    .startsWith("In Kenya we built our programme"));
        });
        assertThat(instruments()).filteredOn(e -> e.text().equals("Budapest Convention")).singleElement()
                .satisfies(e -> {
                    assertThat(e.expansion()).isEqualTo("Convention on Cybercrime");
                    assertThat(e.mentions()).isEqualTo(2);
                });
    }

    /**
     * An article named apart from its instrument goes to the one the talk ties it to: before it in the sentence,
     * after it, or the only one the speaker named in the sentence just before; never to one further away, nor to
     * one of another speaker's, and a part of something else ("Section 2 of our report") to none.
     */
    @Test
    void anArticleNamedApartFromItsInstrumentIsNotedOnTheOneTheTalkTiesItTo() {
        Discussion d = Fixture.session()
                .person("Lina Haddad", Role.MODERATOR, "Civil Society")
                .person("Tomas Berg", Role.SPEAKER, "Government")
                .person("Nia Osei", Role.SPEAKER, "Private Sector")
                .turn("Tomas Berg", "For health records the GDPR gives us Article 9, and that is enough.",
                        "Our lawyers also read the Data Act closely.",
                        "Article 4 is where they start.",
                        "We then looked at the Cyber Resilience Act for devices.",
                        "Nobody in the ministry worried about that.",
                        "Article 13 came up only later.")
                .turn("Nia Osei", "Article 5 matters most to us, as Section 2 of our report says.",
                        "Under GDPR Article 22 we keep a person in the loop, and Article 30 of the Data Act on"
                                + " switching is the next thing on our list.")
                .discussion();
        List<Entity> found = EntityExtractor.extract(d).entities().stream()
                .filter(e -> e.type().equals(EntityExtractor.INSTRUMENT)).toList();
        assertThat(found).extracting(Entity::text, Entity::provisions).containsExactlyInAnyOrder(
                tuple("GDPR", List.of("Article 9", "Article 22")),
                tuple("Data Act", List.of("Article 4", "Article 30")),
                tuple("Cyber Resilience Act", List.of()));
    }

    /**
     * Plural acronyms are kinds of things, never people; the singular acronym the talk defines stays an entity, and a
     * listed person whose name is also a place ("Victoria", "Jordan") is never a location.
     */
    @Test
    void pluralAcronymsAreNoEntitiesAndPeopleNoPlaces() {
        Discussion d = Fixture.session()
                .person("Victoria Jordan", Role.MODERATOR, "Civil Society")
                .person("Kwesi Boateng", Role.SPEAKER, "Private Sector")
                .turn("Victoria Jordan", "Kwesi, you run an Internet service provider (ISP) in Accra.")
                .turn("Kwesi Boateng", "Thank you, Victoria.",
                        "VPNs are how journalists reach us when the ISPs are told to block sites.",
                        "NGOs and SIMs registered in their names keep them safe, and Jordan and Victoria know it.")
                .discussion();
        List<Entity> found = EntityExtractor.extract(d).entities();
        assertThat(found).extracting(Entity::text).doesNotContain("VPNs", "ISPs", "NGOs", "SIMs", "Victoria",
                "Jordan", "Victoria Jordan").contains("ISP", "Accra");
        assertThat(found).filteredOn(e -> e.type().equals("PERSON")).isEmpty();
    }

    /**
     * A thing's acronym ("a SIM card", "an IMEI register", "every ISP") is no organisation, a card a place issues no
     * place, a registry named with a plural before "and" one body, and "the Commission" right after the one
     * commission the turn named that body.
     */
    @Test
    void thingsNamedAfterPlacesAndBodiesInTheirShortFormsAreNamedRight() {
        Discussion d = Fixture.session()
                .person("Kwame Asante", Role.SPEAKER, "Government")
                .person("Ines Moreau", Role.SPEAKER, "Civil Society")
                .turn("Ines Moreau", "The Commission in Brussels has said nothing about identity cards so far.")
                .turn("Kwame Asante", "Ghana has issued the Ghana Card to seventeen million people.",
                        "You need it for a SIM card and for the bank.",
                        "Where a national IMEI register works, the operators block stolen phones, and every ISP "
                                + "checks it.",
                        "Our law set up the Data Protection Commission, and every bank must register with the "
                                + "Commission.",
                        "We are working with the Births and Deaths Registry on numbers for newborns.")
                .turn("Ines Moreau", "In Ghana, the Commission has too few staff, and UNICEF and UNESCO Member States agree.")
                .discussion();
        List<Entity> found = EntityExtractor.extract(d).entities();
        assertThat(found).extracting(Entity::text).doesNotContain("SIM", "IMEI", "ISP", "Births", "Deaths Registry")
                .contains("Births and Deaths Registry", "UNICEF");
        assertThat(found).filteredOn(e -> e.text().equals("Ghana Card")).extracting(Entity::type)
                .doesNotContain("LOCATION");
        assertThat(found).filteredOn(e -> e.text().equals("Ghana")).extracting(Entity::type)
                .containsExactly("LOCATION");
        // the negative case: the session said "the Commission" before naming any, so it is not the Data
        // Protection Commission, which keeps its own mentions
        Discussion named = Fixture.session()
                .person("Kwame Asante", Role.SPEAKER, "Government")
                .turn("Kwame Asante", "Our law set up the Data Protection Commission, and every bank must register "
                        + "with the Commission.", "The Commission has sixty staff.")
                .discussion();
        assertThat(EntityExtractor.extract(named).entities()).filteredOn(e -> e.text().contains("Commission"))
                .extracting(Entity::text, Entity::mentions).containsExactly(tuple("Data Protection Commission", 3));
        assertThat(found).filteredOn(e -> e.text().equals("Data Protection Commission"))
                .extracting(Entity::mentions).containsExactly(1);
        assertThat(found).filteredOn(e -> e.text().equals("Commission")).extracting(Entity::mentions)
                .containsExactly(3);
    }

    /**
     * "the Cybercrime Convention" is the Budapest Convention, the UN's convention against cybercrime another; a
     * head noun inside a body's name ("the Crown Law Office") and a nationality alone before one ("the Kenyan Act")
     * name no instrument.
     */
    @Test
    void theFormsOfTheCybercrimeConventionsAndNamesThatOnlyHoldAHeadNoun() {
        Discussion d = Fixture.session()
                .person("Rangi Parata", Role.SPEAKER, "Government")
                .turn("Rangi Parata", "We looked at joining the Cybercrime Convention last year.",
                        "The Budapest Convention asks for safeguards, and the UN Cybercrime Convention came later.",
                        "Requests went through the Crown Law Office, and nobody saw them.",
                        "On the Kenyan Act, we would be glad to share our notes.")
                .discussion();
        assertThat(EntityExtractor.extract(d).entities())
                .filteredOn(e -> e.type().equals(EntityExtractor.INSTRUMENT))
                .extracting(Entity::text, Entity::mentions)
                .containsExactlyInAnyOrder(tuple("Budapest Convention", 2), tuple("UN Convention against Cybercrime", 1));
    }

    @Test
    void wordsThatOnlyLookLikeInstrumentsAreNone() {
        assertThat(instruments()).extracting(e -> e.text().toLowerCase(Locale.ROOT))
                .noneMatch(t -> t.contains("act of") || t.contains("framework for") || t.contains("code of"));
    }

    /** CoreNLP takes some two-word countries for people; the regional groups' table knows they are places. */
    @Test
    void aCountryTaggedAsAPersonIsAPlace() {
        Discussion d = Fixture.session()
                .person("Amara Diallo", Role.MODERATOR, "Civil Society")
                .turn("Amara Diallo", "Please introduce yourself.")
                .turn("Audience", "Thank you, can I make a comment from the floor?",
                        "I'm Issa Sawadogo, from Burkina Faso, I work for the telecommunications regulator.",
                        "In Burkina Faso many of our languages are spoken, not written.")
                .discussion();
        List<Entity> found = EntityExtractor.extract(d).entities();
        assertThat(found).filteredOn(e -> e.text().equals("Burkina Faso")).singleElement()
                .extracting(Entity::type).isEqualTo("LOCATION");
        // the negative case: a person's name stays a person
        assertThat(found).filteredOn(e -> e.text().equals("Issa Sawadogo")).allSatisfy(e ->
                assertThat(e.type()).isEqualTo("PERSON"));
    }

    @Test
    void theSessionsPeopleAreNeverPlacesOrOrganisations() {
        assertThat(entities).extracting(Entity::text).noneMatch(t -> Stream.of("Chad", "Georgia", "Amara",
                "Diallo", "Morgan", "Mensah").anyMatch(t::contains));
        assertThat(entities).filteredOn(e -> e.text().equals("Ghana")).singleElement()
                .extracting(Entity::type).isEqualTo("LOCATION");
        assertThat(entities).filteredOn(e -> e.text().equals("Nelson Mandela")).singleElement()
                .extracting(Entity::type).isEqualTo("PERSON");
    }

    @Test
    void namesEndWhereAnotherBeginsOrWhereThePlaceItAppliesInIsSaid() {
        EntityExtractor.Entities found = EntityExtractor.extract(Fixture.session()
                .person("Anne-Marie Okonjo-Ward", Role.MODERATOR, "Government")
                .turn("Anne-Marie Okonjo-Ward", "Madam Chair, the Privacy Act and the Freedom of Information Act "
                        + "were both amended last spring.",
                        "Bill C-12 and Bill S-9 would change them again, much as Law 25 in Quebec did.",
                        "The Data (Scotland) Act 2018 went further than either.")
                .turn("Ken Ito", "I agree with Okonjo - Ward on the Freedom of Information Act's weak spots.",
                        "Still, the Data (Scotland) Act is the model Farida keeps pointing to.",
                        "And Senate Bill S-9 is not the end of it.",
                        "Chair, Bill said the Bill should wait.")
                .chat("Farida Haddad", "The Scottish model, yes.", false, null)
                .discussion());
        assertThat(found.entities()).filteredOn(e -> e.type().equals(EntityExtractor.INSTRUMENT))
                .extracting(Entity::text).containsExactlyInAnyOrder("Freedom of Information Act", "Privacy Act",
                        "Bill C-12", "Bill S-9", "Law 25", "Data (Scotland) Act 2018");
        assertThat(found.entities()).filteredOn(e -> e.text().startsWith("Data (Scotland) Act")).singleElement()
                .satisfies(e -> {
                    assertThat(e.mentions()).isEqualTo(2);
                    assertThat(e.forms()).containsExactly("Data (Scotland) Act");
                });
        assertThat(found.entities()).filteredOn(e -> e.text().equals("Bill S-9")).singleElement()
                .satisfies(e -> assertThat(e.forms()).containsExactly("Senate Bill S-9"));
        // a form of address, a listed name split at its hyphen, someone heard only in the chat
        assertThat(found.entities()).extracting(Entity::text)
                .noneMatch(t -> t.contains("Chair") || t.contains("Okonjo") || t.contains("Farida")
                        || t.equals("Bill"));
    }

    @Test
    void anAcronymTheTalkDefinesKeepsItsDefinitionAndItsMentions() {
        EntityExtractor.Entities found = EntityExtractor.extract(Fixture.session()
                .turn("Lena Hoffmann", "I coordinate the national computer security incident response team "
                        + "(CSIRT) in our country.",
                        "Every CSIRT in the region shares indicators with ours within a day.",
                        "The Internet Governance Forum (IGF) is where we first met the other teams.")
                .turn("Ken Ito", "The IGF, the Internet Governance Forum, keeps that door open for small "
                        + "countries.")
                .discussion());
        assertThat(found.entities()).filteredOn(e -> e.text().equals("CSIRT")).singleElement().satisfies(e -> {
            assertThat(e.expansion()).isEqualTo("computer security incident response team");
            assertThat(e.mentions()).isEqualTo(2);
        });
        assertThat(found.entities()).filteredOn(e -> e.text().equals("IGF")).singleElement().satisfies(e -> {
            assertThat(e.expansion()).isEqualTo("Internet Governance Forum");
            assertThat(e.mentions()).isEqualTo(2);
        });
        assertThat(found.entities()).extracting(Entity::text).doesNotContain("Internet Governance Forum");
        assertThat(found.warnings()).isEmpty();
    }

    @Test
    void anAcronymExplainedTwoWaysIsWarnedAbout() {
        EntityExtractor.Entities found = EntityExtractor.extract(Fixture.session()
                .turn("Lena Hoffmann", "Every Internet service provider (ISP) in the country must keep logs.")
                .turn("Ken Ito", "Our information security policy (ISP) says the opposite about logs.")
                .discussion());
        assertThat(found.warnings()).singleElement().asString()
                .contains("ISP", "\"Internet service provider\" (transcript.txt, line 5)",
                        "\"information security policy\" (transcript.txt, line 7)");
    }

    @Test
    void definitionsNeedTheInitialsToSpellTheAcronym() {
        assertThat(Acronyms.in("The Internet Society (ISOC) runs chapters.")).singleElement()
                .isEqualTo(new Acronyms.Definition("ISOC", "Internet Society"));
        assertThat(Acronyms.in("A CSIRT \u2014 computer security incident response team \u2014 answers."))
                .singleElement().isEqualTo(new Acronyms.Definition("CSIRT",
                        "computer security incident response team"));
        assertThat(Acronyms.in("We talked about AI, and innovation came later.")).isEmpty();
        assertThat(Acronyms.in("We met the UN (finally) in Geneva.")).isEmpty();
        assertThat(Acronyms.in("When we talk about extended producer responsibility, EPR, the producer is absent."))
                .singleElement().isEqualTo(new Acronyms.Definition("EPR", "extended producer responsibility"));
        assertThat(Acronyms.in("We wrote to the ministry, ITU, and WIPO.")).isEmpty();
        assertThat(Acronyms.in("The MAG, or the Multistakeholder Advisory Group, met twice.")).singleElement()
                .isEqualTo(new Acronyms.Definition("MAG", "Multistakeholder Advisory Group"));
    }

    private static boolean names(Entity e, String name) {
        return Stream.concat(Stream.of(e.text(), e.expansion() == null ? "" : e.expansion()), e.forms().stream())
                .anyMatch(t -> t.contains(name));
    }

    /**
     * "Member's Bill", "Government Bill" and "the Bill" say what kind of bill, not which: no instrument. A short
     * form whose initials spell one full name's words ("HE Act") is that instrument; one that two full names fit
     * ("DP Act") stays apart.
     */
    @Test
    void genericBillsAreNoInstrumentsAndAShortFormJoinsTheOneFullNameItSpells() {
        EntityExtractor.Entities found = EntityExtractor.extract(Fixture.session()
                .person("Lynne Hughes", Role.MODERATOR, "Government")
                .turn("Lynne Hughes", "The Higher Education (Wales) Act 2015 set up the new regulator.",
                        "Under the HE Act, the council can refuse a fee plan.",
                        "A Member's Bill and a Government Bill were both tabled, and the Bill fell in May.",
                        "A Private Members' Bill is a different thing again.")
                .turn("Kirsty Evans", "The Data Protection Act and the Digital Participation Act both matter here.",
                        "The DP Act is the one colleges ask about.",
                        "And the HE Act gives students a say.")
                .discussion());
        List<Entity> instruments = found.entities().stream()
                .filter(e -> e.type().equals(EntityExtractor.INSTRUMENT)).toList();
        assertThat(instruments).extracting(Entity::text).containsExactlyInAnyOrder(
                "Higher Education (Wales) Act 2015", "Data Protection Act", "Digital Participation Act", "DP Act");
        assertThat(instruments).filteredOn(e -> e.text().startsWith("Higher Education")).singleElement()
                .satisfies(e -> {
                    assertThat(e.mentions()).isEqualTo(3);
                    assertThat(e.forms()).contains("HE Act");
                });
        assertThat(EntityExtractor.spells("HE", "Act", "Higher Education (Wales) Act 2015")).isTrue();
        assertThat(EntityExtractor.spells("HE", "Act", "Health Act")).isFalse();
        assertThat(EntityExtractor.spells("HE", "Bill", "Higher Education (Wales) Act 2015")).isFalse();
    }

    /**
     * An act is named by a proper name, never by a complement in a purpose clause ("that Act for Ministers to
     * promote ..."); "... Environmental Law" is a field or an organisation; where one charter is named, "the
     * Charter" and its shorter name are that charter, and where two are, "the Charter" joins neither.
     */
    @Test
    void anActIsAProperNameAFieldOfLawIsNoneAndTheOnlyCharterTakesItsOtherMentions() {
        List<Entity> one = instruments(EntityExtractor.extract(Fixture.session()
                .person("Rhun Price", Role.MODERATOR, "Government")
                .turn("Rhun Price", "What happened with the Human Transplantation (Wales) Act 2013?",
                        "There was a duty in that Act for Ministers to promote transplantation.",
                        "We heard from Ecojustice and West Coast Environmental Law last week.",
                        "International Law binds us at sea as well.")
                .turn("Dana Roy", "The Convention on Island Broadcasting gave our radios a frequency.",
                        "But this is contrary to the Charter of Rights and Freedoms.",
                        "The Canadian Charter of Rights and Freedoms protects the right to move.",
                        "Under the Charter, the order is unlawful.")
                .discussion()));
        assertThat(one).extracting(Entity::text).containsExactlyInAnyOrder(
                "Human Transplantation (Wales) Act 2013", "Convention on Island Broadcasting",
                "Canadian Charter of Rights and Freedoms");
        assertThat(one).filteredOn(e -> e.text().startsWith("Canadian Charter")).singleElement().satisfies(e -> {
            assertThat(e.mentions()).isEqualTo(3);
            assertThat(e.forms()).contains("Charter of Rights and Freedoms", "Charter");
        });

        List<Entity> two = instruments(EntityExtractor.extract(Fixture.session()
                .person("Rhun Price", Role.MODERATOR, "Government")
                .turn("Rhun Price", "The European Social Charter and the Canadian Charter of Rights and Freedoms "
                        + "differ on housing.", "The Charter is clear on this point.")
                .discussion()));
        assertThat(two).extracting(Entity::text).containsExactlyInAnyOrder("European Social Charter",
                "Canadian Charter of Rights and Freedoms");
        assertThat(two).allSatisfy(e -> assertThat(e.mentions()).isEqualTo(1));
    }

    /**
     * A shorter name that the full name gives before its complement ("the Framework Convention", in "the Council of
     * Europe Framework Convention on Artificial Intelligence") is the same instrument where the session names only
     * one of its kind; beside another convention it stays apart.
     */
    @Test
    void aShorterNameBeforeTheComplementIsTheOnlyInstrumentOfItsKind() {
        List<Entity> one = instruments(EntityExtractor.extract(Fixture.session()
                .person("Rhun Price", Role.MODERATOR, "Government")
                .turn("Rhun Price", "The Council of Europe Framework Convention on Artificial Intelligence was "
                        + "opened for signature this year.", "Every state should ratify the Framework Convention soon.")
                .discussion()));
        assertThat(one).singleElement().satisfies(e -> assertThat(e.forms()).contains("Framework Convention"));

        List<Entity> two = instruments(EntityExtractor.extract(Fixture.session()
                .person("Rhun Price", Role.MODERATOR, "Government")
                .turn("Rhun Price", "The Council of Europe Framework Convention on Artificial Intelligence and the "
                        + "Budapest Convention on Cybercrime differ.", "Every state should ratify the Framework "
                        + "Convention soon.")
                .discussion()));
        assertThat(two).hasSize(3);
    }

    /**
     * A law, act, code, directive or regulation named by a long complement ("the Law on Personal Data and its
     * Protection", "the Act on the Protection of Personal Information") is found whole, up to where its name ends;
     * plain phrases on a head noun ("the law on the books", "a code of silence") are none.
     */
    @Test
    void aLongNameOnAComplementIsFoundWholeAndAPlainPhraseIsNone() {
        List<Entity> found = instruments(EntityExtractor.extract(Fixture.session()
                .person("Dinara Sadykova", Role.SPEAKER, "Government")
                .person("Hiroshi Mori", Role.SPEAKER, "Private Sector")
                .turn("Dinara Sadykova", "Kazakhstan's Law on Personal Data and its Protection was amended in 2020.",
                        "Our Code of Administrative Offences sets the fines, and the Directive on Security of "
                        + "Network and Information Systems is the model for the next step.",
                        "Many rules remain the law on the books and nothing more.")
                .turn("Hiroshi Mori", "In Japan the Act on the Protection of Personal Information of 2003 was "
                        + "our first.",
                        "There is still a code of silence about breaches, and an act of courage is needed.",
                        "The Regulation on Digital Operational Resilience and its technical standards cost banks a "
                        + "lot.")
                .discussion()));
        assertThat(found).extracting(Entity::text).containsExactlyInAnyOrder(
                "Law on Personal Data and its Protection", "Code of Administrative Offences",
                "Directive on Security of Network and Information Systems",
                "Act on the Protection of Personal Information of 2003",
                "Regulation on Digital Operational Resilience");
    }

    /**
     * A greeting in any language ("Kia ora", "Habari", "Salaam") is no entity, whatever CoreNLP tagged it; a name
     * never opens on a preposition or determiner ("In Aotearoa"), and a place so trimmed is typed as a place.
     */
    @Test
    void greetingsAreNoEntitiesAndANameOpensOnNoPrepositionOrDeterminer() {
        List<Entity> found = EntityExtractor.extract(Fixture.session()
                .person("Mereana Walker", Role.MODERATOR, "Civil Society")
                .person("Juma Mwakilema", Role.SPEAKER, "Government")
                .turn("Mereana Walker", "Kia ora koutou, welcome everyone.",
                        "In Aotearoa we started with community radio before broadband.",
                        "In Aotearoa the wait is much shorter and nobody has said it hurt an investigation.")
                .turn("Juma Mwakilema", "Habari zenu, and Salaam to our friends online.",
                        "The Tanzania Communications Regulatory Authority licensed twelve networks last year.",
                        "In Tanzania most of them run on solar power.")
                .discussion()).entities();
        assertThat(found).extracting(Entity::text).noneMatch(t -> t.startsWith("In ") || t.startsWith("The ")
                || t.contains("Kia") || t.contains("Habari") || t.contains("Salaam"));
        assertThat(found).filteredOn(e -> e.text().equals("Aotearoa")).singleElement()
                .extracting(Entity::type).isEqualTo("LOCATION");
        // the negative case: a name that only follows a preposition keeps every word of its own
        assertThat(found).extracting(Entity::text).contains("Tanzania Communications Regulatory Authority");
    }

    /**
     * The tagger's run "In Aotearoa" (both tokens an organisation) is the name "Aotearoa" and "the World Bank" the
     * "World Bank"; a lone "The" is none; "all-Wales" and "All Wales Heads" keep their first word.
     */
    @Test
    void aRunOfNamedTokensOpensOnNoPrepositionOrDeterminer() {
        assertThat(EntityExtractor.namedEntities(List.of(new Token("In", "in", "IN", "ORGANIZATION"),
                new Token("Aotearoa", "Aotearoa", "NNP", "ORGANIZATION"), new Token("the", "the", "DT", "O"),
                new Token("The", "the", "DT", "MISC"), new Token("wait", "wait", "NN", "O"),
                new Token("the", "the", "DT", "ORGANIZATION"), new Token("World", "World", "NNP", "ORGANIZATION"),
                new Token("Bank", "Bank", "NNP", "ORGANIZATION"), new Token("and", "and", "CC", "O"),
                new Token("all", "all", "DT", "MISC"), new Token("-", "-", "HYPH", "MISC"),
                new Token("Wales", "Wales", "NNP", "MISC"), new Token("and", "and", "CC", "O"),
                new Token("All", "all", "DT", "ORGANIZATION"), new Token("Wales", "Wales", "NNP", "ORGANIZATION"),
                new Token("Heads", "head", "NNS", "ORGANIZATION"))))
                .containsExactly(new String[] {"Aotearoa", "ORGANIZATION"}, new String[] {"World Bank", "ORGANIZATION"},
                        new String[] {"all-Wales", "MISC"}, new String[] {"All Wales Heads", "ORGANIZATION"});
    }

    /**
     * A numbered name said to be another name of the instrument just named ("…Act of 2012, Act 843 as everyone calls
     * it", "We call it Law 8968") is that instrument, in that sentence and after; a number in a list of instruments
     * is one of its own.
     */
    @Test
    void aNumberedNameSaidToBeAnotherNameIsThatInstrument() {
        List<Entity> found = instruments(EntityExtractor.extract(Fixture.session()
                .person("Kojo Antwi", Role.SPEAKER, "Government")
                .person("María Quesada", Role.SPEAKER, "Government")
                .turn("Kojo Antwi", "Our Data Protection Act of 2012, Act 843 as everyone in Accra calls it, set up "
                        + "the Data Protection Commission.")
                .turn("María Quesada", "Our Law on the Protection of the Person against the Processing of their "
                        + "Personal Data was adopted in 2011.", "We call it Law 8968.",
                        "Act 843 and Law 8968 both give people a right to see who looked at their data.",
                        "The Cybercrime Act, Act 12 and the Broadcasting Act all apply to platforms.")
                .discussion()));
        assertThat(found).extracting(Entity::text).containsExactlyInAnyOrder("Data Protection Act of 2012",
                "Law on the Protection of the Person against the Processing of their Personal Data", "Act 12",
                "Cybercrime Act", "Broadcasting Act");
        assertThat(found).filteredOn(e -> e.text().startsWith("Data Protection Act")).singleElement()
                .satisfies(e -> {
                    assertThat(e.mentions()).isEqualTo(3);
                    assertThat(e.forms()).contains("Act 843");
                });
        assertThat(found).filteredOn(e -> e.text().startsWith("Law on")).singleElement()
                .satisfies(e -> assertThat(e.forms()).contains("Law 8968"));
    }

    private static List<Entity> instruments(EntityExtractor.Entities found) {
        return found.entities().stream().filter(e -> e.type().equals(EntityExtractor.INSTRUMENT)).toList();
    }
}
