package org.rapporteur.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.analysis.SessionAnalyzer;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.messages.IgfMessages;
import org.rapporteur.messages.MessageDrafter;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.SessionReport;
import org.rapporteur.nlp.NlpPipeline;
import org.rapporteur.report.FindingRow;
import org.rapporteur.report.FindingsExport;
import org.rapporteur.report.IndexEntry;
import org.rapporteur.report.IndexWriter;
import org.rapporteur.report.MessagesWriter;
import org.rapporteur.report.ReportJson;
import org.rapporteur.report.TemplateRenderer;
import org.rapporteur.store.ResultStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a run does after its sessions, for 30 completed sessions: read their reports from the results database
 * (an H2 file, as the command line uses), draft the messages, write messages.{json,html,md}, findings.{csv,xlsx}
 * and index.html. The 30 reports are the two samples' real reports, each stored 15 times under its own id and
 * code. Prints the first round (classes and templates loaded cold) and the best of five; asserts only the output.
 * A second benchmark drafts the messages alone for 300 such sessions, a year's workshops.
 * Run: {@code mvn test -Dgroups=benchmark -DexcludedTestGroups= -Dtest=CrossSessionBenchmark}
 */
@Tag("benchmark")
class CrossSessionBenchmark {

    private static final int SESSIONS = 30;
    private static final int ROUNDS = 5;
    private static final int YEAR = 300;

    @TempDir
    Path tmp;

    @Test
    void crossSessionFilesForThirtySessions() throws Exception {
        ReportJson json = new ReportJson();
        ResultStore store = new ResultStore(dataSource());
        List<SessionReport> samples = List.of(report("ws530"), report("of-community-networks"));
        for (int i = 0; i < SESSIONS; i++) {
            SessionReport r = renamed(samples.get(i % 2), String.format("s%02d", i), "IGF 2025 WS #" + (100 + i));
            store.saveCompleted(r, "samples", json.write(r));
        }
        TemplateRenderer renderer = new TemplateRenderer(Path.of("templates"));
        MessagesWriter messagesWriter = new MessagesWriter(json, renderer);
        IndexWriter index = new IndexWriter(json, renderer);

        long first = 0;
        long best = Long.MAX_VALUE;
        long[] phases = new long[5];
        for (int round = 0; round < ROUNDS; round++) {
            Path out = Files.createDirectories(tmp.resolve("out" + round));
            long t0 = System.nanoTime();
            Map<String, SessionReport> completed = new LinkedHashMap<>();
            store.completedReports().forEach((id, text) -> completed.put(id, json.read(text)));
            long t1 = System.nanoTime();
            IgfMessages messages = MessageDrafter.draft(List.copyOf(completed.values()));
            long t2 = System.nanoTime();
            messagesWriter.write(out, messages);
            long t3 = System.nanoTime();
            FindingsExport.write(out, FindingRow.of(List.copyOf(completed.values())));
            long t4 = System.nanoTime();
            List<IndexEntry> entries = new ArrayList<>();
            messages.sessions().forEach(s -> entries.add(IndexEntry.completed(completed.get(s.id()), s.theme())));
            index.write(out, entries);
            long t5 = System.nanoTime();
            long elapsed = t5 - t0;
            first = round == 0 ? elapsed : first;
            if (elapsed < best) {
                best = elapsed;
                phases = new long[] {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4};
            }
            assertThat(messages.sessions()).hasSize(SESSIONS);
            assertThat(out.resolve("findings.xlsx")).isNotEmptyFile();
        }
        Path out = tmp.resolve("out0");
        System.out.printf("BENCHMARK cross-session: %d sessions, %d themes; first round %.0f ms, best of %d %.0f ms"
                        + " (read %.0f, draft %.0f, messages files %.0f, findings files %.0f, index %.0f);"
                        + " messages.json %d KB, findings.csv %d rows, findings.xlsx %d KB%n",
                SESSIONS, themes(out), first / 1e6, ROUNDS, best / 1e6, phases[0] / 1e6, phases[1] / 1e6,
                phases[2] / 1e6, phases[3] / 1e6, phases[4] / 1e6,
                Files.size(out.resolve("messages.json")) / 1024,
                Files.readAllLines(out.resolve("findings.csv")).size() - 1,
                Files.size(out.resolve("findings.xlsx")) / 1024);
    }

    @Test
    void draftingMessagesForAYearsThreeHundredSessions() throws Exception {
        List<SessionReport> samples = List.of(report("ws530"), report("of-community-networks"));
        List<SessionReport> year = new ArrayList<>();
        for (int i = 0; i < YEAR; i++) {
            year.add(renamed(samples.get(i % 2), String.format("s%03d", i), "IGF 2025 WS #" + (100 + i)));
        }
        long best = Long.MAX_VALUE;
        IgfMessages messages = null;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            messages = MessageDrafter.draft(year);
            best = Math.min(best, System.nanoTime() - t0);
        }
        assertThat(messages.sessions()).hasSize(YEAR);
        System.out.printf("BENCHMARK messages: %d sessions, %d themes; drafting best of %d %.0f ms%n",
                YEAR, messages.themes().size(), ROUNDS, best / 1e6);
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath());
        ds.setUser("sa");
        return ds;
    }

    private static SessionReport report(String sample) throws Exception {
        return new SessionAnalyzer().analyse(NlpPipeline.shared()
                .annotate(new SessionReader().read(sample, Path.of("samples", sample))));
    }

    private static SessionReport renamed(SessionReport r, String id, String code) {
        SessionInfo s = r.session();
        SessionInfo info = new SessionInfo(id, code, s.title(), s.format(), s.durationMinutes(), s.policyQuestions(),
                s.sdgs(), s.otherCodes(), s.kind(), s.actualMinutes(), s.theme());
        return new SessionReport(r.schemaVersion(), info, r.people(), r.keyTakeaways(), r.callsToAction(),
                r.positions(), r.agreements(), r.disagreements(), r.questions(), r.polls(), r.participation(),
                r.narrative(), r.keyphrases(), r.entities(), r.sources(), r.warnings(), r.policyQuestionCoverage(),
                r.genderReflection(), r.furtherCallsToAction(), r.nextSteps());
    }

    /** The number of themes in a written messages.json. */
    private static int themes(Path out) throws IOException {
        return JsonMapper.shared().readTree(Files.readString(out.resolve("messages.json"))).get("themes").size();
    }
}
