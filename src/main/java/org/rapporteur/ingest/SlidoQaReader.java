package org.rapporteur.ingest;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapporteur.ingest.Columns.Header;
import org.rapporteur.ingest.TableFile.Row;
import org.rapporteur.ingest.TableFile.Sheet;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

/**
 * Slido Q&amp;A exports, xlsx or csv (format {@code slido-qa}): one row per question. Slido's column names are not
 * verified; the header is found by name (case-insensitive) and needs a question column and a likes or answered
 * column. Accepted names per field (the key is the field's name in {@code qa-columns.properties}, which
 * overrides them like {@code poll-columns.properties} does for polls):
 * <ul>
 *   <li>{@code question}: Question, Question text, Content, Text</li>
 *   <li>{@code asker}: Author, Author name, Asked by, Name, Participant, User, User name (blank or "Anonymous" =
 *       anonymous)</li>
 *   <li>{@code likes}: Likes, Upvotes, Up votes, Like count, Score (the question's upvotes; a cell that is no
 *       whole number gives none)</li>
 *   <li>{@code answered}: Answered, Is answered, Status (yes/true/answered/archived = answered; no/false/live/open
 *       = not answered; anything else unknown)</li>
 *   <li>{@code labels}: Labels, Label, Tags; {@code date}: Date, Created, Created at, Time, Asked at</li>
 * </ul>
 * Evidence line: the row number in a workbook, the line where the record starts in a CSV.
 */
public final class SlidoQaReader implements InputReader {

    public static final String FORMAT = "slido-qa";
    public static final String MAPPING_FILE = "qa-columns.properties";

    enum Field { QUESTION, ASKER, LIKES, ANSWERED, LABELS, DATE }

    static final Columns<Field> COLUMNS = Columns.of(Field.class, Map.of(
            Field.QUESTION, List.of("Question", "Question text", "Content", "Text"),
            Field.ASKER, List.of("Author", "Author name", "Asked by", "Name", "Participant", "User", "User name"),
            Field.LIKES, List.of("Likes", "Upvotes", "Up votes", "Like count", "Score"),
            Field.ANSWERED, List.of("Answered", "Is answered", "Status"),
            Field.LABELS, List.of("Labels", "Label", "Tags"),
            Field.DATE, List.of("Date", "Created", "Created at", "Time", "Asked at")));

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        if (!TableFile.isTable(file)) {
            return Optional.empty();
        }
        Columns<Field> columns = COLUMNS.overriddenBy(Columns.userMapping(file, MAPPING_FILE, null));
        return file.tableHead().sheets().stream().anyMatch(s -> header(columns, s).isPresent())
                ? Optional.of(FORMAT) : Optional.empty();
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws IOException, InputException {
        TableFile table = TableFile.read(file);
        table.warnings().forEach(parts::warn);
        Columns<Field> columns = COLUMNS.overriddenBy(Columns.userMapping(file, MAPPING_FILE, parts));
        int count = 0;
        for (Sheet sheet : table.sheets()) {
            Optional<Header<Field>> header = header(columns, sheet);
            if (header.isEmpty()) {
                continue;
            }
            List<Row> rows = sheet.rows();
            for (Row row : rows.subList(rows.indexOf(header.get().row()) + 1, rows.size())) {
                String text = header.get().get(row, Field.QUESTION);
                if (text.isEmpty()) {
                    if (!row.isBlank()) {
                        parts.warn(InputWarning.at(file.name(), row.line(), "Q&A row without a question; skipped"));
                    }
                    continue;
                }
                String asker = PollTally.respondent(header.get().get(row, Field.ASKER), "");
                parts.questions.add(AudienceQuestions.of(file.name(), row.line(), text, asker,
                        AudienceQuestions.answered(header.get().get(row, Field.ANSWERED)),
                        TableFile.count(header.get().get(row, Field.LIKES))));
                count++;
            }
        }
        parts.sources.add(new SourceFile(file.name(), SourceKind.QA, format, count));
    }

    private static Optional<Header<Field>> header(Columns<Field> columns, Sheet sheet) {
        return sheet.rows().stream().limit(TableFile.SNIFF_ROWS)
                .map(r -> columns.match(r, EnumSet.of(Field.QUESTION)))
                .flatMap(Optional::stream)
                .filter(h -> h.has(Field.LIKES) || h.has(Field.ANSWERED))
                .findFirst();
    }
}
