package org.rapporteur.nlp;

/** One token as CoreNLP saw it: the word, its lemma, part of speech and named-entity tag ("O" for none). */
public record Token(String word, String lemma, String pos, String ner) {

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }
}
