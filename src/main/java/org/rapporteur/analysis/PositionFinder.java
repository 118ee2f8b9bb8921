package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Person;
import org.rapporteur.model.Position;
import org.rapporteur.model.Role;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.Sentence;

/**
 * Positions: for each speaker who said something of substance, their own points — quotable statements (never
 * questions, greetings or procedure), put in the third person under their name, best scored first. A speaker gets
 * one point per theme they spoke to (a policy question of the session page, or else a topic segment), at least two
 * and at most six, and more the more they said; where they came back to a point's theme in later turns, those
 * turns are cited under it too, so a main witness's whole contribution is traceable and no quote is cited twice.
 * Speakers are ordered by words spoken. In a hearing the chair has no position, and a member fewer points than a
 * witness.
 */
public final class PositionFinder {

    private static final Cue STATED_PURPOSE = Lexicon.cue("stated-purpose");
    private static final Cue CHAIR_RECAP = Lexicon.cue("chair-recap");
    private static final Cue QUESTION_LEAD_IN = Lexicon.cue("question-lead-in");
    private static final Cue OWN_QUESTION = Lexicon.cue("own-question");
    /** The chair's plan for the session ("I'm going to start with the second one"): running it, not a view. */
    private static final Cue CHAIR_PLAN = Lexicon.cue("chair-plan");
    private static final Cue VOTE_CALL = Lexicon.cue("vote-call");
    private static final Cue INDIRECT_QUESTION = Lexicon.cue("indirect-question");
    /** A follow-up announced: the chair's announcement runs the session. */
    private static final Cue NEXT_STEP = Lexicon.cue("next-step");
    /** A numbered item of the document discussed ("recommendation two"). */
    private static final Cue NUMBERED_ITEM = Lexicon.cue("numbered-item");
    /** Words before a numbered item for a sentence still to open on it ("And recommendation three, …"). */
    private static final int ITEM_OPENING_WORDS = 2;
    /** A point praised, a group sent off, a poll read out: a chair's, chairing. */
    private static final Cue PRAISE = Lexicon.cue("praise");
    private static final Cue GROUP = Lexicon.cue("group-label");
    private static final Cue POLL_READING = Lexicon.cue("poll-reading");
    private static final Set<String> REPORTING_VERBS = Lexicon.words("reporting-verb");
    /** Words of the names before a reporting verb ("Wanjiku and Hannah want …"), at most. */
    private static final int REPORTED_NAME_WORDS = 4;
    private static final Cue SECOND_PERSON = Lexicon.cue("second-person");
    private static final Cue FIRST_PERSON = Lexicon.cue("first-person");
    private static final Cue AGREEING = Lexicon.cue("agreement");
    private static final Cue DISAGREEING = Lexicon.cue("disagreement");
    static final int MIN_POINTS = 2;
    /** Sentences a chair's recap of the room runs on with after its cue. */
    private static final int RECAP_RUNS_ON = 2;
    static final int MAX_POINTS = 6;
    /**
     * A hearing's member puts questions; what they state is the evidence their questions rest on, so they get fewer
     * points than the witnesses who answer, and none for the number of turns they asked in.
     */
    static final int MEMBER_MAX_POINTS = 4;
    /** Points a speaker's distinct turns earn, up to this many; more come only from themes and words spoken. */
    private static final int POINTS_BY_TURNS = 4;
    /** Spoken words that earn a speaker one point: a main witness of a long hearing gets more than a questioner. */
    private static final int WORDS_PER_POINT = 400;
    /**
     * The sentences an opening statement (or a presentation) is summarised by, in order of preference: its thesis,
     * a view, anything but a dated or counted fact, any.
     */
    private static final Cue STATED_THESIS = Lexicon.cue("stated-thesis");
    /** What may come between a thesis cue and its statement: "for today", then "is (that)" or a colon. */
    private static final Pattern THESIS_INTRODUCED = Pattern.compile("(?i)(?:\\s+[^\\s:,.]+){0,4}?\\s*(?::|\\bis\\b"
            + "(?:\\s+that\\b)?)");
    private static final Pattern SAID_IS = Pattern.compile("(?i)\\s*(?::|\\bthat\\b)?");
    /** The fewest words a thesis cue's statement has. */
    private static final int THESIS_WORDS = 4;
    static final List<Predicate<Sentence>> OPENING_KINDS = List.of(SentenceScorer::argues,
            s -> SentenceScorer.claims(s) && !SentenceScorer.datedOrCounted(s), s -> !SentenceScorer.datedOrCounted(s),
            s -> true);

