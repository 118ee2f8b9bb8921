package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.report.ReportFixtures.DIRECTIVE;
import static org.rapporteur.report.ReportFixtures.EXPRESSION;
import static org.rapporteur.report.ReportFixtures.SCRIPT;
import static org.rapporteur.report.ReportFixtures.SQUARE_DIRECTIVE;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.SessionReport;

/** The shipped templates over the hand-made reports: layout of the IGF report, evidence, and inert input text. */
class ReportRenderingTest {

    private static final ReportWriter WRITER = new ReportWriter(new ReportJson(),
            new TemplateRenderer(Path.of("templates")));

    private static final String BLANK = "[to be completed by the rapporteur]";

    private final SessionReport full = ReportFixtures.full();

    @Test
    void theThemeTheSessionPageGivesIsShownInEveryFormatAndOnlyWhenGiven() {
        SessionReport themed = new SessionReport(full.schemaVersion(), full.session().withTheme("Trust " + SCRIPT),
                full.people(), full.keyTakeaways(), full.callsToAction(), full.positions(), full.agreements(),
                full.disagreements(), full.questions(), full.polls(), full.participation(), full.narrative(),
                full.keyphrases(), full.entities(), full.sources(), full.warnings(), full.policyQuestionCoverage(),
                full.genderReflection(), full.furtherCallsToAction(), full.nextSteps());

        assertThat(WRITER.render(themed, List.of(), ReportFormat.HTML))
                .contains("<dt>Theme</dt><dd>Trust &lt;script&gt;");
        assertThat(WRITER.render(themed, List.of(), ReportFormat.MARKDOWN))
                .contains("- **Theme:** Trust &lt;script&gt;");
        assertThat(WRITER.render(themed, List.of(), ReportFormat.TEXT)).contains("Theme: Trust " + SCRIPT);
        assertThat(WRITER.render(full, List.of(), ReportFormat.TEXT)).doesNotContain("Theme:");
    }

    @Test
    void htmlShowsTheIgfReportInOrder() {
        String html = WRITER.render(full, List.of(), ReportFormat.HTML);
        assertThat(html).startsWith("<!DOCTYPE html>")
                .containsSubsequence("Security meets Responsibility", "IGF 2022 WS #530", "IGF 2022 Town Hall #12",
                        "Round Table - U-shape", "90 minutes", "Lucien M. Castex, AFNIC", "Sébastien Bachollet",
                        "Samih Souissi", "Speakers", "Claire Mélanie Popineau", "Key Takeaways",
                        "Manufacturers, not users", "Call to Action", "to governments", "Session Report",
                        "The session opened", "Estimated number of participants", BLANK,
                        "Estimated number of women and gender-diverse people", BLANK,
                        "To what extent did the session discuss gender issues?", BLANK,
                        "Positions by stakeholder group", "Agreements and disagreements",
                        "Audience questions", "Poll results", "Participation", "Policy questions",
                        "Keyphrases and entities", "Sources", "Warnings");
        assertThat(html).doesNotContain("<link").doesNotContain("<script").doesNotContain("src=");
    }

