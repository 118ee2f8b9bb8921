package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.Role;
import org.rapporteur.nlp.Sentence;

/**
 * How much a substantive sentence is worth quoting as a finding: central to the discussion, touching the
 * keyphrases and the session's policy questions, a claim rather than an anecdote, readable on its own, and of a
 * quotable length. Shared by takeaways, positions and the narrative.
 */
public final class SentenceScorer {

    /** The fewest words and topic words a call stands on ("We should fund the local backups first."). */
    private static final int MIN_CALL_WORDS = 6;
    private static final int MIN_CALL_TERMS = 2;
    private static final Cue CLAIM = Lexicon.cue("claim");
    private static final Cue PROPOSAL = Lexicon.cue("proposal");
    private static final Cue FINDING = Lexicon.cue("finding");
    /** Forms of "be" (and its like) that, before an adjective, make a judgement: "voluntary codes are not enough". */
    private static final Set<String> JUDGING_VERBS = Set.of("is", "are", "'s", "'re", "\u2019s", "\u2019re",
            "remains", "remain", "seems", "seem", "becomes", "become", "be");
    /** Words that may stand between such a verb and its adjective: "is not really enough", "are much broader". */
    private static final Set<String> BETWEEN = Set.of("RB", "RBR", "RBS", "DT");
    /** Sentences opening on a back-reference read badly on their own. */
    private static final Cue BACK_REFERENCE = Lexicon.cue("back-reference");
    /** "This is a problem", "These are an example": a pointing word that introduces, not refers. */
    private static final Pattern INTRODUCING = Pattern.compile("(?i)^\\s+(is|are) (a|an)\\s");

    /** A sentence broken off by an interruption ("so--") is not a statement. */
    private static final Pattern CUT_OFF = Pattern.compile("(\u2014|\u2011\u2011|--|\u2013|\\.\\.\\.|\u2026)\\W{0,2}$");
    /** Reported or addressed speech ("you said that", "in your report") is a question's preamble, not a point. */
    private static final Cue ADDRESSED = Lexicon.cue("addressed");
    /** Passing a question on to someone else ("X will be able to respond to that") states no view. */
    private static final Cue DEFLECTION = Lexicon.cue("deflection");
    /**
     * Asking for a view ("I wanted to ask about ...", "your thoughts on that", "I'm keen to find out how ...") is a
     * question, however phrased.
     */
    private static final Cue REQUEST = Lexicon.cue("request");
    /** Words a finished sentence does not end on: the caption broke it off ("... which is essential for"). */
    private static final Set<String> DANGLING = Lexicon.words("dangling");
    static final Pattern LAST_WORD = Pattern.compile("([\\p{L}']+)\\W*$");
    static final Pattern FINISHED = Pattern.compile("[.!?][\"'\u201d\u2019)\\]]*$");
    /** The closing quotes and brackets of {@link #FINISHED}, which a finished sentence may end on after its stop. */
    private static final String CLOSING = "\"'\u201d\u2019)]";
    /**
     * Reassurance any government says in any hearing ("our government is committed to ...", "we will continue to
     * support ..."): true, but not what a session concluded.
     */
    private static final Cue BOILERPLATE = Lexicon.cue("boilerplate");
    /** A reply opening on a backchannel ("Okay, because ...", "Yes, whether ...") leans on what was asked. */
    private static final Cue BACKCHANNEL_START = Lexicon.cue("backchannel-start");

    /** A sentence opening on the form of address ("Mr. Chair, ...", "Minister, ...") reads as a reply, not a point. */
    private static final Cue ADDRESS_START = Lexicon.cue("address-start");

    /** How much speaking to the policy questions and the title counts against plain centrality. */
    private static final double AGENDA_WEIGHT = 3;

    private final Discussion d;
    private final Set<String> title;
    private final Set<String> keyLemmas;
    private final List<Set<String>> policyQuestions = new ArrayList<>();
    /** Each sentence's values, computed when first asked ({@link #echoes}: takeaways and calls both ask for all). */
    private final PerSentence<Double> scores;
    private final PerSentence<Boolean> quotable;
    private final PerSentence<Integer> closest;
    private final PerSentence<Integer> echoes;

    public SentenceScorer(Discussion d, Set<String> keyLemmas) {
        this.d = d;
        this.keyLemmas = keyLemmas;
        this.title = Terms.ofPlainText(d.session().info().title());
        this.scores = new PerSentence<>(d.size(), this::computeScore);
        this.quotable = new PerSentence<>(d.size(), this::computeQuotable);
        this.closest = new PerSentence<>(d.size(), this::computeClosest);
        this.echoes = new PerSentence<>(d.size(), this::computeEchoes);
        for (String q : d.session().info().policyQuestions()) {
            Set<String> terms = Terms.ofPlainText(q);
            if (!terms.isEmpty()) {
                policyQuestions.add(terms);
            }
        }
    }

