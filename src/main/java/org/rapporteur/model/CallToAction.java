package org.rapporteur.model;

import java.util.List;

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
}
