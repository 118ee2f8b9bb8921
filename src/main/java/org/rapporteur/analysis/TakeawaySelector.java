package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Question;
import org.rapporteur.model.Relation;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * Key takeaways: up to three self-contained statements. What the session said about itself leads: a closing
 * summary and stated consensus ({@link StatedConclusions}), the chair's first. The rest are central, substantive,
 * non-redundant statements — never questions, never opening on a word that points back, at most
 * {@link #MAX_WORDS} words once framing is dropped — where one place goes to what stayed contested if the session
 * had a disagreement, one to the main new fact or proposal, and one to what converged: a point someone of another
 * stakeholder group said they agreed with, else an agreement conceded to someone of another group (told as "X agreed
 * with Y: “…”"), else the best point taken up by other speakers or groups. Each place
 * goes to a voice not yet among the takeaways where one qualifies. A point taken up by others weighs more, and MMR
 * keeps them apart. Each
 * reads in the third person under its speaker's name and group; the evidence is the sentence as spoken.
 */
public final class TakeawaySelector {

    static final int LIMIT = 3;
    /** The form's limit for one takeaway, in words. */
    static final int MAX_WORDS = 35;
    /** Where a cut clause went on after a comma or a semicolon. */
    private static final Pattern COMMA_CUT = Pattern.compile("\\s*[,;]");
    private static final int SHORTLIST = 30;
    /** Parts of the session (early, middle, late) the takeaways are spread over. */
    private static final int PARTS = 3;
    /** Candidates ranked by MMR for that spread to choose from. */
    private static final int SPREAD_CANDIDATES = 4 * LIMIT;
    /** Words beyond which a takeaway's worth falls with its length. */
    private static final int CONCISE = 30;
    /** What each other speaker or group taking a point up adds to it. */
    private static final double ECHO = 0.15;
    /** The worth of a statement that can only be quoted, as said in the speaker's own voice. */
    private static final double OWN_VOICE = 0.7;
    /** Echoes from which a point counts as taken up by others (another group counts twice). */
    private static final int TAKEN_UP = 2;
    /** A question put as a statement ("The question is how ...") asks; it does not conclude. */
    private static final Cue OPEN_QUESTION = Lexicon.cue("open-question");
    /** A statement addressing someone ("contrary to what you've just said") needs the exchange around it. */
    private static final Cue SECOND_PERSON = Lexicon.cue("second-person");
    private static final Cue DISAGREEING = Lexicon.cue("disagreement");
    private static final Cue AGREEING = Lexicon.cue("agreement");
    /** Words a conceded point needs to state something ("Industry can live with that." states nothing). */
    private static final int CONCEDED_AT_LEAST = 8;
    static final String CENTRAL = "central";
    static final String TAKEN_UP_BY_OTHERS = "taken-up-by-others";
    static final String CONTESTED = "contested";
    static final String PROPOSAL = "proposal";
    static final String NEW_FACT = "new-fact";
    static final String AGREED_ACROSS_GROUPS = "agreed-across-groups";
    /**
     * Words of the point an agreement restates that an earlier statement of the person agreed with must hold (and at
     * least two thirds of them) to be the point agreed with.
     */
    private static final int MIN_AGREED_WORDS = 2;
    private static final Pattern RESTATED = Pattern.compile("(?i)\\bthat\\b");
    /** An opening phrase on a bare demonstrative ("Alongside that, ...", "On top of this, ...") points back. */
    private static final Pattern LEADS_BACK = Pattern.compile(
            "(?i)^(?:[\\p{L}'-]+\\s+){1,4}(?:that|this|these|those|it)\\s*,");
    private static final Cue PROPOSAL_CUE = Lexicon.cue("proposal");
    private static final Cue FINDING = Lexicon.cue("finding");
    /** Subjects on the speaker's own side, whose past acts are an account of what they did. */
    private static final Set<String> OWN_SIDE = Set.of("we", "i");

    /** A takeaway and the sentences it rests on (the narrative quotes others). */
    record Takeaway(Claim claim, List<Integer> sentences) {
    }

    private TakeawaySelector() {
    }

    public static List<Claim> select(Discussion d, SentenceScorer scorer) {
        List<StatedConclusions.Point> conclusions = StatedConclusions.find(d);
        return pick(d, scorer, conclusions, RelationFinder.find(d, conclusions), QuestionFinder.find(d)).stream()
                .map(Takeaway::claim).toList();
    }

    /**
     * The takeaways, the session's own conclusions first, then the others in the order spoken. Outside a hearing,
     * the answers to the audience's questions are the audience round's, told there: the takeaways come from the
     * discussion.
     */
    static List<Takeaway> pick(Discussion d, SentenceScorer scorer, List<StatedConclusions.Point> conclusions,
                               RelationFinder.Relations relations, List<Question> questions) {
        // a takeaway is read without the transcript: "Henrik" is someone only to those who were there
        return chosen(d, scorer, conclusions, relations, questions).stream()
                .map(t -> new Takeaway(t.claim().withText(d.people().inFull(t.claim().text())), t.sentences()))
                .toList();
    }

    private static List<Takeaway> chosen(Discussion d, SentenceScorer scorer,
            List<StatedConclusions.Point> conclusions, RelationFinder.Relations relations, List<Question> questions) {
        List<Relation> disagreements = relations.disagreements();
        List<Takeaway> out = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        Set<Integer> answers = new HashSet<>();
        if (!d.readsAsHearing()) {
            questions.forEach(q -> q.answers().forEach(a -> a.evidence()
                    .forEach(e -> answers.add(RelationFinder.indexOf(d, e)))));
        }
        // the chair's or the rapporteur's summary is the session's, in the order said; then consensus; then the speakers' own key
        // messages, best first
        List<StatedConclusions.Point> own = new ArrayList<>();
        List<StatedConclusions.Point> consensus = new ArrayList<>();
        List<StatedConclusions.Point> messages = new ArrayList<>();
        for (StatedConclusions.Point p : conclusions) {
            (p.basis().equals(StatedConclusions.STATED_CONSENSUS) ? consensus
                    : d.people().speaksForSession(p.speaker()) ? own : messages).add(p);
        }
        messages.sort(Comparator.comparingDouble(p -> scorer.quotable(p.statement()) ? -scorer.score(p.statement())
                : 0));
        own.addAll(consensus);
        own.addAll(messages);
        int speakersOwn = 0;
        StatedConclusions.Point before = null;
        for (StatedConclusions.Point p : own) {
            if (out.size() >= LIMIT) {
                break;
            }
            // the speakers' own key messages leave a place for the rest of the session; the chair's summary not
            boolean chair = d.people().speaksForSession(p.speaker());
            if (!chair && p.basis().equals(StatedConclusions.CLOSING_SUMMARY) && speakersOwn >= LIMIT - 1) {
                continue;
            }
            speakersOwn += chair ? 0 : 1;
            // the items of a list said in one sentence share it: each is a point of its own
            boolean nextItem = before != null && before.statement() == p.statement() && before.cue() == p.cue();
            if (!nextItem && (taken.contains(p.statement()) || taken.stream().anyMatch(t -> scorer.similarity(t,
                    p.statement()) > 0.5))) {
                continue;
            }
            out.add(new Takeaway(conclusion(d, p), p.sentences()));
            taken.addAll(p.sentences());
            before = p;
        }
        int open = LIMIT - out.size();
        if (open == 0) {
            return out;
        }
        Set<Integer> unavailable = new HashSet<>(taken);
        unavailable.addAll(answers);
        List<Integer> central = central(d, scorer, unavailable);
        // each place goes to a voice not yet heard among the takeaways where one qualifies
        Set<String> heard = new HashSet<>();
        out.forEach(t -> heard.add(t.claim().speaker()));
        Relation contestedWith = null;
        Integer contested = null;
        for (Relation r : disagreements) {
            Integer at = contested(d, scorer, r, unavailable);
            if (at != null && (contested == null || better(d, scorer, heard, at, contested))) {
                contested = at;
                contestedWith = r;
            }
        }
        // the form's three: what converged (agreed with across stakeholder groups, else taken up across speakers
        // and groups), what stayed contested, and the main new fact or proposal; the central statements fill
        // what is left
        List<Integer> rest = new ArrayList<>();
        Map<Integer, List<String>> agreed = agreedAcrossGroups(d, scorer, relations.agreements(),
                unavailable);
        Integer converged = null;
        for (int i : agreed.keySet()) {
            if (converged == null || agreed.get(i).size() > agreed.get(converged).size()
                    || agreed.get(i).size() == agreed.get(converged).size() && better(d, scorer, heard, i, converged)) {
                converged = i;
            }
        }
        // else a point one voice conceded to another of another group, even in answer to the floor: what the
        // room came to agree on weighs more than a second point of a voice already heard
        Relation conceded = agreed.isEmpty() ? conceded(d, scorer, relations.agreements(), taken, heard) : null;
        int concededAt = conceded == null ? -1 : RelationFinder.indexOf(d, conceded.evidence().get(0));
        if (conceded != null) {
            converged = concededAt;
        }
        if (converged == null) {
            converged = central.stream().filter(i -> scorer.echoes(i) >= TAKEN_UP)
                    .min(Comparator.comparing((Integer i) -> heard.contains(d.sentence(i).speaker()))).orElse(null);
        }
        if (converged != null) {
            rest.add(converged);
            heard.add(d.sentence(converged).speaker());
        }
        Integer against = contested;
        if (against != null && rest.size() < open && rest.stream().noneMatch(r -> similar(scorer, r, against))) {
            rest.add(against);
            heard.add(d.sentence(against).speaker());
        }
        Integer news = rest.size() < open ? newFactOrProposal(d, scorer, unavailable, rest, heard) : null;
        if (news != null) {
            rest.add(news);
        }
        // the session as a whole, not its first quarter nor its loudest voice: first a new speaker in a part of
        // the session not yet covered, then a new speaker anywhere, then the best left; a chair frames and links,
        // so their own statements come only in the last round (their summary leads as a stated conclusion)
        for (int pass = 0; pass < 3; pass++) {
            for (int i : central) {
                if (rest.size() >= open) {
                    break;
                }
                List<Integer> chosen = new ArrayList<>(rest);
                chosen.addAll(taken);
                boolean newSpeaker = chosen.stream().noneMatch(c -> d.sentence(c).speaker()
                        .equals(d.sentence(i).speaker()));
                boolean newPart = chosen.stream().noneMatch(c -> part(d, c) == part(d, i));
                if (!rest.contains(i) && rest.stream().noneMatch(r -> scorer.similarity(r, i) > 0.5)
                        && (pass == 2 || newSpeaker && !d.people().chairs(d.sentence(i).speaker()))
                        && (pass >= 1 || newPart)) {
                    rest.add(i);
                }
            }
        }
        rest.sort(Integer::compare);
        for (int i : rest) {
            String basis = i == (contested == null ? -1 : contested) ? CONTESTED
                    : i == (news == null ? -1 : news) ? (proposes(d, i) ? PROPOSAL : NEW_FACT)
                    : agreed.containsKey(i) ? AGREED_ACROSS_GROUPS
                    : scorer.echoes(i) >= TAKEN_UP ? TAKEN_UP_BY_OTHERS : CENTRAL;
            Claim claim = statement(d, i, basis);
            if (conceded != null && i == concededAt) {
                claim = new Claim(concession(d, conceded, i), claim.speaker(), claim.evidence(), AGREED_ACROSS_GROUPS);
            }
            if (basis.equals(AGREED_ACROSS_GROUPS)) {
                // who agreed, where the form's length allows: the convergence is the point
                String with = Wording.closed(claim.text().replaceAll("[.]$", "") + "; " + String.join(" and ",
                        agreed.get(i).stream().map(p -> who(d, p)).toList()) + " agreed");
                if (Wording.words(with) <= MAX_WORDS) {
                    claim = new Claim(with, claim.speaker(), claim.evidence(), basis);
                }
            }
            if (basis.equals(CONTESTED) && contestedWith.with() != null) {
                claim = new Claim(disagreed(d, contestedWith, i), claim.speaker(), claim.evidence(), basis);
            }
            out.add(new Takeaway(claim, List.of(i)));
        }
        return out;
    }

    /** Whether {@code a} is a better pick than {@code b}: a voice not yet heard first, then the better score. */
    private static boolean better(Discussion d, SentenceScorer scorer, Set<String> heard, int a, int b) {
        boolean newA = !heard.contains(d.sentence(a).speaker());
        boolean newB = !heard.contains(d.sentence(b).speaker());
        return newA != newB ? newA : scorer.score(a) > scorer.score(b);
    }

    /**
     * The statements someone of another stakeholder group said they agreed with ("I agree with Ana that labels
     * must ..."), each with who agreed: the agreed speaker's earlier statement that shares most words with the
     * agreement, where it stands alone.
     */
    private static Map<Integer, List<String>> agreedAcrossGroups(Discussion d, SentenceScorer scorer,
                                                               List<Relation> agreements, Set<Integer> taken) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        for (Relation r : agreements) {
            String agreeing = d.group(r.speaker());
            String agreedWith = r.with() == null ? null : d.group(r.with());
            int at = RelationFinder.indexOf(d, r.evidence().get(0));
            if (agreeing == null || agreedWith == null || agreeing.equals(agreedWith) || at < 0) {
                continue;
            }
            // the point agreed with, as the agreement restates it: "I agree with Ana that <point>"
            Matcher that = RESTATED.matcher(r.text());
            Set<String> point = Terms.ofPlainText(that.find() ? r.text().substring(that.end()) : r.text());
            Integer best = null;
            int bestShared = Math.max(MIN_AGREED_WORDS, (2 * point.size() + 2) / 3);
            for (int j = 0; j < at; j++) {
                if (!d.sentence(j).speaker().equals(r.with()) || taken.contains(j)) {
                    continue;
                }
                int shared = Terms.shared(point, d.words(j));
                if (shared >= bestShared && standsAlone(d, scorer, j)) {
                    best = j;
                    bestShared = shared + 1;
                }
            }
            if (best != null && !out.computeIfAbsent(best, k -> new ArrayList<>()).contains(r.speaker())) {
                out.get(best).add(r.speaker());
            }
        }
        return out;
    }

    /**
     * The best agreement one voice made with another of another stakeholder group, said in a sentence that stands
     * alone and states the point ("The law already allows an exemption from fingerprints, …, but I agree our
     * officers do not always know that."), not one of the session's own conclusions, by a voice not yet among the
     * takeaways; a sentence opening on its agreement ("I agree with the Honourable Member: …") states the other's
     * point, not one of its own. Null where none.
     */
    private static Relation conceded(Discussion d, SentenceScorer scorer, List<Relation> agreements,
                                     Set<Integer> taken, Set<String> heard) {
        Relation best = null;
        int bestAt = -1;
        for (Relation r : agreements) {
            String agreeing = d.group(r.speaker());
            String agreedWith = r.with() == null ? null : d.group(r.with());
            int at = RelationFinder.indexOf(d, r.evidence().get(0));
            if (agreeing == null || agreedWith == null || agreeing.equals(agreedWith) || at < 0 || taken.contains(at)
                    || heard.contains(r.speaker()) || !standsAlone(d, scorer, at)
                    || !d.told(at).equals(List.of(at))) {
                continue;
            }
            String clause = d.clause(at);
            if (AGREEING.matcher(clause).lookingAt() || Wording.words(clause) < CONCEDED_AT_LEAST
                    || Wording.words(concession(d, r, at)) > MAX_WORDS) {
                continue;
            }
            if (best == null || scorer.score(at) > scorer.score(bestAt)) {
                best = r;
                bestAt = at;
            }
        }
        return best;
    }

    /** "X disagreed with Y, arguing that ...": who held which side, where {@code r} names the other side. */
    private static String disagreed(Discussion d, Relation r, int i) {
        String clause = d.clause(i);
        String disagreed = who(d, d.sentence(i).speaker()) + " disagreed with " + r.with();
        return Wording.speaksAsSpeaker(clause) ? disagreed + ": \u201c" + Wording.closed(clause) + "\u201d"
                : Wording.closed(Wording.reported(disagreed + ",", "arguing",
                        fitted(disagreed + ", arguing", clause, d.sentence(i)), d.sentence(i)));
    }

    /** "X (group) agreed with Y: “…”": the agreement is the point, in the words that made it. */
    private static String concession(Discussion d, Relation r, int at) {
        return who(d, r.speaker()) + " agreed with " + r.with() + ": \u201c"
                + Wording.closed(d.clause(at)) + "\u201d";
    }

    private static boolean similar(SentenceScorer scorer, int a, int b) {
        return a == b || scorer.similarity(a, b) > 0.5;
    }

    /**
     * The main new fact or proposal: the best statement standing alone that proposes ("we propose ...", "our
     * recommendation is ...") or states a figure as a finding ("our survey found that six in ten ..."), a point
     * others took up counting more than one voice.
     */
    private static Integer newFactOrProposal(Discussion d, SentenceScorer scorer, Set<Integer> taken,
                                             List<Integer> chosen, Set<String> heard) {
        Integer best = null;
        double bestWorth = 0;
        boolean bestHeard = true;
        for (int i = 0; i < d.size(); i++) {
            if (taken.contains(i) || !(proposes(d, i) || statesAFigure(d, i)) || !standsAlone(d, scorer, i)) {
                continue;
            }
            int at = i;
            if (chosen.stream().anyMatch(c -> similar(scorer, c, at))) {
                continue;
            }
            double worth = scorer.score(i) * scorer.voice(i) * ownVoice(d, i) + ECHO * scorer.echoes(i);
            boolean wasHeard = heard.contains(d.sentence(i).speaker());
            if (best == null || bestHeard && !wasHeard || bestHeard == wasHeard && worth > bestWorth) {
                best = i;
                bestWorth = worth;
                bestHeard = wasHeard;
            }
        }
        return best;
    }

    private static boolean proposes(Discussion d, int i) {
        return PROPOSAL_CUE.find(d.sentence(i).text());
    }

    /** A figure reported as found ("the audit found 40 of 200 cameras ..."): a number and a finding verb. */
    private static boolean statesAFigure(Discussion d, int i) {
        Sentence s = d.sentence(i);
        return FINDING.find(s.text()) && s.tokens().stream().anyMatch(t -> t.pos().equals("CD"));
    }

    /** Which third of the session a sentence falls in: early 0, middle 1, late 2. */
    private static int part(Discussion d, int i) {
        return Math.min(PARTS - 1, (int) (PARTS * d.position(i)));
    }

    /** The central statements not yet taken, best first (MMR over a shortlist). */
    private static List<Integer> central(Discussion d, SentenceScorer scorer, Set<Integer> taken) {
        List<Integer> candidates = new ArrayList<>();
        Map<Integer, Double> base = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            if (standsAlone(d, scorer, i) && !taken.contains(i)) {
                // a takeaway is read on its own: a long sentence buries its point
                double length = Math.min(1.0, (double) CONCISE / d.sentence(i).wordCount());
                base.put(i, scorer.score(i) * scorer.voice(i) * length * ownVoice(d, i));
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer i) -> -base.get(i)));
        List<Integer> shortlist = candidates.subList(0, Math.min(SHORTLIST, candidates.size()));
        Map<Integer, Double> relevance = new HashMap<>();
        for (int i : shortlist) {
            double r = base.get(i) + ECHO * scorer.echoes(i) + (d.inClosingRound(i) ? 0.15 : 0);
            relevance.put(i, r);
        }
        // enough non-redundant candidates for the spread over speakers and parts of the session to choose from
        return Mmr.select(shortlist, relevance::get, scorer::similarity, SPREAD_CANDIDATES, 0.7, 0.5);
    }

    /**
     * What stayed contested in an unsettled disagreement: the best statement that stands alone in the disagreeing
     * turn from the disagreement on, other than the words saying so ("I'm not sure I share ...").
     */
    private static Integer contested(Discussion d, SentenceScorer scorer, Relation r, Set<Integer> taken) {
        if (r.resolution() != null) {
            return null;
        }
        int at = RelationFinder.indexOf(d, r.evidence().get(0));
        Integer best = null;
        for (int j = Math.max(at, 0); at >= 0 && j < d.size() && d.sentence(j).turn() == d.sentence(at).turn(); j++) {
            if (standsAlone(d, scorer, j) && !taken.contains(j) && !DISAGREEING.matcher(d.sentence(j).text())
                    .find() && (r.with() == null || Wording.words(disagreed(d, r, j)) <= MAX_WORDS)
                    && (best == null || scorer.score(j) > scorer.score(best))) {
                best = j;
            }
        }
        return best;
    }

    /**
     * What a statement in its speaker's own voice ("we", "I", "you") is worth beside one the report can word in the
     * third person: it can only be quoted, so a statement without one is preferred.
     */
    private static double ownVoice(Discussion d, int i) {
        String text = d.sentence(i).text();
        // the clause is worded only where the sentence holds a personal word at all
        return Wording.speaksAsSpeaker(text) && Wording.speaksAsSpeaker(d.clause(i)) ? OWN_VOICE : 1;
    }

    /** A statement a reader understands without the transcript, short enough for the form. */
    static boolean standsAlone(Discussion d, SentenceScorer scorer, int i) {
        String text = d.sentence(i).text();
        if (!scorer.quotable(i) || !d.sentence(i).hasFiniteVerb() || SentenceScorer.backReference(text)) {
            return false;
        }
        // what is left once "I think" goes must stand too: "I think I mentioned before ..." points back, "Security
        // updates, and telling the consumer ..." is a fragment, "Build on ..." an instruction
        String clause = d.clause(i);
        return !SentenceScorer.backReference(clause) && !LEADS_BACK.matcher(clause).find()
                && !Wording.opensOnBaseVerb(d.sentence(i), clause)
                && !OPEN_QUESTION.find(text) && !reportsAnAction(d.sentence(i), clause)
                && !SECOND_PERSON.find(text) && (d.sentence(i).wordCount() <= MAX_WORDS
                || Wording.words(clause) <= MAX_WORDS)
                // the form's limit holds for the text shown, its speaker named
                && fitsTheForm(d, i);
    }

    /**
     * Whether the statement shown keeps the form's limit, its speaker named; worded only where it might not, as
     * "X (group) argued that …" and "X called on Y to …" add three words at most to the speaker's name and the
     * sentence's own (this is asked of every sentence of the session).
     */
    private static boolean fitsTheForm(Discussion d, int i) {
        int named = Wording.words(who(d, d.sentence(i).speaker()));
        return named + 3 + Wording.words(d.sentence(i).text()) <= MAX_WORDS
                || Wording.words(statement(d, i, CENTRAL).text()) <= MAX_WORDS;
    }

    /**
     * "We have written to all vice-chancellors", "I met the minister last week": the speaker's side telling what it
     * did, in the past or the present perfect, is an account, not a conclusion ("We have a problem", "I have been
     * clear" are not, nor "we found that ...", which reports what the act showed).
     */
    static boolean reportsAnAction(Sentence s, String clause) {
        String first = clause.split("[\\s,;:]+", 2)[0].toLowerCase(Locale.ROOT);
        // "we found that ...", "we have learned that ...": what the act showed is a finding
        if (!OWN_SIDE.contains(first) || FINDING.find(clause)) {
            return false;
        }
        List<Token> tokens = s.tokens();
        int k = 0;
        while (k < tokens.size() && !tokens.get(k).word().equalsIgnoreCase(first)) {
            k++;
        }
        for (k++; k < tokens.size() && tokens.get(k).pos().startsWith("RB"); k++) {
            // "we already wrote", "we have now asked"
        }
        if (k >= tokens.size()) {
            return false;
        }
        Token verb = tokens.get(k);
        if (!verb.pos().equals("VBD")) {
            if (!"have".equals(verb.lemma())) {
                return false;
            }
            for (k++; k < tokens.size() && tokens.get(k).pos().startsWith("RB"); k++) {
                // "we have already written"
            }
            if (k >= tokens.size() || !tokens.get(k).pos().equals("VBN")) {
                return false;
            }
        }
        // "we learned that ...": what the act taught is a finding
        boolean clauseFollows = k + 1 < tokens.size() && tokens.get(k + 1).word().equalsIgnoreCase("that");
        return !"be".equals(tokens.get(k).lemma()) && !clauseFollows;
    }

    /** A speaker's statement in the third person: "Ana Ruiz (Civil Society) argued that ...". */
    static Claim statement(Discussion d, int i, String basis) {
        Sentence s = d.sentence(i);
        String text = Wording.calledOn(who(d, s.speaker()), s.text());
        if (text == null) {
            String verb = basis.equals(CONTESTED) ? "objected" : basis.equals(PROPOSAL) ? "proposed"
                    : basis.equals(NEW_FACT) ? "reported" : "argued";
            String clause = d.clause(i);
            // "X argued that we ..." puts the speaker's "we" in the report's mouth: their words, quoted
            text = Wording.speaksAsSpeaker(clause) ? who(d, s.speaker()) + " " + verb + ": \u201c"
                    + Wording.closed(fitted(who(d, s.speaker()) + " " + verb, clause, s)) + "\u201d"
                    : Wording.reported(who(d, s.speaker()), verb, fitted(who(d, s.speaker()) + " " + verb, clause, s), s);
        }
        text = Wording.closed(text);
        return new Claim(text, s.speaker(), List.of(s.evidence()), basis);
    }

    /**
     * A point the session made about itself. A summary item reads as the statement it is, unless it speaks for its
     * speaker alone; stated consensus reads as the participants' agreement.
     */
    static Claim conclusion(Discussion d, StatedConclusions.Point p) {
        Sentence cue = d.sentence(p.cue());
        Sentence statement = d.sentence(p.statement());
        String content = Wording.closed(p.content());
        String text;
        boolean consensus = p.basis().equals(StatedConclusions.STATED_CONSENSUS);
        if (consensus && content.matches("(?i)^(on|about|around)\\s.*")) {
            text = "Participants agreed " + content;
        } else if (Wording.speaksAsSpeaker(content)) {
            // "X concluded that we are at a turning point" reads as the report's "we": the speaker's words, quoted,
            // within the form's length by what their commas set apart, marked
            String lead = consensus ? "Participants agreed" : who(d, p.speaker()) + " concluded";
            String said = fitted(lead, p.quote(), statement);
            boolean fits = Wording.words(lead) + Wording.words(said) <= MAX_WORDS;
            String head = fits ? null : Wording.longestWithin(said, MAX_WORDS - Wording.words(lead));
            // past the form's length a quotation is cut at a clause break, the cut marked, else as any point is
            text = lead + ": \u201c" + (head != null ? head + " \u2026" : fits ? Wording.closed(said)
                    : Wording.shortened(said, MAX_WORDS - Wording.words(lead))) + "\u201d";
        } else if (consensus) {
            text = Wording.reported("Participants", "agreed", fittedAlways("Participants agreed", content, statement),
                    statement);
        } else if (!d.people().speaksForSession(p.speaker())) {
            // a speaker's key message is theirs; the chair's or the rapporteur's summary is the session's
            String who = who(d, p.speaker());
            text = Wording.reported(who, "concluded", fittedAlways(who + " concluded", content, statement), statement);
        } else {
            text = Wording.capitalised(Wording.closed(fittedAlways("", content, statement)));
        }
        List<Evidence> evidence = p.cue() == p.statement() ? List.of(cue.evidence())
                : List.of(cue.evidence(), statement.evidence());
        return new Claim(text, p.speaker(), evidence, p.basis());
    }

    /**
     * A clause that, told after {@code lead} ("Ana Ruiz (Civil Society) argued that"), keeps the takeaway within
     * {@link #MAX_WORDS} words: as it is where it fits, else without what its commas set apart and states nothing
     * (", including grain, potash and coal,"; in a quotation marked "…"), else, outside a quotation, cut before a
     * reason or relative clause its comma sets apart
     * (", who pay them double"; the evidence keeps every word), else before a contrast so set apart (", while …");
     * as it is where none fits, as a clause without its
     * comma ("a route for people | who cannot authenticate") says what it is about.
     */
    private static String fitted(String lead, String clause, Sentence s) {
        String c = clause.strip();
        boolean quoted = Wording.quotes(c, s);
        // "X argued that …" or "X argued: “…”"
        int most = MAX_WORDS - Wording.words(quoted ? lead : lead + " that");
        String compressed = Wording.words(c) <= most ? c : Wording.compressed(c, s, most, quoted);
        if (compressed != null || quoted) {
            // a quotation is never cut short unmarked
            return compressed == null ? c : compressed;
        }
        String cut = Wording.within(c, most);
        if (cut != null && COMMA_CUT.matcher(c.substring(cut.length())).lookingAt()) {
            return cut;
        }
        // the form's limit holds: last, a contrast set apart goes, kept in the evidence
        String contrast = Wording.beforeContrast(c, most);
        return contrast != null ? contrast : c;
    }

    /**
     * A point the session made about itself leads the takeaways whatever its length, so the form's limit holds for
     * it always: past every cut {@link #fitted} knows, the statement a colon opens on ("The bottleneck is ships and
     * permits, not technology: …"), else the longest head within it, the cut marked; the evidence keeps every word.
     */
    private static String fittedAlways(String lead, String clause, Sentence s) {
        String fitted = fitted(lead, clause, s);
        int most = MAX_WORDS - Wording.words(lead.isEmpty() || Wording.quotes(fitted, s) ? lead : lead + " that");
        return Wording.words(fitted) <= most ? fitted : Wording.shortened(fitted, most);
    }

    /** A speaker as the report names them: with their stakeholder group where known. */
    static String who(Discussion d, String speaker) {
        String group = d.group(speaker);
        return group == null ? speaker : speaker + " (" + group + ")";
    }
}
