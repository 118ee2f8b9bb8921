package org.rapporteur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.report.SchemaValidation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole job, in-process, over the project's samples and over broken session folders. */
class ReportJobEndToEndTest {

    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    Path tmp;

    @Test
    void reportsEverySampleWithValidJsonAndVerbatimEvidence() throws IOException {
        Run run = run("--threads", "2", SAMPLES.toString());

        assertThat(run.code).as(run.err).isZero();
        assertThat(run.out).contains("Progress: 1/2 sessions done, 0 failed, about ")
                .contains("Progress: 2/2 sessions done, 0 failed");
        List<Path> sessions = sampleSessions();
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(2);
        for (Path session : sessions) {
            Path reportDir = out().resolve(session.getFileName());
            for (String file : List.of("report.json", "report.html", "report.md", "report.txt")) {
                assertThat(reportDir.resolve(file)).isNotEmptyFile();
            }
            String json = Files.readString(reportDir.resolve("report.json"));
            assertThat(SchemaValidation.errors(json)).as(session.toString()).isEmpty();
            JsonNode report = JsonMapper.shared().readTree(json);
            assertThat(report.get("keyTakeaways")).isNotEmpty();
            assertThat(report.get("narrative")).isNotEmpty();
            assertThat(new EvidenceCheck(session).verify(report)).isPositive();
        }
        String index = Files.readString(out().resolve("index.html"));
        sessions.forEach(s -> assertThat(index).contains(s.getFileName() + "/report.html"));
        String messages = Files.readString(out().resolve("messages.json"));
        assertThat(SchemaValidation.messagesErrors(messages)).isEmpty();
        assertThat(JsonMapper.shared().readTree(messages).get("sessions").findValuesAsString("id"))
                .containsExactlyInAnyOrderElementsOf(sessions.stream().map(p -> p.getFileName().toString()).toList());
        String messagesHtml = Files.readString(out().resolve("messages.html"));
        sessions.forEach(s -> assertThat(messagesHtml).contains(s.getFileName() + "/report.html"));
        assertThat(Files.readString(out().resolve("messages.md"))).startsWith("# Draft IGF Messages");
        List<String> findings = Files.readAllLines(out().resolve("findings.csv"));
        sessions.forEach(s -> assertThat(findings).anyMatch(l -> l.startsWith(s.getFileName() + ",takeaway,")));
        assertThat(out().resolve("findings.xlsx")).isNotEmptyFile();
        try (Stream<Path> files = Files.walk(out())) {
            assertThat(files.filter(f -> f.getFileName().toString().contains(".tmp"))).isEmpty();
        }
    }

