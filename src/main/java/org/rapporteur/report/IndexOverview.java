package org.rapporteur.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/** Totals across the sessions of a run, and the spoken words per stakeholder group across all of them. */
public record IndexOverview(int sessions, int completed, int failed, int speakers, int turns, int words,
                            int takeaways, int callsToAction, int questions, int polls, List<GroupTotal> groups) {

    public IndexOverview {
        groups = List.copyOf(groups);
    }

    /** {@code share} is of all words spoken by speakers with a known group, 0..1. */
    public record GroupTotal(String group, int sessions, int words, double share) {
    }

    public static IndexOverview of(List<IndexEntry> entries) {
        int completed = (int) entries.stream().filter(IndexEntry::isCompleted).count();
        int failed = (int) entries.stream().filter(e -> IndexEntry.FAILED.equals(e.status())).count();
        return new IndexOverview(entries.size(), completed, failed,
                sum(entries, IndexEntry::speakers), sum(entries, IndexEntry::turns), sum(entries, IndexEntry::words),
                sum(entries, IndexEntry::takeaways), sum(entries, IndexEntry::callsToAction),
                sum(entries, IndexEntry::questions), sum(entries, IndexEntry::polls), groups(entries));
    }

    private static int sum(List<IndexEntry> entries, ToIntFunction<IndexEntry> count) {
        return entries.stream().mapToInt(count).sum();
    }

    private static List<GroupTotal> groups(List<IndexEntry> entries) {
        Map<String, int[]> byGroup = new TreeMap<>();
        for (IndexEntry entry : entries) {
            entry.wordsByGroup().forEach((group, words) -> {
                int[] acc = byGroup.computeIfAbsent(group, g -> new int[2]);
                acc[0]++;
                acc[1] += words;
            });
        }
        double all = byGroup.values().stream().mapToInt(acc -> acc[1]).sum();
        List<GroupTotal> totals = new ArrayList<>();
        byGroup.forEach((group, acc) -> totals.add(new GroupTotal(group, acc[0], acc[1], all == 0 ? 0 : acc[1] / all)));
        totals.sort(Comparator.comparingInt(GroupTotal::words).reversed());
        return totals;
    }
}
