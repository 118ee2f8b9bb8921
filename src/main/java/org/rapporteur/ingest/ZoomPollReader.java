package org.rapporteur.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
 * Zoom poll reports (CSV). Format names:
 * <ul>
 *   <li>{@code zoom-poll-2020} (before Sept 2021): the header is {@code #,User Name,User Email,Submitted Date/Time,}
 *       and each response row holds question/answer PAIRS after those four cells.</li>
 *   <li>{@code zoom-poll-2021}: {@code Poll Report}, report and meeting lines, then one sub-table per poll starting
 *       {@code #,User Name,User Email,Submitted Date/Time,<question>[,<question>...]}. The poll's title is the
 *       one-cell line (or {@code Poll Name:,<title>}) right above its sub-table, where there is one.</li>
 * </ul>
 * Multi-select answers are joined with {@code ;}. A respondent is known by e-mail, else by name; "Anonymous
 * Attendee" (or no name and no e-mail) is a new respondent each time. A second submission of the same respondent
 * replaces the first, with a warning. Response rows are those whose first cell is a number. A question nobody
 * answered gives no poll. The meeting line's "# Participants" (and its duration) stands for attendance where the
 * session has no attendance export.
 */
public final class ZoomPollReader implements InputReader {

    public static final String PAIRS = "zoom-poll-2020";
    public static final String SUB_TABLES = "zoom-poll-2021";

    enum Field { NUMBER, NAME, EMAIL, SUBMITTED }

    private static final Columns<Field> COLUMNS = Columns.of(Field.class, Map.of(
            Field.NUMBER, List.of("#"),
            Field.NAME, List.of("User Name"),
            Field.EMAIL, List.of("User Email"),
            Field.SUBMITTED, List.of("Submitted Date/Time")));
    private static final Set<Field> ALL = EnumSet.allOf(Field.class);
    private static final Set<String> NOT_TITLES = Set.of("poll report", "poll details", "report generated");

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        if (!file.isText()) {
            return Optional.empty();
        }
        return COLUMNS.find(file.tableHead().rows(), ALL).map(h -> questionColumns(h).isEmpty() ? PAIRS : SUB_TABLES);
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws IOException, InputException {
        TableFile table = TableFile.read(file);
        table.warnings().forEach(parts::warn);
        List<Row> rows = table.rows();
        Map<String, PollTally> pairs = new LinkedHashMap<>();
        List<PollTally> polls = new ArrayList<>();
        Header<Field> header = null;
        List<Integer> columns = List.of();
        List<PollTally> subTable = List.of();
        MeetingLine meeting = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            // the meeting line comes before the first poll's table
            if (meeting == null && polls.isEmpty() && i > 0 && MeetingLine.isHeader(rows.get(i - 1))) {
                meeting = MeetingLine.read(rows.get(i - 1), row);
            }
            Optional<Header<Field>> next = COLUMNS.match(row, ALL);
            if (next.isPresent()) {
                header = next.get();
                columns = questionColumns(header);
                String title = i > 0 ? title(rows.get(i - 1)) : null;
                subTable = columns.stream()
                        .map(c -> new PollTally(title, row.cell(c), "multiple-choice")).toList();
                polls.addAll(subTable);
                continue;
            }
            if (!isNumber(row.cell(0))) {
                header = null;
                continue;
            }
            if (header == null) {
                parts.warn(InputWarning.at(file.name(), row.line(), "poll response outside a poll table; skipped"));
                continue;
            }
            String respondent = respondent(header, row);
            boolean again = false;
            if (columns.isEmpty()) {
                for (int c = header.columns().get(Field.SUBMITTED) + 1; c < row.cells().size(); c += 2) {
                    if (!row.cell(c).isEmpty()) {
                        String question = row.cell(c);
                        PollTally tally = pairs.computeIfAbsent(question, q -> new PollTally(null, q, "multiple-choice"));
                        again |= tally.answer(respondent, PollTally.choices(row.cell(c + 1)));
                    }
                }
            } else {
                for (int k = 0; k < columns.size(); k++) {
                    again |= subTable.get(k).answer(respondent, PollTally.choices(row.cell(columns.get(k))));
                }
            }
            if (again) {
                parts.warn(InputWarning.at(file.name(), row.line(), header.get(row, Field.NAME)
                        + " submitted again; only the last submission counts"));
            }
        }
        polls.addAll(pairs.values());
        List<PollTally> answered = polls.stream().filter(p -> !p.isEmpty()).toList();
        answered.forEach(p -> parts.polls.add(p.poll(file.name())));
        // the meeting line's count of participants stands for attendance only where no export lists them
        if (meeting != null && meeting.participants() != null && parts.attendance == null) {
            parts.attendance = new Participation.Attendance(meeting.participants(), file.name(), List.of(),
                    meeting.minutes(), true);
        }
        parts.sources.add(new SourceFile(file.name(), SourceKind.POLL, format, answered.size()));
    }

    private static String respondent(Header<Field> header, Row row) {
        return PollTally.respondent(header.get(row, Field.NAME), header.get(row, Field.EMAIL));
    }

    private static List<Integer> questionColumns(Header<Field> header) {
        List<Integer> columns = new ArrayList<>();
        for (int c = header.columns().get(Field.SUBMITTED) + 1; c < header.row().cells().size(); c++) {
            if (!header.row().cell(c).isEmpty()) {
                columns.add(c);
            }
        }
        return columns;
    }

    /** A poll title from the line above a sub-table: a lone cell, or {@code Poll Name:,<title>}. */
    private static String title(Row above) {
        List<String> filled = above.filled();
        if (filled.size() == 1 && !NOT_TITLES.contains(Columns.normalize(filled.get(0)))) {
            return filled.get(0).replaceFirst(":$", "").strip();
        }
        if (filled.size() == 2 && filled.get(0).endsWith(":")
                && !NOT_TITLES.contains(Columns.normalize(filled.get(0)))) {
            return filled.get(1);
        }
        return null;
    }

    private static boolean isNumber(String cell) {
        return cell.matches("\\d+");
    }
}
