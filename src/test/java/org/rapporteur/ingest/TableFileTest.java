package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.ingest.TableFile.Row;

class TableFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void rowsKnowTheFileLineWhereTheyStartWhateverTheLineEnds(String newline, @TempDir Path dir) throws Exception {
        String csv = String.join(newline, "#,Question,Asker Name", "", "1,\"Two lines:", "second\",Ana", "2,Short,Bo");
        byte[] body = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);

        TableFile table = TableFile.read(Exports.write(dir, "qa.csv", body));

        assertThat(table.rows()).containsExactly(
                new Row(1, List.of("#", "Question", "Asker Name")),
                new Row(3, List.of("1", "Two lines:\nsecond", "Ana")),
                new Row(5, List.of("2", "Short", "Bo")));
        assertThat(table.warnings()).isEmpty();
    }

    @Test
    void delimiterIsSniffedFromTheFirstLines(@TempDir Path dir) throws Exception {
        TableFile semicolons = TableFile.read(Exports.write(dir, "a.csv",
                "Frage;Antwort\n\"Ja, sicher\";3\n".getBytes(StandardCharsets.UTF_8)));
        TableFile tabs = TableFile.read(Exports.write(dir, "b.txt",
                "Question\tOption\tVotes\nQ\tA, B\t2\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(semicolons.rows()).extracting(Row::cells)
                .containsExactly(List.of("Frage", "Antwort"), List.of("Ja, sicher", "3"));
        assertThat(tabs.rows()).extracting(Row::cells)
                .containsExactly(List.of("Question", "Option", "Votes"), List.of("Q", "A, B", "2"));
    }

    @Test
    void utf16AndWindows1252AreDecodedAndTheGuessIsReported(@TempDir Path dir) throws Exception {
        byte[] utf16 = "\uFEFFQuestion,Option\nCaf\u00e9?,Oui\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] cp1252 = "Question,Option\nCaf\u00e9 \u2014 ok?,Oui\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertThat(TableFile.read(Exports.write(dir, "a.csv", utf16)).rows().get(1).cells())
                .containsExactly("Café?", "Oui");
        TableFile fallback = TableFile.read(Exports.write(dir, "b.csv", cp1252));
        assertThat(fallback.rows().get(1).cells()).containsExactly("Café \u2014 ok?", "Oui");
        assertThat(fallback.warnings()).singleElement().asString().startsWith("b.csv: not valid UTF-8");
    }

    @Test
    void textAfterAClosingQuoteIsKeptAndAnUnclosedQuoteEndsTheFile(@TempDir Path dir) throws Exception {
        TableFile table = TableFile.read(Exports.write(dir, "a.csv",
                "Question,Option\n\"Yes\" indeed,1\n2,\"never closed\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(table.rows()).extracting(Row::cells).containsExactly(
                List.of("Question", "Option"), List.of("Yes indeed", "1"), List.of("2", "never closed"));
    }
}
