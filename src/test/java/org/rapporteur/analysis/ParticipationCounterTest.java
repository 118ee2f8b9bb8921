package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Role;
import org.rapporteur.model.Session;

class ParticipationCounterTest {

    @Test
    void countsTurnsWordsTimeAndShares() {
        Session s = Fixture.session()
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Ben Cole", Role.SPEAKER, "Government")
                .timedTurn("Ana Ruiz", 0.0, 30.0, "one two three four five six", "seven eight nine ten")
                .timedTurn("Ben Cole", 30.0, 45.0, "one two three four five")
                .timedTurn("Ana Ruiz", 45.0, 75.0, "one two three four five six seven eight nine ten")
                .timedTurn("Voice", 75.0, 80.0, "one two three four five")
                .attendance(42)
                .build();
        Participation p = ParticipationCounter.count(s, new SessionPeople(s.people()));

        Participation.SpeakerShare ana = p.speakers().get(0);
        assertThat(ana.name()).isEqualTo("Ana Ruiz");
        assertThat(ana.turns()).isEqualTo(2);
        assertThat(ana.words()).isEqualTo(20);
        assertThat(ana.seconds()).isEqualTo(60.0);
        assertThat(ana.wordsPerMinute()).isEqualTo(20.0);
        assertThat(ana.share()).isEqualTo(0.6667);
        assertThat(ana.stakeholderGroup()).isEqualTo("Civil Society");
        assertThat(p.speakers()).extracting(Participation.SpeakerShare::name)
                .containsExactly("Ana Ruiz", "Ben Cole", "Voice");

        // a voice without a group stays in the speaker table and out of the group table
        assertThat(p.stakeholderGroups()).extracting(Participation.GroupShare::group)
                .containsExactly("Civil Society", "Government");
        assertThat(p.stakeholderGroups().get(1).words()).isEqualTo(5);
        assertThat(p.stakeholderGroups().get(1).share()).isEqualTo(0.1667);
        assertThat(p.attendance().participants()).isEqualTo(42);
        assertThat(p.chat()).isNull();
    }

    @Test
    void untimedTurnsHaveNoSpeakingTime() {
        Session s = Fixture.session().turn("Ana Ruiz", "just a few words here").build();
        Participation.SpeakerShare ana = ParticipationCounter.count(s, new SessionPeople(s.people())).speakers().get(0);
        assertThat(ana.seconds()).isNull();
        assertThat(ana.wordsPerMinute()).isNull();
        assertThat(ana.share()).isEqualTo(1.0);
    }

    @Test
    void chatCountsPublicMessagesOnly() {
        Session s = Fixture.session()
                .turn("Ana Ruiz", "hello")
                .chat("Priya", "Slides: https://example.org/slides.pdf.", false, null)
                .chat("Ken", "See www.example.net/report too", false, null)
                .chat("Priya", "Thanks!", false, 1)
                .chat("Ken", "Private link https://secret.example.org", true, null)
                .build();
        Participation.ChatActivity chat = ParticipationCounter.count(s, new SessionPeople(s.people())).chat();
        assertThat(chat.messages()).isEqualTo(3);
        assertThat(chat.participants()).isEqualTo(2);
        assertThat(chat.links()).containsExactly("https://example.org/slides.pdf", "www.example.net/report");
    }
}
