package org.rapporteur.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.model.SessionReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Session reports written by hand for the cross-session tests, built as report.json trees and read by the real
 * reader, so they hold only what a test names and stay valid as the contract grows fields. Public for the
 * cross-session tests of other packages.
 */
public final class HandMadeReports {

    private static final ReportJson JSON = new ReportJson();

    private final Map<String, Object> session = new LinkedHashMap<>();
    private final List<String> keyphrases = new ArrayList<>();
    private final List<Map<String, Object>> takeaways = new ArrayList<>();
    private final List<Map<String, Object>> calls = new ArrayList<>();
    private final List<Map<String, Object>> positions = new ArrayList<>();
    private final List<Map<String, Object>> disagreements = new ArrayList<>();
    private final List<Map<String, Object>> people = new ArrayList<>();
    private int line = 10;

    private HandMadeReports(String id, String code, String title) {
        session.put("id", id);
        session.put("code", code);
        session.put("title", title);
    }

    public static HandMadeReports session(String id, String code, String title) {
        return new HandMadeReports(id, code, title);
    }

    public HandMadeReports theme(String theme) {
        session.put("theme", theme);
        return this;
    }

    public HandMadeReports keyphrases(String... phrases) {
        keyphrases.addAll(List.of(phrases));
        return this;
    }

    public HandMadeReports takeaway(String speaker, String text) {
        takeaways.add(finding(speaker, text));
        return this;
    }

    public HandMadeReports call(String speaker, String addressee, String text) {
        Map<String, Object> call = finding(speaker, text);
        call.put("addressee", addressee);
        calls.add(call);
        return this;
    }

    public HandMadeReports position(String speaker, String group, String text) {
        positions.add(Map.of("speaker", speaker, "stakeholderGroup", group, "points", List.of(finding(speaker, text))));
        return this;
    }

    public HandMadeReports disagreement(String speaker, String with, String text) {
        Map<String, Object> d = finding(speaker, text);
        d.put("with", with);
        disagreements.add(d);
        return this;
    }

    public HandMadeReports person(String name, String role, String group, String region) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("roles", List.of(role));
        p.put("stakeholderGroup", group);
        p.put("region", region);
        people.add(p);
        return this;
    }

    public SessionReport build() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("schemaVersion", SessionReport.SCHEMA_VERSION);
        report.put("session", session);
        report.put("people", people);
        report.put("keyTakeaways", takeaways);
        report.put("callsToAction", calls);
        report.put("positions", positions);
        report.put("disagreements", disagreements);
        report.put("keyphrases", keyphrases);
        report.put("participation", Map.of("speakers", List.of(), "stakeholderGroups", List.of()));
        return JSON.read(JsonMapper.shared().writeValueAsString(report));
    }

    /** A finding whose one evidence item quotes its own text from the transcript, a line further each time. */
    private Map<String, Object> finding(String speaker, String text) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("source", "transcript");
        evidence.put("file", "transcript.txt");
        evidence.put("speaker", speaker);
        evidence.put("line", line++);
        evidence.put("quote", text);
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("text", text);
        finding.put("speaker", speaker);
        finding.put("evidence", List.of(evidence));
        return finding;
    }
}
