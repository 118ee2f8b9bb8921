package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
import org.rapporteur.language.RequiredWords;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Relation;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.Sentence;

/**
 * Agreements and disagreements: explicit markers ("I agree with X", "building on what X said", "as X said",
 * "X is right" / "I disagree", "I would push back on", "I'm not sure I share", "with respect, ...") and the person
 * referred to, resolved to someone of the session by full name, surname or first name. "You", "the previous
 * speaker" or a marker opening a turn point at the previous speaker. An agreement with nobody identifiable is
 * dropped; an explicit disagreement is kept with {@code with} null.
 */
public final class RelationFinder {

    /** Agreements and disagreements, each in the order spoken. */
    public record Relations(List<Relation> agreements, List<Relation> disagreements) {

        public Relations {
            agreements = List.copyOf(agreements);
            disagreements = List.copyOf(disagreements);
        }
    }

    private static final Cue DISAGREE = Lexicon.cue("disagreement");
    private static final Cue AGREE = Lexicon.cue("agreement");
    /** "With respect, …": a disagreement outside hearings, where it is the courtesy before a question. */
    private static final Cue POLITE_OBJECTION = Lexicon.cue("polite-objection");
    /** Taking a proposal further: an agreement with the one whose proposal the phrase names. */
    private static final Cue BUILDING_ON = Lexicon.cue("building-on");
    /** Praise of a point: a speaker's agreement, a chair's prompt for the next speaker. */
    private static final Cue PRAISE = Lexicon.cue("praise");
    /** A word of the name in "as X said": a clause break ("a university like Selin's, we said") ends it. */
    private static final String NAME_WORD = "[^\\s,;:.]+";
    /** Agreement that names its person in the phrase itself; the name is read from the groups. */
    private static final Pattern NAMING_AGREEMENT = Pattern.compile("(?i)\\b(as (?<as>(" + NAME_WORD + " ){1,4}?)"
            + "(said|mentioned|pointed out|noted|highlighted|stressed|emphasi[sz]ed|put it|rightly (said|pointed out"
            + "|noted))|like (?<like>(" + NAME_WORD + " ){1,3}?)said"
            + "|(?<right>\\S+) (is|was|are) (absolutely |quite |completely |so |exactly |entirely )?right\\b"
            + "|(?:i am|i'm|we are|we're) (?:much |a bit |rather )?closer to (?<closer>(" + NAME_WORD + " ){0,2}"
            + NAME_WORD + "))");
    /** The words each branch of {@link #NAMING_AGREEMENT} needs: most sentences lack them, and are not searched. */
    private static final RequiredWords NAMING_AGREEMENT_WORDS = RequiredWords.of(List.of(
            "as said|mentioned|pointed|noted|highlighted|stressed|emphasised|emphasized|put|rightly", "like said",
            "is|was|are right", "closer to"));
    /** A reply contradicting the turn it answers: "but that ignores ...", "the problem with that is ...". */
    private static final Cue CONTRADICTION = Lexicon.cue("contradiction");
    private static final Cue YES_BUT = Lexicon.cue("yes-but");
    private static final Cue SECOND_PERSON = Lexicon.cue("second-person");
    /** A numbered item of the document discussed ("finding three"): an objection to it goes to its presenter. */
    private static final Cue NUMBERED_ITEM = Lexicon.cue("numbered-item");
    /** A sentence opening on a contrast ("But what you describe is …"). */
    private static final Cue CONTRAST = Lexicon.cue("contrast");
    /** A sentence opening by addressing someone by name, then a comma ("Sebastián, I hear you"). */
    private static final Pattern ADDRESSING = Pattern.compile("^\\W*(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,3}),");
    /** Someone's words recalled to them: "Daniel, you said Kenya paused …", "in your report". */
    private static final Cue RECALL = Lexicon.cue("addressed");
    /** A reservation about what was just recalled: "I am worried about what the fallback becomes." */
    private static final Cue RESERVATION = Lexicon.cue("reservation");
    /** The words after a reservation's cue that may name whose proposal it is about. */
    private static final int RESERVATION_OBJECT_WORDS = 4;
    /** Someone in the room spoken to by description: "To the gentleman at the back, …". */
    private static final Cue DESCRIBED_PERSON = Lexicon.cue("described-person");
    /** A disagreement conceded or narrowed: "fair enough", "I can live with that". */
    private static final Cue RESOLUTION = Lexicon.cue("resolution");
    /** Turns after a disagreement in which its settlement is looked for. */
    static final int RESOLUTION_TURNS = 4;
    /** Words under which a concession ("Fair enough.") is told with the sentences of the turn that follow it. */
    private static final int RESOLUTION_WORDS = 6;
    /** Sentences a concession may take after its own to say what was conceded. */
    private static final int RESOLUTION_SENTENCES = 2;
    /** How far into the objector's own turn a concession still narrows the objection just made. */
    private static final int OWN_TURN_SENTENCES = 3;
    private static final int OWN_TURN_WORDS = 15;
    /** The most words of a turn's opening that echoes the turn before ("Through the ministry, again."). */
    private static final int ECHO_WORDS = 5;
    /** Content words an unnamed objection must share with a recent claim to answer it. */
    private static final int SHARED_WITH_CLAIM = 2;
    /** "I don't disagree", "I wouldn't object to …": a disagreement cue negated concedes. */
    private static final Pattern CONCEDING = Pattern.compile(
            "(?i)(?:\\bnot|n['\u2019]t)\\s+(?:\\w+\\s+){0,2}(?:disagree|object)");
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(not|n't|never|no)\\b");
    /** A "but" its comma sets apart after an agreement, and a negation in what follows it ("…, but it's not …"). */
    private static final Pattern BUT_SET_APART = Pattern.compile("(?i),\\s*but\\b");
    private static final Pattern REFUSING = Pattern.compile("(?i)\\b(?:not|never|no)\\b|n['\u2019]t\\b");
    private static final Pattern TO_PREVIOUS = Pattern.compile("(?i)\\b(you|your|previous speaker|last speaker"
            + "|my colleague|the colleague)\\b");
    private static final Pattern OWN = Pattern.compile("(?i)^(i|we|i've|we've|i have|we have|i already|already)\\b");
    /** A sentence opening on the point it grants or refuses in a word: "On transparency, yes. On the registry, no." */
    private static final Cue POINT_OPENER = Lexicon.cue("point-opener");
    private static final Set<String> POINT_GRANTED = Lexicon.words("point-granted");
    private static final Set<String> POINT_REFUSED = Lexicon.words("point-refused");
    /** The most words of the point granted or refused ("on the registry as you describe it"). */
    private static final int POINT_WORDS = 8;
    /** Verbs by which a chair puts someone's view to the next speaker ("Lucía said …", "Amina is asking for …"). */
    private static final Set<String> REPORTING = Lexicon.words("reporting-verb");
    private static final Set<String> AUXILIARY = Set.of("is", "was", "has", "had");
    /** The most words of a name opening a chair's sentence that reports a view. */
    private static final int HOLDER_WORDS = 3;
    /** Whose view a contradiction names just before its cue: "the European Commission's position that … is wrong". */
    private static final Pattern HOLDER = Pattern.compile(
            "((?:\\b(?:the|The)\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}-]*\\s+){0,4}\\p{Lu}[\\p{L}\\p{N}-]*)['\u2019]s\\s+$");
    /** How far before a contradiction's cue its holder's name is looked for: the pattern's five words and more. */
    private static final int HOLDER_REACH = 160;
    private static final Pattern FACTUAL_RIGHT = Pattern.compile("(?i)^(that|this|it|which|what|all|you're|that's)$");

    private RelationFinder() {
    }

    public static Relations find(Discussion d) {
        return find(d, StatedConclusions.find(d));
    }

    /**
     * The agreements and disagreements, where a chair's closing summary ({@code conclusions}) tells the room's views
     * ("as Zainab said"): no relation of the chair's.
     */
    public static Relations find(Discussion d, List<StatedConclusions.Point> conclusions) {
        List<Relation> agreements = new ArrayList<>();
        List<Relation> disagreements = new ArrayList<>();
        Set<String> related = new HashSet<>();
        Set<Integer> summed = StatedConclusions.chairsSummary(d, conclusions);
        for (int i = 0; i < d.size(); i++) {
            if (d.kind(i) == SentenceKind.STAGE_DIRECTION || d.kind(i) == SentenceKind.QUESTION
                    || summed.contains(i)) {
                continue;
            }
            Sentence s = d.sentence(i);
            Matcher dis = DISAGREE.matcher(s.text());
            // "I don't disagree" concedes
            if (DISAGREE.mayHold(s.text()) && dis.find() && !CONCEDING.matcher(dis.group()).find()) {
                String with = d.people().mentioned(s.text(), s.speaker()) == null ? presenter(d, i) : null;
                if (with == null) {
                    with = resolve(d, i, dis.start(), true);
                }
                if (first(related, d, i, with, false)) {
                    disagreements.add(relation(d, i, with));
                }
                continue;
            }
            Matcher polite = POLITE_OBJECTION.matcher(s.text());
            if (!d.readsAsHearing() && d.substantive(i) && POLITE_OBJECTION.mayHold(s.text()) && polite.find()) {
                String with = resolve(d, i, polite.start(), true);
                if (first(related, d, i, with, false)) {
                    disagreements.add(relation(d, i, with));
                }
                continue;
            }
            Matcher contra = CONTRADICTION.matcher(s.text());
            boolean contradicts = CONTRADICTION.mayHold(s.text()) && contra.find();
            if (!contradicts && YES_BUT.mayHold(s.text()) && !d.readsAsHearing() && !answersAQuestion(d, i)) {
                contra = YES_BUT.matcher(s.text());
                contradicts = contra.find();
            }
            // in a hearing a member's "Minister, … But …" questions the witness, and a question's preamble ("You said
            // X. But Y. Should …?") sets up what it asks: neither states a view
            // "But fair enough, I take the point that …" opens on a contrast to concede: no objection
            boolean contrasts = CONTRAST.find(s.text()) && !d.people().chairs(s.speaker()) && !d.readsAsHearing()
                    && !asksLater(d, i) && !RESOLUTION.find(s.text());
            // right after recalling someone's words, a contradiction or a reservation answers them, anywhere in a
            // turn: "Daniel, you said Kenya paused. That is not what happened in Kenya."; so does a contrast right
            // after addressing them by name: "Sebastián, I hear you. But what you describe is …"
            String recalled = recalled(d, i);
            if (recalled == null) {
                recalled = echoed(d, i);
            }
            String addressed = contrasts ? addressedBefore(d, i) : null;
            if (recalled == null && addressed != null) {
                recalled = addressed;
            }
            if (recalled != null && d.substantive(i)
                    && (contradicts || RESERVATION.find(s.text()) || contrasts)) {
                if (first(related, d, i, recalled, false)) {
                    disagreements.add(relation(d, i, recalled));
                }
                continue;
            }
            // a reservation about someone's proposal, naming them ("I am worried about Dilnoza's proposal, …"),
            // disagrees with them; about nobody named, it is a worry about the world
            String worried = d.substantive(i) ? reservationAbout(d, i) : null;
            if (worried != null) {
                if (first(related, d, i, worried, false)) {
                    disagreements.add(relation(d, i, worried));
                }
                continue;
            }
            // a view contradicted as its holder's ("the European Commission's position that … is wrong"): a
            // disagreement with them, in the room or not
            String holder = contradicts && d.substantive(i) ? holderOf(d, i, contra.start()) : null;
            if (holder != null) {
                if (first(related, d, i, holder, false)) {
                    disagreements.add(relation(d, i, holder));
                }
                continue;
            }
            // a contradiction without the word "disagree" answers someone: at the start of a reply (its thanks and
            // greetings before it), or naming them
            // or later in a turn that speaks to someone: its cue says "you" ("the problem with your example is …"),
            // or, outside hearings (where a member's statement names the chair and goes on), the turn named them
            // before ("Farid, I agree with you … I take the point on appeals, but not on timelines.")
            if (contradicts && d.substantive(i) && (s.indexInTurn() <= 1 || opensReply(d, i)
                    || d.people().mentioned(s.text(), s.speaker()) != null || SECOND_PERSON.find(contra.group())
                    || !d.readsAsHearing() && namedEarlier(d, i) != null)) {
                String with = resolve(d, i, contra.start(), true);
                if (with != null) {
                    if (first(related, d, i, with, false)) {
                        disagreements.add(relation(d, i, with));
                    }
                    continue;
                }
            }
            Stance stance = agreement(d, i);
            if (stance != null && first(related, d, i, stance.with(), stance.agrees())) {
                (stance.agrees() ? agreements : disagreements).add(relation(d, i, stance.with()));
            }
        }
        disagreements.removeIf(r -> disputesIntroduction(d, r));
        List<Relation> settled = new ArrayList<>();
        // each disagreement looks through the rest of the session for its concession: a sentence is asked once
        PerSentence<Boolean> conceding = new PerSentence<>(d.size(), j -> RESOLUTION.find(d.sentence(j).text()));
        for (Relation r : disagreements) {
            settled.add(withResolution(d, r, conceding));
        }
        return new Relations(agreements, settled);
    }

    /**
     * Whom sentence {@code i}'s reservation is about where it names them after the reservation's words, its framing
     * dropped ("And I have to say I am worried about Dilnoza's proposal"); null where it names nobody.
     */
    private static String reservationAbout(Discussion d, int i) {
        // the words a reservation needs are looked for before its framing is worked out
        if (!RESERVATION.mayHold(d.sentence(i).text())) {
            return null;
        }
        String said = d.clause(i);
        Matcher worry = RESERVATION.matcher(said);
        if (!worry.find()) {
            return null;
        }
        // whose proposal it is comes right after ("about Dilnoza's proposal", "by what Kerstin said"); a name further
        // on is part of the worry ("I fear that students … are expected to do exactly as Gareth says")
        String[] after = said.substring(worry.end()).strip().split("\\s+", RESERVATION_OBJECT_WORDS + 1);
        String object = String.join(" ", Arrays.asList(after).subList(0, Math.min(after.length,
                RESERVATION_OBJECT_WORDS)));
        return d.people().mentioned(object, d.sentence(i).speaker());
    }

    /**
     * Whether sentence {@code i} is the first of its turn to relate its speaker to {@code with} so: "I disagree with
     * Henrik that operators cannot refuse. That is not how it looks from where I sit." is one disagreement.
     */
    private static boolean first(Set<String> related, Discussion d, int i, String with, boolean agrees) {
        Sentence s = d.sentence(i);
        return with == null || related.add(s.speaker() + "\u0000" + with + "\u0000" + s.turn().index() + agrees);
    }

    /** Agreeing or, for a negated "I agree", disagreeing with someone (null where unnamed). */
    private record Stance(boolean agrees, String with) {
    }

    /**
     * The agreement sentence {@code i} states, if any; a negated "I agree" is a disagreement. A chair praising a point ("X made a strong point about ...") is
     * prompting the next speaker, not agreeing.
     */
    private static Stance agreement(Discussion d, int i) {
        Sentence s = d.sentence(i);
        boolean chair = d.people().chairs(s.speaker());
        if (chair && prompts(d, i)) {
            // "As Ana said, labels matter. Tomas, what would ...?": the chair hands the point on, agreeing with no one
            return null;
        }
        Matcher naming = NAMING_AGREEMENT.matcher(s.text());
        boolean mayName = NAMING_AGREEMENT_WORDS.anyIn(s.text());
        while (mayName && naming.find()) {
            String with = namedIn(d, i, naming);
            if (with != null) {
                return new Stance(!refusedAfter(s.text(), naming.end()), with);
            }
        }
        Matcher building = BUILDING_ON.matcher(s.text());
        if (BUILDING_ON.mayHold(s.text()) && building.find()) {
            String with = d.people().mentioned(building.group(), s.speaker());
            if (with != null) {
                return new Stance(true, with);
            }
        }
        Matcher agree = AGREE.matcher(s.text());
        boolean mayAgree = AGREE.mayHold(s.text());
        while (mayAgree && agree.find()) {
            if (negated(agree) || !chair && refusedNext(d, i)) {
                return new Stance(false, resolve(d, i, agree.start(), true));
            }
            String with = resolve(d, i, agree.start(), false);
            if (with != null) {
                return new Stance(!refusedAfter(s.text(), agree.end()), with);
            }
        }
        Boolean granted = chair ? null : pointStance(s.text());
        if (granted != null) {
            // "Amina, on transparency, yes. On the registry, no.": the point granted or refused is the one named or
            // answered, each a stance of its own
            String with = d.people().mentioned(s.text(), s.speaker());
            with = with == null ? answered(d, i) : with;
            return with == null ? null : new Stance(granted, with);
        }
        Matcher praise = PRAISE.matcher(s.text());
        if (!chair && PRAISE.mayHold(s.text()) && praise.find()) {
            String with = resolve(d, i, praise.start(), false);
            return with == null ? null : new Stance(true, with);
        }
        return null;
    }

    /**
     * Whether sentence {@code i} answers a question someone other than the chair put just before it: "Yes, but …"
     * then answers it rather than contesting a view.
     */
    private static boolean answersAQuestion(Discussion d, int i) {
        int before = i - d.sentence(i).indexInTurn() - 1;
        return before >= 0 && d.sentence(before).isQuestion() && !d.people().chairs(d.sentence(before).speaker());
    }

    /**
     * Whether an agreement goes on to refuse what follows from it, after a "but" its comma sets apart: "I agree
     * that it's a decision, Rafael, but it's not a decision that costs nothing." is a "yes, but", a disagreement;
     * "…, but I would add that …" adds to the point agreed.
     */
    private static boolean refusedAfter(String text, int from) {
        Matcher but = BUT_SET_APART.matcher(text);
        return but.find(from) && REFUSING.matcher(text.substring(but.end())).find();
    }

    /**
     * Whether the sentence after agreement {@code i}, in its turn, opens on a contrast and refuses what follows
     * ("On permits, I agree that they can be slow. But our waters are not an empty space."): a "yes, but" said in two
     * sentences, outside hearings and not where the turn goes on to ask ("…, but isn't it …?" sets up a question).
     */
    private static boolean refusedNext(Discussion d, int i) {
        int next = i + 1;
        if (d.readsAsHearing() || next >= d.size() || d.sentence(next).turn() != d.sentence(i).turn()) {
            return false;
        }
        // a next sentence that disagrees in so many words ("But the problem with your example is …") is a
        // disagreement of its own beside the agreement
        String text = d.sentence(next).text();
        return CONTRAST.find(text) && REFUSING.matcher(text).find() && !asksLater(d, i)
                && !CONTRADICTION.find(text) && !DISAGREE.find(text);
    }

    /**
     * Whether a sentence grants (true) or refuses (false) a point in a word after naming it ("On transparency, yes.",
     * "Amina, on the registry, no."); null where it does neither.
     */
    private static Boolean pointStance(String text) {
        Matcher name = ADDRESSING.matcher(text);
        String rest = (name.find() ? text.substring(name.end()) : text).strip();
        int comma = rest.lastIndexOf(',');
        if (comma < 0 || Wording.words(rest.substring(0, comma)) > POINT_WORDS || !POINT_OPENER.find(rest)) {
            return null;
        }
        String word = rest.substring(comma + 1).replaceAll("[\\p{P}\\s]+$", "").strip().toLowerCase(Locale.ROOT);
        return POINT_GRANTED.contains(word) ? Boolean.TRUE : POINT_REFUSED.contains(word) ? Boolean.FALSE : null;
    }

    /** Whether a chair's sentence leads to a question or hand-over in the rest of their turn: a prompt. */
    static boolean prompts(Discussion d, int i) {
        Turn turn = d.sentence(i).turn();
        for (int j = i; j < d.size() && d.sentence(j).turn() == turn; j++) {
            if (d.sentence(j).isQuestion() || d.kind(j) == SentenceKind.QUESTION) {
                return true;
            }
        }
        return false;
    }

    /**
     * A disagreement with how it ended, where it did: a later sentence of either side within
     * {@link #RESOLUTION_TURNS} turns of others than the chairs (or, where none, of the objector's own turn a few sentences on), conceding or
     * narrowing it ("Fair enough, I can live with that"), or any later one of either side that names the other
     * ({@link #namesOtherSide}), told with who said it and, where the concession is a few
     * words ("Fair enough."), the sentences of the turn that complete it.
     */
    private static Relation withResolution(Discussion d, Relation r, PerSentence<Boolean> conceding) {
        int at = indexOf(d, r.evidence().get(0));
        if (at < 0 || r.with() == null) {
            return r;
        }
        // "Fair enough, committed to contracts is fine with me. What I object to is …": the objection narrowed ("I
        // take the point that …. But on the money, …" holds the line instead)
        if (d.sentence(at).indexInTurn() > 0 && conceding.get(at - 1) && !CONTRAST.find(d.sentence(at).text())) {
            return resolvedBy(d, r, at - 1);
        }
        Turn own = d.sentence(at).turn();
        Turn last = own;
        int turns = 0;
        Relation ownTurn = null;
        for (int j = at + 1; j < d.size(); j++) {
            Sentence s = d.sentence(j);
            // the chair's hand-overs do not count: in rounds of questions the answer, and the objector's word on it,
            // come several hand-overs later
            if (s.turn() != last) {
                last = s.turn();
                if (!d.people().chairs(s.speaker())) {
                    turns++;
                }
            }
            boolean side = s.speaker().equals(r.speaker()) || s.speaker().equals(r.with());
            // later on, only a concession naming the other side takes the disagreement up again ("I have been
            // thinking about what Paulo said … I take that point.")
            // (what concedes is asked first: looking back over a long turn for the other's name costs more)
            // "I take the point that … But on the money, …": granting something before holding the line settles nothing
            // a concession opening on someone else's name ("Joel, I take your point …") is made to them, and a later
            // one naming no one ("Fair enough.") to a third voice that has just spoken to its speaker by name
            boolean concedes = side && (conceding.get(j) || s.turn() != own && concedesTo(d, j, r, at))
                    && !(s.turn() != own && holdsTheLineAfter(d, j)) && spokenToOtherSide(d, j, otherSide(s, r))
                    && (s.turn() == own || !answersSomeoneElse(d, j, otherSide(s, r)));
            // or the objector's own, opening the turn right after the other side's (the chair asking between)
            if (turns > RESOLUTION_TURNS && !(concedes && (namesOtherSide(d, s, r, at)
                    || s.speaker().equals(r.speaker()) && rightAfter(d, j, r.with())))) {
                continue;
            }
            boolean later = s.turn() != own;
            // the objector narrowing the objection right after it, where no later turn settles it
            // ("Partly fair … But I take the point."), said as a sentence of its own, not inside a run-on caption
            boolean narrowed = !later && ownTurn == null && j - at <= OWN_TURN_SENTENCES
                    && s.wordCount() <= OWN_TURN_WORDS;
            if (concedes && (later || narrowed)) {
                Relation resolved = resolvedBy(d, r, j);
                if (later) {
                    return resolved;
                }
                ownTurn = resolved;
            }
        }
        return ownTurn == null ? r : ownTurn;
    }

    /** Whether a later sentence of the turn of sentence {@code j} opens on a contrast ("But on the money, …"). */
    private static boolean holdsTheLineAfter(Discussion d, int j) {
        for (int k = j + 1; k < d.size() && d.sentence(k).turn() == d.sentence(j).turn(); k++) {
            if (d.substantive(k) && CONTRAST.find(d.sentence(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether sentence {@code s}, said by one side of a disagreement, or the sentence before it, names the other, or
     * an earlier sentence of its turn does and it speaks to them ("Grace, … So I accept your rewording.") or of the
     * same matter ("I have been thinking about what Paulo said on the budget line, … I take that point."): "That's
     * fair." to the other side on something else is no settling.
     */
    private static boolean namesOtherSide(Discussion d, Sentence s, Relation r, int at) {
        String other = otherSide(s, r);
        boolean earlier = false;
        for (int k = s.index() - s.indexInTurn(); k <= s.index(); k++) {
            if (d.people().mentionedAll(d.sentence(k).text()).contains(other)) {
                if (k >= s.index() - 1) {
                    return true;
                }
                earlier = true;
            }
        }
        return earlier && (SECOND_PERSON.find(s.text()) || sameMatter(d, s.index(), r, at));
    }

    /**
     * Whether disagreement {@code r} opens a panellist's opening statement against the chair ("I'm not sure that's
     * true, Tariq, but thank you."): it answers the chair's introduction of them, not a view on the issues.
     */
    private static boolean disputesIntroduction(Discussion d, Relation r) {
        int at = indexOf(d, r.evidence().get(0));
        return at >= 0 && r.with() != null && d.people().chairs(r.with()) && !d.readsAsHearing()
                && d.sentence(at).indexInTurn() <= 1
                && PositionFinder.openingTurns(d, r.speaker()).contains(d.sentence(at).turn().index());
    }

    /**
     * Whether sentence {@code j} opens a turn (a stage direction before it aside) that comes right after one of
     * {@code other}'s, only a chair between ("Mateo, can you live with that?"): a concession said to them.
     */
    private static boolean rightAfter(Discussion d, int j, String other) {
        Sentence s = d.sentence(j);
        if (s.indexInTurn() > 1 || s.indexInTurn() == 1 && d.substantive(j - 1)) {
            return false;
        }
        List<Turn> turns = d.session().turns();
        int t = turns.indexOf(s.turn()) - 1;
        if (t >= 0 && d.people().chairs(turns.get(t).speaker())) {
            t--;
        }
        return t >= 0 && turns.get(t).speaker().equals(other);
    }

    /**
     * Whether sentence {@code j} answers a third voice rather than {@code other}: its turn does not name them up to
     * it, and the last turn before it of someone other than the chairs and its speaker is a third voice's that spoke
     * to the speaker by name ("Mei Lin, that is welcome. I'd just ask …" - "Fair enough.").
     */
    private static boolean answersSomeoneElse(Discussion d, int j, String other) {
        Sentence s = d.sentence(j);
        for (int k = j - s.indexInTurn(); k <= j; k++) {
            if (d.people().mentionedAll(d.sentence(k).text()).contains(other)) {
                return false;
            }
        }
        for (int k = j - s.indexInTurn() - 1; k >= 0; k--) {
            String speaker = d.sentence(k).speaker();
            if (!speaker.equals(s.speaker()) && !d.people().chairs(speaker) && d.substantive(k)) {
                if (speaker.equals(other)) {
                    return false;
                }
                Turn turn = d.sentence(k).turn();
                for (int t = k; t >= 0 && d.sentence(t).turn() == turn; t--) {
                    if (d.people().mentionedAll(d.sentence(t).text()).contains(s.speaker())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Whether sentence {@code j} opens on no one's name but {@code other}'s ("Joel, I take your point" is Joel's). */
    private static boolean spokenToOtherSide(Discussion d, int j, String other) {
        String opening = addressedAtStart(d, j);
        return opening == null || opening.equals(other);
    }

    private static String otherSide(Sentence s, Relation r) {
        return s.speaker().equals(r.speaker()) ? r.with() : r.speaker();
    }

    /**
     * Whether sentence {@code j}, said by one side, agrees with the other on what the disagreement at sentence
     * {@code at} was about ("I am not against the budget line. Halima is right that …" concedes); agreeing on another
     * point ("I fully share Claire's view that consumers …" after doubting her optimism about the market) does not.
     */
    private static boolean concedesTo(Discussion d, int j, Relation r, int at) {
        return sidesWith(d, j, otherSide(d.sentence(j), r)) && sameMatter(d, j, r, at);
    }

    /**
     * Whether sentence {@code j}, or the one before it in its turn, says something of what the disagreement at
     * sentence {@code at} was about; naming each other ("I'm actually with Jean-Jacques on this one.") is not that.
     */
    private static boolean sameMatter(Discussion d, int j, Relation r, int at) {
        Set<String> said = new HashSet<>(d.terms(j));
        if (d.sentence(j).indexInTurn() > 0) {
            said.addAll(d.terms(j - 1));
        }
        for (String side : List.of(r.speaker(), r.with())) {
            said.removeAll(Arrays.asList(side.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")));
        }
        return !Collections.disjoint(said, d.terms(at));
    }

    /** {@code r} settled by sentence {@code j}, with the sentences of its turn completing a short concession. */
    private static Relation resolvedBy(Discussion d, Relation r, int j) {
        Sentence s = d.sentence(j);
        List<Evidence> evidence = new ArrayList<>(List.of(s.evidence()));
        StringBuilder said = new StringBuilder(SpokenText.tidy(s.text()));
        for (int k = j + 1; k < d.size() && d.sentence(k).turn() == s.turn()
                && Wording.words(said.toString()) < RESOLUTION_WORDS
                && evidence.size() <= RESOLUTION_SENTENCES; k++) {
            said.append(' ').append(SpokenText.tidy(d.sentence(k).text()));
            evidence.add(d.sentence(k).evidence());
        }
        return new Relation(r.speaker(), r.with(), r.text(), r.evidence(), r.issue(),
                new Relation.Resolution(s.speaker() + " said \u201c" + said + "\u201d", evidence));
    }

    /** The sentence a piece of transcript evidence quotes, or -1. */
    static int indexOf(Discussion d, Evidence e) {
        for (int i = 0; i < d.size(); i++) {
            if (java.util.Objects.equals(d.sentence(i).line(), e.line()) && d.sentence(i).text().equals(e.quote())) {
                return i;
            }
        }
        return -1;
    }

    /** "I don't really agree": a negation between "I" and "agree" turns it around. */
    private static boolean negated(Matcher agree) {
        String m = agree.group().toLowerCase(java.util.Locale.ROOT);
        return m.startsWith("i ") && m.endsWith("agree") && NEGATED.matcher(m).find();
    }

    /** Whom an agreement that names its person ("as X said") points at, or null when nobody can be named. */
    private static String namedIn(Discussion d, int i, Matcher agree) {
        String named = agree.group("as") != null ? agree.group("as") : agree.group("like") != null
                ? agree.group("like") : agree.group("closer") != null ? agree.group("closer") : agree.group("right");
        {
            // "as I said", "that is right": no one else is referred to
            String n = named.strip();
            if (OWN.matcher(n).find() || FACTUAL_RIGHT.matcher(n).matches()) {
                return null;
            }
            String speaker = d.sentence(i).speaker();
            String person = d.people().mentioned(n, speaker);
            if (person != null) {
                return person;
            }
            if (!TO_PREVIOUS.matcher(n).find() || speaksToSomeoneDescribed(d, i)) {
                return null;
            }
            // "Farid, Hassan, Grace, you are right that …": the "you" is whom the sentence opens by addressing, not
            // the chair who gave the floor; "Thank you, Beatriz, and you are right": whom it thanks before the "you"
            String opening = addressedAtStart(d, i);
            String thanked = opening == null ? d.people().mentioned(d.sentence(i).text().substring(0, agree.start()),
                    speaker) : null;
            if (thanked != null && !d.people().chairs(thanked)) {
                return thanked;
            }
            return opening != null ? opening : previousSpeaker(d, i);
        }
    }

    /**
     * The person a relation marker at {@code from} refers to: named after the marker, else named anywhere in the
     * sentence, else the previous speaker when addressed ("you") or when the marker opens the turn.
     */
    private static String resolve(Discussion d, int i, int from, boolean allowNull) {
        Sentence s = d.sentence(i);
        String after = s.text().substring(from, Math.min(s.text().length(), from + 80));
        String person = d.people().mentioned(after, s.speaker());
        if (person == null) {
            person = d.people().mentioned(s.text(), s.speaker());
        }
        boolean addressed = TO_PREVIOUS.matcher(after).find();
        // a reply opening on an objection answers the view the chair has just put to its speaker ("Lucía said no
        // service should … How do you answer her?" - "With respect, I think that position … is not realistic.")
        // (its "you" anywhere in the turn: "So when you tell me a budget line is stable, what I hear is …")
        if (person == null && allowNull && (addressed ? namedEarlier(d, i) == null : opensReply(d, i))) {
            person = prompted(d, i);
        }
        // an objection naming no one answers the claim it takes up, which need not be the last speaker's ("Where
        // I'd part ways is on putting every new use through a council" after someone else's aside)
        if (person == null && allowNull && !addressed && namedEarlier(d, i) == null) {
            person = answeredBack(d, i);
        }
        if (person == null && allowNull && !addressed) {
            person = contradicted(d, i);
        }
        // an objection later in a turn that named someone goes to them: "What Ms. Tan said about takedowns worries
        // me. … So I don't agree that speed is more important than anything."
        if (person == null && allowNull && !addressed) {
            person = namedEarlier(d, i);
        }
        if (person == null && (addressed || s.indexInTurn() <= 1)) {
            person = answered(d, i);
        }
        return person == null && !allowNull ? null : person;
    }

    /**
     * Whose words the sentence before {@code i} in its turn recalls to them ("Daniel, you said …", "You said …" after
     * "I want to respond to Hannah."): the person it names, else the one the reply answers; null where it recalls
     * nobody's.
     */
    private static String recalled(Discussion d, int i) {
        Sentence s = d.sentence(i);
        if (s.indexInTurn() == 0 || !RECALL.find(d.sentence(i - 1).text())) {
            return null;
        }
        String named = d.people().mentioned(d.sentence(i - 1).text(), s.speaker());
        if (named != null) {
            return named;
        }
        return TO_PREVIOUS.matcher(d.sentence(i - 1).text()).find() ? answered(d, i) : null;
    }

    /**
     * Whose words the turn of sentence {@code i} opens by echoing, a few sentences before it: a first sentence of a
     * few words and no verb, all its content words from the last sentence of the turn before ("… if it arrives
     * through their own ministry." - "Through the ministry, again."), a chair's never; null where the turn opens
     * otherwise.
     */
    private static String echoed(Discussion d, int i) {
        Sentence s = d.sentence(i);
        int first = i - s.indexInTurn();
        if (s.indexInTurn() == 0 || s.indexInTurn() > OWN_TURN_SENTENCES || first == 0) {
            return null;
        }
        Sentence opening = d.sentence(first);
        String echoed = d.sentence(first - 1).speaker();
        if (opening.wordCount() > ECHO_WORDS || opening.hasFiniteVerb() || d.terms(first).isEmpty()
                || echoed.equals(s.speaker()) || d.people().chairs(echoed)) {
            return null;
        }
        return d.terms(first - 1).containsAll(d.terms(first)) ? echoed : null;
    }

    /**
     * Whom the sentence before {@code i} in its turn addresses by name at its start ("Sebastián, I hear you, …"), where
     * it does not side with them ("Ana, you are right."); null where it addresses no one of the session so.
     */
    private static String addressedBefore(Discussion d, int i) {
        if (d.sentence(i).indexInTurn() == 0) {
            return null;
        }
        String named = addressedAtStart(d, i - 1);
        return named == null || sidesWith(d, i - 1, named) ? null : named;
    }

    /** Whom sentence {@code i} opens by addressing by name ("Farid, …"), other than whoever chairs; else null. */
    private static String addressedAtStart(Discussion d, int i) {
        Matcher opening = ADDRESSING.matcher(d.sentence(i).text());
        if (!opening.find()) {
            return null;
        }
        String named = d.people().mentioned(opening.group(1), d.sentence(i).speaker());
        return named == null || d.people().chairs(named) ? null : named;
    }

    /**
     * Who presented the numbered item sentence {@code i} names ("I have to object to finding three"): the first
     * speaker other than its own to say the same words before it ("Finding three, and I think this one will be
     * discussed."); null where it names no such item or nobody else said it.
     */
    private static String presenter(Discussion d, int i) {
        Matcher item = NUMBERED_ITEM.matcher(d.sentence(i).text());
        if (!NUMBERED_ITEM.mayHold(d.sentence(i).text()) || !item.find()) {
            return null;
        }
        Pattern same = Pattern.compile("(?i)\\b" + Pattern.quote(item.group()) + "\\b");
        for (int j = 0; j < i; j++) {
            Sentence p = d.sentence(j);
            if (!p.speaker().equals(d.sentence(i).speaker()) && same.matcher(p.text()).find()) {
                return p.speaker();
            }
        }
        return null;
    }

    /**
     * Whose view sentence {@code i} contradicts where it names them in the possessive just before the cue at
     * {@code at} ("the European Commission's position that …", "Amina's idea …"): a person of the session by their
     * name, anyone else as said; null where no possessive name comes there, or the speaker's own.
     */
    private static String holderOf(Discussion d, int i, int at) {
        Sentence s = d.sentence(i);
        // the name ends right before the cue: the few words there are all the pattern needs to see
        Matcher named = HOLDER.matcher(s.text().substring(Math.max(0, at - HOLDER_REACH), at));
        if (!named.find()) {
            return null;
        }
        String holder = named.group(1).strip();
        String person = d.people().mentioned(holder, s.speaker());
        if (person != null || d.people().isSessionPerson(holder)) {
            return person;
        }
        // someone not in the room is a body named as such ("the Commission", "the European Commission"), not a
        // sentence's first word ("Today's focus …")
        boolean article = holder.startsWith("the ") || holder.startsWith("The ");
        return article ? "the " + holder.substring(4) : holder.contains(" ") ? holder : null;
    }

    /** Whether sentence {@code i} is the first of its turn with substance: thanks and greetings only before it. */
    private static boolean opensReply(Discussion d, int i) {
        for (int j = i - d.sentence(i).indexInTurn(); j < i; j++) {
            if (d.substantive(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whose view the chair put to the speaker of sentence {@code i} in the turn right before: the one person other
     * than that speaker a sentence of the chair's turn opens on with a verb reporting their view ("Lucía said no
     * essential service …", "Amina is asking for the contracts to be public."); null where the turn before is no
     * chair's, or it reports no one's view, or more than one's.
     */
    private static String prompted(Discussion d, int i) {
        int start = i - d.sentence(i).indexInTurn();
        if (start == 0 || !d.people().chairs(d.sentence(start - 1).speaker())) {
            return null;
        }
        Turn chair = d.sentence(start - 1).turn();
        String replier = d.sentence(i).speaker();
        Set<String> holders = new HashSet<>();
        for (int j = start - 1; j >= 0 && d.sentence(j).turn() == chair; j--) {
            String[] words = d.sentence(j).text().strip().split("\\s+", HOLDER_WORDS + 3);
            for (int k = 1; k <= HOLDER_WORDS && k < words.length - 1; k++) {
                String verb = words[k].toLowerCase(Locale.ROOT);
                boolean reports = REPORTING.contains(verb)
                        || AUXILIARY.contains(verb) && REPORTING.contains(words[k + 1].toLowerCase(Locale.ROOT));
                if (reports) {
                    String holder = d.people().mentioned(String.join(" ", Arrays.asList(words).subList(0, k)), replier);
                    if (holder != null && !d.people().chairs(holder)) {
                        holders.add(holder);
                    }
                    break;
                }
            }
        }
        return holders.size() == 1 ? holders.iterator().next() : null;
    }

    /** Whether the turn of sentence {@code i} asks a question after it. */
    private static boolean asksLater(Discussion d, int i) {
        for (int j = i + 1; j < d.size() && d.sentence(j).turn() == d.sentence(i).turn(); j++) {
            if (d.sentence(j).isQuestion() || d.kind(j) == SentenceKind.QUESTION) {
                return true;
            }
        }
        return false;
    }

    /** Whether sentence {@code j} agrees with {@code person}. */
    private static boolean sidesWith(Discussion d, int j, String person) {
        Stance stance = agreement(d, j);
        return stance != null && stance.agrees() && person.equals(stance.with());
    }

    /**
     * The person other than its chairs that the turn of sentence {@code i} named last before it, or null: a turn that
     * agrees with one speaker and then comes back to another's point ("I agree with Sofia on cooperatives. But I want
     * to come back to Henrik's point about the fund. … But I disagree that this is enough.") answers the latter.
     */
    private static String namedEarlier(Discussion d, int i) {
        Sentence s = d.sentence(i);
        for (int j = i - 1; j >= i - s.indexInTurn(); j--) {
            String named = d.people().mentioned(d.sentence(j).text(), s.speaker());
            if (named != null && !d.people().chairs(named)) {
                return named;
            }
        }
        return null;
    }

    /**
     * Whom an objection that names no one, in a turn that named no one before it, was made to, as the transcript shows it next: the first of the next
     * {@link NarrativeWriter#REPLY_TURNS} turns of others (chairs never, who hand over) that names the objector in
     * its first two sentences, conceding or answering ("That is fair, Sofia, but …", "To Sofia's point …") rather
     * than siding with them; null where none does.
     */
    private static String answeredBack(Discussion d, int i) {
        Turn own = d.sentence(i).turn();
        String objector = own.speaker();
        int turns = 0;
        Turn last = own;
        for (int j = i + 1; j < d.size(); j++) {
            Sentence n = d.sentence(j);
            if (n.turn() == own || n.speaker().equals(objector) || d.people().chairs(n.speaker())) {
                continue;
            }
            if (n.turn() != last) {
                last = n.turn();
                if (++turns > NarrativeWriter.REPLY_TURNS) {
                    return null;
                }
            }
            // a short concession ("That is fair, Sofia.") counts: it names the objector; siding with the objector
            // ("Chidi is right about the loans") is a third voice's support, not an answer
            if (n.indexInTurn() <= 1 && objector.equals(d.people().mentioned(n.text(), n.speaker()))
                    && (RESOLUTION.find(n.text()) || !sidesWith(d, j, objector))) {
                return n.speaker();
            }
        }
        return null;
    }

    /**
     * Whom an objection that names no one and addresses no "you" ("Where I'd still disagree is on challenging every order in
     * court ourselves.") answers: the speaker of the recent turn it shares most content words with, at least
     * {@link #SHARED_WITH_CLAIM}, in a statement or a question, among the last {@link NarrativeWriter#REPLY_TURNS}
     * turns of others with substance before it (the reply window); never whoever chairs, who hands over rather than claims; null where none fits or
     * two fit alike.
     */
    private static String contradicted(Discussion d, int i) {
        Turn own = d.sentence(i).turn();
        Map<String, Integer> shared = new HashMap<>();
        int turns = 0;
        Turn last = own;
        for (int j = i - 1; j >= 0; j--) {
            Sentence p = d.sentence(j);
            // a question may put the claim objected to ("Isn't the real problem that the ID is mandatory?" - "I
            // don't agree that mandatory is the problem"), but a turn of others counts where it says something:
            // "May I come in?" is no claim to answer
            boolean asked = d.kind(j) == SentenceKind.QUESTION;
            if (p.speaker().equals(own.speaker()) || d.people().chairs(p.speaker()) || !d.substantive(j) && !asked) {
                continue;
            }
            if (p.turn() != last && !asked) {
                last = p.turn();
                if (++turns > NarrativeWriter.REPLY_TURNS) {
                    break;
                }
            }
            shared.merge(p.speaker(), Terms.shared(d.terms(i), d.terms(j)), Math::max);
        }
        int best = shared.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> fits = shared.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .toList();
        return best >= SHARED_WITH_CLAIM && fits.size() == 1 ? fits.get(0) : null;
    }

    /**
     * Whom a reply answers when its sentence names no one: the person its turn named before it ("I want to respond
     * to Claire. ... I see it differently."), other than whoever chairs (a moderator gives the floor and is not
     * argued with), else nobody where the turn speaks to someone described ("To the gentleman at the back"), else
     * the writer of a question just read out, else the previous speaker who is not moderating (in a hearing the
     * chair questions and may be answered), else the previous speaker.
     */
    private static String answered(Discussion d, int i) {
        String named = namedEarlier(d, i);
        if (named != null) {
            return named;
        }
        if (speaksToSomeoneDescribed(d, i)) {
            return null;
        }
        Sentence s = d.sentence(i);
        Turn own = s.turn();
        boolean hearing = d.readsAsHearing();
        for (int j = i - 1; j >= 0; j--) {
            Sentence p = d.sentence(j);
            // a question read out from the chat is answered to its writer ("I agree it tells you more …")
            String writer = p.turn() != own && d.relayed(j) ? QuestionFinder.relayAuthor(d, j) : null;
            if (writer != null) {
                return writer;
            }
            if (p.turn() != own && !p.speaker().equals(own.speaker()) && d.substantive(j)
                    && (hearing || !d.people().chairs(p.speaker()))) {
                return p.speaker();
            }
        }
        return previousSpeaker(d, i);
    }

    /**
     * Whether the turn of sentence {@code i}, up to it, speaks to someone in the room by description ("To the gentleman
     * at the back, …"): its "you" is someone the session cannot name, not the speaker before.
     */
    private static boolean speaksToSomeoneDescribed(Discussion d, int i) {
        for (int j = i - d.sentence(i).indexInTurn(); j <= i; j++) {
            if (DESCRIBED_PERSON.find(d.sentence(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** The speaker of the closest earlier turn by someone else that had substance. */
    static String previousSpeaker(Discussion d, int i) {
        Turn own = d.sentence(i).turn();
        for (int j = i - 1; j >= 0; j--) {
            Sentence s = d.sentence(j);
            if (s.turn() != own && !s.speaker().equals(own.speaker()) && d.substantive(j)) {
                return s.speaker();
            }
        }
        return null;
    }

    /**
     * The relation sentence {@code i} states, with the issue: what its exchange is about ({@link Agenda}); with the
     * claim after it where it only announces a disagreement ("I don't agree, Wolfgang." then what the speaker holds
     * instead) or grants or refuses a point in a word ("On capacity building, yes." then what they grant), or agrees
     * only to refuse in the next sentence ("I agree that they can be slow. But …").
     */
    private static Relation relation(Discussion d, int i, String with) {
        int next = i + 1;
        List<Integer> said = SelfContained.announcesDisagreement(d.sentence(i)) && d.told(i).size() > 1
                && d.told(i).get(0) == i ? d.told(i)
                : pointStance(d.sentence(i).text()) != null && next < d.size()
                && d.sentence(next).turn() == d.sentence(i).turn() && d.substantive(next)
                && pointStance(d.sentence(next).text()) == null
                || AGREE.find(d.sentence(i).text()) && refusedNext(d, i) ? List.of(i, next) : List.of(i);
        String text = said.stream().map(k -> SpokenText.tidy(d.sentence(k).text())).collect(Collectors.joining(" "));
        return new Relation(d.sentence(i).speaker(), with, text,
                said.stream().map(k -> d.sentence(k).evidence()).toList(), issue(d, i, with), null);
    }

    /** What a relation is about ({@link Agenda#issue}): a policy question by its label, or a topic; null if none. */
    private static String issue(Discussion d, int i, String with) {
        Agenda.Label label = d.agenda().issue(i, with);
        if (label == null) {
            return null;
        }
        return label.isPolicyQuestion()
                ? NarrativeWriter.topicLabel(label.text()).replaceFirst("^the policy question: ", "") : label.text();
    }
}
