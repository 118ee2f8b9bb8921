package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.language.RequiredWords;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Evidence;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * Calls to action: statements asking an actor to act. Explicit ones ("we call on X to", "I urge X to", "my call
 * to action is", "we need X to") outrank an actor with a modal ("governments should", "industry must"), which
 * outranks "we should". Questions ("should we ...?") and counterfactuals ("should have done") are not calls. The
 * closing round is preferred; at most two are kept, from different speakers where possible. Sentences parsed by
 * the deep tier are read by their grammar ({@link CallGrammar}), the others by the word patterns here.
 */
public final class CallToActionFinder {

    static final int LIMIT = 2;
    private static final int WEAK_CALL_WORDS = 40;
    /** The strength of a call said as one ("we call on", "I urge", "my call to action is"). */
    private static final double EXPLICIT_CALL = 3;
    /** Further calls kept beyond the form's, the strongest first. */
    static final int MAX_FURTHER = 8;
    /** Word similarity over which two calls say the same. */
    private static final double SAME_WORDS = 0.5;
    /** A sentence going on from the one before ("And that human must …"). */
    private static final Cue BACK_REFERENCE = Lexicon.cue("back-reference");
    /** The link word a call's follow-up opens on, left out where it is told after the call. */
    private static final Pattern FOLLOW_UP_OPENER = Pattern.compile("(?i)^(?:and|so|but),?\\s+");
    /** Other speakers' sentences a call shows as its support. */
    private static final int MAX_SUPPORT = 3;
    /** What each other speaker or group taking a call up adds to its rank. */
    private static final double SUPPORT = 0.3;

    /**
     * "We ask X to" is a call only opening the sentence: "I ask members to …" is a chair's procedure, "we ask X to
     * submit … as part of the process" inside a sentence tells how things are done.
     */
    static final Pattern EXPLICIT = Pattern.compile("(?i)\\b(call(?:s|ing)? (?:on|upon)|(?:i|we) (?:would )?"
            + "(?:urge|appeal to|encourage|invite|challenge)|we need|^(?:(?:so|and|now),?\\s+)?we ask)\\s+((?:[\\p{L}\\p{N}'\u2011-]+\\s+){0,5}?"
            + "[\\p{L}\\p{N}'\u2011-]+)\\s+to\\s+(?<act>[a-z]+)");
    /** "call on X, ... to", "my call to action is for X to": the named actor, up to a comma or "to". */
    static final Pattern CALLED = Pattern.compile("(?i)\\b(?:call(?:s|ing)? (?:on|upon)"
            + "|call to action is for|(?:i|we) (?:would )?urge)\\s+"
            + "((?:[\\p{L}\\p{N}'\u2011-]+\\s+){0,5}?[\\p{L}\\p{N}'\u2011-]+)(?=,|\\s+to\\s)");
    /**
     * "My plea to donors, including …, is simple: fund …", "My call is to the platforms: hire …", and in a round of
     * calls "Mine is to governments: send …" or "Mine is for donors: fund …": the call is made to whom the plea is
     * addressed ("my call to action:" addresses no one).
     */
    static final Pattern PLEA_TO = Pattern.compile("(?i)(?:\\b(?:my|our) (?:one |last )?"
            + "(?:recommendation|plea|ask|appeal|call|thing|message)(?: is)?|\\bmine is|\\b(?:i would|i'd|let me) say)"
            + " (?:to|for)\\s+(?!action\\b)((?:[\\p{L}\\p{N}'\u2011-]+\\s+){0,4}?[\\p{L}\\p{N}'\u2011-]+)"
            + "(?:\\s+(?:who|that|which)\\s[^,:]*)?(?=,|\\s+is\\b|\\s*:)");
    /**
     * A pseudo-cleft call: "What governments should ask for instead is a common format" calls on governments to ask
     * for a common format; the act is the words before "is", what it is done to the words after.
     */
    static final Pattern PSEUDO_CLEFT = Pattern.compile("(?i)^(?:[\\p{L}']+,?\\s+){0,3}?what\\s+(?<who>(?:[\\p{L}"
            + "\\p{N}'\u2011-]+\\s+){0,4}?[\\p{L}\\p{N}'\u2011-]+)\\s+(?:should|must|ought to|need to|needs to)\\s+"
            + "(?<act>(?:[\\p{L}'-]+\\s+){0,4}?[\\p{L}'-]+?)(?<instead>\\s+instead)?\\s+is\\s+(?<what>\\p{L}.*)$");
    /**
     * What the speaker's side needs from an actor: "What we need from the platforms is an appeal that …" calls on the
     * platforms to provide it.
     */
    static final Pattern NEED_FROM = Pattern.compile("(?i)^(?:[\\p{L}']+,?\\s+){0,3}?what\\s+(?:we|i)\\s+"
            + "(?:need|want|expect|ask)\\s+(?:from|of)\\s+(?<who>(?:[\\p{L}\\p{N}'\u2011-]+\\s+){0,4}?"
            + "[\\p{L}\\p{N}'\u2011-]+)\\s+is\\s+(?<what>\\p{L}.*)$");
    /**
     * Whom the speaker's side needs to act, anywhere in a sentence: "what we need is for schools, and honestly
     * parents too, to stop treating it as a one-off assembly" calls on schools to stop; an aside its commas set apart
     * may stand between them and the act.
     */
    static final Pattern NEED_FOR = Pattern.compile("(?i)\\bwhat\\s+(?:we|i)\\s+(?:need|want|ask\\s+for)\\s+is"
            + "\\s+for\\s+(?<who>(?:[\\p{L}\\p{N}'\u2011-]+\\s+){0,4}?[\\p{L}\\p{N}'\u2011-]+)(?:,[^,]{1,40},)?"
            + "\\s+to\\s+(?<act>\\p{L}.*)$");
    /** The word a pseudo-cleft cannot do without (a need's too): the patterns are tried only where it is. */
    private static final RequiredWords CLEFT_WORD = RequiredWords.of(List.of("what"));
    /** "for governments and for donors together": the repeated preposition and "together" name no one. */
    private static final Pattern PLEA_JOINER = Pattern.compile("(?i)(?<=\\band )(?:for|to) |\\s+(?:together|both|alike)$");
    static final Cue MARKER = Lexicon.cue("call-marker");
    private static final Cue POINTING_OBJECT = Lexicon.cue("pointing-object");
    private static final Cue REPORTED_VIEW = Lexicon.cue("reported-view");
    private static final Cue RULE_IN_FORCE = Lexicon.cue("rule-in-force");
    static final Cue PROPOSED_CHANGE = Lexicon.cue("proposed-change");
    private static final Pattern SECOND_PERSON_ADDRESSEE = Pattern.compile("(?i)(your|you)\\b");
    /** Heads of noun phrases that name someone who can act. */
    private static final Set<String> ACTORS = Lexicon.words("actor");
    /** Actors only where a word before them says which ("the civil service"); alone, a thing offered. */
    private static final Set<String> QUALIFIED_ACTORS = Lexicon.words("actor-qualified");
    private static final Set<String> WEAK_SUBJECTS = Set.of("we", "you");
    /** Subjects by which the speaker makes a call themselves ("we call on"). */
    private static final Set<String> SPEAKERS = Set.of("i", "we");
    static final Set<String> PRONOUNS = Lexicon.words("pronoun");
    static final Set<String> THINKING = Lexicon.words("thinking-verb");
    private static final Set<String> ASKING = Lexicon.words("asking-verb");
    private static final Set<String> KNOWING = Lexicon.words("knowing-verb");
    private static final Set<String> MODAL_VERBS = Set.of("need", "needs", "have", "has");
    /** Auxiliaries that, before their subject, make a question: "Do we need to ...?". */
    /** Verbs that carry no act of their own: "do something", "be there", "get it done". */
    private static final Set<String> LIGHT_VERBS = Set.of("do", "be", "have", "get", "go", "come", "let", "make",
            "take", "give", "put");
    /** Light verbs that make an act when something is given to someone ("Give young people a vote …"). */
    private static final Set<String> GIVING_VERBS = Set.of("give", "put");
    private static final Set<String> SUBORDINATORS = Lexicon.words("subordinator");
    /** The most tokens of a heading before the colon opening a closing imperative ("One calendar, one report:"). */
    private static final int HEADING_TOKENS = 8;
    private static final Set<String> NEGATION = Set.of("n't", "not");
    /** Tags opening a clause of its own inside an imperative's object ("publish what you did"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("WDT", "WP", "WP$", "WRB");
    private static final Cue READING_ALOUD = Lexicon.cue("reading-aloud");
    private static final Pattern QUOTATION_START = Pattern.compile("^\\s*[\"'\u2018\u201c]\\s*\\p{Lu}");
    private static final Set<String> BREAKS = Set.of(",", ":", ".");
    /** The most tokens of an aside between a subject and its modal ("Platforms, and I include us, should"). */
    private static final int ASIDE_TOKENS = 6;
    /** Words opening a relative clause on the subject ("every government that buys …"). */
    private static final Set<String> RELATIVE = Set.of("that", "who", "which");
    private static final Set<String> NP_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
            "POS", "PRP$", "CC", "HYPH");

    record Candidate(int index, String addressee, double score) {
    }

    /** The strength of an imperative said to an addressee named before it ("Donors. Fund helplines …"). */
    private static final double VOCATIVE_CALL = 2.5;
    /** The most words of an addressee said alone before an imperative ("To the platforms, fix …"). */
    private static final int VOCATIVE_WORDS = 4;
    /** Parts of speech an imperative's object opens on ("Tell people …", "List decisions …"). */
    private static final Set<String> OBJECT_START = Set.of("DT", "CD", "PRP$", "PRP", "JJ", "NN", "NNS");
    /** What someone is owed rather than asked to provide, after "should have" ("the opportunity", "a say"). */
    private static final Set<String> ENTITLEMENT = Lexicon.words("entitlement");
    /** Tags that open what an actor is asked to have ("a contact person", "clear rules"). */
    private static final Set<String> PROVIDED_START = Set.of("DT", "CD", "JJ", "NN", "NNS");
    /** Parts of speech after an opening phrase that make it the sentence's subject ("Open source means …"). */
    private static final Set<String> SUBJECT_FOLLOWED_BY = Set.of("VBZ", "VBP", "VBD", "MD", "PRP");

    /**
     * An imperative said to an addressee named before it, in the sentence before ("Donors. Fund helplines …") or
     * before a comma ("To the platforms, fix three things: …"): the addressee, and whether it was said alone.
     */
    record Vocative(String addressee, boolean alone) {
    }

    /** The strength of a proposal on a thing that calls on no one ("licence conditions should include …"). */
    static final double ON_A_THING = 1.8;
    /** The strength of a call that names whom it calls on ("governments must …"). */
    private static final double ADDRESSED = 2;
    /** A call said tentatively ("It might be worth considering …", "Perhaps the IGF could consider …"). */
    private static final Cue HEDGED = Lexicon.cue("hedged-call");
    private static final Set<String> HEDGE_WORDS = Lexicon.words("hedge-word");
    /** The fewest words of what a tentative call asks to consider. */
    private static final int HEDGED_ACT_WORDS = 3;

    /**
     * A call said tentatively: whom it names (null: all stakeholders), as said ("the IGF", a name keeping its
     * article), and what they should consider.
     */
    record Hedged(String addressee, String named, String act) {
    }

    private CallToActionFinder() {
    }

    /**
     * The call sentence {@code s} makes tentatively: "It might be worth considering a regional audit pool" on all
     * stakeholders, "Perhaps the IGF could consider a best practice forum" on the IGF; null where it makes none so,
     * where the words before the modal name no one who can act ("The ministry's plan could consider …" names a
     * thing, "we could consider" the speaker's side), or where little is left to consider.
     */
    static Hedged hedged(Sentence s) {
        // tidying only takes words out: a sentence without the cue's words has none tidied
        if (!HEDGED.mayHold(s.text())) {
            return null;
        }
        String text = SpokenText.tidy(s.text());
        Matcher m = HEDGED.matcher(text);
        if (!m.find()) {
            return null;
        }
        String act = text.substring(m.end()).strip().replaceAll("[.!]+$", "");
        List<String> before = new ArrayList<>(List.of(text.substring(0, m.start()).replace(",", " ").strip()
                .split("\\s+")));
        before.removeIf(String::isEmpty);
        while (!before.isEmpty() && HEDGE_WORDS.contains(before.get(0).toLowerCase(Locale.ROOT))) {
            before.remove(0);
        }
        if (Wording.words(act) < HEDGED_ACT_WORDS) {
            return null;
        }
        boolean impersonal = m.group().toLowerCase(Locale.ROOT).startsWith("it ");
        if (before.isEmpty()) {
            return impersonal ? new Hedged(null, null, act) : null;
        }
        String who = String.join(" ", before);
        String head = before.get(before.size() - 1);
        return !impersonal && before.size() <= VOCATIVE_WORDS + 1 && isActor(who)
                && !PRONOUNS.contains(who.toLowerCase(Locale.ROOT))
                ? new Hedged(stripDeterminer(who), Character.isUpperCase(head.charAt(0)) ? who : null, act) : null;
    }

    /** The form's calls to action and every further one, each in the order spoken. */
    public record Calls(List<CallToAction> form, List<CallToAction> further) {

        public Calls {
            form = List.copyOf(form);
            further = List.copyOf(further);
        }
    }

    public static Calls find(Discussion d, SentenceScorer scorer) {
        List<Candidate> candidates = new ArrayList<>();
        // how explicit each call is as said (1 weak .. 3 explicit), without what its place or support adds
        Map<Integer, Double> said = new HashMap<>();
        boolean hearing = d.readsAsHearing();
        // a call read out from the chat ("And he adds a suggestion for everyone: public defenders should …") or
        // reported by a chair as a named writer's ("Pedro Mamani from Bolivia writes that platforms should …") is
        // its author's, the words read out its evidence
        Map<Integer, String> authors = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            String author = d.relayed(i) ? QuestionFinder.relayAuthor(d, i)
                    : d.people().chairs(d.sentence(i).speaker()) && d.substantive(i)
                    ? PositionFinder.reportedHolder(d, i) : null;
            // procedure ("it is customary to give members a chance to ...") is never a call, nor a criterion read
            // out of a document
            if (!d.substantive(i) && author == null || d.sentence(i).wordCount() < 6
                    || SpokenText.isProcedure(d.sentence(i).text()) || readAloud(d, i)) {
                continue;
            }
            // "I would push back on the idea that the platforms should decide alone": a view disputed, not a call;
            // "since 2022 every service must …": a rule in force, described
            if (REPORTED_VIEW.find(d.sentence(i).text()) || RULE_IN_FORCE.find(d.sentence(i).text())) {
                continue;
            }
            Vocative called = vocative(d, i);
            Candidate c = called != null ? new Candidate(i, called.addressee(), VOCATIVE_CALL)
                    : candidate(d.sentence(i), i);
            if (c == null && closingImperative(d, i)) {
                c = new Candidate(i, null, ON_A_THING);
            }
            // "I would encourage your community to …": advice to the one who asked, not a call of the session
            if (c != null && c.addressee() != null && SECOND_PERSON_ADDRESSEE.matcher(c.addressee()).lookingAt()) {
                continue;
            }
            // a chair's "I invite everybody to continue" hands over; a chair's call says it is one
            if (c != null && author == null && d.people().chairs(d.sentence(i).speaker())
                    && (!explicit(d.sentence(i)) || c.addressee() == null)) {
                continue;
            }
            // a weak "we need to ..." names no one: it is a call only when it can stand as a short quote
            // and it is said as one: "we need to ..." near the start, not "the capacity you need to buy"
            boolean weakRunOn = c != null && c.score() < ON_A_THING
                    && (!scorer.quotableCall(i) || d.sentence(i).wordCount() > WEAK_CALL_WORDS
                    || !CallWording.opensOnWeakCall(SpokenText.tidy(d.sentence(i).text()))
                    || CallWording.asksNothing(SpokenText.tidy(d.sentence(i).text())));
            // in a hearing a witness's "we need to ..." is their own side's undertaking, not a call on anyone
            boolean ownSide = c != null && c.addressee() == null && hearing;
            if (c != null && !weakRunOn && (ownSide || !asksAnAct(d.sentence(i)))) {
                continue;
            }
            if (c != null && !weakRunOn) {
                if (author != null) {
                    authors.put(i, author);
                }
                said.put(i, c.score());
                candidates.add(new Candidate(i, c.addressee(), c.score() + bonus(d, scorer, i)));
            }
        }
        // a call announced as a list ("Governments must do two things. They must A. And they must B.") is one call
        // keeping its items: its items are no calls of their own, the announcement stands for them all
        Map<Integer, ListedCall> listed = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            ListedCall call = d.substantive(i) && !d.people().chairs(d.sentence(i).speaker()) ? ListedCall.at(d, i)
                    : null;
            if (call == null) {
                continue;
            }
            listed.put(i, call);
            int at = i;
            candidates.removeIf(c -> c.index() == at || call.items().contains(c.index()));
            said.put(i, call.addressee() == null ? ON_A_THING : ADDRESSED);
            candidates.add(new Candidate(i, call.addressee(), said.get(i) + bonus(d, scorer, i)));
        }
        // a call's next sentence that goes on from it ("… reach a human who has the power to change the decision.
        // And that human must decide within a fixed time.") is the same call, not one of its own
        Map<Integer, List<Integer>> followUps = new HashMap<>();
        for (Candidate c : List.copyOf(candidates)) {
            int lead = c.index() - 1;
            if (lead >= 0 && said.containsKey(lead) && d.sentence(lead).turn() == d.sentence(c.index()).turn()
                    && BACK_REFERENCE.find(d.sentence(c.index()).text())) {
                int root = followUps.entrySet().stream().filter(e -> e.getValue().contains(lead))
                        .map(Map.Entry::getKey).findFirst().orElse(lead);
                followUps.computeIfAbsent(root, k -> new ArrayList<>()).add(c.index());
                candidates.remove(c);
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        // the most explicit first, then the most widely supported: taken up by others (counted for the few that
        // can still make the list, as counting is a pass over the session)
        int kept = Math.min(candidates.size(), 2 * (LIMIT + MAX_FURTHER));
        List<Candidate> supported = new ArrayList<>();
        for (Candidate c : candidates.subList(0, kept)) {
            supported.add(new Candidate(c.index(), c.addressee(), c.score() + SUPPORT * scorer.echoes(c.index())));
        }
        supported.sort(Comparator.comparingDouble(Candidate::score).reversed());
        candidates = supported;
        List<Candidate> distinct = new ArrayList<>();
        // one call made again by other speakers in nearly the same words is one call, their words its support
        Map<Integer, List<Integer>> support = new HashMap<>();
        for (Candidate c : candidates) {
            Candidate same = distinct.stream().filter(p -> sameCall(d, scorer, p, c)).findFirst().orElse(null);
            if (same != null) {
                List<Integer> others = support.computeIfAbsent(same.index(), k -> new ArrayList<>());
                if (others.size() < MAX_SUPPORT) {
                    others.add(c.index());
                }
            } else if (distinct.stream().noneMatch(p -> p.index() == c.index() || scorer.similarity(p.index(),
                    c.index()) > SAME_WORDS)) {
                distinct.add(c);
            }
        }
        List<Candidate> form = new ArrayList<>();
        for (Candidate c : distinct) {
            if (form.size() >= LIMIT) {
                break;
            }
            boolean sameSpeaker = form.stream().anyMatch(p ->
                    d.sentence(p.index()).speaker().equals(d.sentence(c.index()).speaker()));
            // a second call of the same speaker gives way to another speaker's call nearly as strong, or as explicit
            boolean betterLeft = sameSpeaker && distinct.stream().anyMatch(o -> o != c
                    && form.stream().noneMatch(p -> d.sentence(p.index()).speaker()
                    .equals(d.sentence(o.index()).speaker()))
                    && (o.score() >= c.score() - 0.5
                    || said.get(o.index()) >= Math.max(EXPLICIT_CALL, said.get(c.index()))));
            if (!betterLeft) {
                form.add(c);
            }
        }
        List<Candidate> further = new ArrayList<>(distinct);
        further.removeAll(form);
        further = further.subList(0, Math.min(MAX_FURTHER, further.size()));
        Said known = new Said(support, authors, followUps, listed);
        return new Calls(calls(d, form, known), calls(d, further, known));
    }

    /** Whether call {@code c} is the call {@code p} made again by someone else, in nearly the same words. */
    private static boolean sameCall(Discussion d, SentenceScorer scorer, Candidate p, Candidate c) {
        return p.index() != c.index() && !d.sentence(p.index()).speaker().equals(d.sentence(c.index()).speaker())
                && scorer.similarity(p.index(), c.index()) > SAME_WORDS;
    }

    /** What weighs for a call beside its strength: said in the closing round, and how well it stands as a quote. */
    private static double bonus(Discussion d, SentenceScorer scorer, int i) {
        return (d.inClosingRound(i) ? 1 : 0) + 0.5 * (scorer.quotable(i) ? scorer.score(i) : 0);
    }

    /**
     * What is known of each call besides its sentence: other speakers' sentences making it too ({@code support}),
     * the author of one read out ({@code authors}), the sentences that go on from it ({@code followUps}), the list
     * it announces ({@code listed}).
     */
    private record Said(Map<Integer, List<Integer>> support, Map<Integer, String> authors,
                        Map<Integer, List<Integer>> followUps, Map<Integer, ListedCall> listed) {
    }

    private static List<CallToAction> calls(Discussion d, List<Candidate> picked, Said known) {
        List<Candidate> ordered = new ArrayList<>(picked);
        ordered.sort(Comparator.comparingInt(Candidate::index));
        List<CallToAction> out = new ArrayList<>();
        for (Candidate c : ordered) {
            ListedCall list = known.listed().get(c.index());
            CallToAction call = list != null ? list.call(d) : CallWording.call(d, c);
            String speaker = known.authors().getOrDefault(c.index(), call.speaker());
            List<Integer> next = known.followUps().getOrDefault(c.index(), List.of());
            if (!next.isEmpty() || !speaker.equals(call.speaker())) {
                StringBuilder text = new StringBuilder(call.text());
                List<Evidence> evidence = new ArrayList<>(call.evidence());
                for (int k : next) {
                    text.append(' ').append(Wording.capitalised(
                            FOLLOW_UP_OPENER.matcher(SpokenText.tidy(d.sentence(k).text())).replaceFirst("")));
                    evidence.add(d.sentence(k).evidence());
                }
                call = new CallToAction(text.toString(), speaker, call.addressee(), evidence, call.basis());
            }
            List<Integer> others = known.support().getOrDefault(c.index(), List.of());
            if (!others.isEmpty()) {
                List<Evidence> evidence = new ArrayList<>(call.evidence());
                others.stream().sorted().forEach(k -> evidence.add(d.sentence(k).evidence()));
                call = new CallToAction(call.text(), call.speaker(), call.addressee(), evidence,
                        TakeawaySelector.TAKEN_UP_BY_OTHERS);
            }
            out.add(call);
        }
        return out;
    }

    /**
     * Whether sentence {@code i} reads words out of a document: it says so ("I'm going to quote it: ...", "the
     * criteria say ..."), the sentence before it in the turn does, or it opens on a quotation mark.
     */
    static boolean readAloud(Discussion d, int i) {
        Sentence s = d.sentence(i);
        if (READING_ALOUD.find(s.text()) || QUOTATION_START.matcher(s.text()).lookingAt()) {
            return true;
        }
        return s.indexInTurn() > 0 && i > 0 && READING_ALOUD.find(d.sentence(i - 1).text())
                && d.sentence(i - 1).text().strip().endsWith(":");
    }

    /** The call a sentence makes, if any, with its addressee and strength (1 weak .. 3 explicit). */
    static Candidate candidate(Sentence s, int index) {
        if (s.isQuestion() || SpokenText.asksInverted(s)) {
            return null;
        }
        Hedged hedged = hedged(s);
        if (hedged != null) {
            return new Candidate(index, hedged.addressee(), ON_A_THING);
        }
        // "I would add a recommendation that governments consult …": the recommendation proposed for the text calls
        // on its subject, read the same by either tier (the parser takes the clause for one describing a noun)
        Candidate proposed = proposedChange(s, index);
        if (proposed != null) {
            return proposed;
        }
        // the parse takes a pseudo-cleft's clause for a subject, which calls on no one: read by its shape
        String tidied = CLEFT_WORD.anyIn(s.text()) ? SpokenText.tidy(s.text()) : null;
        Matcher cleft = tidied == null ? null : PSEUDO_CLEFT.matcher(tidied);
        if (cleft != null && cleft.find() && isActor(cleft.group("who"))
                && !PRONOUNS.contains(cleft.group("who").toLowerCase(Locale.ROOT))) {
            return new Candidate(index, stripDeterminer(cleft.group("who")), ADDRESSED);
        }
        for (Pattern needs : List.of(NEED_FROM, NEED_FOR)) {
            Matcher need = tidied == null ? null : needs.matcher(tidied);
            if (need != null && need.find() && isActor(need.group("who"))
                    && !PRONOUNS.contains(need.group("who").toLowerCase(Locale.ROOT))) {
                return new Candidate(index, stripDeterminer(need.group("who")), ADDRESSED);
            }
        }
        Candidate let = letCall(s, index);
        if (let != null) {
            return let;
        }
        if (!s.dependencies().isEmpty()) {
            return CallGrammar.candidate(s, index);
        }
        Matcher explicit = EXPLICIT.matcher(s.text());
        if (explicit.find()) {
            String object = stripDeterminer(explicit.group(2));
            boolean weNeed = explicit.group(1).toLowerCase(Locale.ROOT).equals("we need");
            // "we need people to understand" asks someone; "we need more time to" does not; "them" names no one
            if ((!weNeed || isActor(object)) && !PRONOUNS.contains(object.toLowerCase(Locale.ROOT))) {
                return new Candidate(index, object, weNeed ? 2.5 : 3);
            }
        }
        Candidate modal = modalCall(s, index);
        if (explicit(s)) {
            Matcher called = CALLED.matcher(s.text());
            Matcher plea = PLEA_TO.matcher(s.text());
            String addressee = called.find() ? stripDeterminer(called.group(1))
                    : plea.find() ? stripDeterminer(PLEA_JOINER.matcher(plea.group(1)).replaceAll(""))
                    : modal != null ? modal.addressee() : askedOf(s);
            return new Candidate(index, addressee, 3);
        }
        return modal;
    }

    /**
     * The addressee sentence {@code i}'s imperative is said to, where it opens on one ("To the platforms, fix three
     * things: …") or the sentence before in its turn is one said alone ("Donors. Fund helplines …"); null where the
     * sentence is no imperative or the words before it name no one who can act ("Listen. Fund …", "Sebastián, fund
     * …": a person spoken to is asked, not called on).
     */
    static Vocative vocative(Discussion d, int i) {
        Sentence s = d.sentence(i);
        if (s.isQuestion()) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int at = Wording.firstWord(s);
        for (int comma = at + 1; comma < Math.min(tokens.size() - 1, at + VOCATIVE_WORDS + 2); comma++) {
            String who = tokens.get(comma).pos().equals(",") ? addresseeAlone(tokens.subList(at, comma)) : null;
            if (who != null) {
                return imperative(s, comma + 1) ? new Vocative(who, false) : null;
            }
        }
        if (s.indexInTurn() == 0 || !imperative(s, at)) {
            return null;
        }
        List<Token> before = d.sentence(i - 1).tokens();
        int end = before.size();
        while (end > 0 && !before.get(end - 1).word().chars().anyMatch(Character::isLetterOrDigit)) {
            end--;
        }
        String who = addresseeAlone(before.subList(0, end));
        return who == null ? null : new Vocative(who, true);
    }

    /**
     * Whether sentence {@code i} is an imperative a panellist says to the room in the closing round ("Tell people when a
     * model was used in their case.", "List decisions, not models."): a call on all stakeholders. Not the chair's, not
     * one done to a pronoun ("Give them a human …"), which leans on the sentence before.
     */
    static boolean closingImperative(Discussion d, int i) {
        Sentence s = d.sentence(i);
        List<Token> tokens = s.tokens();
        int at = imperativeStart(s);
        // a verb the tagger reads as a base form opening the sentence, then its object: a clause after it may have
        // a verb of its own ("… when a model was used")
        if (!d.inClosingRound(i) || d.people().chairs(s.speaker()) || s.isQuestion() || at + 1 >= tokens.size()
                || !tokens.get(at).pos().equals("VB")
                || LIGHT_VERBS.contains(lemma(tokens.get(at))) && !GIVING_VERBS.contains(lemma(tokens.get(at)))
                || !OBJECT_START.contains(tokens.get(at + 1).pos()) || tokens.get(at + 1).pos().startsWith("PRP")
                || content(tokens.subList(at, tokens.size())) < 2) {
            return false;
        }
        // "Open source means they can check": a finite verb, or a clause's subject, right after the phrase makes it
        // the subject (the tagger may read "means" as a plural noun)
        int end = at + 1;
        while (end < tokens.size() && NP_TAGS.contains(tokens.get(end).pos())) {
            end++;
        }
        return end >= tokens.size() || !SUBJECT_FOLLOWED_BY.contains(tokens.get(end).pos());
    }

    /**
     * Where a closing round's imperative starts: the sentence's first word, or the first after a short heading and
     * its colon ("One calendar, one report: don't build …"), past a "don't" or "never" before the verb.
     */
    private static int imperativeStart(Sentence s) {
        List<Token> tokens = s.tokens();
        int at = Wording.firstWord(s);
        for (int k = at + 1; k < Math.min(tokens.size() - 1, at + HEADING_TOKENS); k++) {
            if (tokens.get(k).word().equals(":") && !tokens.get(at).pos().equals("VB")) {
                at = k + 1;
                break;
            }
        }
        if (at + 1 < tokens.size() && tokens.get(at).word().equalsIgnoreCase("do")
                && NEGATION.contains(tokens.get(at + 1).word().toLowerCase(Locale.ROOT))) {
            return at + 2;
        }
        return at < tokens.size() && tokens.get(at).word().equalsIgnoreCase("never") ? at + 1 : at;
    }

    /** "Donors", "to the platforms": a few words naming who can act and nothing else, as a call names them. */
    private static String addresseeAlone(List<Token> words) {
        int from = !words.isEmpty() && words.get(0).word().equalsIgnoreCase("to") ? 1 : 0;
        if (words.size() - from < 1 || words.size() - from > VOCATIVE_WORDS
                || !words.subList(from, words.size()).stream().allMatch(t -> NP_TAGS.contains(t.pos()))
                || !actorHead(words.get(words.size() - 1), true) || !isActor(words.get(words.size() - 1).word())) {
            return null;
        }
        String who = stripDeterminer(joinWords(words.subList(from, words.size())));
        return words.get(from).pos().startsWith("NNP") && from + 1 < words.size() ? who
                : who.substring(0, 1).toLowerCase(Locale.ROOT) + who.substring(1);
    }

    /**
     * Whether token {@code k} opens an imperative: a verb in the base form followed by its object, where no finite
     * verb follows before the clause ends; a singular noun there is such a verb the tagger misread ("Fund/NNP
     * helplines for three years", "fix/NN three things: …").
     */
    private static boolean imperative(Sentence s, int k) {
        List<Token> tokens = s.tokens();
        if (k + 1 >= tokens.size() || LIGHT_VERBS.contains(lemma(tokens.get(k)))
                || !Set.of("VB", "NN", "NNP").contains(tokens.get(k).pos())
                || !OBJECT_START.contains(tokens.get(k + 1).pos())) {
            return false;
        }
        // a clause of its own in the object ("publish what you did", "…, because they decide") has its own verb
        for (int j = k + 1; j < tokens.size() && !Set.of(":", ".", ",").contains(tokens.get(j).pos())
                && !CLAUSE_OPENERS.contains(tokens.get(j).pos())
                && !SUBORDINATORS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT)); j++) {
            if (Set.of("VBZ", "VBP", "VBD", "MD").contains(tokens.get(j).pos())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Let governments, industry and the banks build a fund": an exhortation to the parties it names, read by its
     * shape (the parse varies); "let me", "let us", "let's" hand over or frame, "let the record show" names no actor.
     */
    private static Candidate letCall(Sentence s, int index) {
        List<Token> tokens = s.tokens();
        int at = Wording.firstWord(s);
        if (at >= tokens.size() || !tokens.get(at).word().equalsIgnoreCase("let")) {
            return null;
        }
        int verb = at + 1;
        while (verb < tokens.size()
                && (NP_TAGS.contains(tokens.get(verb).pos()) || tokens.get(verb).pos().equals(","))) {
            verb++;
        }
        if (verb == at + 1 || verb >= tokens.size() || !tokens.get(verb).isVerb() || !tokens.get(verb - 1).isNoun()) {
            return null;
        }
        String who = stripDeterminer(joinWords(tokens.subList(at + 1, verb)).replace(" ,", ","));
        return actorHead(tokens.get(verb - 1)) ? new Candidate(index, who, ADDRESSED) : null;
    }

    /** Says it is a call: a marker ("we call on"), or a plea to someone announcing an act or a call after a colon. */
    private static boolean explicit(Sentence s) {
        String text = s.text();
        return marked(s) || CallWording.pleaAct(text) >= 0 || CallWording.pleaClause(text) >= 0;
    }

    /**
     * Whether a sentence holds a call marker said as a call: "your engineers can call on a community of thousands"
     * tells what others are able to do (a modal between "call" and a subject other than the speaker), and calls on
     * no one.
     */
    static boolean marked(Sentence s) {
        if (!MARKER.find(s.text())) {
            return false;
        }
        List<Token> tokens = s.tokens();
        for (int k = 2; k < tokens.size(); k++) {
            if (!"call".equals(lemma(tokens.get(k))) || !tokens.get(k).isVerb()) {
                continue;
            }
            int modal = k - 1;
            while (modal > 0 && tokens.get(modal).pos().startsWith("RB")) {
                modal--;
            }
            Token subject = tokens.get(Math.max(0, modal - 1));
            if (tokens.get(modal).pos().equals("MD")
                    && !SPEAKERS.contains(subject.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The call of a change proposed to the text under discussion (lexicon proposed-change): on the actor opening the
     * clause after the phrase, explicit as a recommendation is; on all stakeholders where a thing opens it and a
     * modal follows ("I would change recommendation two to say that the second route should carry …"); null where
     * the sentence proposes no change or its clause asks nothing.
     */
    static Candidate proposedChange(Sentence s, int index) {
        int at = clauseAfter(s, PROPOSED_CHANGE);
        if (at < 0) {
            return null;
        }
        List<Token> tokens = s.tokens();
        // the subject's phrase, with what places it ("training institutes in the regions"); its head comes before
        int end = at;
        int headAt = -1;
        while (end < tokens.size() && (NP_TAGS.contains(tokens.get(end).pos())
                || headAt < 0 && end > at && tokens.get(end).pos().equals("IN"))) {
            if (tokens.get(end).pos().equals("IN")) {
                headAt = end - 1;
            }
            end++;
        }
        if (end == at || end >= tokens.size()) {
            return null;
        }
        boolean verb = tokens.get(end).isVerb() || tokens.get(end).pos().equals("MD");
        // the clause must have a verb: where the tagger read none, the singular "noun" after a plural subject is
        // it, a base form after "that" ("institutes in the regions | train cable repair technicians")
        for (int k = at + 1; k < end && !verb; k++) {
            if (tokens.get(k - 1).pos().equals("NNS") && tokens.get(k).pos().equals("NN")) {
                end = k;
                verb = true;
            }
        }
        int headEnd = headAt >= 0 && headAt < end ? headAt : end - 1;
        Token head = tokens.get(headEnd);
        // "universities and training institutes": an actor heading either conjunct names who is called on
        boolean actor = actorHead(head);
        for (int k = at + 1; k <= headEnd && !actor; k++) {
            actor = tokens.get(k).pos().equals("CC") && actorHead(tokens.get(k - 1));
        }
        if (actor && verb && !passive(tokens, end)) {
            return new Candidate(index, stripDeterminer(joinWords(tokens.subList(at, end))), EXPLICIT_CALL);
        }
        return head.isNoun() && tokens.get(end).pos().equals("MD") ? new Candidate(index, null, ON_A_THING) : null;
    }

    /**
     * The token where the clause after a cue opens ("… a recommendation that | governments consult …"): past the
     * cue's last word, counted off the tokens as often as the words before it say; -1 where the cue is not said.
     */
    private static int clauseAfter(Sentence s, Cue cue) {
        if (!cue.mayHold(s.text())) {
            return -1;
        }
        Matcher m = cue.matcher(s.text());
        if (!m.find()) {
            return -1;
        }
        String[] said = s.text().substring(0, m.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+");
        String last = said[said.length - 1];
        long times = java.util.Arrays.stream(said).filter(last::equals).count();
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).word().equalsIgnoreCase(last) && --times == 0) {
                // "to say that": the clause opens after "that" where the cue ends on "say"
                return k + 1 < tokens.size() && tokens.get(k + 1).word().equalsIgnoreCase("that") ? k + 2 : k + 1;
            }
        }
        return -1;
    }

    /** "should be mapped": the subject of a passive is what the act is done to, not who is called on to do it. */
    private static boolean passive(List<Token> tokens, int modal) {
        int be = modal + 1 < tokens.size() && tokens.get(modal + 1).word().equalsIgnoreCase("to") ? modal + 2
                : modal + 1;
        return be + 1 < tokens.size() && tokens.get(be).word().equalsIgnoreCase("be")
                && tokens.get(be + 1).pos().equals("VBN");
    }

    /**
     * Whom "what we are asking is that companies get …" asks: the actor opening the clause after "that", its verb
     * right after it; after a change proposed to the text, the call's addressee; null where none.
     */
    static String askedOf(Sentence s) {
        Candidate proposed = proposedChange(s, -1);
        if (proposed != null) {
            return proposed.addressee();
        }
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size() - 2; k++) {
            if (!tokens.get(k).word().equalsIgnoreCase("that") || k == 0
                    || !"be".equals(tokens.get(k - 1).lemma())) {
                continue;
            }
            int end = k + 1;
            while (end < tokens.size() && NP_TAGS.contains(tokens.get(end).pos())) {
                end++;
            }
            if (end > k + 1 && end < tokens.size() && tokens.get(end).isVerb()
                    && actorHead(tokens.get(end - 1))) {
                return stripDeterminer(joinWords(tokens.subList(k + 1, end)));
            }
        }
        return null;
    }

    /**
     * Whether what a call asks is an act: at least two content words after "should / must / need to", and not
     * a verb of understanding on a pronoun ("Members opposite should understand that as well." spars, it asks
     * nothing); after "urge / call on X to" the same holds for what X is asked to do.
     */
    static boolean asksAnAct(Sentence s) {
        List<Token> tokens = s.tokens();
        int from = -1;
        for (int m = 0; m < tokens.size() - 1 && from < 0; m++) {
            String w = tokens.get(m).word().toLowerCase(Locale.ROOT);
            boolean to = tokens.get(m + 1).word().equalsIgnoreCase("to");
            if ((w.equals("should") || w.equals("must")) && tokens.get(m).pos().equals("MD")) {
                from = m + 1;
            } else if (to && (w.equals("ought") || MODAL_VERBS.contains(w))) {
                from = m + 2;
            } else if (ASKING.contains(lemma(tokens.get(m))) && tokens.get(m).isVerb()) {
                // "I would urge the members opposite to understand ...": the act follows the addressee's "to"
                for (int k = m + 1; k < tokens.size() - 1 && from < 0; k++) {
                    if (tokens.get(k).word().equalsIgnoreCase("to") && tokens.get(k + 1).isVerb()) {
                        from = k + 1;
                    }
                }
            }
        }
        if (from < 0) {
            return true;
        }
        // "a bank should learn that you are who you say you are": what someone should know, no act
        if (from + 1 < tokens.size() && KNOWING.contains(lemma(tokens.get(from)))
                && tokens.get(from + 1).word().equalsIgnoreCase("that")) {
            return false;
        }
        List<Token> act = act(tokens, from);
        if (pointsBack(act)) {
            return false;
        }
        // "every complaint should be registered": a passive asks for the act it names
        boolean passive = act.size() > 1 && "be".equals(lemma(act.get(0))) && act.get(1).pos().equals("VBN");
        if (content(act) < 2 && !passive) {
            // "to do something very simple, ...: print the end date on the box": the act announced follows the
            // colon; "should do that, publish every order it receives": it follows the comma
            int next = from;
            while (next < tokens.size() && !tokens.get(next).pos().equals(":")) {
                next++;
            }
            if (next + 1 >= tokens.size()) {
                next = from;
                while (next < tokens.size() && !tokens.get(next).pos().equals(",")) {
                    next++;
                }
            }
            // else "tell people, in their language, when a machine helped decide": an act of its own goes on past an
            // aside a preposition opens and a comma closes ("needs to do, and that's why …", "have its own board, with
            // civil society on it, and …", "come with a licence, so that …" do not)
            boolean announced = next + 1 < tokens.size()
                    && (tokens.get(next + 1).isVerb() || tokens.get(next).pos().equals(":"));
            boolean aside = !announced && !act.isEmpty() && act.get(0).isVerb()
                    && !LIGHT_VERBS.contains(lemma(act.get(0))) && next + 1 < tokens.size()
                    && tokens.get(next + 1).pos().equals("IN") && closesAside(tokens, next + 1);
            if (!announced && !aside) {
                return false;
            }
            act = announced ? act(tokens, next + 1) : tokens.subList(from, tokens.size());
            if (content(act) < 2) {
                return false;
            }
        }
        // any verb of the act done to a bare demonstrative or pronoun ("avoid repeating that with ...", "use it in
        // every mission") asks for what the sentence before said: the call cannot stand alone; after a noun of the
        // act itself ("measure what platforms do and publish it") the pronoun points at that
        for (int k = 0; k + 1 < act.size() && !act.get(k).isNoun(); k++) {
            if (act.get(k).isVerb() && (demonstrative(act, k + 1) || pronounObject(act, k + 1))) {
                return false;
            }
        }
        int verb = 0;
        while (verb < act.size() && act.get(verb).pos().startsWith("RB")) {
            verb++;
        }
        if (verb + 1 >= act.size() || !THINKING.contains(lemma(act.get(verb)))) {
            return true;
        }
        // a verb of thinking on a personal pronoun ("understand it") asks nothing either
        return !act.get(verb + 1).pos().equals("PRP");
    }

    /** Whether another comma closes, within a few tokens, the aside opening at token {@code from} (", in their language,"). */
    private static boolean closesAside(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + ASIDE_TOKENS); k++) {
            if (tokens.get(k).pos().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "use the same format", "do likewise": the act is done to what the sentence before said, unless "as" says. */
    private static boolean pointsBack(List<Token> act) {
        String said = joinWords(act);
        Matcher pointing = POINTING_OBJECT.matcher(said);
        return POINTING_OBJECT.mayHold(said) && pointing.find()
                && !said.substring(pointing.end()).toLowerCase(Locale.ROOT).matches("(?s).*\\bas\\b.*");
    }

    /** The act from token {@code from}: the verb's phrase, up to the first break after the verb ("act now, ..."). */
    private static List<Token> act(List<Token> tokens, int from) {
        int to = from;
        boolean verbSeen = false;
        while (to < tokens.size() && !(verbSeen && BREAKS.contains(tokens.get(to).pos()))) {
            verbSeen |= tokens.get(to).isVerb();
            to++;
        }
        return tokens.subList(Math.min(from, tokens.size()), to);
    }

    /**
     * The content words of an act: its topic words and its verbs other than light ones ("talk to each other before
     * they legislate" has two, "do something very simple" one).
     */
    private static int content(List<Token> act) {
        Set<String> content = new java.util.HashSet<>();
        for (Token t : act) {
            String key = Terms.key(t);
            if (key == null && t.isVerb() && !LIGHT_VERBS.contains(lemma(t))) {
                key = lemma(t);
            }
            if (key != null) {
                content.add(key);
            }
        }
        return content.size();
    }

    /**
     * A demonstrative standing for something ("understand that as well"), not a clause ("understand that the
     * market failed", tagged IN) nor a determiner ("see this problem").
     */
    private static boolean demonstrative(List<Token> act, int k) {
        Token t = act.get(k);
        return PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) && t.pos().equals("DT")
                && (k + 1 >= act.size() || !act.get(k + 1).isNoun() && !act.get(k + 1).pos().startsWith("JJ"));
    }

    /** A personal pronoun as the object ("use it in …"), not an expletive before its adjective ("make it easier"). */
    private static boolean pronounObject(List<Token> act, int k) {
        Token t = act.get(k);
        return t.pos().equals("PRP") && PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))
                && (k + 1 >= act.size() || !act.get(k + 1).pos().startsWith("JJ"));
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** "X should / must / ought to / need(s) to / has to ...": the subject before the modal is the addressee. */
    private static Candidate modalCall(Sentence s, int index) {
        List<Token> tokens = s.tokens();
        Candidate onAThing = null;
        for (int m = 1; m < tokens.size() - 1; m++) {
            String w = tokens.get(m).word().toLowerCase(Locale.ROOT);
            String next = tokens.get(m + 1).word().toLowerCase(Locale.ROOT);
            boolean modal = (w.equals("should") || w.equals("must") || w.equals("ought"))
                    && tokens.get(m).pos().equals("MD")
                    || (w.equals("need") || w.equals("needs")) && next.equals("to") && tokens.get(m).isVerb();
            // "the platforms should have a contact person in each country": an actor asked to provide something
            boolean provides = providing(tokens, m);
            if (!modal || !provides && counterfactual(tokens, m) || stative(tokens, m)) {
                continue;
            }
            // "Platforms, and I include us, should …": the subject ends before an aside its commas set apart
            int end = beforeAside(tokens, m);
            int from = phraseStart(tokens, end);
            // "every government that buys a system should …": the relative clause describes the head before it
            if (from >= 3 && from < end && tokens.get(from - 1).isVerb() && RELATIVE.contains(
                    tokens.get(from - 2).word().toLowerCase(Locale.ROOT)) && tokens.get(from - 3).isNoun()) {
                end = from - 2;
                from = phraseStart(tokens, end);
            }
            // "donors funding the system should …": a participle's phrase describes the head before it
            if (from >= 2 && from < end && Set.of("VBG", "VBN").contains(tokens.get(from - 1).pos())
                    && tokens.get(from - 2).isNoun()) {
                end = from - 1;
                from = phraseStart(tokens, end);
            }
            // "access for researchers should …": a phrase after a preposition describes the noun before it, the head
            int headAt = end - 1;
            while (from > 1 && from < end && tokens.get(from - 1).pos().equals("IN") && tokens.get(from - 2).isNoun()) {
                headAt = from - 2;
                from = headAt;
                while (from > 0 && NP_TAGS.contains(tokens.get(from - 1).pos())) {
                    from--;
                }
            }
            if (from > 0 && (tokens.get(from - 1).pos().startsWith("W") || tokens.get(from - 1).lemma() != null
                    && tokens.get(from - 1).lemma().equals("be"))) {
                // "the standards that the Minister has to use", "that's something X should care about": a
                // relative clause describes, it does not call
                continue;
            }
            if (negatedBefore(tokens, from)) {
                // "I'm not saying SMEs should be exempted" rejects the call it words
                continue;
            }
            // "something the IGF": the addressee's phrase starts at its last determiner, but not one opening a
            // conjunct ("the donors and the operators" are both called on)
            for (int k = headAt; k > from; k--) {
                if (tokens.get(k).pos().equals("DT") && !(tokens.get(k - 1).pos().equals("CC") && k - 2 >= from
                        && tokens.get(k - 2).isNoun())) {
                    from = k;
                    break;
                }
            }
            if (from == end) {
                String pronoun = tokens.get(end - 1).word().toLowerCase(Locale.ROOT);
                if (isWeak(pronoun) && tokens.get(end - 1).pos().equals("PRP")) {
                    return new Candidate(index, null, 1);
                }
                continue;
            }
            // the addressee is the head's phrase: a name's "of" stays ("the House of Commons"), what describes it goes
            int to = headAt + 1;
            // ("the government of course should …": an aside, no name)
            while (to + 1 < end && tokens.get(to).word().equalsIgnoreCase("of")
                    && !tokens.get(to + 1).word().equalsIgnoreCase("course")) {
                to++;
                while (to < end && NP_TAGS.contains(tokens.get(to).pos())) {
                    to++;
                }
            }
            List<Token> np = tokens.subList(from, to);
            Token head = tokens.get(headAt);
            boolean qualified = tokens.subList(from, headAt).stream()
                    .anyMatch(t -> !t.pos().equals("DT") && !t.pos().equals("PRP$"));
            if (actorHead(head, qualified) && !passive(tokens, m)) {
                String addressee = stripDeterminer(joinWords(np));
                return new Candidate(index, addressee, w.equals("must") ? 2.2 : 2);
            }
            // what a thing or a person "should have" is what they are owed ("every child should have a place")
            if (provides) {
                continue;
            }
            // "measurement networks should be funded as public infrastructure", "licence conditions should include
            // compensation": a proposal on a thing, asked of everyone, where no actor is called on
            if (onAThing == null && head.isNoun() && !head.pos().startsWith("NNP") && !w.startsWith("need")
                    && !THINKING.contains(lemma(tokens.get(m + 1))) && opensSentence(s, tokens.get(from))) {
                onAThing = new Candidate(index, null, ON_A_THING);
            }
        }
        return onAThing;
    }

    /**
     * Where the phrase before {@code m} ends: before an aside of up to {@link #ASIDE_TOKENS} tokens that commas set
     * apart right before it ("Platforms, and I include us, should …"), else at {@code m}.
     */
    private static int beforeAside(List<Token> tokens, int m) {
        if (!tokens.get(m - 1).word().equals(",")) {
            return m;
        }
        for (int k = m - 2; k > 0 && k >= m - 2 - ASIDE_TOKENS; k--) {
            String pos = tokens.get(k).pos();
            if (pos.equals("MD") || pos.equals(":")) {
                return m;
            }
            if (tokens.get(k).word().equals(",")) {
                return tokens.get(k - 1).isNoun() ? k : m;
            }
        }
        return m;
    }

    /** Where the noun phrase ending before {@code end} starts; a gerund before a noun is part of it ("operating"). */
    private static int phraseStart(List<Token> tokens, int end) {
        int from = end;
        while (from > 0 && (NP_TAGS.contains(tokens.get(from - 1).pos())
                || tokens.get(from - 1).pos().equals("VBG") && from < end && tokens.get(from).isNoun())) {
            from--;
        }
        return from;
    }

    /**
     * "should have been" (a regret), "should have the opportunity" (an entitlement), "if we need to", "need to have
     * suspended operations" (a condition): none of them asks anyone to act.
     */
    private static boolean counterfactual(List<Token> tokens, int m) {
        if (conditional(tokens, m)) {
            return true;
        }
        // "should (not) have done"; "need to have suspended operations" states a condition already met or not
        int after = tokens.get(m + 1).word().equalsIgnoreCase("to") ? m + 2 : m + 1;
        boolean not = tokens.get(m + 1).word().equalsIgnoreCase("not") || tokens.get(m + 1).word().equals("n't");
        return tokens.get(m + 1).word().equalsIgnoreCase("have") || not && m + 2 < tokens.size()
                && tokens.get(m + 2).word().equalsIgnoreCase("have") || after + 1 < tokens.size()
                && tokens.get(after).word().equalsIgnoreCase("have") && tokens.get(after + 1).pos().equals("VBN");
    }

    /** Whether a condition comes just before the modal at {@code m}: "if we need to", "whether they should". */
    private static boolean conditional(List<Token> tokens, int m) {
        for (int k = Math.max(0, m - 3); k < m; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("if") || w.equals("whether") || w.equals("unless")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the modal at {@code m} asks its subject to have something, a thing after "have" ("should have a
     * contact person"), not a deed done ("should have done", "should have been"), in no condition.
     */
    private static boolean providing(List<Token> tokens, int m) {
        if (m + 2 >= tokens.size() || !tokens.get(m + 1).word().equalsIgnoreCase("have")
                || !PROVIDED_START.contains(tokens.get(m + 2).pos()) || conditional(tokens, m)) {
            return false;
        }
        // what one is owed is no provision: "should have the opportunity to …", "must have a say in …"
        for (int k = m + 2; k < tokens.size() && NP_TAGS.contains(tokens.get(k).pos()); k++) {
            if (tokens.get(k).isNoun() && ENTITLEMENT.contains(lemma(tokens.get(k)))) {
                return false;
            }
        }
        // the subject right before the modal, not a place or thing a preposition governs ("who sells in Dakar")
        int from = phraseStart(tokens, m);
        return from == 0 || !tokens.get(from - 1).pos().equals("IN");
    }

    /** "must be in work", "should be the case": a state, not an action; a passive ("should be held") still asks. */
    private static boolean stative(List<Token> tokens, int m) {
        int be = tokens.get(m + 1).word().equalsIgnoreCase("to") ? m + 2 : m + 1;
        return be + 1 < tokens.size() && tokens.get(be).word().equalsIgnoreCase("be")
                && !tokens.get(be + 1).pos().equals("VBN") && !tokens.get(be + 1).word().equalsIgnoreCase("able");
    }

    /** A negation in the words just before a call's subject: "not saying", "never suggested". */
    private static boolean negatedBefore(List<Token> tokens, int from) {
        for (int k = Math.max(0, from - 3); k < from; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a proposal's subject opens the sentence, past its framing ("I would say measurement networks should
     * …"): a modal inside a clause ("… is the simple idea that every address should work") defines, it proposes
     * nothing. The words after a colon the speaker announces them with open a sentence too. (A subject that "should remember" or "understand" is
     * people the actor list does not know, and their sparring no proposal.)
     */
    static boolean opensSentence(Sentence s, Token subjectStart) {
        String clause = Wording.clause(s.text()).toLowerCase(Locale.ROOT);
        String subject = subjectStart.word().toLowerCase(Locale.ROOT);
        // "… but I would go further: essential services should be mapped …": the proposal the speaker announces
        // before a colon; "the Alliance has this target: one gigabyte should cost …" reports someone else's
        int colon = clause.indexOf(':');
        return clause.startsWith(subject) || colon >= 0 && Wording.speaksAsSpeaker(clause.substring(0, colon))
                && clause.substring(colon + 1).strip().startsWith(subject);
    }

    /** "we" and "you" call on everyone and no one: a call, but the weakest. */
    static boolean isWeak(String pronoun) {
        return WEAK_SUBJECTS.contains(pronoun.toLowerCase(Locale.ROOT));
    }

    /** A noun naming someone who can act: an actor word, an organisation or place, a name that is not a person's. */
    static boolean actorHead(Token head) {
        return head.isNoun() && (isActor(head.lemma()) || head.pos().startsWith("NNP") && !"PERSON".equals(head.ner())
                || "ORGANIZATION".equals(head.ner()) || "LOCATION".equals(head.ner()));
    }

    /**
     * Whether a noun heads an addressee, given whether a word before it says which one: "the civil service" is an
     * actor, "the service" alone (lexicon {@code actor-qualified}) a thing offered.
     */
    static boolean actorHead(Token head, boolean qualified) {
        return actorHead(head) && (qualified || head.lemma() == null
                || !QUALIFIED_ACTORS.contains(head.lemma().toLowerCase(Locale.ROOT)));
    }

    static boolean isActor(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1].replaceAll("'s$", "");
        String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                : head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
        return ACTORS.contains(head) || ACTORS.contains(singular);
    }

    static String joinWords(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            if (out.length() > 0 && !t.word().startsWith("'") && !t.pos().equals("HYPH")) {
                out.append(' ');
            }
            out.append(t.word());
        }
        return out.toString();
    }

    static String stripDeterminer(String phrase) {
        // "and donors", "the regulators": the addressee is the noun phrase without its link or article; "my fellow
        // ministers" are ministers, said by one of them
        return phrase.replaceFirst("(?i)^((and|or|but|so)\\s+)?((the|a|an)\\s+|(my|our)\\s+(fellow\\s+)?)?", "")
                .strip();
    }
}
