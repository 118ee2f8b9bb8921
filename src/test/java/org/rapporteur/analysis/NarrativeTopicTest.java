package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Role;

/** The narrative introduces its paragraphs with the policy question they took up and names groups once. */
class NarrativeTopicTest {

    @Test
    void policyQuestionsReadAsTopics() {
        assertThat(NarrativeWriter.topicLabel("The grading system and its fairness?"))
                .isEqualTo("the grading system and its fairness");
        assertThat(NarrativeWriter.topicLabel("PPE and business loans during the pandemic?"))
                .isEqualTo("PPE and business loans during the pandemic");
        assertThat(NarrativeWriter.topicLabel("Regulation and innovation: How could self-regulation help?"))
                .isEqualTo("regulation and innovation");
        assertThat(NarrativeWriter.topicLabel("How must governments protect children online?"))
                .isEqualTo("the policy question: How must governments protect children online?");
        // a question asked before its colon has no label: the colon lists its answers
        assertThat(NarrativeWriter.topicLabel("Where should a national CSIRT sit: in a ministry or a regulator?"))
                .isEqualTo("the policy question: Where should a national CSIRT sit: in a ministry or a regulator?");
    }

    @Test
    void paragraphsFollowThePolicyQuestionsAndNameAGroupOnce() {
        Discussion d = Fixture.session()
                .person("Lucia Ferrante", Role.MODERATOR, null)
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .policyQuestion("Open budget data in cities?")
                .turn("Lucia Ferrante", "Ana, what should cities do with their budget data?")
                .turn("Ana Ruiz", "Cities should publish their budget data under an open licence every quarter.",
                        "Journalists can only follow public money when the budget data is machine readable.")
                .turn("Tomas Berg", "Our company hosts budget data for twenty cities at a very low cost.",
                        "Open budget data portals pay off when the cities keep the budget files up to date.")
                .turn("Ana Ruiz", "Budget data without an open licence cannot be reused by anyone outside the city.")
                .discussion();
        SentenceScorer scorer = new SentenceScorer(d, Set.of());
        List<Paragraph> narrative = NarrativeWriter.write(d, scorer,
                new RelationFinder.Relations(List.of(), List.of()), List.of(), List.of(), Set.of());
        String all = Fixture.text(narrative);
        assertThat(all).contains("open budget data in cities");
        assertThat(all.split("\\(Civil Society\\)", -1)).hasSizeLessThanOrEqualTo(2);
        // every quoted part is a sentence of the transcript, verbatim
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\u201c([^\u201d]*)\u201d").matcher(all);
        while (m.find()) {
            String quote = m.group(1);
            assertThat(d.sentences()).anyMatch(s -> s.text().strip().equals(quote));
        }
    }

    @Test
    void agendaItemsWithoutTheirOwnParagraphAreNamedOnce() {
        Discussion d = Fixture.session()
                .person("Lucia Ferrante", Role.MODERATOR, null)
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .policyQuestion("Open budget data in cities?")
                .policyQuestion("Licence and reuse of budget data?")
                .policyQuestion("How do satellites reach remote islands?")
                .turn("Lucia Ferrante", "Ana, what should cities do with their budget data?")
                .turn("Ana Ruiz", "Cities should publish their budget data under an open licence every quarter.",
                        "An open licence lets journalists reuse budget data without asking the city first.")
                .turn("Tomas Berg", "Our company hosts open budget data for twenty cities at a very low cost.",
                        "Reusing budget data is only lawful when the licence of the budget data allows reuse.")
                .turn("Ana Ruiz", "Budget data without an open licence cannot be reused by anyone outside the city.")
                .turn("Tomas Berg", "Our hosting contracts are signed for five years with each city council.",
                        "Lawyers at the ministry must approve every licence for reuse before a portal opens.")
                .discussion();
        SentenceScorer scorer = new SentenceScorer(d, Set.of());
        List<Paragraph> narrative = NarrativeWriter.write(d, scorer,
                new RelationFinder.Relations(List.of(), List.of()), List.of(), List.of(), Set.of());
        String all = Fixture.text(narrative);
        // one agenda item introduces the paragraph, the one its voices speak to most (both on the licence); the
        // other is named after it with what was said on it that the paragraph did not tell, its evidence cited; the
        // untouched one is not named
        assertThat(all).contains("The discussion opened on licence and reuse of budget data.")
                .contains("On open budget data in cities, ").doesNotContain("took up");
        String on = all.substring(all.indexOf("On open budget data in cities, "));
        assertThat(narrative.get(narrative.size() - 1).evidence()).extracting(e -> e.quote())
                .anyMatch(quote -> on.contains(Wording.uncapitalised(quote).replaceAll("\\.$", "")));
        assertThat(all.split("budget data in cities", -1)).hasSize(2);
        assertThat(all).doesNotContain("satellites");
    }

    @Test
    void aThemesCentroidIsItsMostFrequentContentWords() {
        Discussion d = Fixture.session()
                .turn("Ana Ruiz", "Security labels on camera boxes tell buyers the date when updates stop.",
                        "Security labels work only when regulators check camera manufacturers and shops.",
                        "A passing remark about the weather in Geneva and the hotel breakfast buffet tables.")
                .turn("Ben Ode", "Regulators should check that camera manufacturers print the support date on boxes.",
                        "Buyers in shops compare the support period and the updates on security labels.")
                .discussion();
        Set<String> centroid = NarrativeWriter.centroid(d, d.segments().get(0));
        assertThat(centroid).hasSizeLessThanOrEqualTo(NarrativeWriter.CENTROID_TERMS)
                .contains("security", "label", "camera");
        // a word said once in an aside does not make the theme when more frequent words fill the centroid
        assertThat(centroid).doesNotContain("breakfast");
    }
}
