package org.rapporteur.model;

import java.util.List;

/**
 * A named entity or instrument and how often it was mentioned, every surface form counted as one: {@code expansion}
 * is what an acronym stands for, as the talk defined it or as the instrument is known (null otherwise);
 * {@code provisions} the parts of an instrument cited ("Article 22"); {@code forms} the other ways the talk named
 * it ("General Data Protection Regulation" beside "GDPR"), so a merge can be checked; {@code evidence} its first
 * mention.
 */
public record Entity(String text, String type, int mentions, String expansion, List<String> provisions,
                     List<String> forms, List<Evidence> evidence) {

    public Entity {
        provisions = List.copyOf(provisions);
        forms = List.copyOf(forms);
        evidence = List.copyOf(evidence);
    }
}
