package org.rapporteur.model;

import java.util.List;
import java.util.Locale;

/**
 * A question from the audience (in a hearing, a member's question to a witness). {@code source}: transcript, chat
 * or qa; {@code answered} null where unknown, true only when an answer was found or the export says so;
 * {@code upvotes} the likes or upvotes a Q&amp;A tool counted (Slido), null where the source has none;
 * {@code relayedBy} who read it out (the online moderator), the question staying the asker's; {@code channel} how
 * it reached the panel, as the inputs show it.
 */
public record Question(String text, String asker, EvidenceSource source, Boolean answered, List<Evidence> evidence,
                       Integer upvotes, String relayedBy, List<Answer> answers, Channel channel) {

    public Question {
        evidence = List.copyOf(evidence);
        answers = List.copyOf(answers);
    }

    /** A question reaching the panel the usual way for its source: aloud from the floor, or in writing. */
    public Question(String text, String asker, EvidenceSource source, Boolean answered, List<Evidence> evidence,
                    Integer upvotes, String relayedBy, List<Answer> answers) {
        this(text, asker, source, answered, evidence, upvotes, relayedBy, answers, Channel.usual(source));
    }

    public Question(String text, String asker, EvidenceSource source, Boolean answered, List<Evidence> evidence,
                    Integer upvotes) {
        this(text, asker, source, answered, evidence, upvotes, null, List.of());
    }

    /** The question with these answers; answered where there are any. */
    public Question withAnswers(List<Answer> given) {
        return given.isEmpty() ? this : new Question(text, asker, source, Boolean.TRUE, evidence, upvotes, relayedBy,
                given, channel);
    }

    /**
     * The question with exactly these answers, where answers were shared out anew: answered where there are any,
     * not known to be where there are none.
     */
    public Question withAnswersOnly(List<Answer> given) {
        return new Question(text, asker, source, given.isEmpty() ? null : Boolean.TRUE, evidence, upvotes, relayedBy,
                given, channel);
    }

    public Question withChannel(Channel c) {
        return new Question(text, asker, source, answered, evidence, upvotes, relayedBy, answers, c);
    }

    /** Who answered and what they said. */
    public record Answer(String speaker, String text, List<Evidence> evidence) {

        public Answer {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * How a question reached the panel: asked aloud in the room ({@code floor}), aloud by someone connected online
     * and given the floor ({@code online}), aloud from a remote hub ({@code hub}), typed into the chat or a Q&amp;A
     * tool ({@code chat}, {@code qa}; also when a moderator reads it out). {@link #toString()} is the report.json
     * label; {@link #words()} how the report tells it.
     */
    public enum Channel {
        FLOOR("from the floor"), ONLINE("by voice from online"), HUB("from a remote hub"), CHAT("through the chat"),
        QA("through the Q&A");

        private final String words;

        Channel(String words) {
            this.words = words;
        }

        /** "from the floor", "online, by voice": the channel as the report says it. */
        public String words() {
            return words;
        }

        /** The channel of a question from this source where nothing else is known: written ones keep their tool. */
        public static Channel usual(EvidenceSource source) {
            return source == EvidenceSource.CHAT ? CHAT : source == EvidenceSource.QA ? QA : FLOOR;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
