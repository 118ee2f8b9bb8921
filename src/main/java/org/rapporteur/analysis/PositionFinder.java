package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Position;
import org.rapporteur.model.Turn;

/**
 * Positions: for each speaker who said something of substance, two to four of their own points — quotable
 * statements (never questions, greetings or procedure), best scored first, spread over the topics they spoke
 * to and not repeating each other. Speakers are ordered by words spoken.
 */
public final class PositionFinder {

    static final int MIN_POINTS = 2;
    static final int MAX_POINTS = 6;
    /** Points a speaker's distinct turns earn, up to this many; more come only from words spoken. */
    private static final int POINTS_BY_TURNS = 4;
    /** Spoken words that earn a speaker one point: a main witness of a long hearing gets more than a questioner. */
    private static final int WORDS_PER_POINT = 400;
    /** A first turn this long is the speaker's opening statement; its best point summarises it. */
    static final int OPENING_STATEMENT_WORDS = 80;
    static final String OPENING_STATEMENT = "opening-statement";
    /** What the longest turn of a speaker adds to the worth of its sentences as points. */
    private static final double LONG_TURN = 1.0;
    /** Further places a point is cited at, and the overlap of content words that makes a sentence a restatement. */
    static final int RESTATEMENTS = 2;
    private static final double RESTATED = 0.3;
    /** What each place a point was made again adds to its worth. */
    private static final double RECURRENCE = 0.3;

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
            List<Integer> picked = points(d, scorer, e.getValue(), words.getOrDefault(e.getKey(), 0));
            int opening = openingTurn(d, e.getKey());
            Set<Integer> turnsCited = new HashSet<>();
            picked.forEach(i -> turnsCited.add(d.sentence(i).turn().index()));
            List<Claim> points = new ArrayList<>();
            for (int i : picked) {
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(d.sentence(i).evidence());
                for (int j : restatements(d, scorer, i, e.getValue(), turnsCited)) {
                    evidence.add(d.sentence(j).evidence());
                }
                boolean fromOpening = d.sentence(i).turn().index() == opening && picked.stream().filter(p ->
                        d.sentence(p).turn().index() == opening).findFirst().orElse(-1) == i;
                points.add(new Claim(SpokenText.tidy(d.sentence(i).text()), e.getKey(), evidence,
                        fromOpening ? OPENING_STATEMENT : null));
            }
            out.add(new Position(e.getKey(), d.group(e.getKey()), points));
        }
        out.sort(Comparator.comparingInt((Position p) -> -words.getOrDefault(p.speaker(), 0)));
        return out;
    }

    /**
     * The speaker's best points, in the order spoken. A speaker sets out a view in their long turns, so a
     * sentence's worth grows with the length of its turn; each point comes from another turn where the speaker has
     * several, and a point in a stretch of the speaker's talk, a topic segment or a policy question not yet
     * covered is preferred, so the points show the speaker's view on each thing discussed.
     */
    static List<Integer> points(Discussion d, SentenceScorer scorer, List<Integer> own, int spokenWords) {
        Map<Integer, Integer> turnWords = new LinkedHashMap<>();
        for (int i : own) {
            turnWords.putIfAbsent(d.sentence(i).turn().index(), d.sentence(i).turn().words());
        }
        int longest = turnWords.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int wanted = Math.max(MIN_POINTS, Math.min(MAX_POINTS, Math.max(Math.min(POINTS_BY_TURNS,
                turnWords.size()), Math.round((float) spokenWords / WORDS_PER_POINT))));
        int opening = openingTurn(d, d.sentence(own.get(0)).speaker());
        Map<Integer, Integer> stretch = stretches(turnWords, wanted);
        Map<Integer, Double> score = new HashMap<>();
        for (int i : own) {
            int words = turnWords.get(d.sentence(i).turn().index());
            // a view the speaker came back to in other turns is more of their position than a passing remark
            int recurrences = recurrences(d, scorer, i, own);
            // a panellist's opening statement is summarised by one of its points
            boolean openingStatement = d.sentence(i).turn().index() == opening;
            score.put(i, scorer.score(i) + 0.5 * scorer.policyQuestionSimilarity(i) + LONG_TURN * words / longest
                    + RECURRENCE * recurrences + (openingStatement ? 0.5 : 0));
        }
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < wanted) {
            Integer best = next(d, scorer, own, picked, score, stretch, true);
            if (best == null) {
                best = next(d, scorer, own, picked, score, stretch, false);
            }
            if (best == null) {
                break;
            }
            picked.add(best);
        }
        picked.sort(Integer::compare);
        return picked;
    }

    /** The best next point, from a turn not cited yet when {@code otherTurn}; null when none is left. */
    private static Integer next(Discussion d, SentenceScorer scorer, List<Integer> own, List<Integer> picked,
                                Map<Integer, Double> score, Map<Integer, Integer> stretch, boolean otherTurn) {
        Integer best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i : own) {
            if (picked.contains(i) || picked.stream().anyMatch(p -> scorer.similarity(p, i) > 0.4)
                    || otherTurn && picked.stream().anyMatch(p -> sameTurn(d, p, i))) {
                continue;
            }
            double s = score.get(i);
            int turn = d.sentence(i).turn().index();
            if (picked.stream().anyMatch(p -> stretch.get(d.sentence(p).turn().index()).equals(stretch.get(turn)))) {
                s *= 0.8;
            }
            if (picked.stream().anyMatch(p -> d.segmentOf(p).number() == d.segmentOf(i).number())) {
                s *= 0.8;
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
        return best;
    }

    /**
     * Where else the speaker made the point: up to {@link #RESTATEMENTS} of their sentences in other turns, not
     * cited yet, that share enough of the point's content words, the closest first. A view a speaker returns to
     * is cited wherever it was put, so the rapporteur can check each place.
     */
    static List<Integer> restatements(Discussion d, SentenceScorer scorer, int point, List<Integer> own,
                                      Set<Integer> turnsCited) {
        List<Integer> close = new ArrayList<>();
        for (int j : own) {
            if (!turnsCited.contains(d.sentence(j).turn().index()) && scorer.similarity(point, j) >= RESTATED) {
                close.add(j);
            }
        }
        close.sort(Comparator.comparingDouble((Integer j) -> -scorer.similarity(point, j)));
        List<Integer> out = new ArrayList<>();
        for (int j : close) {
            if (out.size() < RESTATEMENTS && turnsCited.add(d.sentence(j).turn().index())) {
                out.add(j);
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    /** In how many other turns (at most {@link #RESTATEMENTS}) the speaker made the point again. */
    private static int recurrences(Discussion d, SentenceScorer scorer, int point, List<Integer> own) {
        Set<Integer> turns = new HashSet<>();
        int turn = d.sentence(point).turn().index();
        for (int j : own) {
            int other = d.sentence(j).turn().index();
            if (other != turn && !turns.contains(other) && scorer.similarity(point, j) >= RESTATED) {
                turns.add(other);
                if (turns.size() >= RESTATEMENTS) {
                    break;
                }
            }
        }
        return turns.size();
    }

    /** Each of the speaker's turns numbered by the equal share of their words it falls in, 0..parts-1. */
    private static Map<Integer, Integer> stretches(Map<Integer, Integer> turnWords, int parts) {
        int total = turnWords.values().stream().mapToInt(Integer::intValue).sum();
        Map<Integer, Integer> out = new HashMap<>();
        int before = 0;
        for (Map.Entry<Integer, Integer> e : turnWords.entrySet()) {
            out.put(e.getKey(), Math.min(parts - 1, (int) ((long) parts * before / Math.max(1, total))));
            before += e.getValue();
        }
        return out;
    }

    /** The index of the speaker's opening statement: their first turn of substance, where it is long; -1 if none. */
    static int openingTurn(Discussion d, String speaker) {
        for (int i = 0; i < d.size(); i++) {
            if (d.sentence(i).speaker().equals(speaker) && d.substantive(i)) {
                return d.sentence(i).turn().words() >= OPENING_STATEMENT_WORDS ? d.sentence(i).turn().index() : -1;
            }
        }
        return -1;
    }

    private static boolean sameTurn(Discussion d, int a, int b) {
        return d.sentence(a).turn().index() == d.sentence(b).turn().index();
    }
}
