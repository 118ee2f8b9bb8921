package org.rapporteur.model;

import java.util.List;

/** The session page as read: the session and the people it lists, before any transcript is seen. */
public record Proposal(SessionInfo info, List<Person> people) {

    public Proposal {
        people = List.copyOf(people);
    }
}
