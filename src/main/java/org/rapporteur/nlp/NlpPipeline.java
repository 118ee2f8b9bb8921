package org.rapporteur.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Session;
import org.rapporteur.model.Turn;

/**
 * The CoreNLP pipeline, loaded once per JVM (a few seconds) and shared: one instance is thread-safe.
 * Fast settings: no fine-grained NER and no SUTime, which cost five times the time and add nothing here.
 */
public final class NlpPipeline {

    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP coreNlp;

    /** The CoNLL model alone: PERSON, ORGANIZATION, LOCATION and MISC are all analysis asks of NER. */
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private NlpPipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // One CRF model instead of the default three, no dates, numbers or fine-grained classes: a third of the
        // load and annotation time of the default NER.
        props.setProperty("ner.model", NER_MODEL);
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("tokenize.options", "untokenizable=noneDelete");
        coreNlp = new StanfordCoreNLP(props);
    }

    /** Starts loading the shared pipeline on a background thread, so it overlaps the application's start-up. */
    public static void preload() {
        Thread loader = new Thread(NlpPipeline::shared, "corenlp-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** The JVM's pipeline, loaded on first use. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = new NlpPipeline();
                    shared = p;
                }
            }
        }
        return p;
    }

    public AnnotatedSession annotate(Session session) {
        List<Sentence> sentences = new ArrayList<>();
        for (Turn turn : session.turns()) {
            annotate(turn, sentences);
        }
        return new AnnotatedSession(session, sentences);
    }

    private void annotate(Turn turn, List<Sentence> into) {
        String text = turn.text();
        if (text.isBlank()) {
            return;
        }
        Annotation doc = new Annotation(text);
        coreNlp.annotate(doc);
        int inTurn = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(t.word(), t.lemma(), t.tag(), t.ner() == null ? "O" : t.ner()));
            }
            into.add(new Sentence(into.size(), inTurn++, turn, text.substring(begin, end),
                    lineAt(turn, begin), tokens));
        }
    }

    /** The line of the passage holding the offset: passages are joined by one space in {@link Turn#text()}. */
    static int lineAt(Turn turn, int offset) {
        int start = 0;
        for (Passage p : turn.passages()) {
            int end = start + p.text().length();
            if (offset < end + 1) {
                return p.line();
            }
            start = end + 1;
        }
        return turn.passages().get(turn.passages().size() - 1).line();
    }
}
