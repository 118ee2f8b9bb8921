package org.rapporteur.model;

/** A named entity or instrument and how often it was mentioned. */
public record Entity(String text, String type, int mentions) {
}
