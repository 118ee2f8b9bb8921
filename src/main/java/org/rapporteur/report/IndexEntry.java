package org.rapporteur.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.model.Participation;
import org.rapporteur.model.SessionReport;

/**
 * One line of OUT/index.html: a session, how its processing ended ({@code COMPLETED}, {@code FAILED}, ...: the
 * batch status name), its title and code where known, its counts, the spoken words per stakeholder group, and the
 * reason it failed, if it did.
 */
public record IndexEntry(String sessionId, String status, String title, String code, int speakers, int turns,
                         int words, int takeaways, int callsToAction, int questions, int polls,
                         Map<String, Integer> wordsByGroup, String error) {

    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
    public static final String PENDING = "PENDING";

    public IndexEntry {
        wordsByGroup = Map.copyOf(wordsByGroup);
    }

    /** The entry of a session whose report was written. */
    public static IndexEntry completed(SessionReport report) {
        Participation participation = report.participation();
        List<Participation.SpeakerShare> speakers = participation == null ? List.of() : participation.speakers();
        Map<String, Integer> groups = new LinkedHashMap<>();
        if (participation != null) {
            participation.stakeholderGroups().forEach(g -> groups.merge(g.group(), g.words(), Integer::sum));
        }
        return new IndexEntry(report.session().id(), COMPLETED, report.session().title(), report.session().code(),
                speakers.size(),
                speakers.stream().mapToInt(Participation.SpeakerShare::turns).sum(),
                speakers.stream().mapToInt(Participation.SpeakerShare::words).sum(),
                report.keyTakeaways().size(), report.callsToAction().size(), report.questions().size(),
                report.polls().size(), groups, null);
    }

    /** The entry of a session that produced no report, with the reason in words a rapporteur understands. */
    public static IndexEntry failed(String sessionId, String error) {
        return new IndexEntry(sessionId, FAILED, null, null, 0, 0, 0, 0, 0, 0, 0, Map.of(), error);
    }

    /** The entry of a session not reported yet: the run stopped before reaching it. */
    public static IndexEntry pending(String sessionId) {
        return new IndexEntry(sessionId, PENDING, null, null, 0, 0, 0, 0, 0, 0, 0, Map.of(), null);
    }

    public boolean isCompleted() {
        return COMPLETED.equals(status);
    }
}
