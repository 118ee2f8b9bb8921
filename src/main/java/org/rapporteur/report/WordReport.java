package org.rapporteur.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Entity;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.GenderReflection;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Person;
import org.rapporteur.model.Poll;
import org.rapporteur.model.PolicyQuestionCoverage;
import org.rapporteur.model.Position;
import org.rapporteur.model.Question;
import org.rapporteur.model.Relation;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.SessionReport;
import org.rapporteur.model.SourceFile;
import org.rapporteur.report.chart.Charts;
import org.rapporteur.report.chart.Drawing;
import org.rapporteur.report.chart.Png;

/**
 * report.docx: the draft laid out as the IGF session report form (title and code, people, Key Takeaways, Call to
 * Action, Session Report, the gender fields left as marked blanks), then the supporting material the rapporteur
 * checks it against. Word's own heading, list and footnote styles, so it can be edited and pasted into the form;
 * every statement's evidence is a footnote. Charts are pictures drawn from the same numbers as report.html's.
 * Thread-safe: each call builds its own document.
 */
public final class WordReport {

    public static final String FILE = "report.docx";
    /** What a field the tool cannot fill shows, highlighted, until the rapporteur fills it. */
    public static final String BLANK = "[to be completed by the rapporteur]";
    /** The widest picture on an A4 or Letter page with the default margins. */
    private static final double PICTURE_INCHES = 6.3;
    private static final String UNKNOWN_GROUP = "Stakeholder group not known";
    /** Noncharacters and lone surrogates: no XML document may contain them. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x{FFFE}\\x{FFFF}]|\\p{Cs}");

    /** The document for one session. */
    public byte[] write(SessionReport report, SessionCharts charts) {
        try (XWPFDocument doc = new XWPFDocument()) {
            new Builder(doc).build(report, charts);
            ByteArrayOutputStream out = new ByteArrayOutputStream(65_536);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report.docx for " + report.session().id(), e);
        }
    }