    @Test
    void instrumentsAndGenderTopicsAreShownWithTheirEvidenceInEveryFormat() {
        String html = WRITER.render(full, List.of(), ReportFormat.HTML);
        assertThat(html).containsSubsequence("<h3>Instruments and defined acronyms</h3>", "<b>CRA</b>",
                "INSTRUMENT × 6", "Cyber Resilience Act &lt;script&gt;", "Article 13",
                "also: EU Cyber Resilience Act", "<details class=\"ev\">");
        assertThat(html).containsSubsequence("<b>technology-facilitated gender-based violence &lt;script&gt;",
                "</b>, raised by Claire Mélanie Popineau", "Women and girls are targeted by stalkerware");
        String md = WRITER.render(full, List.of(), ReportFormat.MARKDOWN);
        assertThat(md).contains("- CRA (INSTRUMENT × 6): Cyber Resilience Act &lt;script&gt;")
                .containsSubsequence("      - *technology-facilitated gender-based violence &lt;script&gt;",
                        "*, raised by Claire Mélanie Popineau\n         - Evidence: Claire Mélanie Popineau")
                .contains("**Entities:** NIST (ORGANIZATION × 4)");
        String text = WRITER.render(full, List.of(), ReportFormat.TEXT);
        assertThat(text).contains("  - CRA (INSTRUMENT x 6): Cyber Resilience Act " + SCRIPT + "; Article 13")
                .contains("  - technology-facilitated gender-based violence " + SCRIPT + ", raised by Claire");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void aPointsEvidenceBeyondWhatItsTextTellsIsMarkedAsSaidElsewhereInEveryFormat() {
        String label = "Also said on this theme";
        assertThat(WRITER.render(full, List.of(), ReportFormat.MARKDOWN)).containsSubsequence(
                "- The CRA shifts the burden to manufacturers.", "   - Evidence: Rayna Stamboliyska, transcript.txt:212",
                "   - " + label + ": Rayna Stamboliyska").containsOnlyOnce(label);
        assertThat(WRITER.render(full, List.of(), ReportFormat.TEXT)).containsSubsequence(
                "The CRA shifts the burden to manufacturers.", "[Rayna Stamboliyska, transcript.txt:212",
                "[" + label + ": Rayna Stamboliyska").containsOnlyOnce(label);
        assertThat(WRITER.render(full, List.of(), ReportFormat.HTML)).containsSubsequence(
                "The CRA shifts the burden to manufacturers.", "<summary>Rayna Stamboliyska, transcript.txt:212",
                "<summary>" + label + ": Rayna Stamboliyska").containsOnlyOnce(label);
        // the contract has no place for it: report.json keeps the evidence whole and unmarked
        assertThat(new ReportJson().write(full)).doesNotContain("\"told\"");
    }

    @Test
    void htmlShowsEvidenceCompactly() {
        String html = WRITER.render(full, List.of(), ReportFormat.HTML);
        assertThat(html).contains("<details class=\"ev\"><summary>Rayna Stamboliyska, transcript.txt:212, 00:14:05"
                + "</summary><blockquote>The Cyber Resilience Act finally puts the burden on manufacturers");
        assertThat(html).contains("Amara Diallo, chat.txt:27, 10:41:09");
    }

    @Test
    void htmlGroupsPositionsAndShowsParticipation() {
        String html = WRITER.render(full, List.of(), ReportFormat.HTML);
        assertThat(html).containsSubsequence("<h3>Private Sector</h3>", "Rayna Stamboliyska",
                "<h3>Technical Community</h3>", "Jean-Jacques Sahel", "<h3>Civil Society</h3>",
                "<h3>Stakeholder group not known</h3>", "Amara Diallo");
        assertThat(html).contains("<b>Jean-Jacques Sahel</b> agreed with <b>Claire Mélanie Popineau</b>")
                .contains("<b>Rayna Stamboliyska</b> disagreed with <b>Jean-Jacques Sahel</b>");
        assertThat(html).contains("2,655").contains("26.6%").contains("20:10").contains("60.5%")
                .contains("43 public messages from 17 participants").contains("112 participants");
    }

    @Test
    void htmlEscapesEveryHostileString() {
        String html = WRITER.render(full, List.of(), ReportFormat.HTML);
        // ${7*7} evaluated would read "Google 49"; the charts hold other 49s, as coordinates
        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<#").doesNotContain("Google 49")
                .doesNotContain("default 49").doesNotContain("IoT security 49")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains(EXPRESSION).contains("&lt;#assign x=1&gt;").contains(SQUARE_DIRECTIVE);
    }

    @Test
    void htmlDrawsAccessibleChartsBesideTheirTables() {
        String html = WRITER.render(full, ReportFixtures.turns(), ReportFormat.HTML);
        assertThat(html).containsSubsequence("<h2>Poll results</h2>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" id=\"chart-poll-1\" "
                        + "aria-labelledby=\"chart-poll-1-title chart-poll-1-desc\"",
                "<title id=\"chart-poll-1-title\">Poll results: Poll 1: Who should be liable", "<th>Option</th>",
                "<h2>Participation</h2>", "id=\"chart-speakers\"", "<th>Speaker</th>", "id=\"chart-groups\"",
                "<th>Group</th>", "<h3>Timeline of turns</h3>", "id=\"chart-timeline\"", "The 7 timed turns",
                "<td class=\"num\">0:30</td><td class=\"num\">2:30</td><td>Lucien M. Castex</td>");
        assertThat(html).contains("Amara Diallo &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
    }

    @Test
    void htmlLeavesOutChartsItHasNoFiguresFor() {
        String html = WRITER.render(ReportFixtures.minimal(), List.of(), ReportFormat.HTML);
        assertThat(html).doesNotContain("<svg").doesNotContain("Timeline of turns");
        assertThat(WRITER.render(full, List.of(), ReportFormat.HTML)).contains("id=\"chart-speakers\"")
                .doesNotContain("chart-timeline");
    }

    @Test
    void markdownKeepsInputTextInert() {
        String md = WRITER.render(full, List.of(), ReportFormat.MARKDOWN);
        // a link needs an unescaped "](": every bracket from the inputs is backslashed
        assertThat(md).doesNotContain("<script").doesNotContainPattern("(?<!\\\\)\\]\\(").doesNotContain("<#")
                .doesNotContain("49")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("\\](javascript:alert(1))")
                .contains("${7\\*7}")
                .contains("\\[#assign y=2\\]")
                .contains("\\# Not a heading")
                .contains("\\[click\\](javascript:alert(1))");
    }

    @Test
    void markdownLaysOutTheReport() {
        String md = WRITER.render(full, List.of(), ReportFormat.MARKDOWN);
        assertThat(md).startsWith("# Security meets Responsibility")
                .containsSubsequence("**IGF 2022 WS #530**", "- **Organisers:** Lucien M. Castex, AFNIC",
                        "## Speakers", "| Name | Affiliation |", "## Key Takeaways",
                        "1. Manufacturers, not users, must carry the burden of IoT security. — *Rayna Stamboliyska*",
                        "   - Evidence: Rayna Stamboliyska, transcript.txt:212, 00:14:05: “The Cyber Resilience Act",
                        "## Call to Action", "1. **To governments:** Governments should align national IoT security labels",
                        "## Session Report", "## Gender Reporting", "\\[to be completed by the rapporteur\\]",
                        "## Positions by stakeholder group", "### Private Sector",
                        "## Poll results", "| Manufacturers | 23 | 60.5% |", "## Participation",
                        "| Rayna Stamboliyska | Private Sector | 9 | 2,655 | 26.6% | 20:10 | 132 |",
                        "## Sources", "## Warnings");
        assertThat(md).doesNotContain("\n\n\n\n");
    }

    @Test
    void plainTextIsLiteralAndLaidOutForTheForm() {
        String txt = WRITER.render(full, List.of(), ReportFormat.TEXT);
        assertThat(txt).contains(SCRIPT).contains(EXPRESSION).contains(DIRECTIVE).contains(SQUARE_DIRECTIVE)
                .doesNotContain("49").doesNotContain("&lt;");
        assertThat(txt).containsSubsequence("Session title: Security meets Responsibility",
                "Session code: IGF 2022 WS #530 (also ran as IGF 2022 Town Hall #12)",
                "KEY TAKEAWAYS\n=============", "1. Manufacturers, not users",
                "[Rayna Stamboliyska, transcript.txt:212, 00:14:05] \"The Cyber Resilience Act",
                "CALL TO ACTION", "To governments: Governments should align", "SESSION REPORT", "The session opened",
                "GENDER REPORTING", "Estimated number of participants: " + BLANK,
                "Estimated number of women and gender-diverse people: " + BLANK,
                "To what extent did the session discuss gender issues? " + BLANK,
                "POLL RESULTS", "- Manufacturers: 23 votes (60.5%)", "WARNINGS");
    }

    /**
     * An instrument shown by the full name its acronym stands for ("Cyber Resilience Act", also "CRA") does not
     * repeat that name as its expansion, in any format; an acronym shown as such keeps it.
     */
    @Test
    void anInstrumentShownInFullDoesNotRepeatItsExpansion() {
        SessionReport m = ReportFixtures.minimal();
        org.rapporteur.model.Evidence ev = new org.rapporteur.model.Evidence(
                org.rapporteur.model.EvidenceSource.TRANSCRIPT, "transcript.txt", "Ana Ruiz", 3, null,
                "The Cyber Resilience Act, the CRA, is coming.");
        List<org.rapporteur.model.Entity> entities = List.of(
                new org.rapporteur.model.Entity("Cyber Resilience Act", "INSTRUMENT", 2, "Cyber Resilience Act",
                        List.of(), List.of("CRA"), List.of(ev)),
                new org.rapporteur.model.Entity("GDPR", "INSTRUMENT", 1, "General Data Protection Regulation",
                        List.of(), List.of(), List.of(ev)));
        SessionReport r = new SessionReport(m.schemaVersion(), m.session(), m.people(), m.keyTakeaways(),
                m.callsToAction(), m.positions(), m.agreements(), m.disagreements(), m.questions(), m.polls(),
                m.participation(), m.narrative(), m.keyphrases(), entities, m.sources(), m.warnings(),
                m.policyQuestionCoverage(), m.genderReflection(), m.furtherCallsToAction(), m.nextSteps());
        for (ReportFormat format : List.of(ReportFormat.MARKDOWN, ReportFormat.TEXT, ReportFormat.HTML)) {
            assertThat(WRITER.render(r, List.of(), format)).as(format.name())
                    .contains("also: CRA").doesNotContain("Cyber Resilience Act; also")
                    .doesNotContain("Cyber Resilience Act: Cyber Resilience Act")
                    .contains("General Data Protection Regulation");
        }
    }

    /**
     * A call's heading keeps the article its text gives the addressee ("To the standards bodies:" over "The
     * standards bodies should …"), in every format; an addressee said without one stays bare ("To governments:").
     */
    @Test
    void aCallsHeadingKeepsTheArticleItsTextGivesTheAddressee() {
        assertThat(WRITER.render(full, List.of(), ReportFormat.MARKDOWN))
                .contains("- **To the standards bodies:** The standards bodies should publish")
                .contains("1. **To governments:** Governments should align");
        assertThat(WRITER.render(full, List.of(), ReportFormat.TEXT))
                .contains("- To the standards bodies: The standards bodies should publish")
                .contains("To governments: Governments should align");
        assertThat(WRITER.render(full, List.of(), ReportFormat.HTML))
                .contains("<span class=\"addressee\">to the standards bodies</span> The standards bodies should")
                .contains("<span class=\"addressee\">to governments</span>");
    }

    @Test
    void contractTwoFindingsAreShownInEveryFormat() {
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(WRITER.render(full, List.of(), format)).as(format.name())
                    .contains("workshop, ran 95 minutes")
                    .contains("inferred from what they said: name, affiliation, stakeholder group, region")
                    .contains("Estimated number of participants").contains("suggested: 112 (40 onsite, 72 online)")
                    .containsIgnoringCase("Further calls to action").contains("The standards bodies should publish")
                    .containsIgnoringCase("Next steps").contains("Policy Network on Internet Fragmentation")
                    .contains("Later settled or narrowed")
                    .contains("read out by Sébastien Bachollet").contains("Answered by")
                    .contains("Open source maintainers are exempt")
                    .contains("20 respondents").contains("mean 2.3")
                    .contains("suggested: at least 2 (1 woman, 1 gender-diverse: Maria Silva, Jo Lee")
                    .contains("A lower bound from what people stated; not a count.").contains("Greetings from Recife")
                    .contains("Samih Souissi (Intergovernmental Organization)")
                    .doesNotContain("Intergovernmental Organization, Intergovernmental Organization");
        }
    }

    @Test
    void aHearingsWitnessesAndMembersAreNamedSoInEveryFormat() {
        SessionReport hearing = ReportFixtures.hearing();
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(WRITER.render(hearing, List.of(), format)).as(format.name())
                    .contains("Julie Morgan (witness)").contains("Sian Gwenllian (member)")
                    .containsIgnoringCase(format == ReportFormat.HTML ? "Members&#39; questions" : "Members' questions")
                    .doesNotContainIgnoringCase("Audience questions")
                    // a member asks aloud in the chamber, not from the floor
                    .contains("Is the grading consistent between schools?").doesNotContain("from the floor");
        }
        assertThat(WRITER.render(ReportFixtures.minimal(), List.of(), ReportFormat.MARKDOWN))
                .doesNotContain("(witness)").doesNotContain("suggested: at least").contains("Audience questions");
    }

    @Test
    void eachGenderReportingFieldStartsItsOwnLineWhenNothingIsSuggested() {
        SessionReport minimal = ReportFixtures.minimal();
        assertThat(WRITER.render(minimal, List.of(), ReportFormat.MARKDOWN))
                .contains("**\\[to be completed by the rapporteur\\]**\n- **Estimated number of women")
                .contains("**\\[to be completed by the rapporteur\\]**\n- **To what extent");
        assertThat(WRITER.render(minimal, List.of(), ReportFormat.TEXT))
                .contains(BLANK + "\nEstimated number of women").contains(BLANK + "\nTo what extent");
    }

    @Test
    void minimalReportRendersInEveryFormat() {
        SessionReport minimal = ReportFixtures.minimal();
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(WRITER.render(minimal, List.of(), format)).as(format.name())
                    .contains("empty-session").contains(BLANK.substring(1, BLANK.length() - 1))
                    .contains("transcript.txt: no spoken turns found");
        }
    }
}
