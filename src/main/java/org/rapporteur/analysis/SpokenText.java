package org.rapporteur.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.language.Numbers;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * Recognises spoken text that carries no finding: housekeeping, chairing, greetings, thanks, fillers and stage
 * directions. Works on the verbatim sentence; nothing here changes the text evidence quotes.
 */
public final class SpokenText {

    /** Sentences shorter than this (in words) are fragments, however they read. */
    static final int MIN_WORDS = 5;

    private static final Pattern STAGE_DIRECTION = Pattern.compile("^[(\\[][^)\\]]*[)\\]][.,;:]?$");

    private static final Cue HOUSEKEEPING = Lexicon.cue("housekeeping");

    private static final Cue GREETING = Lexicon.cue("greeting");

    private static final Cue THANKS = Lexicon.cue("thanks");
    /** "do" forms that, before their subject, ask ("Do we need …"), as modals do. */
    private static final Set<String> INVERTING = Set.of("do", "does", "did");

    private static final Cue PROCEDURE = Lexicon.cue("procedure");

    /** A chair welcoming and introducing the panel, however long the sentence. */
    private static final Cue INTRODUCTION = Lexicon.cue("panel-introduction");

    /** Thanks that go on only about what the thanks are for. */
    private static final Pattern THANKS_FOR = Pattern.compile("(?is)^.{0,70}\\bfor (the|your|this|that|inviting|"
            + "attending|coming|joining|having|organi[sz]ing|giving|being|bringing|hosting|a|an|all)\\b");

    /** A sentence of nothing but fillers and backchannels; the words are the "filler" list. */
    private static final Pattern FILLER_ONLY = Pattern.compile("(?iu)^(\\W*(" + alternatives("filler") + ")\\W*)+$");

