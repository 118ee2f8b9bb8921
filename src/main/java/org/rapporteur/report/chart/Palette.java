package org.rapporteur.report.chart;

/** The charts' colours, the same in SVG and PNG; the first is the report style's accent. */
final class Palette {

    static final String INK = "#1c2430";
    static final String MUTED = "#5d6778";
    static final String RULE = "#c9d0da";

    /** Distinguishable series colours (a colour-blind-safe set), repeated past the last. */
    private static final String[] SERIES = {"#0a5a87", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00",
        "#8c6d1f", "#6a3d9a", "#999933", "#882255", "#44aa99", "#332288", "#7f7f7f"};

    private Palette() {
    }

    static String hex(int series) {
        return SERIES[Math.floorMod(series, SERIES.length)];
    }
}
