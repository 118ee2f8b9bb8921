package org.rapporteur.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's lemmas (its lemma annotator), each word with its part of speech lemmatised once per pipeline: the
 * annotator gives a token its lemma from the word and the tag alone, and a session's words repeat, so most tokens
 * are looked up instead of going through the morphological analyser again. Shared by the annotation threads.
 */
final class Lemmas {

    /**
     * The most word and tag pairs kept, some 30 MB at most (the 30 dev hearings hold about 14,000 different words);
     * past it, a new pair is lemmatised each time it occurs.
     */
    static final int MAX_KEPT = 200_000;

    private final MorphaAnnotator morpha = new MorphaAnnotator(false);
    private final Map<Tagged, String> known = new ConcurrentHashMap<>();

    private record Tagged(String word, String tag) {
    }

    /** Gives every token of the tagged sentences the lemma CoreNLP's lemma annotator gives it. */
    void annotate(List<CoreMap> sentences) {
        List<CoreLabel> unknown = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                String lemma = known.get(new Tagged(token.word(), token.tag()));
                if (lemma == null) {
                    unknown.add(token);
                } else {
                    token.setLemma(lemma);
                }
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        // The annotator itself lemmatises the tokens not seen before, as one sentence of their own.
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, unknown);
        Annotation rest = new Annotation("");
        rest.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        morpha.annotate(rest);
        if (known.size() < MAX_KEPT) {
            for (CoreLabel token : unknown) {
                known.putIfAbsent(new Tagged(token.word(), token.tag()), token.lemma());
            }
        }
    }
}
