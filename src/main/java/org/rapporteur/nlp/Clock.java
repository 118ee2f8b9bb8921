package org.rapporteur.nlp;

/** Seconds as HH:MM:SS, the time format of evidence. */
public final class Clock {

    private Clock() {
    }

    public static String format(Double seconds) {
        if (seconds == null) {
            return null;
        }
        long s = (long) Math.floor(seconds);
        return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
