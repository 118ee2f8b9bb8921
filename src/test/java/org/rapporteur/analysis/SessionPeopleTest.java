package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Person;
import org.rapporteur.model.Role;

/** Names found in talk: the full name in any ASCII case, a surname or unambiguous first name as written. */
class SessionPeopleTest {

    private static final SessionPeople PEOPLE = new SessionPeople(List.of(
            person("Ana Ruiz"), person("José Núñez"), person("Grace Young"), person("Ana Costa")));

    private static Person person(String name) {
        return new Person(name, List.of(Role.SPEAKER), null, null, null, List.of());
    }

    @Test
    void fullNameInAnyAsciiCase() {
        assertThat(PEOPLE.mentionedAll("as ANA RUIZ said, and ana ruiz again")).containsExactly("Ana Ruiz");
        assertThat(PEOPLE.mentionedAll("thanks to josé núñez")).containsExactly("José Núñez");
    }

    @Test
    void nonAsciiLettersAreNotFoldedByTheFullName() {
        // (?i) without Unicode case folds A-Z only: "JOSÉ NÚÑEZ" is not "José Núñez"
        assertThat(PEOPLE.mentionedAll("thanks to JOSÉ NÚÑEZ")).isEmpty();
    }

    @Test
    void surnameOnlyAsWrittenAndAsAWholeWord() {
        assertThat(PEOPLE.mentionedAll("Ms. Young made the point")).containsExactly("Grace Young");
        assertThat(PEOPLE.mentionedAll("a young audience and Youngstown")).isEmpty();
    }

    @Test
    void firstNameOnlyWhereUnambiguous() {
        assertThat(PEOPLE.mentionedAll("Grace, over to you")).containsExactly("Grace Young");
        assertThat(PEOPLE.mentionedAll("Ana, over to you")).isEmpty();
        assertThat(PEOPLE.mentionedAll("Costa and Ruiz agreed")).containsExactly("Ana Ruiz", "Ana Costa");
    }
}
