package org.rapporteur.analysis;

/** A stretch of the session on one topic: sentence indexes {@code first..last}, inclusive, numbered from 0. */
public record Segment(int number, int first, int last) {

    public boolean contains(int index) {
        return index >= first && index <= last;
    }
}
