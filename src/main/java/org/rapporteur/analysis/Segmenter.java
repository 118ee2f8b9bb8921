package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.nlp.Sentence;

/**
 * Splits a session into topic segments. A chair handing the floor over on one of the session page's policy
 * questions ("Mercy, you also work on remedies. What has worked?") is the strongest boundary the talk gives, and
 * comes first; elsewhere, turn starts where the talk shifts: low lexical cohesion between the words before and after
 * (TextTiling-style windows), a moderator taking the floor, a moderator question or an explicit transition ("let's
 * move to", "next question", "final round").
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
    private static final Cue BY_PLACE = Lexicon.cue("question-by-place");
    private static final Cue BY_PLACE_PLAIN = Lexicon.cue("question-by-place-plain");
    private static final Cue QUESTIONS_NAMED = Lexicon.cue("questions-named");
    private static final Cue RETURN = Lexicon.cue("topic-return");
    private static final Cue POLL_READING = Lexicon.cue("poll-reading");
    /** After a question's place, the words giving its asker: a relay's ("the second question is from Olivia"). */
    private static final Pattern RELAYED = Pattern.compile("(?i)^\\s*(?:is\\s+|comes\\s+)?from\\s+(?!the\\b)");
    /** After a question's place, the channel it came by ("from the floor"). */
    private static final Pattern RELAYED_FROM = Pattern.compile(
            "(?i)^\\s*(?:is\\s+|comes\\s+)?from\\s+the\\s+([\\p{L}&]+)");
    private static final Set<String> ASKING_CHANNELS = Lexicon.words("asking-channel");
    private static final List<String> ORDINALS = Lexicon.phrases("question-ordinal");
    /** Words of substance by others than the chairs a stretch must hold before a hand-over closes it: a lead-up is no theme. */
    private static final int HANDED_WORDS_AT_LEAST = 60;
    /** The distinctive weight of a question's words a hand-over must say to state it: a word or two said in few turns. */
    private static final double HAND_OVER_WEIGHT = 1.0;
    /** How much more the question handed over must weigh than the next: a turn naming all the questions names none. */
    private static final double CLEARLY = 2;
    /** The most words of a question's label a chair says alone to move to it ("Now, transparency."). */
    private static final int LABEL_WORDS = 6;
    /** Link words before a label said alone ("Now, …", "And so, on to …"). */
    private static final Pattern LABEL_OPENERS = Pattern.compile("(?i)^(?:(?:now|so|and|okay|ok|good|next|then|"
            + "right|on to|onto|finally),?\\s+)+");

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
        Map<Integer, Integer> handedOver = handOvers(d);
        wanted = Math.min(MAX_SEGMENTS, Math.max(wanted, handedOver.size()));
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
        handedOver.keySet().stream().filter(b -> b > 0).limit(MAX_SEGMENTS - 1).forEach(chosen::add);
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
            out.add(new Segment(out.size(), start, b - 1, handedOver.getOrDefault(start, -1)));
            start = b;
        }
        out.add(new Segment(out.size(), start, n - 1, handedOver.getOrDefault(start, -1)));
        return out;
    }

    /**
     * Where the chairs hand the floor over on a policy question not taken up yet, in order: the first sentence of
     * each such turn, with the question's index (0 for the session's start where the first stretch's question was
     * handed over in its lead-up). A hand-over is a chair's turn that asks or announces a move and is followed by
     * someone else's; it states the question whose distinctive words it says ("remedies", "operators", not
     * "shutdown" that every turn says), clearly more than any other's. A stretch with little said by others than
     * the chairs (the welcome, the introductions) is a lead-up: the next hand-over relabels it rather than closing it.
     * None in a hearing.
     */
    private static Map<Integer, Integer> handOvers(Discussion d) {
        List<String> questions = d.session().info().policyQuestions();
        Map<Integer, Integer> out = new java.util.LinkedHashMap<>();
        // in a hearing the chair gives the floor to members who put their own questions: no hand-over of a theme
        if (questions.isEmpty() || d.readsAsHearing()) {
            return out;
        }
        Map<String, Double> idf = idf(d);
        List<Set<String>> words = new ArrayList<>();
        for (String q : questions) {
            Set<String> all = new HashSet<>();
            PolicyCoverageFinder.parts(q).forEach(all::addAll);
            words.add(all);
        }
        List<String> labels = questions.stream().map(Segmenter::shortLabel).toList();
        int start = 0;
        int current = -1;
        int said = 0;
        Set<Integer> done = new HashSet<>();
        // the chair has named the page's questions together, or taken one by its place: a place said later is theirs
        boolean placesKnown = false;
        for (int i = 0; i < d.size(); ) {
            int end = i;
            while (end < d.size() && d.sentence(end).turn() == d.sentence(i).turn()) {
                end++;
            }
            String speaker = d.sentence(i).speaker();
            if (!d.people().chairs(speaker)) {
                for (int k = i; k < end; k++) {
                    said += d.substantive(k) ? d.sentence(k).wordCount() : 0;
                }
            } else if (end < d.size() && !d.people().chairs(d.sentence(end).speaker())
                    && (handsOver(d, i, end) || byPlace(d, i, end, questions.size(), placesKnown) >= 0)) {
                // from the turn's last move or its last two sentences, whichever comes first: the thanks and
                // comment before are on the talk just heard, the floor given by name after the move is no question;
                // a question named by its place is itself the move ("touch on the third question. Sofia, you start.")
                int byPlace = byPlace(d, i, end, questions.size(), placesKnown);
                placesKnown |= byPlace >= 0;
                // a turn going back to a topic states it where it says so ("Let me go back to the spectrum, …")
                int back = returnAt(d, i, end);
                // "Good. Now, protection and cooperation. Henrik, …?": a question's label said alone is the move
                int label = labelAt(d, i, end, labels);
                int from = Math.max(i, Math.min(end - 2, lastMove(d, i, end)));
                from = Math.min(from, label >= 0 ? label : from);
                int q = byPlace >= 0 ? byPlace : stated(d, back >= 0 ? Math.min(back, from) : from, end, words, idf);
                // a question named by its place, or said to be gone back to ("Let me jump back to the money"), may
                // be come back to; one only stated by its words is done with
                if (q >= 0 && q != current && (byPlace >= 0 || !done.contains(q) || back >= 0)) {
                    // a first stretch already on the page's first question, handed over only now (a round of
                    // statements on it), goes on as that question's: the session works through them in order
                    if (said >= HANDED_WORDS_AT_LEAST
                            && !(current < 0 && q == 0 && d.agenda().supported(range(start, i)) == q)) {
                        if (current >= 0) {
                            done.add(current);
                        }
                        start = i;
                        said = 0;
                    }
                    current = q;
                    out.put(start, q);
                }
            }
            if (d.people().chairs(speaker)) {
                placesKnown |= namesQuestions(d, i, end);
            }
            i = end;
        }
        return out;
    }

    /**
     * The policy question a chair's turn (sentences {@code from..to-1}) names by its place ("the first question on
     * the page"; "the second question", "start with the second one" where the turn names the questions or the chair
     * has named them or taken one by its place before, {@code placesKnown}), the last so named; -1 where none is, or
     * the page has no question at that place. A place a relay gives its asker ("the second question is from Olivia")
     * is the chat's.
     */
    private static int byPlace(Discussion d, int from, int to, int questions, boolean placesKnown) {
        boolean named = placesKnown || namesQuestions(d, from, to);
        // a turn reading a poll out ("Let me look at the Slido. So, first question, …") names the poll's questions
        for (int k = from; k < to && named; k++) {
            named = !POLL_READING.find(d.sentence(k).text());
        }
        List<Cue> cues = named ? List.of(BY_PLACE, BY_PLACE_PLAIN) : List.of(BY_PLACE);
        int q = -1;
        for (int k = from; k < to; k++) {
            String text = d.sentence(k).text();
            for (Cue cue : cues) {
                if (!cue.mayHold(text)) {
                    continue;
                }
                Matcher m = cue.matcher(text);
                while (m.find()) {
                    if (relayed(text.substring(m.end()))) {
                        continue;
                    }
                    for (String word : m.group().toLowerCase(Locale.ROOT).split("\\s+")) {
                        int place = ORDINALS.indexOf(word);
                        q = place >= 0 && place < questions ? place : q;
                    }
                }
            }
        }
        return q;
    }

    /**
     * Whether the words after a question's place give its asker ("… is from Olivia") or the channel it came by ("our
     * second question from the floor"): a question put to the panel, not the page's.
     */
    private static boolean relayed(String after) {
        Matcher from = RELAYED_FROM.matcher(after);
        return RELAYED.matcher(after).lookingAt()
                || from.lookingAt() && ASKING_CHANNELS.contains(from.group(1).toLowerCase(Locale.ROOT));
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /** Whether sentences {@code from..to-1} name the page's policy questions together ("we have two policy questions"). */
    private static boolean namesQuestions(Discussion d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (QUESTIONS_NAMED.find(d.sentence(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** The sentence of a chair's turn ({@code from..to-1}) saying it goes back to a topic ("let me go back to …"); -1. */
    private static int returnAt(Discussion d, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (RETURN.find(d.sentence(k).text())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The last sentence of a chair's turn ({@code from..to-1}) that says a policy question's short label from the
     * session page ({@code labels}, in lower case, empty where a question has none) and little else ("Now, protection
     * and cooperation."): the move to that question; -1 where none does.
     */
    private static int labelAt(Discussion d, int from, int to, List<String> labels) {
        for (int k = to - 1; k >= from; k--) {
            String said = LABEL_OPENERS.matcher(d.sentence(k).text().strip()).replaceFirst("")
                    .replaceAll("[.!:;,]+$", "").strip().toLowerCase(Locale.ROOT);
            if (!said.isEmpty() && labels.contains(said)) {
                return k;
            }
        }
        return -1;
    }

    /** A policy question's label before its colon, in lower case, where it has one of a few words; else empty. */
    private static String shortLabel(String question) {
        int colon = question.indexOf(':');
        String label = colon > 0 ? question.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
        return label.split("\\s+").length <= LABEL_WORDS ? label : "";
    }

    /** Whether a chair's turn (sentences {@code from..to-1}) puts a question or announces a move to another topic. */
    private static boolean handsOver(Discussion d, int from, int to) {
        return lastMove(d, from, to) < to;
    }

    /** The last sentence of {@code from..to-1} that puts a question or announces a move; {@code to} where none does. */
    private static int lastMove(Discussion d, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            String text = d.sentence(k).text();
            if (d.sentence(k).isQuestion() || d.kind(k) == SentenceKind.QUESTION || TRANSITION.find(text)
                    || RETURN.find(text)) {
                return k;
            }
        }
        return to;
    }

    /** The policy question the turn's words state, clearly above the others and {@link #HAND_OVER_WEIGHT}; else -1. */
    private static int stated(Discussion d, int from, int to, List<Set<String>> questions, Map<String, Double> idf) {
        Set<String> said = new HashSet<>();
        for (int k = from; k < to; k++) {
            said.addAll(d.words(k));
        }
        int best = -1;
        double bestWeight = 0;
        double second = 0;
        for (int q = 0; q < questions.size(); q++) {
            double w = 0;
            for (String word : questions.get(q)) {
                if (said.contains(word)) {
                    w += idf.getOrDefault(word, 0.0);
                }
            }
            if (w > bestWeight) {
                second = bestWeight;
                bestWeight = w;
                best = q;
            } else {
                second = Math.max(second, w);
            }
        }
        return bestWeight >= HAND_OVER_WEIGHT && bestWeight >= CLEARLY * second ? best : -1;
    }

    /**
     * How distinctive each word is over the session's turns, ln(turns / turns saying it): a word said in half the
     * turns or more weighs nothing.
     */
    private static Map<String, Double> idf(Discussion d) {
        Map<Integer, Set<String>> turns = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            turns.computeIfAbsent(d.sentence(i).turn().index(), t -> new HashSet<>()).addAll(d.words(i));
        }
        Map<String, Integer> df = new HashMap<>();
        turns.values().forEach(ws -> ws.forEach(w -> df.merge(w, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        df.forEach((w, k) -> idf.put(w, k * 2 >= turns.size() ? 0 : Math.log((double) turns.size() / k)));
        return idf;
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
