package org.rapporteur.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.model.Session;

/** The named-entity model is skipped only on sentences where it would find nothing. */
class NameCandidatesTest {

    @Test
    void sentencesWithoutAPossibleNameAreSkipped() {
        assertThat(NameCandidates.mayHoldName(TaggedTokens.of("Thank/VBP you/PRP very/RB much/RB ./."))).isFalse();
        assertThat(NameCandidates.mayHoldName(TaggedTokens.of("So/RB I/PRP think/VBP that/DT is/VBZ right/JJ ./.")))
                .isFalse();
        assertThat(NameCandidates.mayHoldName(TaggedTokens.of("Yes/UH ./."))).isFalse();
    }

    @Test
    void sentencesThatMayHoldANameAreKept() {
        assertThat(NameCandidates.mayHoldName(TaggedTokens.of("Thank/VBP you/PRP ,/, Chair/NN ./."))).isTrue();
        assertThat(NameCandidates.mayHoldName(TaggedTokens.of("We/PRP met/VBD in/IN nairobi/NNP ./."))).isTrue();
        assertThat(NameCandidates.mayHoldName(TaggedTokens.of("It/PRP was/VBD in/IN 2023/CD ./."))).isTrue();
        assertThat(NameCandidates.mayHoldName(TaggedTokens.of("European/JJ countries/NNS agree/VBP ./."))).isTrue();
        assertThat(NameCandidates.mayHoldName(TaggedTokens.of("Kenya/NNP agrees/VBZ ./."))).isTrue();
        assertThat(NameCandidates.mayHoldName(TaggedTokens.of("we/PRP will/MD Hope/VB so/RB ./."))).isTrue();
    }

    /**
     * Annotating a real session with the model on every sentence and on the candidates alone gives the same
     * sentences and tokens; the only labels lost are the model's mistakes on words that cannot be a name here: an
     * interjection ("Hello" as a PERSON) or a word without a capital letter ("crypto" as an ORGANIZATION).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ws530", "of-community-networks"})
    void skippingLosesOnlyLabelsOnWordsThatCannotBeNames(String sample) throws Exception {
        Session session = new SessionReader().read(sample, Path.of("samples", sample));
        NlpPipeline everySentence = new NlpPipeline(Quality.FAST, tokens -> true);

        List<Sentence> all = everySentence.annotate(session).sentences();
        List<Sentence> candidates = NlpPipeline.shared().annotate(session).sentences();

        assertThat(candidates).hasSameSizeAs(all);
        List<Token> allTokens = new ArrayList<>();
        List<Token> candidateTokens = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            assertThat(candidates.get(i).text()).isEqualTo(all.get(i).text());
            assertThat(candidates.get(i).line()).isEqualTo(all.get(i).line());
            allTokens.addAll(all.get(i).tokens());
            candidateTokens.addAll(candidates.get(i).tokens());
        }
        assertThat(allTokens.stream().filter(t -> !t.ner().equals("O"))).hasSizeGreaterThan(20);
        assertThat(candidateTokens).hasSameSizeAs(allTokens);
        for (int i = 0; i < allTokens.size(); i++) {
            Token every = allTokens.get(i);
            Token some = candidateTokens.get(i);
            assertThat(some.word() + "/" + some.pos() + "/" + some.lemma())
                    .isEqualTo(every.word() + "/" + every.pos() + "/" + every.lemma());
            if (!some.ner().equals(every.ner())) {
                assertThat(some.ner()).as("%s labelled %s", every.word(), every.ner()).isEqualTo("O");
                assertThat(every.pos().equals("UH") || every.word().chars().noneMatch(Character::isUpperCase))
                        .as("%s/%s labelled %s", every.word(), every.pos(), every.ner()).isTrue();
            }
        }
    }
}
