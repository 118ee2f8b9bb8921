package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.language.Numbers;
import org.rapporteur.model.Role;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * What a session says about itself: a closing summary ("Three things I take away: ...", "to sum up", "my key message
 * is") and stated consensus ("I think we can agree that ...", "we have a consensus"). Each point is one statement;
 * a list said in one breath ("Three things: A. B. And C.") gives one point per item. These lead the key takeaways
 * and the closing paragraph.
 */
final class StatedConclusions {

    static final String CLOSING_SUMMARY = "closing-summary";
    static final String STATED_CONSENSUS = "stated-consensus";
    /** A summary is said in the last part of a session (or its announced closing round). */
    static final double SUMMARY_NOT_BEFORE = 0.6;
    /** Items a list announcement may promise; more are not read as one list. */
    private static final int MAX_ITEMS = 6;
    /** A remainder shorter than this after the cue states nothing on its own ("— write it down."). */
    private static final int MIN_CONTENT_WORDS = 8;
    /** The fewest items, and words of each, of a list said in one sentence. */
    private static final int MIN_ITEMS = 3;
    private static final int MIN_ITEM_WORDS = 5;
    /** The link before a list's last item ("; and audits must …"). */
    static final Pattern LIST_LINK = Pattern.compile("(?i)^(?:and|or)\\s+");
    /** The most words of a concession a summary's point turns on ("The framework is a good start. But …"). */
    private static final int CONCESSION_WORDS = 8;
    private static final Pattern CONTRAST_OPENER = Pattern.compile("(?i)^but\\b");
    /** Link words before a point said alike to the one before it ("And it should …"). */
    private static final Pattern LINK_OPENER = Pattern.compile("(?i)^(?:(?:and|but|so|also|then),?\\s+)+");
    /** The fewest words of a clause before an agreement cue that state what is agreed on. */
    private static final int MIN_CLAUSE_WORDS = 4;
    /** Words after the cue within which "that" or a colon introduce the content ("from today is that X"). */
    private static final int INTRODUCER_WINDOW = 4;

    private static final Cue SUMMARY = Lexicon.cue(CLOSING_SUMMARY);
    private static final Cue CONSENSUS = Lexicon.cue(STATED_CONSENSUS);
    private static final Cue LIST = Lexicon.cue("list-announcement");
    private static final Cue LEARNED = Lexicon.cue("summary-question");
    /** A question put after the agreement it starts from ("..., so I wonder if you can tell us"). */
    private static final Cue OWN_QUESTION = Lexicon.cue("own-question");
    private static final Pattern QUESTION_LINK = Pattern.compile("(?i)[\\s,;:\u2014\u2013-]*(?:\\b(?:so|and|but)\\b"
            + "[\\s,]*)?$");
    private static final Pattern INTRODUCER = Pattern.compile("(?i)^(.*?)(:|\\bthat\\b)\\s*");
    /** Sentences after a short message searched for the one stating its point. */
    private static final int POINT_WITHIN = 3;
    /** Sentences an item of an unannounced list may run on before the next item opens. */
    private static final int ITEM_RUNS_ON = 2;
    private static final Pattern TOPIC_START = Pattern.compile("(?i)^(on|about|around)\\s");
    /** A short remainder joined to the cue by "and" is an aside to the room ("…, and Kwabena, correct me."). */
    private static final Pattern ASIDE = Pattern.compile("(?i)^[\\s,;\u2014\u2013-]*and\\b");
    /** An item opening on its topic ("On recommendation two, we keep …"): the topic, then a comma. */
    /** Tags of the words that only point back at what was said ("on that", "with this", "about it"). */
    private static final Set<String> POINTER_TAGS = Set.of("IN", "TO", "DT", "PRP", "WDT");
    /** An item opening on "it" as its subject ("It needs small, boring money."). */
    private static final Pattern IT_SUBJECT = Pattern.compile("^It\\s+(?=\\p{Ll})");
    private static final Cue EXPLETIVE = Lexicon.cue("expletive");
    /** Words an item's opener ("Second, …") may take before its subject. */
    private static final int SUBJECT_WITHIN = 4;
    private static final Pattern TOPIC_ITEM = Pattern.compile("(?i)^(?:and\\s+)?(?:on|as for)\\s+[^,.;:]{2,50},");

    /**
     * One point: its basis, who said it, the sentence that announced it, the sentence stating it (the same where
     * the cue and the content share a sentence), the content in the tool's wording, and the content as the speaker
     * said it, to quote where it speaks in their own voice ("we are at a turning point").
     */
    record Point(String basis, String speaker, int cue, int statement, String content, String quote) {

        Point(String basis, String speaker, int cue, int statement, String content) {
            this(basis, speaker, cue, statement, content, content);
        }

        List<Integer> sentences() {
            return cue == statement ? List.of(cue) : List.of(Math.min(cue, statement), Math.max(cue, statement));
        }
    }

    private StatedConclusions() {
    }

    static List<Point> find(Discussion d) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            String text = d.sentence(i).text();
            boolean late = d.position(i) >= SUMMARY_NOT_BEFORE || d.inClosingRound(i);
            if (promisedItems(text) > 0 && asksWhatWasLearned(d, i - 1) || late && rapporteursList(d, i)) {
                // the list a rhetorical "So what have we learned?" announces ("Three things, quickly.", a filler
                // to the tagger), where a talk ends however late in the session, or the one the rapporteur reads out
                out.addAll(points(d, i, CLOSING_SUMMARY, text.length(), text.length()));
                continue;
            }
            SentenceKind kind = d.kind(i);
            // a comment read out from the chat is someone else's, however the reader sums it up
            if (kind == SentenceKind.QUESTION || kind == SentenceKind.HOUSEKEEPING || kind == SentenceKind.FILLER
                    || kind == SentenceKind.STAGE_DIRECTION || kind == SentenceKind.RELAY) {
                continue;
            }
            Matcher summary = SUMMARY.matcher(text);
            if (late && SUMMARY.mayHold(text) && summary.find() && !preamblesQuestion(d, i)) {
                out.addAll(points(d, i, CLOSING_SUMMARY, summary.start(), summary.end()));
                continue;
            }
            Matcher consensus = CONSENSUS.matcher(text);
            if (CONSENSUS.mayHold(text) && consensus.find()) {
                out.addAll(points(d, i, STATED_CONSENSUS, consensus.start(), consensus.end()));
            }
        }
        return out;
    }

    /** Whether sentence {@code j} asks what the session or the talk taught ("So what have we learned?"). */
    private static boolean asksWhatWasLearned(Discussion d, int j) {
        return j >= 0 && d.sentence(j).turn() == d.sentence(j + 1).turn() && d.sentence(j).isQuestion()
                && LEARNED.find(d.sentence(j).text());
    }

    /**
     * Whether sentence {@code i} opens the list the session's rapporteur reads out ("First, … Second, … And third,
     * …"): its first item, another one following within the turn. The rapporteur speaks to sum up, so such a list
     * needs no cue of its own; the chair's hand-over may have announced it ("Hannah will read the takeaways").
     */
    private static boolean rapporteursList(Discussion d, int i) {
        if (!d.people().has(d.sentence(i).speaker(), Role.RAPPORTEUR)
                || Lexicon.openingEnd("list-start", d.sentence(i).text()) == 0 || !itemWithin(d, i)) {
            return false;
        }
        for (int k = i - 1; k >= 0 && d.sentence(k).turn() == d.sentence(i).turn(); k--) {
            if (opensItem(d, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentences a chair's or the rapporteur's closing summary spans: from each cue to its last point, and the sentences its last
     * item runs on with ("Second, A narrowed. Both accept B. They still differ on C."), within the turn. What the
     * chair sums up there is the room's, not a view of theirs nor their agreement with whom they name.
     */
    static Set<Integer> chairsSummary(Discussion d, List<Point> points) {
        Map<Integer, Integer> lastPoint = new HashMap<>();
        points.stream().filter(p -> p.basis().equals(CLOSING_SUMMARY) && d.people().speaksForSession(p.speaker()))
                .forEach(p -> lastPoint.merge(p.cue(), p.statement(), Math::max));
        Set<Integer> span = new HashSet<>();
        lastPoint.forEach((cue, last) -> {
            // "Let me try to sum up. Three things I take away. …": the summing up it announces first is the summary's
            int from = cue;
            while (from > 0 && d.sentence(from - 1).turn() == d.sentence(cue).turn()
                    && SUMMARY.find(d.sentence(from - 1).text())) {
                from--;
            }
            for (int k = from; k < d.size() && k <= last + ITEM_RUNS_ON
                    && d.sentence(k).turn() == d.sentence(cue).turn(); k++) {
                span.add(k);
            }
        });
        return span;
    }

    /**
     * Whether a summary cue outside the closing round sets up the question its speaker, who does not chair, goes on
     * to ask ("What I heard today about lock-in is frightening me. My question is …"): a recap, not the session's.
     */
    private static boolean preamblesQuestion(Discussion d, int i) {
        if (d.chairsAt(i) || d.inClosingRound(i)) {
            return false;
        }
        for (int j = i + 1; j < d.size() && d.sentence(j).turn() == d.sentence(i).turn(); j++) {
            String text = d.sentence(j).text();
            if (d.kind(j) == SentenceKind.QUESTION || d.sentence(j).isQuestion() || OWN_QUESTION.find(text)) {
                return true;
            }
        }
        return false;
    }

    /** The points the cue at sentence {@code i} (from {@code cueStart} to {@code cueEnd}) introduces. */
    private static List<Point> points(Discussion d, int i, String basis, int cueStart, int cueEnd) {
        Sentence s = d.sentence(i);
        String speaker = s.speaker();
        int promised = promisedItems(s.text());
        String stated = beforeQuestion(s.text().substring(cueEnd));
        List<Point> out = new ArrayList<>();
        // "So what we heard today: first, A. Second, B.": the cue's sentence states the first item, however long
        // ("What I take away from today: first, A.": past the words introducing it)
        String opened = stated == null ? "" : pastIntroducer(stated);
        boolean listInCue = Lexicon.openingEnd("item-opener", opened) > 0 && !LIST_LINK.matcher(opened).lookingAt()
                && itemWithin(d, i);
        if (!listInCue && (stated == null || Wording.words(stated) > TakeawaySelector.MAX_WORDS)) {
            // the cue leads into a question, or into a run-on the form cannot carry
            return out;
        }
        String rest = content(stated);
        if (listInCue) {
            out.add(new Point(basis, speaker, i, i, rest));
            return items(d, i, basis, i + 1, true, promised, out);
        }
        if (basis.equals(STATED_CONSENSUS) && pointsBack(s, Wording.words(rest))) {
            // "There is agreement on that.": the agreement is on what was just said, not on what comes next: the
            // clause before the cue ("We had to support people and we all agree on that."), else the sentence before
            String before = QUESTION_LINK.matcher(s.text().substring(0, cueStart)).replaceFirst("");
            return Wording.words(before) >= MIN_CLAUSE_WORDS
                    ? List.of(new Point(basis, speaker, i, i, Wording.closed(Wording.clause(before))))
                    : agreedBefore(d, i);
        }
        if (!rest.matches("(?s).*[\\p{L}\\p{N}].*")
                || Wording.words(rest) < MIN_CONTENT_WORDS
                && (verbless(s, Wording.words(rest)) || ASIDE.matcher(stated).lookingAt())) {
            // the cue ended the sentence ("Let me try to sum up."), only says whom for or how ("… sum up for Carmen.",
            // "… what I take away, very briefly.", "to sum up my points."), or goes on with an aside ("… sum up, and
            // Kwabena, correct me."): what follows states it
            rest = "";
        }
        if (promised == 0 && i + 1 < d.size() && d.sentence(i + 1).turn() == s.turn()
                && announcesSummary(d.sentence(i + 1).text())) {
            // "Let me try to sum up. Three things I take away. First …": the next announcement leads the points
            return out;
        }
        // the items numbered one by one after the cue ("First, … Second, …") are its points, whatever the cue's
        // sentence says besides ("Let me try to pull this together, and Sofia will correct me."); a list read out
        // with no cue starts at its first item
        int first = cueEnd == s.text().length() && opensItem(d, i) ? i : i + 1;
        boolean numbered = first < d.size() && d.sentence(first).turn() == s.turn() && opensItem(d, first);
        boolean listFollows = numbered && Lexicon.openingEnd("list-start", d.sentence(first).text()) > 0;
        if (promised == 0 && !listFollows && Wording.words(rest) >= MIN_CONTENT_WORDS && !rest.endsWith(":")) {
            out.add(new Point(basis, speaker, i, i, rest));
            return out;
        }
        if (promised == 0 && !listFollows && Wording.words(rest) > 0 && !rest.endsWith(":")) {
            // a short message ("we are at a turning point") is said with the sentence that states its point: not a
            // backdrop in the past ("For ten years, security was a matter of good will.") but the claim after it
            Integer next = pointAfter(d, i);
            if (next != null) {
                String point = Wording.within(d.clause(next),
                        TakeawaySelector.MAX_WORDS - Wording.words(rest));
                if (point != null) {
                    String fused = rest.replaceAll("[.!]+$", "") + ": " + Wording.uncapitalised(point);
                    String quote = Wording.closed(Wording.capitalised(rest)) + (next == i + 1 ? " " : " \u2026 ")
                            + Wording.closed(point);
                    out.add(new Point(basis, speaker, i, next, fused, quote));
                    return out;
                }
            }
            out.add(new Point(basis, speaker, i, i, rest));
            return out;
        }
        items(d, i, basis, first, numbered, promised, out);
        if (out.isEmpty() && basis.equals(STATED_CONSENSUS)) {
            // "We have a consensus." agrees with what was just said
            return agreedBefore(d, i);
        }
        return out;
    }

    /**
     * The content after the cue at sentence {@code i}, from sentence {@code first}: the promised number of items,
     * the items numbered one by one ("First, … Second, …"), or the next statement, in the same turn; added to
     * {@code out}, which is returned.
     */
    private static List<Point> items(Discussion d, int i, String basis, int first, boolean numbered, int promised,
            List<Point> out) {
        Sentence s = d.sentence(i);
        String speaker = s.speaker();
        int wanted = promised == 0 ? numbered ? MAX_ITEMS : 1 : promised;
        for (int j = first; j < d.size() && out.size() < wanted && d.sentence(j).turn() == s.turn(); j++) {
            if (numbered && !opensItem(d, j)) {
                if (promised == 0 && !itemWithin(d, j)) {
                    break;
                }
                // the item said before it goes on ("First, A. B. C. Second, …"): its first sentence states it
                continue;
            }
            if (!numbered && promised == 0 && overview(d, j)) {
                // "I think we agree on more than we expected. Everyone in this room agreed that …": a short overview
                // the sentences after it state, each a point of its own
                break;
            }
            int stating = j;
            if (numbered && !item(d, j) && j + 1 < d.size() && d.sentence(j + 1).turn() == s.turn()
                    && !opensItem(d, j + 1)) {
                // a heading ("Third, the vendors.") is stated by the sentence after it
                stating = j + 1;
            }
            boolean unlisted = !numbered && promised == 0;
            if (unlisted && out.isEmpty() && concedes(d, j)) {
                // "The framework is a good start. But it should measure practice.": the point is what the "but" says
                stating = ++j;
            }
            if (item(d, stating)) {
                if (unlisted && wanted < MAX_ITEMS && parallel(d, stating, stating + 1)) {
                    // "It should A. It should B. And it should C.": points said alike in one breath, each its own
                    wanted++;
                }
                // "Where we converged: A; B; and C.": a list said in one sentence gives one point per item
                List<String> items = listAfterColon(d.clause(stating));
                if (items.isEmpty()) {
                    out.add(new Point(basis, speaker, i, stating, d.clause(stating)));
                }
                for (String listed : items) {
                    out.add(new Point(basis, speaker, i, stating, listed));
                }
            }
        }
        return withSubjectsNamed(d, out);
    }

    /**
     * Whether sentence {@code j} is a short concession the next sentence of its turn turns on with "but" ("The
     * framework is a good start. But it should …").
     */
    private static boolean concedes(Discussion d, int j) {
        return j + 1 < d.size() && d.sentence(j + 1).turn() == d.sentence(j).turn()
                && d.sentence(j).wordCount() <= CONCESSION_WORDS && CONTRAST_OPENER.matcher(d.sentence(j + 1).text())
                .lookingAt() && item(d, j + 1);
    }

    /**
     * Whether sentence {@code b} goes on from {@code a} in its turn as a point said alike: the same two words open
     * both, past a link word ("It should add … And it should look at …").
     */
    private static boolean parallel(Discussion d, int a, int b) {
        if (b >= d.size() || d.sentence(b).turn() != d.sentence(a).turn() || !item(d, b)) {
            return false;
        }
        String[] first = opening(d.sentence(a).text());
        String[] next = opening(d.sentence(b).text());
        return first.length >= 2 && next.length >= 2 && first[0].equals(next[0]) && first[1].equals(next[1]);
    }

    private static String[] opening(String text) {
        return LINK_OPENER.matcher(text.strip()).replaceFirst("").toLowerCase(Locale.ROOT).split("[^\\p{L}']+", 3);
    }

    /**
     * A list's items as a reader takes them one by one: an item whose subject is "it" ("The clinic must belong to
     * the university. The organisations need one number. It needs small, boring, predictable money.") names the
     * nearest subject before it that "it" can stand for, a singular noun with "the"; the quote keeps the words said.
     * "It is important that …" points at nothing.
     */
    private static List<Point> withSubjectsNamed(Discussion d, List<Point> out) {
        // the sentence said before the first point, after the cue (a concession: "The framework is …")
        int before = out.isEmpty() ? -1 : out.get(0).statement() - 1;
        for (int k = 0; k < out.size(); k++) {
            Point p = out.get(k);
            Matcher it = IT_SUBJECT.matcher(p.content());
            if (!it.lookingAt() || EXPLETIVE.matcher(p.content()).lookingAt()) {
                continue;
            }
            String subject = null;
            for (int j = k - 1; j >= 0 && subject == null; j--) {
                subject = definiteSubject(d.sentence(out.get(j).statement()));
            }
            if (subject == null && before > p.cue() && d.sentence(before).turn() == d.sentence(p.cue()).turn()) {
                subject = definiteSubject(d.sentence(before));
            }
            if (subject != null) {
                out.set(k, new Point(p.basis(), p.speaker(), p.cue(), p.statement(),
                        Wording.capitalised(subject) + " " + p.content().substring(it.end()), p.quote()));
            }
        }
        return out;
    }

    /** A sentence's subject where it is "the" and a singular noun right before its verb ("the clinic must …"). */
    private static String definiteSubject(Sentence s) {
        List<Token> tokens = s.tokens();
        int start = -1;
        for (int k = 0; k < tokens.size() && k < SUBJECT_WITHIN; k++) {
            if (tokens.get(k).word().equalsIgnoreCase("the")) {
                start = k;
                break;
            }
        }
        for (int k = start + 1; start >= 0 && k < tokens.size(); k++) {
            String pos = tokens.get(k).pos();
            if (pos.equals("MD") || pos.startsWith("VB")) {
                String head = tokens.get(k - 1).pos();
                return k > start + 1 && (head.equals("NN") || head.equals("NNP")) ? tokens.subList(start, k).stream()
                        .map(Token::word).collect(Collectors.joining(" ")) : null;
            }
            if (!pos.startsWith("NN") && !pos.startsWith("JJ")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The items of a list said in one sentence after a colon and set apart by semicolons ("Where we converged: people
     * must be told …; what is published should be …; and audits must be paid for …"), each one that states something
     * ({@link #MIN_ITEM_WORDS} words at least); empty where the clause is no such list.
     */
    static List<String> listAfterColon(String clause) {
        int colon = clause.indexOf(':');
        String[] parts = colon < 0 ? new String[0] : clause.substring(colon + 1).split(";");
        // a list: three items at least, the last one linked ("; and …"); two clauses a semicolon joins are no list
        if (parts.length < MIN_ITEMS || !LIST_LINK.matcher(parts[parts.length - 1].strip()).lookingAt()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            String listed = LIST_LINK.matcher(part.strip()).replaceFirst("");
            if (Wording.words(listed) < MIN_ITEM_WORDS) {
                return List.of();
            }
            out.add(Wording.closed(Wording.capitalised(listed)));
        }
        return out;
    }

    /** The agreement stated at sentence {@code i} on the statement said just before it, if any. */
    private static List<Point> agreedBefore(Discussion d, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            if (item(d, j)) {
                return List.of(new Point(STATED_CONSENSUS, d.sentence(i).speaker(), i, j, d.clause(j)));
            }
        }
        return List.of();
    }

    /**
     * Whether the last {@code words} words of a sentence only point back ("on that", "about this"): prepositions,
     * determiners and pronouns, one of them at least.
     */
    private static boolean pointsBack(Sentence s, int words) {
        List<Token> tokens = s.tokens();
        int seen = 0;
        for (int k = tokens.size() - 1; k >= 0 && seen < words; k--) {
            Token t = tokens.get(k);
            if (Character.isLetterOrDigit(t.word().codePointAt(0))) {
                seen++;
                if (!POINTER_TAGS.contains(t.pos())) {
                    return false;
                }
            }
        }
        return seen > 0;
    }

    /**
     * The sentence after a short message, in its turn, that states its point: the first that makes a claim or, where
     * none within {@link #POINT_WITHIN} sentences does, the first that is no backdrop in the past; null where none.
     */
    private static Integer pointAfter(Discussion d, int i) {
        Integer plain = null;
        for (int j = i + 1; j < d.size() && j <= i + POINT_WITHIN && d.sentence(j).turn() == d.sentence(i).turn()
                && item(d, j); j++) {
            if (SentenceScorer.claims(d.sentence(j))) {
                return j;
            }
            if (plain == null && !backdrop(d.sentence(j))) {
                plain = j;
            }
        }
        return plain;
    }

    /** Whether a sentence tells the past as a backdrop: its first finite verb is in the past tense. */
    static boolean backdrop(Sentence s) {
        for (Token t : s.tokens()) {
            String pos = t.pos();
            if (pos.equals("VBD")) {
                return true;
            }
            if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The words after a cue up to a question they lead into: "we all agree that habits last, so I wonder if you
     * can tell us ..." agrees only that habits last; null where too little comes before the question.
     */
    private static String beforeQuestion(String rest) {
        Matcher asks = OWN_QUESTION.matcher(rest);
        if (!OWN_QUESTION.mayHold(rest) || !asks.find()) {
            return rest;
        }
        String before = QUESTION_LINK.matcher(rest.substring(0, asks.start())).replaceFirst("");
        return Wording.words(before) < MIN_CONTENT_WORDS ? null : before + ".";
    }

    /** Whether a sentence announces a list or a summary of its own, whose points it introduces itself. */
    private static boolean announcesSummary(String text) {
        return promisedItems(text) > 0 || SUMMARY.mayHold(text) && SUMMARY.matcher(text).find();
    }

    /**
     * Whether the last {@code words} words of a sentence hold no verb: a phrase saying whom, when or how a summary is
     * for ("for Carmen", "in one minute", "very briefly") or what it sums up ("my points"), stating nothing itself.
     */
    private static boolean verbless(Sentence s, int words) {
        List<Token> tokens = s.tokens();
        int seen = 0;
        for (int k = tokens.size() - 1; k >= 0 && seen < words; k--) {
            Token t = tokens.get(k);
            // a clitic is no word of its own, but may be the verb ("there's")
            if (t.isVerb() || t.pos().equals("MD")) {
                return false;
            }
            if (Character.isLetterOrDigit(t.word().codePointAt(0))) {
                seen++;
            }
        }
        return seen > 0;
    }

    /**
     * Whether an unannounced list goes on after sentence {@code j}: a sentence of the turn within
     * {@link #ITEM_RUNS_ON} after it opens the next item ("Second, A. Both accept B. They differ on C. Third, …").
     */
    private static boolean itemWithin(Discussion d, int j) {
        for (int k = j + 1; k < d.size() && k <= j + ITEM_RUNS_ON && d.sentence(k).turn() == d.sentence(j).turn();
                k++) {
            if (opensItem(d, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence opens an item of a list said in one breath ("Second, …"), or of a summary going through its
     * topics ("On recommendation two, we keep …").
     */
    private static boolean opensItem(Discussion d, int j) {
        return Lexicon.openingEnd("item-opener", d.sentence(j).text()) > 0
                || TOPIC_ITEM.matcher(d.sentence(j).text()).lookingAt();
    }

    /** Whether a sentence can be an item of a summary: a statement of some length, whoever chairs. */
    /**
     * Whether sentence {@code j} only announces what the next sentence of its turn states as a summary or the room's
     * consensus: too short to state a point of its own, as what follows a cue is ({@link #MIN_CONTENT_WORDS}).
     */
    private static boolean overview(Discussion d, int j) {
        int next = j + 1;
        if (Wording.words(d.clause(j)) >= MIN_CONTENT_WORDS || next >= d.size()
                || d.sentence(next).turn() != d.sentence(j).turn()) {
            return false;
        }
        String text = d.sentence(next).text();
        return CONSENSUS.mayHold(text) && CONSENSUS.find(text) || SUMMARY.mayHold(text) && SUMMARY.find(text);
    }

    private static boolean item(Discussion d, int j) {
        SentenceKind kind = d.kind(j);
        boolean statement = kind == SentenceKind.SUBSTANCE || kind == SentenceKind.PROCEDURE
                && !SpokenText.isProcedure(d.sentence(j).text());
        return statement && d.sentence(j).wordCount() >= 4 && !d.sentence(j).isQuestion();
    }

    /** The number of items a list announcement in the sentence promises ("three things"), 0 where none. */
    static int promisedItems(String text) {
        Matcher m = LIST.matcher(text);
        if (!LIST.mayHold(text) || !m.find()) {
            return 0;
        }
        int n = Numbers.value(m.group()).orElse(0);
        return n >= 2 && n <= MAX_ITEMS ? n : 0;
    }

    /**
     * The content after a cue: past the word introducing it ("... from today is that X" gives X), a topic kept with
     * its preposition ("on the need for ..."), and capitalised.
     */
    private static String content(String rest) {
        String r = pastIntroducer(rest);
        return TOPIC_START.matcher(r).find() ? r : Wording.clause(r);
    }

    /** The words after a cue past a few introducing them (" from today: first, A" gives "first, A"). */
    private static String pastIntroducer(String rest) {
        String r = rest.strip();
        Matcher m = INTRODUCER.matcher(r);
        if (m.find() && Wording.words(m.group(1)) <= INTRODUCER_WINDOW) {
            r = r.substring(m.end());
        }
        return r.replaceFirst("^[\\s,;:\u2014\u2013-]+", "");
    }
}
