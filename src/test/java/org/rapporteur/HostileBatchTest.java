package org.rapporteur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One batch over {@link HostileCorpus}: good sessions among broken and hostile ones. The good ones complete, each
 * other one has the outcome the corpus names for it, one FAILED line per failed session names its file and
 * reason, and nothing raw or unbounded reaches an output or the database.
 */
class HostileBatchTest {

    /** A hang guard for the whole run, far above what it takes (see docs/RELIABILITY.md), not a speed target. */
    private static final Duration RUN_BOUND = Duration.ofMinutes(5);

    @TempDir
    Path tmp;

    @Test
    void everySessionEndsAsItsInputWarrantsAndTheOthersComplete() throws Exception {
        Map<Path, HostileCorpus.Expected> corpus = HostileCorpus.write(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        String db = "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int code = assertTimeoutPreemptively(RUN_BOUND, () -> RapporteurApplication.run(
                new String[] {"--out", out.toString(), "--db", db, "--threads", "2", tmp.resolve("in").toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8)));

        String err = stderr.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err).isEqualTo(1);
        Map<String, Stored> stored = stored(db);
        List<String> failedLines = err.lines().filter(l -> l.startsWith("FAILED ")).toList();
        long failures = corpus.values().stream().filter(e -> !e.completes()).count();
        assertThat(failedLines).as(err).hasSize((int) failures);
        assertThat(stored).hasSize(corpus.size());
        for (Map.Entry<Path, HostileCorpus.Expected> session : corpus.entrySet()) {
            Stored s = stored.get(session.getKey().toAbsolutePath().normalize().toString());
            String name = session.getKey().getFileName().toString();
            assertThat(s).as(name).isNotNull();
            assertThat(s.id()).as(name).matches("[A-Za-z0-9][A-Za-z0-9._-]*").hasSizeLessThanOrEqualTo(64);
            HostileCorpus.Expected expected = session.getValue();
            if (expected.completes()) {
                assertThat(s.status()).as(name + ": " + s.error()).isEqualTo("COMPLETED");
                JsonNode report = JsonMapper.shared().readTree(out.resolve(s.id()).resolve("report.json").toFile());
                String warnings = report.get("warnings").toString();
                expected.mentions().forEach(m -> assertThat(warnings).as(name).contains(m));
            } else {
                assertThat(s.status()).as(name).isEqualTo("FAILED");
                String line = failedLines.stream().filter(l -> l.startsWith("FAILED " + s.id() + ": "))
                        .findFirst().orElseThrow(() -> new AssertionError("no FAILED line for " + s.id() + "\n" + err));
                expected.mentions().forEach(m -> assertThat(line).as(name).contains(m));
            }
        }
        assertThat(stored.values().stream().map(s -> s.id().toLowerCase())).doesNotHaveDuplicates();
        assertThat(out.resolve("index.html")).isRegularFile();

        assertNoControlCharacters(out);
        Stored hostile = stored.get(tmp.resolve("in/hostile-text").toAbsolutePath().toString());
        String txt = Files.readString(out.resolve(hostile.id()).resolve("report.txt"));
        assertThat(txt).contains(HostileCorpus.SQL_TITLE).contains("␛[31mred␛[0m");
        Stored longTitle = stored.get(tmp.resolve("in/title-1MB").toAbsolutePath().toString());
        assertThat(longTitle.title()).hasSize(2000).endsWith("…");
        JsonNode titled = JsonMapper.shared().readTree(out.resolve(longTitle.id()).resolve("report.json").toFile());
        assertThat(titled.get("session").get("title").asString()).hasSizeGreaterThan(2000);
    }

    /**
     * No NUL, ESC or other control character but tab and newline in any text file the run wrote, nor in the XML
     * parts of a Word or Excel file.
     */
    private static void assertNoControlCharacters(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.toString().matches(".*\\.(docx|xlsx)")) {
                    // ZipFile reads the central directory: streamed parts (SXSSF) carry their sizes only there
                    try (ZipFile zip = new ZipFile(file.toFile())) {
                        for (ZipEntry part : Collections.list(zip.entries())) {
                            if (part.getName().endsWith(".xml") || part.getName().endsWith(".rels")) {
                                try (var in = zip.getInputStream(part)) {
                                    assertNoControlCharacters(file + "!" + part.getName(),
                                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                                }
                            }
                        }
                    }
                } else if (file.toString().matches(".*\\.(json|html|md|txt|csv)")) {
                    assertNoControlCharacters(file.toString(), Files.readString(file));
                }
            }
        }
    }

    private static void assertNoControlCharacters(String name, String text) {
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' || c == 0x7F).count())
                .as(name).isZero();
    }

    private record Stored(String id, String status, String title, String error) {
    }

    /** RP_SESSION by folder. */
    private static Map<String, Stored> stored(String db) throws SQLException {
        Map<String, Stored> byFolder = new HashMap<>();
        try (Connection c = DriverManager.getConnection(db, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT ID, STATUS, TITLE, ERROR, FOLDER FROM RP_SESSION")) {
            while (rs.next()) {
                byFolder.put(rs.getString(5), new Stored(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)));
            }
        }
        return byFolder;
    }
}
