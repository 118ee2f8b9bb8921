package org.rapporteur.messages;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.language.PhraseTable;
import org.rapporteur.model.Claim;
import org.rapporteur.model.SessionReport;

/**
 * Which of the IGF's thematic areas (facts/igf-themes.txt) a session is about, for sessions whose page names no
 * theme: the IGF Messages are published by theme, so the secretariat's draft is grouped the way it will be read.
 * The title and the policy questions say what the session set out to discuss and weigh most; the keyphrases and the
 * takeaways say what it did discuss. Pure.
 */
final class ThematicAreas {

    private static final PhraseTable AREAS = PhraseTable.read("facts/igf-themes.txt");
    private static final int TITLE = 3;
    private static final int POLICY_QUESTION = 2;
    private static final int FINDING = 1;
    /** The least weight an area needs: one phrase in the title, or a policy question's and a finding's. */
    static final int ENOUGH = 3;
    /**
     * How far the first area must outweigh the second: a session on "AI and shutdowns" that names both alike is
     * better grouped with the sessions it shares its words with than put under one of them by a coin toss.
     */
    static final double AHEAD = 1.5;

    private ThematicAreas() {
    }

    /** The area the session is about; empty where none is named enough, or two alike. */
    static Optional<String> of(SessionReport report) {
        Map<String, Integer> weight = new HashMap<>();
        add(weight, report.session().title(), TITLE);
        report.session().policyQuestions().forEach(q -> add(weight, q, POLICY_QUESTION));
        report.keyphrases().forEach(k -> add(weight, k, FINDING));
        report.keyTakeaways().stream().map(Claim::text).forEach(t -> add(weight, t, FINDING));
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : weight.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= ENOUGH && first >= AHEAD * second ? Optional.of(best) : Optional.empty();
    }

    /**
     * Each phrase of an area the text names counts once, whatever its repeats, and a phrase inside a longer one of
     * the same area ("security" in "cyber security") not at all.
     */
    private static void add(Map<String, Integer> weight, String text, int each) {
        if (text == null || text.isBlank()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        Map<String, Integer> spanEnd = new HashMap<>();
        for (PhraseTable.Found f : AREAS.all(text)) {
            if (f.start() < spanEnd.getOrDefault(f.value(), 0)) {
                continue;
            }
            spanEnd.put(f.value(), f.end());
            String phrase = text.substring(f.start(), f.end()).toLowerCase(Locale.ROOT);
            if (seen.add(f.value() + '\n' + phrase)) {
                weight.merge(f.value(), each, Integer::sum);
            }
        }
    }
}
