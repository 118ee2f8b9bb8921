package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.PolicyQuestionCoverage;
import org.rapporteur.model.Relation;

/**
 * The last step of a report: policy-question coverage made to agree with the narrative, the converging and diverging
 * views and the key takeaways. Coverage, themes and views are labelled by one {@link Agenda}, but over different
 * stretches (a turn, leaving the chairs out; a segment; an exchange of two turns), and the takeaways sentence by
 * sentence, so a question can come out "not addressed" while a narrative paragraph opens on it, an agreement is about
 * it or a takeaway answers it. The narrative and the takeaways only ever say what was discussed, never what was
 * not, so the one contradiction possible is that one; it is settled for the report's own words: the question is
 * marked addressed, with the paragraph's or takeaway's evidence, and one warning names them.
 */
final class CoverageCheck {

    /** The coverage the report gives, and one warning naming every question it changed. */
    record Result(List<PolicyQuestionCoverage> coverage, List<String> warnings) {

        Result {
            coverage = List.copyOf(coverage);
            warnings = List.copyOf(warnings);
        }
    }

    private CoverageCheck() {
    }

    static Result reconcile(List<PolicyQuestionCoverage> coverage, List<Paragraph> narrative,
                            List<Claim> takeaways, List<Relation> relations) {
        List<PolicyQuestionCoverage> out = new ArrayList<>();
        List<String> byNarrative = new ArrayList<>();
        List<String> byRelation = new ArrayList<>();
        List<String> byTakeaway = new ArrayList<>();
        for (PolicyQuestionCoverage c : coverage) {
            if (c.addressed()) {
                out.add(c);
                continue;
            }
            List<Set<String>> parts = PolicyCoverageFinder.parts(c.question());
            String label = NarrativeWriter.topicLabel(c.question());
            // the opening names the page's question ("The session page asked: ..."): that is no sign it was discussed
            Paragraph paragraph = narrative.stream().skip(1)
                    .filter(p -> c.question().equals(p.topic()) || p.text().contains(label)).findFirst()
                    .orElse(null);
            // an agreement or disagreement the labeller found about the question took it up as well
            String issue = label.replaceFirst("^the policy question: ", "");
            Relation relation = relations.stream().filter(r -> issue.equals(r.issue())).findFirst().orElse(null);
            Claim takeaway = takeaways.stream().filter(t -> about(t.text(), parts)).findFirst().orElse(null);
            if (paragraph == null && relation == null && takeaway == null) {
                out.add(c);
                continue;
            }
            List<Evidence> evidence = evidence(paragraph != null ? paragraph.evidence()
                    : relation != null ? relation.evidence() : takeaway.evidence(), parts);
            out.add(new PolicyQuestionCoverage(c.question(), true, evidence));
            (paragraph != null ? byNarrative : relation != null ? byRelation : byTakeaway)
                    .add("\"" + c.question() + "\"");
        }
        List<String> warnings = new ArrayList<>();
        if (!byNarrative.isEmpty() || !byRelation.isEmpty() || !byTakeaway.isEmpty()) {
            // one warning for them all: a session with vague questions must not bury the other warnings
            List<String> why = new ArrayList<>();
            if (!byNarrative.isEmpty()) {
                why.add("the Session Report narrative takes up " + NarrativeWriter.list(byNarrative));
            }
            if (!byRelation.isEmpty()) {
                why.add("the converging and diverging views speak to " + NarrativeWriter.list(byRelation));
            }
            if (!byTakeaway.isEmpty()) {
                why.add("a key takeaway speaks to " + NarrativeWriter.list(byTakeaway));
            }
            int n = byNarrative.size() + byRelation.size() + byTakeaway.size();
            String it = n == 1 ? "it" : "them";
            warnings.add("No single turn answers " + (n == 1 ? "this policy question" : "these " + n + " policy "
                    + "questions") + " closely, but " + String.join(", and ", why) + ", so the report marks " + it
                    + " as addressed: check that the session discussed " + it + ".");
        }
        return new Result(out, warnings);
    }

    /** Whether a text uses a fair share of a part of the question, as a turn must to address it. */
    private static boolean about(String text, List<Set<String>> parts) {
        Set<String> words = Terms.ofPlainText(text);
        return parts.stream().anyMatch(part -> {
            int shared = Terms.shared(words, part);
            return shared >= Math.min(PolicyCoverageFinder.MIN_SHARED, part.size())
                    && (double) shared / part.size() >= PolicyCoverageFinder.ADDRESSED;
        });
    }

    /**
     * The quotes that share words with the question as a coverage quote must, most first, up to the coverage's own
     * number; the closest one where none does.
     */
    private static List<Evidence> evidence(List<Evidence> quotes, List<Set<String>> parts) {
        List<Evidence> ranked = new ArrayList<>(quotes);
        ranked.sort((a, b) -> Integer.compare(shared(b, parts), shared(a, parts)));
        List<Evidence> close = ranked.stream()
                .filter(e -> shared(e, parts) >= PolicyCoverageFinder.MIN_SHARED_SENTENCE)
                .limit(PolicyCoverageFinder.EVIDENCE).toList();
        return close.isEmpty() ? ranked.subList(0, Math.min(1, ranked.size())) : close;
    }

    private static int shared(Evidence e, List<Set<String>> parts) {
        Set<String> words = Terms.ofPlainText(e.quote());
        return parts.stream().mapToInt(p -> Terms.shared(words, p)).max().orElse(0);
    }
}
