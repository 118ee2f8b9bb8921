package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.rapporteur.ingest.TableFile.Row;
import org.rapporteur.model.Poll;

/**
 * Tallies exports that list individual responses rather than totals, in their two shapes: one row per respondent
 * with a column per question (Forms, Mentimeter wide), or one row per answer (Mentimeter long, Slido responses).
 * A question nobody answered gives no poll.
 */
final class ResponseTables {

    private ResponseTables() {
    }

    /**
     * One row per respondent: {@code tallies} maps a column to its question's tally, {@code respondent} keys a row
     * (null = anonymous), {@code choices} splits a column's cell. A respondent's second row replaces the first,
     * with a warning naming the line.
     */
    static List<Poll> wide(String file, List<Row> rows, Map<Integer, PollTally> tallies,
                           Function<Row, String> respondent, BiFunction<Integer, String, List<String>> choices,
                           SessionParts parts) {
        for (Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            String who = respondent.apply(row);
            boolean again = false;
            for (Map.Entry<Integer, PollTally> tally : tallies.entrySet()) {
                int column = tally.getKey();
                again |= tally.getValue().answer(who, choices.apply(column, row.cell(column)));
            }
            if (again) {
                parts.warn(InputWarning.at(file, row.line(), who + " responded again; only the last response counts"));
            }
        }
        return tallies.values().stream().filter(t -> !t.isEmpty()).map(t -> t.poll(file)).toList();
    }

    /** One row per answer: a respondent's rows for one question form one submission (several = multi-select). */
    static final class ByAnswer {

        private record Key(String title, String question) {
        }

        private final Map<Key, Map<String, List<String>>> answers = new LinkedHashMap<>();
        private final Map<Key, String> types = new LinkedHashMap<>();
        private int anonymous;

        void add(String title, String question, String type, String respondent, String answer) {
            Key key = new Key(title == null || title.isBlank() ? null : title, question);
            types.putIfAbsent(key, type);
            String who = respondent == null ? "\u0000" + anonymous++ : respondent.toLowerCase(Locale.ROOT);
            answers.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(who, w -> new ArrayList<>())
                    .add(answer);
        }

        List<Poll> polls(String file) {
            List<Poll> polls = new ArrayList<>();
            answers.forEach((key, byRespondent) -> {
                PollTally tally = new PollTally(key.title(), key.question(), types.get(key));
                byRespondent.forEach(tally::answer);
                polls.add(tally.poll(file));
            });
            return polls;
        }
    }
}
