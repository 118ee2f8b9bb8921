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
 * group, how its speakers spread over stakeholder groups and regions, its participation facts, its takeaways, and
 * the reason it failed, if it did.
 */
public record IndexEntry(String sessionId, String status, String title, String code, String kind, String theme,
                         int speakers, int turns, int words, int takeaways, int callsToAction, int questions,
                         int polls, Map<String, Integer> wordsByGroup, Map<String, Integer> speakersByGroup,
                         Map<String, Integer> speakersByRegion, Facts facts, List<String> takeawayTexts,
                         String error) {

    /**
     * The participation facts the report gives, as on its IGF form: the participant figure (its estimate, else the
     * attendance export's count) with onsite, online and its basis; the stated lower bound of women and
     * gender-diverse participants; the minutes the session ran; the questions answered. Null where unknown.
     */
    public record Facts(Integer participants, Integer onsite, Integer online, String participantsBasis,
                        Integer womenAtLeast, Double actualMinutes, int questionsAnswered) {

        static final Facts NONE = new Facts(null, null, null, null, null, null, 0);

        static Facts of(SessionReport report) {
            Participation p = report.participation();
            int answered = (int) report.questions().stream().filter(q -> Boolean.TRUE.equals(q.answered())).count();
            if (p == null) {
                return new Facts(null, null, null, null, null, report.session().actualMinutes(), answered);
            }
            Participation.Estimate e = p.estimate();
            boolean estimated = e != null && e.participants() != null;
            Integer participants = estimated ? e.participants()
                    : p.attendance() == null ? null : p.attendance().participants();
            String basis = estimated ? e.basis()
                    : p.attendance() == null ? null : p.attendance().basis();
            return new Facts(participants, estimated ? e.onsite() : null, estimated ? e.online() : null, basis,
                    p.womenAndGenderDiverse() == null ? null : p.womenAndGenderDiverse().atLeast(),
                    report.session().actualMinutes(), answered);
        }
    }

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
                Facts.of(report),
                report.keyTakeaways().stream().map(Claim::text).toList(), null);
    }

    /** The entry of a session that produced no report, with the reason in words a rapporteur understands. */
    public static IndexEntry failed(String sessionId, String error) {
        return new IndexEntry(sessionId, FAILED, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(),
                Map.of(), Facts.NONE, List.of(), error);
    }

    /** The entry of a session not reported yet: the run stopped before reaching it. */
    public static IndexEntry pending(String sessionId) {
        return new IndexEntry(sessionId, PENDING, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(),
                Map.of(), Facts.NONE, List.of(), null);
    }

    public boolean isCompleted() {
        return COMPLETED.equals(status);
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
