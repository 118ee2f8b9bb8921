package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Entity;

class KeyphraseAndEntityTest {

    private final Discussion d = Workshop.discussion();

    @Test
    void keyphrasesAreRecurringNounPhrases() {
        List<String> phrases = KeyphraseExtractor.extract(d).stream().map(KeyphraseExtractor.Keyphrase::text).toList();
        assertThat(phrases).contains("connected devices", "security updates");
        assertThat(phrases).doesNotContain("thank", "morning", "everyone");
        assertThat(phrases).hasSizeLessThanOrEqualTo(KeyphraseExtractor.LIMIT);
    }

    /**
     * Of single words only a thing's name is a theme: not a place, not a word of a session person's name, not a
     * common noun capitalised at the start of sentences.
     */
    @Test
    void aSingleWordIsAKeyphraseOnlyAsTheNameOfAThing() {
        Discussion small = Discussion.of(Fixture.session()
                .person("Aminata Sow", org.rapporteur.model.Role.SPEAKER, "Civil Society")
                .person("Ken Ito", org.rapporteur.model.Role.SPEAKER, "Government")
                .turn("Aminata Sow", "Satellite links are expensive in Kenya.", "Satellite prices fell in Kenya.",
                        "ETSI has written a standard for such links.", "Small operators can follow ETSI here.")
                .turn("Ken Ito", "Satellite capacity in Kenya is shared by many villages.",
                        "Sow made a good point, and ETSI could help us here.",
                        "Satellite operators in Kenya want ETSI to move faster.", "I agree with Sow on prices.",
                        "As Sow said, prices matter, and Sow knows the market.")
                .annotate());

        List<String> phrases = KeyphraseExtractor.extract(small).stream()
                .map(KeyphraseExtractor.Keyphrase::text).toList();

        assertThat(phrases).contains("ETSI").doesNotContain("Kenya", "Sow", "Satellite", "satellite");
    }

    /**
     * A capitalised single word is a people, an institution or a name cut short, not a theme; a phrase of proper
     * nouns running on into a person's name ("Trinity Saint David") is none either; the stakeholder groups' names
     * and units ("per cent") head no theme; a capital inside a sentence is kept ("Canadian Armed Forces").
     */
    @Test
    void themesAreNeitherCapitalisedSingleWordsNorGroupNamesNorUnits() {
        Discussion small = Discussion.of(Fixture.session()
                .person("Aminata Sow", org.rapporteur.model.Role.SPEAKER, "Civil Society")
                .person("Ken Ito", org.rapporteur.model.Role.SPEAKER, "Government")
                .turn("Aminata Sow", "Canadians expect the Parliament to act on wage subsidies.",
                        "The Prime Minister promised wage subsidies to Canadians.",
                        "Civil society asked Parliament for wage subsidies.", "Ten per cent of firms lost staff.",
                        "Civil society also wants the Canadian Armed Forces in care homes.")
                .turn("Ken Ito", "Canadians trust the Parliament on this.", "The Prime Minister spoke to Canadians.",
                        "Twenty per cent of care homes asked for the Canadian Armed Forces.",
                        "Civil society knows care homes well.", "Ask Prime Minister Trudeau and the Parliament.")
                .annotate());

        List<String> phrases = KeyphraseExtractor.extract(small).stream()
                .map(KeyphraseExtractor.Keyphrase::text).toList();

        assertThat(phrases).contains("wage subsidies", "care homes", "Canadian Armed Forces")
                .doesNotContain("Canadians", "Parliament", "Prime", "Prime Minister", "civil society", "per cent");
    }

    /** A person's office said as often as the theme ("Cabinet Secretary") is whom the talk addresses, no theme. */
    @Test
    void aPersonsOfficeIsNoTheme() {
        Discussion small = Discussion.of(Fixture.session()
                .person("Aminata Sow", org.rapporteur.model.Role.SPEAKER, "Civil Society")
                .person("Ken Ito", org.rapporteur.model.Role.SPEAKER, "Government")
                .turn("Aminata Sow", "Cabinet Secretary, spectrum pricing decides where towers go.",
                        "The Cabinet Secretary knows that spectrum pricing is a tax on rural coverage.")
                .turn("Ken Ito", "The Cabinet Secretary has proposed lower spectrum pricing for coverage duties.",
                        "Thank you, Cabinet Secretary, spectrum pricing will be on the agenda.")
                .annotate());

        List<String> phrases = KeyphraseExtractor.extract(small).stream()
                .map(KeyphraseExtractor.Keyphrase::text).toList();

        assertThat(phrases).contains("spectrum pricing").doesNotContain("Cabinet Secretary");
    }

