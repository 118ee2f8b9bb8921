package org.rapporteur.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.ingest.Columns.Header;
import org.rapporteur.ingest.TableFile.Row;
import org.rapporteur.ingest.TableFile.Sheet;
import org.rapporteur.model.Poll;
import org.rapporteur.model.PollOption;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

/**
 * Slido poll exports, xlsx or csv (format {@code slido-polls}). Slido's column names are not verified, so this
 * reader assumes two layouts and finds their columns by header name (case-insensitive, in any sheet, within the
 * first rows):
 * <ul>
 *   <li>totals, one row per option: {@code Poll | Question | Type | Option | Votes | Percentage};</li>
 *   <li>responses, one row per answer: {@code Poll/Question | Answer | Participant}, tallied (a participant's rows
 *       for one question form one submission; rows without a participant are separate respondents).</li>
 * </ul>
 * Accepted header names per field (the key is the field's name in {@code poll-columns.properties}):
 * <ul>
 *   <li>{@code poll}: Poll, Poll name, Poll title, Title</li>
 *   <li>{@code question}: Question, Poll question, Question text (without it, the poll column is the question)</li>
 *   <li>{@code type}: Type, Question type, Poll type</li>
 *   <li>{@code option}: Option, Options, Answer option, Choice, Answer, Response, Vote</li>
 *   <li>{@code votes}: Votes, Count, Responses, Number of votes, Vote count, # of votes (totals layout only)</li>
 *   <li>{@code percent}: Percentage, Percent, %, Share, Votes %, % of votes</li>
 *   <li>{@code respondent}: Participant, Participant name, User, User name, Respondent, Voter, Name, Author</li>
 * </ul>
 * A file {@code poll-columns.properties} beside the export ({@code field=Header name}, alternatives separated by
 * {@code |}) replaces the accepted names of the fields it lists. Totals: {@code responses} is the sum of the
 * votes, or where the file's percentages add up to more than 100 (several choices each) the votes of the most
 * chosen option over its share; a word cloud's or open text's totals count words, so its respondents are unknown
 * (null, with a warning). {@code percent} is the file's (a fraction is scaled to 100), else votes / votes cast * 100.
 */
public final class SlidoPollReader implements InputReader {

    public static final String FORMAT = "slido-polls";
    public static final String MAPPING_FILE = "poll-columns.properties";

    /** Poll types whose totals count words or answers rather than people. */
    private static final Set<String> COUNTS_WORDS = Set.of("word-cloud", "open-text");

    enum Field { POLL, QUESTION, TYPE, OPTION, VOTES, PERCENT, RESPONDENT }

    static final Columns<Field> COLUMNS = Columns.of(Field.class, Map.of(
            Field.POLL, List.of("Poll", "Poll name", "Poll title", "Title"),
            Field.QUESTION, List.of("Question", "Poll question", "Question text"),
            Field.TYPE, List.of("Type", "Question type", "Poll type"),
            Field.OPTION, List.of("Option", "Options", "Answer option", "Choice", "Answer", "Response", "Vote"),
            Field.VOTES, List.of("Votes", "Count", "Responses", "Number of votes", "Vote count", "# of votes"),
            Field.PERCENT, List.of("Percentage", "Percent", "%", "Share", "Votes %", "% of votes"),
            Field.RESPONDENT, List.of("Participant", "Participant name", "User", "User name", "Respondent", "Voter",
                    "Name", "Author")));

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        if (!TableFile.isTable(file)) {
            return Optional.empty();
        }
        Columns<Field> columns = COLUMNS.overriddenBy(Columns.userMapping(file, MAPPING_FILE, null));
        return file.tableHead().sheets().stream()
                .anyMatch(sheet -> header(columns, sheet).isPresent()) ? Optional.of(FORMAT) : Optional.empty();
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws IOException, InputException {
        TableFile table = TableFile.read(file);
        table.warnings().forEach(parts::warn);
        Columns<Field> columns = COLUMNS.overriddenBy(Columns.userMapping(file, MAPPING_FILE, parts));
        int before = parts.polls.size();
        for (Sheet sheet : table.sheets()) {
            Optional<Header<Field>> header = header(columns, sheet);
            if (header.isEmpty()) {
                continue;
            }
            List<Row> rows = sheet.rows().subList(sheet.rows().indexOf(header.get().row()) + 1, sheet.rows().size());
            if (header.get().has(Field.VOTES)) {
                totals(file.name(), header.get(), rows, parts);
            } else {
                responses(file.name(), header.get(), rows, parts);
            }
        }
        parts.sources.add(new SourceFile(file.name(), SourceKind.POLL, format, parts.polls.size() - before));
    }

    /** The sheet's header: a question (or poll) column and an option column. */
    private static Optional<Header<Field>> header(Columns<Field> columns, Sheet sheet) {
        return sheet.rows().stream().limit(TableFile.SNIFF_ROWS)
                .map(r -> columns.match(r, EnumSet.of(Field.OPTION)))
                .flatMap(Optional::stream)
                .filter(h -> h.has(Field.QUESTION) || h.has(Field.POLL))
                .findFirst();
    }

