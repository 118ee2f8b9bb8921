package org.rapporteur.model;

import java.util.List;
import java.util.Locale;

/**
 * A statement asking an actor to act; {@code addressee} is who is called on, where stated ("governments").
 * {@code basis} as for a {@link Claim}.
 */
public record CallToAction(String text, String speaker, String addressee, List<Evidence> evidence, String basis) {

    public CallToAction {
        evidence = List.copyOf(evidence);
    }

    public CallToAction(String text, String speaker, String addressee, List<Evidence> evidence) {
        this(text, speaker, addressee, evidence, null);
    }

    /**
     * The addressee as the call's heading names it after "To": with the article the text gives it ("The committee
     * should …" → "the committee", "A manufacturer must …" → "a manufacturer"); as it is otherwise ("Governments
     * should …"); null where no addressee is stated.
     */
    public String heading() {
        if (addressee == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String article : List.of("the ", "a ", "an ")) {
            if (lower.startsWith(article + addressee.toLowerCase(Locale.ROOT) + " ")) {
                return article + addressee;
            }
        }
        return addressee;
    }
}
