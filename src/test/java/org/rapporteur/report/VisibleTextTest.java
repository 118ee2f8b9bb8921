package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void controlCharactersBecomeVisibleAndTextStaysAsWritten() {
        assertThat(VisibleText.of("a\u0000b\u001b[31mc\u0007\u007f\u0085")).isEqualTo("a␀b␛[31mc␇␡\uFFFD");
        assertThat(VisibleText.of("tab\tline\nwindows\r\nlone\rend")).isEqualTo("tab\tline\nwindows\r\nlone␍end");
        String plain = "Robert'); DROP TABLE SESSIONS; -- « café »";
        assertThat(VisibleText.of(plain)).isSameAs(plain);
    }
}
