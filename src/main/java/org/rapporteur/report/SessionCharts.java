package org.rapporteur.report;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rapporteur.model.Participation.GroupShare;
import org.rapporteur.model.Participation.SpeakerShare;
import org.rapporteur.model.Poll;
import org.rapporteur.model.PollOption;
import org.rapporteur.model.SessionReport;
import org.rapporteur.model.Turn;
import org.rapporteur.report.chart.Bar;
import org.rapporteur.report.chart.Charts;
import org.rapporteur.report.chart.Drawing;
import org.rapporteur.report.chart.Span;
import org.rapporteur.report.chart.Svg;

/**
 * The charts of one session report: each poll's results (empty where a poll has no tallied options), talk per
 * speaker and per stakeholder group, and the timeline of turns where the transcript has timings. Laid out once
 * from the report's own figures, so report.html and report.docx show the same numbers as their tables.
 */
public record SessionCharts(List<Optional<Drawing>> polls, Optional<Drawing> speakers, Optional<Drawing> groups,
                            Optional<Drawing> timeline, List<Span> turns) {

    /** Bars past this many speakers are summed into one. */
    static final int MAX_SPEAKER_BARS = 15;
    /** How many figures a chart's description reads out. */
    private static final int DESCRIBED = 5;

    public SessionCharts {
        polls = List.copyOf(polls);
        turns = List.copyOf(turns);
    }

    /** The charts of {@code report}; {@code turns} are the session's turns, for the timeline. */
    public static SessionCharts of(SessionReport report, List<Turn> turns) {
        List<Span> timed = turns.stream()
                .filter(t -> t.startSeconds() != null && t.endSeconds() != null && t.endSeconds() >= t.startSeconds())
                .map(t -> new Span(t.speaker(), t.startSeconds(), t.endSeconds()))
                .toList();
        return new SessionCharts(report.polls().stream().map(SessionCharts::poll).toList(),
                speakers(report.participation().speakers()), groups(report.participation().stakeholderGroups()),
                timeline(timed), timed);
    }

    /**
     * The charts as a template sees them: {@code polls} (a list, null where a poll has no chart), {@code speakers},
     * {@code groups} and {@code timeline} as ready SVG markup where there is a chart, and {@code turns}, the timed
     * turns with their start and end as clock text, for the table under the timeline.
     */
    public Map<String, Object> templateModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        List<Object> pollCharts = new ArrayList<>();
        for (int i = 0; i < polls.size(); i++) {
            pollCharts.add(svg(polls.get(i), "chart-poll-" + (i + 1)));
        }
        model.put("polls", pollCharts);
        speakers.ifPresent(d -> model.put("speakers", svg(Optional.of(d), "chart-speakers")));
        groups.ifPresent(d -> model.put("groups", svg(Optional.of(d), "chart-groups")));
        timeline.ifPresent(d -> model.put("timeline", svg(Optional.of(d), "chart-timeline")));
        model.put("turns", turns.stream().map(s -> Map.of("speaker", s.speaker(), "start", Charts.clock(s.start()),
                "end", Charts.clock(s.end()))).toList());
        return model;
    }

    private static Object svg(Optional<Drawing> drawing, String id) {
        if (drawing.isEmpty()) {
            return null;
        }
        try {
            // markup, not text: Svg escaped every text in it, so the template prints it as it is
            return HTMLOutputFormat.INSTANCE.fromMarkup(Svg.render(drawing.get(), id));
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot hand chart " + id + " to the template", e);
        }
    }

    private static Optional<Drawing> poll(Poll poll) {
        if (poll.options().isEmpty()) {
            return Optional.empty();
        }
        List<Bar> bars = poll.options().stream()
                .map(o -> new Bar(o.label(), o.votes(), votes(o)))
                .toList();
        String name = poll.title() != null ? poll.title() + ": " + poll.question() : poll.question();
        String responses = poll.responses() != null ? poll.responses() + " respondents; " : "";
        return Optional.of(Charts.bars("Poll results: " + name,
                "Bar chart of the votes per option, " + responses + described(bars) + ".", bars));
    }

    private static String votes(PollOption option) {
        return option.votes() + (option.percent() != null ? " (" + percent(option.percent()) + ")" : "");
    }

    private static Optional<Drawing> speakers(List<SpeakerShare> speakers) {
        if (speakers.isEmpty()) {
            return Optional.empty();
        }
        boolean timed = speakers.stream().anyMatch(s -> s.seconds() != null);
        List<SpeakerShare> ordered = speakers.stream()
                .sorted(Comparator.comparingDouble((SpeakerShare s) -> timed ? seconds(s) : s.words()).reversed())
                .toList();
        List<Bar> bars = new ArrayList<>();
        for (SpeakerShare s : ordered.subList(0, Math.min(ordered.size(), MAX_SPEAKER_BARS))) {
            bars.add(!timed ? new Bar(s.name(), s.words(), words(s.words()) + share(s.share()))
                    : new Bar(s.name(), seconds(s) / 60, s.seconds() != null ? Charts.clock(s.seconds()) + " min"
                    : "not timed"));
        }
        List<SpeakerShare> rest = ordered.subList(bars.size(), ordered.size());
        if (!rest.isEmpty()) {
            double restSeconds = rest.stream().mapToDouble(SessionCharts::seconds).sum();
            int restWords = rest.stream().mapToInt(SpeakerShare::words).sum();
            String label = rest.size() + " other speakers";
            bars.add(timed ? new Bar(label, restSeconds / 60, Charts.clock(restSeconds) + " min")
                    : new Bar(label, restWords, words(restWords)));
        }
        String measure = timed ? "Talk time per speaker" : "Words spoken per speaker";
        return Optional.of(Charts.bars(measure, "Bar chart of "
                + (timed ? "each speaker's talk time, from the transcript's timings" : "the words each speaker spoke")
                + ", " + speakers.size() + " speakers, most first: " + described(bars) + ".", bars));
    }

    private static double seconds(SpeakerShare s) {
        return s.seconds() == null ? 0 : s.seconds();
    }

    private static Optional<Drawing> groups(List<GroupShare> groups) {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        List<Bar> bars = groups.stream()
                .map(g -> new Bar(g.group(), g.words(), words(g.words()) + share(g.share())))
                .toList();
        return Optional.of(Charts.bars("Words spoken per stakeholder group",
                "Bar chart of the words spoken by each stakeholder group's speakers: " + described(bars) + ".", bars));
    }

    private static Optional<Drawing> timeline(List<Span> spans) {
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        long speakers = spans.stream().map(Span::speaker).distinct().count();
        double end = spans.stream().mapToDouble(Span::end).max().orElse(0);
        return Optional.of(Charts.timeline("Timeline of turns",
                "Who spoke when: " + count(spans.size(), "turn") + " by " + count(speakers, "speaker") + " over "
                        + Charts.clock(end)
                        + ", one lane per speaker in order of first speaking; the turns are listed in the table below.",
                spans));
    }

    private static String words(int n) {
        return String.format(Locale.ROOT, "%,d words", n);
    }

    /** " (26.6%)" for a 0..1 share, nothing where there is none. */
    private static String share(Double share) {
        return share == null ? "" : " (" + percent(share * 100) + ")";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String described(List<Bar> bars) {
        String listed = bars.stream().limit(DESCRIBED).map(b -> b.label() + ": " + b.valueText())
                .collect(Collectors.joining(", "));
        return bars.size() > DESCRIBED ? listed + " and " + (bars.size() - DESCRIBED) + " more" : listed;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }
}
