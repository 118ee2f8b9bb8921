package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.language.Numbers;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Person;
import org.rapporteur.model.Poll;
import org.rapporteur.model.PollOption;
import org.rapporteur.model.Question;
import org.rapporteur.model.Relation;
import org.rapporteur.model.Role;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * The "Session Report" narrative: who opened and framed the session, per topic segment who argued what and how
 * others responded, the audience round and the closing. The linking words are the tool's; every quoted part is
 * a sentence of the transcript, verbatim, between curly quotes; a statement that stands on its own is told in the
 * third person, its sentence cited as evidence.
 */
public final class NarrativeWriter {

    /** "Good question", "thanks for the question": the opening of an answer, not the answer. */
    private static final Cue ACKNOWLEDGEMENT = Lexicon.cue("acknowledgement");
    /** A statement addressing someone present ("as you said") is quoted, not reported. */
    private static final Cue SECOND_PERSON = Lexicon.cue("second-person");
    /** The moderator reading out the room's votes: never the framing of the session. */
    private static final Cue POLL_READING = Lexicon.cue("poll-reading");
    /** A pointer to what someone will say later, and a generic "you have" scene-setting: no theme statement. */
    private static final Cue FORWARD_POINTER = Lexicon.cue("forward-pointer");
    private static final Cue SCENE_SETTING = Lexicon.cue("scene-setting");
    /** The moderator stating the session's question or purpose: the opening's framing quote where there is one. */
    private static final Cue STATED_PURPOSE = Lexicon.cue("stated-purpose");
    /** An audience member introducing themselves before their question: a preamble, no theme statement. */
    private static final Cue SELF_INTRODUCTION = Lexicon.cue("self-introduction");
    /** A rule already in force ("since 2022 every new service must ..."): what the speaker reported, not argued. */
    private static final Cue RULE_IN_FORCE = Lexicon.cue("rule-in-force");
    /** What a statement that claims nothing (a scene-setting, a list of facts) keeps of its worth for a theme. */
    private static final double UNCLAIMED = 0.7;
    /** The fewest words of an objection that names its topic though it states no claim ("..., on labels."). */
    private static final int TOPIC_NAMED = 8;
    /** The most words a summary point's gist keeps where it can be cut short before its reason. */
    private static final int GIST_WORDS = 20;
    /** A summary's point opening on its topic and a colon ("Remedy: …"), the topic a few words, no clause. */
    private static final Pattern TOPIC_LABEL = Pattern.compile("(?s)([\\p{L}][\\p{L}\\p{N} '\u2011-]*):\\s+(\\S.*)");
    private static final int TOPIC_LABEL_WORDS = 4;
    /** A summary naming where the room did not agree: a summary, not the room's agreement. */
    private static final Cue DISSENT_NOTED = Lexicon.cue("dissent-noted");
    /** Closeness to the session page's title and policy questions that makes a sentence state its purpose. */
    private static final double PURPOSE = 0.15;
    private static final Cue QUESTIONS_NAMED = Lexicon.cue("questions-named");
    private static final Cue BY_PLACE = Lexicon.cue("question-by-place");
    private static final Cue BY_PLACE_PLAIN = Lexicon.cue("question-by-place-plain");
    /**
     * Sessions up to this long tell at most {@link #SHORT_SESSION_THEMES} themes, between the opening and the audience
     * round and closing: a 60-minute session on three policy questions gives each its paragraph.
     */
    static final int SHORT_SESSION_MINUTES = 90;
    static final int SHORT_SESSION_THEMES = 4;
    /** A common rate of speech, for a session whose length nothing states. */
    private static final int SPOKEN_WORDS_PER_MINUTE = 140;
    /** What a statement on the speaker's "I" or to "you" keeps of its worth for the account. */
    private static final double PERSONAL = 0.7;
    /** Voices told per theme paragraph at least, where they say something of weight, and at most. */
    private static final int PER_SEGMENT = 2;
    private static final int MAX_VOICES = 5;
    /** The narrative's length in all, and what the opening, the audience round and the closing take of it. */
    static final int NARRATIVE_WORDS = 900;
    private static final int AUDIENCE_AND_CLOSING = 380;
    /** What a theme's ending (how a disagreement ended, a poll tied to it) takes beside its voices. */
    private static final int ENDING_WORDS = 30;
    /** The fewest words a theme paragraph may take, however many themes there are. */
    private static final int THEME_WORDS_AT_LEAST = 60;
    /** The most words of the first claim the opening quotes: a takeaway's length, not a paragraph's. */
    private static final int FIRST_CLAIM_WORDS = 35;
    /** The turns of the first speaker on substance in which their first claim is looked for. */
    private static final int FIRST_TURNS = 2;
    /** Content words an agreement must say besides the names for it to end a theme. */
    private static final int AGREED_WORDS = 3;
    /** Quotes longer than this read badly in a paragraph and are passed over when a shorter one is close. */
    private static final int LONG_QUOTE = 22;
    private static final int MAX_SPEAKERS_NAMED = 6;
    private static final Cue REPLY_INVITATION = Lexicon.cue("reply-invitation");
    /** Turns within which a statement may be told as the reply to another. */
    static final int REPLY_TURNS = 2;
    /** Audience questions told with their answers. */
    private static final int AUDIENCE_QUESTIONS = 2;
    /** Questions left unanswered on air told besides those told with their answers. */
    private static final int UNANSWERED_TOLD = 2;
    /** Content words a poll's question and options must share with a theme paragraph to be told in it. */
    private static final int POLL_SHARED_WORDS = 2;
    /** Poll types whose options are choices a paragraph can be matched with. */
    private static final Set<String> CHOICE_POLLS = Set.of("multiple-choice", "ranking", "quiz");
    private static final java.util.regex.Pattern QUESTION_WORD = java.util.regex.Pattern.compile("(?i)^(what|how|why|"
            + "which|who|whom|whose|where|when|whether|to what|in what|can|could|should|shall|do|does|did|is|are|will|"
            + "would|has|have|must|may)\\b");
    private static final String POLICY_QUESTION = "the policy question: ";
    /** Overlap of content words that makes a statement a restatement of one told (as calls are told apart). */
    private static final double RESTATED = 0.5;
    /** How many of a theme's most frequent content words make its centroid, and what closeness to it adds. */
    static final int CENTROID_TERMS = 10;
    private static final double THEME_CENTRE = 0.5;
    /** The topic of the paragraph that tells the breakout groups' reports. */
    static final String REPORT_BACKS = "report-backs";
    /** The findings told of each breakout group's report. */
    private static final int FINDINGS_TOLD = 2;
    /** The topic of the paragraph that tells presentations in turn. */
    static final String PRESENTATIONS = "presentations";
    private static final String[] FIRST_VERBS = {"argued", "stressed", "pointed out", "noted"};
    private static final String[] NEXT_VERBS = {"added", "observed", "said", "remarked"};
    /** The verb for a voice that spoke on the theme without replying to the one told before it. */
    private static final String[] ALSO_VERBS = {"also argued", "also said", "also noted", "also stressed"};

    private final Discussion d;
    private final SentenceScorer scorer;
    /** The verb phrase for a sentence that agrees or disagrees with someone: "agreed with X", "disagreed". */
    private final Map<Integer, String> relationAt = new HashMap<>();
    private final Map<Integer, Relation> relationOf = new HashMap<>();
    /** The pairs of speakers whose agreement or disagreement the narrative has told. */
    private final Set<Set<String>> pairsTold = new HashSet<>();
    /** The pairs of speakers whose exchange the narrative has said the end of. */
    private final Set<Set<String>> endingsTold = new HashSet<>();
    private final RelationFinder.Relations relations;
    private final Set<Integer> used = new HashSet<>();
    /**
     * What the closing and the audience paragraphs tell (the session's own conclusions, the answers quoted to the
     * audience's questions): never told first in a theme.
     */
    private final Set<Integer> toldLater = new HashSet<>();
    /** What {@link #personal} found of each sentence: the same for each writing of the narrative. */
    private final Map<Integer, Boolean> personal;
    /** Speakers named so far; the stakeholder group is given at the first mention only. */
    private final Set<String> named = new HashSet<>();
    /** Policy questions a paragraph has already been introduced with. */
    private final Set<Integer> topicsNamed = new HashSet<>();
    /** The themes the paragraphs so far opened on: a later one on the same theme returns to it. */
    private final Set<String> themesOpened = new HashSet<>();
    /** Evidence of what the paragraph being written quotes. */
    private final List<Evidence> cited = new ArrayList<>();
    private final Map<Integer, Set<String>> centroids = new HashMap<>();
    /** In a hearing, who asked rather than answered. */
    private final Set<String> members = new HashSet<>();
    /** The transcript sentence an evidence item quotes, by its line and quote. */
    private final Map<String, Integer> byEvidence = new HashMap<>();
    /** The words the opening paragraph took, once written. */
    private int openingWords;
    /** The policy question the last segment paragraph was introduced with, null where none. */
    private String segmentTopic;
    /** The median score of the quotable sentences, once computed. */
    private double median = Double.NaN;
    /** The most voices a theme (by segment number) may tell, where the narrative had to be shortened. */
    private final Map<Integer, Integer> voiceCaps;
    /** Audience questions told with their answers. */
    private final int audienceQuestions;
    /** The voices each theme told, in the order chosen (best first): each its score and its words. */
    private final Map<Integer, List<double[]>> voices = new HashMap<>();
    /** The evidence of the breakout groups' reports, told apart from the themes written after them. */
    private final List<Evidence> reportEvidence = new ArrayList<>();
    /** The debate's motion and its sides; null where none was put. */
    private final Motion motion;

    private NarrativeWriter(Discussion d, SentenceScorer scorer, RelationFinder.Relations relations,
                            Map<Integer, Integer> voiceCaps, int audienceQuestions, Map<Integer, Boolean> personal) {
        this.d = d;
        this.personal = personal;
        this.voiceCaps = voiceCaps;
        this.audienceQuestions = audienceQuestions;
        this.scorer = scorer;
        this.motion = d.motion();
        for (int i = 0; i < d.size(); i++) {
            byEvidence.putIfAbsent(key(d.sentence(i).evidence()), i);
        }
        mark(relations.agreements(), "agreed");
        mark(relations.disagreements(), "disagreed");
        this.relations = relations;
        for (Person p : HearingRoles.assign(d, d.people().all())) {
            if (p.hearingRole() == Role.MEMBER) {
                members.add(p.name());
            }
        }
    }

    private static String key(Evidence e) {
        return e.line() + "|" + e.quote();
    }

    private void mark(List<Relation> relations, String verb) {
        for (Relation r : relations) {
            Evidence e = r.evidence().get(0);
            Integer i = byEvidence.get(key(e));
            if (i != null) {
                relationOf.putIfAbsent(i, r);
                relationAt.put(i, verb + (r.with() != null ? " with " + r.with() : ""));
            }
        }
    }

    /**
     * The narrative paragraphs, {@link #NARRATIVE_WORDS} words at most in all. {@code takeaways} are the sentences
     * the key takeaways quote: the account quotes other sentences, so the report does not say the same thing twice.
     */
    public static List<Paragraph> write(Discussion d, SentenceScorer scorer, RelationFinder.Relations relations,
                                     List<Question> questions, List<StatedConclusions.Point> conclusions,
                                     Set<Integer> takeaways) {
        return write(d, scorer, relations, questions, conclusions, takeaways, NARRATIVE_WORDS);
    }