    /**
     * Builds and drops the document of a one-line report with its speakers' chart, a footnote and a table: the
     * first document in a JVM loads POI's XML classes and Java2D's fonts, several times what any later one costs
     * (docs/PERFORMANCE.md, "report.docx and the charts").
     */
    public void warmUp() {
        Evidence said = new Evidence(EvidenceSource.TRANSCRIPT, "transcript.txt", "Speaker", 1, null, "A word.");
        SessionReport report = new SessionReport(SessionReport.SCHEMA_VERSION, SessionInfo.untitled("warm-up"),
                List.of(), List.of(new Claim("A word.", "Speaker", List.of(said), null)), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(),
                new Participation(List.of(new Participation.SpeakerShare("Speaker", null, 1, 2, null, null, 1.0)),
                        List.of(), null, null, null),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
        write(report, SessionCharts.of(report, List.of()));
    }

    /** One document in the making. */
    private static final class Builder {

        private final XWPFDocument doc;
        private final XWPFNumbering numbering;

        Builder(XWPFDocument doc) {
            this.doc = doc;
            doc.createStyles().setStyles(styles());
            this.numbering = doc.createNumbering();
        }

        void build(SessionReport r, SessionCharts charts) {
            SessionInfo s = r.session();
            doc.getProperties().getCoreProperties().setTitle(shown(s.title()));
            doc.getProperties().getCoreProperties().setCreator("Rapporteur");
            paragraph("Title", s.title());
            List<String> facts = new ArrayList<>();
            Optional.ofNullable(s.code()).ifPresent(facts::add);
            if (!s.otherCodes().isEmpty()) {
                facts.add("also ran as " + String.join(", ", s.otherCodes()));
            }
            Optional.ofNullable(s.format()).ifPresent(facts::add);
            Optional.ofNullable(s.durationMinutes()).ifPresent(m -> facts.add(m + " minutes"));
            Optional.ofNullable(s.kind()).ifPresent(facts::add);
            Optional.ofNullable(s.actualMinutes()).ifPresent(m -> facts.add("ran " + Math.round(m) + " minutes"));
            Optional.ofNullable(s.theme()).ifPresent(t -> facts.add("theme: " + t));
            if (!facts.isEmpty()) {
                paragraph("Subtitle", String.join(" · ", facts));
            }
            paragraph(null, "Draft by Rapporteur from the session's inputs. Every statement has a footnote with its"
                    + " evidence: speaker, file and line, time and the verbatim quote. Check them before submitting.");
            people(r.people());
            takeaways(r.keyTakeaways());
            calls(1, "Call to Action", STNumberFormat.DECIMAL, r.callsToAction());
            narrative(r.narrative());
            gender(r);
            heading(1, "Supporting material");
            calls(2, "Further calls to action", STNumberFormat.BULLET, r.furtherCallsToAction());
            nextSteps(r.nextSteps());
            positions(r.positions());
            relations(r.agreements(), r.disagreements());
            questions(r.questions(), "hearing".equals(r.session().kind()));
            polls(r.polls(), charts);
            participation(r.participation(), charts);
            policy(r.policyQuestionCoverage(), s);
            terms(r.keyphrases(), r.entities());
            sources(r.sources(), r.warnings());
        }

        private void people(List<Person> people) {
            heading(1, "People");
            table(List.of("Role", "Name"), Stream.of(
                    row("Organisers", people, Role.ORGANIZER), row("Onsite moderator", people, Role.MODERATOR),
                    row("Online moderator", people, Role.ONLINE_MODERATOR),
                    row("Rapporteur", people, Role.RAPPORTEUR)).toList());
            heading(2, "Speakers");
            List<Person> speakers = people.stream().filter(p -> p.has(Role.SPEAKER)).toList();
            if (speakers.isEmpty()) {
                none("No speakers listed.");
            } else {
                table(List.of("Name", "Affiliation", "Stakeholder group", "Region"), speakers.stream()
                        .map(p -> List.of(name(p), dash(p.affiliation()), dash(p.stakeholderGroup()), dash(p.region())))
                        .toList());
            }
            List<Person> inferred = people.stream().filter(p -> !p.inferred().isEmpty()).toList();
            if (!inferred.isEmpty()) {
                heading(2, "Inferred from what people said");
                BigInteger list = newList(STNumberFormat.BULLET);
                inferred.forEach(p -> item(list, null, person(p), null, p.evidence()));
            }
        }

        private static List<String> row(String label, List<Person> people, Role role) {
            String names = people.stream().filter(p -> p.has(role)).map(Builder::person)
                    .collect(Collectors.joining("; "));
            return List.of(label, names.isEmpty() ? "not listed" : names);
        }

        /** The name, with "(witness)" or "(member)" in a hearing. */
        private static String name(Person p) {
            return p.hearingRole() == null ? p.name() : p.name() + " (" + p.hearingRole() + ")";
        }

        private static String person(Person p) {
            String text = name(p) + (p.affiliation() != null ? ", " + p.affiliation() : "");
            // a region that only repeats the group ("Intergovernmental Organization" as both) is said once
            String detail = Stream.of(p.stakeholderGroup(), p.region()).filter(x -> x != null && !x.isBlank())
                    .distinct().collect(Collectors.joining(", "));
            text = detail.isEmpty() ? text : text + " (" + detail + ")";
            return p.inferred().isEmpty() ? text : text + " [inferred from what they said: "
                    + p.inferred().stream().map(f -> f.equals("stakeholderGroup") ? "stakeholder group" : f)
                    .collect(Collectors.joining(", ")) + "]";
        }

        private void takeaways(List<Claim> takeaways) {
            heading(1, "Key Takeaways");
            BigInteger list = newList(STNumberFormat.DECIMAL);
            takeaways.forEach(c -> item(list, null, c.text(), c.speaker(), c.evidence()));
            if (takeaways.isEmpty()) {
                none("None found in the inputs.");
            }
        }

        /** The form's calls (numbered) or the further ones (bulleted), each under its addressee. */
        private void calls(int level, String title, STNumberFormat.Enum format, List<CallToAction> calls) {
            heading(level, title);
            BigInteger list = newList(format);
            calls.forEach(c -> item(list, c.addressee() != null ? "To " + c.heading() + ": " : null, c.text(),
                    c.speaker(), c.evidence()));
            if (calls.isEmpty()) {
                none("None found in the inputs.");
            }
        }

        private void narrative(List<Paragraph> paragraphs) {
            heading(1, "Session Report");
            paragraphs.forEach(p -> footnote(paragraph(null, p.text()), p.evidence()));
            if (paragraphs.isEmpty()) {
                none("No narrative could be drafted.");
            }
        }

        private void gender(SessionReport r) {
            heading(1, "Gender Reporting");
            Participation.Estimate estimate = r.participation().estimate();
            boolean suggested = estimate != null && estimate.participants() != null;
            field("Estimated number of participants", suggested ? suggestion(estimate) : null,
                    suggested ? estimate.evidence() : List.of());
            Participation.StatedGender women = r.participation().womenAndGenderDiverse();
            field("Estimated number of women and gender-diverse people", women == null ? null : suggestion(women),
                    women == null ? List.of() : women.evidence());
            GenderReflection g = r.genderReflection();
            field("To what extent did the session discuss gender issues?",
                    g == null ? null : "suggestion from the inputs, to confirm: " + g.summary(),
                    g == null ? List.of() : g.evidence());
            if (g != null && !g.topics().isEmpty()) {
                BigInteger list = newList(STNumberFormat.BULLET);
                g.topics().forEach(t -> item(list, t.topic() + ": ", "raised by " + String.join(", ", t.raisedBy()),
                        null, t.evidence()));
            }
        }

        /** "suggested: at least 3 (2 women, 1 gender-diverse: …) — &lt;what the figure is&gt; To confirm". */
        private static String suggestion(Participation.StatedGender w) {
            String split = joined(w.women() > 0 ? w.women() + (w.women() == 1 ? " woman" : " women") : null,
                    w.genderDiverse() > 0 ? w.genderDiverse() + " gender-diverse" : null);
            return "suggested: at least " + w.atLeast() + " (" + split + ": " + String.join(", ", w.people())
                    + ") — " + w.note() + " To confirm";
        }

        /** The parts that are there, joined by commas. */
        private static String joined(String... parts) {
            return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(", "));
        }

        /** "suggested: 112 (80 onsite, 32 online) — attendance export: …; to confirm". */
        private static String suggestion(Participation.Estimate e) {
            String split = joined(e.onsite() != null ? e.onsite() + " onsite" : null,
                    e.online() != null ? e.online() + " online" : null);
            return "suggested: " + e.participants() + (split.isEmpty() ? "" : " (" + split + ")") + " — " + e.basis()
                    + "; to confirm";
        }

        private void nextSteps(List<Claim> steps) {
            heading(2, "Next steps");
            BigInteger list = newList(STNumberFormat.BULLET);
            steps.forEach(c -> item(list, null, c.text(), c.speaker(), c.evidence()));
            if (steps.isEmpty()) {
                none("None found in the inputs.");
            }
        }

        /** A form field: its question, the marked blank, and what the inputs suggest for it. */
        private void field(String question, String hint, List<Evidence> evidence) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("FormField");
            p.createRun().setText(shown(question + " "));
            XWPFRun blank = p.createRun();
            blank.setText(BLANK);
            blank.setItalic(true);
            blank.setTextHighlightColor(STHighlightColor.YELLOW.toString());
            if (hint != null) {
                XWPFRun h = p.createRun();
                h.setText(shown(" (" + hint + ")"));
                h.setColor("5D6778");
            }
            footnote(p, evidence);
        }