    /**
     * The theme a debate is about, said in several longer phrases ("data localisation laws", "… rules"), outscores a
     * weaker phrase said the same way each time; a phrase said only inside one longer phrase gives way to it.
     */
    @Test
    void aThemeSaidInsideSeveralLongerPhrasesIsTheKeyphrase() {
        Discussion small = Discussion.of(Fixture.session()
                .person("Aminata Sow", org.rapporteur.model.Role.SPEAKER, "Civil Society")
                .person("Ken Ito", org.rapporteur.model.Role.SPEAKER, "Government")
                .turn("Aminata Sow", "Data localisation laws raise the cost of cloud services.",
                        "Data localisation rules also keep small firms out.", "Data localisation is the wrong answer to a real problem.",
                        "Cloud services need open borders.")
                .turn("Ken Ito", "Data localisation mandates protect our citizens.",
                        "Data localisation laws give our courts access.", "Cloud services are not above the law.",
                        "Universal service funds pay for the rural towers.",
                        "Universal service funds are not enough.")
                .annotate());

        List<String> phrases = KeyphraseExtractor.extract(small).stream()
                .map(KeyphraseExtractor.Keyphrase::text).toList();

        assertThat(phrases.get(0)).isEqualTo("data localisation");
        assertThat(phrases).map(p -> p.toLowerCase(Locale.ROOT)).contains("universal service funds",
                "cloud services").doesNotContain("universal service", "data localisation laws", "localisation laws");
    }

    @Test
    void anAcronymAndThePhraseItSpellsAreOneKeyphrase() {
        Discussion small = Discussion.of(Fixture.session()
                .person("Aminata Sow", org.rapporteur.model.Role.SPEAKER, "Civil Society")
                .person("Ken Ito", org.rapporteur.model.Role.SPEAKER, "Government")
                .turn("Aminata Sow", "The Cyber Resilience Act changes the market.",
                        "Under the CRA, vendors must patch for five years.", "Small vendors fear the CRA.")
                .turn("Ken Ito", "I think the Cyber Resilience Act is overdue.", "Without the CRA, nothing moves.",
                        "We will copy the CRA in our own law.", "The Cyber Resilience Act will be copied.")
                .annotate());

        List<String> phrases = KeyphraseExtractor.extract(small).stream()
                .map(KeyphraseExtractor.Keyphrase::text).toList();

        assertThat(phrases).containsAnyOf("CRA", "Cyber Resilience Act")
                .filteredOn(p -> p.equals("CRA") || p.equals("Cyber Resilience Act")).hasSize(1);
    }

    @Test
    void instrumentsAreFoundByPattern() {
        assertThat(InstrumentFinder.find("And the Cyber Resilience Act goes further than the NIST IR 8259 "
                + "baseline or ETSI EN 303 645.", List.of())).extracting(InstrumentFinder.Named::name)
                .containsExactly("CRA", "NIST IR 8259", "ETSI EN 303 645");
        assertThat(InstrumentFinder.find("The Act is clear.", List.of())).isEmpty();
        // an IGF body named after its subject is no instrument; the standards it works on are
        assertThat(InstrumentFinder.find("I will send it to the Dynamic Coalition on Internet Standards, Security "
                + "and Safety, which follows ETSI EN 303 645.", List.of())).extracting(InstrumentFinder.Named::name)
                .containsExactly("ETSI EN 303 645");
        assertThat(InstrumentFinder.find("It is in the Global Digital Compact.", List.of()))
                .extracting(InstrumentFinder.Named::name).containsExactly("GDC");
    }

    @Test
    void entitiesAreCountedAndSessionPeopleLeftOut() {
        List<Entity> entities = EntityExtractor.extract(d).entities();
        assertThat(entities).filteredOn(e -> e.text().equals("Cyber Resilience Act")).singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EntityExtractor.INSTRUMENT);
                    assertThat(e.expansion()).isEqualTo("Cyber Resilience Act");
                    assertThat(e.mentions()).isEqualTo(2);
                    assertThat(e.evidence()).singleElement().satisfies(ev ->
                            assertThat(ev.quote()).contains("The Cyber Resilience Act will make"));
                });
        assertThat(entities).extracting(Entity::text)
                .doesNotContain("Rayna", "Tomas", "Mei", "Amara Diallo", "Lucia");
    }
}
