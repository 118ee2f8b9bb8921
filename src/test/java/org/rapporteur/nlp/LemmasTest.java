package org.rapporteur.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.ingest.SessionReader;

/** Every token gets the lemma CoreNLP's lemma annotator gives it, whether lemmatised now or remembered. */
class LemmasTest {

    @Test
    void aWordIsRememberedWithItsTag() {
        Lemmas lemmas = new Lemmas();
        String text = "I/PRP saw/VBD the/DT saw/NN and/CC two/CD saws/NNS ./. They/PRP set_up/VB meetings/NNS"
                + " ,/, setting/VBG Rules/NNP ./. was/";
        for (int round = 0; round < 2; round++) {
            List<CoreLabel> tokens = TaggedTokens.of(text);
            lemmas.annotate(List.of(sentence(tokens)));
            assertThat(tokens).extracting(CoreLabel::lemma).containsExactly("I", "see", "the", "saw", "and", "two",
                    "saw", ".", "they", "set_up", "meeting", ",", "set", "Rules", ".", "be");
            assertThat(tokens).extracting(CoreLabel::lemma).isEqualTo(byTheAnnotator(TaggedTokens.of(text)));
        }
    }

    /** ws530 annotated twice by one pipeline, the second time with every word already seen. */
    @Test
    void aSessionsLemmasAreTheAnnotators() throws Exception {
        NlpPipeline nlp = NlpPipeline.shared();
        var session = new SessionReader().read("ws530", Path.of("samples/ws530"));
        for (int round = 0; round < 2; round++) {
            List<Token> tokens = nlp.annotate(session).sentences().stream()
                    .flatMap(s -> s.tokens().stream()).toList();
            List<CoreLabel> again = new ArrayList<>();
            for (Token t : tokens) {
                CoreLabel label = new CoreLabel();
                label.setWord(t.word());
                label.setTag(t.pos());
                again.add(label);
            }
            assertThat(tokens).hasSizeGreaterThan(9_000);
            assertThat(tokens).extracting(Token::lemma).isEqualTo(byTheAnnotator(again));
        }
    }

    private static List<String> byTheAnnotator(List<CoreLabel> tokens) {
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence(tokens)));
        new MorphaAnnotator(false).annotate(doc);
        return tokens.stream().map(CoreLabel::lemma).toList();
    }

    private static CoreMap sentence(List<CoreLabel> tokens) {
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sentence;
    }

}
