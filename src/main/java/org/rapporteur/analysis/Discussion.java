package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.Person;
import org.rapporteur.model.Session;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.AnnotatedSession;
import org.rapporteur.nlp.Sentence;

/**
 * An annotated session read once for every finder: what each sentence does, its content words, how central it
 * is to the whole discussion, and the topic segments. Everything is computed in one pass or two over the
 * sentences, so the finders stay cheap.
 */
public final class Discussion {

    /** A closing round is announced after this share of the session, if at all. */
    static final double CLOSING_NOT_BEFORE = 0.6;
    /** Share of the non-chairs' turns that put a question, from which a session reads as a hearing. */
    static final double HEARING_QUESTIONS = 0.3;
    /** The chair announcing the last round: "a last word from each of you", "closing remarks", "one key message". */
    private static final Cue CLOSING_CUE = Lexicon.cue("closing-round");

    private static final Cue HEARING_FORMAT = Lexicon.cue("hearing-format");
    private static final Cue PRESENTATION_FORMAT = Lexicon.cue("presentation-format");

    private final AnnotatedSession annotated;
    private final SessionPeople people;
    private final List<SentenceKind> kinds = new ArrayList<>();
    private final List<Set<String>> terms = new ArrayList<>();
    /** Content lemmas and plain words of each sentence: policy questions and titles are plain text. */
    private final List<Set<String>> words = new ArrayList<>();
    private final Map<String, Double> weights = new HashMap<>();
    /** Everyone heard saying something, by the name their turns go under. */
    private final Set<String> voices = new HashSet<>();
    private final double[] centrality;
    private final List<Segment> segments;
    /**
     * The session's keyphrases and the labeller of what its talk is about, made when first asked for by whichever
     * finder asks first (the finders may run on several threads, hence the locks).
     */
    private List<KeyphraseExtractor.Keyphrase> keyphrases;
    private Agenda agenda;
    /** The debate's motion, found once; {@code motionFound} tells a motion not put from one not yet looked for. */
    private Motion motion;
    private boolean motionFound;
    /** The first sentence of the closing round; the session's size when it has none. */
    private final int closingFrom;
    /** Members elected to chair for a while, and whether each sentence is such a temporary chair's. */
    private final List<TemporaryChair.Span> temporaryChairs;
    private final boolean[] temporarilyChairing;
    /** The turns cut into sentences at pauses (captions without punctuation), by index: worked out once per turn. */
    private final Set<Integer> pausedTurns = new HashSet<>();
    /** What tells each sentence on its own, worked out once for the finders that quote whole statements. */
    private final PerSentence<List<Integer>> told;
    private final boolean hearing;
    private final boolean readsAsHearing;
    /** Each sentence's statement without its framing, which several finders word for most sentences. */
    private final PerSentence<String> clauses;

