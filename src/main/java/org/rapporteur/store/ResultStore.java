package org.rapporteur.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Person;
import org.rapporteur.model.Position;
import org.rapporteur.model.Question;
import org.rapporteur.model.Relation;
import org.rapporteur.model.SessionReport;

/**
 * The results database: per session its outcome, participation facts, people, findings (questions with their
 * answers) and their evidence. Saving a session replaces
 * its earlier rows in one transaction, so re-running never duplicates and a crash never leaves half a session.
 * The tables are created on first use, in H2 or PostgreSQL: the statements are the same on both, but for the type
 * of long text.
 */
public final class ResultStore {

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS RP_SESSION (
          ID VARCHAR(255) PRIMARY KEY, STATUS VARCHAR(20) NOT NULL, TITLE VARCHAR(2000), CODE VARCHAR(255),
          FOLDER VARCHAR(4000), ERROR VARCHAR(4000), SPEAKERS INT, TURNS INT, WORDS INT, TAKEAWAYS INT,
          CALLS_TO_ACTION INT, QUESTIONS INT, POLLS INT, REPORT_JSON %1$s, UPDATED TIMESTAMP NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS RP_PERSON (
          SESSION_ID VARCHAR(255) NOT NULL, ORDINAL INT NOT NULL, NAME VARCHAR(1000) NOT NULL, ROLES VARCHAR(255),
          AFFILIATION VARCHAR(1000), STAKEHOLDER_GROUP VARCHAR(255), REGION VARCHAR(255),
          PRIMARY KEY (SESSION_ID, ORDINAL))""",
        """
        CREATE TABLE IF NOT EXISTS RP_FINDING (
          SESSION_ID VARCHAR(255) NOT NULL, KIND VARCHAR(40) NOT NULL, ORDINAL INT NOT NULL,
          SPEAKER VARCHAR(1000), OTHER_PERSON VARCHAR(1000), ADDRESSEE VARCHAR(1000), TEXT %1$s NOT NULL,
          PRIMARY KEY (SESSION_ID, KIND, ORDINAL))""",
        """
        CREATE TABLE IF NOT EXISTS RP_EVIDENCE (
          SESSION_ID VARCHAR(255) NOT NULL, KIND VARCHAR(40) NOT NULL, FINDING INT NOT NULL, ORDINAL INT NOT NULL,
          SOURCE VARCHAR(20) NOT NULL, FILE VARCHAR(4000), LINE INT, SPEAKER VARCHAR(1000), TIME VARCHAR(20),
          QUOTE %1$s NOT NULL, PRIMARY KEY (SESSION_ID, KIND, FINDING, ORDINAL))"""
    };

    /**
     * Columns added after the tables were first made: a database from an earlier run gains them on first use (the
     * statements do nothing where they exist), so a re-run over it works. The same statement on H2 and PostgreSQL.
     */
    private static final String[] ADDED_COLUMNS = {
        "ALTER TABLE RP_SESSION ADD COLUMN IF NOT EXISTS PARTICIPANTS INT",
        "ALTER TABLE RP_SESSION ADD COLUMN IF NOT EXISTS PARTICIPANTS_ONSITE INT",
        "ALTER TABLE RP_SESSION ADD COLUMN IF NOT EXISTS PARTICIPANTS_ONLINE INT",
        "ALTER TABLE RP_SESSION ADD COLUMN IF NOT EXISTS PARTICIPANTS_BASIS VARCHAR(4000)",
        "ALTER TABLE RP_SESSION ADD COLUMN IF NOT EXISTS WOMEN_AT_LEAST INT",
        "ALTER TABLE RP_SESSION ADD COLUMN IF NOT EXISTS ACTUAL_MINUTES DOUBLE PRECISION",
        "ALTER TABLE RP_SESSION ADD COLUMN IF NOT EXISTS QUESTIONS_ANSWERED INT",
        "ALTER TABLE RP_PERSON ADD COLUMN IF NOT EXISTS INFERRED VARCHAR(255)"
    };

    private static final List<String> SESSION_TABLES = List.of("RP_EVIDENCE", "RP_FINDING", "RP_PERSON", "RP_SESSION");

    /** Ends a value cut to fit its column. */
    static final String TRUNCATED = "…";

    private final DataSource dataSource;

    public ResultStore(DataSource dataSource) {
        this.dataSource = dataSource;
        try {
            createTables();
        } catch (SQLException first) {
            // Processes starting together on a new PostgreSQL database can race to create the same table; the
            // loser finds it made by the winner on a second try.
            try {
                createTables();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the results tables: " + e.getMessage(), e);
            }
        }
    }

    private void createTables() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String longText = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()) ? "TEXT" : "CLOB";
            for (String ddl : SCHEMA) {
                s.execute(ddl.formatted(longText));
            }
            for (String ddl : ADDED_COLUMNS) {
                s.execute(ddl);
            }
        }
    }

    /** Replaces the session's rows with the completed report. */
    public void saveCompleted(SessionReport report, String folder, String reportJson) {
        String id = report.session().id();
        inTransaction(c -> {
            deleteSession(c, id);
            int words = report.participation().speakers().stream().mapToInt(s -> s.words()).sum();
            int turns = report.participation().speakers().stream().mapToInt(s -> s.turns()).sum();
            insertSession(c, new StoredSession(id, StoredSession.COMPLETED, report.session().title(),
                    report.session().code(), folder, null, report.participation().speakers().size(), turns, words,
                    report.keyTakeaways().size(), report.callsToAction().size(), report.questions().size(),
                    report.polls().size(), Instant.now()), reportJson);
            updateFacts(c, id, report);
            insertPeople(c, id, report.people());
            Findings findings = new Findings(c, id);
            report.keyTakeaways().forEach(t -> findings.add("takeaway", t.speaker(), null, null, t.text(),
                    t.evidence()));
            report.callsToAction().forEach(a -> findings.add("call-to-action", a.speaker(), null, a.addressee(),
                    a.text(), a.evidence()));
            for (Position p : report.positions()) {
                for (Claim point : p.points()) {
                    findings.add("position", p.speaker(), null, null, point.text(), point.evidence());
                }
            }
            addRelations(findings, "agreement", report.agreements());
            addRelations(findings, "disagreement", report.disagreements());
            for (Question q : report.questions()) {
                findings.add("question", q.asker(), q.relayedBy(), null, q.text(), q.evidence());
                // an answer's other person is whose question it answers
                q.answers().forEach(a -> findings.add("answer", a.speaker(), q.asker(), null, a.text(),
                        a.evidence()));
            }
            findings.flush();
        });
    }

    /** Replaces the session's rows with a failure and its reason. */
    public void saveFailed(String id, String folder, String error) {
        inTransaction(c -> {
            deleteSession(c, id);
            insertSession(c, new StoredSession(id, StoredSession.FAILED, null, null, folder, error, 0, 0, 0, 0, 0,
                    0, 0, Instant.now()), null);
        });
    }

    /** Every session known to this database, by id. */
    public List<StoredSession> sessions() {
        List<StoredSession> sessions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT ID, STATUS, TITLE, CODE, FOLDER, ERROR, SPEAKERS, TURNS, WORDS, TAKEAWAYS,
                            CALLS_TO_ACTION, QUESTIONS, POLLS, UPDATED FROM RP_SESSION ORDER BY ID""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sessions.add(new StoredSession(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                        rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getTimestamp(14).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the results database: " + e.getMessage(), e);
        }
        return sessions;
    }

    /** The report.json of a completed session, as stored with it. */
    public Optional<String> reportJson(String sessionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT REPORT_JSON FROM RP_SESSION WHERE ID = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the results database: " + e.getMessage(), e);
        }
    }

    /**
     * The value cut to the column's width, ending in "…" where it was cut: the database keeps what fits, the
     * session's report.json (stored whole with it) keeps everything.
     */
    static String fit(String value, int width) {
        if (value == null || value.length() <= width) {
            return value;
        }
        int end = width - 1;
        if (Character.isLowSurrogate(value.charAt(end))) {
            end--;
        }
        return value.substring(0, end) + TRUNCATED;
    }

    /** The report.json of every completed session, by id: what the cross-session outputs are built from. */
    public Map<String, String> completedReports() {
        Map<String, String> reports = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT ID, REPORT_JSON FROM RP_SESSION WHERE STATUS = ? AND REPORT_JSON IS NOT NULL")) {
            ps.setString(1, StoredSession.COMPLETED);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reports.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the results database: " + e.getMessage(), e);
        }
        return reports;
    }

    private static void addRelations(Findings findings, String kind, List<Relation> relations) {
        relations.forEach(r -> findings.add(kind, r.speaker(), r.with(), null, r.text(), r.evidence()));
    }

    private static void deleteSession(Connection c, String id) throws SQLException {
        for (String table : SESSION_TABLES) {
            String column = table.equals("RP_SESSION") ? "ID" : "SESSION_ID";
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
    }

    private static void insertSession(Connection c, StoredSession s, String reportJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO RP_SESSION (ID, STATUS, TITLE, CODE, FOLDER, ERROR, SPEAKERS, TURNS, WORDS, TAKEAWAYS,
                  CALLS_TO_ACTION, QUESTIONS, POLLS, REPORT_JSON, UPDATED) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")) {
            ps.setString(1, s.id());
            ps.setString(2, s.status());
            ps.setString(3, fit(s.title(), 2000));
            ps.setString(4, fit(s.code(), 255));
            ps.setString(5, fit(s.folder(), 4000));
            ps.setString(6, fit(s.error(), 4000));
            ps.setInt(7, s.speakers());
            ps.setInt(8, s.turns());
            ps.setInt(9, s.words());
            ps.setInt(10, s.takeaways());
            ps.setInt(11, s.callsToAction());
            ps.setInt(12, s.questions());
            ps.setInt(13, s.polls());
            ps.setString(14, reportJson);
            ps.setTimestamp(15, Timestamp.from(s.updated()));
            ps.executeUpdate();
        }
    }

    /**
     * The participation facts of a completed session: the participant estimate (onsite, online, its basis), the
     * stated lower bound of women and gender-diverse participants, the minutes it ran and the questions answered.
     */
    private static void updateFacts(Connection c, String id, SessionReport report) throws SQLException {
        Participation.Estimate estimate = report.participation().estimate();
        Participation.StatedGender women = report.participation().womenAndGenderDiverse();
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE RP_SESSION SET PARTICIPANTS = ?, PARTICIPANTS_ONSITE = ?, PARTICIPANTS_ONLINE = ?,
                  PARTICIPANTS_BASIS = ?, WOMEN_AT_LEAST = ?, ACTUAL_MINUTES = ?, QUESTIONS_ANSWERED = ?
                WHERE ID = ?""")) {
            ps.setObject(1, estimate == null ? null : estimate.participants(), Types.INTEGER);
            ps.setObject(2, estimate == null ? null : estimate.onsite(), Types.INTEGER);
            ps.setObject(3, estimate == null ? null : estimate.online(), Types.INTEGER);
            ps.setString(4, estimate == null ? null : fit(estimate.basis(), 4000));
            ps.setObject(5, women == null ? null : women.atLeast(), Types.INTEGER);
            ps.setObject(6, report.session().actualMinutes(), Types.DOUBLE);
            ps.setInt(7, (int) report.questions().stream().filter(q -> Boolean.TRUE.equals(q.answered())).count());
            ps.setString(8, id);
            ps.executeUpdate();
        }
    }

    private static void insertPeople(Connection c, String id, List<Person> people) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO RP_PERSON (SESSION_ID, ORDINAL, NAME, ROLES, AFFILIATION, STAKEHOLDER_GROUP, REGION,
                  INFERRED) VALUES (?,?,?,?,?,?,?,?)""")) {
            int ordinal = 0;
            for (Person p : people) {
                ps.setString(1, id);
                ps.setInt(2, ordinal++);
                ps.setString(3, fit(p.name(), 1000));
                ps.setString(4, fit(String.join(",", p.roles().stream().map(Object::toString).toList()), 255));
                ps.setString(5, fit(p.affiliation(), 1000));
                ps.setString(6, fit(p.stakeholderGroup(), 255));
                ps.setString(7, fit(p.region(), 255));
                // which of these fields were taken from what the person said, not from the session page
                ps.setString(8, p.inferred().isEmpty() ? null : fit(String.join(",", p.inferred()), 255));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void inTransaction(SqlWork work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write to the results database: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    /** Batches the finding and evidence rows of one session. */
    private static final class Findings {

        private final String sessionId;
        private final PreparedStatement finding;
        private final PreparedStatement evidence;
        private final Map<String, Integer> ordinals = new HashMap<>();

        Findings(Connection c, String sessionId) throws SQLException {
            this.sessionId = sessionId;
            this.finding = c.prepareStatement("""
                    INSERT INTO RP_FINDING (SESSION_ID, KIND, ORDINAL, SPEAKER, OTHER_PERSON, ADDRESSEE, TEXT)
                    VALUES (?,?,?,?,?,?,?)""");
            this.evidence = c.prepareStatement("""
                    INSERT INTO RP_EVIDENCE (SESSION_ID, KIND, FINDING, ORDINAL, SOURCE, FILE, LINE, SPEAKER, TIME,
                      QUOTE) VALUES (?,?,?,?,?,?,?,?,?,?)""");
        }

        void add(String kind, String speaker, String other, String addressee, String text, List<Evidence> items) {
            try {
                int ordinal = ordinals.merge(kind, 1, Integer::sum);
                finding.setString(1, sessionId);
                finding.setString(2, kind);
                finding.setInt(3, ordinal);
                finding.setString(4, fit(speaker, 1000));
                finding.setString(5, fit(other, 1000));
                finding.setString(6, fit(addressee, 1000));
                finding.setString(7, text);
                finding.addBatch();
                int e = 0;
                for (Evidence ev : items) {
                    evidence.setString(1, sessionId);
                    evidence.setString(2, kind);
                    evidence.setInt(3, ordinal);
                    evidence.setInt(4, ++e);
                    evidence.setString(5, ev.source().toString());
                    evidence.setString(6, fit(ev.file(), 4000));
                    evidence.setObject(7, ev.line());
                    evidence.setString(8, fit(ev.speaker(), 1000));
                    evidence.setString(9, fit(ev.time(), 20));
                    evidence.setString(10, ev.quote());
                    evidence.addBatch();
                }
            } catch (SQLException ex) {
                throw new IllegalStateException("cannot write findings: " + ex.getMessage(), ex);
            }
        }

        void flush() throws SQLException {
            try (finding; evidence) {
                finding.executeBatch();
                evidence.executeBatch();
            }
        }
    }
}
