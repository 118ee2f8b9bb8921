package org.rapporteur.model;

public record PollOption(String label, int votes, Double percent) {
}
