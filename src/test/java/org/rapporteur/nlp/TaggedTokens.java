package org.rapporteur.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** Hand-made tagged tokens for the annotation's tests. */
final class TaggedTokens {

    private TaggedTokens() {
    }

    /** Tokens written "word/TAG word/TAG ...", as the tagger would give them; an empty tag is kept empty. */
    static List<CoreLabel> of(String words) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String wordAndTag : words.split(" ")) {
            int slash = wordAndTag.lastIndexOf('/');
            CoreLabel token = new CoreLabel();
            token.setWord(wordAndTag.substring(0, slash));
            token.setTag(wordAndTag.substring(slash + 1));
            tokens.add(token);
        }
        return tokens;
    }
}
