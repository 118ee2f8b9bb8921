package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rapporteur.model.Participation;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

/**
 * The participants of one attendance export, as its reader goes through the rows: each person once, known by
 * e-mail, else by name; the accounts of those running the session ({@link TechnicalAccount}) left out and named
 * in a warning. Shared by the attendance readers so that every export is counted alike.
 */
final class AttendanceCount {

    private final Set<String> participants = new HashSet<>();
    private final List<String> connections = new ArrayList<>();
    private final Set<String> technical = new LinkedHashSet<>();
    private int technicalRows;
    private int rows;

    /**
     * Counts a row showing {@code name} and {@code email} ("" where the export has none); {@code key} is the
     * name the person is known by when there is no e-mail. False, and nothing counted, when it has neither.
     */
    boolean add(String name, String email, String key) {
        String id = id(email, key);
        if (id == null) {
            return false;
        }
        rows++;
        if (TechnicalAccount.named(name)) {
            technical.add(name.strip());
            technicalRows++;
        } else if (participants.add(id)) {
            // a participant's name and e-mail, as written: "Conference Room B suva.hub@example.fj"
            connections.add((name.strip() + " " + email.strip()).strip());
        }
        return true;
    }

    /** Whom a row is: its e-mail in any case, else its name with spaces collapsed; null when it has neither. */
    static String id(String email, String name) {
        return !email.isBlank() ? email.strip().toLowerCase(Locale.ROOT)
                : name.isBlank() ? null : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    int participants() {
        return participants.size();
    }

    /** Everyone the rows named: the participants and the accounts left out. */
    int listed() {
        return participants.size() + technical.size();
    }

    /**
     * Puts the count into {@code parts} (a second report's is ignored, with a warning), its {@link SourceFile}
     * with the rows read, and the warning naming the accounts left out.
     */
    void addTo(SessionParts parts, String file, String format, Integer meetingMinutes) {
        addTo(parts, file, format, meetingMinutes, null);
    }

    /**
     * As {@link #addTo(SessionParts, String, String, Integer)}, the count being {@code stated} where it is not
     * null: the figure an export states where it lists nobody.
     */
    void addTo(SessionParts parts, String file, String format, Integer meetingMinutes, Integer stated) {
        if (!technical.isEmpty()) {
            parts.warn(file + ": " + technicalRows + (technicalRows == 1 ? " row" : " rows")
                    + " left out of the participant count, as accounts of those running the session (hosting,"
                    + " captioning, interpreting or a room's computer), not participants: "
                    + String.join(", ", technical));
        }
        if (parts.attendance != null) {
            parts.warn(file + ": a second attendance report; the count of " + parts.attendance.source()
                    + " is kept");
        } else {
            parts.attendance = new Participation.Attendance(stated != null ? stated : participants.size(), file,
                    connections, meetingMinutes);
        }
        parts.sources.add(new SourceFile(file, SourceKind.ATTENDANCE, format, rows));
    }
}
