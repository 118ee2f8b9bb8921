package org.rapporteur.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultStoreFitTest {

    @Test
    void aValueLongerThanItsColumnIsCutWithAMark() {
        assertThat(ResultStore.fit("short", 10)).isEqualTo("short");
        assertThat(ResultStore.fit(null, 10)).isNull();
        assertThat(ResultStore.fit("x".repeat(3000), 2000)).hasSize(2000).endsWith(ResultStore.TRUNCATED);
        // never half a surrogate pair
        assertThat(ResultStore.fit("abcd😀😀", 6)).isEqualTo("abcd…");
    }
}
