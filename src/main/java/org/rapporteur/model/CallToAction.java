package org.rapporteur.model;

import java.util.List;

/** A statement asking an actor to act; {@code addressee} is who is called on, where stated ("governments"). */
public record CallToAction(String text, String speaker, String addressee, List<Evidence> evidence) {

    public CallToAction {
        evidence = List.copyOf(evidence);
    }
}
