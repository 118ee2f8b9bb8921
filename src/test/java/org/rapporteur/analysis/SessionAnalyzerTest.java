package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Person;
import org.rapporteur.model.SessionReport;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.AnnotatedSession;
import org.rapporteur.nlp.Sentence;

class SessionAnalyzerTest {

    private final AnnotatedSession annotated = Workshop.annotated();
    private final SessionReport report = new SessionAnalyzer().analyse(annotated);

    @Test
    void theReportCarriesTheSessionAndEveryFinding() {
        assertThat(report.schemaVersion()).isEqualTo("2");
        assertThat(report.session()).isEqualTo(annotated.session().info().withActual("workshop", 4.0));
        // the page's people, with what their introductions add ("a consumer group": civil society)
        assertThat(report.people()).extracting(Person::name)
                .containsExactlyElementsOf(annotated.session().people().stream().map(Person::name).toList());
        assertThat(report.people().get(5).stakeholderGroup()).isEqualTo("Civil Society");
        assertThat(report.sources()).isEqualTo(annotated.session().sources());
        assertThat(report.keyTakeaways()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(report.callsToAction()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        assertThat(report.positions()).isNotEmpty();
        assertThat(report.agreements()).isNotEmpty();
        assertThat(report.disagreements()).isNotEmpty();
        assertThat(report.questions()).isNotEmpty();
        assertThat(report.participation().chat().messages()).isEqualTo(4);
        assertThat(report.keyphrases()).isNotEmpty();
        assertThat(report.entities()).isNotEmpty();
        assertThat(report.narrative()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theNarrativeTellsWhatTheTakeawaysDoNotQuote() {
        String narrative = Fixture.text(report.narrative());
        assertThat(report.keyTakeaways()).isNotEmpty().allSatisfy(t ->
                assertThat(narrative).doesNotContain(t.evidence().get(0).quote()));
    }

    @Test
    void everyTranscriptQuoteIsVerbatimAtItsLine() {
        List<Evidence> evidence = new ArrayList<>();
        report.keyTakeaways().forEach(c -> evidence.addAll(c.evidence()));
        report.callsToAction().forEach(c -> evidence.addAll(c.evidence()));
        report.positions().forEach(p -> p.points().forEach(c -> evidence.addAll(c.evidence())));
        report.agreements().forEach(r -> evidence.addAll(r.evidence()));
        report.disagreements().forEach(r -> evidence.addAll(r.evidence()));
        report.questions().forEach(q -> evidence.addAll(q.evidence()));
        assertThat(evidence).isNotEmpty();
        for (Evidence e : evidence) {
            if (e.source() == EvidenceSource.TRANSCRIPT) {
                String line = lineText(e.line());
                assertThat(line).as("line %d", e.line()).contains(e.quote().substring(0, Math.min(25, e.quote().length())));
                assertThat(transcriptText()).contains(e.quote());
            }
        }
    }

    @Test
    void theNarrativeQuotesSentencesVerbatim() {
        Matcher m = Pattern.compile("\u201c(.*?)\u201d").matcher(Fixture.text(report.narrative()));
        int quotes = 0;
        while (m.find()) {
            String quoted = m.group(1);
            assertThat(annotated.sentences()).extracting(Sentence::text).contains(quoted);
            quotes++;
        }
        assertThat(quotes).isGreaterThan(2);
        assertThat(report.narrative().get(0).text()).startsWith("In the round table \"Securing connected devices\", "
                + Workshop.MODERATOR + " (Technical Community) moderated and framed the discussion: ");
    }

    @Test
    void anEmptySessionGivesAnEmptyReport() {
        SessionReport empty = new SessionAnalyzer().analyse(new AnnotatedSession(Fixture.session().build(), List.of()));
        assertThat(empty.keyTakeaways()).isEmpty();
        assertThat(empty.narrative()).isEmpty();
        assertThat(empty.participation().speakers()).isEmpty();
    }

    private String lineText(int line) {
        for (Turn t : annotated.session().turns()) {
            for (Passage p : t.passages()) {
                if (p.line() == line) {
                    return p.text();
                }
            }
        }
        throw new AssertionError("no line " + line);
    }

    private String transcriptText() {
        StringBuilder all = new StringBuilder();
        annotated.session().turns().forEach(t -> all.append(t.text()).append(' '));
        return all.toString();
    }
}
