package org.rapporteur.model;

import java.util.List;

/**
 * A question from the audience. {@code source}: transcript, chat or qa; {@code answered} null where unknown;
 * {@code upvotes} the likes or upvotes a Q&amp;A tool counted (Slido), null where the source has none.
 */
public record Question(String text, String asker, EvidenceSource source, Boolean answered, List<Evidence> evidence,
                       Integer upvotes) {

    public Question {
        evidence = List.copyOf(evidence);
    }
}
