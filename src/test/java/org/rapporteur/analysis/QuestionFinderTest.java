package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Question;

class QuestionFinderTest {

    private final List<Question> questions = QuestionFinder.find(Workshop.discussion());

    @Test
    void audienceQuestionsFromTheRoomAreFound() {
        Question q = questions.stream().filter(x -> x.source() == EvidenceSource.TRANSCRIPT).findFirst().orElseThrow();
        assertThat(q.asker()).isEqualTo(Workshop.ATTENDEE);
        assertThat(q.text()).startsWith("How will the Cyber Resilience Act protect people");
        assertThat(q.answered()).isNull();
        Evidence e = q.evidence().get(0);
        assertThat(e.file()).isEqualTo(Fixture.TRANSCRIPT);
        assertThat(e.speaker()).isEqualTo(Workshop.ATTENDEE);
    }

    @Test
    void panelAndProceduralQuestionsAreNotAudienceQuestions() {
        assertThat(questions).extracting(Question::text)
                .noneMatch(t -> t.startsWith("Should we require labels"))
                .noneMatch(t -> t.contains("hear me"));
    }

    @Test
    void aChatQuestionReadOutIsOneQuestionAnsweredInTheChat() {
        List<Question> manufacturers = questions.stream()
                .filter(q -> q.text().contains("developing countries")).toList();
        assertThat(manufacturers).hasSize(1);
        Question q = manufacturers.get(0);
        assertThat(q.source()).isEqualTo(EvidenceSource.CHAT);
        assertThat(q.asker()).isEqualTo("Priya Nair");
        assertThat(q.answered()).isTrue();
        assertThat(q.relayedBy()).isEqualTo(Workshop.ONLINE);
        assertThat(q.evidence()).extracting(Evidence::source)
                .containsExactly(EvidenceSource.CHAT, EvidenceSource.TRANSCRIPT, EvidenceSource.TRANSCRIPT);
    }

    @Test
    void unansweredChatQuestionsAreUnknownAndDirectMessagesAreSkipped() {
        Question recording = questions.stream().filter(q -> q.text().contains("recording")).findFirst().orElseThrow();
        assertThat(recording.answered()).isNull();
        assertThat(questions).extracting(Question::text).noneMatch(t -> t.contains("list of speakers"));
    }

    @Test
    void submittedQuestionsAreJoinedWithoutDuplicates() {
        Evidence qaEvidence = new Evidence(EvidenceSource.QA, "qa.csv", "Anonymous", 3, null,
                "Is there a recording of the first session?");
        Question fromQa = new Question("Is there a recording of the first session?", null, EvidenceSource.QA, true,
                List.of(qaEvidence), null);
        Evidence other = new Evidence(EvidenceSource.QA, "qa.csv", "Lee", 4, null,
                "Which labelling schemes already work well for consumers?");
        Question second = new Question("Which labelling schemes already work well for consumers?", "Lee",
                EvidenceSource.QA, null, List.of(other), null);
        Discussion d = Discussion.of(new org.rapporteur.nlp.AnnotatedSession(
                Fixture.session().chat("Ken Ito", "Is there a recording of the first session?", false, null)
                        .submitted(fromQa).submitted(second).build(), List.of()));
        List<Question> found = QuestionFinder.find(d);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).source()).isEqualTo(EvidenceSource.CHAT);
        assertThat(found.get(0).answered()).isTrue();
        assertThat(found.get(0).evidence()).hasSize(2);
        assertThat(found.get(1).asker()).isEqualTo("Lee");
    }
}
