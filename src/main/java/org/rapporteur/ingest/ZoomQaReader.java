package org.rapporteur.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.ingest.Columns.Header;
import org.rapporteur.ingest.TableFile.Row;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Question;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

/**
 * Zoom webinar Q&amp;A reports, CSV (format {@code zoom-qa}): {@code Question and Answer Report}, a
 * {@code Topic,Webinar ID,...} block, then {@code #,Question,Asker Name,Asker Email,Answer(s)} and one row per
 * question. A question counts as answered when its answer cell holds anything ({@code Answered by Host: ...},
 * {@code Live answered}); "Anonymous Attendee" asks anonymously. Zoom counts no upvotes. An answer typed in the
 * tool ({@code Answered by Kezia Thomas: Yes, they will be …}) is the question's answer, by its writer; "Live
 * answered" was given aloud and is looked for in the transcript.
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
    /** Where the next of several answers in one cell starts: a line opening "Answered by". */
    private static final Pattern NEXT_ANSWER = Pattern.compile("\\n(?=[ \\t]*+Answered by )");
    /** One answer: its writer, then its text. */
    private static final Pattern ANSWER = Pattern.compile("\\s*+Answered by ([^:\\n]++):(.*+)", Pattern.DOTALL);
    private static final Pattern LIVE = Pattern.compile("(?i)live answered");
    /** A display name's note ("(she/her)"), left out of the writer's name but kept in the evidence. */
    private static final Pattern NOTE = Pattern.compile("\\s*\\([^()]*+\\)");

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
            Question asked = AudienceQuestions.of(file.name(), row.line(), text, asker,
                    header.has(Field.ANSWER) ? !answer.isEmpty() && !answer.equals("--") : null, null);
            parts.questions.add(asked.withAnswers(written(file.name(), row.line(), answer)));
            count++;
        }
        parts.sources.add(new SourceFile(file.name(), SourceKind.QA, format, count));
    }

    /**
     * The answers typed into the tool, from an answer cell read at {@code line}: each "Answered by NAME: text" but
     * "Live answered". The evidence quote stops before a double quote, which CSV doubles inside a cell.
     */
    static List<Question.Answer> written(String file, int line, String cell) {
        List<Question.Answer> answers = new ArrayList<>();
        for (String part : NEXT_ANSWER.split(cell)) {
            Matcher m = ANSWER.matcher(part);
            String text = m.matches() ? m.group(2).strip() : "";
            if (text.isEmpty() || LIVE.matcher(text).matches()) {
                continue;
            }
            String writer = m.group(1).strip();
            int cut = text.indexOf('"');
            String quote = cut > 0 ? text.substring(0, cut).strip() : text;
            answers.add(new Question.Answer(NOTE.matcher(writer).replaceAll("").strip(), text,
                    List.of(new Evidence(EvidenceSource.QA, file, writer, line, null, quote))));
        }
        return answers;
    }
}