    /** Whether a sentence may be quoted as a finding at all. */
    boolean quotable(int i) {
        return quotable.get(i);
    }

    /**
     * Whether a call can be quoted: as {@link #quotable}, but a short call says all it needs in fewer words ("We
     * should fund the local backups first.").
     */
    boolean quotableCall(int i) {
        return quotable(i) || fit(i, MIN_CALL_WORDS, MIN_CALL_TERMS);
    }

    private boolean computeQuotable(int i) {
        return fit(i, 8, 3);
    }

    private boolean fit(int i, int minWords, int minTerms) {
        int words = d.sentence(i).wordCount();
        String text = d.sentence(i).text().strip();
        return d.substantive(i) && words >= minWords && words <= 70 && d.terms(i).size() >= minTerms
                && !CUT_OFF.matcher(text).find()
                && !brokenOff(d, i) && !DEFLECTION.find(text) && !REQUEST.find(text)
                // a chair's long hand-over ("moving on to item 2, which is ...") is still chairing
                && !(d.people().chairs(d.sentence(i).speaker()) && SpokenText.isProcedure(text));
    }

    /**
     * Whether a sentence states a view rather than setting the scene or listing facts: a claim (should, must, need,
     * "the problem is"), a proposal, a finding, or a judgement said in the present with "is/are" and an adjective
     * ("voluntary codes are not enough"). "For ten years, security was a matter of good will" is a backdrop.
     */
    static boolean claims(Sentence s) {
        String text = s.text();
        if (CLAIM.find(text) || PROPOSAL.find(text) || FINDING.find(text)) {
            return true;
        }
        List<org.rapporteur.nlp.Token> tokens = s.tokens();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!JUDGING_VERBS.contains(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (int j = k + 1; j < tokens.size() && j <= k + 3; j++) {
                String pos = tokens.get(j).pos();
                if (pos.startsWith("JJ")) {
                    return true;
                }
                if (!BETWEEN.contains(pos)) {
                    break;
                }
            }
        }
        return false;
    }

    /** A number in digits: a year, a figure, an amount ("in 2021", "2.4 gigahertz", "40%"). */
    private static final Pattern DIGITS = Pattern.compile("\\d");

    /**
     * Whether a sentence argues a thesis: a claim or a proposal said in so many words ("should", "the real problem
     * is", "we propose"), neither dated nor counted. A judgement by adjective alone ("remittances are a large part
     * of our economy") or a finding is a fact the thesis rests on.
     */
    static boolean argues(Sentence s) {
        return (CLAIM.find(s.text()) || PROPOSAL.find(s.text())) && !datedOrCounted(s);
    }

    /**
     * Whether a sentence carries a number in digits (a year, a figure, an amount): a fact, whatever else it says.
     * Numbers in words ("one principle", "three things") are how people count their points.
     */
    static boolean datedOrCounted(Sentence s) {
        return s.tokens().stream().anyMatch(t -> "CD".equals(t.pos()) && DIGITS.matcher(t.word()).find());
    }

    /** Whether a sentence is reassurance any government says in any hearing ("we will continue to support"). */
    static boolean reassurance(String text) {
        return BOILERPLATE.find(text);
    }

    /** Whether a sentence opens on a word pointing back at what was said before it. */
    static boolean backReference(String text) {
        java.util.regex.Matcher m = BACK_REFERENCE.matcher(text);
        return m.lookingAt() && !INTRODUCING.matcher(text.substring(m.end())).lookingAt();
    }

    /**
     * A caption sentence without its end: no final punctuation (save in captions cut into sentences at pauses, which
     * have none), or a last word no sentence ends on.
     */
    static boolean brokenOff(Discussion d, int i) {
        String text = d.sentence(i).text().strip();
        return d.endsAtPause(i) ? dangling(text) : brokenOff(text);
    }

    /** A caption sentence without its end: no final punctuation, or a last word no sentence ends on. */
    static boolean brokenOff(String text) {
        // both patterns end at the text's end, so each is searched only from where its match can begin
        return !FINISHED.matcher(text).region(finishStart(text), text.length()).find() || dangling(text);
    }

