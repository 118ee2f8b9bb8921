package org.rapporteur.report;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Writes OUT/index.html: every session of the run with its status, counts and a link to its report. */
public final class IndexWriter {

    public static final String TEMPLATE = "index.html.ftlh";
    public static final String FILE = "index.html";

    private final ReportJson json;
    private final TemplateRenderer renderer;

    public IndexWriter(ReportJson json, TemplateRenderer renderer) {
        this.json = json;
        this.renderer = renderer;
    }

    /** The page, sessions in order of their id. */
    public String render(List<IndexEntry> entries) {
        List<IndexEntry> sorted = entries.stream().sorted(Comparator.comparing(IndexEntry::sessionId)).toList();
        Map<String, Object> model = Map.of(
                "sessions", sorted.stream().map(json::treeOf).toList(),
                "overview", json.treeOf(IndexOverview.of(sorted)));
        return renderer.render(TEMPLATE, model);
    }

    /** Writes {@code outDir/index.html}, creating the folder, and returns the file. */
    public Path write(Path outDir, List<IndexEntry> entries) {
        Path file = outDir.resolve(FILE);
        AtomicFiles.write(file, render(entries));
        return file;
    }
}