        private void positions(List<Position> positions) {
            heading(2, "Positions by stakeholder group");
            Map<String, List<Position>> byGroup = new LinkedHashMap<>();
            positions.forEach(p -> byGroup.computeIfAbsent(p.stakeholderGroup() != null ? p.stakeholderGroup()
                    : UNKNOWN_GROUP, g -> new ArrayList<>()).add(p));
            byGroup.forEach((group, held) -> {
                heading(3, group);
                for (Position p : held) {
                    XWPFRun who = doc.createParagraph().createRun();
                    who.setBold(true);
                    who.setText(shown(p.speaker()));
                    BigInteger list = newList(STNumberFormat.BULLET);
                    p.points().forEach(c -> item(list, null, c.text(), null, c.toldEvidence(), c.furtherEvidence()));
                }
            });
            if (positions.isEmpty()) {
                none("None found in the inputs.");
            }
        }

        private void relations(List<Relation> agreements, List<Relation> disagreements) {
            heading(2, "Agreements and disagreements");
            BigInteger list = newList(STNumberFormat.BULLET);
            agreements.forEach(a -> relation(list, a, "agreed"));
            disagreements.forEach(d -> relation(list, d, "disagreed"));
            if (agreements.isEmpty() && disagreements.isEmpty()) {
                none("None found in the inputs.");
            }
        }

