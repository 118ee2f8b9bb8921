package org.rapporteur.analysis;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * The tool's wording of a spoken statement, for a reader without the transcript: hesitations, first-person framing
 * ("I think", "My key message is that"), list openers ("Second, ...") and the form of address ("Mr. Chair, ")
 * dropped, and the statement put in the third person under its speaker's name and group ("Ana Ruiz (Civil Society)
 * argued that ..."). Evidence always quotes the sentence as spoken; only the display text is the tool's.
 */
final class Wording {

    /** How many framing phrases may open one statement ("So, I think my main point is that ..."). */
    private static final int MAX_FRAMES = 4;
    private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "these", "those",
            "that's", "that\u2019s");
    private static final Cue SECOND_PERSON = Lexicon.cue("second-person");
    private static final Cue FIRST_PERSON = Lexicon.cue("first-person");
    private static final Cue FIRST_PERSON_PLURAL = Lexicon.cue("first-person-plural");
    private static final Pattern US = Pattern.compile("\\bUS\\b");
    private static final Pattern STRAY_QUOTE = Pattern.compile("^['\"\u2019\u201d]\\s+");
    private static final Pattern CLOSED = Pattern.compile("[.!?\u2026][\"'\u201d\u2019)]*$");
    /** Where a reason or a relative clause ending a sentence begins: where a sentence may be cut short. */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "(?i)(,\\s*|\\s+)(?=because\\b|since\\b|so that\\b|which\\b|who\\b|as long as\\b)|;\\s*");
    /** Any break its punctuation marks inside a clause. */
    private static final Pattern BREAK = Pattern.compile("[,;]\\s*");
    /** Where a contrast its comma sets apart begins (", while …"): a takeaway's last resort to fit the form. */
    private static final Pattern CONTRAST_END = Pattern.compile("(?i),\\s*(?=while\\b)");
    private static final Set<String> DANGLING = Lexicon.words("dangling");
    /** The rest of an item's label up to its colon: a few words, no sentence mark ("…, the one we agreed on: "). */
    private static final Pattern LABEL_COLON = Pattern.compile("[^.;:?!]{0,60}+:\\s+");
    /** A subordinator ("…, quickly, while | who takes …") opens a clause the cut would leave without its verb. */
    private static final Set<String> SUBORDINATORS = Lexicon.words("subordinator");
    /** Besides the dangling words: a copula or a preposition leaves the clause open. */
    private static final Set<String> OPEN_END = Set.of("is", "are", "was", "were", "be", "been",
            "on", "about", "at", "in", "by", "into", "upon", "than", "as", "like");
    /** The fewest words a cut may keep of what a colon opens. */
    private static final int AFTER_COLON_WORDS = 5;
    /** The fewest words a clause cut short may keep. */
    private static final int SHORTEST_CUT = 8;
    /** Parts of speech of a finite verb: a piece without one states nothing of its own. */
    private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD", "MD");
    /** A piece after a dropped one that keeps its comma: a coordinated or subordinate clause. */
    private static final Pattern COORDINATOR = Pattern.compile("(?i)(and|but|or|so|yet|because|while|although)\\b");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,;:\u2014\u2013-]+");

    private Wording() {
    }

    /** The statement without framing, hesitations or list opener, starting with a capital. */
    static String clause(String text) {
        // a quotation's closing mark the sentence splitter left at the start ("' So, there's ...") quotes nothing
        String t = STRAY_QUOTE.matcher(SpokenText.tidy(text)).replaceFirst("");
        for (int k = 0; k < MAX_FRAMES; k++) {
            int end = Math.max(Math.max(Lexicon.openingEnd("framing", t), Lexicon.openingEnd("item-opener", t)),
                    Math.max(Lexicon.openingEnd("address-start", t), openerEnd(t)));
            if (end == 0 || end >= t.length()) {
                break;
            }
            t = LEADING_PUNCTUATION.matcher(t.substring(end)).replaceFirst("");
        }
        // "First finding, the one everybody agreed on: small administrations …": the item's label up to its colon
        int label = Lexicon.openingEnd("item-label", t);
        Matcher colon = LABEL_COLON.matcher(t).region(label, t.length());
        if (label > 0 && colon.lookingAt() && colon.end() < t.length()) {
            t = t.substring(colon.end());
        }
        // "my main point is this: fair moderation …", "my view is simple: …": what is left of the frame announces the
        // clause after the colon (lexicon colon-announcer)
        int announced = Lexicon.openingEnd("colon-announcer", t);
        if (announced > 0 && !t.substring(announced).isBlank()) {
            t = t.substring(announced).strip();
        }
        return capitalised(t);
    }

    /**
     * A quotation in prose begun after its discourse openers ("So, the regulator …", "And I agree …", "But …"):
     * they join the sentence to talk the prose does not quote; the evidence keeps them, and everything after them
     * is quoted as said.
     */
    static String unopened(String sentence) {
        String t = sentence.strip();
        for (int k = 0; k < MAX_FRAMES; k++) {
            int end = openerEnd(t);
            if (end == 0 || end >= t.length()) {
                break;
            }
            t = LEADING_PUNCTUATION.matcher(t.substring(end)).replaceFirst("");
        }
        return capitalised(t);
    }

    /**
     * Where a discourse opener ("So", "And", "Well,", "Yes,") ends, or 0: only a whole word, and only where it does
     * not bind the word after it ("So far", "Now that", "Well-being" stay).
     */
    private static int openerEnd(String text) {
        int end = Lexicon.openingEnd("discourse-opener", text);
        if (end == 0 || end >= text.length() || Lexicon.openingEnd("bound-opener", text) > 0) {
            return 0;
        }
        char next = text.charAt(end);
        return Character.isWhitespace(next) || next == ',' || text.charAt(end - 1) == ',' ? end : 0;
    }

    /**
     * The statement as the speaker's, in the third person: "Ana Ruiz (Civil Society) argued that labels work."
     * {@code who} is the speaker as the report names them; {@code s} the sentence the clause comes from, whose
     * parse tells whether its first word is a name.
     */
    static String reported(String who, String verb, String clause, Sentence s) {
        String c = clause.strip();
        if (c.isEmpty()) {
            return who;
        }
        if (quotes(c, s)) {
            // "X argued that I hope ..." or "X stressed that in our case ..." misreads as the reader's "I" or "our",
            // "X said that you ..." as the reader addressed, "X observed that meet the requirements ..." as no
            // sentence at all, nor "X argued that affordable spectrum, and ..." where nothing is stated;
            // "X said that that is why ..." and "X said that because today ..." point at what the reader has not
            // got, "X said that so far ..." stumbles, and so does "X added that fast remedies: a court that …"
            // after a heading without a verb: the speaker's own words, quoted, read right
            return who + " " + verb + ": \u201c" + c + "\u201d";
        }
        return who + " " + verb + " that " + uncapitalised(s, c);
    }

    /** Whether {@link #reported} quotes the clause as the speaker's words rather than report it. */
    static boolean quotes(String clause, Sentence s) {
        String c = clause.strip();
        return !SelfContained.hasMainVerb(s) || speaksAsSpeaker(c) || opensOnBaseVerb(s, c)
                || opensOnDemonstrative(s, c) || SelfContained.fragment(c)
                || openerEnd(c) > 0 || Lexicon.openingEnd("bound-opener", c) > 0 || headedByPhrase(s);
    }

    /** A sentence opening on a phrase without a verb before a colon: "Fast remedies: a court that can rule …". */
    private static boolean headedByPhrase(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.word().equals(":")) {
                return true;
            }
            if (t.isVerb()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A clause within {@code most} words: as it is where it fits, else its main part, cut before the first reason or
     * relative clause (", because ...", ", which ...", ", so that ...") that leaves {@link #SHORTEST_CUT} words at
     * least; null where that does not fit either.
     */
    static String within(String clause, int most) {
        String c = clause.strip();
        if (words(c) <= most) {
            return c;
        }
        Matcher m = CLAUSE_END.matcher(c);
        while (m.find()) {
            String head = c.substring(0, m.start()).strip();
            if (words(head) > most) {
                return null;
            }
            // "where we did not fully agree is on | who goes first" is no clause cut short: a head ending on a word
            // a sentence does not end on leans on what follows; nor is "…: a human | who speaks …", what a colon
            // opens cut to a word or two
            if (words(head) >= SHORTEST_CUT && !endsOpen(head) && !cutPastColon(head)) {
                return head.replaceAll("[,;:\\s]+$", "");
            }
        }
        return null;
    }

    /**
     * The clause before the contrast its comma sets apart (", while who pays is still open"), where that fits within
     * {@code most} words and the clause alone does not; null otherwise. What is left open then stays in the evidence
     * only, so this is for a form that must be short, after every other cut.
     */
    static String beforeContrast(String clause, int most) {
        String c = clause.strip();
        Matcher m = CONTRAST_END.matcher(c);
        if (words(c) <= most || !m.find()) {
            return null;
        }
        String head = c.substring(0, m.start()).strip();
        return words(head) >= SHORTEST_CUT && words(head) <= most && !endsOpen(head) ? head : null;
    }

    /**
     * A clause within {@code most} words by dropping what its commas set apart and states nothing: an introductory
     * phrase ("According to a survey of small businesses, the region ..."), an apposition or example list ("the
     * whole panel, government, industry and civil society, that ...", ", including grain, potash and coal,") or a
     * trailing phrase (", not only a line in the budget") — a run of comma-separated pieces without a finite verb,
     * between pieces that have one (or the clause's start or end), so no list loses some of its items; the fewest
     * words dropped that make it fit, else the longest run and on; where no such run is left, a statement after the
     * last semicolon; never a piece holding a colon, which opens what is stated. Null where no such dropping fits.
     * {@code s} is
     * the sentence the clause comes from, whose parts of speech tell a finite verb.
     */
    static String compressed(String clause, Sentence s, int most, boolean quoted) {
        String c = clause.strip();
        Set<String> finite = new HashSet<>();
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            // a base form not after "to" is a present the tagger misread ("most publish") or an imperative
            String pos = tokens.get(k).pos();
            if (FINITE.contains(pos) || pos.equals("VB") && (k == 0 || !tokens.get(k - 1).pos().equals("TO"))) {
                finite.add(tokens.get(k).word().toLowerCase(Locale.ROOT));
            }
        }
        while (words(c) > most) {
            Matcher closing = CLOSED.matcher(c);
            String end = closing.find() ? c.substring(closing.start()) : "";
            // a comma inside a figure ("1,000") parts nothing
            List<String> pieces = List.of(c.substring(0, c.length() - end.length()).split("\\s*,\\s+", -1));
            String best = null;
            for (int i = 0; i < pieces.size(); i++) {
                if (i > 0 && !hasFinite(pieces.get(i - 1), finite)) {
                    continue;
                }
                // what a colon opens is what the clause states ("…, not technology: a shared fund, …"), no aside
                for (int j = i; j < pieces.size() && !hasFinite(pieces.get(j), finite)
                        && !pieces.get(j).contains(":"); j++) {
                    // an opening phrase goes only before the clause's subject, never the subject itself
                    // nor the first items of a list the next piece ends ("the Economy, Infrastructure and Skills
                    // Committee found ...")
                    boolean last = j + 1 == pieces.size();
                    if (!last && (!hasFinite(pieces.get(j + 1), finite) || listEnd(pieces.get(j + 1), finite))
                            || i == 0 && (last || hasFinite(pieces.get(j + 1).split("\\s+", 2)[0], finite))) {
                        continue;
                    }
                    String kept = without(pieces, i, j, quoted) + end;
                    // each dropping shortens the clause (a one-word piece marked "…" does not), so this ends
                    if (words(kept) >= SHORTEST_CUT && words(kept) < words(c)
                            && (best == null || fitsBetter(kept, best, most))) {
                        best = kept;
                    }
                }
            }
            if (best == null) {
                // nothing set apart by commas left to drop: a second statement joined by a semicolon goes, where
                // the first stands with a verb of its own
                int semicolon = c.lastIndexOf("; ");
                String first = semicolon < 0 ? "" : c.substring(0, semicolon).strip();
                if (words(first) < SHORTEST_CUT || !hasFinite(first, finite)) {
                    return null;
                }
                best = first + (quoted ? " \u2026" : "") + (end.isEmpty() ? "." : end);
            }
            c = capitalised(best);
        }
        return c;
    }

    /**
     * The pieces but {@code i..j}, joined again; the comma before a conjunction stays ("…, but other goods …"). In
     * a quotation the omission is marked.
     */
    private static String without(List<String> pieces, int i, int j, boolean quoted) {
        StringBuilder out = new StringBuilder(String.join(", ", pieces.subList(0, i)));
        if (quoted) {
            out.append(out.isEmpty() ? "\u2026" : " \u2026");
        }
        for (int k = j + 1; k < pieces.size(); k++) {
            String piece = pieces.get(k);
            boolean joined = k == j + 1 && !COORDINATOR.matcher(piece).lookingAt();
            out.append(out.isEmpty() ? "" : joined ? " " : ", ").append(piece);
        }
        return out.toString().strip();
    }

    /**
     * Whether a piece ends a list before its verb: "and" or "or" ahead of its first finite verb, not as its first
     * word ("and most of them never …" is a clause of its own).
     */
    private static boolean listEnd(String piece, Set<String> finite) {
        String[] words = piece.split("\\s+");
        for (int k = 1; k < words.length; k++) {
            String w = words[k];
            if (hasFinite(w, finite)) {
                return false;
            }
            if (w.equalsIgnoreCase("and") || w.equalsIgnoreCase("or")) {
                return true;
            }
        }
        return false;
    }

    /** Fitting first, keeping the most words; else dropping the most, to go on from. */
    private static boolean fitsBetter(String a, String b, int most) {
        boolean fitsA = words(a) <= most;
        if (fitsA != words(b) <= most) {
            return fitsA;
        }
        return fitsA ? words(a) > words(b) : words(a) < words(b);
    }

    private static boolean hasFinite(String piece, Set<String> finite) {
        for (String w : piece.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'\u2019]+")) {
            String stem = w.endsWith("n't") || w.endsWith("n\u2019t") ? w.substring(0, w.length() - 3) : w;
            // "there's", "they're": the tagger's verb is the contraction's own token ("'s")
            int apostrophe = Math.max(stem.lastIndexOf('\''), stem.lastIndexOf('\u2019'));
            String contracted = apostrophe > 0 ? stem.substring(apostrophe) : null;
            if (!w.isEmpty() && (finite.contains(w) || finite.contains(stem)
                    || contracted != null && finite.contains(contracted))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest head of a clause that ends at a comma or semicolon within {@code most} words and does not end open,
     * for a quotation that must be cut (marked where it is told); null where none does.
     */
    static String longestWithin(String clause, int most) {
        String c = clause.strip();
        String longest = null;
        Matcher m = BREAK.matcher(c);
        while (m.find()) {
            String head = c.substring(0, m.start()).strip();
            if (words(head) > most) {
                break;
            }
            if (words(head) >= SHORTEST_CUT && !endsOpen(head)) {
                longest = head.replaceAll("[,;:\\s]+$", "");
            }
        }
        return longest;
    }

    /**
     * A clause cut to {@code most} words at the last: the statement before its first colon where that stands alone
     * ({@link #SHORTEST_CUT} words at least, not ending open), else the longest head ending at a comma or semicolon,
     * else its first words; a cut inside the clause is marked "…".
     */
    static String shortened(String clause, int most) {
        String c = clause.strip();
        if (words(c) <= most) {
            return c;
        }
        int colon = c.indexOf(':');
        String announced = colon < 0 ? "" : c.substring(0, colon).strip();
        if (words(announced) >= SHORTEST_CUT && words(announced) <= most && !endsOpen(announced)) {
            return announced + ".";
        }
        String head = longestWithin(c, most - 1);
        if (head == null) {
            String[] w = c.split("\\s+");
            head = String.join(" ", Arrays.copyOf(w, most - 1)).replaceAll("[,;:]+$", "");
        }
        return head + " \u2026";
    }

    /** Whether a head ends a few words past its last colon: what the colon opens, cut to a fragment. */
    private static boolean cutPastColon(String head) {
        int colon = head.lastIndexOf(':');
        return colon >= 0 && words(head.substring(colon + 1)) < AFTER_COLON_WORDS;
    }

    private static boolean endsOpen(String head) {
        String[] w = head.replaceAll("[,;:\\s]+$", "").split("\\s+");
        String last = w[w.length - 1].toLowerCase(Locale.ROOT);
        return DANGLING.contains(last) || OPEN_END.contains(last) || SUBORDINATORS.contains(last);
    }

    /**
     * Sentences told together, quoted as spoken after the first one's framing is dropped: "X said: “The networks
     * that survive have three things in common. They have a revenue ...”"; an omission between two of them marked.
     */
    static String quoted(String who, String verb, List<Sentence> sentences) {
        StringBuilder q = new StringBuilder(clause(sentences.get(0).text()).strip());
        for (int k = 1; k < sentences.size(); k++) {
            // sentences not said one after the other are quoted with the omission marked
            boolean adjacent = sentences.get(k).index() == sentences.get(k - 1).index() + 1;
            q.append(adjacent ? " " : " \u2026 ").append(SpokenText.tidy(sentences.get(k).text()).strip());
        }
        return who + " " + verb + ": \u201c" + q + "\u201d";
    }

    /**
     * "We call on governments to make ..." as "X called on governments to make ...": the call said in one's own name
     * is reported as a call, not as "X said that we call on ..."; null where the sentence makes no such call.
     */
    static String calledOn(String who, String text) {
        String tidy = SpokenText.tidy(text);
        Matcher call = CallToActionFinder.EXPLICIT.matcher(tidy);
        if (!call.find() || !CallToActionFinder.MARKER.matcher(call.group(1)).find()) {
            return null;
        }
        return who + " called on " + CallToActionFinder.stripDeterminer(call.group(2)) + " to "
                + tidy.substring(call.start("act"));
    }

    /**
     * Whether the clause speaks as its speaker or to the listener anywhere: "I", "my", "we", "our", "you". Reported
     * speech would hand those words to the reader; only the speaker's own words, quoted, keep whom they mean.
     */
    static boolean speaksAsSpeaker(String clause) {
        // "US" names the country, not "us"
        String c = US.matcher(clause).replaceAll("");
        return FIRST_PERSON.find(c) || FIRST_PERSON_PLURAL.find(c) || SECOND_PERSON.find(c);
    }

    /** "That is why ...", "These were ...": a demonstrative standing for what was said before, not "That report". */
    private static boolean opensOnDemonstrative(Sentence s, String clause) {
        Token t = firstToken(s, clause);
        if (t == null || !DEMONSTRATIVES.contains(t.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = s.tokens().indexOf(t) + 1;
        if (k >= s.tokens().size()) {
            return true;
        }
        String next = s.tokens().get(k).pos();
        return !(next.startsWith("NN") || next.startsWith("JJ") || next.equals("CD"));
    }

    /** Whether a statement speaks for its speaker alone ("I", "my"): the session cannot be said to hold it. */
    static boolean firstPersonSingular(String text) {
        return FIRST_PERSON.find(text);
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Text closed as a sentence: a full stop unless it already ends on one, inside a closing quote or not. */
    static String closed(String text) {
        String t = text.strip();
        return t.isEmpty() || CLOSED.matcher(t).find() ? t : t + ".";
    }

    /**
     * The index of the sentence's first word: 0, or the word after a captioner's note that opens it ("[Interpretation
     * from Spanish] Data ..."), whose capital is the sentence's.
     */
    static int firstWord(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || !"-LRB-".equals(tokens.get(0).pos())) {
            return 0;
        }
        for (int i = 1; i < tokens.size(); i++) {
            if ("-RRB-".equals(tokens.get(i).pos())) {
                return Math.min(i + 1, tokens.size() - 1);
            }
        }
        return 0;
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** A clause of sentence {@code s} told after "that": lower case, unless it opens on a name ("Klipp will …"). */
    static String uncapitalised(Sentence s, String clause) {
        return namesSomething(s, clause) ? clause : uncapitalised(clause);
    }

    /** The first letter in lower case, unless the first word is an acronym ("EU", "ICANN"). */
    static String uncapitalised(String text) {
        String first = text.split("[\\s,;:]+", 2)[0];
        boolean acronym = first.length() > 1 && first.substring(1).chars().anyMatch(Character::isUpperCase);
        return acronym || text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * Whether the clause opens on a verb in its base form, as the parse tags the word, or on a bare noun the tagger
     * may have mistaken for one ("Build on the same standards, ..." comes tagged NN), with no finite verb before
     * its first break: an instruction ("Build on the same standards ...") or a fragment ("Security updates, and
     * telling the consumer ..."), which reported speech cannot carry. A tagger's mistake here only quotes a
     * statement.
     */
    static boolean opensOnBaseVerb(Sentence s, String clause) {
        Token t = firstToken(s, clause);
        // the tagger calls a bare verb opening a clause VBP as often as VB ("build on the work of ...")
        if (t == null || !(t.pos().equals("VB") || t.pos().equals("VBP") || t.pos().equals("NN"))) {
            return false;
        }
        // the tagger also calls a capitalised subject a verb ("Open licences make ..."): a finite verb before the
        // first break of the clause shows a subject, not an instruction; after a verb, so does one before the clause
        // it opens ("Put in every law that reports cannot ..."; "Let me inform you that we are ..." frames a statement)
        List<Token> tokens = s.tokens();
        boolean verb = !t.pos().equals("NN") && !"let".equalsIgnoreCase(t.lemma());
        for (int k = tokens.indexOf(t) + 1; k < tokens.size(); k++) {
            String pos = tokens.get(k).pos();
            if (pos.equals(",") || pos.equals(":") || verb && (pos.equals("WDT") || pos.equals("WP")
                    || tokens.get(k).word().equalsIgnoreCase("that"))) {
                break;
            }
            boolean afterNoun = tokens.get(k - 1).pos().startsWith("NN");
            if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD") || pos.equals("MD")
                    || pos.equals("VB") && afterNoun) {
                return false;
            }
        }
        return true;
    }

    private static Token firstToken(Sentence s, String clause) {
        // the tagger splits a clitic off its word: "That's" is the tokens "That" and "'s"
        String first = clause.split("[\\s,;:'\u2019]+", 2)[0];
        return s.tokens().stream().filter(t -> t.word().equalsIgnoreCase(first)).findFirst().orElse(null);
    }

    /**
     * Whether the clause opens on a proper noun, as the sentence's parse tags it. The tagger calls any capitalised
     * first word of a sentence a proper noun ("Budget data needs ..."), so there only a named entity counts.
     */
    private static boolean namesSomething(Sentence s, String clause) {
        Token t = firstToken(s, clause);
        // a name, or a noun or adjective the entity tagger marks ("African parliaments ..."), keeps its capital;
        // a conjunction it marks by mistake ("Because ...") does not; a word after a captioner's note
        // ("[Interpretation from Spanish] Data ...") is capitalised as the sentence's first
        boolean opens = t != null && s.tokens().indexOf(t) <= firstWord(s);
        // a name of several capitalised words opening the sentence ("Member States should …") keeps its capital
        int at = t == null ? -1 : s.tokens().indexOf(t);
        boolean longName = at >= 0 && at + 1 < s.tokens().size() && t.pos().startsWith("NNP")
                && s.tokens().get(at + 1).pos().startsWith("NNP")
                && Character.isUpperCase(s.tokens().get(at + 1).word().charAt(0));
        return t != null && (t.pos().startsWith("NNP") && (!opens || longName)
                || t.ner() != null && !"O".equals(t.ner()) && (t.pos().startsWith("NN") || t.pos().startsWith("JJ")));
    }

}
