package org.rapporteur.report.chart;

/** Someone speaking from {@code start} to {@code end}, in seconds from the start of the recording. */
public record Span(String speaker, double start, double end) {

    public Span {
        if (!(start >= 0) || !(end >= start) || Double.isInfinite(end)) {
            throw new IllegalArgumentException("a span needs 0 <= start <= end: " + speaker + " " + start + "-" + end);
        }
    }
}