    private static final Pattern HESITATION = Pattern.compile("(?iu)(^|\\s)(" + alternatives("hesitation")
            + ")[,.]?(?=\\s|$)");
    private static final Pattern REPEATED_WORD = Pattern.compile("(?i)\\b(\\w+)(\\s+\\1\\b)+");
    /** A filler its commas set apart ("a, you know, a side project"), the first comma kept. */
    private static final Pattern FILLER_ASIDE = Pattern.compile("(?iu),\\s+(?:" + alternatives("filler-aside")
            + "),(?=\\s)");
    private static final Set<String> FALSE_START_END = Lexicon.words("false-start");
    /** A false start said again after a comma ("it's, it's", "we will, we will publish"): up to three words. */
    private static final Pattern RESTARTED = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}'])((?:[\\p{L}\\p{N}']+\\s+){0,2}"
            + "[\\p{L}\\p{N}']+),\\s+\\1(?![\\p{L}\\p{N}'])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([,.;:?!])");
    /**
     * A captioner's or interpreter's note, which is no one's words: in square brackets anywhere ("[Interpretation
     * from Spanish]", "[ Laughter ]"), in parentheses where it opens the text ("(inaudible) so the point is").
     */
    private static final Pattern NOTE = Pattern.compile("^\\s*\\([^)]{1,60}\\)|\\[[^\\]]{1,60}\\]");

    private SpokenText() {
    }

    /** A word list as regular-expression alternatives, longest first so "thank you" wins over "thank". */
    private static String alternatives(String list) {
        return String.join("|", Lexicon.words(list).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(w -> String.join("\\s+", java.util.Arrays.stream(w.split("\\s+")).map(Pattern::quote)
                        .toList())).toList());
    }

    /**
     * The kind of a sentence. {@code chairing} is true for moderators, whose short lines are procedure.
     */
    public static SentenceKind classify(String text, int words, boolean question, boolean chairing) {
        String t = text.strip();
        if (STAGE_DIRECTION.matcher(t).matches()) {
            return SentenceKind.STAGE_DIRECTION;
        }
        if (FILLER_ONLY.matcher(t).matches() || words < 3) {
            return SentenceKind.FILLER;
        }
        if (words <= 30 && HOUSEKEEPING.find(t)) {
            return SentenceKind.HOUSEKEEPING;
        }
        if (words <= 25 && GREETING.find(t)) {
            return SentenceKind.GREETING;
        }
        if (isThanks(t, words)) {
            return SentenceKind.THANKS;
        }
        if (words <= (chairing ? 40 : 20) && PROCEDURE.find(t)
                || chairing && INTRODUCTION.find(t)) {
            return SentenceKind.PROCEDURE;
        }
        if (question) {
            return words < 4 ? SentenceKind.FILLER : SentenceKind.QUESTION;
        }
        if (words < MIN_WORDS) {
            return SentenceKind.FILLER;
        }
        if (chairing && words < 9) {
            // a chair's short statement is almost always a link between speakers
            return SentenceKind.PROCEDURE;
        }
        return SentenceKind.SUBSTANCE;
    }

    /** Thanks that carry nothing else: short, or opening with thanks and going on only about the thanks. */
    private static boolean isThanks(String t, int words) {
        if (THANKS.find(t)) {
            return words <= 16 || words <= 30 && THANKS_FOR.matcher(t).find();
        }
        return words <= 8 && t.toLowerCase(Locale.ROOT).contains("thank");
    }

    /** Whether a sentence opens on thanks, however long ("Thank you to our captioners, ..."). */
    public static boolean isThanks(String text) {
        return THANKS.find(text.strip());
    }

    /** Whether a sentence does chairing, however long: "moving on to item 2, which is ...". */
    public static boolean isProcedure(String text) {
        return PROCEDURE.find(text) || INTRODUCTION.find(text);
    }

    /** Whether a piece of text is housekeeping ("can you hear me?"), for chat lines too. */
    public static boolean isHousekeeping(String text) {
        return HOUSEKEEPING.find(text);
    }

    /**
     * A readable rendering of a spoken sentence: hesitations ("um", "uh") and stuttered repeats ("the the")
     * removed. For display only; evidence always quotes the original.
     */
    public static String tidy(String text) {
        String t = text.indexOf('[') < 0 && text.indexOf('(') < 0 ? text : NOTE.matcher(text).replaceAll(" ");
        t = HESITATION.matcher(t).replaceAll("$1");
        // a stutter ("the the") said once; a number said twice ("since twenty twenty") is a number
        t = REPEATED_WORD.matcher(t).replaceAll(m -> Numbers.isNumber(m.group(1)) ? m.group() : "$1");
        if (t.indexOf(',') >= 0) {
            // "not as a, you know, a side project": the filler goes, then the words said twice around it
            t = FILLER_ASIDE.matcher(t).replaceAll(",");
            t = RESTARTED.matcher(t).replaceAll(m -> restarted(m.group(1)) ? "$1" : m.group());
        }
        t = SPACES.matcher(t).replaceAll(" ");
        return SPACE_BEFORE_PUNCTUATION.matcher(t).replaceAll("$1").strip();
    }

    /**
     * Whether words said again after a comma are a false start ("it's, it's", "the, the", "we will, we will"): they
     * end on a word no clause ends on (lexicon false-start); a content word said twice is a list or an emphasis kept
     * ("racism, racism and discrimination", "very, very"), a clause's end said again the next clause's start ("where
     * they grew, they grew"), and a number a number.
     */
    private static boolean restarted(String words) {
        String[] w = words.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+");
        return !Numbers.isNumber(words) && FALSE_START_END.contains(w[w.length - 1]);
    }

    /**
     * "Should we ...", "Must governments ...", "Do we need to ...", "What should CERTs do ...": a modal or "do"
     * before its subject asks, with a question mark or without one (captions often drop it).
     */
    static boolean asksInverted(Sentence s) {
        return inverted(s, false) || inverted(s, true);
    }

    /**
     * "What should CERTs do …", "How can small buyers ask …", "How long should a funder commit …": a question
     * word, then the auxiliary before its subject, asks with or without its mark, as "who" does as the subject
     * ("who pays for …"); a bare inversion may also be a condition ("Should members need the floor, they …"). A
     * free relative ("what worked for us was …") does not ask.
     */
    static boolean asksAfterQuestionWord(Sentence s) {
        return inverted(s, true);
    }

    private static boolean inverted(Sentence s, boolean afterQuestionWord) {
        List<Token> tokens = s.tokens();
        int k = 0;
        // past an opener ("So,", "And", "But then")
        while (k < tokens.size() && (tokens.get(k).pos().equals("CC") || tokens.get(k).pos().equals("UH")
                || tokens.get(k).pos().equals(",") || tokens.get(k).pos().equals("RB"))) {
            k++;
        }
        if (afterQuestionWord) {
            if (k + 2 >= tokens.size() || !tokens.get(k).pos().startsWith("W")
                    || tokens.get(k).word().equalsIgnoreCase("that")) {
                return false;
            }
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            String after = tokens.get(k + 1).pos();
            // "who pays …", "who should pay …": the question word is the subject, nothing to invert
            if (word.equals("who") && (after.equals("MD") || after.equals("VBZ") || after.equals("VBD"))) {
                return true;
            }
            k++;
            // "how long should a funder commit …", "how many cities have …"
            if (word.equals("how") && (after.equals("JJ") || after.equals("RB"))) {
                k++;
            }
        }
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token first = tokens.get(k);
        boolean auxiliary = first.pos().equals("MD") || INVERTING.contains(first.word().toLowerCase(Locale.ROOT));
        String next = tokens.get(k + 1).pos();
        return auxiliary && (next.equals("PRP") || next.startsWith("NN") || next.equals("DT")
                || next.startsWith("JJ"));
    }
}
