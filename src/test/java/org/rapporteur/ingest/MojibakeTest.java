package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Letters garbled by reading UTF-8 as Latin-1: put back where that is certain, warned about where it is not. */
class MojibakeTest {

    /** What a UTF-8 text looks like once read as Windows-1252: the garbling itself, made here rather than typed. */
    private static String garbled(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252"));
    }

    @Test
    void putsBackGarbledLettersAndPunctuation() {
        assertThat(garbled("Mélanie’s café – déjà")).isEqualTo("MÃ©lanieâ€™s cafÃ© â€“ dÃ©jÃ\u00a0");
        assertThat(Mojibake.repaired(garbled("Mélanie’s café – déjà"))).isEqualTo("Mélanie’s café – déjà");
        assertThat(Mojibake.repaired(garbled("Sébastien Bachollet"))).isEqualTo("Sébastien Bachollet");
    }

    @Test
    void leavesTextThatOnlyLooksGarbledAlone() {
        // "Ã" then a letter that no UTF-8 byte reads as, and plain accented text
        assertThat(Mojibake.repaired("SÃO PAULO")).isEqualTo("SÃO PAULO");
        assertThat(Mojibake.repaired("Mélanie Joly")).isEqualTo("Mélanie Joly");
        assertThat(Mojibake.find(List.of("Mélanie Joly", "SÃO PAULO"))).isNull();
    }

    @Test
    void aWhollyGarbledFileIsPutBackWithAWarning() {
        byte[] bytes = ("MODERATOR: Bienvenue.\n" + garbled("JOSÉ PÉREZ: Gracias, señora.") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        SourceText text = TextDecoder.decode("transcript.txt", bytes);

        assertThat(text.lines()).containsExactly("MODERATOR: Bienvenue.", "JOSÉ PÉREZ: Gracias, señora.");
        assertThat(text.warning()).contains("transcript.txt").contains("garbled on 1 lines")
                .contains("first on line 2").contains("put back throughout");
    }

    @Test
    void aFileWithSomeGarbledAndSomeGoodLettersIsLeftAsItIsAndWarnedAboutByLine() {
        byte[] bytes = ("José Pérez: Bienvenue.\nOK\n" + garbled("Mélanie Joly: Merci.") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        SourceText text = TextDecoder.decode("transcript.txt", bytes);

        assertThat(text.lines().get(2)).isEqualTo("MÃ©lanie Joly: Merci.");
        assertThat(text.warning()).startsWith("transcript.txt:3: garbled letters (\"MÃ©lanie\", probably \"Mélanie\")")
                .contains("left as in the file");
    }
}
