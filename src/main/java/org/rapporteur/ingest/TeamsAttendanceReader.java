package org.rapporteur.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.ingest.Columns.Header;
import org.rapporteur.ingest.TableFile.Row;

/**
 * Microsoft Teams attendance reports ("Download attendance list"), UTF-16 with a byte order mark and TAB-separated
 * as Teams writes them, or re-saved (UTF-8, commas). Format names:
 * <ul>
 *   <li>{@code teams-attendance}: sections {@code 1. Summary} (label and value per line: {@code Meeting title},
 *       {@code Attended participants}, {@code Start time}, {@code End time}, {@code Meeting duration}, ...),
 *       {@code 2. Participants} ({@code Name, First Join, Last Leave, In-Meeting Duration, Email, Participant ID
 *       (UPN), Role}, one row per person) and {@code 3. In-Meeting Activities} (one row per join).</li>
 *   <li>{@code teams-attendance-2020}: the download before 2022, one table {@code Full Name, User Action,
 *       Timestamp}, a row per join ({@code Joined}, {@code Joined before}) and per leave ({@code Left}).</li>
 * </ul>
 * Participants are counted as the Zoom exports are ({@link AttendanceCount}); a guest's or external account's
 * mark ("Tendai Moyo (Guest)") is no part of whom it names. The participants section is the count where it lists
 * anyone, else the joins of the activities or of the old table. A summary figure larger than the people listed is
 * a file cut short: the listed are counted, with a warning; nobody listed, the summary's figure is the count.
 */
public final class TeamsAttendanceReader implements InputReader {

    public static final String SECTIONS = "teams-attendance";
    public static final String LEGACY = "teams-attendance-2020";

    enum Field { NAME, FIRST_JOIN, LAST_LEAVE, JOIN, LEAVE, EMAIL, ACTION, TIMESTAMP }

    private static final Columns<Field> COLUMNS = Columns.of(Field.class, Map.of(
            Field.NAME, List.of("Name", "Full Name"),
            Field.FIRST_JOIN, List.of("First Join", "First Join Time"),
            Field.LAST_LEAVE, List.of("Last Leave", "Last Leave Time"),
            Field.JOIN, List.of("Join Time"),
            Field.LEAVE, List.of("Leave Time"),
            Field.EMAIL, List.of("Email", "E-mail"),
            Field.ACTION, List.of("User Action", "Action"),
            Field.TIMESTAMP, List.of("Timestamp")));
    private static final Set<Field> PARTICIPANTS = EnumSet.of(Field.NAME, Field.FIRST_JOIN, Field.LAST_LEAVE);
    private static final Set<Field> ACTIVITIES = EnumSet.of(Field.NAME, Field.JOIN, Field.LEAVE);
    private static final Set<Field> ACTIONS = EnumSet.of(Field.NAME, Field.ACTION, Field.TIMESTAMP);

