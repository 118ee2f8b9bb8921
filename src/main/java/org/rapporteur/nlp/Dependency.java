package org.rapporteur.nlp;

/**
 * A grammatical relation between two tokens of a sentence, from the dependency parser of the deep tier:
 * indices into {@link Sentence#tokens()}; {@code governor} is -1 for the root. Relations are Universal
 * Dependencies names ("nsubj", "obj", "aux", "xcomp", ...).
 */
public record Dependency(int governor, int dependent, String relation) {
}
