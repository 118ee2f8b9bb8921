package org.rapporteur.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.ingest.TableFile.Row;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

/**
 * Form responses exported as CSV or xlsx (first sheet), one row per respondent and one column per question.
 * Format names:
 * <ul>
 *   <li>{@code microsoft-forms}: {@code ID,Start time,Completion time,Email,Name,[Last modified time,]<questions>};
 *       multi-select answers {@code a;b;}; {@code anonymous} as e-mail or name.</li>
 *   <li>{@code google-forms}: {@code "Timestamp",["Email Address",]<questions>}, all quoted; checkbox answers
 *       joined with {@code ", "} (a part starting in lower case continues the option before it).</li>
 * </ul>
 * Every question column becomes a poll (type unknown: a form mixes choices and free text); a respondent is known
 * by e-mail, else name; a second response replaces the first, with a warning.
 */
public final class FormsPollReader implements InputReader {

    public static final String MICROSOFT = "microsoft-forms";
    public static final String GOOGLE = "google-forms";

    /** Microsoft's columns that are about the response, not questions (quiz points and feedback included). */
    private static final Set<String> MICROSOFT_META = Set.of("id", "start time", "completion time", "email", "name",
            "last modified time", "total points", "quiz feedback");
    private static final Set<String> GOOGLE_META = Set.of("timestamp", "email address", "username", "score");

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        if (!TableFile.isTable(file)) {
            return Optional.empty();
        }
        return firstSheet(file.tableHead()).stream().filter(r -> !r.isBlank()).findFirst()
                .flatMap(FormsPollReader::format);
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws IOException, InputException {
        TableFile table = TableFile.read(file);
        table.warnings().forEach(parts::warn);
        List<Row> rows = firstSheet(table).stream().filter(r -> !r.isBlank()).toList();
        Row header = rows.get(0);
        boolean microsoft = format.equals(MICROSOFT);
        Set<String> meta = microsoft ? MICROSOFT_META : GOOGLE_META;
        Map<Integer, PollTally> questions = new LinkedHashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String name = Columns.normalize(header.cell(c));
            if (!name.isEmpty() && !meta.contains(name) && !name.startsWith("points - ")
                    && !name.startsWith("feedback - ")) {
                questions.put(c, new PollTally(null, header.cell(c), null));
            }
        }
        int email = column(header, microsoft ? "email" : "email address");
        int name = microsoft ? column(header, "name") : -1;
        List<Row> responses = rows.subList(1, rows.size());
        int before = parts.polls.size();
        parts.polls.addAll(ResponseTables.wide(file.name(), responses, questions,
                row -> PollTally.respondent(row.cell(name), row.cell(email)),
                (column, cell) -> microsoft ? PollTally.choices(cell) : googleChoices(cell),
                parts));
        parts.sources.add(new SourceFile(file.name(), SourceKind.POLL, format, parts.polls.size() - before));
    }

    /** The responses: a CSV file's rows, or a workbook's first sheet (Forms writes one). */
    private static List<Row> firstSheet(TableFile table) {
        return table.sheets().isEmpty() ? List.of() : table.sheets().get(0).rows();
    }

    private static Optional<String> format(Row header) {
        List<String> names = header.cells().stream().map(Columns::normalize).toList();
        if (names.size() > 3 && names.subList(0, 3).equals(List.of("id", "start time", "completion time"))) {
            return Optional.of(MICROSOFT);
        }
        if (names.size() > 1 && names.get(0).equals("timestamp")) {
            return Optional.of(GOOGLE);
        }
        return Optional.empty();
    }

    private static int column(Row header, String name) {
        return header.cells().stream().map(Columns::normalize).toList().indexOf(name);
    }

    /**
     * Splits a checkbox answer at ", "; a part that starts in lower case continues the option before it, so
     * "Yes, directly" stays one option while "Cost of data, Electricity" is two.
     */
    static List<String> googleChoices(String cell) {
        List<String> choices = new ArrayList<>();
        for (String part : cell.split(", ")) {
            if (!choices.isEmpty() && !part.isEmpty() && Character.isLowerCase(part.codePointAt(0))) {
                choices.set(choices.size() - 1, choices.get(choices.size() - 1) + ", " + part);
            } else {
                choices.add(part);
            }
        }
        return choices;
    }
}
