package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Person;
import org.rapporteur.model.Role;

/**
 * Names of the session's people as talk mentions them: the full name in any ASCII case, a surname or an
 * unambiguous first name as written.
 */
class SessionPeopleTest {

    private static final SessionPeople PEOPLE = new SessionPeople(List.of(
            person("Ana Ruiz"), person("José Núñez"), person("Grace Young"), person("Ana Costa")));

    /**
     * A speaker the page listed by title only, named by the chair, is still the one the title names ("I agree with
     * the Permanent Secretary"); a participant's label (a room's account) names nobody.
     */
    @Test
    void theTitleASpeakerWasListedByNamesThem() {
        SessionPeople people = new SessionPeople(List.of(
                new Person("Moses Kaanjuka", List.of(Role.SPEAKER), null, null, null,
                        List.of("Permanent Secretary", "MICT Boardroom 2 (Windhoek)"), List.of("name"), List.of()),
                new Person("Aisha Bello", List.of(Role.PARTICIPANT), null, null, null, List.of("IGF Room 6"),
                        List.of("name"), List.of()),
                person("Naledi Dlamini")));
        assertThat(people.mentioned("I agree with the Permanent Secretary on mutual recognition.", "Naledi Dlamini"))
                .isEqualTo("Moses Kaanjuka");
        assertThat(people.mentioned("Questions from IGF Room 6 please.", "Naledi Dlamini")).isNull();
    }

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

    /**
     * A first name only one person has is named in full; a name already in full, a first name two people share, and
     * a sentence's first word stay as they are.
     */
    @Test
    void aFirstNameAloneIsNamedInFull() {
        SessionPeople people = new SessionPeople(List.of(person("Henrik Vestergaard"), person("Amani Rukundo"),
                person("Will Okafor"), person("Ana Ruiz"), person("Ana Costa"), person("Jean Yip")));
        assertThat(people.inFull("A public landing station is a good use of public money, on that Amani and Henrik "
                + "agreed.")).isEqualTo("A public landing station is a good use of public money, on that Amani "
                + "Rukundo and Henrik Vestergaard agreed.");
        assertThat(people.inFull("Repair is a shared problem, and Henrik Vestergaard will bring that to Henrik's "
                + "members.")).isEqualTo("Repair is a shared problem, and Henrik Vestergaard will bring that to "
                + "Henrik Vestergaard's members.");
        assertThat(people.inFull("Will the regulators act? Ana said so.")).isEqualTo("Will the regulators act? Ana "
                + "said so.");
        assertThat(people.mentionedAll("The Saguenay-Lac-Saint-Jean region is hit hardest.")).isEmpty();
        assertThat(people.inFull("The Saguenay-Lac-Saint-Jean region is hit hardest, Jean said.")).isEqualTo(
                "The Saguenay-Lac-Saint-Jean region is hit hardest, Jean Yip said.");
        assertThat(people.inFull("Amani Rukundo agreed: \u201cHenrik is right.\u201d")).isEqualTo(
                "Amani Rukundo agreed: \u201cHenrik is right.\u201d");
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

    private static Person person(String name, String... aliases) {
        return new Person(name, List.of(Role.SPEAKER), null, null, null, List.of(aliases));
    }
}
