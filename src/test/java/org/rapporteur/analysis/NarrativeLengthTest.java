package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Role;

/**
 * The narrative keeps within its length in all: the least important voices of a theme go first, whole, with their
 * evidence; a narrative within its length is left as written.
 */
class NarrativeLengthTest {

    private static Discussion labels() {
        return Fixture.session()
                .person("Lucia Ferrante", Role.MODERATOR, null)
                .person("Ana Ruiz", Role.SPEAKER, "Civil Society")
                .person("Tomas Berg", Role.SPEAKER, "Private Sector")
                .person("Kofi Mensah", Role.SPEAKER, "Government")
                .person("Lin Wei", Role.SPEAKER, "Technical Community")
                .policyQuestion("Security labels: Should connected devices carry a security label?")
                .turn("Lucia Ferrante", "What should a security label on a connected device tell the buyer?")
                .turn("Ana Ruiz", "A security label must show the date until which the device gets security updates.",
                        "Buyers cannot see security, so the label is the only signal the market has.")
                .turn("Tomas Berg", "Manufacturers can print the end date of security updates on every box.",
                        "A voluntary label is enough when the big retailers ask for it.")
                .turn("Kofi Mensah", "Our regulator will make the security label mandatory for cameras next year.",
                        "A mandatory label protects the buyers who never read the small print.")
                .turn("Lin Wei", "Security labels should link to a public database of known vulnerabilities.",
                        "A static label is out of date the week after the device is sold.")
                .discussion();
    }

    private static List<Paragraph> write(Discussion d, int limit) {
        return NarrativeWriter.write(d, new SentenceScorer(d, Set.of()),
                new RelationFinder.Relations(List.of(), List.of()), List.of(), List.of(), Set.of(), limit);
    }

    private static int words(List<Paragraph> narrative) {
        return narrative.stream().mapToInt(p -> p.text().split("\\s+").length).sum();
    }

    @Test
    void theLeastImportantVoicesGoFirstUntilTheNarrativeFits() {
        Discussion d = labels();
        List<Paragraph> full = write(d, 100_000);
        String theme = full.get(1).text();
        assertThat(theme).contains("Ana Ruiz", "Tomas Berg", "Kofi Mensah", "Lin Wei");

        int limit = words(full) - 5;
        List<Paragraph> shorter = write(d, limit);
        assertThat(words(shorter)).isLessThanOrEqualTo(limit);
        String cut = shorter.get(1).text();
        // one voice less, the theme's first still told
        long voices = Pattern.compile("Ana Ruiz|Tomas Berg|Kofi Mensah|Lin Wei").matcher(cut).results().count();
        assertThat(voices).isLessThan(Pattern.compile("Ana Ruiz|Tomas Berg|Kofi Mensah|Lin Wei").matcher(theme)
                .results().count()).isGreaterThanOrEqualTo(1);
        // no sentence cut: every quotation is a transcript sentence whole, and cited
        for (Paragraph p : shorter) {
            Matcher m = Pattern.compile("\u201c([^\u201d]*)\u201d").matcher(p.text());
            while (m.find()) {
                String quote = m.group(1);
                assertThat(p.evidence()).extracting(Evidence::quote).anyMatch(quote::contains);
            }
            assertThat(p.text()).doesNotContain("\u2026\u201d");
        }
    }

    @Test
    void aNarrativeWithinItsLengthIsLeftAsWritten() {
        Discussion d = labels();
        List<Paragraph> full = write(d, 100_000);
        assertThat(write(d, words(full))).isEqualTo(full);
        assertThat(NarrativeWriter.write(d, new SentenceScorer(d, Set.of()),
                new RelationFinder.Relations(List.of(), List.of()), List.of(), List.of(), Set.of())).isEqualTo(full);
    }
}
