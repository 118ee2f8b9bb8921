package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the session page's policy questions a stretch of talk is about: the one labeller behind the theme
 * paragraphs' topics, the issue of an agreement or disagreement and the policy-question coverage, so the three
 * never name different questions for the same talk.
 *
 * <p>A word the question shares with the talk counts by how distinctive it is in this session: its inverse
 * frequency over the session's turns. In a session on local languages "language" is in nearly every turn and says
 * nothing of which question a stretch takes up; "licence" said in two turns does. A stretch's support for a
 * question is the share of the question's weight it says (the best part of a question that bundles several), a word
 * counting in full once said twice, so that a word every turn uses, said a hundred times, still weighs little.
 * Below {@link #FLOOR} the stretch is about no policy question, and the labeller names its topic instead: the
 * session's keyphrase it uses most for its share of the session's use.
 */
final class Agenda {

    /**
     * The support a stretch must give a question to be about it: a quarter of the weight of the question's words said
     * (a page's question is longer than anyone says it, and its words nobody said count against it).
     */
    static final double FLOOR = 0.25;
    /** How close to a page's policy question a sentence reading it out is (cosine of their words). */
    private static final double READ_OUT = 0.5;
    /** Times a keyphrase must be used in a stretch to name its topic: once may be in passing. */
    private static final int TOPIC_USES = 2;
    /** The label of a round of opening statements, and the speakers who make one. */
    static final String STATEMENTS = "opening statements";
    private static final int STATEMENTS_VOICES = 3;
    /** Speakers who must use a keyphrase in a stretch for it to name the stretch's topic. */
    private static final int TOPIC_VOICES = 2;

    /** What a stretch is about: a policy question (its number on the page) or, with number -1, a topic phrase. */
    record Label(int question, String text) {

        boolean isPolicyQuestion() {
            return question >= 0;
        }
    }

    private final Discussion d;
    private final List<String> questions;
    /** Each policy question's words, for telling a sentence that reads one out. */
    private final List<Set<String>> questionTerms;
    /** Each question's parts, each part's words with their weights. */
    private final List<List<Map<String, Double>>> parts = new ArrayList<>();
    private final List<List<Double>> partWeights = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double unseen;
    /** The words of the page's title and policy questions. */
    private final Set<String> pageWords = new HashSet<>();
    /** The weight of a word every turn says. */
    private final double common;
    /** What each segment is about, once asked. */
    private List<Label> themes;
    /** Each sentence's share of each question's weight, computed once. */
    private final PerSentence<double[]> shares;
    private final List<KeyphraseExtractor.Keyphrase> keyphrases;
    /** How many sentences of the session use each keyphrase, counted when first asked. */
    private final Map<KeyphraseExtractor.Keyphrase, Integer> inSession = new ConcurrentHashMap<>();
    /** Whether a phrase is mostly said with an article, worked out once per phrase (a pass over the session). */
    private final Map<String, Boolean> withArticle = new ConcurrentHashMap<>();
    /** Each sentence's text in lower case: where a phrase is not, no pattern need look for it. */
    private final PerSentence<String> lowered;

    Agenda(Discussion d, List<KeyphraseExtractor.Keyphrase> keyphrases) {
        this.d = d;
        this.lowered = new PerSentence<>(d.size(), i -> d.sentence(i).text().toLowerCase(Locale.ROOT));
        this.keyphrases = keyphrases.stream().filter(k -> k.lemmas().size() > 1).toList();
        this.questions = d.session().info().policyQuestions();
        this.questionTerms = questions.stream().map(Terms::ofPlainText).toList();
        Map<Integer, Set<String>> turns = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            if (said(i)) {
                turns.computeIfAbsent(d.sentence(i).turn().index(), t -> new HashSet<>()).addAll(d.words(i));
            }
        }
        Map<String, Integer> df = new HashMap<>();
        turns.values().forEach(words -> words.forEach(w -> df.merge(w, 1, Integer::sum)));
        int n = turns.size();
        // a word every turn says weighs next to nothing in a long session, but not nothing in a tiny one; a question
        // word nobody said weighs as one said once
        df.forEach((w, k) -> idf.put(w, Math.log((n + 1.0) / k)));
        unseen = Math.log(n + 1.0);
        for (String q : questions) {
            List<Map<String, Double>> weighted = new ArrayList<>();
            List<Double> totals = new ArrayList<>();
            for (Set<String> part : PolicyCoverageFinder.parts(q)) {
                Map<String, Double> w = new HashMap<>();
                part.forEach(word -> w.put(word, idf.getOrDefault(word, unseen)));
                weighted.add(w);
                totals.add(w.values().stream().mapToDouble(Double::doubleValue).sum());
            }
            parts.add(weighted);
            partWeights.add(totals);
        }
        shares = new PerSentence<>(d.size(), this::computeShares);
        String title = d.session().info().title();
        if (title != null && !title.equals(d.session().info().id())) {
            pageWords.addAll(Terms.ofPlainText(title));
        }
        parts.forEach(ps -> ps.forEach(p -> pageWords.addAll(p.keySet())));
        common = n == 0 ? 0 : Math.log((n + 1.0) / n);
    }

    /** Sentences that count as talk on the subject: statements and questions, not chairing or thanks. */
    private boolean said(int i) {
        return d.substantive(i) || d.kind(i) == SentenceKind.QUESTION;
    }

    int questionCount() {
        return questions.size();
    }

    String question(int q) {
        return questions.get(q);
    }

    /**
     * Whether sentence {@code i} reads out the page's policy question {@code q} ("The first one is about spectrum: how
     * regulators can make spectrum available …"), by the cosine of their words; any question where {@code q} < 0.
     */
    boolean readsOut(int i, int q) {
        int to = q < 0 ? questions.size() : Math.min(q + 1, questions.size());
        for (int k = Math.max(q, 0); k < to; k++) {
            if (Terms.similarity(d.terms(i), questionTerms.get(k)) >= READ_OUT) {
                return true;
            }
        }
        return false;
    }

    /** The share of question {@code q}'s distinctive weight sentence {@code i} uses, 0..1; 0 for chairing. */
    double share(int i, int q) {
        return shares.get(i)[q];
    }

    private double[] computeShares(int i) {
        double[] out = new double[questions.size()];
        if (said(i)) {
            Map<String, Integer> once = new HashMap<>();
            d.words(i).forEach(w -> once.put(w, 1));
            for (int k = 0; k < questions.size(); k++) {
                out[k] = support(once, 1, k);
            }
        }
        return out;
    }

    /**
     * The share of question {@code q}'s distinctive weight that words said {@code uses} times carry, each word
     * counting fully once said {@code need} times; the best part of a bundled question.
     */
    private double support(Map<String, Integer> uses, int need, int q) {
        double best = 0;
        List<Map<String, Double>> ps = parts.get(q);
        for (int p = 0; p < ps.size(); p++) {
            double total = partWeights.get(q).get(p);
            if (total <= 0) {
                continue;
            }
            double used = 0;
            for (Map.Entry<String, Double> e : ps.get(p).entrySet()) {
                used += e.getValue() * Math.min(1.0, (double) uses.getOrDefault(e.getKey(), 0) / need);
            }
            best = Math.max(best, used / total);
        }
        return best;
    }

    /**
     * How fully the sentences say question {@code q}'s distinctive words, 0..1: each word by its weight, in full
     * once said twice (once, in a single turn). Saying the words every turn uses many times adds nothing.
     */
    double support(List<Integer> sentences, int q) {
        return support(uses(sentences), need(sentences), q);
    }

    /** How often each word is said in the sentences that count as talk. */
    private Map<String, Integer> uses(List<Integer> sentences) {
        Map<String, Integer> uses = new HashMap<>();
        for (int i : sentences) {
            if (said(i)) {
                d.words(i).forEach(w -> uses.merge(w, 1, Integer::sum));
            }
        }
        return uses;
    }

    /** Uses that make a word said in a stretch: twice in a stretch of several turns, once in a single turn. */
    private int need(List<Integer> sentences) {
        return sentences.stream().map(i -> d.sentence(i).turn().index()).distinct().count() > 1 ? 2 : 1;
    }

    /** The summed share of question {@code q}'s weight the sentences use: how much of the stretch is on it. */
    private double focus(List<Integer> sentences, int q) {
        double sum = 0;
        for (int i : sentences) {
            sum += share(i, q);
        }
        return sum;
    }

    /**
     * Whether a sentence says a word of a policy question, however common in the session; any sentence does where
     * the page lists none (a title's few words are not the question a claim must repeat). Looser than
     * {@link #speaksTo}: for a claim already chosen as a speaker's view, whether it is on the session's question.
     */
    boolean mentions(int i) {
        return questions.isEmpty() || parts.stream().flatMap(List::stream)
                .anyMatch(p -> p.keySet().stream().anyMatch(d.words(i)::contains));
    }

    /**
     * Whether a sentence speaks to the session's question: it says a word of a policy question or of the title that
     * not every turn says; any sentence does where the page gives neither.
     */
    boolean speaksTo(int i) {
        if (pageWords.isEmpty()) {
            return true;
        }
        for (String w : pageWords) {
            if (d.words(i).contains(w) && idf.getOrDefault(w, unseen) > common) {
                return true;
            }
        }
        return false;
    }

    /**
     * The policy question the sentences are about: the one they support most (on a tie, the one more of them speak
     * to), at least {@link #FLOOR}, leaving out {@code taken}; -1 where none reaches it.
     */
    private int questionOf(List<Integer> sentences, Set<Integer> taken) {
        return questionOf(sentences, taken, FLOOR);
    }

    /** The policy question a stretch's talk supports most, at least {@link #FLOOR}; -1 where none reaches it. */
    int supported(List<Integer> sentences) {
        return questionOf(sentences, Set.of());
    }

    private int questionOf(List<Integer> sentences, Set<Integer> taken, double floor) {
        int best = -1;
        double bestSupport = floor;
        double bestFocus = 0;
        Map<String, Integer> uses = uses(sentences);
        int need = need(sentences);
        for (int q = 0; q < questions.size(); q++) {
            double s = support(uses, need, q);
            if (taken.contains(q) || s < bestSupport) {
                continue;
            }
            double f = focus(sentences, q);
            if (best < 0 || s > bestSupport || f > bestFocus) {
                best = q;
                bestSupport = s;
                bestFocus = f;
            }
        }
        return best;
    }

    /**
     * The policy question the talk followed first in the sentences: the first whose support, in the order said,
     * reaches {@link #FLOOR}, leaving out {@code taken}; -1 where none does.
     */
    private int followedFirst(List<Integer> sentences, Set<Integer> taken) {
        Map<String, Integer> uses = new HashMap<>();
        int need = need(sentences);
        for (int i : sentences) {
            if (!said(i)) {
                continue;
            }
            d.words(i).forEach(w -> uses.merge(w, 1, Integer::sum));
            for (int q = 0; q < questions.size(); q++) {
                if (!taken.contains(q) && support(uses, need, q) >= FLOOR) {
                    return q;
                }
            }
        }
        return -1;
    }

    /**
     * What a theme is about, segment by segment in the order said: the policy question a chair opened it on, else the
     * one the segment supports most,
     * each question naming one theme at most; in a session told as one theme, the first question its talk followed
     * (it opens where the talk began, not on the question it spoke to most); else the segment's topic, a phrase
     * several of its voices use; else, at a panel, the question it supports at half the floor; null where it has none of these.
     */
    synchronized List<Label> themes() {
        if (themes == null) {
            List<Label> out = new ArrayList<>();
            // a stretch a chair opened on a question is about it, whatever another stretch says of its words
            Set<Integer> taken = new HashSet<>();
            d.segments().stream().filter(s -> s.question() >= 0).forEach(s -> taken.add(s.question()));
            for (Segment segment : d.segments()) {
                List<Integer> sentences = sentences(segment);
                if (taken.size() > 0 && segment.number() == 0 && segment.question() < 0 && statementsRound(segment)) {
                    out.add(new Label(-1, STATEMENTS));
                    continue;
                }
                int q = segment.question() >= 0 ? segment.question()
                        : d.segments().size() == 1 ? followedFirst(sentences, taken) : questionOf(sentences, taken);
                if (q >= 0) {
                    taken.add(q);
                    out.add(new Label(q, questions.get(q)));
                } else {
                    // no phrase its voices share: the question it comes closest to, if it comes near one
                    String topic = topic(sentences);
                    int near = topic == null && !d.readsAsHearing() ? questionOf(sentences, taken, FLOOR / 2) : -1;
                    if (near >= 0) {
                        taken.add(near);
                    }
                    out.add(near >= 0 ? new Label(near, questions.get(near))
                            : topic == null ? null : new Label(-1, topic));
                }
            }
            themes = java.util.Collections.unmodifiableList(out);
        }
        return themes;
    }

    /**
     * Whether a stretch before the chair took up the first policy question is the panel's round of opening
     * statements: {@link #STATEMENTS_VOICES} or more speakers besides the chairs, each turn of theirs in it their
     * first. It touches every question and is about none.
     */
    private boolean statementsRound(Segment segment) {
        Set<String> speakers = new HashSet<>();
        for (int i = segment.first(); i <= segment.last(); i++) {
            String speaker = d.sentence(i).speaker();
            if (d.people().chairs(speaker) || i > segment.first() && d.sentence(i - 1).turn() == d.sentence(i).turn()) {
                continue;
            }
            if (!speakers.add(speaker)) {
                return false;
            }
        }
        return speakers.size() >= STATEMENTS_VOICES;
    }

    /**
     * What the exchange a relation belongs to is about ({@link #exchange}): the policy question both its turns
     * support; else the one the exchange supports at least to the floor where the relating turn does too; else the
     * phrase both turns use ({@link #sharedPhrase}); else the exchange's question, else the theme it is part of; null
     * where none names one.
     */
    Label issue(int i, String with) {
        List<Integer> exchange = exchange(i, with);
        int turn = d.sentence(i).turn().index();
        List<Integer> relating = exchange.stream().filter(j -> d.sentence(j).turn().index() == turn).toList();
        List<Integer> answered = exchange.stream().filter(j -> d.sentence(j).turn().index() != turn).toList();
        int both = sharedQuestion(relating, answered);
        if (both >= 0) {
            return new Label(both, questions.get(both));
        }
        // the stretch's question where the relating turn speaks to it too; else what the two turns share
        int q = questionOf(exchange, Set.of());
        if (q >= 0 && support(relating, q) >= FLOOR) {
            return new Label(q, questions.get(q));
        }
        String phrase = sharedPhrase(i, relating, answered);
        if (phrase != null) {
            return new Label(-1, phrase);
        }
        return q >= 0 ? new Label(q, questions.get(q)) : themes().get(d.segmentOf(i).number());
    }

    /** The policy question both turns support to the floor, the one they support most alike; -1 where none. */
    private int sharedQuestion(List<Integer> relating, List<Integer> answered) {
        int best = -1;
        double bestSupport = FLOOR;
        for (int q = 0; q < questions.size() && !relating.isEmpty() && !answered.isEmpty(); q++) {
            double both = Math.min(support(relating, q), support(answered, q));
            if (both >= bestSupport) {
                best = q;
                bestSupport = both;
            }
        }
        return best;
    }

    /**
     * The multi-word keyphrase both turns use, one the relating sentence {@code i} says first, then the one the
     * session uses least: Rohan Pillai taking Amina Yusuf's proposal further is about "the paper route" both speak
     * of, not about the question the stretch around them took up; null where they share none.
     */
    private String sharedPhrase(int i, List<Integer> relating, List<Integer> answered) {
        KeyphraseExtractor.Keyphrase phrase = null;
        boolean bestInSentence = false;
        int fewest = Integer.MAX_VALUE;
        for (KeyphraseExtractor.Keyphrase k : keyphrases) {
            // (no keyphrase is a stakeholder group's name: that says who speaks, not what about)
            if (k.lemmas().size() < 2 || uses(k, relating) == 0 || uses(k, answered) == 0) {
                continue;
            }
            boolean inSentence = d.words(i).containsAll(k.lemmas());
            int inAll = inSession.computeIfAbsent(k, x -> uses(x, all()));
            if (inSentence && !bestInSentence || inSentence == bestInSentence && inAll < fewest) {
                phrase = k;
                bestInSentence = inSentence;
                fewest = inAll;
            }
        }
        return phrase == null ? null : (saidWithThe(phrase.text()) ? "the " : "") + phrase.text();
    }

    /**
     * The multi-word keyphrase the sentences use most for how much of its use in the session they hold (a phrase the
     * whole session says, "community networks" at a session on them, names no stretch of it), used there at least
     * {@link #TOPIC_USES} times by {@link #TOPIC_VOICES} speakers or more; with "the" where the speakers mostly say it with an article ("the Brussels
     * effect"); null where none is.
     */
    private String topic(List<Integer> sentences) {
        KeyphraseExtractor.Keyphrase best = null;
        double bestScore = 0;
        for (KeyphraseExtractor.Keyphrase k : keyphrases) {
            int count = uses(k, sentences);
            double score = count * (double) count / Math.max(1, inSession.computeIfAbsent(k, x -> uses(x, all())));
            // a phrase one speaker used, however often, is their phrase, not what the stretch was about
            if (count >= TOPIC_USES && score > bestScore && speakers(k, sentences) >= TOPIC_VOICES) {
                best = k;
                bestScore = score;
            }
        }
        return best == null ? null : (saidWithThe(best.text()) ? "the " : "") + best.text();
    }

    /** How many speakers use the phrase in the sentences. */
    private long speakers(KeyphraseExtractor.Keyphrase k, List<Integer> sentences) {
        return sentences.stream().filter(i -> said(i) && !d.inClosingRound(i) && d.words(i).containsAll(k.lemmas()))
                .map(i -> d.sentence(i).speaker()).distinct().count();
    }

    private int uses(KeyphraseExtractor.Keyphrase k, List<Integer> sentences) {
        int count = 0;
        for (int i : sentences) {
            // the closing round's "key message" is the closing's, not a theme's
            if (said(i) && !d.inClosingRound(i) && d.words(i).containsAll(k.lemmas())) {
                count++;
            }
        }
        return count;
    }

    private List<Integer> all() {
        return sentences(new Segment(0, 0, d.size() - 1));
    }

    /** Whether the speakers say a phrase after an article or a determiner ("the", "a", "our") more often than not. */
    private boolean saidWithThe(String phrase) {
        return withArticle.computeIfAbsent(phrase, this::countedWithThe);
    }

    private boolean countedWithThe(String phrase) {
        Pattern p = Pattern.compile("(?i)(\\b(?:the|a|an|this|that|our|their|its)\\s+)?\\b" + Pattern.quote(phrase)
                + "\\b");
        String lower = phrase.toLowerCase(Locale.ROOT);
        int with = 0;
        int without = 0;
        for (int i = 0; i < d.size(); i++) {
            if (!lowered.get(i).contains(lower)) {
                continue;
            }
            Matcher m = p.matcher(d.sentence(i).text());
            while (m.find()) {
                if (m.group(1) != null) {
                    with++;
                } else {
                    without++;
                }
            }
        }
        return with > without;
    }

    /** The sentences of a segment, in order. */
    static List<Integer> sentences(Segment segment) {
        List<Integer> out = new ArrayList<>();
        for (int i = segment.first(); i <= segment.last(); i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * The exchange a relation belongs to: the turn of sentence {@code i} and the last turn before it of the person
     * it answers ({@code with}), or the turn just before where nobody is named.
     */
    List<Integer> exchange(int i, String with) {
        List<Integer> out = new ArrayList<>();
        int turn = d.sentence(i).turn().index();
        int answered = -1;
        for (int j = i - 1; j >= 0 && answered < 0; j--) {
            int t = d.sentence(j).turn().index();
            if (t != turn && (with == null ? said(j) : d.sentence(j).speaker().equals(with))) {
                answered = t;
            }
        }
        for (int j = 0; j < d.size(); j++) {
            int t = d.sentence(j).turn().index();
            if (t == turn || t == answered) {
                out.add(j);
            }
        }
        return out;
    }
}
