package org.rapporteur.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Person;
import org.rapporteur.model.Position;
import org.rapporteur.model.Relation;
import org.rapporteur.model.SessionReport;

/**
 * One finding of one session as a row of findings.csv and findings.xlsx: what kind it is, its text, who said it
 * (and their stakeholder group), whom it addresses, and its first evidence item ({@code evidenceItems} says how
 * many the report has).
 */
public record FindingRow(String session, String kind, String text, String speaker, String stakeholderGroup,
                         String addressee, String file, Integer line, String quote, int evidenceItems) {

    static final List<String> HEADER = List.of("session", "kind", "text", "speaker", "stakeholder group",
            "addressee", "file", "line", "quote", "evidence items");

    /** Every finding of the reports, session by session, in the order the report lists them. */
    public static List<FindingRow> of(List<SessionReport> reports) {
        List<FindingRow> rows = new ArrayList<>();
        for (SessionReport r : reports) {
            Rows session = new Rows(r, rows);
            r.keyTakeaways().forEach(t -> session.add("takeaway", t.text(), t.speaker(), null, t.evidence()));
            r.callsToAction().forEach(c -> session.add("call-to-action", c.text(), c.speaker(), c.addressee(),
                    c.evidence()));
            r.furtherCallsToAction().forEach(c -> session.add("further-call-to-action", c.text(), c.speaker(),
                    c.addressee(), c.evidence()));
            for (Position p : r.positions()) {
                for (Claim c : p.points()) {
                    session.add("position", c.text(), p.speaker(), null, c.evidence());
                }
            }
            relations(session, "agreement", r.agreements());
            relations(session, "disagreement", r.disagreements());
            r.questions().forEach(q -> session.add("question", q.text(), q.asker(), null, q.evidence()));
            r.nextSteps().forEach(n -> session.add("next-step", n.text(), n.speaker(), null, n.evidence()));
        }
        return rows;
    }

    private static void relations(Rows session, String kind, List<Relation> relations) {
        relations.forEach(x -> session.add(kind, x.text(), x.speaker(), x.with(), x.evidence()));
    }

    /** The cells in {@link #HEADER}'s order, text as it would be shown; null where empty. */
    List<Object> cells() {
        return java.util.Arrays.asList(session, kind, text, speaker, stakeholderGroup, addressee, file, line, quote,
                evidenceItems);
    }

    /** Adds one session's rows, looking each speaker's stakeholder group up among its people. */
    private static final class Rows {

        private final String session;
        private final Map<String, String> groups = new HashMap<>();
        private final List<FindingRow> out;

        Rows(SessionReport report, List<FindingRow> out) {
            this.session = report.session().id();
            this.out = out;
            for (Person p : report.people()) {
                if (p.stakeholderGroup() != null) {
                    groups.put(p.name(), p.stakeholderGroup());
                }
            }
            report.positions().stream().filter(p -> p.stakeholderGroup() != null)
                    .forEach(p -> groups.putIfAbsent(p.speaker(), p.stakeholderGroup()));
        }

        void add(String kind, String text, String speaker, String addressee, List<Evidence> evidence) {
            Evidence first = evidence.isEmpty() ? null : evidence.get(0);
            out.add(new FindingRow(session, kind, text, speaker, speaker == null ? null : groups.get(speaker),
                    addressee, first == null ? null : first.file(), first == null ? null : first.line(),
                    first == null ? null : first.quote(), evidence.size()));
        }
    }
}