        private void relation(BigInteger list, Relation r, String verb) {
            item(list, r.speaker() + " " + verb + (r.with() != null ? " with " + r.with() : "")
                    + (r.issue() != null ? " on " + r.issue() : "") + ": ", "“" + r.text() + "”", null, r.evidence());
            if (r.resolution() != null) {
                follow("Later settled or narrowed: ", r.resolution().text(), r.resolution().evidence());
            }
        }

        private void questions(List<Question> questions, boolean hearing) {
            // a hearing's questions are the members' to its witnesses, not an audience's
            heading(2, hearing ? "Members' questions" : "Audience questions");
            BigInteger list = newList(STNumberFormat.DECIMAL);
            for (Question q : questions) {
                List<String> note = new ArrayList<>(List.of(q.asker() != null ? q.asker() : "unnamed"));
                Question.Channel channel = q.channel() != null ? q.channel() : Question.Channel.usual(q.source());
                // a hearing's members ask aloud in the chamber, not "from the floor"
                if (!(hearing && channel == Question.Channel.FLOOR)) {
                    note.add(channel.words());
                }
                if (q.relayedBy() != null) {
                    note.add("read out by " + q.relayedBy());
                }
                if (q.answered() != null) {
                    note.add(q.answered() ? "answered" : "not answered");
                }
                if (q.upvotes() != null) {
                    note.add(q.upvotes() + (q.upvotes() == 1 ? " upvote" : " upvotes"));
                }
                item(list, null, q.text(), String.join(", ", note), q.evidence());
                q.answers().forEach(a -> follow("Answered by " + a.speaker() + ": ", a.text(), a.evidence()));
            }
            if (questions.isEmpty()) {
                none("None found in the inputs.");
            }
        }

        private void polls(List<Poll> polls, SessionCharts charts) {
            heading(2, "Poll results");
            for (int i = 0; i < polls.size(); i++) {
                Poll poll = polls.get(i);
                heading(3, (poll.title() != null ? poll.title() + ": " : "") + poll.question());
                String about = Stream.of(poll.type(),
                        poll.responses() != null ? poll.responses() + " respondents" : null,
                        poll.mean() != null ? String.format(Locale.ROOT, "mean %.2f", poll.mean()) : null,
                        poll.source() != null ? "from " + poll.source() : null).filter(x -> x != null)
                        .collect(Collectors.joining(" · "));
                if (!about.isEmpty()) {
                    paragraph(null, about);
                }
                charts.polls().get(i).ifPresent(this::picture);
                if (!poll.options().isEmpty()) {
                    table(List.of("Option", "Votes", "%"), poll.options().stream()
                            .map(o -> List.of(o.label(), Integer.toString(o.votes()),
                                    o.percent() != null ? String.format(Locale.ROOT, "%.1f%%", o.percent()) : ""))
                            .toList());
                }
            }
            if (polls.isEmpty()) {
                none("No polls.");
            }
        }

