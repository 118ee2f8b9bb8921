package org.rapporteur.model;

/** The kinds of input file; {@link #toString()} is the label used in report.json. */
public enum SourceKind {
    PROPOSAL, TRANSCRIPT, CHAT, POLL, QA, ATTENDANCE;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
