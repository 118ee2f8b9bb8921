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
        assertThat(EntityExtractor.instruments("And the Cyber Resilience Act goes further than the NIST IR 8259 "
                + "baseline or ETSI EN 303 645."))
                .containsExactly("Cyber Resilience Act", "NIST IR 8259", "ETSI EN 303 645");
        assertThat(EntityExtractor.instruments("The Act is clear.")).isEmpty();
    }

    @Test
    void entitiesAreCountedAndSessionPeopleLeftOut() {
        List<Entity> entities = EntityExtractor.extract(d);
        assertThat(entities).filteredOn(e -> e.text().equals("Cyber Resilience Act")).singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EntityExtractor.INSTRUMENT);
                    assertThat(e.mentions()).isEqualTo(2);
                });
        assertThat(entities).extracting(Entity::text)
                .doesNotContain("Rayna", "Tomas", "Mei", "Amara Diallo", "Lucia");
    }
}
