package org.rapporteur.report.chart;

/** One bar of a bar chart: what it is, its size, and the figure written beside it ("12 (40%)"). */
public record Bar(String label, double value, String valueText) {

    public Bar {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a bar needs a finite value of at least 0: " + label + " = " + value);
        }
    }
}
