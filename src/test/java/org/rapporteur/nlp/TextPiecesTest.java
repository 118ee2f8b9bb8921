package org.rapporteur.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPiecesTest {

    @Test
    void aShortTextIsOnePiece() {
        assertThat(TextPieces.bounds("We agree.", 100)).containsExactly(0, 9);
    }

    @Test
    void piecesEndAfterASentenceMarkOrASpaceAndCoverTheText() {
        String text = "One two three. Four five six seven eight nine ten eleven twelve";

        List<Integer> bounds = TextPieces.bounds(text, 20);

        assertThat(text.substring(bounds.get(0), bounds.get(1))).isEqualTo("One two three.");
        for (int i = 0; i + 1 < bounds.size(); i++) {
            assertThat(bounds.get(i + 1) - bounds.get(i)).isPositive().isLessThanOrEqualTo(20);
        }
        assertThat(bounds.get(bounds.size() - 1)).isEqualTo(text.length());
        assertThat(text.substring(bounds.get(1), bounds.get(2))).startsWith(" ");
    }

    /** Breaks the transcript shows (pauses in automatic captions) end pieces too, still cut at the maximum length. */
    @Test
    void piecesAlsoEndAtTheGivenBreaks() {
        String text = "so we agree the next point is money and time";

        assertThat(TextPieces.bounds(text, 100, List.of(12, 27))).containsExactly(0, 12, 27, text.length());
        List<Integer> cut = TextPieces.bounds(text, 10, List.of(27));
        assertThat(cut).contains(27).allMatch(b -> b <= text.length());
        for (int i = 0; i + 1 < cut.size(); i++) {
            assertThat(cut.get(i + 1) - cut.get(i)).isPositive().isLessThanOrEqualTo(10);
        }
        assertThat(TextPieces.bounds(text, 100, List.of())).containsExactly(0, text.length());
    }

    @Test
    void textWithoutSpacesIsCutAnywhereButNotInsideASurrogatePair() {
        String text = "a" + "😀".repeat(30);

        List<Integer> bounds = TextPieces.bounds(text, 10);

        assertThat(bounds).allMatch(b -> b == text.length() || !Character.isLowSurrogate(text.charAt(b)));
        assertThat(bounds.get(bounds.size() - 1)).isEqualTo(text.length());
    }
}
