package org.rapporteur.model;

/**
 * Where a statement was made: file relative to the session folder, 1-based line where the quote starts, speaker,
 * time (HH:MM:SS) where the source has timings, and the quote, verbatim from the source.
 */
public record Evidence(EvidenceSource source, String file, String speaker, Integer line, String time, String quote) {
}