    /** Whether the text ends on a word no sentence ends on ("... which is essential for"). */
    private static boolean dangling(String text) {
        java.util.regex.Matcher m = LAST_WORD.matcher(text).region(lastWordStart(text), text.length());
        return m.find() && DANGLING.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** No match of {@link #FINISHED} begins before this: the closing quotes and line ends at the end, and one more. */
    static int finishStart(String text) {
        int i = text.length();
        while (i > 0 && (text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r' || text.charAt(i - 1) == '\u0085'
                || text.charAt(i - 1) == '\u2028' || text.charAt(i - 1) == '\u2029')) {
            i--;
        }
        while (i > 0 && CLOSING.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return Math.max(0, i - 1);
    }

    /**
     * No match of {@link #LAST_WORD} begins before this: its letters reach into the run of non-word characters
     * ({@code \W}) that ends the text, so it begins in the run of letters just before that, or later.
     */
    static int lastWordStart(String text) {
        int i = text.length();
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                break;
            }
            i--;
        }
        while (i > 0) {
            int c = text.codePointBefore(i);
            if (!Character.isLetter(c) && c != '\'') {
                break;
            }
            i -= Character.charCount(c);
        }
        return i;
    }

    /** The worth of a quotable sentence, about 0..2; computed once per sentence. */
    double score(int i) {
        return scores.get(i);
    }

    private double computeScore(int i) {
        Sentence s = d.sentence(i);
        Set<String> terms = d.terms(i);
        double score = d.centrality(i);
        // the session's own agenda: its policy questions, and its title
        score += AGENDA_WEIGHT * (policyQuestionSimilarity(i) + 0.5 * Terms.similarity(d.words(i), title));
        long keyHits = terms.stream().filter(keyLemmas::contains).count();
        score += 0.1 * Math.min(3, keyHits);
        if (CLAIM.find(s.text())) {
            score += 0.15;
        }
        int words = s.wordCount();
        score *= Math.min(1.0, words / 14.0) * (words > 45 ? 0.8 : 1.0);
        if (backReference(s.text())) {
            score *= 0.75;
        }
        if (BACKCHANNEL_START.find(s.text()) || ADDRESS_START.find(s.text())) {
            score *= 0.8;
        }
        if (ADDRESSED.find(s.text())) {
            score *= 0.5;
        }
        if (BOILERPLATE.find(s.text())) {
            score *= 0.5;
        }
        return score;
    }

    int policyQuestionCount() {
        return policyQuestions.size();
    }

    /** Closest policy question, 0..1. */
    double policyQuestionSimilarity(int i) {
        int q = closestPolicyQuestion(i);
        return q < 0 ? 0 : Terms.similarity(d.words(i), policyQuestions.get(q));
    }

    /** The index of the policy question a sentence speaks to most, -1 when it touches none. */
    int closestPolicyQuestion(int i) {
        return closest.get(i);
    }

    private int computeClosest(int i) {
        Set<String> words = d.words(i);
        int best = -1;
        double bestSimilarity = 0;
        for (int q = 0; q < policyQuestions.size(); q++) {
            double sim = Terms.similarity(words, policyQuestions.get(q));
            if (sim > bestSimilarity) {
                bestSimilarity = sim;
                best = q;
            }
        }
        return best;
    }

    /**
     * How many other speakers made a similar point or asked about it (at most 3), plus one when one of them is
     * from another stakeholder group: a point several speakers or groups take up is a point of the session.
     */
    int echoes(int i) {
        return echoes.get(i);
    }

    private int computeEchoes(int i) {
        Set<String> terms = d.terms(i);
        String speaker = d.sentence(i).speaker();
        String group = d.group(speaker);
        Set<String> others = new HashSet<>();
        boolean otherGroup = false;
        for (int j = 0; j < d.size() && others.size() < 3; j++) {
            String other = d.sentence(j).speaker();
            boolean takenUp = d.substantive(j) || d.kind(j) == SentenceKind.QUESTION;
            if (j == i || other.equals(speaker) || !takenUp || d.terms(j).size() < 3) {
                continue;
            }
            if (Terms.similarity(terms, d.terms(j)) >= 0.3) {
                others.add(other);
                String g = d.group(other);
                otherGroup |= g != null && !g.equals(group);
            }
        }
        return others.size() + (otherGroup ? 1 : 0);
    }

    /**
     * How much a voice weighs for session-level findings: the listed panel 1, the moderators 0.6 (they frame
     * and link), others 0.75 where the session lists speakers at all.
     */
    double voice(int i) {
        String speaker = d.sentence(i).speaker();
        if (d.people().chairs(speaker)) {
            return 0.6;
        }
        boolean panelListed = d.session().people().stream().anyMatch(p -> p.has(Role.SPEAKER));
        return !panelListed || d.people().has(speaker, Role.SPEAKER) ? 1 : 0.75;
    }

    double similarity(int a, int b) {
        return Terms.similarity(d.terms(a), d.terms(b));
    }
}
