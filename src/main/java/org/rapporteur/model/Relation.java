package org.rapporteur.model;

import java.util.List;

/**
 * An agreement or disagreement: {@code speaker} agreed or disagreed with {@code with} (null where unnamed) about
 * {@code issue} (null where not told). {@code resolution}: how a disagreement was later settled or narrowed.
 */
public record Relation(String speaker, String with, String text, List<Evidence> evidence, String issue,
                       Resolution resolution) {

    public Relation {
        evidence = List.copyOf(evidence);
    }

    public Relation(String speaker, String with, String text, List<Evidence> evidence) {
        this(speaker, with, text, evidence, null, null);
    }

    /** What settled or narrowed a disagreement ("Fair enough, I can live with that"). */
    public record Resolution(String text, List<Evidence> evidence) {

        public Resolution {
            evidence = List.copyOf(evidence);
        }
    }
}