    /**
     * The narrative in at most {@code limit} words. Written once with every theme's voices; where it runs over, the
     * least important voices go first (the last told of a theme, the lowest scored among the themes, never a theme's
     * first), whole, with their evidence, and it is written again; then the audience questions told, one by one.
     * Nothing is cut inside a sentence. Only a narrative that is over with every theme at one voice and no audience
     * question told stays over.
     */
    static List<Paragraph> write(Discussion d, SentenceScorer scorer, RelationFinder.Relations relations,
                                 List<Question> questions, List<StatedConclusions.Point> conclusions,
                                 Set<Integer> takeaways, int limit) {
        Map<Integer, Integer> caps = new HashMap<>();
        int audience = AUDIENCE_QUESTIONS;
        Map<Integer, Boolean> personal = new HashMap<>();
        while (true) {
            NarrativeWriter writer = new NarrativeWriter(d, scorer, relations, caps, audience, personal);
            writer.used.addAll(takeaways);
            conclusions.forEach(c -> writer.toldLater.addAll(c.sentences()));
            List<Paragraph> out = writer.paragraphs(questions, conclusions);
            int over = out.stream().mapToInt(NarrativeWriter::words).sum() - limit;
            if (over <= 0) {
                return out;
            }
            if (!writer.shorten(over, caps)) {
                if (audience == 0) {
                    return out;
                }
                audience--;
            }
        }
    }

    /**
     * Lowers the voices of the themes by at least {@code over} words, least important first: the last voice told of
     * a theme (voices are chosen best first), the lowest scored of those; never a theme's first voice. False where
     * no theme has a voice to spare.
     */
    private boolean shorten(int over, Map<Integer, Integer> caps) {
        Map<Integer, Integer> kept = new HashMap<>();
        voices.forEach((segment, list) -> kept.put(segment, list.size()));
        int cut = 0;
        boolean any = false;
        while (cut < over) {
            Integer least = null;
            for (Map.Entry<Integer, Integer> e : kept.entrySet()) {
                if (e.getValue() > 1 && (least == null || voices.get(e.getKey()).get(e.getValue() - 1)[0]
                        < voices.get(least).get(kept.get(least) - 1)[0])) {
                    least = e.getKey();
                }
            }
            if (least == null) {
                break;
            }
            int k = kept.get(least) - 1;
            cut += (int) voices.get(least).get(k)[1];
            kept.put(least, k);
            caps.put(least, k);
            any = true;
        }
        return any;
    }

    private List<Paragraph> paragraphs(List<Question> questions, List<StatedConclusions.Point> conclusions) {
        List<Paragraph> out = new ArrayList<>();
        if (d.size() == 0) {
            return out;
        }
        for (Question q : toldQuestions(audienceQuestions(questions))) {
            spokenAnswer(q).ifPresent(a -> answering(a).forEach(e -> {
                Integer i = byEvidence.get(key(e));
                if (i != null) {
                    toldLater.add(i);
                }
            }));
        }
        out.add(paragraph(opening(), null));
        openingWords = words(out.get(0));
        String presented = d.readsAsPresentations() ? presentations() : "";
        if (!presented.isEmpty()) {
            // presentations in turn are told one after the other, not as themes argued over
            out.add(paragraph(presented, PRESENTATIONS));
            out.addAll(audienceAndClosing(questions, conclusions));
            return out;
        }
        // breakout groups' reports are told group by group; written first so no theme tells their sentences again
        String reported = reportBacks();
        List<Integer> voiced = new ArrayList<>();
        for (Segment segment : d.segments()) {
            String p = segment(segment);
            if (!p.isEmpty()) {
                out.add(paragraph(p, segmentTopic));
                voiced.add(voices.get(segment.number()).size());
            } else {
                cited.clear();
            }
        }
        joinThin(out.subList(1, out.size()), voiced);
        tiePolls(out.subList(1, out.size()));
        int citedBefore = cited.size();
        String others = otherTopics();
        if (!others.isEmpty()) {
            // the agenda items no paragraph was introduced with, with what was said on them
            Paragraph last = out.remove(out.size() - 1);
            List<Evidence> said = cited.subList(citedBefore, cited.size());
            List<Evidence> evidence = new ArrayList<>(last.evidence());
            evidence.addAll(said);
            said.clear();
            out.add(new Paragraph(last.text() + " " + others, last.topic(), List.copyOf(new LinkedHashSet<>(evidence))));
        }
        unheard(out.subList(1, out.size()));
        Paragraph reports = reported.isEmpty() ? null : new Paragraph(reported, REPORT_BACKS, reportEvidence);
        List<Paragraph> end = audienceAndClosing(questions, conclusions);
        if (minutes() <= SHORT_SESSION_MINUTES) {
            // a session of up to 90 minutes reads in a few paragraphs: its themes are told together
            merge(out.subList(1, out.size()), reports == null ? SHORT_SESSION_THEMES : SHORT_SESSION_THEMES - 1);
        }
        if (reports != null) {
            out.add(reports);
        }
        out.addAll(end);
        return out;
    }

    /**
     * Gives each panellist of substance whom no theme paragraph names a voice in the theme their best claim is
     * closest to: a panellist who argued at length is part of what the session said, not only of its audience round.
     * A panellist of substance is listed as a speaker and said at least {@link PositionFinder#OPENING_STATEMENT_WORDS}
     * words; their claim is one the narrative has not told, told whole.
     */
    private void unheard(List<Paragraph> themes) {
        if (themes.isEmpty() || d.readsAsHearing()) {
            return;
        }
        for (Person person : d.session().people()) {
            String name = person.name();
            if (!person.has(Role.SPEAKER) || d.people().chairs(name)
                    || spokenWords(name) < PositionFinder.OPENING_STATEMENT_WORDS
                    || themes.stream().anyMatch(p -> p.text().contains(name))) {
                continue;
            }
            Integer best = null;
            for (int i = 0; i < d.size(); i++) {
                if (d.sentence(i).speaker().equals(name) && !used.contains(i) && !toldLater.contains(i)
                        && scorer.quotable(i) && claims(i) && !d.told(i).isEmpty()
                        && (best == null || scorer.score(i) > scorer.score(best))) {
                    best = i;
                }
            }
            if (best == null) {
                continue;
            }
            Set<String> said = Terms.ofPlainText(d.sentence(best).text());
            int closest = 0;
            for (int k = 1; k < themes.size(); k++) {
                if (Terms.similarity(said, Terms.ofPlainText(themes.get(k).text()))
                        > Terms.similarity(said, Terms.ofPlainText(themes.get(closest).text()))) {
                    closest = k;
                }
            }
            used.add(best);
            cited.clear();
            String voice = told(best, "also argued");
            Paragraph p = themes.get(closest);
            List<Evidence> evidence = new ArrayList<>(p.evidence());
            cited.stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
            cited.clear();
            themes.set(closest, new Paragraph(p.text() + " " + voice, p.topic(), evidence));
        }
    }

    /** How many words someone said in all their turns. */
    private int spokenWords(String name) {
        return d.session().turns().stream().filter(t -> t.speaker().equals(name)).mapToInt(
                Turn::words).sum();
    }

    /** The audience round and the closing, each where the session had one. */
    private List<Paragraph> audienceAndClosing(List<Question> questions, List<StatedConclusions.Point> conclusions) {
        List<Paragraph> end = new ArrayList<>();
        String audience = audience(questions);
        if (!audience.isEmpty()) {
            end.add(paragraph(audience, "questions from the audience"));
        }
        String closing = closing(conclusions);
        if (!closing.isEmpty()) {
            end.add(paragraph(closing, "closing"));
        }
        return end;
    }

    /**
     * The presentations in turn: each presenter (whoever gave a long first turn, chairs never) by the thesis of
     * their talk, the same sentence their position's opening-statement summary prefers ({@link
     * PositionFinder#OPENING_KINDS}); empty where fewer than two presented.
     */
    private String presentations() {
        List<Integer> theses = new ArrayList<>();
        for (Person person : d.people().all()) {
            Set<Integer> talk = PositionFinder.openingTurns(d, person.name());
            Integer thesis = talk.isEmpty() ? null : thesis(talk);
            if (thesis != null) {
                theses.add(thesis);
            }
        }
        if (theses.size() < 2) {
            return "";
        }
        theses.sort(Integer::compare);
        StringBuilder p = new StringBuilder(Wording.capitalised(Numbers.word(theses.size())))
                .append(" presenters spoke in turn.");
        for (int i : theses) {
            used.add(i);
            p.append(' ').append(told(i, "argued"));
        }
        return p.toString();
    }

