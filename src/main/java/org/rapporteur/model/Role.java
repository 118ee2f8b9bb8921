package org.rapporteur.model;

/** What a person did in a session; {@link #toString()} is the label used in report.json. */
public enum Role {
    ORGANIZER("organizer"),
    SPEAKER("speaker"),
    MODERATOR("moderator"),
    ONLINE_MODERATOR("online-moderator"),
    RAPPORTEUR("rapporteur"),
    PARTICIPANT("participant");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
