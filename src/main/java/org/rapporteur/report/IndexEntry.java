package org.rapporteur.report;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Person;
import org.rapporteur.model.SessionReport;

/**
 * One line of OUT/index.html: a session, how its processing ended ({@code COMPLETED}, {@code FAILED}, ...: the
 * batch status name), its title, code, kind and theme where known, its counts, the spoken words per stakeholder
 * group, how its speakers spread over stakeholder groups and regions, its participant figure, its takeaways, and
 * the reason it failed, if it did.
 */
public record IndexEntry(String sessionId, String status, String title, String code, String kind, String theme,
                         int speakers, int turns, int words, int takeaways, int callsToAction, int questions,
                         int polls, Map<String, Integer> wordsByGroup, Map<String, Integer> speakersByGroup,
                         Map<String, Integer> speakersByRegion, Integer participants, List<String> takeawayTexts,
                         String error) {

    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
    public static final String PENDING = "PENDING";
    /** The group or region of a speaker the inputs do not place. */
    static final String NOT_KNOWN = "not known";

    public IndexEntry {
        wordsByGroup = Map.copyOf(wordsByGroup);
        speakersByGroup = Collections.unmodifiableMap(new LinkedHashMap<>(speakersByGroup));
        speakersByRegion = Collections.unmodifiableMap(new LinkedHashMap<>(speakersByRegion));
        takeawayTexts = List.copyOf(takeawayTexts);
    }

    /** The entry of a session whose report was written, under the theme its messages grouped it in. */
    public static IndexEntry completed(SessionReport report, String theme) {
        Participation participation = report.participation();
        List<Participation.SpeakerShare> speakers = participation == null ? List.of() : participation.speakers();
        Map<String, Integer> groups = new LinkedHashMap<>();
        if (participation != null) {
            participation.stakeholderGroups().forEach(g -> groups.merge(g.group(), g.words(), Integer::sum));
        }
        Map<String, String> regions = report.people().stream().filter(p -> p.region() != null)
                .collect(Collectors.toMap(Person::name, Person::region, (a, b) -> a));
        return new IndexEntry(report.session().id(), COMPLETED, report.session().title(), report.session().code(),
                report.session().kind(), theme, speakers.size(),
                speakers.stream().mapToInt(Participation.SpeakerShare::turns).sum(),
                speakers.stream().mapToInt(Participation.SpeakerShare::words).sum(),
                report.keyTakeaways().size(), report.callsToAction().size(), report.questions().size(),
                report.polls().size(), groups,
                tally(speakers, s -> s.stakeholderGroup()),
                tally(speakers, s -> regions.get(s.name())),
                participants(participation),
                report.keyTakeaways().stream().map(Claim::text).toList(), null);
    }

    /** The entry of a session that produced no report, with the reason in words a rapporteur understands. */
    public static IndexEntry failed(String sessionId, String error) {
        return new IndexEntry(sessionId, FAILED, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(),
                Map.of(), null, List.of(), error);
    }

    /** The entry of a session not reported yet: the run stopped before reaching it. */
    public static IndexEntry pending(String sessionId) {
        return new IndexEntry(sessionId, PENDING, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(),
                Map.of(), null, List.of(), null);
    }

    public boolean isCompleted() {
        return COMPLETED.equals(status);
    }

    /**
     * The participant figure the report gives: its estimate for the IGF form, else the attendance export's count,
     * null where there is neither.
     */
    private static Integer participants(Participation participation) {
        if (participation == null) {
            return null;
        }
        if (participation.estimate() != null && participation.estimate().participants() != null) {
            return participation.estimate().participants();
        }
        return participation.attendance() == null ? null : participation.attendance().participants();
    }

    /** Speakers per value, most first, then by name; a speaker with no value counts as "not known". */
    private static Map<String, Integer> tally(List<Participation.SpeakerShare> speakers,
                                              Function<Participation.SpeakerShare, String> value) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        speakers.forEach(s -> counts.merge(value.apply(s) == null ? NOT_KNOWN : value.apply(s), 1, Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
