package org.rapporteur.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rapporteur.messages.MessageDrafter;
import org.rapporteur.model.SessionReport;

/**
 * Writes what spans sessions, from every completed session's report: the draft IGF Messages
 * ({@code messages.json}, {@code .html}, {@code .md}) and the findings for a secretariat's own analysis
 * ({@code findings.csv}, {@code findings.xlsx}).
 */
public final class CrossSessionWriter {

    private final MessageDrafter drafter;
    private final MessagesWriter messages;

    public CrossSessionWriter(MessageDrafter drafter, MessagesWriter messages) {
        this.drafter = drafter;
        this.messages = messages;
    }

    /** Writes the five files into {@code outDir}, sessions in order of id; answers them. */
    public List<Path> write(Path outDir, List<SessionReport> completed) {
        List<SessionReport> sorted = completed.stream()
                .sorted(java.util.Comparator.comparing((SessionReport r) -> r.session().id())).toList();
        List<Path> written = new ArrayList<>(messages.write(outDir, drafter.draft(sorted)));
        written.addAll(FindingsExport.write(outDir, FindingRow.of(sorted)));
        return written;
    }
}
