package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.model.Claim;
import org.rapporteur.nlp.Sentence;

/**
 * Key takeaways: up to three central, substantive, non-redundant statements. Candidates are quotable sentences
 * (never greetings, procedure or questions), scored by centrality, keyphrases and policy questions; the
 * shortlist earns a bonus for points echoed by other speakers or groups and for the closing round, and MMR
 * picks the final three.
 */
public final class TakeawaySelector {

    static final int LIMIT = 3;
    private static final int SHORTLIST = 30;
    /** Words beyond which a takeaway's worth falls with its length. */
    private static final int CONCISE = 30;
    /** What each other speaker or group taking a point up adds to it. */
    private static final double ECHO = 0.15;

    private TakeawaySelector() {
    }

    public static List<Claim> select(Discussion d, SentenceScorer scorer) {
        return pick(d, scorer).stream().map(i -> claim(d.sentence(i))).toList();
    }

    /** The sentences chosen as takeaways, by index, in the order spoken. */
    static List<Integer> pick(Discussion d, SentenceScorer scorer) {
        List<Integer> candidates = new ArrayList<>();
        Map<Integer, Double> base = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            if (scorer.quotable(i)) {
                // a takeaway is read on its own: a long sentence buries its point
                double length = Math.min(1.0, (double) CONCISE / d.sentence(i).wordCount());
                base.put(i, scorer.score(i) * scorer.voice(i) * length);
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer i) -> -base.get(i)));
        List<Integer> shortlist = candidates.subList(0, Math.min(SHORTLIST, candidates.size()));
        Map<Integer, Double> relevance = new HashMap<>();
        for (int i : shortlist) {
            double r = base.get(i) + ECHO * scorer.echoes(i) + (d.inClosingRound(i) ? 0.15 : 0);
            relevance.put(i, r);
        }
        List<Integer> picked = Mmr.select(shortlist, relevance::get, scorer::similarity, LIMIT, 0.7, 0.5);
        picked.sort(Integer::compare);
        return picked;
    }

    /** A sentence as a claim: tidied text, the speaker, and the verbatim sentence as evidence. */
    static Claim claim(Sentence s) {
        return new Claim(SpokenText.tidy(s.text()), s.speaker(), List.of(s.evidence()));
    }
}
