package org.rapporteur.model;

/** Where a piece of evidence was found; {@link #toString()} is the label used in report.json. */
public enum EvidenceSource {
    TRANSCRIPT, CHAT, POLL, QA;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
