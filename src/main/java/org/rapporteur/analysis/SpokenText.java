package org.rapporteur.analysis;

import java.util.regex.Pattern;

/**
 * Recognises spoken text that carries no finding: housekeeping, chairing, greetings, thanks, fillers and stage
 * directions. Works on the verbatim sentence; nothing here changes the text evidence quotes.
 */
public final class SpokenText {

    /** Sentences shorter than this (in words) are fragments, however they read. */
    static final int MIN_WORDS = 5;

    private static final Pattern STAGE_DIRECTION = Pattern.compile("^[(\\[][^)\\]]*[)\\]][.,;:]?$");

    private static final Pattern HOUSEKEEPING = Lexicon.cue("housekeeping");

    private static final Pattern GREETING = Pattern.compile("(?i)^\\W*(good (morning|afternoon|evening|day)"
            + "|hello|hi|hey|welcome|dear (all|colleagues|friends|participants)|greetings|bonjour|buenos"
            + "|(it's|it is) (a|an|my|great|such a) (great |real |real great )?(pleasure|honou?r|privilege)"
            + "|i('m| am) (very |so |really )?(pleased|happy|glad|delighted|honou?red|excited) to (be|join|welcome|have)"
            + "|(nice|good|great) to (see|meet|have|be)|happy to be)\\b");

    private static final Pattern THANKS = Pattern.compile("(?i)^\\W*(and |so,? |okay,? |well,? |right,? )?(thank you"
            + "|thanks|many thanks"
            + "|(i|we) (would |'d |just |also |really )*(like to |want to |wish to )?thank|let me (also |first )?thank"
            + "|(once again|again|first of all|firstly),? thank)\\b");

    private static final Pattern PROCEDURE = Pattern.compile("(?i)\\b("
            + "next (speakers?|panell?ists?|questions?|petitions?|statements?|interventions?|presenters?|item)"
            + "|(we're|we are|i'm|i am) going to (now )?(go|move|turn|come) (on |back |over )?(now )?to"
            + "|(one|a) (very )?(quick |brief |short |final |last )?question (on|about|from)"
            + "|give (you )?the floor|(have|has|take|taking) the floor|floor is (yours|open)|over to you"
            + "|(hand|pass|turn) (it |this )?(over|back) to|back to you"
            + "|i('d| would) (now )?(like to|love to) (invite|introduce|call (on|upon)|welcome|give|turn|hand|pass|move)"
            + "|let me (now )?(introduce|invite|turn|give|hand|pass|move|call|open)"
            + "|(we|i)('ll| will| shall) (now )?(go|move|turn|proceed|come|pass) (straight |directly |right )?(on )?"
            + "(to|back|over)|\\bmoving on\\b|please note that|(suspend|adjourn)\\w* (the )?(proceedings|meeting|sitting)"
            + "|(we|let's|let us) (now )?(move on|proceed|go) to|(now|first) we('ll| will) (hear|go|turn)"
            + "|(you have|we have|we've got|you've got|there are|there is|there's|with|left with)"
            + " (about |only |just |roughly )?(\\d+|one|two|three|four|five|ten|fifteen|a few|a couple of|a)"
            + " (more )?(minute|minutes|second|seconds)\\b"
            + "|time is up|out of time|(running|run) (out of|short of|over) time|(mindful|conscious) of (the )?time"
            + "|(keep|be) (it |your remarks )?(brief|short)|wrap (it |this )?up|(meeting|session) (is )?(adjourned|suspended|closed)"
            + "|call this meeting|point of order|(please )?go ahead|please proceed|you may (now )?proceed"
            + "|(our|the) (first|next|last|final|following) (speaker|panell?ist|presenter|statement|petition|intervention|question goes)"
            + "|(i|we) (now )?(open|close) the (floor|session|meeting|item)|\\bitem (\\d+|number)"
            + "|(any|more|other) (questions|comments|hands)( from| in)? (the )?(room|floor|chat|online|audience)"
            + "|raise your hand|(unanimous|agreed) consent|the (motion|question) is|supplementary"
            + "|(just )?before we move on|(final|last|next|brief) question (is |now )?(from|to|goes)|move on\\b"
            + "|remind (all )?(everyone|members|you|colleagues|speakers)|(concise|short|brief) (answers|questions)"
            + "|(members?|participants?|speakers?|witness(es)?) (is|are|will be) (then )?asked to"
            + "|(make|give|deliver) (a |an |your )?(short |brief )?opening (statement|remarks)"
            + "|(we )?appreciate (your|you) (attendance|attending|being here|coming|joining))\\b");

