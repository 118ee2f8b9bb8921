package org.rapporteur.analysis;

/**
 * A stretch of the session on one topic: sentence indexes {@code first..last}, inclusive, numbered from 0;
 * {@code question} is the session page's policy question (its index) a chair handed the floor over on to open it,
 * -1 where the stretch did not open so.
 */
public record Segment(int number, int first, int last, int question) {

    Segment(int number, int first, int last) {
        this(number, first, last, -1);
    }

    public boolean contains(int index) {
        return index >= first && index <= last;
    }
}
