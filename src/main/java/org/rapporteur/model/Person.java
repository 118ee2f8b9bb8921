package org.rapporteur.model;

import java.util.List;

/**
 * Someone in the session: listed on the session page or heard in the inputs.
 * Aliases are the labels in the inputs that were resolved to this person ("MODERATOR", "HON. AHMED HUSSEN").
 */
public record Person(String name, List<Role> roles, String affiliation, String stakeholderGroup, String region,
                     List<String> aliases) {

    public Person {
        roles = List.copyOf(roles);
        aliases = List.copyOf(aliases);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
