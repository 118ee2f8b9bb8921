package org.rapporteur.model;

/** One input file of a session: its path relative to the session folder, what it is and how many items it gave. */
public record SourceFile(String file, SourceKind kind, String format, Integer items) {
}
