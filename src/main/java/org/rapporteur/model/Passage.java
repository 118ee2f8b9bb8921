package org.rapporteur.model;

/** A piece of spoken text exactly as it stands in the source, and the 1-based line where it starts. */
public record Passage(int line, String text) {
}
