package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.nlp.Sentence;

/**
 * Splits a session into topic segments at turn starts where the talk shifts: low lexical cohesion between the
 * words before and after (TextTiling-style windows), a moderator taking the floor, a moderator question or an
 * explicit transition ("let's move to", "next question", "final round").
 */
final class Segmenter {

    /** Words in each cohesion window on either side of a candidate boundary. */
    private static final int WINDOW_WORDS = 300;
    /** Roughly one segment per this many spoken words. */
    private static final int WORDS_PER_SEGMENT = 2500;
    /** No segment for a policy question in fewer words than this. */
    private static final int MIN_WORDS_PER_SEGMENT = 1200;
    private static final int MAX_SEGMENTS = 6;

    private static final Cue TRANSITION = Lexicon.cue("transition");

    private Segmenter() {
    }

    static List<Segment> segments(Discussion d) {
        int n = d.size();
        List<Segment> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        int[] wordsBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            wordsBefore[i + 1] = wordsBefore[i] + d.sentence(i).wordCount();
        }
        int total = wordsBefore[n];
        // a session works through its policy questions: as many segments as it has, where it is long enough
        int byLength = Math.round((float) total / WORDS_PER_SEGMENT);
        int byAgenda = Math.min(d.session().info().policyQuestions().size(), total / MIN_WORDS_PER_SEGMENT);
        int wanted = Math.max(1, Math.min(MAX_SEGMENTS, Math.max(byLength, byAgenda)));
        int minGap = total / (wanted * 2 + 1);
        List<double[]> candidates = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (d.sentence(i).turn() != d.sentence(i - 1).turn()
                    && wordsBefore[i] >= minGap && total - wordsBefore[i] >= minGap) {
                candidates.add(new double[] {i, boundaryScore(d, i)});
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[1]));
        List<Integer> chosen = new ArrayList<>();
        for (double[] c : candidates) {
            if (chosen.size() >= wanted - 1) {
                break;
            }
            int at = (int) c[0];
            if (chosen.stream().allMatch(b -> Math.abs(wordsBefore[b] - wordsBefore[at]) >= minGap)) {
                chosen.add(at);
            }
        }
        chosen.sort(Integer::compare);
        int start = 0;
        for (int b : chosen) {
            out.add(new Segment(out.size(), start, b - 1));
            start = b;
        }
        out.add(new Segment(out.size(), start, n - 1));
        return out;
    }

    /** How strongly the talk changes at sentence {@code at}, the first of a turn. */
    private static double boundaryScore(Discussion d, int at) {
        double score = 1 - cosine(window(d, at, -1), window(d, at, 1));
        Sentence first = d.sentence(at);
        if (d.people().chairs(first.speaker())) {
            score += 0.3;
            for (int i = at; i < d.size() && d.sentence(i).turn() == first.turn(); i++) {
                if (d.kind(i) == SentenceKind.QUESTION) {
                    score += 0.3;
                    break;
                }
            }
        }
        for (int i = at; i < d.size() && d.sentence(i).turn() == first.turn() && i < at + 6; i++) {
            if (TRANSITION.find(d.sentence(i).text())) {
                score += 0.4;
                break;
            }
        }
        return score;
    }

    /** Weighted content words of about {@link #WINDOW_WORDS} words before ({@code direction} -1) or from {@code at}. */
    private static Map<String, Double> window(Discussion d, int at, int direction) {
        Map<String, Double> counts = new HashMap<>();
        int words = 0;
        for (int i = direction < 0 ? at - 1 : at; i >= 0 && i < d.size() && words < WINDOW_WORDS; i += direction) {
            words += d.sentence(i).wordCount();
            for (String t : d.terms(i)) {
                counts.merge(t, 1.0, Double::sum);
            }
        }
        return counts;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        double na = a.values().stream().mapToDouble(v -> v * v).sum();
        double nb = b.values().stream().mapToDouble(v -> v * v).sum();
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
