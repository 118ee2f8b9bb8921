package org.rapporteur.model;

import java.util.List;

/**
 * Whether one of the session's policy questions was addressed in the talk, and the statements that speak to it
 * most closely (empty when none comes close).
 */
public record PolicyQuestionCoverage(String question, boolean addressed, List<Evidence> evidence) {

    public PolicyQuestionCoverage {
        evidence = List.copyOf(evidence);
    }
}
