package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Position;
import org.rapporteur.model.Turn;

/**
 * Positions: for each speaker who said something of substance, two to four of their own points — quotable
 * statements (never questions, greetings or procedure), best scored first, spread over the topics they spoke
 * to and not repeating each other. Speakers are ordered by words spoken.
 */
public final class PositionFinder {

    static final int MIN_POINTS = 2;
    static final int MAX_POINTS = 4;

    private PositionFinder() {
    }

    public static List<Position> find(Discussion d, SentenceScorer scorer) {
        Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>();
        for (int i = 0; i < d.size(); i++) {
            if (scorer.quotable(i)) {
                bySpeaker.computeIfAbsent(d.sentence(i).speaker(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Integer> words = new HashMap<>();
        for (Turn t : d.session().turns()) {
            words.merge(t.speaker(), t.words(), Integer::sum);
        }
        List<Position> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : bySpeaker.entrySet()) {
            if (e.getValue().size() < MIN_POINTS) {
                continue;
            }
            List<Claim> points = new ArrayList<>();
            for (int i : points(d, scorer, e.getValue())) {
                points.add(TakeawaySelector.claim(d.sentence(i)));
            }
            out.add(new Position(e.getKey(), d.group(e.getKey()), points));
        }
        out.sort(Comparator.comparingInt((Position p) -> -words.getOrDefault(p.speaker(), 0)));
        return out;
    }

    /**
     * The speaker's best points, in the order spoken: a point on a policy question or a topic segment not yet
     * covered is preferred, so the points show the speaker's view on each thing discussed.
     */
    static List<Integer> points(Discussion d, SentenceScorer scorer, List<Integer> own) {
        int wanted = own.size() < 6 ? MIN_POINTS : own.size() < 12 ? 3 : MAX_POINTS;
        Map<Integer, Double> score = new HashMap<>();
        for (int i : own) {
            score.put(i, scorer.score(i) + 0.5 * scorer.policyQuestionSimilarity(i));
        }
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < wanted) {
            Integer best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i : own) {
                if (picked.contains(i) || picked.stream().anyMatch(p -> scorer.similarity(p, i) > 0.4)) {
                    continue;
                }
                double s = score.get(i);
                if (picked.stream().anyMatch(p -> d.segmentOf(p).number() == d.segmentOf(i).number())) {
                    s *= 0.7;
                }
                int topic = scorer.closestPolicyQuestion(i);
                if (topic >= 0 && picked.stream().anyMatch(p -> scorer.closestPolicyQuestion(p) == topic)) {
                    s *= 0.7;
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            if (best == null) {
                break;
            }
            picked.add(best);
        }
        picked.sort(Integer::compare);
        return picked;
    }
}