    @Test
    void aBadSessionFailsAloneWithItsFileAndReason() throws IOException {
        Path in = tmp.resolve("in");
        copy(SAMPLES.resolve("ws530"), in.resolve("good"));
        Files.createDirectories(in.resolve("empty"));
        Path binary = Files.createDirectories(in.resolve("binary"));
        Files.write(binary.resolve("transcript.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7});
        Path noTranscript = Files.createDirectories(in.resolve("no-transcript"));
        Files.copy(SAMPLES.resolve("ws530/proposal.txt"), noTranscript.resolve("proposal.txt"));

        Run run = run("--threads", "2", in.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(out().resolve("good/report.json")).isNotEmptyFile();
        assertThat(run.err.lines().filter(l -> l.startsWith("FAILED"))).hasSize(3);
        assertThat(run.err).contains("empty:").contains("binary:").contains("no-transcript:");
        assertThat(run.err).contains("transcript.txt");
        assertThat(run.out).contains("Progress: 4/4 sessions done, 3 failed");
        String index = Files.readString(out().resolve("index.html"));
        assertThat(index).contains("FAILED").contains("good/report.html");
    }

    @Test
    void resumesAfterAKilledRunWithoutRedoingCompletedSessions() throws IOException, SQLException {
        Path in = tmp.resolve("in");
        copy(SAMPLES.resolve("ws530"), in.resolve("first"));
        Path second = Files.createDirectories(in.resolve("second"));
        Run failing = run(in.toString());
        assertThat(failing.code).isEqualTo(1);
        // What kill -9 leaves behind: the execution and the unfinished partition still marked STARTED.
        try (Connection c = DriverManager.getConnection(database(), "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN',"
                    + " END_TIME = NULL");
            s.executeUpdate("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING',"
                    + " END_TIME = NULL WHERE STATUS = 'FAILED'");
        }
        copy(SAMPLES.resolve("ws530"), second);

        Run resumed = run(in.toString());

        assertThat(resumed.code).as(resumed.err).isZero();
        assertThat(resumed.out).contains("Resuming an interrupted run").contains("second: completed")
                .doesNotContain("first: completed");
        assertThat(out().resolve("second/report.json")).isNotEmptyFile();

        Run again = run(in.toString());
        assertThat(again.code).isZero();
        assertThat(again.out).contains("completed in an earlier run");
    }

    @Test
    void messagesAndFindingsSpanEveryCompletedSessionOfTheDatabaseAsSessionsAreAddedDayByDay() throws IOException {
        Path in = tmp.resolve("in");
        copy(SAMPLES.resolve("ws530"), in.resolve("day1/ws530"));
        copy(SAMPLES.resolve("of-community-networks"), in.resolve("day2/of57"));
        assertThat(run(in.resolve("day1").toString()).code).isZero();

        Run second = run(in.resolve("day2").toString());

        assertThat(second.code).as(second.err).isZero();
        assertThat(second.out).contains("over 2 completed sessions");
        JsonNode messages = JsonMapper.shared().readTree(Files.readString(out().resolve("messages.json")));
        assertThat(messages.get("sessions").findValuesAsString("id")).containsExactly("of57", "ws530");
        assertThat(Files.readAllLines(out().resolve("findings.csv")))
                .anyMatch(l -> l.startsWith("ws530,")).anyMatch(l -> l.startsWith("of57,"));
        // the index is the run's own sessions
        assertThat(Files.readString(out().resolve("index.html"))).contains("of57/report.html")
                .doesNotContain("ws530/report.html");
    }

    @Test
    void hundredsOfSessionFoldersCanBeGivenOneByOne() throws IOException {
        List<String> args = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            // empty folders fail fast; what matters is that the run can hold them all
            args.add(Files.createDirectories(tmp.resolve("in/a-rather-long-session-folder-name-" + i)).toString());
        }

        Run run = run(args.toArray(String[]::new));

        assertThat(run.code).as(run.err).isEqualTo(1);
        assertThat(run.err.lines().filter(l -> l.startsWith("FAILED"))).hasSize(150);
        assertThat(Files.readString(out().resolve("index.html"))).contains("a-rather-long-session-folder-name-149");
    }

    @Test
    void rerunReplacesStoredFindingsInsteadOfDuplicatingThem() throws IOException, SQLException {
        Path in = tmp.resolve("in");
        copy(SAMPLES.resolve("ws530"), in.resolve("ws530"));
        assertThat(run(in.toString()).code).isZero();
        int first = count("SELECT COUNT(*) FROM RP_FINDING");

        Run rerun = run("--rerun", in.toString());

        assertThat(rerun.code).isZero();
        assertThat(rerun.out).contains("ws530: completed");
        assertThat(count("SELECT COUNT(*) FROM RP_FINDING")).isEqualTo(first).isPositive();
        assertThat(count("SELECT COUNT(*) FROM RP_SESSION")).isEqualTo(1);
    }

    @Test
    void hostileInputComesOutInertInEveryOutput() throws IOException {
        Path session = tmp.resolve("in/hostile");
        copy(SAMPLES.resolve("of-community-networks"), session);
        String attack = "<script>alert(1)</script> ${7*7} <#assign x=1> [#assign y=2] [x](javascript:alert(1))";
        Path proposal = session.resolve("proposal.txt");
        List<String> page = new java.util.ArrayList<>(Files.readAllLines(proposal));
        page.set(0, page.get(0) + " " + attack);
        Files.write(proposal, page);
        Files.writeString(session.resolve("transcript.txt"), "\n>> <B>EVIL</B> ${7*7}:  Governments should stop "
                + attack + " now, because every regulator must act.\n", java.nio.file.StandardOpenOption.APPEND);

        Run run = run(session.toString());

        assertThat(run.code).as(run.err).isZero();
        Path dir = out().resolve("hostile");
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .doesNotContain("<B>EVIL").contains("${7*7}");
        String md = Files.readString(dir.resolve("report.md"));
        // a link needs an unescaped "](": the escaped "\\](" is literal text in Markdown
        assertThat(md).doesNotContain("<script").doesNotContain("<B>").doesNotContainPattern("[^\\\\]\\]\\(javascript");
        String txt = Files.readString(dir.resolve("report.txt"));
        assertThat(txt).contains("${7*7}").contains("<#assign x=1>");
        assertThat(SchemaValidation.errors(Files.readString(dir.resolve("report.json")))).isEmpty();
        assertThat(Files.readString(out().resolve("index.html"))).doesNotContain("<script>alert");
    }

    @Test
    void aDatabaseHeldByAnotherRunIsToldInOneSentence() {
        Exception locked = new IllegalStateException("context failed",
                new SQLException("Database may be already in use", "90020", 90020));

        assertThat(RapporteurApplication.describe(locked, "jdbc:h2:file:./data/rapporteur"))
                .isEqualTo("the database jdbc:h2:file:./data/rapporteur is open in another Rapporteur run;"
                        + " wait for it to finish, or give this run its own --db");
        assertThat(RapporteurApplication.describe(new IllegalStateException("outer", new SQLException("disk full")),
                "x")).isEqualTo("disk full");
    }

    @Test
    void helpAndVersionNeedNoDatabase() {
        Run help = runPlain("--help");
        assertThat(help.code).isZero();
        assertThat(help.out).contains("--out").contains("--db").contains("--threads").contains("--rerun");
        assertThat(runPlain("--version").out).contains("Rapporteur");
        assertThat(runPlain("--threads").code).isEqualTo(2);
    }

    private Path out() {
        return tmp.resolve("out");
    }

    private String database() {
        return "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath();
    }

    private Run run(String... args) {
        String[] all = Stream.concat(Stream.of("--out", out().toString(), "--db", database()), Stream.of(args))
                .toArray(String[]::new);
        return runPlain(all);
    }

    private static Run runPlain(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RapporteurApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private int count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(database(), "sa", "");
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<Path> sampleSessions() throws IOException {
        try (Stream<Path> dirs = Files.list(SAMPLES)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private record Run(int code, String out, String err) {
    }
}
