package org.rapporteur.ingest;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.ingest.Columns.Header;
import org.rapporteur.ingest.TableFile.Row;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

/**
 * Zoom webinar Q&amp;A reports, CSV (format {@code zoom-qa}): {@code Question and Answer Report}, a
 * {@code Topic,Webinar ID,...} block, then {@code #,Question,Asker Name,Asker Email,Answer(s)} and one row per
 * question. A question counts as answered when its answer cell holds anything ({@code Answered by Host: ...},
 * {@code Live answered}); "Anonymous Attendee" asks anonymously. Zoom counts no upvotes.
 */
public final class ZoomQaReader implements InputReader {

    public static final String FORMAT = "zoom-qa";

    enum Field { QUESTION, ASKER, EMAIL, ANSWER }

    private static final Columns<Field> COLUMNS = Columns.of(Field.class, Map.of(
            Field.QUESTION, List.of("Question"),
            Field.ASKER, List.of("Asker Name", "Asker"),
            Field.EMAIL, List.of("Asker Email"),
            Field.ANSWER, List.of("Answer(s)", "Answers", "Answer")));
    private static final Set<Field> REQUIRED = EnumSet.of(Field.QUESTION, Field.ASKER);

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        if (!file.isText()) {
            return Optional.empty();
        }
        return COLUMNS.find(file.tableHead().rows(), REQUIRED).map(h -> FORMAT);
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws IOException, InputException {
        TableFile table = TableFile.read(file);
        table.warnings().forEach(parts::warn);
        List<Row> rows = table.rows();
        Header<Field> header = COLUMNS.find(rows, REQUIRED)
                .orElseThrow(() -> new InputException(file.name(), "no Question / Asker Name header"));
        int count = 0;
        for (Row row : rows.subList(rows.indexOf(header.row()) + 1, rows.size())) {
            String text = header.get(row, Field.QUESTION);
            if (text.isEmpty()) {
                parts.warn(InputWarning.at(file.name(), row.line(), "Q&A row without a question; skipped"));
                continue;
            }
            String answer = header.get(row, Field.ANSWER);
            String asker = PollTally.respondent(header.get(row, Field.ASKER), "");
            parts.questions.add(AudienceQuestions.of(file.name(), row.line(), text, asker,
                    header.has(Field.ANSWER) ? !answer.isEmpty() && !answer.equals("--") : null, null));
            count++;
        }
        parts.sources.add(new SourceFile(file.name(), SourceKind.QA, format, count));
    }
}