    /** A numbered section line: "1. Summary", "3. In-Meeting Activities". */
    private static final Pattern SECTION = Pattern.compile("\\d\\.\\s*+(.+)");
    private static final Set<String> ATTENDED = Set.of("attended participants", "total number of participants");
    private static final Set<String> START = Set.of("start time", "meeting start time");
    private static final Set<String> END = Set.of("end time", "meeting end time");
    private static final Set<String> DURATION = Set.of("meeting duration");
    /** A guest's or an outside organisation's account mark after the name. */
    private static final Pattern ACCOUNT_MARK = Pattern.compile("\\s*+\\((?:guest|external|unverified)\\)\\s*+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*+([AaPp][Mm])?");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)\\s*+([hms])");

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        if (!file.isText()) {
            return Optional.empty();
        }
        boolean summary = false;
        for (Row row : rows(file, TableFile.SNIFF_ROWS)) {
            if (COLUMNS.match(row, ACTIONS).isPresent()) {
                return Optional.of(LEGACY);
            }
            if (COLUMNS.match(row, PARTICIPANTS).isPresent()) {
                return Optional.of(SECTIONS);
            }
            String first = Columns.normalize(row.cell(0));
            summary |= first.equals("1. summary") || first.equals("meeting summary");
            if (summary && row.filled().size() == 2 && ATTENDED.contains(first)) {
                return Optional.of(SECTIONS);
            }
        }
        return Optional.empty();
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws IOException, InputException {
        file.warnings().forEach(parts::warn);
        AttendanceCount listed = new AttendanceCount();
        AttendanceCount joined = new AttendanceCount();
        Integer attended = null;
        String start = null;
        String end = null;
        Integer minutes = null;
        Integer earliest = null;
        Integer latest = null;
        Header<Field> header = null;
        for (Row row : rows(file, Integer.MAX_VALUE)) {
            String label = Columns.normalize(row.cell(0));
            Optional<Header<Field>> next = COLUMNS.match(row, PARTICIPANTS).or(() -> COLUMNS.match(row, ACTIVITIES))
                    .or(() -> COLUMNS.match(row, ACTIONS));
            if (next.isPresent()) {
                header = next.get();
            } else if (row.filled().size() <= 1 || SECTION.matcher(label).matches()) {
                header = null;
            } else if (header == null && row.filled().size() == 2) {
                String value = row.cell(1);
                attended = ATTENDED.contains(label) ? TableFile.count(value) : attended;
                start = START.contains(label) ? value : start;
                end = END.contains(label) ? value : end;
                minutes = DURATION.contains(label) ? duration(value) : minutes;
            } else if (header != null) {
                for (Field stamp : List.of(Field.TIMESTAMP, Field.FIRST_JOIN, Field.LAST_LEAVE, Field.JOIN, Field.LEAVE)) {
                    Integer second = secondOfDay(header.get(row, stamp));
                    earliest = second == null || earliest != null && earliest <= second ? earliest : second;
                    latest = second == null || latest != null && latest >= second ? latest : second;
                }
                String action = header.get(row, Field.ACTION).toLowerCase(Locale.ROOT);
                if (header.has(Field.ACTION) && !action.startsWith("joined")) {
                    continue;
                }
                String name = header.get(row, Field.NAME);
                String email = header.get(row, Field.EMAIL);
                AttendanceCount into = header.has(Field.FIRST_JOIN) ? listed : joined;
                if (!into.add(name, email, ACCOUNT_MARK.matcher(name).replaceFirst(""))) {
                    parts.warn(InputWarning.at(file.name(), row.line(), "participant without name or e-mail; skipped"));
                }
            }
        }
        if (minutes == null) {
            minutes = start != null && end != null ? minutesBetween(secondOfDay(start), secondOfDay(end))
                    : minutesBetween(earliest, latest);
        }
        AttendanceCount count = listed.participants() > 0 ? listed : joined;
        if (attended != null && attended > count.listed()) {
            parts.warn(file.name() + ": its summary gives " + attended + " attended participants but "
                    + (count.listed() == 0 ? "lists nobody, so the summary's figure is the count"
                    : "lists " + count.listed() + ", so the file may be cut short; those listed are counted"));
        }
        count.addTo(parts, file.name(), format, minutes, count.listed() == 0 ? attended : null);
    }

    /**
     * The file's rows: cells split at TABs where the file has any (Teams writes them unquoted, so a title's comma
     * or quote is text), else read as CSV (a re-saved copy).
     */
    private static List<Row> rows(InputFile file, int max) throws IOException {
        List<String> lines = file.text().lines();
        if (lines.stream().limit(TableFile.SNIFF_ROWS).noneMatch(l -> l.indexOf('\t') >= 0)) {
            if (max <= TableFile.SNIFF_ROWS) {
                // detection: the head every table reader shares, parsed once
                return file.tableHead().rows();
            }
            try {
                return TableFile.read(file).rows();
            } catch (InputException e) {
                return List.of();
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size() && rows.size() < max; i++) {
            if (!lines.get(i).isBlank()) {
                rows.add(new Row(i + 1, List.of(lines.get(i).split("\t", -1)).stream().map(String::strip).toList()));
            }
        }
        return rows;
    }

    /** "1h 32m 10s", "45m 3s": whole minutes, rounded; null when it says none. */
    private static Integer duration(String value) {
        Matcher m = DURATION_PART.matcher(value.toLowerCase(Locale.ROOT));
        int seconds = 0;
        boolean any = false;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            seconds += n * switch (m.group(2)) {
                case "h" -> 3600;
                case "m" -> 60;
                default -> 1;
            };
            any = true;
        }
        return any ? Math.round(seconds / 60f) : null;
    }

    /** Minutes from one second of the day to another, a meeting past midnight wrapping once. */
    static Integer minutesBetween(Integer a, Integer b) {
        if (a == null || b == null) {
            return null;
        }
        int seconds = b >= a ? b - a : b + 24 * 3600 - a;
        return Math.round(seconds / 60f);
    }

    /**
     * A time stamp's second of the day ("6/24/25, 9:58:12 AM"): dates are written in the organiser's locale, so only
     * the clock is read; null where it shows none.
     */
    static Integer secondOfDay(String stamp) {
        Matcher m = TIME_OF_DAY.matcher(stamp);
        if (!m.find()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        if (m.group(4) != null) {
            hour = hour % 12 + (m.group(4).equalsIgnoreCase("pm") ? 12 : 0);
        }
        return hour * 3600 + Integer.parseInt(m.group(2)) * 60 + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }
}
