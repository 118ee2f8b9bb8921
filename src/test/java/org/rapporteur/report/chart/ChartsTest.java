package org.rapporteur.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.report.chart.Drawing.Box;
import org.rapporteur.report.chart.Drawing.Label;

class ChartsTest {

    @Test
    void barsAreScaledToTheLargestAndKeepTheirOrderAndFigures() {
        Drawing chart = Charts.bars("Poll", "Votes", List.of(new Bar("Manufacturers", 23, "23 (60.5%)"),
                new Bar("Users", 3, "3 (7.9%)"), new Bar("Nobody", 0, "0 (0%)")));

        List<Box> boxes = boxes(chart);
        assertThat(boxes).hasSize(3);
        assertThat(boxes.get(1).width() / boxes.get(0).width()).isCloseTo(3.0 / 23, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(boxes.get(2).width()).isZero();
        assertThat(boxes.get(0).y()).isLessThan(boxes.get(1).y());
        assertThat(boxes.get(0).x() + boxes.get(0).width()).isLessThanOrEqualTo(Charts.WIDTH);
        assertThat(texts(chart)).containsSubsequence("Manufacturers", "23 (60.5%)", "Users", "3 (7.9%)", "Nobody");
        assertThat(boxes.get(0).tip()).isEqualTo("Manufacturers: 23 (60.5%)");
        assertThat(chart.height()).isGreaterThan(3 * 20);
    }

    @Test
    void aTinyValueStillShowsAndALongLabelIsCutButKeptWholeInTheTip() {
        String longName = "Ministry of Posts, Telecommunications and the Digital Economy of the Republic";
        Drawing chart = Charts.bars("Talk", "Minutes", List.of(new Bar("Big", 1000, "1000"),
                new Bar(longName, 0.01, "0.01")));

        assertThat(boxes(chart).get(1).width()).isEqualTo(1);
        assertThat(texts(chart)).anyMatch(t -> t.startsWith("Ministry of Posts") && t.endsWith("…")
                && t.length() <= 34);
        assertThat(boxes(chart).get(1).tip()).startsWith(longName);
    }

    @Test
    void refusesNoBarsAndNegativeOrMissingValues() {
        assertThatThrownBy(() -> Charts.bars("t", "d", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bar("x", -1, "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bar("x", Double.NaN, "?")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span("x", 10, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTimelineHasALanePerSpeakerInOrderOfFirstTurnAndAMinuteAxis() {
        Drawing chart = Charts.timeline("Timeline", "Who spoke when", List.of(new Span("Moderator", 0, 60),
                new Span("Panellist", 65, 600), new Span("Moderator", 605, 1500), new Span("Audience", 1510, 1800)));

        List<Box> boxes = boxes(chart);
        assertThat(boxes).extracting(Box::series).containsExactly(0, 1, 0, 2);
        assertThat(boxes.get(0).y()).isEqualTo(boxes.get(2).y());
        assertThat(boxes.get(1).x()).isGreaterThan(boxes.get(0).x());
        assertThat(boxes.get(2).width()).isGreaterThan(boxes.get(0).width());
        assertThat(texts(chart)).containsSubsequence("0 min", "5 min", "30 min").contains("Moderator", "Panellist",
                "Audience");
        assertThat(boxes.get(1).tip()).isEqualTo("Panellist: 1:05–10:00");
        boxes.forEach(b -> assertThat(b.x() + b.width()).isLessThanOrEqualTo(Charts.WIDTH));
    }

    @Test
    void pastTwelveSpeakersTheQuietestShareTheLastLane() {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            spans.add(new Span("Speaker " + i, i * 100, i * 100 + (i < 3 ? 5 : 90)));
        }
        Drawing chart = Charts.timeline("Timeline", "Who spoke when", spans);

        assertThat(texts(chart)).contains("3 other speakers").doesNotContain("Speaker 0", "Speaker 1", "Speaker 2")
                .contains("Speaker 3", "Speaker 14");
        assertThat(boxes(chart)).extracting(Box::series).containsOnly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(boxes(chart).subList(0, 3)).extracting(Box::series).containsOnly(Charts.MAX_LANES);
    }

    @Test
    void clockReadsMinutesAndHours() {
        assertThat(Charts.clock(65)).isEqualTo("1:05");
        assertThat(Charts.clock(3725.4)).isEqualTo("1:02:05");
    }

    static List<Box> boxes(Drawing d) {
        return d.shapes().stream().filter(Box.class::isInstance).map(Box.class::cast).toList();
    }

    static List<String> texts(Drawing d) {
        return d.shapes().stream().filter(Label.class::isInstance).map(s -> ((Label) s).text()).toList();
    }
}
