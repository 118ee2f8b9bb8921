package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/** Maximal marginal relevance: picks relevant items that do not repeat each other. */
final class Mmr {

    private Mmr() {
    }

    /**
     * Up to {@code k} items of {@code shortlist}, each the best of {@code lambda} x relevance minus
     * (1 - lambda) x its greatest similarity to an item already picked. Items more similar than
     * {@code maxSimilarity} to a picked one are never picked.
     */
    static <T> List<T> select(List<T> shortlist, ToDoubleFunction<T> relevance, ToDoubleBiFunction<T, T> similarity,
                              int k, double lambda, double maxSimilarity) {
        List<T> picked = new ArrayList<>();
        List<T> left = new ArrayList<>(shortlist);
        while (picked.size() < k && !left.isEmpty()) {
            T best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (T candidate : left) {
                double redundancy = 0;
                for (T p : picked) {
                    redundancy = Math.max(redundancy, similarity.applyAsDouble(candidate, p));
                }
                if (redundancy > maxSimilarity) {
                    continue;
                }
                double score = lambda * relevance.applyAsDouble(candidate) - (1 - lambda) * redundancy;
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
            if (best == null) {
                break;
            }
            picked.add(best);
            left.remove(best);
        }
        return picked;
    }
}
