package org.rapporteur.model;

import java.util.List;

/**
 * One paragraph of the "Session Report" narrative: the tool's wording around verbatim quotes, the theme it covers
 * (null where none), and evidence for every quotation and every reply it states.
 */
public record Paragraph(String text, String topic, List<Evidence> evidence) {

    public Paragraph {
        evidence = List.copyOf(evidence);
    }
}
