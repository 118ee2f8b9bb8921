package org.rapporteur.model;

import java.util.List;

/** One poll with its tallied options. {@code type}: multiple-choice, rating, word-cloud, open-text, ranking, quiz. */
public record Poll(String title, String question, String type, Integer responses, List<PollOption> options,
                   String source) {

    public Poll {
        options = List.copyOf(options);
    }
}
