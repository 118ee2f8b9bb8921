package org.rapporteur.model;

import java.util.List;

/** The points one speaker made, with the speaker's stakeholder group where known. */
public record Position(String speaker, String stakeholderGroup, List<Claim> points) {

    public Position {
        points = List.copyOf(points);
    }
}
