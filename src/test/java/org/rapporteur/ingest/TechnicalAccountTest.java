package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TechnicalAccountTest {

    /**
     * A display name a damaged export runs on with tens of thousands of spaces (as a fuzzed Teams caption file gave, 30,000)
     * is read in one pass: the service pattern once tried every split of the spaces, for minutes. The bound only
     * catches a hang; the answers are what is checked.
     */
    @Test
    void aNameRunningOnWithSpacesIsReadAtOnce() {
        String damaged = "Carlos Far\u0017" + " ".repeat(60_000) + "7;as";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(TechnicalAccount.named(damaged)).isFalse();
            assertThat(TechnicalAccount.named("Captioner" + " ".repeat(30_000) + "- Lena")).isTrue();
            assertThat(TechnicalAccount.named("Ana Ruiz" + " ".repeat(30_000) + "- Lena")).isFalse();
        });
    }

    /** A room's account is every word a venue word, a qualifier, an acronym or a number, a venue word among them. */
    @Test
    void aRoomsAccountIsNamedByItsVenueWords() {
        assertThat(TechnicalAccount.room("Conference Room B")).isTrue();
        assertThat(TechnicalAccount.room("Main Hall Floor Mic")).isTrue();
        assertThat(TechnicalAccount.room("Stuart Hall")).isFalse();
        assertThat(TechnicalAccount.room("IGF Host 2")).isFalse();
    }
}
