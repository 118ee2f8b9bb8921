package org.rapporteur.model;

/**
 * What a person did in a session; {@link #toString()} is the label used in report.json. The contract's
 * {@code roles} hold the first six; {@link #WITNESS} and {@link #MEMBER} are what someone was in a hearing,
 * written as {@code hearingRole} beside them.
 */
public enum Role {
    ORGANIZER("organizer"),
    SPEAKER("speaker"),
    MODERATOR("moderator"),
    ONLINE_MODERATOR("online-moderator"),
    RAPPORTEUR("rapporteur"),
    PARTICIPANT("participant"),
    /** In a hearing: someone who answers the members' questions. Only as a {@link Person#hearingRole()}. */
    WITNESS("witness"),
    /** In a hearing: a member of the committee who puts questions. Only as a {@link Person#hearingRole()}. */
    MEMBER("member");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
