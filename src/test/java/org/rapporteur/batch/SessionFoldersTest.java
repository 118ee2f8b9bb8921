package org.rapporteur.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFoldersTest {

    private static final String VALID = "[A-Za-z0-9][A-Za-z0-9._-]*";

    /** Every sub-folder is a session here: none holds a recognised file. */
    private final SessionFolders folders = new SessionFolders(p -> false);

    @Test
    void namesThatCollideAfterSanitisingGetDistinctStableIds(@TempDir Path dir) throws IOException {
        for (String name : List.of("ws 101", "ws_101", "ws-101", "WS_101")) {
            Files.createDirectories(dir.resolve(name));
        }

        Map<String, Path> first = folders.discover(List.of(dir));
        Map<String, Path> again = folders.discover(List.of(dir));

        assertThat(first).hasSize(4).isEqualTo(again);
        assertThat(first.keySet()).allMatch(id -> id.matches(VALID));
        assertThat(first.keySet().stream().map(String::toLowerCase)).doesNotHaveDuplicates();
        assertThat(first).containsEntry("ws-101", dir.resolve("ws-101")).containsEntry("WS_101", dir.resolve("WS_101"));
        assertThat(first.entrySet()).filteredOn(e -> e.getValue().endsWith("ws 101"))
                .singleElement().satisfies(e -> assertThat(e.getKey()).matches("ws-101-[0-9a-f]{8}"));
    }

    @Test
    void anyFolderNameGivesAShortValidIdThatIsNotARunFile() {
        String longName = "é".repeat(127) + "x";
        for (String name : List.of(longName, "-rf \"quoted\" 'single'\nline", "index.html", "INDEX.HTML", "...",
                "Sesión 5", "会议", "messages.json", "findings.csv", "Findings.XLSX")) {
            String id = SessionFolders.sessionId(Path.of("/in", name));
            assertThat(id).as(name).matches(VALID).hasSizeLessThanOrEqualTo(SessionFolders.MAX_ID)
                    .isNotEqualToIgnoringCase("index.html").isNotIn("messages.json", "findings.csv")
                    .isNotEqualToIgnoringCase("findings.xlsx");
            assertThat(SessionFolders.sessionId(Path.of("/elsewhere", name))).isEqualTo(id);
        }
        assertThat(SessionFolders.sessionId(Path.of("/in/Sesión 5"))).startsWith("Sesion-5-");
        assertThat(SessionFolders.sessionId(Path.of("/in/ws530"))).isEqualTo("ws530");
    }

    @Test
    void theSameNameInTwoInputsGivesTwoSessions(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("a/ws1"));
        Path b = Files.createDirectories(dir.resolve("b/ws1"));

        Map<String, Path> sessions = folders.discover(List.of(a, b, a));

        assertThat(sessions).hasSize(2).containsEntry("ws1", a).containsValue(b);
    }
}
