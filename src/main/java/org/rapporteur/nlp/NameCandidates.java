package org.rapporteur.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Which sentences the named-entity model is run on. The CRF model is the dearest annotator, and in spoken turns
 * most sentences ("Thank you, Chair.", "I agree with that.") hold no name the model could find: it labels a
 * sentence from that sentence alone, and what it labels is a capitalised word or a number. So a sentence goes to
 * it when one of its words could be a name: one tagged a proper noun, one with a digit, a capitalised word after
 * the first (other than the pronoun "I"), or a capitalised first word tagged as a noun, adjective or foreign word
 * ("European", "Internet"): a first word is capitalised anyway, so there its tag decides. The other sentences get
 * no entity. What that loses is the model's mistakes on interjections and lowercase words ("Hello" as a PERSON,
 * "Sorry" as a LOCATION): 9 of 11,621 entities over the 30 dev hearings, none gained (docs/PERFORMANCE.md).
 */
final class NameCandidates {

    /** Tags of a sentence's first word that can start a name the model would label. */
    private static final Set<String> FIRST_WORD_TAGS = Set.of("NN", "NNS", "JJ", "JJR", "JJS", "FW");

    private NameCandidates() {
    }

    /** Whether the tagged sentence may hold a name, so the named-entity model must see it. */
    static boolean mayHoldName(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            String tag = token.tag();
            String word = token.word();
            if (tag.startsWith("NNP") || hasDigit(word)) {
                return true;
            }
            if (hasCapital(word) && (i > 0 ? !tag.equals("PRP") : FIRST_WORD_TAGS.contains(tag))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    private static boolean hasCapital(String word) {
        return word.chars().anyMatch(Character::isUpperCase);
    }
}
