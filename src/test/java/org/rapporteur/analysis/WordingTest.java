package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Role;
import org.rapporteur.nlp.Sentence;

/** The third-person wording of a statement reads right whatever its subject. */
class WordingTest {

    private static final Discussion D = Fixture.session()
            .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
            .turn("Ana Ruiz", "I hope that open licences become the norm for city budget data.",
                    "Open licences make city budget data reusable by anyone.")
            .discussion();

    @Test
    void aStatementOnItsOwnSubjectIsReportedSpeech() {
        Sentence s = D.sentence(1);
        assertThat(Wording.reported("Ana Ruiz (Civil Society)", "argued", Wording.clause(s.text()), s))
                .isEqualTo("Ana Ruiz (Civil Society) argued that open licences make city budget data reusable by "
                        + "anyone.");
    }

    @Test
    void aStatementOnTheSpeakersOwnIIsQuotedNotPutAsTheReadersI() {
        Sentence s = D.sentence(0);
        assertThat(Wording.reported("Ana Ruiz (Civil Society)", "argued", Wording.clause(s.text()), s))
                .isEqualTo("Ana Ruiz (Civil Society) said: \u201cI hope that open licences become the norm for city "
                        + "budget data.\u201d")
                .doesNotContain("argued that I");
    }
}
