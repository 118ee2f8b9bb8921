package org.rapporteur.model;

import java.util.List;

/**
 * What the session said about gender: {@code topics} what was raised, by whom, in their words; {@code mentions}
 * counts the statements and public chat messages that spoke of it; {@code summary} says so in a sentence the
 * rapporteur can confirm or correct; {@code evidence} quotes the clearest of them. {@code discussed} is false only
 * when nothing was said about gender beyond forms of address.
 */
public record GenderReflection(boolean discussed, int mentions, String summary, List<Evidence> evidence,
                               List<GenderTopic> topics) {

    public GenderReflection {
        evidence = List.copyOf(evidence);
        topics = List.copyOf(topics);
    }
}
