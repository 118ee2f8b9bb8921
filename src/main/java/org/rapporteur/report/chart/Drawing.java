package org.rapporteur.report.chart;

import java.util.List;

/**
 * A chart laid out once, in pixels, independent of how it is drawn: {@link Svg} draws it for report.html,
 * {@link Png} for report.docx, so both show the same bars from the same numbers. {@code title} names the chart and
 * {@code description} says what it shows in words, for readers who cannot see it.
 */
public record Drawing(String title, String description, int width, int height, List<Shape> shapes) {

    public Drawing {
        shapes = List.copyOf(shapes);
    }

    /** What a chart is made of. */
    public sealed interface Shape permits Box, Label, Rule {
    }

    /** A filled bar; {@code series} picks its colour, {@code tip} is the exact figure it stands for. */
    public record Box(double x, double y, double width, double height, int series, String tip) implements Shape {
    }

    /** A line of text at a baseline point. */
    public record Label(double x, double y, String text, Anchor anchor, boolean muted) implements Shape {
    }

    /** A thin line: an axis or a grid line. */
    public record Rule(double x1, double y1, double x2, double y2) implements Shape {
    }

    /** Which end of a label its point is. */
    public enum Anchor {
        START, MIDDLE, END
    }
}
