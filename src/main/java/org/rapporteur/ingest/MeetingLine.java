package org.rapporteur.ingest;

import java.util.List;
import org.rapporteur.ingest.TableFile.Row;

/**
 * The meeting line Zoom writes above the tables of its reports: a header row naming the topic
 * ({@code Topic,ID,Actual Start Time,Actual Duration (minutes),# Participants}, or the participants report's
 * {@code Meeting ID,Topic,...,Duration (Minutes),Participants}) and the row of values under it. Either figure is
 * null where the report leaves it out or it is no whole number.
 */
record MeetingLine(Integer minutes, Integer participants) {

    private static final List<String> MINUTES = List.of("actual duration (minutes)", "duration (minutes)");
    private static final List<String> PARTICIPANTS = List.of("# participants", "participants");

    /** Whether the row is a meeting line's header: it names the topic, unlike any table of people or answers. */
    static boolean isHeader(Row row) {
        return row.cells().stream().map(Columns::normalize).anyMatch("topic"::equals);
    }

    /** The figures of the values row under a meeting line's header. */
    static MeetingLine read(Row header, Row values) {
        List<String> names = header.cells().stream().map(Columns::normalize).toList();
        return new MeetingLine(number(values, column(names, MINUTES)), number(values, column(names, PARTICIPANTS)));
    }

    private static int column(List<String> names, List<String> wanted) {
        return wanted.stream().mapToInt(names::indexOf).filter(i -> i >= 0).findFirst().orElse(-1);
    }

    private static Integer number(Row row, int column) {
        String cell = column >= 0 && column < row.cells().size() ? row.cells().get(column).strip() : "";
        return cell.matches("\\d{1,6}") ? Integer.valueOf(cell) : null;
    }
}
