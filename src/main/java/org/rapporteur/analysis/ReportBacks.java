package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;

/**
 * The report-backs of a session that split into breakout groups: the turn of someone who does not chair, reporting
 * on "our group" or what "the group felt", for a group named by number in the chair's hand-over right before it or
 * in the turn's own opening ("Group two, Daniel."). Two or more make the plenary a round of report-backs, told as
 * such: which group, its rapporteur, what the group found, where it did not agree.
 */
final class ReportBacks {

    /** One group's report: the group as named ("group one"), its rapporteur, and the turn's sentences. */
    record ReportBack(String group, String rapporteur, int turn, List<Integer> sentences) {
    }

    private static final Cue REPORT_BACK = Lexicon.cue("report-back");
    private static final Cue GROUP_VIEW = Lexicon.cue("group-view");
    private static final Cue GROUP = Lexicon.cue("group-label");
    /** A report says what a group found: a shorter turn only comments on one. */
    private static final int MIN_WORDS = 60;
    /** Sentences at a report's opening where it may name its own group. */
    private static final int OWN_LABEL_WITHIN = 3;

    private ReportBacks() {
    }

    /** The groups' reports in the order given; none where fewer than two groups reported. */
    static List<ReportBack> find(Discussion d) {
        Map<Integer, List<Integer>> byTurn = new LinkedHashMap<>();
        for (int i = 0; i < d.size(); i++) {
            byTurn.computeIfAbsent(d.sentence(i).turn().index(), t -> new ArrayList<>()).add(i);
        }
        List<ReportBack> out = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        List<Integer> before = List.of();
        for (List<Integer> turn : byTurn.values()) {
            String speaker = d.sentence(turn.get(0)).speaker();
            if (!d.people().chairs(speaker) && d.sentence(turn.get(0)).turn().words() >= MIN_WORDS
                    && turn.stream().anyMatch(i -> REPORT_BACK.find(d.sentence(i).text()) || statesView(d, i))) {
                String group = label(d, turn.subList(0, Math.min(OWN_LABEL_WITHIN, turn.size())));
                if (group == null && !before.isEmpty() && d.people().chairs(d.sentence(before.get(0)).speaker())) {
                    group = label(d, before.subList(before.size() - 1, before.size()));
                }
                if (group != null && groups.add(group)) {
                    out.add(new ReportBack(group, speaker, d.sentence(turn.get(0)).turn().index(), turn));
                }
            }
            before = turn;
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** Whether a sentence reports what a group held ("the group felt that …"). */
    static boolean statesView(Discussion d, int i) {
        return GROUP_VIEW.find(d.sentence(i).text());
    }

    /** The group the sentences name by number, in lower case ("group one"); null where none. */
    private static String label(Discussion d, List<Integer> sentences) {
        for (int i : sentences) {
            String text = d.sentence(i).text();
            Matcher m = GROUP.matcher(text);
            if (GROUP.mayHold(text) && m.find()) {
                return m.group().strip().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
