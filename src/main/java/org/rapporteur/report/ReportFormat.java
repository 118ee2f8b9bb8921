package org.rapporteur.report;

/** The human-readable forms of a session report: the template each is rendered from and the file it goes to. */
public enum ReportFormat {
    HTML("report.html.ftlh", "report.html"),
    MARKDOWN("report.md.ftl", "report.md"),
    TEXT("report.txt.ftl", "report.txt");

    private final String template;
    private final String fileName;

    ReportFormat(String template, String fileName) {
        this.template = template;
        this.fileName = fileName;
    }

    public String template() {
        return template;
    }

    public String fileName() {
        return fileName;
    }
}