    /** A chair welcoming and introducing the panel, however long the sentence. */
    private static final Pattern INTRODUCTION = Pattern.compile("(?i)\\b((pleased|happy|delighted|glad|honou?red|"
            + "privileged) to (welcome|introduce|have with us|be joined)|(joining|joined|with) us (today|this morning|"
            + "this afternoon|here|online)|let me (briefly )?introduce|allow me to introduce|(our|my) (panel|panell?ists|"
            + "speakers|witnesses) (today|this morning|are)|i('m| am) (your|the) (moderator|chair|host))");

    /** Thanks that go on only about what the thanks are for. */
    private static final Pattern THANKS_FOR = Pattern.compile("(?is)^.{0,60}\\bfor (the|your|this|that|inviting|"
            + "attending|coming|joining|having|organi[sz]ing|giving|being|a|an|all)\\b");

    private static final Pattern FILLER_ONLY = Pattern.compile("(?i)^(\\W*(okay|ok|yes|yeah|yep|no|nope|right"
            + "|so|well|um+|uh+|erm?|ah|oh|alright|all right|sure|great|good|excellent|perfect|fine|indeed|exactly"
            + "|absolutely|of course|you know|i mean|mhm|hmm+|thank you|thanks|very much|wonderful|lovely)\\W*)+$");

    private static final Pattern HESITATION = Pattern.compile("(?i)(^|\\s)(um+|uh+|erm|er|ah|hmm+)[,.]?(?=\\s|$)");
    private static final Pattern REPEATED_WORD = Pattern.compile("(?i)\\b(\\w+)(\\s+\\1\\b)+");

    private SpokenText() {
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
        if (words <= 30 && HOUSEKEEPING.matcher(t).find()) {
            return SentenceKind.HOUSEKEEPING;
        }
        if (words <= 25 && GREETING.matcher(t).find()) {
            return SentenceKind.GREETING;
        }
        if (isThanks(t, words)) {
            return SentenceKind.THANKS;
        }
        if (words <= (chairing ? 40 : 20) && PROCEDURE.matcher(t).find()
                || chairing && INTRODUCTION.matcher(t).find()) {
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
        if (THANKS.matcher(t).find()) {
            return words <= 16 || words <= 30 && THANKS_FOR.matcher(t).find();
        }
        return words <= 8 && t.toLowerCase(java.util.Locale.ROOT).contains("thank");
    }

    /** Whether a sentence does chairing, however long: "moving on to item 2, which is ...". */
    public static boolean isProcedure(String text) {
        return PROCEDURE.matcher(text).find() || INTRODUCTION.matcher(text).find();
    }

    /** Whether a piece of text is housekeeping ("can you hear me?"), for chat lines too. */
    public static boolean isHousekeeping(String text) {
        return HOUSEKEEPING.matcher(text).find();
    }

    /**
     * A readable rendering of a spoken sentence: hesitations ("um", "uh") and stuttered repeats ("the the")
     * removed. For display only; evidence always quotes the original.
     */
    public static String tidy(String text) {
        String t = HESITATION.matcher(text).replaceAll("$1");
        t = REPEATED_WORD.matcher(t).replaceAll("$1");
        return t.replaceAll("\\s+", " ").replaceAll(" ([,.;:?!])", "$1").strip();
    }
}
