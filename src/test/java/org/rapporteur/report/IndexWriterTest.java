package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexWriterTest {

    private static final IndexWriter INDEX = new IndexWriter(new ReportJson(),
            new TemplateRenderer(Path.of("templates")));

    @TempDir
    Path out;

    private final List<IndexEntry> entries = List.of(
            IndexEntry.failed("ws777", "transcript.txt: the file is empty <script>alert(1)</script>"),
            IndexEntry.completed(ReportFixtures.full(), "iot security"),
            IndexEntry.completed(ReportFixtures.minimal(), "empty-session"));

    @Test
    void entryOfACompletedSessionCountsItsReport() {
        IndexEntry entry = IndexEntry.completed(ReportFixtures.full(), "iot security");
        assertThat(entry).isEqualTo(new IndexEntry("ws530", "COMPLETED",
                "Security meets Responsibility: connected everything’s resilience", "IGF 2022 WS #530", "workshop",
                "iot security", 5, 40, 10_000, 3, 2, 2, 3,
                Map.of("Technical Community", 4590, "Private Sector", 2655, "Civil Society", 2105),
                Map.of("Technical Community", 2, "Civil Society", 1, "Private Sector", 1, "not known", 1),
                Map.of("WEOG", 3, "African Group", 1, "Eastern European Group", 1),
                new IndexEntry.Facts(112, 40, 72, "attendance export: 112 unique participants "
                        + ReportFixtures.SCRIPT, 2, 94.5, 1),
                ReportFixtures.full().keyTakeaways().stream().map(c -> c.text()).toList(), null));
        // most speakers first, then by name
        assertThat(entry.speakersByGroup().keySet())
                .containsExactly("Technical Community", "Civil Society", "Private Sector", "not known");
    }

    @Test
    void eachSessionShowsItsThemeBalanceParticipantsAndTakeaways() {
        String html = INDEX.render(entries);
        assertThat(html).contains("<tr data-status=\"COMPLETED\" data-theme=\"iot security\">")
                .contains("Technical Community 2 · Civil Society 1 · Private Sector 1 · not known 1")
                .contains("WEOG 3 · African Group 1 · Eastern European Group 1")
                .contains("<td>workshop</td>")
                .contains("<td class=\"num\" data-sort=\"112\">112")
                .contains("<div class=\"balance\">40 onsite · 72 online</div>")
                .contains("attendance export: 112 unique participants &lt;script&gt;")
                .contains("<td class=\"num\" data-sort=\"2\">2</td>")
                .contains("<td class=\"num\" data-sort=\"1\">1 of 2</td>")
                .contains("<td class=\"num\" data-sort=\"94.5\">95</td>")
                .contains("<li>Manufacturers, not users, must carry the burden of IoT security.</li>")
                .contains("<option value=\"iot security\">iot security</option>")
                .contains("<option value=\"FAILED\">FAILED</option>");
    }

    @Test
    void filtersAreHiddenUntilTheScriptRunsAndNothingLoadsFromTheNetwork() {
        String html = INDEX.render(entries);
        assertThat(html).contains("<form id=\"filters\" hidden>").contains("form.hidden = false;")
                .doesNotContain("src=").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("<link");
        // one inline script, the index's own
        assertThat(html.split("<script", -1)).hasSize(2);
    }

    @Test
    void listsEverySessionWithItsStatusLinkAndCounts() throws IOException {
        Path file = INDEX.write(out, entries);
        assertThat(file).isEqualTo(out.resolve("index.html"));
        String html = Files.readString(file);
        assertThat(html).containsSubsequence("empty-session", "ws530", "ws777")
                .contains("<a href=\"ws530/report.html\">Security meets Responsibility")
                .contains("<a href=\"empty-session/report.html\">")
                .contains("<span class=\"status COMPLETED\">COMPLETED</span>")
                .contains("<td class=\"num\" data-sort=\"10000\">10,000</td>");
        assertThat(Files.list(out).map(p -> p.getFileName().toString())).containsExactly("index.html");
    }

    @Test
    void failedSessionsShowTheirReasonWithoutALink() {
        String html = INDEX.render(entries);
        assertThat(html).contains("<span class=\"status FAILED\">FAILED</span>")
                .contains("transcript.txt: the file is empty &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("ws777/report.html").doesNotContain("<script>alert");
        assertThat(html).contains("3 sessions: 2 completed, 1 failed");
    }

    @Test
    void overviewAddsUpTheCompletedSessions() {
        IndexOverview overview = IndexOverview.of(entries);
        assertThat(overview.sessions()).isEqualTo(3);
        assertThat(overview.completed()).isEqualTo(2);
        assertThat(overview.failed()).isEqualTo(1);
        assertThat(overview.words()).isEqualTo(10_000);
        assertThat(overview.groups()).extracting(IndexOverview.GroupTotal::group)
                .containsExactly("Technical Community", "Private Sector", "Civil Society");
        assertThat(overview.groups().get(0).share()).isEqualTo(4590.0 / 9350.0);
        assertThat(INDEX.render(entries)).contains("Spoken words by stakeholder group").contains("4,590");
    }
}
