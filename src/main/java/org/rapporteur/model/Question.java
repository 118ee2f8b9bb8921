package org.rapporteur.model;

import java.util.List;

/** A question from the audience. {@code source}: transcript, chat or qa; {@code answered} null where unknown. */
public record Question(String text, String asker, EvidenceSource source, Boolean answered, List<Evidence> evidence) {

    public Question {
        evidence = List.copyOf(evidence);
    }
}