    private Discussion(AnnotatedSession annotated) {
        this.annotated = annotated;
        this.clauses = new PerSentence<>(annotated.sentences().size(),
                i -> Wording.clause(annotated.sentences().get(i).text()));
        // asked of each sentence by the people's completion and again by the kinds: looked for once
        BitSet introductions = new BitSet();
        annotated.sentences().stream().filter(SelfIntroductions::introduces).forEach(s -> introductions.set(s.index()));
        List<Person> completed = SelfIntroductions.complete(annotated.session().people(), annotated.sentences(),
                introductions, annotated.session().chat());
        SessionPeople listed = new SessionPeople(completed);
        Set<String> officials = SessionOfficials.of(annotated.sentences(), listed);
        this.people = officials.isEmpty() ? listed : new SessionPeople(completed, officials);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Set<String>> speakers = new HashMap<>();
        annotated.session().turns().stream().filter(t -> t.words() > 0).forEach(t -> voices.add(t.speaker()));
        annotated.session().turns().stream().filter(Turn::pausedCaptions).forEach(t -> pausedTurns.add(t.index()));
        temporaryChairs = TemporaryChair.spans(annotated.sentences(), people);
        temporarilyChairing = TemporaryChair.chairing(annotated.sentences(), temporaryChairs);
        for (int i = 0; i < annotated.sentences().size(); i++) {
            Sentence s = annotated.sentences().get(i);
            // captions often drop the question mark: a question word with the auxiliary before its subject still asks
            kinds.add(SpokenText.classify(s.text(), s.wordCount(), s.isQuestion()
                    || SpokenText.asksAfterQuestionWord(s), chairsAt(i)));
        }
        annotated.sentences().forEach(s -> terms.add(Terms.of(s)));
        OwnWords.mark(annotated.sentences(), introductions, people, kinds, terms);
        // the kinds are settled: whether it is a hearing is asked of nearly every sentence
        hearing = computeIsHearing();
        readsAsHearing = computeReadsAsHearing();
        for (int i = 0; i < kinds.size(); i++) {
            Sentence s = annotated.sentences().get(i);
            SentenceKind kind = kinds.get(i);
            Set<String> t = terms.get(i);
            Set<String> w = new HashSet<>(t);
            w.addAll(Terms.ofPlainText(s.text()));
            words.add(Set.copyOf(w));
            if (kind == SentenceKind.SUBSTANCE || kind == SentenceKind.QUESTION) {
                for (String term : t) {
                    counts.merge(term, 1, Integer::sum);
                    speakers.computeIfAbsent(term, k -> new HashSet<>()).add(s.speaker());
                }
            }
        }
        counts.forEach((term, n) -> {
            if (n >= 2) {
                weights.put(term, Math.log1p(n) * (1 + 0.5 * Math.log(speakers.get(term).size())));
            }
        });
        centrality = centrality();
        segments = Segmenter.segments(this);
        closingFrom = closingRoundStart();
        told = new PerSentence<>(size(), i -> SelfContained.told(this, i));
    }

    /**
     * Where the closing round starts: the first turn after {@link #CLOSING_NOT_BEFORE} of the session in which a
     * chair (anyone, where nobody chairs) announces it. A hearing that simply runs out of questions has none.
     */
    private int closingRoundStart() {
        boolean anyChair = annotated.sentences().stream().anyMatch(s -> people.chairs(s.speaker()));
        for (int i = 0; i < size(); i++) {
            Sentence s = sentence(i);
            if (position(i) >= CLOSING_NOT_BEFORE && (!anyChair || people.chairs(s.speaker()))
                    && CLOSING_CUE.find(s.text())) {
                return i;
            }
        }
        return size();
    }

    public static Discussion of(AnnotatedSession annotated) {
        return new Discussion(annotated);
    }

    /**
     * Lexical overlap with the whole discussion, 0..1: the mean weight of a sentence's content words, each
     * weighted by use and by spread over speakers (a density, so long sentences earn nothing for length).
     */
    private double[] centrality() {
        double[] c = new double[terms.size()];
        double max = 0;
        for (int i = 0; i < c.length; i++) {
            double sum = 0;
            for (String t : terms.get(i)) {
                sum += weights.getOrDefault(t, 0.0);
            }
            c[i] = terms.get(i).isEmpty() ? 0 : sum / (terms.get(i).size() + 1.0);
            max = Math.max(max, c[i]);
        }
        if (max > 0) {
            for (int i = 0; i < c.length; i++) {
                c[i] /= max;
            }
        }
        return c;
    }

    public Session session() {
        return annotated.session();
    }

    public List<Sentence> sentences() {
        return annotated.sentences();
    }

    public Sentence sentence(int index) {
        return annotated.sentences().get(index);
    }

    public int size() {
        return annotated.sentences().size();
    }

    public SessionPeople people() {
        return people;
    }

    /** Whether the sentence's speaker chairs when saying it: a moderator, or a member elected to chair for a while. */
    public boolean chairsAt(int index) {
        return people.chairs(sentence(index).speaker()) || temporarilyChairing[index];
    }

    /** The stretches a member chaired ("I nominate X as temporary chair"). */
    List<TemporaryChair.Span> temporaryChairs() {
        return temporaryChairs;
    }

    public SentenceKind kind(int index) {
        return kinds.get(index);
    }

    /** The sentences that tell sentence {@code index} on its own ({@link SelfContained#told}); empty where none do. */
    List<Integer> told(int index) {
        return told.get(index);
    }

    /** The sentence's statement without framing, hesitations or list opener ({@link Wording#clause}). */
    String clause(int index) {
        return clauses.get(index);
    }

