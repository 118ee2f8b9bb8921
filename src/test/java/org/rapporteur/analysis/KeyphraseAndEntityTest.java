package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void instrumentsAreFoundByPattern() {
        assertThat(InstrumentFinder.find("And the Cyber Resilience Act goes further than the NIST IR 8259 "
                + "baseline or ETSI EN 303 645.", List.of())).extracting(InstrumentFinder.Named::name)
                .containsExactly("CRA", "NIST IR 8259", "ETSI EN 303 645");
        assertThat(InstrumentFinder.find("The Act is clear.", List.of())).isEmpty();
    }

    @Test
    void entitiesAreCountedAndSessionPeopleLeftOut() {
        List<Entity> entities = EntityExtractor.extract(d).entities();
        assertThat(entities).filteredOn(e -> e.text().equals("CRA")).singleElement()
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