    /** A first turn this long is the speaker's opening statement; its best point summarises it. */
    static final int OPENING_STATEMENT_WORDS = 80;
    static final String OPENING_STATEMENT = "opening-statement";
    /** What the longest turn of a speaker adds to the worth of its sentences as points. */
    private static final double LONG_TURN = 1.0;
    /** Further turns a point is cited at, besides its own. */
    static final int RETURNS = 6;
    /** Overlap of content words that makes a sentence anywhere in the speaker's talk a restatement of a point. */
    private static final double RESTATED = 0.3;
    /** What speaking on the point's theme adds to a turn's closeness to it, when turns compete for a point. */
    private static final double RETURNED = 0.1;
    /** How close to a policy question a sentence must be to speak to it rather than to its topic segment. */
    private static final double ON_QUESTION = 0.15;
    /** How many other turns (at most) where a point was made again add to its worth, and by how much each. */
    private static final int RECURRENCES = 2;
    private static final double RECURRENCE = 0.3;
    /** Share of a poll question's words a chair's sentence holds when it reads that question out. */
    static final double POLL_WORDS_READ = 0.7;

    private PositionFinder() {
    }

    public static List<Position> find(Discussion d, SentenceScorer scorer) {
        return find(d, scorer, StatedConclusions.find(d));
    }

