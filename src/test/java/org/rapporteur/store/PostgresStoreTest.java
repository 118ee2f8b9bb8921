package org.rapporteur.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.RapporteurApplication;

/** {@code --db} with a PostgreSQL URL: the job repository and the results tables live there, created on first use. */
class PostgresStoreTest {

    @TempDir
    Path tmp;

    @Test
    void aRunOnPostgresStoresTheResultsAndTheNextRunResumesFromThem() throws IOException, SQLException {
        String db = TestPostgres.newDatabase();
        String sample = Path.of("samples/of-community-networks").toAbsolutePath().toString();

        Run first = run("--db", db, "--out", tmp.resolve("out").toString(), sample);
        assertThat(first.code).as(first.err).isZero();
        assertThat(tmp.resolve("out/of-community-networks/report.json")).isNotEmptyFile();

        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM RP_SESSION WHERE STATUS = 'COMPLETED'")).isEqualTo(1);
            assertThat(count(s, "SELECT COUNT(*) FROM RP_FINDING")).isPositive();
            assertThat(count(s, "SELECT COUNT(*) FROM RP_EVIDENCE")).isPositive();
            // the participation facts: Poll 1's 48 respondents, three of the four questions answered
            assertThat(count(s, "SELECT PARTICIPANTS FROM RP_SESSION")).isEqualTo(48);
            assertThat(count(s, "SELECT QUESTIONS_ANSWERED FROM RP_SESSION")).isEqualTo(3);
            assertThat(count(s, "SELECT COUNT(*) FROM RP_FINDING WHERE KIND = 'answer'")).isPositive();
            assertThat(count(s, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STATUS = 'COMPLETED'"))
                    .isEqualTo(2);
            try (ResultSet rs = s.executeQuery("SELECT REPORT_JSON FROM RP_SESSION")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(
                        Files.readString(tmp.resolve("out/of-community-networks/report.json")));
            }
        }

        Run second = run("--db", db, "--out", tmp.resolve("out").toString(), sample);
        assertThat(second.code).as(second.err).isZero();
        assertThat(second.out).contains("completed in an earlier run");
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RapporteurApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
