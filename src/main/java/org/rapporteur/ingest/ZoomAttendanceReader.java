package org.rapporteur.ingest;

import java.io.IOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.ingest.Columns.Header;
import org.rapporteur.ingest.TableFile.Row;
import org.rapporteur.model.Participation;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

/**
 * Zoom attendance exports, CSV. Format names:
 * <ul>
 *   <li>{@code zoom-participants}: the meeting participants report, an optional meeting block
 *       ({@code Meeting ID,Topic,...}, {@code ,,,,,,}) then {@code Name (Original Name),User Email,Join Time,
 *       Leave Time,Duration (Minutes),Guest,...}, one row per join.</li>
 *   <li>{@code zoom-attendees}: the webinar attendee report, sections {@code Host Details},
 *       {@code Panelist Details}, {@code Attendee Details}, each with its header
 *       ({@code Attended,User Name (Original Name),Email,...} or {@code Attended,First Name,Last Name,Email,...}).
 *       Rows with {@code Attended} = No are registrations, not participants.</li>
 *   <li>{@code zoom-registration}: the webinar registration report, a {@code Registrant Details} table
 *       ({@code First Name,Last Name,Email,Registration Time,...}) and no join times: who signed up, not who came.
 *       Its registrants, counted like participants, are kept apart as {@link Participation.Registration}.</li>
 * </ul>
 * Participants are counted once each, known by e-mail, else by name; {@code --} marks a missing value. The
 * accounts of those running the session ({@link TechnicalAccount}: the webinar's hosting account, captioners,
 * interpreters, a room's computer) are no participants: left out, with a warning naming them.
 */
public final class ZoomAttendanceReader implements InputReader {

    public static final String PARTICIPANTS = "zoom-participants";
    public static final String ATTENDEES = "zoom-attendees";
    public static final String REGISTRATION = "zoom-registration";

    enum Field { ATTENDED, NAME, FIRST, LAST, EMAIL, JOIN, DURATION, REGISTERED }

    private static final Columns<Field> COLUMNS = Columns.of(Field.class, Map.of(
            Field.ATTENDED, List.of("Attended"),
            Field.NAME, List.of("Name (Original Name)", "User Name (Original Name)", "Name", "User Name",
                    "Participant"),
            Field.FIRST, List.of("First Name"),
            Field.LAST, List.of("Last Name"),
            Field.EMAIL, List.of("User Email", "Email"),
            Field.JOIN, List.of("Join Time"),
            Field.DURATION, List.of("Duration (Minutes)", "Total Duration (Minutes)", "Time in Session (minutes)"),
            Field.REGISTERED, List.of("Registration Time")));

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        if (!file.isText()) {
            return Optional.empty();
        }
        boolean header = false;
        boolean webinar = false;
        boolean registration = false;
        for (Row row : file.tableHead().rows()) {
            Optional<Header<Field>> found = header(row);
            header |= found.isPresent();
            webinar |= found.map(h -> h.has(Field.ATTENDED)).orElse(false)
                    || row.filled().size() == 1 && Columns.normalize(row.filled().get(0)).startsWith("attendee");
            registration |= registrants(row).isPresent();
        }
        return header ? Optional.of(webinar ? ATTENDEES : PARTICIPANTS)
                : registration ? Optional.of(REGISTRATION) : Optional.empty();
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws IOException, InputException {
        TableFile table = TableFile.read(file);
        table.warnings().forEach(parts::warn);
        if (format.equals(REGISTRATION)) {
            readRegistrations(file, table, parts);
            return;
        }
        AttendanceCount count = new AttendanceCount();
        Header<Field> header = null;
        Integer meetingMinutes = null;
        Row meetingHeader = null;
        for (Row row : table.rows()) {
            Optional<Header<Field>> next = header(row);
            if (meetingHeader != null) {
                meetingMinutes = MeetingLine.read(meetingHeader, row).minutes();
                meetingHeader = null;
            }
            if (next.isEmpty() && meetingMinutes == null && header == null && MeetingLine.isHeader(row)) {
                meetingHeader = row;
            }
            if (next.isPresent()) {
                header = next.get();
            } else if (row.filled().size() <= 1) {
                header = null;
            } else if (header != null && !header.get(row, Field.ATTENDED).equalsIgnoreCase("no")
                    && !count.add(name(header, row), missing(header.get(row, Field.EMAIL)), name(header, row))) {
                parts.warn(InputWarning.at(file.name(), row.line(), "participant without name or e-mail; skipped"));
            }
        }
        count.addTo(parts, file.name(), format, meetingMinutes);
    }

    /** Registrants counted once each, like participants; a second registration report is ignored when merged. */
    private static void readRegistrations(InputFile file, TableFile table, SessionParts parts) {
        Set<String> registrants = new HashSet<>();
        Header<Field> header = null;
        int rows = 0;
        for (Row row : table.rows()) {
            Optional<Header<Field>> next = registrants(row);
            if (next.isPresent()) {
                header = next.get();
            } else if (row.filled().size() <= 1) {
                header = null;
            } else if (header != null) {
                String key = key(header, row);
                if (key != null) {
                    registrants.add(key);
                }
                rows++;
            }
        }
        parts.registration = new Participation.Registration(registrants.size(), file.name());
        parts.sources.add(new SourceFile(file.name(), SourceKind.ATTENDANCE, REGISTRATION, rows));
    }

    /** A registration report's header: a name, an e-mail and a registration time, but nothing of attending. */
    private static Optional<Header<Field>> registrants(Row row) {
        return COLUMNS.match(row, EnumSet.noneOf(Field.class))
                .filter(h -> (h.has(Field.NAME) || h.has(Field.FIRST)) && h.has(Field.EMAIL) && h.has(Field.REGISTERED))
                .filter(h -> !h.has(Field.ATTENDED) && !h.has(Field.JOIN) && !h.has(Field.DURATION));
    }

    /** A header names the person (name, or first and last name) and how they took part. */
    private static Optional<Header<Field>> header(Row row) {
        return COLUMNS.match(row, EnumSet.noneOf(Field.class))
                .filter(h -> h.has(Field.NAME) || h.has(Field.FIRST))
                .filter(h -> h.has(Field.EMAIL) && (h.has(Field.JOIN) || h.has(Field.DURATION) || h.has(Field.ATTENDED)));
    }

    private static String key(Header<Field> header, Row row) {
        return AttendanceCount.id(missing(header.get(row, Field.EMAIL)), name(header, row));
    }

    /** The name a row shows: its name cell, else its first and last names. */
    private static String name(Header<Field> header, Row row) {
        return header.has(Field.NAME) ? missing(header.get(row, Field.NAME))
                : missing(header.get(row, Field.FIRST)) + " " + missing(header.get(row, Field.LAST));
    }

    private static String missing(String cell) {
        return cell.equals("--") ? "" : cell;
    }
}