        private void participation(Participation p, SessionCharts charts) {
            heading(2, "Participation");
            heading(3, "Speakers");
            charts.speakers().ifPresent(this::picture);
            if (p.speakers().isEmpty()) {
                none("No spoken turns.");
            } else {
                table(List.of("Speaker", "Stakeholder group", "Turns", "Words", "Share", "Time", "Words/min"),
                        p.speakers().stream().map(s -> List.of(s.name(), dash(s.stakeholderGroup()),
                                Integer.toString(s.turns()), Integer.toString(s.words()), share(s.share()),
                                s.seconds() != null ? Charts.clock(s.seconds()) : "",
                                s.wordsPerMinute() != null ? Long.toString(Math.round(s.wordsPerMinute())) : ""))
                                .toList());
            }
            heading(3, "Stakeholder groups");
            charts.groups().ifPresent(this::picture);
            if (p.stakeholderGroups().isEmpty()) {
                none("No stakeholder groups known.");
            } else {
                table(List.of("Group", "Speakers", "Words", "Share"), p.stakeholderGroups().stream()
                        .map(g -> List.of(g.group(), Integer.toString(g.speakers()), Integer.toString(g.words()),
                                share(g.share())))
                        .toList());
            }
            if (charts.timeline().isPresent()) {
                heading(3, "Timeline of turns");
                picture(charts.timeline().get());
            }
            heading(3, "Chat and attendance");
            paragraph(null, p.chat() != null ? "Chat: " + p.chat().messages() + " public messages from "
                    + p.chat().participants() + " participants." : "Chat: no chat log.");
            if (p.chat() != null && !p.chat().links().isEmpty()) {
                BigInteger list = newList(STNumberFormat.BULLET);
                p.chat().links().forEach(link -> item(list, null, link, null, List.of()));
            }
            paragraph(null, p.attendance() != null ? "Attendance: " + p.attendance().participants() + " participants"
                    + (p.attendance().source() != null ? " (" + p.attendance().source() + ")" : "") + "."
                    : "Attendance: no attendance export.");
        }

        private void policy(List<PolicyQuestionCoverage> coverage, SessionInfo s) {
            heading(2, "Policy questions");
            BigInteger list = newList(STNumberFormat.DECIMAL);
            if (!coverage.isEmpty()) {
                coverage.forEach(c -> item(list, null, c.question(), c.addressed() ? "addressed in the talk"
                        : "not found addressed in the talk", c.evidence()));
            } else {
                s.policyQuestions().forEach(q -> item(list, null, q, null, List.of()));
            }
            if (coverage.isEmpty() && s.policyQuestions().isEmpty()) {
                none("None listed on the session page.");
            }
            if (!s.sdgs().isEmpty()) {
                paragraph(null, "SDGs: " + String.join(", ", s.sdgs()));
            }
        }

        private void terms(List<String> keyphrases, List<Entity> entities) {
            heading(2, "Keyphrases and entities");
            if (!keyphrases.isEmpty()) {
                paragraph(null, "Keyphrases: " + String.join("; ", keyphrases));
            }
            if (!entities.isEmpty()) {
                table(List.of("Entity", "Type", "Mentions", "Stands for, parts cited, also named"), entities.stream()
                        .map(e -> List.of(e.text(), e.type(), Integer.toString(e.mentions()), notes(e))).toList());
            }
            if (keyphrases.isEmpty() && entities.isEmpty()) {
                none("None found in the inputs.");
            }
        }

        /** "Cyber Resilience Act; Article 13; also: the EU Cyber Resilience Act". */
        private static String notes(Entity e) {
            List<String> notes = new ArrayList<>();
            if (e.expansion() != null && !e.expansion().equals(e.text())) {
                notes.add(e.expansion());
            }
            if (!e.provisions().isEmpty()) {
                notes.add(String.join(", ", e.provisions()));
            }
            if (!e.forms().isEmpty()) {
                notes.add("also: " + String.join(", ", e.forms()));
            }
            return String.join("; ", notes);
        }

        private void sources(List<SourceFile> sources, List<String> warnings) {
            heading(2, "Sources");
            table(List.of("File", "Kind", "Format", "Items"), sources.stream()
                    .map(f -> List.of(f.file(), String.valueOf(f.kind()), String.valueOf(f.format()),
                            f.items() != null ? Integer.toString(f.items()) : ""))
                    .toList());
            if (!warnings.isEmpty()) {
                heading(2, "Warnings");
                BigInteger list = newList(STNumberFormat.BULLET);
                warnings.forEach(w -> item(list, null, w, null, List.of()));
            }
        }