    private static void totals(String file, Header<Field> header, List<Row> rows, SessionParts parts) {
        Map<List<String>, List<Row>> polls = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (question(header, row).isEmpty() || header.get(row, Field.OPTION).isEmpty()) {
                parts.warn(InputWarning.at(file, row.line(), "poll row without question or option; skipped"));
            } else if (TableFile.count(header.get(row, Field.VOTES)) == null) {
                parts.warn(InputWarning.at(file, row.line(), "poll votes \"" + header.get(row, Field.VOTES)
                        + "\" are not a number; skipped"));
            } else {
                polls.computeIfAbsent(List.of(title(header, row), question(header, row)), k -> new ArrayList<>())
                        .add(row);
            }
        }
        for (List<Row> poll : polls.values()) {
            Row first = poll.get(0);
            int votesCast = poll.stream().mapToInt(r -> TableFile.count(header.get(r, Field.VOTES))).sum();
            List<Double> given = poll.stream().map(r -> percent(header.get(r, Field.PERCENT))).toList();
            boolean fractions = given.stream().allMatch(p -> p != null && p <= 1.0)
                    && Math.abs(given.stream().mapToDouble(Double::doubleValue).sum() - 1.0) < 0.02;
            String type = type(header.get(first, Field.TYPE));
            String title = emptyToNull(title(header, first));
            Integer responses = respondents(poll, header, given, fractions, votesCast);
            if (type != null && COUNTS_WORDS.contains(type)) {
                // a word cloud's totals count words, and one person may give several
                responses = null;
                parts.warn(InputWarning.at(file, first.line(), "poll \"" + (title != null ? title
                        : question(header, first)) + "\" is a " + type + ": its " + votesCast
                        + " entries are words or answers, not respondents, so the number of respondents is unknown"));
            }
            List<PollOption> options = new ArrayList<>();
            for (int k = 0; k < poll.size(); k++) {
                int votes = TableFile.count(header.get(poll.get(k), Field.VOTES));
                Double percent = given.get(k) == null ? PollTally.percent(votes, votesCast)
                        : fractions ? Math.round(given.get(k) * 1000.0) / 10.0 : given.get(k);
                options.add(new PollOption(header.get(poll.get(k), Field.OPTION), votes, percent));
            }
            parts.polls.add(new Poll(title, question(header, first), type, responses, options, file));
        }
    }

    /**
     * Respondents of a totals poll: where the export gives percentages of respondents that add up to more than
     * 100 (several choices each), the votes of the most chosen option over its share; else the votes cast.
     */
    private static Integer respondents(List<Row> poll, Header<Field> header, List<Double> given, boolean fractions,
                                       int votesCast) {
        if (given.stream().anyMatch(p -> p == null || p <= 0)) {
            return votesCast;
        }
        double total = given.stream().mapToDouble(Double::doubleValue).sum() * (fractions ? 100 : 1);
        if (total <= 101) {
            return votesCast;
        }
        int top = 0;
        for (int k = 1; k < poll.size(); k++) {
            if (given.get(k) > given.get(top)) {
                top = k;
            }
        }
        double share = given.get(top) * (fractions ? 100 : 1);
        return (int) Math.round(TableFile.count(header.get(poll.get(top), Field.VOTES)) * 100.0 / share);
    }

    private static void responses(String file, Header<Field> header, List<Row> rows, SessionParts parts) {
        ResponseTables.ByAnswer answers = new ResponseTables.ByAnswer();
        for (Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (question(header, row).isEmpty()) {
                parts.warn(InputWarning.at(file, row.line(), "poll answer without a question; skipped"));
                continue;
            }
            answers.add(title(header, row), question(header, row), type(header.get(row, Field.TYPE)),
                    PollTally.respondent(header.get(row, Field.RESPONDENT), ""), header.get(row, Field.OPTION));
        }
        parts.polls.addAll(answers.polls(file));
    }

    private static String question(Header<Field> header, Row row) {
        return header.get(row, header.has(Field.QUESTION) ? Field.QUESTION : Field.POLL);
    }

    private static String title(Header<Field> header, Row row) {
        return header.has(Field.QUESTION) ? header.get(row, Field.POLL) : "";
    }

    /** Slido's type names as the report spells them: "Multiple choice" becomes "multiple-choice". */
    static String type(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String type = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        return switch (type) {
            case "poll", "single-choice", "multiple-choice-poll", "multiplechoice" -> "multiple-choice";
            case "wordcloud" -> "word-cloud";
            case "open-text-poll", "open" -> "open-text";
            case "rating-poll" -> "rating";
            default -> type;
        };
    }

    private static Double percent(String cell) {
        String number = cell.replace("%", "").replace(',', '.').strip();
        try {
            return number.isEmpty() ? null : Double.valueOf(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
