package org.rapporteur.model;

import java.util.List;

/** One thing said about gender ("technology-facilitated gender-based violence"): who raised it, and their words. */
public record GenderTopic(String topic, List<String> raisedBy, List<Evidence> evidence) {

    public GenderTopic {
        raisedBy = List.copyOf(raisedBy);
        evidence = List.copyOf(evidence);
    }
}
