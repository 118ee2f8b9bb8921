package org.rapporteur.analysis;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/** Content words: the lemmas that say what a sentence is about, and the overlap measure built on them. */
public final class Terms {

    /** Function words, light verbs, fillers and the vocabulary of meetings themselves. */
    static final Set<String> STOP = Set.of(
            "the", "a", "an", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "that", "this", "these", "those", "there", "here", "it", "its", "we", "our", "us", "you", "your",
            "they", "their", "them", "he", "she", "his", "her", "him", "i", "me", "my", "mine", "who", "whom", "which",
            "what", "when", "where", "why", "how", "all", "any", "some", "each", "every", "both", "few", "more", "most",
            "other", "such", "only", "own", "same", "so", "than", "too", "very", "can", "will", "just", "also", "not",
            "no", "nor", "now", "then", "about", "into", "over", "under", "again", "further", "once", "be", "have",
            "do", "say", "get", "go", "make", "take", "think", "know", "want", "see", "look", "come", "give", "put",
            "let", "mean", "tell", "try", "seem", "feel", "talk", "speak", "ask", "like", "would", "could", "should",
            "must", "may", "might", "shall", "need", "use", "work", "happen", "keep", "thank", "thanks", "lot",
            "thing", "way", "kind", "sort", "bit", "today", "time", "year", "day", "minute", "question", "point",
            "something", "anything", "everything", "nothing", "someone", "everyone", "anyone", "people", "chair",
            "minister", "member", "colleague", "mr", "mrs", "ms", "dr", "hon", "honourable", "honorable", "sir",
            "madam", "gentleman", "lady", "okay", "ok", "yes", "yeah", "well", "really", "actually", "obviously",
            "clearly", "course", "sure", "right", "good", "great", "important", "different", "able", "many", "much",
            "even", "still", "already", "yet", "whether", "because", "while", "although", "though", "through",
            "um", "uh", "er", "erm", "ah", "oh", "hmm", "mhm", "gonna", "wanna", "one", "two", "first", "second",
            "new", "whole", "part", "fact", "example", "case", "number", "term", "sense", "issue", "area",
            "word", "end", "start", "next", "last", "lots", "little", "big", "real", "particular", "certain",
            "session", "panel", "discussion", "meeting", "committee", "everybody", "somebody", "anybody",
            "regard", "respect", "terms", "level", "place", "stuff", "indeed", "perhaps", "maybe", "probably",
            "wish", "hope", "believe", "agree", "understand", "mention", "raise", "add", "note", "answer",
            "respond", "hear", "share", "continue", "become", "find", "show", "bring", "turn", "move", "allow",
            "include", "set", "stand", "ensure", "provide", "yesterday", "tomorrow", "morning",
            "afternoon", "evening", "week", "month", "moment", "please", "hello", "welcome", "colleagues", "person",
            "deputy", "chairman", "chairperson", "speaker", "whatever");
    /** Proper nouns are content unless they are titles of address. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "hon", "sir", "madam", "chair",
            "minister", "deputy", "member", "prof", "professor", "president", "excellency", "colleague", "speaker");

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}'-]+");

    private Terms() {
    }

    /** The content lemmas of a sentence, lower-cased, in order of first use. */
    public static Set<String> of(Sentence sentence) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : sentence.tokens()) {
            String key = key(t);
            if (key != null) {
                out.add(key);
            }
        }
        return out;
    }

    /** The content lemma of a token, or null when it carries no topic. */
    static String key(Token t) {
        String pos = t.pos();
        if (!(pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ"))) {
            return null;
        }
        String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        if (lemma.length() < 2 || !Character.isLetter(lemma.charAt(0))) {
            return null;
        }
        if (pos.startsWith("NNP")) {
            return TITLES.contains(lemma.replace(".", "")) ? null : lemma;
        }
        return lemma.length() < 3 || STOP.contains(lemma) ? null : lemma;
    }

    /** Plain words of a free text (policy questions, chat lines): lower-cased, stop words out, plural folded. */
    public static Set<String> ofPlainText(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            String s = withoutQuotesAround(w);
            if (s.length() >= 3 && !STOP.contains(s)) {
                out.add(s.length() > 4 && s.endsWith("s") && !s.endsWith("ss") ? s.substring(0, s.length() - 1) : s);
            }
        }
        return out;
    }

    /** The word without the straight quotes around it ('word' as word). */
    private static String withoutQuotesAround(String w) {
        int from = 0;
        int to = w.length();
        while (from < to && w.charAt(from) == '\'') {
            from++;
        }
        while (to > from && w.charAt(to - 1) == '\'') {
            to--;
        }
        return w.substring(from, to);
    }

    /** Cosine of two term sets. */
    public static double similarity(Collection<String> a, Collection<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return shared(a, b) / Math.sqrt((double) a.size() * b.size());
    }

    /** How many words two term sets have in common. */
    static int shared(Collection<String> a, Collection<String> b) {
        Collection<String> small = a.size() <= b.size() ? a : b;
        Collection<String> large = small == a ? b : a;
        int shared = 0;
        for (String s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return shared;
    }
}
