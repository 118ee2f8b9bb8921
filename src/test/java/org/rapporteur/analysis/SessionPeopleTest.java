package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Person;
import org.rapporteur.model.Role;

/** Names of the session's people as talk mentions them. */
class SessionPeopleTest {

    /**
     * A listed Robert Lindqvist who spoke as "Bob Lindqvist" is "Bob" in talk; a device's label and a role label in
     * capitals give no name, and a first name two people go by names neither.
     */
    @Test
    void theGivenNameSomeoneGoesByNamesThem() {
        SessionPeople people = new SessionPeople(List.of(
                person("Robert Lindqvist", "Bob Lindqvist"), person("Tomasz Wójcik"),
                person("Rashida Alhassan", "Hall B Floor Mic"), person("Vera Esterhuysen", "CHAIR ESTERHUYSEN")));
        assertThat(people.mentioned("Where I'd part ways with Bob a little is on governance.", "Tomasz Wójcik"))
                .isEqualTo("Robert Lindqvist");
        assertThat(people.mentioned("The Floor is yours, and the Mic too.", "Tomasz Wójcik")).isNull();
        assertThat(people.mentioned("As the CHAIR said, we start late.", "Tomasz Wójcik")).isNull();

        SessionPeople two = new SessionPeople(List.of(person("Robert Lindqvist", "Bob Lindqvist"),
                person("Bob Mensah"), person("Tomasz Wójcik")));
        assertThat(two.mentioned("Where I'd part ways with Bob a little is on governance.", "Tomasz Wójcik")).isNull();
    }

    private static Person person(String name, String... aliases) {
        return new Person(name, List.of(Role.SPEAKER), null, null, null, List.of(aliases));
    }
}
