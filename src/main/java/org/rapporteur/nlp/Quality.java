package org.rapporteur.nlp;

/**
 * How much language analysis to run. FAST is tokens, parts of speech, lemmas and named entities; DEEP adds the
 * dependency parser, which finds who is called on in a call to action more reliably, at some extra time.
 */
public enum Quality {
    FAST("tokenize,ssplit,pos"),
    DEEP("tokenize,ssplit,pos,depparse");

    /**
     * CoreNLP's annotators; NlpPipeline adds the lemmas ({@link Lemmas}) and the named entities of the sentences that
     * may hold one.
     */
    final String annotators;

    Quality(String annotators) {
        this.annotators = annotators;
    }
}