        // ---- building blocks ----

        private void heading(int level, String text) {
            paragraph("Heading" + level, text);
        }

        private XWPFParagraph paragraph(String style, String text) {
            XWPFParagraph p = doc.createParagraph();
            if (style != null) {
                p.setStyle(style);
            }
            p.createRun().setText(shown(text));
            return p;
        }

        private void none(String text) {
            paragraph(null, text).getRuns().get(0).setItalic(true);
        }

        /** A list item: an optional bold lead ("To governments: "), the text, who said it, and its evidence. */
        private void item(BigInteger list, String lead, String text, String by, List<Evidence> evidence) {
            item(list, lead, text, by, evidence, List.of());
        }

        /** A list item whose footnote also cites {@code further}: where else the speaker said it. */
        private void item(BigInteger list, String lead, String text, String by, List<Evidence> evidence,
                          List<Evidence> further) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("ListParagraph");
            p.setNumID(list);
            p.setNumILvl(BigInteger.ZERO);
            if (lead != null) {
                XWPFRun l = p.createRun();
                l.setBold(true);
                l.setText(shown(lead));
            }
            p.createRun().setText(shown(text));
            if (by != null) {
                XWPFRun b = p.createRun();
                b.setText(shown(" — " + by));
                b.setColor("5D6778");
            }
            footnote(p, evidence, further);
        }

        /** A paragraph under a list item that follows it up (an answer, a resolution), indented with it. */
        private void follow(String lead, String text, List<Evidence> evidence) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("ListParagraph");
            p.setIndentationLeft(720);
            XWPFRun l = p.createRun();
            l.setItalic(true);
            l.setText(shown(lead));
            p.createRun().setText(shown(text));
            footnote(p, evidence);
        }

        /** The evidence of a statement as one footnote at its end, a paragraph per quote. */
        private void footnote(XWPFParagraph p, List<Evidence> evidence) {
            footnote(p, evidence, List.of());
        }

        /** The evidence of a statement, then {@code further} quotes marked as said elsewhere on it, as one footnote. */
        private void footnote(XWPFParagraph p, List<Evidence> evidence, List<Evidence> further) {
            if (evidence.isEmpty() && further.isEmpty()) {
                return;
            }
            XWPFFootnote note = doc.createFootnote();
            List<Evidence> all = new ArrayList<>(evidence);
            all.addAll(further);
            for (int i = 0; i < all.size(); i++) {
                Evidence e = all.get(i);
                XWPFParagraph line = note.createParagraph();
                line.setStyle("FootnoteText");
                if (i == 0) {
                    note.ensureFootnoteRef(line);
                    line.createRun().setText(" ");
                }
                String said = i < evidence.size() ? "" : "Also said on this theme: ";
                line.createRun().setText(shown(said + cite(e) + ": "));
                XWPFRun quote = line.createRun();
                quote.setItalic(true);
                quote.setText(shown("“" + e.quote() + "”"));
            }
            p.addFootnoteReference(note);
        }

        /** "Speaker, file:line, time", as report.html cites evidence. */
        private static String cite(Evidence e) {
            String where = (e.file() != null ? e.file() : String.valueOf(e.source()))
                    + (e.line() != null ? ":" + e.line() : "");
            return Stream.of(e.speaker(), where, e.time()).filter(x -> x != null && !x.isBlank())
                    .collect(Collectors.joining(", "));
        }

        private void table(List<String> header, List<List<String>> rows) {
            XWPFTable table = doc.createTable(rows.size() + 1, header.size());
            table.setWidth("100%");
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            for (int c = 0; c < header.size(); c++) {
                cell(head, c, header.get(c)).setBold(true);
                head.getCell(c).setColor("F4F7FA");
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < header.size(); c++) {
                    cell(table.getRow(r + 1), c, rows.get(r).get(c));
                }
            }
            doc.createParagraph(); // Word joins tables that touch; a paragraph keeps them apart
        }

        private static XWPFRun cell(XWPFTableRow row, int column, String text) {
            XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setText(shown(text));
            return run;
        }

        /** A chart as a picture across the text width, its title and description as alternative text. */
        private void picture(Drawing chart) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Figure");
            XWPFRun run = p.createRun();
            double scale = PICTURE_INCHES * 72 / chart.width();
            try {
                run.addPicture(new ByteArrayInputStream(Png.render(chart)), PictureType.PNG,
                        "chart.png", Units.toEMU(chart.width() * scale), Units.toEMU(chart.height() * scale));
            } catch (InvalidFormatException | IOException e) {
                throw new IllegalStateException("cannot add the chart " + chart.title() + " to report.docx", e);
            }
            var properties = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            properties.setTitle(shown(chart.title()));
            properties.setDescr(shown(chart.description()));
        }

        private BigInteger newList(STNumberFormat.Enum format) {
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            list.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
            CTLvl level = list.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal(format);
            level.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "•" : "%1.");
            CTInd indent = level.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(720));
            indent.setHanging(BigInteger.valueOf(360));
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(list, numbering));
            return numbering.addNum(abstractId);
        }

        private static String dash(String value) {
            return value == null || value.isBlank() ? "—" : value;
        }

        private static String share(Double share) {
            return share == null ? "" : String.format(Locale.ROOT, "%.1f%%", share * 100);
        }
    }

    /**
     * Text as Word may hold it: control characters made visible, as in the other outputs, and the two code points
     * XML forbids outright left out (a document holding either would not open).
     */
    static String shown(String text) {
        return NOT_XML.matcher(VisibleText.of(text)).replaceAll("");
    }

    // ---- styles: Word's built-in names, so Word and LibreOffice treat them as their own headings and lists ----

    private static CTStyles styles() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        var fonts = defaults.addNewRFonts();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        fonts.setCs("Calibri");
        defaults.addNewSz().setVal(BigInteger.valueOf(22));
        defaults.addNewLang().setVal("en-GB");
        CTStyle normal = style(styles, "Normal", "Normal", STStyleType.PARAGRAPH, null);
        normal.setDefault(true);
        normal.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
        heading(styles, "Title", "Title", null, 48, "1C2430");
        heading(styles, "Subtitle", "Subtitle", null, 24, "5D6778");
        heading(styles, "Heading1", "heading 1", 0, 32, "0A5A87");
        heading(styles, "Heading2", "heading 2", 1, 28, "0A5A87");
        heading(styles, "Heading3", "heading 3", 2, 24, "1C2430");
        CTStyle list = style(styles, "ListParagraph", "List Paragraph", STStyleType.PARAGRAPH, "Normal");
        list.addNewPPr().addNewContextualSpacing();
        style(styles, "FormField", "Form Field", STStyleType.PARAGRAPH, "Normal").addNewPPr().addNewSpacing()
                .setAfter(BigInteger.valueOf(200));
        style(styles, "Figure", "Figure", STStyleType.PARAGRAPH, "Normal").addNewPPr().addNewKeepNext();
        CTStyle note = style(styles, "FootnoteText", "footnote text", STStyleType.PARAGRAPH, "Normal");
        note.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        note.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
        style(styles, "FootnoteReference", "footnote reference", STStyleType.CHARACTER, null).addNewRPr()
                .addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        return styles;
    }

    private static void heading(CTStyles styles, String id, String name, Integer outline, int halfPoints,
                                String colour) {
        CTStyle heading = style(styles, id, name, STStyleType.PARAGRAPH, "Normal");
        heading.addNewNext().setVal("Normal");
        CTPPrGeneral paragraph = heading.addNewPPr();
        paragraph.addNewKeepNext();
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(outline == null ? 0 : 240));
        spacing.setAfter(BigInteger.valueOf(120));
        if (outline != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr run = heading.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal(colour);
    }

    private static CTStyle style(CTStyles styles, String id, String name, STStyleType.Enum type, String basedOn) {
        CTStyle style = styles.addNewStyle();
        style.setStyleId(id);
        style.setType(type);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        return style;
    }
}
