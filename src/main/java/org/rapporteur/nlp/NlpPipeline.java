package org.rapporteur.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.rapporteur.model.Session;
import org.rapporteur.model.Turn;

/**
 * The CoreNLP pipeline, loaded once per JVM and quality (a few seconds) and shared: one instance is thread-safe.
 * Annotate once, then walk the sentences: each keeps its turn, its verbatim text and its line.
 */
public final class NlpPipeline {

    private static final Map<Quality, NlpPipeline> SHARED = new EnumMap<>(Quality.class);

    private final StanfordCoreNLP coreNlp;
    private final Lemmas lemmas = new Lemmas();
    private final NERCombinerAnnotator ner;
    private final Predicate<List<CoreLabel>> needsNer;
    private final Quality quality;

    /** The CoNLL model alone: PERSON, ORGANIZATION, LOCATION and MISC are all analysis asks of NER. */
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private NlpPipeline(Quality quality) {
        this(quality, NameCandidates::mayHoldName);
    }

    /** {@code needsNer} says which tagged sentences the named-entity model sees; the others get no entity. */
    NlpPipeline(Quality quality, Predicate<List<CoreLabel>> needsNer) {
        this.quality = quality;
        this.needsNer = needsNer;
        Properties props = new Properties();
        props.setProperty("annotators", quality.annotators);
        // One CRF model instead of the default three, no dates, numbers or fine-grained classes: a third of the
        // load and annotation time of the default NER.
        props.setProperty("ner.model", NER_MODEL);
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("tokenize.options", "untokenizable=noneDelete");
        coreNlp = new StanfordCoreNLP(props);
        try {
            // Applied sentence by sentence below, not by the pipeline, so it can skip sentences with no name.
            ner = new NERCombinerAnnotator(props);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the named-entity model " + NER_MODEL, e);
        }
    }

    /** Starts loading the shared pipeline on a background thread, so it overlaps the application's start-up. */
    public static void preload(Quality quality) {
        Thread loader = new Thread(() -> shared(quality), "corenlp-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** The JVM's fast pipeline, loaded on first use. */
    public static NlpPipeline shared() {
        return shared(Quality.FAST);
    }

    /** The JVM's pipeline of that quality, loaded on first use; later callers wait for the first load. */
    public static NlpPipeline shared(Quality quality) {
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(quality, NlpPipeline::new);
        }
    }

    /** Annotates the session's turns one after the other on the calling thread. */
    public AnnotatedSession annotate(Session session) {
        return annotate(session, Runnable::run);
    }

    /**
     * Annotates the session's turns as separate tasks on {@code threads}, so that a session alone in a run keeps
     * every core busy. The sentences come back in turn order, numbered exactly as one after the other would.
     */
    public AnnotatedSession annotate(Session session, Executor threads) {
        List<CompletableFuture<List<TurnSentence>>> turns = new ArrayList<>();
        for (Turn turn : session.turns()) {
            turns.add(CompletableFuture.supplyAsync(() -> annotate(turn), threads));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int t = 0; t < turns.size(); t++) {
            Turn turn = session.turns().get(t);
            for (TurnSentence s : await(turns, t)) {
                sentences.add(new Sentence(sentences.size(), s.indexInTurn(), turn, s.text(), s.line(), s.seconds(),
                        s.tokens(), s.dependencies()));
            }
        }
        return new AnnotatedSession(session, sentences);
    }

    /**
     * The result of turn {@code t}. On a failure, or when the waiting thread is interrupted (the session ran past
     * its time limit), the turns not yet started are skipped and the failure thrown.
     */
    private static List<TurnSentence> await(List<CompletableFuture<List<TurnSentence>>> turns, int t) {
        try {
            return turns.get(t).get();
        } catch (InterruptedException e) {
            turns.forEach(f -> f.cancel(false));
            Thread.currentThread().interrupt();
            throw new CancellationException("annotation stopped");
        } catch (ExecutionException e) {
            turns.forEach(f -> f.cancel(false));
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** A sentence of one turn, before it gets its place in the session. */
    private record TurnSentence(int indexInTurn, String text, int line, Double seconds, List<Token> tokens,
                                List<Dependency> dependencies) {
    }

    /** Annotates the turn in bounded pieces ({@link TextPieces}); offsets stay those of the whole turn. */
    private List<TurnSentence> annotate(Turn turn) {
        String text = turn.text();
        if (text.isBlank()) {
            return List.of();
        }
        List<Integer> bounds = TextPieces.bounds(text, TextPieces.MAX_CHARS, turn.pauses());
        List<TurnSentence> sentences = new ArrayList<>();
        for (int p = 0; p + 1 < bounds.size(); p++) {
            if (Thread.currentThread().isInterrupted()) {
                // The session ran past its time limit: its result will not be used.
                throw new CancellationException("annotation stopped");
            }
            int offset = bounds.get(p);
            Annotation doc = new Annotation(text.substring(offset, bounds.get(p + 1)));
            coreNlp.annotate(doc);
            lemmas.annotate(doc.get(CoreAnnotations.SentencesAnnotation.class));
            namedEntities(doc);
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                int begin = offset + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = offset + s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                List<Token> tokens = new ArrayList<>();
                for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    tokens.add(new Token(t.word(), t.lemma(), t.tag(), t.ner() == null ? "O" : t.ner()));
                }
                sentences.add(new TurnSentence(sentences.size(), text.substring(begin, end), turn.lineAt(begin),
                        turn.secondsAt(begin), tokens, dependencies(s)));
            }
        }
        return sentences;
    }


    /**
     * Runs the named-entity annotator on the piece's sentences that may hold a name, as a document of their own:
     * the annotator labels each sentence on its own (after joining hyphenated words), and its labels land on the
     * piece's tokens. Tokens of the other sentences keep no label ("O").
     */
    private void namedEntities(Annotation piece) {
        List<CoreMap> withNames = piece.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .filter(s -> needsNer.test(s.get(CoreAnnotations.TokensAnnotation.class))).toList();
        if (withNames.isEmpty()) {
            return;
        }
        Annotation names = new Annotation(piece.get(CoreAnnotations.TextAnnotation.class));
        names.set(CoreAnnotations.SentencesAnnotation.class, withNames);
        names.set(CoreAnnotations.TokensAnnotation.class, withNames.stream()
                .flatMap(s -> s.get(CoreAnnotations.TokensAnnotation.class).stream()).toList());
        ner.annotate(names);
    }

    private List<Dependency> dependencies(CoreMap sentence) {
        if (quality != Quality.DEEP) {
            return List.of();
        }
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Dependency> relations = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            relations.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            relations.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                    edge.getRelation().toString()));
        }
        return relations;
    }
}
