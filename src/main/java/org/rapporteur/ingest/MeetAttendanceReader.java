package org.rapporteur.ingest;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.ingest.Columns.Header;
import org.rapporteur.ingest.TableFile.Row;

/**
 * Google Meet's attendance report, the sheet Meet writes for the organiser, downloaded as CSV or xlsx (format
 * {@code meet-attendance}): {@code First name,Last name,Email,Duration,Time joined,Time exited}, one row per
 * join; a room's device or an account without a profile shows its name as the first name and no e-mail.
 * Counted as the other exports are ({@link AttendanceCount}); the meeting's minutes run from the first join to the
 * last exit, the clock only being read.
 */
public final class MeetAttendanceReader implements InputReader {

    public static final String FORMAT = "meet-attendance";

    enum Field { FIRST, LAST, EMAIL, DURATION, JOINED, EXITED }

    private static final Columns<Field> COLUMNS = Columns.of(Field.class, Map.of(
            Field.FIRST, List.of("First name"),
            Field.LAST, List.of("Last name"),
            Field.EMAIL, List.of("Email"),
            Field.DURATION, List.of("Duration"),
            Field.JOINED, List.of("Time joined"),
            Field.EXITED, List.of("Time exited")));

    private static final Set<Field> REQUIRED = EnumSet.of(Field.FIRST, Field.EMAIL, Field.JOINED);

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        if (!TableFile.isTable(file)) {
            return Optional.empty();
        }
        return COLUMNS.find(file.tableHead().rows(), REQUIRED).map(h -> FORMAT);
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws IOException, InputException {
        TableFile table = TableFile.read(file);
        table.warnings().forEach(parts::warn);
        AttendanceCount count = new AttendanceCount();
        Header<Field> header = null;
        Integer earliest = null;
        Integer latest = null;
        for (Row row : table.rows()) {
            Optional<Header<Field>> next = COLUMNS.match(row, REQUIRED);
            if (next.isPresent()) {
                header = next.get();
                continue;
            }
            if (header == null || row.filled().isEmpty()) {
                continue;
            }
            String name = (header.get(row, Field.FIRST) + " " + header.get(row, Field.LAST)).strip();
            if (!count.add(name, header.get(row, Field.EMAIL), name)) {
                parts.warn(InputWarning.at(file.name(), row.line(), "participant without name or e-mail; skipped"));
            }
            Integer joined = TeamsAttendanceReader.secondOfDay(header.get(row, Field.JOINED));
            Integer exited = TeamsAttendanceReader.secondOfDay(header.get(row, Field.EXITED));
            earliest = joined == null || earliest != null && earliest <= joined ? earliest : joined;
            latest = exited == null || latest != null && latest >= exited ? latest : exited;
        }
        count.addTo(parts, file.name(), format, TeamsAttendanceReader.minutesBetween(earliest, latest));
    }
}