    /**
     * Whether sentence {@code i} is a chair's recap of the room: the recap's cue ("So what I'm hearing is …") or one
     * of the {@link #RECAP_RUNS_ON} sentences of its turn after it, up to a question ("There is agreement on that.
     * Where we are not yet agreed is …").
     */
    private static boolean recaps(Discussion d, int i) {
        for (int k = i; k >= 0 && k >= i - RECAP_RUNS_ON && d.sentence(k).turn() == d.sentence(i).turn(); k--) {
            if (k < i && d.sentence(k).isQuestion()) {
                return false;
            }
            if (CHAIR_RECAP.find(d.sentence(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The positions, where a chair's or the rapporteur's closing summary ({@code conclusions}), and a chair's recap
     * before moving on, tell what the room said and are no view of theirs.
     */
    static List<Position> find(Discussion d, SentenceScorer scorer, List<StatedConclusions.Point> conclusions) {
        Set<Integer> summed = StatedConclusions.chairsSummary(d, conclusions);
        Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>();
        List<Set<String>> pollQuestions = d.session().polls().stream()
                .map(p -> Terms.ofPlainText(p.question() == null ? "" : p.question())).toList();
        for (int i = 0; i < d.size(); i++) {
            // the session's question or agenda as its chair states it frames the session, a poll's question read
            // out or put to a show of hands asks the room, what the chair says to someone or reports them asking runs
            // it, and their closing summary tells the room's views: no view of theirs
            boolean chairs = d.people().chairs(d.sentence(i).speaker());
            boolean frames = summed.contains(i) || chairs && (recaps(d, i)
                    || STATED_PURPOSE.find(d.sentence(i).text()) || d.agenda().readsOut(i, -1)
                    || CHAIR_PLAN.find(d.sentence(i).text())
                    || readsPollQuestion(d.sentence(i).text(), pollQuestions) || putToVote(d, i) || moderates(d, i)
                    || NEXT_STEP.find(d.sentence(i).text()) || runsTheRoom(d, i));
            if (scorer.quotable(i) && !frames && !reportsAnother(d, i) && !leadsIntoQuestion(d, i)) {
                bySpeaker.computeIfAbsent(d.sentence(i).speaker(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Integer> words = new HashMap<>();
        for (Turn t : d.session().turns()) {
            words.merge(t.speaker(), t.words(), Integer::sum);
        }
        Map<String, Role> inHearing = new HashMap<>();
        for (Person p : HearingRoles.assign(d, d.people().all())) {
            if (p.hearingRole() != null) {
                inHearing.put(p.name(), p.hearingRole());
            }
        }
        List<Position> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : bySpeaker.entrySet()) {
            // a hearing's chair runs it, as a clerk runs any session: their turns are procedure, not a position;
            // a rapporteur's tell what the session said
            if (e.getValue().size() < MIN_POINTS || d.readsAsHearing() && d.people().chairs(e.getKey())
                    || d.people().runsOrReports(e.getKey())) {
                continue;
            }
            Map<Integer, List<Integer>> told = new HashMap<>();
            e.getValue().forEach(i -> told.put(i, d.told(i)));
            Points chosen = points(d, scorer, e.getValue(), told, words.getOrDefault(e.getKey(), 0),
                    inHearing.get(e.getKey()) == Role.MEMBER);
            List<Integer> picked = chosen.picked();
            Map<Integer, List<Integer>> returns = returns(d, scorer, picked, e.getValue());
            List<Claim> points = new ArrayList<>();
            for (int i : picked) {
                List<Evidence> evidence = new ArrayList<>();
                told.get(i).forEach(j -> evidence.add(d.sentence(j).evidence()));
                returns.get(i).forEach(j -> evidence.add(d.sentence(j).evidence()));
                // another point from the opening turn, a fact say, is said there, not the statement's summary
                boolean fromOpening = i == chosen.summary();
                String verb = fromOpening ? "opened by saying" : "said";
                String text = Wording.closed(told.get(i).size() > 1 ? Wording.quoted(e.getKey(), verb,
                        told.get(i).stream().map(d::sentence).toList())
                        : Wording.reported(e.getKey(), verb, d.clause(i), d.sentence(i)));
                points.add(new Claim(text, e.getKey(), evidence, fromOpening ? OPENING_STATEMENT : null,
                        told.get(i).size()));
            }
            out.add(new Position(e.getKey(), d.group(e.getKey()), points));
        }
        out.sort(Comparator.comparingInt((Position p) -> -words.getOrDefault(p.speaker(), 0)));
        return out;
    }

    /**
     * Whether a sentence is a statement the chair puts to the room's vote, with or without a poll tool: one of the
     * next two sentences of the turn asks for hands or a meeting tool's buttons ("Here is the statement: every
     * country should …" then "Raise your hand if you agree").
     */
    private static boolean putToVote(Discussion d, int i) {
        Sentence s = d.sentence(i);
        for (int j = i + 1; j <= i + 2 && j < d.size(); j++) {
            if (d.sentence(j).turn() != s.turn()) {
                return false;
            }
            if (VOTE_CALL.find(d.sentence(j).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence repeats a poll's question ("The first question is whether you trust your country's digital
     * ID system with your data."): it holds at least {@value #POLL_WORDS_READ} of the question's words, and at
     * least three.
     */
    static boolean readsPollQuestion(String sentence, List<Set<String>> pollQuestions) {
        Set<String> said = null;
        for (Set<String> question : pollQuestions) {
            if (question.size() >= 3) {
                said = said == null ? Terms.ofPlainText(sentence) : said;
                if (Terms.shared(question, said) >= POLL_WORDS_READ * question.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The speaker's best points, the opening statement's summary first, the rest in the order spoken. First the best
     * sentence on each theme the speaker spoke to, the themes they said most on first; then, while the speaker has
     * earned more, the best of the rest. A speaker sets out a view in their long turns, so a sentence's worth grows
     * with the length of its turn; each point
     * comes from another turn where the speaker has several, and a point in a stretch of the speaker's talk, a
     * topic segment or a policy question not yet covered is preferred.
     */
    static Points points(Discussion d, SentenceScorer scorer, List<Integer> own,
                  Map<Integer, List<Integer>> told, int spokenWords, boolean member) {
        Map<Integer, Integer> turnWords = new LinkedHashMap<>();
        for (int i : own) {
            turnWords.computeIfAbsent(d.sentence(i).turn().index(), k -> d.sentence(i).turn().words());
        }
        Map<Integer, List<Integer>> themes = new LinkedHashMap<>();
        Map<Integer, Integer> themeWords = new HashMap<>();
        for (int i : own) {
            int theme = theme(d, scorer, i);
            themes.computeIfAbsent(theme, k -> new ArrayList<>()).add(i);
            themeWords.merge(theme, d.sentence(i).wordCount(), Integer::sum);
        }
        int longest = turnWords.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        Set<Integer> statement = openingTurns(d, d.sentence(own.get(0)).speaker());
        // a hearing's member whose long first turn puts a question set that question up: no statement of theirs
        Set<Integer> opening = member && asks(d, statement) ? Set.of() : statement;
        List<Integer> openingStatement = own.stream().filter(i -> opening.contains(d.sentence(i).turn().index()))
                .toList();
        // a member's turns count their questions, not what they contributed
        int byTurns = member ? 0 : Math.min(POINTS_BY_TURNS, turnWords.size());
        int earned = Math.max(themes.size() + (openingStatement.isEmpty() ? 0 : 1), Math.max(byTurns,
                Math.round((float) spokenWords / WORDS_PER_POINT)));
        int wanted = Math.max(MIN_POINTS, Math.min(member ? MEMBER_MAX_POINTS : MAX_POINTS, earned));
        Map<Integer, Integer> stretch = stretches(turnWords, wanted);
        Map<Integer, Double> score = new HashMap<>();
        for (int i : own) {
            int words = turnWords.get(d.sentence(i).turn().index());
            // a view the speaker came back to in other turns is more of their position than a passing remark
            int recurrences = recurrences(d, scorer, i, own);
            score.put(i, scorer.score(i) + 0.5 * scorer.policyQuestionSimilarity(i) + LONG_TURN * words / longest
                    + RECURRENCE * recurrences);
        }
        List<Integer> picked = new ArrayList<>();
        // the opening statement, which touches every theme, is summarised once, by the thesis it argues where it
        // states one (a fact or an announcement is no thesis); the themes come from the answers
        Integer summary = thesis(d, openingStatement,
                i -> next(d, scorer, List.of(i), told, picked, score, stretch, false) != null,
                ofKind -> next(d, scorer, ofKind, told, picked, score, stretch, false));
        if (summary != null) {
            picked.add(summary);
        }
        List<Integer> byWords = new ArrayList<>(themes.keySet());
        byWords.sort(Comparator.comparingInt((Integer t) -> -themeWords.get(t)));
        for (int t : byWords.subList(0, Math.min(wanted - picked.size(), byWords.size()))) {
            Integer best = next(d, scorer, themes.get(t), told, picked, score, stretch, true);
            if (best == null) {
                best = next(d, scorer, themes.get(t), told, picked, score, stretch, false);
            }
            if (best != null) {
                picked.add(best);
            }
        }
        while (picked.size() < wanted) {
            Integer best = next(d, scorer, own, told, picked, score, stretch, true);
            if (best == null) {
                best = next(d, scorer, own, told, picked, score, stretch, false);
            }
            if (best == null) {
                break;
            }
            picked.add(best);
        }
        picked.sort(Integer::compare);
        if (summary != null) {
            // the presentation summary leads, as in the IGF template; a fact from the same statement follows it
            picked.remove(summary);
            picked.add(0, summary);
        }
        return new Points(picked, summary == null ? -1 : summary);
    }

    /**
     * The sentence a statement (an opening statement, a presentation) is summarised by: of the first kind of {@link
     * #OPENING_KINDS} it holds a {@code fit} sentence of, the thesis it builds to (the last of that kind it states),
     * else the {@code best} of that kind; null where no sentence is fit. A reply ({@link #replies}) is what the
     * speaker makes of someone else's view, not their own: of any kind but the last, never the summary.
     */
    static Integer thesis(Discussion d, List<Integer> statement, IntPredicate fit,
                          Function<List<Integer>, Integer> best) {
        for (int i : statement) {
            // "The headline is: …": the speaker says which sentence is their point
            if (statesThesis(d.sentence(i).text()) && fit.test(i) && !replies(d, i)) {
                return i;
            }
        }
        for (Predicate<Sentence> kind : OPENING_KINDS) {
            boolean last = kind == OPENING_KINDS.get(OPENING_KINDS.size() - 1);
            List<Integer> ofKind = statement.stream().filter(i -> fit.test(i) && kind.test(d.sentence(i))
                    && (last || !replies(d, i))).toList();
            Integer thesis = kind == OPENING_KINDS.get(0) && !ofKind.isEmpty() ? ofKind.get(ofKind.size() - 1)
                    : best.apply(ofKind);
            if (thesis != null) {
                return thesis;
            }
        }
        return null;
    }

    /**
     * Whether a sentence names itself its speaker's main point ("The headline is: the systems grow faster …", "So my
     * main point for today: we need …"): a statement of {@value #THESIS_WORDS} words at least follows the cue after
     * "is" or a colon; "This is my main point, really." points back and states none.
     */
    static boolean statesThesis(String text) {
        if (!STATED_THESIS.mayHold(text)) {
            return false;
        }
        Matcher cue = STATED_THESIS.matcher(text);
        while (cue.find()) {
            // a cue ending on "is" ("the headline is") has introduced its statement already
            Matcher introduced = (cue.group().toLowerCase(Locale.ROOT).endsWith(" is") ? SAID_IS : THESIS_INTRODUCED)
                    .matcher(text.substring(cue.end()));
            if (introduced.lookingAt() && Wording.words(text.substring(cue.end() + introduced.end())) >= THESIS_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence replies to someone: it names a person who spoke ("I agree with Honourable Odhiambo that
     * …"; a working group listed among the participants is no one to reply to), or agrees or disagrees with whoever
     * it means, by name, title or role ("I agree with the Honourable Member from New Zealand", "Where I would push
     * back a little is on the idea that …").
     */
    static boolean replies(Discussion d, int i) {
        Sentence s = d.sentence(i);
        return d.people().mentionedAll(s.text()).stream().anyMatch(p -> !p.equals(s.speaker()) && d.spoke(p))
                || AGREEING.find(s.text())
                || DISAGREEING.find(s.text());
    }

    /**
     * A speaker's points, the summary of their opening statement first and the rest in the order spoken, and which
     * of them is that summary (-1: none).
     */
    record Points(List<Integer> picked, int summary) {
    }

    /**
     * The theme a sentence speaks to: the session page's policy question it is closest to, numbered from 0, or
     * else its topic segment, numbered after the questions.
     */
    static int theme(Discussion d, SentenceScorer scorer, int i) {
        int q = scorer.closestPolicyQuestion(i);
        return q >= 0 && scorer.policyQuestionSimilarity(i) >= ON_QUESTION ? q
                : scorer.policyQuestionCount() + d.segmentOf(i).number();
    }

    /**
     * The best next point, from a turn not cited yet when {@code otherTurn}; null when none is left. A point is a
     * sentence a reader understands as told (alone or fused, {@link SelfContained}), never one fused into another.
     */
    private static Integer next(Discussion d, SentenceScorer scorer, List<Integer> own,
                                Map<Integer, List<Integer>> told, List<Integer> picked, Map<Integer, Double> score,
                                Map<Integer, Integer> stretch, boolean otherTurn) {
        Integer best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i : own) {
            if (told.get(i).isEmpty() || picked.contains(i)
                    || picked.stream().anyMatch(p -> told.get(p).contains(i) || told.get(i).contains(p))
                    || picked.stream().anyMatch(p -> scorer.similarity(p, i) > 0.4)
                    || otherTurn && picked.stream().anyMatch(p -> sameTurn(d, p, i))) {
                continue;
            }
            double s = score.get(i);
            int turn = d.sentence(i).turn().index();
            if (picked.stream().anyMatch(p -> stretch.get(d.sentence(p).turn().index()).equals(stretch.get(turn)))) {
                s *= 0.8;
            }
            if (picked.stream().anyMatch(p -> d.segmentOf(p).number() == d.segmentOf(i).number())) {
                s *= 0.8;
            }
            int topic = scorer.closestPolicyQuestion(i);
            if (topic >= 0 && picked.stream().anyMatch(p -> scorer.closestPolicyQuestion(p) == topic)) {
                s *= 0.7;
            }
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    /**
     * Where else the speaker made each point: for every turn of theirs that holds no point, its sentence closest to
     * one of the points, cited under that point when it restates it (anywhere in the session) or speaks to its
     * theme, so the rapporteur sees what the speaker said on it; at most {@link #RETURNS} turns per point, the
     * closest first, each turn under one point only, so no quote is cited twice.
     */
    static Map<Integer, List<Integer>> returns(Discussion d, SentenceScorer scorer, List<Integer> picked,
                                               List<Integer> own) {
        Set<Integer> pointTurns = new HashSet<>();
        picked.forEach(p -> pointTurns.add(d.sentence(p).turn().index()));
        Map<Integer, Integer> themeOf = new HashMap<>();
        picked.forEach(p -> themeOf.put(p, theme(d, scorer, p)));
        // per other turn: the closest (point, sentence) pair that qualifies, as {closeness, point, sentence}
        Map<Integer, double[]> closest = new LinkedHashMap<>();
        for (int j : own) {
            int turn = d.sentence(j).turn().index();
            // thanks, however long, are no evidence of a view
            if (pointTurns.contains(turn) || SpokenText.isThanks(d.sentence(j).text())) {
                continue;
            }
            int theme = theme(d, scorer, j);
            for (int p : picked) {
                double sim = scorer.similarity(p, j);
                boolean sameTheme = themeOf.get(p) == theme;
                if (sim >= RESTATED || sameTheme) {
                    double closeness = sim + (sameTheme ? RETURNED : 0);
                    double[] was = closest.get(turn);
                    if (was == null || closeness > was[0]) {
                        closest.put(turn, new double[] {closeness, p, j});
                    }
                }
            }
        }
        List<double[]> pairs = new ArrayList<>(closest.values());
        pairs.sort(Comparator.comparingDouble((double[] c) -> -c[0]));
        Map<Integer, List<Integer>> out = new HashMap<>();
        picked.forEach(p -> out.put(p, new ArrayList<>()));
        for (double[] c : pairs) {
            List<Integer> cited = out.get((int) c[1]);
            if (cited.size() < RETURNS) {
                cited.add((int) c[2]);
            }
        }
        out.values().forEach(l -> l.sort(Integer::compare));
        return out;
    }

    /** In how many other turns (at most {@link #RECURRENCES}) the speaker made the point again. */
    private static int recurrences(Discussion d, SentenceScorer scorer, int point, List<Integer> own) {
        Set<Integer> turns = new HashSet<>();
        int turn = d.sentence(point).turn().index();
        for (int j : own) {
            int other = d.sentence(j).turn().index();
            if (other != turn && !turns.contains(other) && scorer.similarity(point, j) >= RESTATED) {
                turns.add(other);
                if (turns.size() >= RECURRENCES) {
                    break;
                }
            }
        }
        return turns.size();
    }

    /** Each of the speaker's turns numbered by the equal share of their words it falls in, 0..parts-1. */
    private static Map<Integer, Integer> stretches(Map<Integer, Integer> turnWords, int parts) {
        int total = turnWords.values().stream().mapToInt(Integer::intValue).sum();
        Map<Integer, Integer> out = new HashMap<>();
        int before = 0;
        for (Map.Entry<Integer, Integer> e : turnWords.entrySet()) {
            out.put(e.getKey(), Math.min(parts - 1, (int) ((long) parts * before / Math.max(1, total))));
            before += e.getValue();
        }
        return out;
    }

    /**
     * Whether sentence {@code i} leads into a question of the speaker's ("My question is about the fund.", "Can I
     * turn to the audits?", "I want to ask you about storage."): it opens on such a lead-in and it, or a sentence
     * after it in the turn, asks. Such a sentence sets the question up, and is no view of the speaker's; without a
     * question after it ("I want to come back to what Ana said: the fund must be audited.") it makes a point.
     */
    static boolean leadsIntoQuestion(Discussion d, int i) {
        if (!QUESTION_LEAD_IN.find(Wording.unopened(d.sentence(i).text()))) {
            return false;
        }
        Turn turn = d.sentence(i).turn();
        for (int k = i; k < d.size() && d.sentence(k).turn() == turn; k++) {
            if (d.sentence(k).isQuestion() || OWN_QUESTION.find(d.sentence(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence reports the view of someone else of the session, named as it opens ("Daniel says the
     * government answers …", "Wanjiku and Hannah want the vendor named"): theirs, not the speaker's.
     */
    private static boolean reportsAnother(Discussion d, int i) {
        return reportedHolder(d, i) != null;
    }

    /**
     * Whose view sentence {@code i} reports, named as it opens with a reporting verb: the one person of the session
     * it names, else the words naming them before where they write from ("Pedro Mamani from Bolivia writes that …",
     * read out by a chair); null where the sentence reports no one's.
     */
    static String reportedHolder(Discussion d, int i) {
        Sentence s = d.sentence(i);
        String[] words = s.text().strip().split("\\s+");
        for (int k = 1; k < Math.min(words.length, REPORTED_NAME_WORDS + 1); k++) {
            if (REPORTING_VERBS.contains(words[k].toLowerCase(Locale.ROOT))) {
                String who = String.join(" ", Arrays.asList(words).subList(0, k));
                // "Mr. Chair, I want to thank …" is the speaker's own: no comma, no "I" or "you" before the verb
                if (who.contains(",") || FIRST_PERSON.find(who) || SECOND_PERSON.find(who)) {
                    return null;
                }
                Set<String> named = new HashSet<>(d.people().mentionedAll(who));
                named.remove(s.speaker());
                // a chair relays whom they name, listed or not ("Lucía says that …", a chat writer)
                // where they write from may come between ("Omar Haddad from Cairo writes that …")
                boolean reports = (!named.isEmpty() || d.people().chairs(s.speaker())) && Arrays.stream(words, 0, k)
                        .allMatch(w -> Character.isUpperCase(w.charAt(0)) || w.equals("and") || w.equals("from"));
                if (!reports) {
                    return null;
                }
                return named.size() == 1 ? named.iterator().next() : who.split(" from ", 2)[0];
            }
        }
        return null;
    }

    /**
     * Whether a chair's sentence does what chairing does rather than state a view: it recalls someone's point to
     * prompt the next speaker ("Paulo made a strong case for …. Chikondi, …?"), praises one, sends a numbered group
     * off ("group two, with Baraka and Yusra, takes the second"), reads a poll out ("the top answer, with 38%, is …"),
     * or reads out a numbered item of the document discussed ("Recommendation two. Helplines should be funded …").
     */
    private static boolean runsTheRoom(Discussion d, int i) {
        String text = d.sentence(i).text();
        boolean recalls = d.people().mentioned(text, d.sentence(i).speaker()) != null && RelationFinder.prompts(d, i);
        boolean readsItem = opensOnItem(text)
                || d.sentence(i).indexInTurn() > 0 && opensOnItem(d.sentence(i - 1).text());
        return recalls || readsItem || PRAISE.find(text) || GROUP.find(text) || POLL_READING.find(text);
    }

    /** Whether a sentence opens on a numbered item of the document discussed ("And recommendation three, …"). */
    private static boolean opensOnItem(String text) {
        Matcher item = NUMBERED_ITEM.matcher(text);
        return NUMBERED_ITEM.mayHold(text) && item.find()
                && Wording.words(text.substring(0, item.start())) <= ITEM_OPENING_WORDS;
    }

    /**
     * Whether a chair's sentence runs the session rather than states a view: it speaks to someone ("Your company
     * has to decide where the reviewers go", "Rosa, I'm here") or reports someone asking ("an anonymous participant
     * asks why …").
     */
    private static boolean moderates(Discussion d, int i) {
        String text = d.sentence(i).text();
        int comma = text.indexOf(',');
        String opening = comma > 0 && Wording.words(text.substring(0, comma)) <= 2 ? text.substring(0, comma) : "";
        return SECOND_PERSON.find(text) || INDIRECT_QUESTION.find(text)
                || !opening.isEmpty() && !d.people().mentionedAll(opening).isEmpty();
    }

    /**
     * The turns of the speaker's opening statement: their first turn of substance and the turns of theirs that
     * follow it with no one else between (an export that splits a long statement into timed blocks), where together
     * they are long; none if not. A moderator or chair opens the session, not a statement of their own: none.
     */
    static Set<Integer> openingTurns(Discussion d, String speaker) {
        if (d.people().chairs(speaker)) {
            return Set.of();
        }
        for (int i = 0; i < d.size(); i++) {
            if (d.sentence(i).speaker().equals(speaker) && d.substantive(i)) {
                List<Turn> turns = d.session().turns();
                Set<Integer> statement = new HashSet<>();
                int words = 0;
                for (int t = turns.indexOf(d.sentence(i).turn()); t >= 0 && t < turns.size()
                        && turns.get(t).speaker().equals(speaker); t++) {
                    statement.add(turns.get(t).index());
                    words += turns.get(t).words();
                }
                return words >= OPENING_STATEMENT_WORDS ? statement : Set.of();
            }
        }
        return Set.of();
    }

    /** Whether any of the turns puts a question. */
    private static boolean asks(Discussion d, Set<Integer> turns) {
        for (int i = 0; i < d.size(); i++) {
            if (turns.contains(d.sentence(i).turn().index())
                    && (d.sentence(i).isQuestion() || d.kind(i) == SentenceKind.QUESTION)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameTurn(Discussion d, int a, int b) {
        return d.sentence(a).turn().index() == d.sentence(b).turn().index();
    }
}
