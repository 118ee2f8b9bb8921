package org.rapporteur.model;

import java.util.List;

/**
 * One poll with its tallied options. {@code type}: multiple-choice, rating, word-cloud, open-text, ranking, quiz;
 * {@code responses} counts respondents, never answers or words (null where the export does not say);
 * {@code mean} the mean rating of a rating scale.
 */
public record Poll(String title, String question, String type, Integer responses, List<PollOption> options,
                   String source, Double mean) {

    public Poll {
        options = List.copyOf(options);
    }

    public Poll(String title, String question, String type, Integer responses, List<PollOption> options,
                String source) {
        this(title, question, type, responses, options, source, null);
    }
}