    /**
     * The breakout groups' reports, group by group: its rapporteur and what the group found (the report's first
     * claims that stand alone), and where the group did not agree (lexicon dissent-noted) with the sentence after it
     * that says on what; empty where the session had no round of report-backs. Its evidence is kept for the
     * paragraph, which is placed after the themes.
     */
    private String reportBacks() {
        List<ReportBacks.ReportBack> reports = ReportBacks.find(d);
        if (reports.isEmpty()) {
            return "";
        }
        StringBuilder p = new StringBuilder(Wording.capitalised(Numbers.word(reports.size())))
                .append(" breakout groups reported back to the plenary.");
        for (ReportBacks.ReportBack report : reports) {
            // what the group found: its first claims past the report's opening, where the topic and the room are said
            List<Integer> found = new ArrayList<>();
            for (int j : report.sentences()) {
                if (found.size() < FINDINGS_TOLD && !used.contains(j) && scorer.quotable(j)
                        && (claims(j) || ReportBacks.statesView(d, j)) && !DISSENT_NOTED.find(d.sentence(j).text())
                        && !d.told(j).isEmpty()) {
                    found.add(j);
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            p.append(" For ").append(report.group()).append(", ");
            for (int k = 0; k < found.size(); k++) {
                used.add(found.get(k));
                p.append(k == 0 ? "" : " ").append(told(found.get(k), k == 0 ? "reported" : "also reported"));
            }
            for (int j : report.sentences()) {
                if (!used.contains(j) && DISSENT_NOTED.find(d.sentence(j).text())) {
                    int next = report.sentences().contains(j + 1) && !used.contains(j + 1) ? j + 1 : j;
                    used.add(j);
                    used.add(next);
                    p.append(" The group did not agree throughout: ").append(next == j ? quote(j) : quote(j, next));
                    break;
                }
            }
        }
        reportEvidence.addAll(cited);
        cited.clear();
        return p.toString();
    }

    /**
     * The sentence a talk is told by, told whole: the one its position's summary would take ({@link
     * PositionFinder#thesis}), the best scored of its kind.
     */
    private Integer thesis(Set<Integer> talk) {
        List<Integer> statement = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            if (talk.contains(d.sentence(i).turn().index())) {
                statement.add(i);
            }
        }
        return PositionFinder.thesis(d, statement,
                i -> !used.contains(i) && scorer.quotable(i) && !d.told(i).isEmpty(),
                ofKind -> ofKind.stream().reduce((a, b) -> scorer.score(b) > scorer.score(a) ? b : a).orElse(null));
    }

    /** How long the session ran: as the page plans it, else as long as its words take to say. */
    private double minutes() {
        Integer planned = d.session().info().durationMinutes();
        if (planned != null && planned > 0) {
            return planned;
        }
        int words = d.session().turns().stream().mapToInt(org.rapporteur.model.Turn::words).sum();
        return (double) words / SPOKEN_WORDS_PER_MINUTE;
    }

    /**
     * Joins each theme paragraph that told one voice to its shorter neighbour: a theme is one several voices argued,
     * and one voice is a point of the theme around it. {@code voiced} holds the voices each paragraph told.
     */
    static void joinThin(List<Paragraph> themes, List<Integer> voiced) {
        List<Integer> counts = new ArrayList<>(voiced);
        for (int k = 0; k < themes.size() && themes.size() > 1; ) {
            if (counts.get(k) >= PER_SEGMENT) {
                k++;
                continue;
            }
            int other = k == 0 ? 1 : k == themes.size() - 1 ? k - 1
                    : words(themes.get(k - 1)) <= words(themes.get(k + 1)) ? k - 1 : k + 1;
            int at = Math.min(k, other);
            themes.set(at, joined(themes.get(at), themes.get(Math.max(k, other))));
            counts.set(at, counts.get(k) + counts.get(other));
            themes.remove(at + 1);
            counts.remove(at + 1);
            k = at;
        }
    }

    /** Two theme paragraphs as one: the first's topic where it has one, each quote's evidence once. */
    private static Paragraph joined(Paragraph first, Paragraph second) {
        Set<Evidence> evidence = new LinkedHashSet<>(first.evidence());
        evidence.addAll(second.evidence());
        // the joined paragraph keeps one topic ("A; B" is a label, not a topic): the one its text opens on
        String topic = first.topic() == null ? second.topic() : first.topic();
        return new Paragraph(first.text() + " " + second.text(), topic, List.copyOf(evidence));
    }

    /** Joins the shortest theme paragraph to its shorter neighbour until at most {@code most} are left. */
    static void merge(List<Paragraph> themes, int most) {
        while (themes.size() > most) {
            int shortest = 0;
            for (int k = 1; k < themes.size(); k++) {
                if (words(themes.get(k)) < words(themes.get(shortest))) {
                    shortest = k;
                }
            }
            int other = shortest == 0 ? 1 : shortest == themes.size() - 1 ? shortest - 1
                    : words(themes.get(shortest - 1)) <= words(themes.get(shortest + 1)) ? shortest - 1 : shortest + 1;
            themes.set(Math.min(shortest, other), joined(themes.get(Math.min(shortest, other)),
                    themes.get(Math.max(shortest, other))));
            themes.remove(Math.max(shortest, other));
        }
    }

    private static int words(Paragraph p) {
        return p.text().split("\\s+").length;
    }

    /**
     * Each poll whose question and options share enough words with a theme paragraph is told at its end: "In the
     * poll "...", the room's top choice, X (31%), matched Ana Ruiz's point." — matched where a statement the
     * paragraph quotes shares words with that choice. A poll ties to one paragraph at most, the closest; a poll
     * with no clear top choice, or close to no paragraph, stays in the polls section only.
     */
    private void tiePolls(List<Paragraph> themes) {
        // a vote taken again on the same question (before and after a debate) is told as where the room moved
        Map<String, List<Poll>> byQuestion = new LinkedHashMap<>();
        for (Poll poll : d.session().polls()) {
            if (poll.question() != null && !poll.question().isBlank()) {
                byQuestion.computeIfAbsent(poll.question().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(poll);
            }
        }
        Set<Poll> retaken = new HashSet<>();
        for (List<Poll> votes : byQuestion.values()) {
            if (votes.size() > 1) {
                retaken.addAll(votes);
                int closest = closestTheme(themes, votes.get(0));
                if (closest >= 0) {
                    Paragraph p = themes.get(closest);
                    themes.set(closest, new Paragraph(p.text() + " " + moved(votes), p.topic(), p.evidence()));
                }
            }
        }
        for (Poll poll : d.session().polls()) {
            if (retaken.contains(poll)) {
                continue;
            }
            PollOption top = topChoice(poll);
            // a rating's top value ("2") or a word cloud's word says nothing on its own; a Forms export gives no type
            if (top == null || poll.type() != null && !CHOICE_POLLS.contains(poll.type())) {
                continue;
            }
            int closest = closestTheme(themes, poll);
            if (closest < 0) {
                continue;
            }
            Paragraph p = themes.get(closest);
            Set<String> choice = Terms.ofPlainText(top.label());
            // a point is a statement: the question that opened the theme matches no choice; the point matched says
            // most of the choice's words, half of them at least ("language" alone is not "a fund governed by
            // language communities")
            String matched = p.evidence().stream().filter(e -> e.source() == EvidenceSource.TRANSCRIPT
                            && !e.quote().strip().endsWith("?") && !d.people().chairs(e.speaker())
                            && !choice.isEmpty() && Terms.shared(choice, Terms.ofPlainText(e.quote())) * 2 >= choice.size())
                    .max(Comparator.comparingInt(e -> Terms.shared(choice, Terms.ofPlainText(e.quote()))))
                    .map(Evidence::speaker).orElse(null);
            String question = poll.question() == null || poll.question().isBlank() ? ""
                    : " \"" + poll.question().strip() + "\"";
            String told = "In the poll" + question + ", the room's top choice" + (matched == null ? " was " : ", ")
                    + top.label().strip() + " (" + percent(poll, top) + "%)"
                    + (matched == null ? "." : ", matched " + matched + "'s point.");
            themes.set(closest, new Paragraph(p.text() + " " + told, p.topic(), p.evidence()));
        }
    }

    /** The theme paragraph a poll's question and options share most words with, or -1 where none shares enough. */
    private static int closestTheme(List<Paragraph> themes, Poll poll) {
        StringBuilder about = new StringBuilder(poll.question() == null ? "" : poll.question());
        poll.options().forEach(o -> about.append(' ').append(o.label()));
        Set<String> pollWords = Terms.ofPlainText(about.toString());
        int closest = -1;
        double bestSimilarity = 0;
        for (int k = 0; k < themes.size(); k++) {
            Set<String> words = Terms.ofPlainText(themes.get(k).text());
            if (Terms.shared(pollWords, words) >= POLL_SHARED_WORDS
                    && Terms.similarity(pollWords, words) > bestSimilarity) {
                bestSimilarity = Terms.similarity(pollWords, words);
                closest = k;
            }
        }
        return closest;
    }

    /**
     * The same question voted on again, first vote against last: "The room voted twice on "…": For the motion went
     * from 38% to 49%, Against the motion from 46% to 44%." Each option of the first vote, in its order.
     */
    private static String moved(List<Poll> votes) {
        Poll first = votes.get(0);
        Poll last = votes.get(votes.size() - 1);
        List<String> shifts = new ArrayList<>();
        for (PollOption o : first.options()) {
            last.options().stream().filter(x -> x.label().strip().equalsIgnoreCase(o.label().strip())).findFirst()
                    .ifPresent(x -> shifts.add((shifts.isEmpty() ? o.label().strip() + " went" : o.label().strip())
                            + " from " + percent(first, o) + "% to " + percent(last, x) + "%"));
        }
        String question = first.question().strip().replaceFirst("\\.$", "");
        return "The room voted " + (votes.size() == 2 ? "twice" : votes.size() + " times") + " on \"" + question
                + "\"" + (shifts.isEmpty() ? "." : ": " + String.join(", ", shifts) + ".");
    }

    /** The option with the most votes, null where none has any or two share the most. */
    private static PollOption topChoice(Poll poll) {
        List<PollOption> byVotes = poll.options().stream()
                .sorted(Comparator.comparingInt(PollOption::votes).reversed()).toList();
        if (byVotes.isEmpty() || byVotes.get(0).votes() == 0
                || byVotes.size() > 1 && byVotes.get(1).votes() == byVotes.get(0).votes()) {
            return null;
        }
        return byVotes.get(0);
    }

    /** An option's share in whole percent: as the export gives it, else of all the votes. */
    private static long percent(Poll poll, PollOption option) {
        if (option.percent() != null) {
            return Math.round(option.percent());
        }
        int votes = poll.options().stream().mapToInt(PollOption::votes).sum();
        return Math.round(100.0 * option.votes() / votes);
    }

    /** The paragraph with the evidence of everything quoted since the last one, each item once. */
    private Paragraph paragraph(String text, String topic) {
        Paragraph p = new Paragraph(text, topic, List.copyOf(new LinkedHashSet<>(cited)));
        cited.clear();
        return p;
    }

    /**
     * The session's purpose as its page gives it (format, title, first policy question), who moderated and framed
     * it, and who spoke first on substance.
     */
    private String opening() {
        StringBuilder p = new StringBuilder(purpose());
        Person moderator = d.people().moderator();
        String opener = moderator != null && d.spoke(moderator.name()) ? moderator.name() : d.sentence(0).speaker();
        Segment first = d.segments().get(0);
        // the framing is said before anyone else has spoken to the subject; later lines of the chair are chairing
        int before = firstStatementOfOthers(opener);
        // and it frames only where it states what the session is about or asks its question: not a poll reading
        // the page's question the talk opened on, told as the page asked it, or as the chair read it out
        int opened = first.question() > 0 && takesByPlace(opener, before) ? first.question() : 0;
        java.util.function.IntPredicate framer = i -> i < before && d.sentence(i).speaker().equals(opener)
                && !SpokenText.isProcedure(d.sentence(i).text()) && statesPurpose(i);
        Integer framing = statedPurpose(before, opener);
        framing = framing != null ? framing : best(first, framer);
        // no other sentence instead: what the chair said next is no better framing than the page's question
        framing = framing != null && pointsAtPage(framing) ? null : framing;
        boolean chaired = moderator != null && opener.equals(moderator.name());
        p.append(p.length() > 0 ? " " : "").append(who(opener)).append(chaired
                ? d.readsAsHearing() ? " chaired" : " moderated" : " opened the session");
        if (framing != null) {
            used.add(framing);
            p.append(" and framed the discussion: ").append(quote(framing));
        } else {
            p.append('.');
        }
        // a framing that reads the page's question out has told it
        String asked = framing != null && d.agenda().readsOut(framing, opened) ? "" : pageQuestion(opened);
        if (!asked.isEmpty()) {
            p.append(" The session page asked: ").append(asked);
        }
        // who actually spoke first on substance, listed or not
        // presentations are told in turn in the next paragraph, the first with the others
        // a debate opens on its motion and its sides, not on whoever spoke first
        FirstVoice firstVoice = d.readsAsPresentations() || motion != null ? null : firstSubstance(opener);
        if (motion != null) {
            p.append(' ').append(motionAndSides());
        }
        if (firstVoice != null && firstVoice.sentence() != null) {
            used.add(firstVoice.sentence());
            p.append(' ').append(who(firstVoice.speaker()))
                    .append(d.readsAsHearing() ? " gave the first evidence: " : " spoke first on substance: ")
                    .append(quote(firstVoice.sentence()));
        } else if (firstVoice != null) {
            // no view of theirs to quote: what they spoke on, not a fact that would read as their thesis
            Agenda.Label theme = d.agenda().themes().get(d.segmentOf(firstVoice.at()).number());
            p.append(' ').append(who(firstVoice.speaker())).append(" spoke first")
                    .append(theme == null ? "." : ", on " + sentence(theme.isPolicyQuestion()
                            ? topicLabel(theme.text()) : theme.text()));
        }
        List<String> panel = new ArrayList<>();
        for (Person person : d.session().people()) {
            if (person.has(Role.SPEAKER) && !person.name().equals(opener) && d.spoke(person.name())
                    && (motion == null || !motion.sides().containsKey(person.name()))
                    && panel.size() < MAX_SPEAKERS_NAMED) {
                panel.add(who(person.name()));
            }
        }
        if (panel.size() == 1 && !d.readsAsHearing()) {
            // one speaker is brought together with no one: a talk, a keynote, its speaker named once
            if (firstVoice == null || !panel.get(0).startsWith(firstVoice.speaker())) {
                p.append(' ').append(panel.get(0)).append(" presented.");
            }
        } else if (!panel.isEmpty()) {
            p.append(d.readsAsHearing() ? " The committee heard " : " The discussion brought together ")
                    .append(list(panel)).append('.');
        }
        return p.toString();
    }

    /**
     * A debate's motion as put, and who argued for and who against it: "The motion put to the room: “This house
     * believes …” A (group) and B (group) argued for it, C (group) and D (group) against it." Each placing
     * sentence is cited.
     */
    private String motionAndSides() {
        cited.add(d.sentence(motion.sentence()).evidence());
        motion.placedBy().forEach(i -> cited.add(d.sentence(i).evidence()));
        StringBuilder p = new StringBuilder("The motion put to the room: \u201c").append(motion.text())
                .append("\u201d");
        List<String> forIt = motion.side(true).stream().map(this::who).toList();
        List<String> against = motion.side(false).stream().map(this::who).toList();
        if (!forIt.isEmpty()) {
            p.append(' ').append(list(forIt)).append(" argued for it").append(against.isEmpty() ? "." : ", ");
        }
        if (!against.isEmpty()) {
            p.append(forIt.isEmpty() ? " " + list(against) + " argued against it." : list(against) + " against it.");
        }
        return p.toString();
    }

    /**
     * The session's purpose as its page names it: "In the round table "Securing connected devices", " — straight
     * quotes, as curly ones are kept for the transcript's words. The policy questions open the paragraphs that take
     * them up.
     */
    private String purpose() {
        var info = d.session().info();
        String title = info.title() == null || info.title().equals(info.id()) ? null : info.title().strip();
        if (title == null) {
            return "";
        }
        // the page's format may carry the room layout and length: "Round Table - U-shape - 90 min"
        String format = d.readsAsHearing() ? "hearing" : info.format() == null || info.format().isBlank() ? "session"
                : info.format().split("\\s+[-\u2013\u2014|]\\s+")[0].strip().toLowerCase(java.util.Locale.ROOT);
        return "In the " + format + " \"" + title + "\",";
    }

    /**
     * The opener's first sentence, before anyone else spoke to the subject, that states the session's question or
     * purpose in so many words ("So the question for us today is: who is responsible for what?"); null where none.
     */
    private Integer statedPurpose(int before, String opener) {
        for (int i = 0; i < before; i++) {
            Sentence s = d.sentence(i);
            if (s.speaker().equals(opener) && !SpokenText.isProcedure(s.text()) && STATED_PURPOSE.find(s.text())
                    && !SelfContained.announces(s.text()) && !POLL_READING.find(s.text())) {
                return i;
            }
        }
        return null;
    }

    /**
     * Whether a sentence of the moderator states the session's purpose or question: a question, or a statement
     * sharing as much with the session page's title and policy questions as a sentence on them does; never a
     * reading of the room's votes.
     */
    private boolean statesPurpose(int i) {
        String text = d.sentence(i).text();
        if (POLL_READING.find(text)) {
            return false;
        }
        if (d.sentence(i).isQuestion()) {
            return true;
        }
        var info = d.session().info();
        StringBuilder page = new StringBuilder(info.title() == null ? "" : info.title());
        info.policyQuestions().forEach(q -> page.append(' ').append(q));
        return Terms.similarity(d.terms(i), Terms.ofPlainText(page.toString())) >= PURPOSE;
    }

    /**
     * Whether the opener, before anyone else spoke to the subject, takes a page's question by its place ("I'll start
     * with the second one"): the talk opens on another question than the page's first only where the chair says so.
     */
    private boolean takesByPlace(String opener, int before) {
        // a place said without whose question it is, after the page's questions were named: a poll's "The first
        // question is: …" is none
        boolean named = false;
        for (int i = 0; i < before; i++) {
            String text = d.sentence(i).text();
            if (!d.sentence(i).speaker().equals(opener)) {
                continue;
            }
            named |= QUESTIONS_NAMED.find(text);
            if (BY_PLACE.find(text) || named && BY_PLACE_PLAIN.find(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence of the opener only points at the page, saying it has policy questions without saying which
     * ("You will have seen on the session page that we have three policy questions.").
     */
    private boolean pointsAtPage(int i) {
        String text = d.sentence(i).text();
        Matcher named = QUESTIONS_NAMED.matcher(text);
        // "We have three policy questions on the session page: inclusion, safeguards, and financing" names them
        return QUESTIONS_NAMED.mayHold(text) && named.find()
                && !text.substring(named.end()).matches("(?s)[^:]*:\\s*\\S.*");
    }

    /**
     * The session page's policy question at place {@code at} (the one the talk opened on) as asked, its label
     * dropped ("Enabling environments: Which licensing ...?" gives "Which licensing ...?"); empty where the page asks
     * none.
     */
    private String pageQuestion(int at) {
        List<String> questions = d.session().info().policyQuestions();
        if (questions.size() <= at) {
            return "";
        }
        String q = questions.get(at).strip();
        int colon = q.indexOf(':');
        if (colon > 0 && q.substring(0, colon).split("\\s+").length <= 8 && colon < q.length() - 1) {
            q = q.substring(colon + 1).strip();
        }
        // one question, not the page's whole paragraph of them
        int end = q.indexOf('?');
        q = end > 0 ? q.substring(0, end + 1) : q;
        // an agenda item ("The value of the baccalaureate?") is the first paragraph's topic, not a question asked
        return end < 0 || !QUESTION_WORD.matcher(q).find() ? "" : Wording.capitalised(q);
    }

    /**
     * Who spoke first on substance and what the opening quotes of it: {@code sentence} null where nothing of theirs
     * reads as their view, and the opening names the theme they spoke on instead ({@code at} is their first point).
     */
    private record FirstVoice(String speaker, Integer sentence, int at) {
    }

    /**
     * The first who actually spoke to the subject, other than the opener, whether listed or not, with what the
     * opening quotes: at a panel their first claim (at most {@link #FIRST_CLAIM_WORDS} words) on the session's
     * question in their first {@link #FIRST_TURNS} turns — a first turn that only sets out facts ("A power cut looks
     * like a shutdown in traffic data") is no thesis — else nothing; in a hearing, where the first evidence may well
     * be a fact, the first turn's best point.
     */
    private FirstVoice firstSubstance(String opener) {
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            boolean known = d.session().people().isEmpty() || d.people().person(s.speaker()) != null;
            // a point, not a remark about the weather: as worth quoting as the median quotable sentence
            // in a hearing the first evidence is a witness's: a member's opening line is the preamble of a question
            if (scorer.quotable(i) && known && !s.speaker().equals(opener) && !d.people().chairs(s.speaker())
                    && !members.contains(s.speaker()) && scorer.score(i) >= medianScore()) {
                return d.readsAsHearing() ? new FirstVoice(s.speaker(), bestOfTurn(i), i)
                        : new FirstVoice(s.speaker(), firstClaim(i), i);
            }
        }
        return null;
    }

    /** Whether sentence {@code j} may be quoted for a first speaker: a point worth quoting, standing alone, not told elsewhere. */
    private boolean firstQuotable(int j) {
        // a verbless answer to the moderator ("Security updates, and telling the consumer for how long they will get
        // them.") or a "they" is no point
        return scorer.quotable(j) && !used.contains(j) && !toldLater.contains(j) && !aside(j)
                && scorer.score(j) >= medianScore() && d.told(j).size() == 1;
    }

    /** The first claim on the session's question in the first turns of sentence {@code i}'s speaker; null where none. */
    private Integer firstClaim(int i) {
        String speaker = d.sentence(i).speaker();
        int turns = 0;
        org.rapporteur.model.Turn last = null;
        for (int j = i; j < d.size(); j++) {
            Sentence s = d.sentence(j);
            if (!s.speaker().equals(speaker) || d.inClosingRound(j)) {
                continue;
            }
            if (s.turn() != last) {
                last = s.turn();
                if (++turns > FIRST_TURNS) {
                    break;
                }
            }
            // their first claim on the session's question, not how their organisation began or a law's history
            if (firstQuotable(j) && claims(j) && d.agenda().mentions(j) && s.wordCount() <= FIRST_CLAIM_WORDS) {
                return j;
            }
        }
        return null;
    }

    /** The best point of sentence {@code i}'s turn the account can tell in its own words; null where none. */
    private Integer bestOfTurn(int i) {
        Integer best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int j = i; j < d.size() && d.sentence(j).turn() == d.sentence(i).turn(); j++) {
            if (!firstQuotable(j)) {
                continue;
            }
            double score = scorer.score(j) * (personal(j) ? PERSONAL : 1);
            if (score > bestScore) {
                best = j;
                bestScore = score;
            }
        }
        return best;
    }

    /** One topic: the question that opened it, the strongest statements by different speakers, the responses. */
    private String segment(Segment segment) {
        StringBuilder p = new StringBuilder();
        int namedBefore = topicsNamed.size();
        Agenda.Label topic = topic(segment);
        // below the agenda's floor the paragraph is about a topic of the talk, named by its keyphrase
        String theme = topic == null ? null : topic.isPolicyQuestion() ? topicLabel(topic.text()) : topic.text();
        segmentTopic = topic == null ? null : topic.text();
        boolean statements = topic != null && !topic.isPolicyQuestion() && topic.text().equals(Agenda.STATEMENTS);
        if (statements) {
            p.append("The panellists opened with prepared statements. ");
        } else if (theme != null) {
            p.append(segment.number() == 0 ? "The discussion opened on " : themesOpened.contains(theme)
                    ? "The discussion returned to " : "The discussion then turned to ").append(sentence(theme))
                    .append(' ');
            themesOpened.add(theme);
        }
        Integer question = segment.number() > 0 ? openingQuestion(segment) : null;
        // in a hearing a long question is the setting of what the witness answered, named with the answer, never
        // quoted whole to open a theme
        if (question != null && !(d.readsAsHearing() && d.sentence(question).wordCount() > LONG_QUOTE)) {
            used.add(question);
            p.append(who(d.sentence(question).speaker())).append(theme != null ? " asked: " : " then asked: ")
                    .append(quote(question)).append(' ');
        }
        List<Integer> picked = new ArrayList<>();
        Set<String> speakers = new LinkedHashSet<>();
        // the concession the ending quotes is told there, not first as a voice of the theme
        Integer concession = concession(segment);
        if (concession != null) {
            used.add(concession);
        }
        // every stakeholder voice that spoke on the theme with weight, as far as the theme's share of the narrative goes
        int budget = themeWords() - Wording.words(p.toString());
        Set<String> groups = new HashSet<>();
        int most = voiceCaps.getOrDefault(segment.number(), MAX_VOICES);
        if (statements || !d.readsAsHearing()) {
            // each panellist's statement in a round of them is told by its thesis, as their position's summary is (the
            // IGF form's presentation summaries), not by the best scored sentences there; a statement opening a theme,
            // a presentation say, where its speaker names the point ("The headline is: …")
            Set<String> tried = new HashSet<>();
            for (int i = segment.first(); i <= segment.last() && picked.size() < most; i++) {
                String speaker = d.sentence(i).speaker();
                if (d.people().chairs(speaker) || !tried.add(speaker)) {
                    continue;
                }
                Set<Integer> talk = PositionFinder.openingTurns(d, speaker);
                Integer thesis = talk.contains(d.sentence(i).turn().index()) ? thesis(talk) : null;
                if (thesis != null && segment.contains(thesis) && !toldLater.contains(thesis)
                        && (statements || PositionFinder.statesThesis(d.sentence(thesis).text()))) {
                    budget -= d.told(thesis).stream().mapToInt(j -> d.sentence(j).wordCount()).sum() + 3;
                    picked.add(thesis);
                    speakers.add(speaker);
                    if (d.group(speaker) != null) {
                        groups.add(d.group(speaker));
                    }
                    used.add(thesis);
                }
            }
        }
        while (picked.size() < most) {
            // beyond two voices, each further one brings a stakeholder group the paragraph has not heard yet
            boolean more = picked.size() >= PER_SEGMENT;
            Integer next = best(segment, i -> !speakers.contains(d.sentence(i).speaker())
                    && !d.people().chairs(d.sentence(i).speaker())
                    && (!more || newGroup(i, groups)));
            // a further voice is told where it says something of weight, not to fill the paragraph: a statement
            // as worth quoting as most, or, from a stakeholder group not heard yet, a claim on the theme
            if (next == null || !picked.isEmpty() && scorer.score(next) < medianScore()
                    && !(newGroup(next, groups) && SentenceScorer.claims(d.sentence(next))
                    && scorer.score(next) >= medianScore() / 2)) {
                break;
            }
            int words = d.told(next).stream().mapToInt(j -> d.sentence(j).wordCount()).sum() + 3;
            if (picked.size() >= PER_SEGMENT && words > budget) {
                break;
            }
            budget -= words;
            picked.add(next);
            speakers.add(d.sentence(next).speaker());
            if (d.group(d.sentence(next).speaker()) != null) {
                groups.add(d.group(d.sentence(next).speaker()));
            }
            used.add(next);
        }
        List<Integer> chosen = List.copyOf(picked);
        Agenda.Label toldOn = toldOn(segment, topic, chosen);
        if (toldOn != topic) {
            // a session told as one theme is filed under the question its voices speak to most, not the one its
            // talk reached first
            topicsNamed.remove(topic.question());
            topicsNamed.add(toldOn.question());
            segmentTopic = toldOn.text();
            p.setLength(0);
            p.append("The discussion opened on ").append(sentence(topicLabel(toldOn.text()))).append(' ');
        }
        Map<Integer, Integer> wordsOf = new HashMap<>();
        picked.sort(Integer::compare);
        String previousLead = "";
        boolean saidAlso = false;
        Integer unquoted = question != null && !used.contains(question) ? question : null;
        boolean setDone = false;
        for (int k = 0; k < picked.size(); k++) {
            int i = picked.get(k);
            // a reply only where the transcript shows one: within two turns, naming its speaker, or answering a
            // question put to them; another voice on the theme "also" spoke on it
            Integer answered = null;
            for (int j = k - 1; j >= 0 && answered == null; j--) {
                answered = replies(d, picked.get(j), i) ? picked.get(j) : null;
            }
            // the long question a hearing's theme opened on, not quoted, is named with the answer it sets
            boolean set = !relationAt.containsKey(i) && unquoted != null && !setDone && replies(d, unquoted, i);
            setDone |= set;
            // "also" once in a paragraph, and never after the question that sets an answer: it says nothing there
            boolean also = k > 0 && answered == null && !saidAlso && !set;
            saidAlso |= also && !relationAt.containsKey(i);
            String verb = relationAt.getOrDefault(i, k == 0 ? FIRST_VERBS[segment.number() % FIRST_VERBS.length]
                    : also ? ALSO_VERBS[(segment.number() + k) % ALSO_VERBS.length]
                    : NEXT_VERBS[(segment.number() + k) % NEXT_VERBS.length]);
            // an agreement or disagreement names whom it answers itself
            String reply = answered != null && rebuts(answered, i) ? "In rebuttal" : "In response";
            boolean rightAfter = answered != null && k > 0 && answered == picked.get(k - 1);
            String lead = relationAt.containsKey(i) ? "" : set ? setting(unquoted)
                    : k == 0 ? question != null && replies(d, question, i) ? "In reply, " : ""
                    : answered == null ? "" : rightAfter ? reply + ", "
                    : reply + " to " + d.sentence(answered).speaker() + ", ";
            // a round of answers one after the other ("In response, … In response, …") reads as a chain: the reply
            // is said once, the voices after it follow on
            if (lead.equals(reply + ", ") && previousLead.equals(lead)) {
                lead = "";
            }
            previousLead = lead;
            String voice = lead + told(i, verb);
            wordsOf.put(i, Wording.words(voice));
            p.append(voice).append(' ');
        }
        voices.put(segment.number(), chosen.stream().map(i -> new double[] {scorer.score(i), wordsOf.get(i)})
                .toList());
        if (concession != null) {
            used.remove(concession);
        }
        String end = p.length() > 0 ? ending(segment) : "";
        p.append(end);
        if (picked.isEmpty() && end.isBlank()) {
            // a theme introduced, or asked, and then told nothing of ("The discussion then turned to supply chain.")
            // is no paragraph: a poll on it goes to the theme it bears on, the policy question to those told later
            if (topicsNamed.size() > namedBefore) {
                topicsNamed.remove(topic.question());
            }
            return "";
        }
        return p.toString().strip();
    }

    /** Whether sentence {@code reply} answers {@code answered} from the other side of a debate's motion. */
    private boolean rebuts(int answered, int reply) {
        return motion != null && motion.opposes(d.sentence(answered).speaker(), d.sentence(reply).speaker());
    }

    /** The setting of a witness's answer to a long question: "In answer to a question from X, ", the question cited. */
    private String setting(int asked) {
        cited.add(d.sentence(asked).evidence());
        return "In answer to a question from " + who(d.sentence(asked).speaker()) + ", ";
    }

    /** Whether the speaker of sentence {@code i} is of a known stakeholder group not among {@code groups}. */
    private boolean newGroup(int i, Set<String> groups) {
        String group = d.group(d.sentence(i).speaker());
        return group != null && !groups.contains(group);
    }

    /**
     * The words a theme paragraph may take: the narrative's length in all less what the opening, the audience round
     * and the closing take, shared among the themes.
     */
    private int themeWords() {
        int themes = (NARRATIVE_WORDS - openingWords - AUDIENCE_AND_CLOSING) / Math.max(1, d.segments().size());
        return Math.max(THEME_WORDS_AT_LEAST, themes - ENDING_WORDS);
    }

    /**
     * How the theme ended, where the transcript shows it: a disagreement on it later settled or narrowed (its
     * resolution, or the same two agreeing later), one left open (neither), or, where nobody disagreed, agreement
     * in the theme's second half that the paragraph has not told yet. Each pair of speakers is given one ending in the whole narrative, so joined
     * paragraphs do not end the same exchange twice. Empty where the theme shows none.
     */
    private String ending(Segment segment) {
        List<Relation> disagreements = inTheme(relations.disagreements(), segment);
        for (Relation r : disagreements) {
            if (!endingsTold.contains(pair(r)) && r.resolution() != null && !r.resolution().evidence().isEmpty()) {
                endingsTold.add(pair(r));
                String about = objection(r);
                List<Evidence> settled = r.resolution().evidence();
                cited.addAll(settled);
                String what = conceded(settled);
                return about + "The disagreement between " + r.speaker() + " and " + r.with() + " narrowed: "
                        + settled.get(0).speaker() + (what == null ? " conceded the point."
                        : " said: \u201c" + what + "\u201d");
            }
        }
        for (Relation r : disagreements) {
            if (endingsTold.add(pair(r))) {
                int citedBefore = cited.size();
                Integer objecting = byEvidence.get(key(r.evidence().get(0)));
                boolean toldAlready = objecting != null && used.contains(objecting);
                String about = objection(r);
                Relation later = laterAgreement(r);
                if (later != null) {
                    // the concession in its own words: who agreed is not enough to say what was conceded (in a
                    // hearing, where agreeing is courtesy, only who)
                    Evidence conceded = later.evidence().get(0);
                    cited.add(conceded);
                    String what = d.readsAsHearing() ? null : conceded(List.of(conceded));
                    return about + "The disagreement between " + r.speaker() + " and " + r.with() + " narrowed: "
                            + later.speaker() + (what == null ? " later agreed with " + later.with() + "."
                            : " later agreed: \u201c" + what + "\u201d");
                }
                if (about.isBlank() && !toldAlready) {
                    // "left open" says which point only after the objection is told: alone it names none, and the
                    // objection's sentence is no evidence of a paragraph that does not tell it
                    cited.subList(citedBefore, cited.size()).clear();
                    return "";
                }
                // with someone not in the room ("the European Commission's position"), nothing could settle it
                return d.people().isSessionPerson(r.with()) ? about + "The disagreement between " + r.speaker()
                        + " and " + r.with() + " was left open." : about.strip();
            }
        }
        // in a hearing "I agree with the minister" is courtesy before the question more often than a conclusion
        if (!disagreements.isEmpty() || d.readsAsHearing()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        // an agreement ends the theme only where it comes late in it: one early on is only how the talk went
        int late = segment.first() + (segment.last() - segment.first()) / 2;
        for (Relation r : inTheme(relations.agreements(), segment)) {
            if (pairs.size() < 2 && byEvidence.get(key(r.evidence().get(0))) >= late && saysWhat(r)
                    && !pairsTold.contains(pair(r)) && endingsTold.add(pair(r))) {
                cited.add(r.evidence().get(0));
                // in their own words: who agreed with whom says nothing of what they agreed on
                pairs.add(r.speaker() + " agreed with " + r.with() + ": \u201c" + spoken(r.evidence().subList(0, 1))
                        + "\u201d");
            }
        }
        return pairs.isEmpty() ? "" : "The theme ended in agreement. " + String.join(" ", pairs);
    }

    /**
     * A concession's words with what it concedes: "You are right." says nothing on its own, the sentence after it in
     * its turn says what is conceded and is quoted with it; null where nothing follows to say it.
     */
    private String conceded(List<Evidence> said) {
        String quote = spoken(said);
        if (Terms.ofPlainText(quote).size() >= AGREED_WORDS) {
            return quote;
        }
        Integer i = byEvidence.get(key(said.get(said.size() - 1)));
        if (i == null || i + 1 >= d.size() || !sameTurn(i, i + 1) || !d.substantive(i + 1)) {
            return null;
        }
        used.add(i + 1);
        cited.add(d.sentence(i + 1).evidence());
        return quote + " " + d.sentence(i + 1).text().strip();
    }

    /**
     * Whether an agreement's words say what was agreed: "I fully agree." and "I agree with Arjun." do not (fewer than
     * {@link #AGREED_WORDS} content words besides the names and the agreeing).
     */
    private static boolean saysWhat(Relation r) {
        Set<String> words = new HashSet<>(Terms.ofPlainText(r.evidence().get(0).quote()));
        for (String name : List.of(r.speaker(), r.with())) {
            words.removeAll(Terms.ofPlainText(name));
            words.removeIf(w -> Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(p -> p.startsWith(w)));
        }
        words.removeIf(w -> w.startsWith("agree") || w.equals("fully") || w.equals("completely"));
        return words.size() >= AGREED_WORDS;
    }

    /**
     * What a disagreement the paragraph has not told yet was about, as its speaker said it: the objection with the
     * claim it announces ("I would push back on what X said about ... … Voluntary codes do not reach them."), or the
     * objection alone where it states its substance; empty where the paragraph has told it already or it says
     * nothing on its own.
     */
    private String objection(Relation r) {
        // the ending states the disagreement, told or not: its sentence is the paragraph's evidence either way
        cited.add(r.evidence().get(0));
        Integer i = byEvidence.get(key(r.evidence().get(0)));
        // an objection that says nothing on its own ("I don't agree.") and announces no claim in its turn is not
        // quoted, one naming its topic ("I'm going to disagree with Claire, a little bit, on labels.") is; in a
        // hearing "I disagree with the honourable member" is the partisan form of the exchange, told only as open
        // or narrowed, as an agreement there is courtesy
        if (i == null || used.contains(i) || d.readsAsHearing()
                || d.told(i).isEmpty() && d.sentence(i).wordCount() < TOPIC_NAMED) {
            return "";
        }
        List<Integer> said = objected(r, d.told(i).isEmpty() ? List.of(i) : d.told(i));
        if (said.isEmpty()) {
            return "";
        }
        if (said.size() == 1 && d.sentence(i).wordCount() < TOPIC_NAMED) {
            // a reply that only grades the point it answers ("Partly fair, I would say.") is quoted with the sentence
            // after it in its turn that says what it contests, or not at all
            Integer contested = contested(i);
            if (contested == null) {
                return "";
            }
            said = List.of(i, contested);
        }
        pairsTold.add(pair(r));
        said.forEach(j -> {
            cited.add(d.sentence(j).evidence());
            used.add(j);
        });
        return Wording.closed(Wording.quoted(who(r.speaker()), "disagreed with " + r.with(),
                said.stream().map(d::sentence).toList())) + " ";
    }

    /**
     * The sentences of its turn a disagreement stands on: those telling its first ({@code told}) and the further
     * ones the relation cites, as a concession and the refusal after it ("On permits, I agree that they can be slow.
     * But our waters are not an empty space."), which are told together, since the concession alone says the
     * opposite; none where the paragraph has told the refusal already.
     */
    private List<Integer> objected(Relation r, List<Integer> told) {
        List<Integer> said = new ArrayList<>(told);
        for (Evidence e : r.evidence().subList(1, r.evidence().size())) {
            Integer j = byEvidence.get(key(e));
            if (j != null && d.sentence(j).turn() == d.sentence(told.get(0)).turn() && !said.contains(j)) {
                if (used.contains(j)) {
                    return List.of();
                }
                said.add(j);
            }
        }
        return said;
    }

    /** The statement right after a short objection in its turn, standing alone and not told yet; null where none. */
    private Integer contested(int i) {
        int j = i + 1;
        boolean follows = j < d.size() && d.sentence(j).turn() == d.sentence(i).turn() && d.substantive(j)
                && !used.contains(j) && d.told(j).size() == 1 && d.sentence(j).wordCount() >= TOPIC_NAMED;
        return follows ? j : null;
    }

    /**
     * The sentence conceding the disagreement the theme's ending will tell (the first settled one not told yet, else
     * the first not told yet, conceded by a later agreement); null where the ending quotes none.
     */
    private Integer concession(Segment segment) {
        List<Relation> disagreements = inTheme(relations.disagreements(), segment);
        for (Relation r : disagreements) {
            if (!endingsTold.contains(pair(r)) && r.resolution() != null && !r.resolution().evidence().isEmpty()) {
                return byEvidence.get(key(r.resolution().evidence().get(0)));
            }
        }
        for (Relation r : disagreements) {
            if (!endingsTold.contains(pair(r))) {
                Relation later = laterAgreement(r);
                return later == null ? null : byEvidence.get(key(later.evidence().get(0)));
            }
        }
        return null;
    }

    /** An agreement between the two speakers of a disagreement, either way round, said after it; null if none. */
    private Relation laterAgreement(Relation disagreement) {
        int at = byEvidence.get(key(disagreement.evidence().get(0)));
        for (Relation r : relations.agreements()) {
            Integer i = r.evidence().isEmpty() ? null : byEvidence.get(key(r.evidence().get(0)));
            if (i != null && i > at && r.with() != null && pair(r).equals(pair(disagreement))) {
                return r;
            }
        }
        return null;
    }

    private static Set<String> pair(Relation r) {
        return Set.of(r.speaker(), r.with());
    }

    /** The relations between two people of the session whose sentence lies in the segment, in the order said. */
    private List<Relation> inTheme(List<Relation> all, Segment segment) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : all) {
            Integer i = r.evidence().isEmpty() ? null : byEvidence.get(key(r.evidence().get(0)));
            // between people of the session: a label ("Acting Chair") the finder could not resolve says nothing
            if (i != null && r.with() != null && segment.contains(i) && d.people().person(r.with()) != null
                    && d.people().person(r.speaker()) != null) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt(r -> byEvidence.get(key(r.evidence().get(0)))));
        return out;
    }

    /**
     * A statement as a rapporteur tells it: in the third person where it stands on its own ("X argued that ...",
     * framing dropped); quoted, verbatim, where it speaks for the speaker's "I", addresses "you", or agrees or
     * disagrees with someone, as the tool's wording would misread those.
     */
    private String told(int i, String verb) {
        Sentence s = d.sentence(i);
        if (!relationAt.containsKey(i) && RULE_IN_FORCE.find(s.text())) {
            // a rule in force is what the speaker reported, whatever verb the paragraph's turn would give an argument
            verb = verb.startsWith("also ") ? "also reported" : "reported";
        }
        String speaker = who(s.speaker());
        List<Integer> whole = d.told(i);
        if (whole.size() > 1) {
            // the sentence before it that it points back to, or the list it announces, quoted with it
            whole.forEach(j -> {
                cited.add(d.sentence(j).evidence());
                used.add(j);
            });
            return Wording.closed(Wording.quoted(speaker, verb, whole.stream().map(d::sentence).toList()));
        }
        if (relationAt.containsKey(i) || personal(i)) {
            if (relationOf.containsKey(i) && relationOf.get(i).with() != null) {
                pairsTold.add(pair(relationOf.get(i)));
            }
            return speaker + " " + verb + ": " + quote(i);
        }
        cited.add(s.evidence());
        String call = Wording.calledOn(speaker, s.text());
        return Wording.closed(call != null ? call : Wording.reported(speaker, verb, Wording.clause(s.text()), s));
    }

    private String audience(List<Question> all) {
        List<Question> questions = audienceQuestions(all);
        if (questions.isEmpty()) {
            return "";
        }
        // each question counted by how it reached the panel, so the counts are the list's
        Map<Question.Channel, Long> by = questions.stream().collect(Collectors.groupingBy(
                q -> q.channel() != null ? q.channel() : Question.Channel.usual(q.source()),
                () -> new EnumMap<>(Question.Channel.class), Collectors.counting()));
        List<String> counts = new ArrayList<>();
        by.forEach((channel, n) -> counts.add(counts.isEmpty()
                ? n + (n == 1 ? " question was asked " : " questions were asked ") + channel.words()
                : n + " " + channel.words()));
        StringBuilder p = new StringBuilder("Participants also put questions to the panel: ")
                .append(String.join(", ", counts)).append('.');
        List<Question> told = toldQuestions(questions);
        for (Question q : told) {
            List<Evidence> asked = asking(q);
            cited.addAll(asked);
            p.append(' ').append(q.asker() == null ? "One participant asked" : who(q.asker()) + " asked");
            if (q.relayedBy() != null) {
                p.append(" (read out by ").append(q.relayedBy()).append(')');
            }
            p.append(": \u201c").append(spoken(asked)).append('\u201d');
            Question.Answer a = spokenAnswer(q).orElse(null);
            if (a != null) {
                List<Evidence> said = answering(a);
                cited.addAll(said);
                p.append(' ').append(who(a.speaker())).append(" answered: \u201c").append(spoken(said))
                        .append('\u201d');
            }
        }
        // a question put on air that no one took up is said to be left open, as a rapporteur would
        questions.stream().filter(q -> !told.contains(q) && q.source() == EvidenceSource.TRANSCRIPT
                        && spokenAnswer(q).isEmpty() && !takenUpLater(q)).limit(UNANSWERED_TOLD).forEach(q -> {
            List<Evidence> asked = asking(q);
            cited.addAll(asked);
            p.append(' ').append(q.asker() == null ? "One participant's question" : "The question of " + who(q.asker()))
                    .append(" was left unanswered: \u201c").append(spoken(asked)).append('\u201d');
        });
        return p.toString();
    }

    /**
     * Whether someone other than the chairs and the asker names the asker after the question ("Thank you, Lena. It's
     * a fair question."): a question taken up later than the answer pairing reaches, not one left open; a chair's
     * "Jean-Paul, I'm sorry we didn't get to …" takes up nothing.
     */
    private boolean takenUpLater(Question q) {
        Integer at = byEvidence.get(key(q.evidence().get(q.evidence().size() - 1)));
        if (q.asker() == null || at == null) {
            return false;
        }
        Pattern name = Pattern.compile("\\b" + Pattern.quote(q.asker().split("\\s+")[0]) + "\\b");
        for (int i = at + 1; i < d.size(); i++) {
            String speaker = d.sentence(i).speaker();
            if (!speaker.equals(q.asker()) && !d.people().chairs(speaker) && name.matcher(d.sentence(i).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words a question is quoted by: its first piece of evidence and, where that only sets the question up ("You
     * said operators publish the orders afterwards."), the asker's question right after it.
     */
    private static List<Evidence> asking(Question q) {
        Evidence first = q.evidence().get(0);
        if (first.quote().strip().endsWith("?") || q.evidence().size() < 2) {
            return List.of(first);
        }
        Evidence next = q.evidence().get(1);
        boolean follows = next.source() == first.source() && java.util.Objects.equals(next.speaker(), first.speaker())
                && next.quote().strip().endsWith("?");
        return follows ? List.of(first, next) : List.of(first);
    }

    /**
     * The audience's questions the paragraph on them counts: in a hearing every member's turn is a question, and
     * counting them, or quoting one as the audience's, says nothing.
     */
    private List<Question> audienceQuestions(List<Question> all) {
        return d.readsAsHearing() ? all.stream().filter(q -> q.source() != EvidenceSource.TRANSCRIPT).toList() : all;
    }

    /** The questions the audience paragraph tells: those answered on air first, then the weightiest. */
    private List<Question> toldQuestions(List<Question> questions) {
        // weighed once each, not at every comparison of the sort
        Map<Question, Double> weights = new IdentityHashMap<>();
        questions.forEach(q -> weights.put(q, questionWeight(q)));
        return questions.stream().sorted(Comparator.comparing((Question q) -> spokenAnswer(q).isEmpty())
                        .thenComparing(Comparator.comparingDouble((Question q) -> weights.get(q)).reversed()))
                .limit(audienceQuestions).toList();
    }

    /** The panel's answer on air; a chat reply is the organisers' acknowledgement, not an answer. */
    private static java.util.Optional<Question.Answer> spokenAnswer(Question q) {
        return q.answers().stream().filter(x -> !x.evidence().isEmpty()
                && x.evidence().get(0).source() == EvidenceSource.TRANSCRIPT).findFirst();
    }

    /**
     * The sentences of an answer that say something: the first quotable one that is not the thanks or "good
     * question" an answer may open with, with the sentences it needs to stand alone (what it announces: "the
     * networks that survive have three things in common" and the first of them); the first sentence where none is.
     */
    private List<Evidence> answering(Question.Answer a) {
        for (Evidence e : a.evidence()) {
            Integer i = byEvidence.get(key(e));
            if (i != null && scorer.quotable(i) && !ACKNOWLEDGEMENT.find(e.quote()) && !d.told(i).isEmpty()) {
                return d.told(i).stream().map(j -> d.sentence(j).evidence()).toList();
            }
        }
        return List.of(a.evidence().get(0));
    }

    private double questionWeight(Question q) {
        Set<String> words = Terms.ofPlainText(q.text());
        double w = 0;
        for (String t : words) {
            w += d.weight(t);
        }
        return w / Math.sqrt(words.size() + 3.0);
    }

    /**
     * The closing paragraph: the session's own summary and stated consensus first, quoted, then the strongest
     * statements of the closing round by those who did not summarise.
     */
    private String closing(List<StatedConclusions.Point> conclusions) {
        StringBuilder summary = new StringBuilder();
        Set<Integer> cues = new HashSet<>();
        Set<Integer> gisted = new HashSet<>();
        String summariser = null;
        for (StatedConclusions.Point c : conclusions) {
            if (gisted.contains(c.statement())) {
                // a point of a list told by its gist and also a consensus stated: told once; what introduced it
                // again ("Where we did not fully agree is on …") is told on its own
                if (!gisted.contains(c.cue()) && cues.add(c.cue()) && used.add(c.cue())) {
                    summary.append(' ').append(who(c.speaker())).append(" added: ").append(quote(c.cue()));
                }
                continue;
            }
            boolean consensus = c.basis().equals(StatedConclusions.STATED_CONSENSUS);
            List<StatedConclusions.Point> items = conclusions.stream().filter(x -> x.cue() == c.cue()).toList();
            boolean list = items.size() > 1 || StatedConclusions.promisedItems(d.sentence(c.cue()).text()) > 0;
            if (list && items.stream().anyMatch(x -> used.contains(x.statement()))) {
                // "So, three things I take away." announces points, some of which the key takeaways tell: not the
                // announcement, quoted alone or with the points left, but all the points' gist
                if (cues.add(c.cue())) {
                    items.forEach(x -> gisted.add(x.statement()));
                    summary.append(summary.length() == 0 ? "" : " ").append(gist(c.speaker(), items));
                    summariser = summariser == null ? c.speaker() : summariser;
                }
                continue;
            }
            if (!cues.add(c.cue())) {
                if (!used.contains(c.statement()) && used.add(c.statement())) {
                    summary.append(' ').append(quote(c.statement()));
                }
                continue;
            }
            summary.append(summary.length() == 0 ? "" : " ").append(who(c.speaker()))
                    .append(consensus && !namesDissent(c.cue()) ? " noted the room's agreement: " : " summed up: ");
            used.add(c.cue());
            if (c.statement() != c.cue() && (used.add(c.statement()) || !list)) {
                // the summary's cue and the statement it introduces, one quotation where said in one turn; a message
                // is told with its point though the takeaways quote it too
                // in the order said: an agreement stated "on that" follows the statement it agrees with
                int first = Math.min(c.cue(), c.statement());
                int second = Math.max(c.cue(), c.statement());
                summary.append(sameTurn(first, second) ? quote(first, second) : quote(first) + " " + quote(second));
            } else {
                summary.append(quote(c.cue()));
            }
            summariser = summariser == null ? c.speaker() : summariser;
        }
        String rest = closingRound(summariser);
        if (summary.length() == 0) {
            return rest;
        }
        return ("In closing, " + summary.toString().strip() + (rest.isEmpty() ? "" : " " + rest)).strip();
    }

    /**
     * "X summed up in three points: that A; that B; and that C.": each point in the tool's words, cut short before
     * its reason where that fits, quoted where it speaks in the speaker's own voice; each point's sentence cited.
     */
    private String gist(String speaker, List<StatedConclusions.Point> items) {
        List<String> told = new ArrayList<>();
        for (StatedConclusions.Point x : items) {
            cited.add(d.sentence(x.statement()).evidence());
            String point = Wording.within(x.content(), GIST_WORDS);
            point = (point == null ? x.content() : point).strip().replaceAll("[.!;:,]+$", "");
            Matcher topic = TOPIC_LABEL.matcher(point);
            // "Remedy: an internal portal is …" is told on its topic: "on remedy, that an internal portal is …"
            String on = topic.matches() && topicLabel(d.sentence(x.statement()), topic.group(1))
                    ? "on " + Wording.uncapitalised(topic.group(1)) + ", " : "";
            point = on.isEmpty() ? point : topic.group(2);
            told.add(Wording.speaksAsSpeaker(point) ? on + "\u201c" + Wording.closed(Wording.capitalised(point))
                    + "\u201d" : on + "that " + Wording.uncapitalised(d.sentence(x.statement()), point));
        }
        String count = items.size() == 1 ? "one point" : Numbers.word(items.size()) + " points";
        String joined = told.size() == 1 ? told.get(0) : String.join("; ", told.subList(0, told.size() - 1))
                + "; and " + told.get(told.size() - 1);
        return Wording.closed(who(speaker) + " summed up in " + count + ": " + joined);
    }

    /**
     * Whether the words before a point's colon name its topic: a few words, none of them a verb ("Remedy", not "One
     * thing is clear").
     */
    private static boolean topicLabel(Sentence s, String label) {
        Set<String> words = new HashSet<>(Arrays.asList(label.toLowerCase(Locale.ROOT).split("\\s+")));
        if (words.size() > TOPIC_LABEL_WORDS) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.word().equals(":")) {
                return true;
            }
            if ((t.isVerb() || t.pos().equals("MD")) && words.contains(t.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the turn from sentence {@code cue} on says where the room did not agree ("where we did not fully agree
     * is ..."): an agreement stated with its limits is a summary of the debate.
     */
    private boolean namesDissent(int cue) {
        for (int j = cue; j < d.size() && d.sentence(j).turn() == d.sentence(cue).turn(); j++) {
            if (DISSENT_NOTED.find(d.sentence(j).text())) {
                return true;
            }
        }
        return false;
    }

    private String closingRound(String summariser) {
        List<Integer> picked = new ArrayList<>();
        Set<String> speakers = new HashSet<>();
        if (summariser != null) {
            speakers.add(summariser);
        }
        for (int round = 0; round < 2; round++) {
            Integer next = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < d.size(); i++) {
                    String speaker = d.sentence(i).speaker();
                if (d.inClosingRound(i) && !used.contains(i) && scorer.quotable(i) && !d.told(i).isEmpty()
                        && !d.people().chairs(speaker)
                        && !speakers.contains(speaker) && scorer.score(i) * scorer.voice(i) > bestScore) {
                    bestScore = scorer.score(i) * scorer.voice(i);
                    next = i;
                }
            }
            if (next == null) {
                break;
            }
            picked.add(next);
            used.add(next);
            speakers.add(d.sentence(next).speaker());
        }
        if (picked.isEmpty()) {
            return "";
        }
        picked.sort(Integer::compare);
        StringBuilder p = new StringBuilder(summariser == null ? "In the closing part of the session, " : "");
        for (int k = 0; k < picked.size(); k++) {
            int i = picked.get(k);
            p.append(k == 0 ? "" : " ").append(told(i, k == 0 ? "concluded" : "added"));
        }
        return p.toString();
    }

    /** What a segment is about, by the session's {@link Agenda}; null where it names nothing. */
    /**
     * The policy question a session told as one theme is about: the one more of the voices its paragraph tells speak
     * to (each to the question whose words it shares most) than to the one its talk reached first; else {@code
     * topic} as it is.
     */
    private Agenda.Label toldOn(Segment segment, Agenda.Label topic, List<Integer> told) {
        if (d.segments().size() > 1 || topic == null || !topic.isPolicyQuestion() || segment.number() != 0) {
            return topic;
        }
        Agenda agenda = d.agenda();
        int[] voices = new int[agenda.questionCount()];
        for (int i : told) {
            int closest = -1;
            for (int q = 0; q < voices.length; q++) {
                if (agenda.share(i, q) > 0 && (closest < 0 || agenda.share(i, q) > agenda.share(i, closest))) {
                    closest = q;
                }
            }
            if (closest >= 0) {
                voices[closest]++;
            }
        }
        int most = topic.question();
        for (int q = 0; q < voices.length; q++) {
            most = voices[q] > voices[most] ? q : most;
        }
        return most == topic.question() ? topic : new Agenda.Label(most, agenda.question(most));
    }

    private Agenda.Label topic(Segment segment) {
        Agenda.Label label = d.agenda().themes().get(segment.number());
        if (label != null && label.isPolicyQuestion()) {
            topicsNamed.add(label.question());
        }
        return label;
    }

    /**
     * The policy questions no paragraph was introduced with that the talk as a whole is about as much as a
     * paragraph's topic needs, in the page's order, each with what was said on it ("On shared services, X said
     * that …"): the statement closest to it that the narrative tells nowhere else, nor restates. A question whose
     * statements the narrative tells already is not named again: never named with nothing said of it, but in a
     * hearing, where the members' questions took it up.
     */
    private String otherTopics() {
        Agenda agenda = d.agenda();
        List<Integer> all = Agenda.sentences(new Segment(0, 0, d.size() - 1));
        StringBuilder out = new StringBuilder();
        List<String> lines = new ArrayList<>();
        for (int q = 0; q < agenda.questionCount(); q++) {
            if (topicsNamed.contains(q) || agenda.support(all, q) < Agenda.FLOOR) {
                continue;
            }
            String label = topicLabel(agenda.question(q));
            // a question as asked reads on its own, not as a topic
            boolean asked = label.startsWith(POLICY_QUESTION);
            if (d.readsAsHearing()) {
                // a hearing's lines of questioning are told by their exchanges: a witness's answer pulled out by its
                // topic would be quoted without the question it answers, so the line is only named
                lines.add(label);
                continue;
            }
            Integer closest = closestUntold(q);
            if (closest != null) {
                used.add(closest);
                String said = told(closest, "said");
                out.append(' ').append(asked ? "The session also spoke to " + sentence(label) + " " + said
                        : "On " + label + ", " + said);
            }
        }
        String named = lines.isEmpty() ? "" : "The members' questions also took up " + list(lines) + ". ";
        return (named + out.toString().strip()).strip();
    }

    /**
     * The claim closest to policy question {@code q} (the largest share of its words, then the better point) that a
     * panellist or participant made and the narrative tells nowhere else, nor restates: a view, not a scene set;
     * null where none says enough of the question.
     */
    private Integer closestUntold(int q) {
        Agenda agenda = d.agenda();
        Integer best = null;
        for (int i = 0; i < d.size(); i++) {
            // a claim that stands as the session's: not the chair's, nor one in the speaker's "I" ("I know he's a
            // strong advocate, so I want to reassure him"), which tells the exchange rather than the question
            if (!d.substantive(i) || !scorer.quotable(i) || used.contains(i) || toldLater.contains(i)
                    || d.chairsAt(i) || personal(i) || agenda.share(i, q) < Agenda.FLOOR / 2
                    || d.told(i).isEmpty() || !SentenceScorer.claims(d.sentence(i)) || restates(i)) {
                continue;
            }
            if (best == null || agenda.share(i, q) > agenda.share(best, q)
                    || agenda.share(i, q) == agenda.share(best, q) && scorer.score(i) > scorer.score(best)) {
                best = i;
            }
        }
        return best;
    }

    /** Whether a sentence restates one the narrative tells or will tell at its close. */
    private boolean restates(int i) {
        return Stream.concat(used.stream(), toldLater.stream())
                .anyMatch(j -> scorer.similarity(i, j) > RESTATED);
    }

    /**
     * The first question with content put in the segment's opening turn, if any; a question without a verb hands
     * the floor over ("Wolfgang, a last word from the vendor side?") and asks nothing of the theme.
     */
    private Integer openingQuestion(Segment segment) {
        Sentence first = d.sentence(segment.first());
        for (int i = segment.first(); i <= segment.last() && d.sentence(i).turn() == first.turn(); i++) {
            if (d.kind(i) == SentenceKind.QUESTION && d.sentence(i).wordCount() >= 8 && d.terms(i).size() >= 3
                    && d.sentence(i).hasFiniteVerb()) {
                return i;
            }
        }
        return null;
    }

    /** The best quotable sentence of a segment that passes the filter and is not quoted yet. */
    private Integer best(Segment segment, java.util.function.IntPredicate filter) {
        Integer best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = segment.first(); i <= segment.last(); i++) {
            // the closing round is the closing paragraph's, not a theme's
            if (!scorer.quotable(i) || used.contains(i) || toldLater.contains(i) || d.inClosingRound(i)
                    || !filter.test(i) || aside(i) || preamble(i) || d.told(i).isEmpty()) {
                continue;
            }
            // what the theme is about, not what came first in it: closeness to its most frequent content words
            double s = (scorer.score(i) + THEME_CENTRE * Terms.similarity(d.terms(i), centroid(segment)))
                    * scorer.voice(i);
            s *= Math.min(1.0, (double) LONG_QUOTE / d.sentence(i).wordCount()) * claimWeight(i);
            if (SentenceScorer.backReference(d.sentence(i).text())) {
                // "They could ask their clients ..." needs what came before it
                s *= 0.5;
            }
            if (relationAt.containsKey(i)) {
                s += 0.2;
            } else if (s > bestScore && personal(i)) {
                // a view the account can tell in its own words reads better than an "I" or a "you" quoted (asked
                // only of a sentence that could win, as the search is the costly part)
                s *= PERSONAL;
            }
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    /**
     * A statement's worth as a theme statement: at a panel a claim on the theme weighs more than a backdrop or a
     * fact list; in a hearing the witnesses' "it is important" and "we need" are as often reassurance as view, and
     * the facts put to them are the substance.
     */
    private double claimWeight(int i) {
        return d.readsAsHearing() || claims(i) ? 1 : UNCLAIMED;
    }

    /** Whether a sentence states a view: a claim ({@link SentenceScorer#claims}) that is not a rule in force. */
    private boolean claims(int i) {
        return SentenceScorer.claims(d.sentence(i)) && !RULE_IN_FORCE.find(d.sentence(i).text());
    }

    /** A pointer to what someone will say later, or a generic "you have" scene-setting: where the talk goes. */
    private boolean aside(int i) {
        String text = d.sentence(i).text();
        return FORWARD_POINTER.find(text) || SCENE_SETTING.find(text);
    }

    /**
     * Whether a sentence of someone the session does not list (the floor) is the preamble of their question: who
     * they are ("I'm Fatou Ndiaye from ..."), or what leads to the question they put later in the turn. Not in a
     * hearing, where what a member puts to a witness before the question is the substance of the exchange.
     */
    private boolean preamble(int i) {
        Sentence s = d.sentence(i);
        if (d.readsAsHearing() || scorer.voice(i) >= 1 || d.people().chairs(s.speaker())) {
            return false;
        }
        if (SELF_INTRODUCTION.find(s.text())) {
            return true;
        }
        for (int j = i + 1; j < d.size() && d.sentence(j).turn() == s.turn(); j++) {
            if (d.kind(j) == SentenceKind.QUESTION) {
                return true;
            }
        }
        return false;
    }

    private Set<String> centroid(Segment segment) {
        return centroids.computeIfAbsent(segment.number(), n -> centroid(d, segment));
    }

    /** A theme's centroid: the {@link #CENTROID_TERMS} content words said most often in its substantive sentences. */
    static Set<String> centroid(Discussion d, Segment segment) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = segment.first(); i <= segment.last(); i++) {
            if (d.substantive(i)) {
                d.terms(i).forEach(t -> counts.merge(t, 1, Integer::sum));
            }
        }
        List<String> terms = new ArrayList<>(counts.keySet());
        terms.sort(Comparator.comparingInt((String t) -> -counts.get(t)).thenComparing(Comparator.naturalOrder()));
        return Set.copyOf(terms.subList(0, Math.min(CENTROID_TERMS, terms.size())));
    }

    /** Whether a sentence speaks for the speaker's "I" or to "you"; searched once per sentence. */
    private boolean personal(int i) {
        // a "we" is quoted too (Wording), but weighs as much as any statement: a minister speaks for the government
        return personal.computeIfAbsent(i, k -> Wording.firstPersonSingular(d.sentence(k).text())
                || SECOND_PERSON.find(d.sentence(k).text()));
    }

    /** The median score of the quotable sentences. */
    private double medianScore() {
        if (Double.isNaN(median)) {
            List<Double> scores = new ArrayList<>();
            for (int i = 0; i < d.size(); i++) {
                if (scorer.quotable(i)) {
                    scores.add(scorer.score(i));
                }
            }
            scores.sort(Double::compare);
            median = scores.isEmpty() ? 0 : scores.get(scores.size() / 2);
        }
        return median;
    }

    /** The first quotable sentence of a listed speaker other than the opener; the session's size if none. */
    private int firstStatementOfOthers(String opener) {
        for (int i = 0; i < d.size(); i++) {
            String speaker = d.sentence(i).speaker();
            if (scorer.quotable(i) && !speaker.equals(opener) && d.people().has(speaker, Role.SPEAKER)) {
                return i;
            }
        }
        return d.size();
    }

    /**
     * Whether sentence {@code b} can be told as the reply to sentence {@code a}: by someone else, after it, within
     * {@link #REPLY_TURNS} turns, naming its speaker, or in the first turn after a question that named them.
     */
    static boolean replies(Discussion d, int a, int b) {
        Sentence first = d.sentence(a);
        Sentence reply = d.sentence(b);
        int gap = reply.turn().index() - first.turn().index();
        if (gap <= 0 || reply.speaker().equals(first.speaker())) {
            return false;
        }
        return gap <= REPLY_TURNS && !openingStatements(d, a, b) && !handedOverBetween(d, first, reply)
                || first.speaker().equals(d.people().mentioned(reply.text(), reply.speaker()))
                || first.isQuestion() && reply.speaker().equals(d.people().mentioned(first.text(), first.speaker()))
                && firstTurnSince(d, reply, first.turn().index());
    }

    /**
     * Whether a third voice between {@code first} and {@code reply} named the replier and not the first speaker
     * ("Rafael, on redundancy. Is satellite the answer?"): the reply answers that hand-over, not the turn before it,
     * unless the hand-over invites a reply ("Nadia, do you want to respond?").
     */
    private static boolean handedOverBetween(Discussion d, Sentence first, Sentence reply) {
        List<Turn> turns = d.session().turns();
        for (int t = first.turn().index() + 1; t < reply.turn().index() && t < turns.size(); t++) {
            Turn between = turns.get(t);
            if (between.speaker().equals(first.speaker()) || between.speaker().equals(reply.speaker())) {
                continue;
            }
            Set<String> named = d.people().mentionedAll(between.text());
            // "Rohan, Nadia, do you want to respond?" invites the reply to the turn before it
            if (named.contains(reply.speaker()) && !named.contains(first.speaker())
                    && !REPLY_INVITATION.find(between.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether both sentences are of their speakers' opening statements: prepared statements given in turn answer the
     * chair's hand-over, not the statement before them; a statement ending on a question (a member's in a hearing)
     * is answered, where one asking itself on the way ("Why not six hundred? Not because of …") is not.
     */
    private static boolean openingStatements(Discussion d, int a, int b) {
        Sentence first = d.sentence(a);
        Sentence reply = d.sentence(b);
        if (!PositionFinder.openingTurns(d, reply.speaker()).contains(reply.turn().index())
                || !PositionFinder.openingTurns(d, first.speaker()).contains(first.turn().index())) {
            return false;
        }
        int last = a;
        while (last + 1 < d.size() && d.sentence(last + 1).turn() == first.turn()) {
            last++;
        }
        return d.kind(last) != SentenceKind.QUESTION;
    }

    /** Whether the turn of {@code s} is its speaker's first since turn {@code since}. */
    private static boolean firstTurnSince(Discussion d, Sentence s, int since) {
        List<org.rapporteur.model.Turn> turns = d.session().turns();
        for (int t = since + 1; t < s.turn().index() && t < turns.size(); t++) {
            if (turns.get(t).speaker().equals(s.speaker())) {
                return false;
            }
        }
        return true;
    }

    /** A speaker by name, with their stakeholder group the first time the narrative names them. */
    private String who(String speaker) {
        String group = d.group(speaker);
        return group == null || !named.add(speaker) ? speaker : speaker + " (" + group + ")";
    }

    /** Evidence quoted in prose, one after the other, from after the first one's discourse openers. */
    private static String spoken(List<Evidence> said) {
        return Wording.unopened(String.join(" ", said.stream().map(e -> e.quote().strip()).toList()));
    }

    /** A sentence quoted from after its discourse openers ({@link Wording#unopened}). */
    private String quote(int i) {
        cited.add(d.sentence(i).evidence());
        return "\u201c" + Wording.unopened(d.sentence(i).text()) + "\u201d";
    }

    /** Two sentences of one turn quoted together, the omission between them marked. */
    private String quote(int a, int b) {
        cited.add(d.sentence(a).evidence());
        cited.add(d.sentence(b).evidence());
        return "\u201c" + Wording.unopened(d.sentence(a).text()) + (b == a + 1 ? " " : " \u2026 ")
                + d.sentence(b).text().strip() + "\u201d";
    }

    private boolean sameTurn(int a, int b) {
        return d.sentence(a).turn() == d.sentence(b).turn();
    }

    /**
     * A policy question as the topic of a sentence: its label where it has one ("Regulation and innovation: How
     * could ...?"), a topic phrase as it stands ("The grading system?" gives "the grading system"), a question
     * as asked.
     */
    static String topicLabel(String policyQuestion) {
        String q = policyQuestion.strip();
        int colon = q.indexOf(':');
        if (colon > 0 && q.substring(0, colon).split("\\s+").length <= 8
                && !QUESTION_WORD.matcher(q.substring(0, colon)).find()) {
            q = q.substring(0, colon).strip();
        } else if (QUESTION_WORD.matcher(q).find()) {
            // not in quotes: quotes in the narrative are reserved for the transcript's words
            return POLICY_QUESTION + q;
        }
        q = q.replaceAll("[?.!\\s]+$", "");
        boolean capitalisedWord = q.length() > 1 && Character.isUpperCase(q.charAt(1));
        return capitalisedWord || q.isEmpty() ? q : Character.toLowerCase(q.charAt(0)) + q.substring(1);
    }

    /** Text closed as a sentence: a full stop unless it ends on a question mark already. */
    private static String sentence(String text) {
        return text.endsWith("?") ? text : text + ".";
    }

    static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