    /** Whether a sentence ends where the speech paused rather than on a stop: its captions have no punctuation. */
    boolean endsAtPause(int index) {
        return pausedTurns.contains(sentence(index).turn().index());
    }

    /** Whether a sentence is someone else's words read out (see {@link OwnWords}). */
    public boolean relayed(int index) {
        return kinds.get(index) == SentenceKind.RELAY;
    }

    public boolean substantive(int index) {
        return kinds.get(index) == SentenceKind.SUBSTANCE;
    }

    public Set<String> terms(int index) {
        return terms.get(index);
    }

    /**
     * The content lemmas of a sentence together with its plain words, so that plain text (a policy question, the
     * title) meets the sentence in either form.
     */
    public Set<String> words(int index) {
        return words.get(index);
    }

    public double weight(String term) {
        return weights.getOrDefault(term, 0.0);
    }

    public double centrality(int index) {
        return centrality[index];
    }

    /** Position in the session, 0 at the first sentence and 1 at the last. */
    public double position(int index) {
        return size() <= 1 ? 0 : (double) index / (size() - 1);
    }

    public boolean inClosingRound(int index) {
        return index >= closingFrom;
    }

    /**
     * Whether the session is a hearing: at least {@link #HEARING_QUESTIONS} of the turns of those who do not chair
     * put a question, so the questions are the format rather than an audience round.
     */
    public boolean isHearing() {
        return hearing;
    }

    private boolean computeIsHearing() {
        Map<Integer, Boolean> asks = new HashMap<>();
        for (int i = 0; i < size(); i++) {
            Sentence s = sentence(i);
            if (!people.chairs(s.speaker()) && (kinds.get(i) == SentenceKind.SUBSTANCE
                    || kinds.get(i) == SentenceKind.QUESTION)) {
                asks.merge(s.turn().index(), kinds.get(i) == SentenceKind.QUESTION, Boolean::logicalOr);
            }
        }
        long asking = asks.values().stream().filter(b -> b).count();
        return !asks.isEmpty() && asking >= HEARING_QUESTIONS * asks.size();
    }

    /**
     * Whether the report should read as a hearing's: the kind or format the session page gives says so ("hearing",
     * "committee"), or, where the page says neither, the transcript shows one ({@link #isHearing}).
     */
    public boolean readsAsHearing() {
        return readsAsHearing;
    }

    private boolean computeReadsAsHearing() {
        var info = session().info();
        String stated = info.kind() != null ? info.kind() : info.format();
        if (stated != null && !stated.isBlank()) {
            return HEARING_FORMAT.find(stated);
        }
        return isHearing();
    }

    /**
     * Whether the report should read as presentations in turn, each presenter's idea and then the questions: the
     * kind or format the session page gives says so ("Lightning Talk - 30 Min").
     */
    public boolean readsAsPresentations() {
        var info = session().info();
        return !readsAsHearing() && java.util.stream.Stream.of(info.kind(), info.format())
                .anyMatch(stated -> stated != null && PRESENTATION_FORMAT.find(stated));
    }

    public boolean hasClosingRound() {
        return closingFrom < size();
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The segment holding a sentence. */
    public Segment segmentOf(int index) {
        for (Segment s : segments) {
            if (s.contains(index)) {
                return s;
            }
        }
        return segments.get(segments.size() - 1);
    }

    /** The session's keyphrases, extracted once. */
    public synchronized List<KeyphraseExtractor.Keyphrase> keyphrases() {
        if (keyphrases == null) {
            keyphrases = KeyphraseExtractor.extract(this);
        }
        return keyphrases;
    }

    /** Whether someone said anything in the session under this name. */
    boolean spoke(String person) {
        return voices.contains(person);
    }

    /** The motion put in a debate, with its sides; null where none was put or the session reads as a hearing. */
    synchronized Motion motion() {
        if (!motionFound) {
            motion = readsAsHearing() ? null : Motion.find(this);
            motionFound = true;
        }
        return motion;
    }

    /** Which policy question or topic a stretch of this session's talk is about: one labeller for every finding. */
    synchronized Agenda agenda() {
        if (agenda == null) {
            agenda = new Agenda(this, keyphrases());
        }
        return agenda;
    }

    public String group(String speaker) {
        return people.group(speaker);
    }
}
