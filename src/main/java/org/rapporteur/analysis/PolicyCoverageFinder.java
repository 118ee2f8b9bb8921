package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.PolicyQuestionCoverage;
import org.rapporteur.model.Turn;

/**
 * Policy-question coverage: for each policy question of the session page, whether a speaker's turn took it up,
 * and the sentences of the closest turns as evidence. An answer spreads over a turn, so a turn is matched as a
 * whole, by the same labeller that names the themes and the issues of agreements ({@link Agenda}): the question's
 * distinctive words its substantive sentences use, at least the labeller's floor. A question that bundles several
 * ("What ...? Where ...?") is matched part by part, each part with the question's topic label ("Cyber practices:
 * ..."), so that one half is not diluted by the other. The chairs' turns are left out: framing a question is not
 * answering it.
 */
public final class PolicyCoverageFinder {

    /** Evidence kept per question, from different speakers where possible. */
    static final int EVIDENCE = 2;
    /** The share of a question's content words a text must use to count as speaking to it. */
    static final double ADDRESSED = 0.2;
    /** Content words a text must share with a question: one or two shared words are chance. */
    static final int MIN_SHARED = 3;
    /** Content words an evidence sentence must share with the question. */
    static final int MIN_SHARED_SENTENCE = 2;
    private static final int MIN_WORDS = 8;
    private static final int LABEL_MAX_WORDS = 8;
    /** Words of the questions' own phrasing that say nothing of their topic. */
    private static final Set<String> PHRASING = Set.of("are", "is", "was", "were", "been", "being", "does", "did",
            "has", "had", "can", "could", "existing", "exist", "addressed", "address", "ensuring", "help", "beyond",
            "against", "allow", "best", "way", "ways", "role", "within", "across", "among", "between", "stakeholder");

    /** A turn's match with one question: its eligible sentences and the share of the question they use. */
    record TurnMatch(List<Integer> sentences, Set<String> part, double score, int shared) {
    }

    private PolicyCoverageFinder() {
    }

    public static List<PolicyQuestionCoverage> find(Discussion d) {
        Map<Turn, List<Integer>> turns = new LinkedHashMap<>();
        List<Set<String>> words = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            boolean eligible = d.substantive(i) && d.sentence(i).wordCount() >= MIN_WORDS
                    && !d.people().chairs(d.sentence(i).speaker());
            words.add(eligible ? d.words(i) : Set.of());
            if (eligible) {
                turns.computeIfAbsent(d.sentence(i).turn(), t -> new ArrayList<>()).add(i);
            }
        }
        List<PolicyQuestionCoverage> out = new ArrayList<>();
        List<String> questions = d.session().info().policyQuestions();
        for (int q = 0; q < questions.size(); q++) {
            List<TurnMatch> matches = matches(d.agenda(), q, turns.values(), words, parts(questions.get(q)));
            List<Evidence> evidence = matches.isEmpty() ? List.of() : evidence(d, matches, words);
            out.add(new PolicyQuestionCoverage(questions.get(q), !evidence.isEmpty(), evidence));
        }
        return out;
    }

    /**
     * The content words of each part of a question: its sub-questions, each with the topic label before the first
     * colon when there is a short one.
     */
    static List<Set<String>> parts(String question) {
        String body = question;
        Set<String> label = Set.of();
        int colon = question.indexOf(':');
        int mark = question.indexOf('?');
        if (colon > 0 && (mark < 0 || colon < mark)) {
            String head = question.substring(0, colon);
            if (head.strip().split("\\s+").length <= LABEL_MAX_WORDS) {
                label = topical(head);
                body = question.substring(colon + 1);
            }
        }
        List<Set<String>> parts = new ArrayList<>();
        for (String sub : body.split("\\?")) {
            Set<String> terms = new LinkedHashSet<>(label);
            terms.addAll(topical(sub));
            if (terms.size() > label.size()) {
                parts.add(terms);
            }
        }
        if (parts.isEmpty() && !label.isEmpty()) {
            parts.add(label);
        }
        return parts;
    }

    private static Set<String> topical(String text) {
        Set<String> terms = new LinkedHashSet<>(Terms.ofPlainText(text));
        terms.removeAll(PHRASING);
        return terms;
    }

    /**
     * The turns that take up question {@code q}, the labeller's support at least its floor, best first; each with the
     * part of the question whose words it uses most.
     */
    static List<TurnMatch> matches(Agenda agenda, int q, Iterable<List<Integer>> turns, List<Set<String>> words,
                                   List<Set<String>> parts) {
        List<TurnMatch> out = new ArrayList<>();
        for (List<Integer> turn : turns) {
            double score = agenda.support(turn, q);
            if (score < Agenda.FLOOR || parts.isEmpty()) {
                continue;
            }
            Set<String> used = new HashSet<>();
            turn.forEach(i -> used.addAll(words.get(i)));
            Set<String> best = parts.get(0);
            for (Set<String> part : parts) {
                if (Terms.shared(used, part) > Terms.shared(used, best)) {
                    best = part;
                }
            }
            out.add(new TurnMatch(turn, best, score, Terms.shared(used, best)));
        }
        out.sort(Comparator.comparingDouble(TurnMatch::score).reversed()
                .thenComparingInt(m -> m.sentences().get(0)));
        return out;
    }

    /**
     * From the best-matching turns, one per speaker first, the sentence that uses most of the question's words
     * (the more focused one on a tie), never two saying the same.
     */
    private static List<Evidence> evidence(Discussion d, List<TurnMatch> matches, List<Set<String>> words) {
        List<Integer> picked = new ArrayList<>();
        for (boolean anySpeaker : new boolean[] {false, true}) {
            for (TurnMatch m : matches) {
                if (picked.size() >= EVIDENCE) {
                    break;
                }
                int best = bestSentence(m, words);
                if (best < 0) {
                    continue;
                }
                String speaker = d.sentence(m.sentences().get(0)).speaker();
                boolean spoke = picked.stream().anyMatch(p -> d.sentence(p).speaker().equals(speaker));
                boolean repeats = picked.stream().anyMatch(p -> p == best
                        || Terms.similarity(d.terms(p), d.terms(best)) > 0.5);
                if ((anySpeaker || !spoke) && !repeats) {
                    picked.add(best);
                }
            }
        }
        return picked.stream().map(i -> d.sentence(i).evidence()).toList();
    }

    private static int bestSentence(TurnMatch m, List<Set<String>> words) {
        int best = -1;
        int bestShared = 0;
        double bestFocus = 0;
        for (int i : m.sentences()) {
            int shared = Terms.shared(words.get(i), m.part());
            double focus = Terms.similarity(words.get(i), m.part());
            if (shared >= MIN_SHARED_SENTENCE && (shared > bestShared || shared == bestShared && focus > bestFocus)) {
                best = i;
                bestShared = shared;
                bestFocus = focus;
            }
        }
        return best;
    }
}
