package org.rapporteur.ingest;

import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.ingest.Columns.Header;
import org.rapporteur.ingest.TableFile.Row;
import org.rapporteur.ingest.TableFile.Sheet;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

/**
 * Mentimeter result exports, xlsx (layout seen only in other parsers' fixtures; read leniently). Format names:
 * <ul>
 *   <li>{@code mentimeter-wide}: one row per voter, {@code Date (UTC) | Session | Voter | <question>...}; a question
 *       column is headed {@code <Question>} or {@code <Question>: Answer}; a scale has one column per criterion,
 *       {@code <Prompt>:: <criterion>}, read as a rating poll "{@code <Prompt>: <criterion>}" whose options are the
 *       ratings given.</li>
 *   <li>{@code mentimeter-long}: one row per answer, {@code Participant} (or {@code Voter}) {@code | Question |
 *       Answer}; a voter's rows for one question form one submission. A CSV or a sheet with other respondent
 *       column names is left to {@link SlidoPollReader}'s response layout.</li>
 * </ul>
 */
public final class MentimeterReader implements InputReader {

    public static final String WIDE = "mentimeter-wide";
    public static final String LONG = "mentimeter-long";

    enum Field { DATE, SESSION, VOTER, QUESTION, ANSWER }

    private static final Columns<Field> COLUMNS = Columns.of(Field.class, Map.of(
            Field.DATE, List.of("Date (UTC)", "Date"),
            Field.SESSION, List.of("Session"),
            Field.VOTER, List.of("Voter", "Participant"),
            Field.QUESTION, List.of("Question"),
            Field.ANSWER, List.of("Answer")));
    private static final Set<Field> LONG_FIELDS = EnumSet.of(Field.VOTER, Field.QUESTION, Field.ANSWER);

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        if (!TableFile.isSpreadsheet(file)) {
            return Optional.empty();
        }
        for (Sheet sheet : file.tableHead().sheets()) {
            for (Row row : sheet.rows()) {
                Optional<String> layout = layout(row);
                if (layout.isPresent()) {
                    return layout;
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws IOException, InputException {
        TableFile table = TableFile.read(file);
        table.warnings().forEach(parts::warn);
        int before = parts.polls.size();
        ResponseTables.ByAnswer answers = new ResponseTables.ByAnswer();
        for (Sheet sheet : table.sheets()) {
            List<Row> rows = sheet.rows();
            for (int i = 0; i < rows.size(); i++) {
                Optional<String> layout = layout(rows.get(i));
                if (layout.isEmpty()) {
                    continue;
                }
                Header<Field> header = COLUMNS.match(rows.get(i), EnumSet.noneOf(Field.class)).orElseThrow();
                List<Row> data = rows.subList(i + 1, rows.size());
                if (layout.get().equals(WIDE)) {
                    wide(file.name(), header, data, parts);
                } else {
                    data.stream().filter(r -> !header.get(r, Field.QUESTION).isEmpty()).forEach(r -> answers.add(
                            null, header.get(r, Field.QUESTION), null,
                            PollTally.respondent(header.get(r, Field.VOTER), ""), header.get(r, Field.ANSWER)));
                }
                break;
            }
        }
        parts.polls.addAll(answers.polls(file.name()));
        parts.sources.add(new SourceFile(file.name(), SourceKind.POLL, format, parts.polls.size() - before));
    }

    private static Optional<String> layout(Row row) {
        Optional<Header<Field>> header = COLUMNS.match(row, EnumSet.of(Field.VOTER));
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Header<Field> h = header.get();
        if (h.has(Field.QUESTION) && h.has(Field.ANSWER)) {
            return Optional.of(LONG);
        }
        boolean voter = Columns.normalize(row.cell(h.columns().get(Field.VOTER))).equals("voter");
        return voter && (h.has(Field.DATE) || h.has(Field.SESSION)) ? Optional.of(WIDE) : Optional.empty();
    }

    /** One poll per question column; a scale's criteria are rating polls. */
    private static void wide(String file, Header<Field> header, List<Row> rows, SessionParts parts) {
        Map<Integer, PollTally> questions = new LinkedHashMap<>();
        Row names = header.row();
        for (int c = 0; c < names.cells().size(); c++) {
            String name = names.cell(c);
            if (name.isEmpty() || header.columns().containsValue(c)) {
                continue;
            }
            int scale = name.indexOf("::");
            if (scale >= 0) {
                String criterion = name.substring(0, scale).strip() + ": " + name.substring(scale + 2).strip();
                questions.put(c, new PollTally(null, criterion, "rating"));
            } else {
                questions.put(c, new PollTally(null, name.replaceFirst("(?i):\\s*answer$", "").strip(), null));
            }
        }
        parts.polls.addAll(ResponseTables.wide(file, rows, questions,
                row -> PollTally.respondent(header.get(row, Field.VOTER), ""), (c, cell) -> List.of(cell), parts));
    }
}
