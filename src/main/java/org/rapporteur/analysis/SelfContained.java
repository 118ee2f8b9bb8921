package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.nlp.Dependency;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * What a reader without the transcript needs to understand a statement: a main clause with its own verb, a subject
 * that does not stand for something said before, and, where it announces a list or a point, the sentences that give
 * it; and no thank-you. The sentences a position's point or a narrative statement is told from come from here: the
 * sentence alone, fused with the sentence of the same turn that resolves it, or none.
 */
final class SelfContained {

    /**
     * A name's possessive and the noun after it as the subject opening a clause, its verb next: "Yusra's point was",
     * "Ana Ruiz's proposal is" (not "On Wanjiku's question, …", which takes the question up).
     */
    private static final Pattern POSSESSED_VIEW = Pattern.compile(
            "(\\p{Lu}[\\p{L}-]*+(?:\\s\\p{Lu}[\\p{L}-]*+){0,2})['\u2019]s\\s+(\\p{L}+)\\s+(?:was|is|were|are)\\b");
    private static final Set<String> VIEW_NOUNS = Lexicon.words("view-noun");

    /** The most words a fused statement may have in the display, as the IGF form's takeaways and points. */
    static final int MAX_WORDS = 35;
    private static final Cue POINTING_SUBJECT = Lexicon.cue("pointing-subject");
    private static final Cue EXPLETIVE = Lexicon.cue("expletive");
    private static final Cue FRAGMENT_OPENER = Lexicon.cue("fragment-opener");
    private static final Cue LIST_ANNOUNCEMENT = Lexicon.cue("list-announcement");
    private static final Cue ANNOUNCEMENT = Lexicon.cue("announcement");
    private static final Cue DISAGREEMENT = Lexicon.cue("disagreement");
    /** Verbs that only name what someone said ("what Jean-Jacques said about ..."): the objection's topic, not it. */
    private static final Set<String> SAYING = Set.of("say", "said", "mention", "mentioned", "talk", "talked",
            "argue", "argued", "suggest", "suggested");
    /** Sentences of the turn after a disagreement announcement searched for the claim it announces. */
    private static final int CLAIM_WITHIN = 8;
    private static final Set<String> SUBORDINATORS = Lexicon.words("subordinator");
    private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "these", "those");
    /** Demonstratives that, before a colon, announce what follows it. */
    private static final Set<String> FORWARD = Set.of("this", "these");
    /** Tags that end a clause before the next one: a comma, a colon, a coordinating conjunction. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ":", "CC");
    /** Words after a noun that say which one it is: "those countries that ...", "that part of the law". */
    private static final Set<String> RESTRICTING = Set.of("that", "who", "which", "whose", "where", "of");
    /** Words for anyone at all that a "them" may stand for ("Nobody should lose a service that failed them"). */
    private static final Set<String> ANYONE = Set.of("nobody", "everyone", "everybody", "anyone", "anybody",
            "someone", "somebody", "people");
    /** Words after ":" that make it introduce content in the same sentence rather than in the next ones. */
    private static final int CONTENT_AFTER_COLON = 4;

    private SelfContained() {
    }

    /**
     * Whether the clause's subject is another person's view ("Yusra's point was that …", lexicon {@code view-noun}):
     * what the speaker reports of someone else is not theirs to be told by.
     */
    private static boolean reportsAnothersView(Discussion d, Sentence s, String clause) {
        Matcher m = POSSESSED_VIEW.matcher(clause);
        return m.lookingAt() && VIEW_NOUNS.contains(m.group(2).toLowerCase(Locale.ROOT))
                && d.people().mentioned(m.group(1), s.speaker()) != null;
    }

    /**
     * The sentences that tell sentence {@code i} on its own, in order: {@code [i]} where it stands alone; the sentence
     * before it in the same turn and {@code i} where its subject points back; {@code i} and the sentences after it
     * in the same turn that give what it announces; empty where it is a fragment, has no main clause, or cannot be
     * made whole within {@link #MAX_WORDS} words.
     */
    static List<Integer> told(Discussion d, int i) {
        Sentence s = d.sentence(i);
        String clause = d.clause(i);
        // a thank-you, however long ("I'd like to thank the member for his very thoughtful question ..."), states
        // nothing of the speaker's
        // an instruction ("Put a sunset clause on the most intrusive powers") is a main clause without a subject,
        // as the dependency parse reads it too
        if (fragment(clause) || !hasMainVerb(s) && !instruction(s, clause) || SpokenText.isThanks(s.text())
                || reportsAnothersView(d, s, clause)) {
            return List.of();
        }
        if (announcesDisagreement(s)) {
            return withClaim(d, i);
        }
        if (announces(s.text(), clause)) {
            return withContent(d, i);
        }
        if (pointsBack(s, clause)) {
            int before = i - 1;
            if (s.indexInTurn() == 0 || before < 0 || !d.substantive(before)) {
                return List.of();
            }
            Sentence b = d.sentence(before);
            if (!hasMainVerb(b) || pointsBack(b, d.clause(before))
                    || fragment(d.clause(before))
                    || b.wordCount() + s.wordCount() > MAX_WORDS) {
                return List.of();
            }
            return List.of(before, i);
        }
        return List.of(i);
    }

    /**
     * Whether a sentence is an instruction: it opens on a verb's base form with no subject before it ("Write the
     * reporting duty into the law"); not a heading of nouns the tagger took for one ("Security updates, and ...").
     */
    private static boolean instruction(Sentence s, String clause) {
        String first = clause.split("[\\s,;:]+", 2)[0];
        return s.tokens().stream().filter(t -> t.word().equals(first)).findFirst()
                .filter(t -> t.pos().equals("VB") || t.pos().equals("VBP")).isPresent()
                && Wording.opensOnBaseVerb(s, clause);
    }

    /**
     * Whether a clause cannot be a statement of its own: it opens on a word that hangs it on something before
     * ("Because today ...") or on no word at all ("(inaudible)... and the documentation ...", "... and").
     */
    static boolean fragment(String clause) {
        return clause.isEmpty() || !Character.isLetterOrDigit(clause.codePointAt(0))
                || FRAGMENT_OPENER.matcher(clause).lookingAt();
    }

    /**
     * Whether a sentence announces a disagreement without saying what it holds: "And here I would push back on what
     * Jean-Jacques said about voluntary commitments", "I'm going to disagree with Claire, a little bit, on labels":
     * after the cue, no verb of its own but one naming what was said. "I disagree with the idea that liability is the
     * silver bullet" says what it holds.
     */
    static boolean announcesDisagreement(Sentence s) {
        java.util.regex.Matcher m = DISAGREEMENT.matcher(s.text());
        if (!DISAGREEMENT.mayHold(s.text()) || !m.find()) {
            return false;
        }
        // the tokens after the cue: the cue's words are counted off the sentence's start
        int cueWords = Wording.words(s.text().substring(0, m.end()));
        List<Token> tokens = s.tokens();
        int seen = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            // a clitic ("n't", "'m") is part of the word before it, as the cue's words count it
            if (Character.isLetterOrDigit(t.word().codePointAt(0)) && !t.word().equalsIgnoreCase("n't")) {
                seen++;
            }
            // "industry-led" is an adjective, whatever the tagger makes of its second half
            boolean compound = k > 0 && (tokens.get(k - 1).pos().equals("HYPH") || tokens.get(k - 1).pos().equals("SYM"));
            if (seen > cueWords && t.isVerb() && !t.pos().equals("VBG") && !t.pos().equals("VBN") && !compound
                    && !SAYING.contains(t.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A disagreement announcement with the claim it announces: the first sentence after it in the turn that states a
     * view and stands on its own, both within {@link #MAX_WORDS} words; empty where the turn gives none.
     */
    private static List<Integer> withClaim(Discussion d, int i) {
        Sentence s = d.sentence(i);
        for (int j = i + 1; j < d.size() && j <= i + CLAIM_WITHIN && d.sentence(j).turn() == s.turn(); j++) {
            Sentence c = d.sentence(j);
            if (d.substantive(j) && !c.isQuestion() && SentenceScorer.claims(c)
                    && s.wordCount() + c.wordCount() <= MAX_WORDS && told(d, j).equals(List.of(j))) {
                return List.of(i, j);
            }
        }
        return List.of();
    }

    /** The announcing sentence and as many of the next sentences of its turn as fit; empty where none does. */
    private static List<Integer> withContent(Discussion d, int i) {
        List<Integer> out = new ArrayList<>(List.of(i));
        int words = d.sentence(i).wordCount();
        for (int j = i + 1; j < d.size() && d.sentence(j).turn() == d.sentence(i).turn(); j++) {
            words += d.sentence(j).wordCount();
            if (!d.substantive(j) || words > MAX_WORDS) {
                break;
            }
            out.add(j);
        }
        return out.size() > 1 ? out : List.of();
    }

    /**
     * Whether a sentence announces content it does not give: a list ("three things in common", "the following") or
     * a point ending on a colon, with nothing of substance after a colon.
     */
    static boolean announces(String text) {
        return announces(text, Wording.clause(text.strip()));
    }

    /** {@link #announces(String)} where the text's clause is already worded. */
    private static boolean announces(String text, String clause) {
        String t = text.strip();
        int colon = t.lastIndexOf(':');
        if (colon >= 0 && Wording.words(t.substring(colon + 1)) >= CONTENT_AFTER_COLON) {
            return false;
        }
        return colon >= 0 && colon >= t.length() - 1 || LIST_ANNOUNCEMENT.find(t)
                || ANNOUNCEMENT.find(clause)
                || t.toLowerCase(Locale.ROOT).contains("the following");
    }

    /**
     * Whether the clause's subject stands for something said before: a pronoun ("They could ask ..."), an
     * ordinal ("The first is that ..."), a demonstrative that is not the determiner of a noun ("That is why ..."
     * against "That report ..."), as the subject or a verb's object, a determiner pointing back ("break that
     * circle"), or an object "it" or "them" with nothing before it to stand for; not an "it"
     * that points at nothing ("It is important that ...").
     */
    static boolean pointsBack(Sentence s, String clause) {
        if (EXPLETIVE.matcher(clause).lookingAt()) {
            return false;
        }
        if (POINTING_SUBJECT.matcher(clause).lookingAt()) {
            return true;
        }
        List<Token> tokens = s.tokens();
        if (demonstrativeObject(tokens) || pointingDeterminer(tokens) || objectWithoutAntecedent(tokens)) {
            return true;
        }
        String first = clause.split("[\\s,;:'\u2019]+", 2)[0].toLowerCase(Locale.ROOT);
        if (!DEMONSTRATIVES.contains(first)) {
            return false;
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).word().equalsIgnoreCase(first)) {
                String next = tokens.get(k + 1).pos();
                boolean announcing = next.equals(":") && FORWARD.contains(first);
                return !(next.startsWith("NN") || next.startsWith("JJ") || next.equals("CD") || announcing);
            }
        }
        return true;
    }

    /**
     * Whether a demonstrative stands alone where it cannot point inside its own sentence: as a verb's object ("We
     * should avoid repeating that with product security"), after a preposition in the first clause ("For
     * those, a copy must be kept"), or as the subject of the main clause after a leading subordinate clause ("When
     * you are a cooperative, that's a risk you cannot take"): what it stands for was said before. Not a determiner
     * ("repeating that mistake"), a pronoun with its own restriction ("those who cannot read", "those of us"), nor
     * one after a clause of its own ("it becomes law, and that's a good thing").
     */
    private static boolean demonstrativeObject(List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.pos().equals("DT") || !DEMONSTRATIVES.contains(t.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            String pos = next == null ? "." : next.pos();
            if (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.startsWith("W")
                    || next.word().equalsIgnoreCase("of")) {
                continue;
            }
            // "my main point is this: …" points at what the colon gives, not back
            if (next != null && next.word().equals(":") && FORWARD.contains(t.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Token before = tokens.get(k - 1);
            // in a clause after one of its own it points at that clause: "The law allows an exemption, but I agree
            // our officers do not always know that."
            if (afterOwnClause(tokens, k)) {
                continue;
            }
            // "give her that": the object after an indirect object
            boolean secondObject = k > 1 && before.pos().equals("PRP") && tokens.get(k - 2).isVerb();
            // after a preposition or a leading clause only in the sentence's first clause: "with a transition
            // period after that", "because that is where the rules are written" point at the clause before them
            boolean firstClause = java.util.stream.IntStream.range(0, k - 1).noneMatch(j -> finite(tokens, j));
            if (before.isVerb() || secondObject || firstClause && (before.pos().equals("IN") || before.pos().equals("TO"))
                    || before.pos().equals(",") && SUBORDINATORS.contains(tokens.get(0).word().toLowerCase(Locale.ROOT))
                    && tokens.subList(0, k).stream().filter(x -> x.pos().equals(",")).count() == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} comes after a main clause of its own: a clause break that follows a finite verb, not
     * one of a subordinate or relative clause ("When you are a cooperative, that's a risk" points back; so does
     * "people who can't pass the check, because the systems are less accurate, and there are studies showing this").
     */
    private static boolean afterOwnClause(List<Token> tokens, int k) {
        boolean finite = false;
        boolean subordinate = false;
        for (int j = 0; j < k; j++) {
            Token t = tokens.get(j);
            if (CLAUSE_BREAKS.contains(t.pos())) {
                if (finite) {
                    return true;
                }
                subordinate = false;
            } else if (t.pos().startsWith("W") || SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT))) {
                subordinate = true;
            } else if (!subordinate && finite(tokens, j)) {
                finite = true;
            }
        }
        return false;
    }

    /**
     * Whether an object of the first clause points back by its determiner, "that" or "those" before a noun
     * ("Somebody has to break that circle", "In those countries, ..."), where nothing after the noun restricts it
     * ("those countries that ...", "that part of the law") and no verb follows it, as one does where the tagger took
     * a "that" opening a clause ("I think that education is key") for a determiner. In a later clause it may point
     * at the first ("commit in writing, and ask every member state for that commitment"); "this" and "these" point
     * at the here and now as often as back: neither read.
     */
    private static boolean pointingDeterminer(List<Token> tokens) {
        for (int k = 0; k + 1 < tokens.size() && !afterOwnClause(tokens, k); k++) {
            Token t = tokens.get(k);
            String word = t.word().toLowerCase(Locale.ROOT);
            // an object, of a verb or a preposition: a subject "That report ..." may name what all present know
            boolean object = k > 0 && (tokens.get(k - 1).isVerb() || tokens.get(k - 1).pos().equals("IN")
                    || tokens.get(k - 1).pos().equals("TO"));
            if (!t.pos().equals("DT") || !word.equals("that") && !word.equals("those") || !object) {
                continue;
            }
            int end = k + 1;
            while (end < tokens.size() && (tokens.get(end).pos().startsWith("JJ") || tokens.get(end).isNoun())) {
                end++;
            }
            if (end == k + 1 || !tokens.get(end - 1).isNoun()) {
                continue;
            }
            Token after = end < tokens.size() ? tokens.get(end) : null;
            if (after == null || !(after.isVerb() || after.pos().equals("MD") || after.pos().startsWith("W")
                    || RESTRICTING.contains(after.word().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb's object "it" or "them" ("allow it", "deal with it") has nothing in its own sentence to stand
     * for: no singular noun before "it" ("the regulators have to allow it"), no plural one before "them", outside
     * the subject of its own clause, which the object cannot repeat ("A company our size can deal with it"); not an
     * "it" that a complement after it explains ("make it possible to ...", "take it that ...") or a colon ("I would
     * put it this way: ...").
     */
    private static boolean objectWithoutAntecedent(List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            boolean it = word.equals("it");
            boolean object = tokens.get(k - 1).isVerb()
                    || k > 1 && tokens.get(k - 1).pos().equals("IN") && tokens.get(k - 2).isVerb();
            // in a subordinate clause it may point ahead, at the main clause ("when we roll it out, the scheme ...")
            if (!it && !word.equals("them") || !object || tokens.subList(0, k).stream()
                    .anyMatch(x -> SUBORDINATORS.contains(x.word().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            Token after = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            if (after != null && (after.isVerb() || after.pos().equals("MD") || after.pos().startsWith("JJ")
                    || after.pos().equals("TO") || after.word().equalsIgnoreCase("that"))
                    || it && tokens.subList(k, tokens.size()).stream().anyMatch(x -> x.word().equals(":"))) {
                continue;
            }
            // the clause's subject: from the clause's start to its first verb
            int clause = k;
            while (clause > 0 && !CLAUSE_BREAKS.contains(tokens.get(clause - 1).pos())) {
                clause--;
            }
            int verb = clause;
            while (verb < k && !tokens.get(verb).isVerb() && !tokens.get(verb).pos().equals("MD")) {
                verb++;
            }
            for (int j = 0; j < k; j++) {
                String pos = tokens.get(j).pos();
                boolean agrees = it ? pos.equals("NN") || pos.equals("NNP") : pos.equals("NNS") || pos.equals("NNPS")
                        || ANYONE.contains(tokens.get(j).word().toLowerCase(Locale.ROOT));
                if (agrees && (j < clause || j >= verb)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether the sentence has a finite verb in its main clause: "Security updates, and telling the consumer for
     * how long they will get them." has one only in the clause "how long ...". With the dependency parse, the root
     * is a verb or has a subject; without it, a finite verb counts unless a subordinating word or a wh-word opened
     * a clause before it, since the last comma, that has not had its verb yet.
     */
    static boolean hasMainVerb(Sentence s) {
        if (!s.dependencies().isEmpty()) {
            for (Dependency dep : s.dependencies()) {
                if (dep.governor() == -1) {
                    return s.tokens().get(dep.dependent()).isVerb() || s.dependentsOf(dep.dependent()).stream()
                            .anyMatch(x -> x.relation().startsWith("nsubj") || x.relation().startsWith("csubj"));
                }
            }
        }
        List<Token> tokens = s.tokens();
        boolean subordinate = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String pos = t.pos();
            if (pos.equals(",")) {
                subordinate = false;
            } else if (pos.startsWith("W") || pos.equals("IN")
                    && SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT))
                    // "since 2022", "before 2030": a preposition before a date opens no clause
                    && !(k + 1 < tokens.size() && tokens.get(k + 1).pos().equals("CD"))) {
                subordinate = true;
            } else if (finite(tokens, k)) {
                if (!subordinate) {
                    return true;
                }
                subordinate = false;
            }
        }
        return false;
    }

    /** A finite verb, or a base form right after a noun or pronoun, as the tagger often tags a present tense. */
    private static boolean finite(List<Token> tokens, int k) {
        String pos = tokens.get(k).pos();
        if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD") || pos.equals("MD")) {
            return true;
        }
        return pos.equals("VB") && k > 0 && (tokens.get(k - 1).pos().startsWith("NN")
                || tokens.get(k - 1).pos().equals("PRP"));
    }
}
