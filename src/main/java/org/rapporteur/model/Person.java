package org.rapporteur.model;

import java.util.List;

/**
 * Someone in the session: listed on the session page or heard in the inputs.
 * Aliases are the labels in the inputs that were resolved to this person ("MODERATOR", "HON. AHMED HUSSEN").
 * {@code inferred} names the fields ("name", "affiliation", "stakeholderGroup", "region") the tool took from what
 * the person said rather than from the session page; {@code evidence} holds the sentences they rest on.
 * {@code hearingRole} is, in a hearing, whether they were a witness (answered) or a member (asked); else null.
 */
public record Person(String name, List<Role> roles, String affiliation, String stakeholderGroup, String region,
                     List<String> aliases, List<String> inferred, List<Evidence> evidence, Role hearingRole) {

    public Person {
        roles = List.copyOf(roles);
        aliases = List.copyOf(aliases);
        inferred = List.copyOf(inferred);
        evidence = List.copyOf(evidence);
    }

    public Person(String name, List<Role> roles, String affiliation, String stakeholderGroup, String region,
                  List<String> aliases, List<String> inferred, List<Evidence> evidence) {
        this(name, roles, affiliation, stakeholderGroup, region, aliases, inferred, evidence, null);
    }

    /** This person as what they were in a hearing: {@link Role#WITNESS} or {@link Role#MEMBER}. */
    public Person inHearingAs(Role role) {
        return new Person(name, roles, affiliation, stakeholderGroup, region, aliases, inferred, evidence, role);
    }

    public Person(String name, List<Role> roles, String affiliation, String stakeholderGroup, String region,
                  List<String> aliases) {
        this(name, roles, affiliation, stakeholderGroup, region, aliases, List.of(), List.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
