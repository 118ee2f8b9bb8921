package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTest {

    @TempDir
    Path dir;

    @Test
    void templatesInTheFolderOverrideTheClasspathCopies() throws IOException {
        Files.writeString(dir.resolve("report.txt.ftl"), "Custom: ${session.title}");
        ReportWriter writer = new ReportWriter(new ReportJson(), new TemplateRenderer(dir));
        assertThat(writer.render(ReportFixtures.minimal(), List.of(), ReportFormat.TEXT)).isEqualTo("Custom: empty-session");
        // what the folder does not hold still comes from the classpath
        assertThat(writer.render(ReportFixtures.minimal(), List.of(), ReportFormat.HTML)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void classpathCopiesServeWhenTheFolderIsMissing() {
        TemplateRenderer renderer = new TemplateRenderer(dir.resolve("absent"));
        String text = new ReportWriter(new ReportJson(), renderer).render(ReportFixtures.full(), List.of(), ReportFormat.TEXT);
        assertThat(text).startsWith("IGF SESSION REPORT (DRAFT)");
    }

    @Test
    void dataIsNeverEvaluated() throws IOException {
        Files.writeString(dir.resolve("echo.txt.ftl"), "${value}|${value?upper_case}");
        String hostile = "${7*7} <#assign x=1>${x!'unset'} [#assign y=2] [=7*7] #{7*7}";
        assertThat(new TemplateRenderer(dir).render("echo.txt.ftl", Map.of("value", hostile)))
                .isEqualTo(hostile + "|" + hostile.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void outputFormatFollowsTheFileName() throws IOException {
        Files.writeString(dir.resolve("a.html.ftlh"), "<p>${v}</p>");
        Files.writeString(dir.resolve("a.md.ftl"), "**${v}**");
        Files.writeString(dir.resolve("a.txt.ftl"), "${v}");
        TemplateRenderer renderer = new TemplateRenderer(dir);
        Map<String, String> model = Map.of("v", "<i>*x*</i>");
        assertThat(renderer.render("a.html.ftlh", model)).isEqualTo("<p>&lt;i&gt;*x*&lt;/i&gt;</p>");
        assertThat(renderer.render("a.md.ftl", model)).isEqualTo("**&lt;i&gt;\\*x\\*&lt;/i&gt;**");
        assertThat(renderer.render("a.txt.ftl", model)).isEqualTo("<i>*x*</i>");
    }

    @Test
    void newAndApiBuiltInsAreOff() throws IOException {
        Files.writeString(dir.resolve("new.txt.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        Files.writeString(dir.resolve("api.txt.ftl"), "${m?api.size()}");
        TemplateRenderer renderer = new TemplateRenderer(dir);
        assertThatThrownBy(() -> renderer.render("new.txt.ftl", Map.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("new.txt.ftl");
        assertThatThrownBy(() -> renderer.render("api.txt.ftl", Map.of("m", Map.of("k", "v"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void missingTemplateIsReportedByName() {
        assertThatThrownBy(() -> new TemplateRenderer(dir).render("nope.txt.ftl", Map.of()))
                .hasMessageContaining("nope.txt.ftl");
    }
}
