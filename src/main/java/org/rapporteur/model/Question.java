package org.rapporteur.model;

import java.util.List;

/**
 * A question from the audience (in a hearing, a member's question to a witness). {@code source}: transcript, chat
 * or qa; {@code answered} null where unknown, true only when an answer was found or the export says so;
 * {@code upvotes} the likes or upvotes a Q&amp;A tool counted (Slido), null where the source has none;
 * {@code relayedBy} who read it out (the online moderator), the question staying the asker's.
 */
public record Question(String text, String asker, EvidenceSource source, Boolean answered, List<Evidence> evidence,
                       Integer upvotes, String relayedBy, List<Answer> answers) {

    public Question {
        evidence = List.copyOf(evidence);
        answers = List.copyOf(answers);
    }

    public Question(String text, String asker, EvidenceSource source, Boolean answered, List<Evidence> evidence,
                    Integer upvotes) {
        this(text, asker, source, answered, evidence, upvotes, null, List.of());
    }

    /** Who answered and what they said. */
    public record Answer(String speaker, String text, List<Evidence> evidence) {

        public Answer {
            evidence = List.copyOf(evidence);
        }
    }
}
