package org.rapporteur.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.rapporteur.report.chart.Drawing.Anchor;
import org.rapporteur.report.chart.Drawing.Box;
import org.rapporteur.report.chart.Drawing.Label;
import org.rapporteur.report.chart.Drawing.Rule;
import org.rapporteur.report.chart.Drawing.Shape;

/**
 * Lays out the report's two kinds of chart: horizontal bars (poll results, talk per speaker or group) and a
 * timeline of turns, one lane per speaker. Pure: numbers in, a {@link Drawing} out. Sizes are fixed in pixels and
 * labels are cut to a length that fits at 12 px, since SVG cannot measure text before it is shown.
 */
public final class Charts {

    public static final int WIDTH = 640;
    /** The timeline's lanes; quieter speakers share one lane after these. */
    public static final int MAX_LANES = 12;

    private static final int PAD = 6;
    private static final int ROW = 24;
    private static final int BAR = 14;
    private static final int BAR_LABELS = 220;
    private static final int BAR_FIGURES = 150;
    private static final int LANE = 20;
    private static final int LANE_LABELS = 170;
    private static final int AXIS = 22;
    private static final int MAX_TICKS = 8;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int[] TICK_MINUTES = {1, 2, 5, 10, 15, 20, 30, 60, 120, 240};

    private Charts() {
    }

    /** One bar per entry, in the order given, scaled to the largest value. */
    public static Drawing bars(String title, String description, List<Bar> bars) {
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("a bar chart needs at least one bar: " + title);
        }
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        double plotX = BAR_LABELS + 8;
        double plotWidth = WIDTH - plotX - BAR_FIGURES;
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double top = PAD + i * ROW;
            double width = max > 0 ? bar.value() / max * plotWidth : 0;
            if (bar.value() > 0) {
                width = Math.max(width, 1);
            }
            shapes.add(new Label(BAR_LABELS, top + 16, cut(bar.label(), 34), Anchor.END, false));
            shapes.add(new Box(plotX, top + (ROW - BAR) / 2.0, width, BAR, 0, bar.label() + ": " + bar.valueText()));
            shapes.add(new Label(plotX + width + 6, top + 16, bar.valueText(), Anchor.START, true));
        }
        int height = 2 * PAD + bars.size() * ROW;
        shapes.add(new Rule(plotX, PAD, plotX, height - PAD));
        return new Drawing(title, description, WIDTH, height, shapes);
    }

    /**
     * The turns on a time axis, one lane per speaker in order of first speaking; past {@link #MAX_LANES} speakers,
     * those who spoke least share a last lane.
     */
    public static Drawing timeline(String title, String description, List<Span> spans) {
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs at least one turn: " + title);
        }
        List<String> lanes = lanes(spans);
        double end = spans.stream().mapToDouble(Span::end).max().orElse(0);
        int step = tickMinutes(end);
        double axisEnd = Math.max(step * 60.0, Math.ceil(end / (step * 60.0)) * step * 60.0);
        double plotX = LANE_LABELS + 8;
        double plotWidth = WIDTH - plotX - 16;
        int plotBottom = PAD + lanes.size() * LANE;
        List<Shape> shapes = new ArrayList<>();
        for (int minute = 0; minute * 60.0 <= axisEnd; minute += step) {
            double x = plotX + minute * 60.0 / axisEnd * plotWidth;
            shapes.add(new Rule(x, PAD, x, plotBottom + 3));
            shapes.add(new Label(x, plotBottom + 16, minute + " min", Anchor.MIDDLE, true));
        }
        for (int i = 0; i < lanes.size(); i++) {
            shapes.add(new Label(LANE_LABELS, PAD + i * LANE + 14, cut(lanes.get(i), 26), Anchor.END, false));
        }
        for (Span span : spans) {
            int lane = lanes.indexOf(span.speaker());
            lane = lane >= 0 ? lane : MAX_LANES; // not among the loudest: the shared last lane
            double x = plotX + span.start() / axisEnd * plotWidth;
            double width = Math.max((span.end() - span.start()) / axisEnd * plotWidth, 1);
            shapes.add(new Box(x, PAD + lane * LANE + (LANE - 12) / 2.0, width, 12, lane,
                    span.speaker() + ": " + clock(span.start()) + "–" + clock(span.end())));
        }
        return new Drawing(title, description, WIDTH, plotBottom + AXIS, shapes);
    }

    /** Seconds as h:mm:ss, or m:ss under an hour. */
    public static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The speakers in order of first turn, the quietest merged into one "others" lane when there are too many. */
    private static List<String> lanes(List<Span> spans) {
        Map<String, Double> talk = new LinkedHashMap<>();
        spans.stream().sorted(Comparator.comparingDouble(Span::start))
                .forEach(s -> talk.merge(s.speaker(), s.end() - s.start(), Double::sum));
        List<String> lanes = new ArrayList<>(talk.keySet());
        if (lanes.size() <= MAX_LANES) {
            return lanes;
        }
        List<String> loudest = talk.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(MAX_LANES).map(Map.Entry::getKey).toList();
        int rest = lanes.size() - MAX_LANES;
        lanes.retainAll(loudest);
        lanes.add(rest + " other speakers");
        return lanes;
    }

    private static int tickMinutes(double endSeconds) {
        for (int step : TICK_MINUTES) {
            if (endSeconds / 60 / step <= MAX_TICKS) {
                return step;
            }
        }
        return (int) Math.ceil(endSeconds / 60 / MAX_TICKS);
    }

    private static String cut(String text, int max) {
        String flat = SPACES.matcher(text.strip()).replaceAll(" ");
        return flat.codePointCount(0, flat.length()) <= max
                ? flat : flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
    }
}
