package org.rapporteur.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.rapporteur.report.ReportFixtures;

/** The results database on H2: the participation facts of a report, and a database made by an earlier version. */
class ResultStoreTest {

    private static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /**
     * A database whose tables an earlier run made, without the participation columns and with a session in it:
     * the store adds the columns, keeps the old row readable and fills the new ones on the next save.
     */
    @Test
    void aDatabaseFromAnEarlierRunGainsTheFactColumnsAndIsFilledOnReRun() throws SQLException {
        JdbcDataSource ds = h2("earlier");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE RP_SESSION (
                      ID VARCHAR(255) PRIMARY KEY, STATUS VARCHAR(20) NOT NULL, TITLE VARCHAR(2000), CODE VARCHAR(255),
                      FOLDER VARCHAR(4000), ERROR VARCHAR(4000), SPEAKERS INT, TURNS INT, WORDS INT, TAKEAWAYS INT,
                      CALLS_TO_ACTION INT, QUESTIONS INT, POLLS INT, REPORT_JSON CLOB, UPDATED TIMESTAMP NOT NULL)""");
            s.execute("""
                    CREATE TABLE RP_PERSON (
                      SESSION_ID VARCHAR(255) NOT NULL, ORDINAL INT NOT NULL, NAME VARCHAR(1000) NOT NULL,
                      ROLES VARCHAR(255), AFFILIATION VARCHAR(1000), STAKEHOLDER_GROUP VARCHAR(255),
                      REGION VARCHAR(255), PRIMARY KEY (SESSION_ID, ORDINAL))""");
            s.execute("INSERT INTO RP_SESSION (ID, STATUS, UPDATED) VALUES ('ws1', 'FAILED', CURRENT_TIMESTAMP)");
        }

        ResultStore store = new ResultStore(ds);
        assertThat(store.sessions()).extracting(StoredSession::id).containsExactly("ws1");
        store.saveCompleted(ReportFixtures.full(), "samples/ws530", "{}");
        // a second store over the same database (the next run) finds the columns there
        new ResultStore(ds).saveCompleted(ReportFixtures.full(), "samples/ws530", "{}");

        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT PARTICIPANTS, PARTICIPANTS_ONSITE, PARTICIPANTS_ONLINE, PARTICIPANTS_BASIS, WOMEN_AT_LEAST,
                            ACTUAL_MINUTES, QUESTIONS, QUESTIONS_ANSWERED FROM RP_SESSION WHERE ID = 'ws530'""")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(112);
            assertThat(rs.getInt(2)).isEqualTo(40);
            assertThat(rs.getInt(3)).isEqualTo(72);
            assertThat(rs.getString(4)).startsWith("attendance export: 112 unique participants");
            assertThat(rs.getInt(5)).isEqualTo(2);
            assertThat(rs.getDouble(6)).isEqualTo(94.5);
            assertThat(rs.getInt(7)).isEqualTo(2);
            assertThat(rs.getInt(8)).isEqualTo(1);
        }
        assertThat(rows(ds, "SELECT SPEAKER, OTHER_PERSON FROM RP_FINDING WHERE SESSION_ID = 'ws530' AND KIND = "
                + "'answer'")).containsExactly("Rayna Stamboliyska|Amara Diallo");
        assertThat(rows(ds, "SELECT SPEAKER, OTHER_PERSON FROM RP_FINDING WHERE SESSION_ID = 'ws530' AND KIND = "
                + "'question' ORDER BY ORDINAL")).containsExactly("Amara Diallo|Sébastien Bachollet", "null|null");
        assertThat(rows(ds, "SELECT NAME, INFERRED FROM RP_PERSON WHERE SESSION_ID = 'ws530' AND INFERRED IS NOT "
                + "NULL")).isNotEmpty().allMatch(r -> !r.endsWith("|null"));
    }

    /** A report without figures stores none: no estimate, no stated gender, no minutes, nothing answered. */
    @Test
    void aReportWithoutFiguresLeavesThemEmpty() throws SQLException {
        JdbcDataSource ds = h2("empty");
        new ResultStore(ds).saveCompleted(ReportFixtures.minimal(), "empty-session", "{}");
        assertThat(rows(ds, """
                SELECT PARTICIPANTS, PARTICIPANTS_BASIS, WOMEN_AT_LEAST, ACTUAL_MINUTES, QUESTIONS_ANSWERED
                FROM RP_SESSION""")).containsExactly("null|null|null|null|0");
    }

    private static List<String> rows(JdbcDataSource ds, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int k = 1; k <= columns; k++) {
                    values.add(String.valueOf(rs.getString(k)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
