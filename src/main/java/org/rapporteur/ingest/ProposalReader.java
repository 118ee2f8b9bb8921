package org.rapporteur.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.language.PhraseTable;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;
import org.rapporteur.model.Text;

/**
 * The IGF session page ("proposal"), as text or HTML. Layout assumed, labels matched leniently (case, plural,
 * trailing colon):
 * <pre>
 * IGF 2022 WS #530 Title            first line: session code, then the title (the code may be absent)
 * Organizer 1: Name, Organisation
 * Speaker 1: Name, Stakeholder group, Regional group
 * Moderator | Onsite Moderator      heading; one person per following line ("Name, group, region")
 * Online Moderator | Rapporteur     same
 * Format                            "Round Table - U-shape - 90 Min"; or a line and "Duration (minutes): 60"
 * Policy Question(s)                one question per line, or a paragraph of "Theme: question? question?"
 * SDGs                              "9. Industry, Innovation and Infrastructure", one per line
 * Theme | Thematic Track | Track    the theme the session is listed under: the first line ("Theme: ..." too)
 * </pre>
 * A person named in several roles is one {@link Person} with those roles. Names written in capitals
 * ("Lucien M. CASTEX") are shown in title case. The session id is the folder's name (the session reader sets it).
 */
public final class ProposalReader implements InputReader {

    public static final String FORMAT = "igf-proposal";

    private static final String SESSION_TYPE = "(?:WS|Workshop|Town\\s*Hall|Open\\s*Forum|Lightning\\s*Talk"
            + "|Launch\\s*(?:&|and)\\s*Award|Networking\\s*Session|Dynamic\\s*Coalition|DC|Day\\s*0\\s*Event"
            + "|Main\\s*Session|High[- ]Level\\s*Session|NRIs?\\s*(?:Collaborative\\s*)?Session"
            + "|Parliamentary\\s*(?:Track\\s*(?:Session)?|Session)|Youth\\s*Session|Pre-?Event)";
    /** The day and the room the IGF website puts between year and code ("IGF 2026 - Day 3 - Workshop Room 4 - WS #144"). */
    private static final String DAY_AND_ROOM = "(?:Day\\s++\\d++\\s*+[-–—]?\\s*+)?"
            + "(?:(?:\\p{Lu}\\p{L}*+\\s++){0,2}Room\\s++\\w{1,3}\\s*+[-–—]?\\s*+)?";
    private static final Pattern YEAR = Pattern.compile("(?i)IGF\\s+\\d{4}\\s*+");
    private static final Pattern DAY_AND_ROOM_PART = Pattern.compile("(?i)[-–—]?\\s*+" + DAY_AND_ROOM);
    private static final Pattern CODE_LINE = Pattern.compile("(?i)^((?:IGF\\s+\\d{4}\\s*+[-–—]?\\s*+)?" + DAY_AND_ROOM
            + "(?:" + SESSION_TYPE + "\\s*+#?\\s*+\\d+|Committee\\s++Hearing\\s++\\S+)"
            // a session type the list does not know, numbered after the year: "IGF 2025 High-Level Roundtable #3"
            + "|IGF\\s++\\d{4}\\s++(?:[\\p{L}&-]++\\s++){1,4}#\\s*+\\d++)\\s*+[-–—:|]?\\s*+(.*)$");
    private static final Pattern PERSON_LINE = Pattern.compile(
            "(?i)^\\s*+(Co-?organi[sz]er|Organi[sz]er|Speaker|Panel+ist)s?\\s*+\\d*+\\s*+:\\s*+(.*)$");
    private static final Pattern INLINE_LABEL = Pattern.compile("^\\s*([\\p{L}][\\p{L}()\\-/ ]{1,40}?)\\s*:\\s*(.*)$");
    private static final Pattern DURATION =
            Pattern.compile("(?i)duration\\s*+(?:\\(\\s*+min(?:ute)?s?\\s*+\\))?\\s*+:?\\s*+(\\d{1,3})");
    private static final Pattern MINUTES = Pattern.compile("(?i)(\\d{1,3})\\s*min(?:ute)?s?\\b");
    private static final Pattern SDG =
            Pattern.compile("(?i)^(?:\\d{1,2}\\s*[.)]|SDG\\s*\\d{1,2}|Goal\\s*\\d{1,2})\\s*\\S.*");
    /**
     * The header a browser prints atop a saved page, "6/25/26, 9:12 AM    Page title | Site": the page's title, not
     * the session's.
     */
    private static final Pattern PRINT_HEADER = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}"
            + "(?:\\s*+[AaPp][Mm])?\\s.*");
    private static final Pattern BULLET = Pattern.compile("^(?:[-•*–]|\\(?[A-Za-z]\\)|[A-Z][.)]|\\d{1,2}[.)])\\s+");
    private static final Pattern THEME = Pattern.compile("^[\\p{Lu}][^:?]{2,80}:\\s+\\S");
    /** label() runs on every line of every file this reader is asked to detect: its patterns are compiled once. */
    private static final Pattern TRAILING_COLONS = Pattern.compile("(?<![:\\s])[:\\s]++$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A room named at a title's end after a dash (" - Workshop Room 4", " – Main Plenary Hall"). */
    private static final Pattern ROOM_ENDING = Pattern.compile("\\s[-–—]\\s++((?:\\p{Lu}\\p{L}*+|\\d++)"
            + "(?:\\s++(?:\\p{Lu}\\p{L}*+|\\d++)){0,3})$");
    private static final Cue VENUE = Lexicon.cue("speaker-label-venue");
    private static final Cue IGF_PROCESS = Lexicon.cue("igf-process");
    /** A name opening on "IGF" ("IGF Parliamentary Track", "IGF Secretariat") is a part of the IGF, not a person. */
    private static final Pattern IGF_BODY = Pattern.compile("IGF\\b");
    /** A caption file's " - RAW COPY" ending; found from the start of a run of spaces and dashes only. */
    private static final Pattern RAW_ENDING =
            Pattern.compile("(?i)(?<![\\s\\-–—])[\\s\\-–—]*+RAW(?:\\s++COPY)?\\s*+$");
    private static final PhraseTable REGIONS = PhraseTable.read("facts/regional-groups.txt");
    private static final List<String> GROUPS = List.of("government", "civil society", "private sector",
            "technical community", "intergovernmental organization", "intergovernmental organisation",
            "international organization", "international organisation", "academia", "parliament", "youth");

    private enum Section { MODERATOR, ONLINE_MODERATOR, RAPPORTEUR, FORMAT, POLICY, SDGS, THEME, OTHER }

    /** Headings by their lower-case label without "(s)", plural "s" or colon. */
    private static final Map<String, Section> HEADINGS = headings();

    private static Map<String, Section> headings() {
        Map<String, Section> h = new LinkedHashMap<>();
        for (String s : List.of("moderator", "onsite moderator", "on-site moderator", "on site moderator",
                "in-person moderator", "in person moderator", "chair")) {
            h.put(s, Section.MODERATOR);
        }
        for (String s : List.of("online moderator", "remote moderator", "virtual moderator")) {
            h.put(s, Section.ONLINE_MODERATOR);
        }
        h.put("rapporteur", Section.RAPPORTEUR);
        h.put("format", Section.FORMAT);
        h.put("session format", Section.FORMAT);
        h.put("policy question", Section.POLICY);
        h.put("sdg", Section.SDGS);
        for (String s : List.of("theme", "main theme", "thematic track", "track")) {
            h.put(s, Section.THEME);
        }
        for (String s : List.of("description", "expected outcome", "online participation", "target",
                "connection with previous message", "hybrid format", "key takeaway", "call to action",
                "session report", "organizer", "organiser", "speaker", "subtheme",
                "issue", "language", "duration", "interaction", "content", "format description",
                "session description", "relevance to internet governance", "relevance to theme", "summary",
                "agenda", "tag", "documents", "links", "additional reading", "session objectives")) {
            h.put(s, Section.OTHER);
        }
        return Map.copyOf(h);
    }

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        SourceText text = file.content();
        List<String> head = text.head(400);
        if (head.isEmpty() || head.stream().anyMatch(l -> l.stripLeading().startsWith(">>"))) {
            return Optional.empty();
        }
        int first = Math.max(0, firstNonBlank(head));
        int signals = (CODE_LINE.matcher(head.get(first).strip()).matches() ? 1 : 0)
                + (head.stream().anyMatch(l -> PERSON_LINE.matcher(l).matches()) ? 1 : 0)
                + (head.stream().anyMatch(l -> heading(l) == Section.POLICY) ? 1 : 0)
                + (head.stream().map(ProposalReader::heading).anyMatch(h -> h == Section.MODERATOR
                || h == Section.FORMAT) ? 1 : 0);
        return signals >= 2 ? Optional.of(FORMAT) : Optional.empty();
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws InputException, IOException {
        List<String> lines = file.content().lines().stream().map(String::strip).toList();
        int first = firstNonBlank(lines);
        if (first < 0) {
            throw new InputException(file.name(), "the session page is empty");
        }
        String code = null;
        String title = lines.get(first);
        Matcher m = CODE_LINE.matcher(title);
        if (m.matches()) {
            code = sessionCode(title).orElseThrow();
            title = m.group(2).isBlank() ? code : m.group(2).strip();
        } else if (PERSON_LINE.matcher(title).matches() || heading(title) != null) {
            title = null;
        }

        People people = new People();
        String formatLine = null;
        Integer duration = null;
        List<String> questions = new ArrayList<>();
        List<String> sdgs = new ArrayList<>();
        String theme = null;
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher person = PERSON_LINE.matcher(line);
            Matcher d = DURATION.matcher(line);
            if (duration == null && d.lookingAt()) {
                duration = Integer.valueOf(d.group(1));
            }
            if (person.matches()) {
                Role role = person.group(1).toLowerCase(Locale.ROOT).contains("organi") ? Role.ORGANIZER : Role.SPEAKER;
                people.add(person.group(2), role);
                continue;
            }
            Section section = heading(line);
            if (section == null || section == Section.OTHER) {
                continue;
            }
            List<String> body = body(lines, i);
            switch (section) {
                case MODERATOR -> body.forEach(b -> people.add(b, Role.MODERATOR));
                case ONLINE_MODERATOR -> body.forEach(b -> people.add(b, Role.ONLINE_MODERATOR));
                case RAPPORTEUR -> body.forEach(b -> people.add(b, Role.RAPPORTEUR));
                case FORMAT -> formatLine = body.stream()
                        .filter(b -> !b.toLowerCase(Locale.ROOT).startsWith("duration")
                                && !b.toLowerCase(Locale.ROOT).startsWith("format description"))
                        .findFirst().orElse(formatLine);
                case POLICY -> questions.addAll(questions(body));
                case SDGS -> body.stream().takeWhile(b -> SDG.matcher(b).matches()).forEach(sdgs::add);
                case THEME -> theme = theme != null || body.isEmpty() ? theme : body.get(0);
                default -> { }
            }
        }
        if (duration == null && formatLine != null) {
            Matcher minutes = MINUTES.matcher(formatLine);
            duration = minutes.find() ? Integer.valueOf(minutes.group(1)) : null;
        }
        if (title == null) {
            title = code != null ? code : folderName(file);
        }
        SessionInfo info = new SessionInfo(folderName(file), code, title, formatLine, duration, questions, sdgs,
                List.of()).withTheme(theme);
        List<Person> listed = people.list();
        parts.proposal = new Proposal(info, listed);
        parts.sources.add(new SourceFile(file.name(), SourceKind.PROPOSAL, format, listed.size()));
    }

    /**
     * The session code a title line starts with, without the day and room ("IGF 2022 Day 4 Town Hall #110 Title -
     * RAW" → "IGF 2022 Town Hall #110", "IGF 2026 - Day 3 - Workshop Room 4 - WS #144 ..." → "IGF 2026 WS #144").
     */
    static Optional<String> sessionCode(String line) {
        Matcher m = CODE_LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String code = m.group(1);
        Matcher year = YEAR.matcher(code);
        int from = year.lookingAt() ? year.end() : 0;
        Matcher dayAndRoom = DAY_AND_ROOM_PART.matcher(code).region(from, code.length());
        String rest = dayAndRoom.lookingAt() ? code.substring(dayAndRoom.end()) : code.substring(from);
        return Optional.of(Text.collapse(code.substring(0, from) + " " + rest));
    }

    /**
     * The title after a session code on a line, without a caption file's " - RAW" ending nor the room it names
     * before it (" - Workshop Room 4": a few capitalised words or numbers, one of them a venue's).
     */
    static Optional<String> titleAfterCode(String line) {
        Matcher m = CODE_LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String title = RAW_ENDING.matcher(m.group(2)).replaceAll("").strip();
        Matcher room = ROOM_ENDING.matcher(title);
        if (room.find() && VENUE.find(room.group(1)) && room.start() > 0) {
            title = title.substring(0, room.start()).strip();
        }
        return Optional.of(title).filter(t -> !t.isEmpty());
    }

    private static String folderName(InputFile file) {
        Path parent = file.path().toAbsolutePath().getParent();
        return parent == null || parent.getFileName() == null ? file.name() : parent.getFileName().toString();
    }

    /** The section a line opens: a heading alone on its line, or "Label: value" with a known label. */
    private static Section heading(String line) {
        String s = line.strip();
        Section alone = HEADINGS.get(label(s));
        if (alone != null) {
            return alone;
        }
        Matcher m = INLINE_LABEL.matcher(s);
        return m.matches() ? HEADINGS.get(label(m.group(1))) : null;
    }

    private static String label(String s) {
        String l = WHITESPACE.matcher(TRAILING_COLONS.matcher(s.toLowerCase(Locale.ROOT).replace("(s)", ""))
                .replaceAll("")).replaceAll(" ").strip();
        return l.endsWith("s") && !l.endsWith("ss") ? l.substring(0, l.length() - 1) : l;
    }

    /**
     * The lines of the section opened at {@code start}: the value after "Label:" on the heading line, then the
     * non-blank lines up to the next heading or person line.
     */
    private static List<String> body(List<String> lines, int start) {
        List<String> body = new ArrayList<>();
        Matcher inline = INLINE_LABEL.matcher(lines.get(start));
        if (HEADINGS.get(label(lines.get(start))) == null && inline.matches() && !inline.group(2).isBlank()) {
            body.add(inline.group(2).strip());
        }
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (heading(line) != null || PERSON_LINE.matcher(line).matches()) {
                break;
            }
            if (!line.isBlank()) {
                body.add(line);
            }
        }
        return body;
    }

    /**
     * Policy questions: each line a question, a line holding several "?" split at them. A paragraph of
     * "Theme: question? question?" gives one question per theme. The first line without a "?" after some
     * questions ends them (prose that follows the questions on the page).
     */
    static List<String> questions(List<String> body) {
        List<String> out = new ArrayList<>();
        for (String line : unwrapped(body)) {
            if (!line.contains("?") && !out.isEmpty()) {
                break;
            }
            String text = BULLET.matcher(line).replaceFirst("");
            List<String> sentences = List.of(text.split("(?<=\\?)\\s+"));
            boolean themed = sentences.stream().filter(s -> THEME.matcher(s).find()).count() > 1;
            List<String> merged = new ArrayList<>();
            for (String s : sentences) {
                if (merged.isEmpty() || !themed || THEME.matcher(s).find()) {
                    merged.add(s.strip());
                } else {
                    merged.set(merged.size() - 1, merged.get(merged.size() - 1) + " " + s.strip());
                }
            }
            merged.stream().filter(q -> !q.isBlank()).forEach(out::add);
        }
        return out;
    }

    /**
     * The lines with a question wrapped over two put back together: a line opening in lower case goes on with the one
     * before where that one ends on no stop (a PDF's printed lines, "… let data flow freely" / "between them?").
     */
    private static List<String> unwrapped(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            int last = out.size() - 1;
            if (last >= 0 && !line.isEmpty() && Character.isLowerCase(line.charAt(0))
                    && !out.get(last).matches(".*[.?!:;]$")) {
                out.set(last, out.get(last) + " " + line);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !PRINT_HEADER.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A stakeholder group's name, alone or with more after it ("Civil Society (NGO)", "Private Sector / Business");
     * an organisation named after one ("Parliament of Ghana") is none.
     */
    private static boolean isGroup(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return GROUPS.stream().anyMatch(g -> l.startsWith(g) && (l.length() == g.length()
                || !Character.isLetter(l.charAt(g.length())) && !l.startsWith(" of ", g.length())));
    }

    /** Whether a page's region field names a UN regional group itself ("Western European and Others Group"). */
    private static boolean namesRegionalGroup(String region) {
        String l = region.toLowerCase(Locale.ROOT);
        return REGIONS.values().stream().anyMatch(v -> l.startsWith(v.toLowerCase(Locale.ROOT)));
    }

    /** The people of the page, one entry per person however many roles they are listed in. */
    private static final class People {

        private final Map<List<String>, Entry> byKey = new LinkedHashMap<>();

        private static final class Entry {
            String name;
            final List<Role> roles = new ArrayList<>();
            String affiliation;
            String group;
            String region;
        }

        /** Adds "Name, Organisation" or "Name, Stakeholder group, Regional group". */
        void add(String value, Role role) {
            List<String> fields = new ArrayList<>();
            for (String f : value.split(",")) {
                fields.add(f.strip());
            }
            String name = fields.get(0);
            // a group, an IGF process or a part of the IGF listed as organiser ("IGF Parliamentary Track, UNDESA") is
            // no person
            if (name.isEmpty() || isGroup(name) || IGF_PROCESS.find(name) || IGF_BODY.matcher(name).lookingAt()
                    || Text.wordCount(name) > 8
                    || Names.key(name).isEmpty()) {
                return;
            }
            List<String> rest = fields.subList(1, fields.size()).stream().filter(f -> !f.isEmpty()).toList();
            Entry e = byKey.computeIfAbsent(Names.key(name), k -> new Entry());
            if (e.name == null) {
                e.name = Names.display(name);
            }
            if (!e.roles.contains(role)) {
                e.roles.add(role);
            }
            String group = null;
            String region = null;
            String affiliation = null;
            if (rest.size() >= 2 && (isGroup(rest.get(rest.size() - 2)) || role != Role.ORGANIZER)) {
                group = rest.get(rest.size() - 2);
                region = rest.get(rest.size() - 1);
                affiliation = rest.size() > 2 ? String.join(", ", rest.subList(0, rest.size() - 2)) : null;
                // "Member of Parliament, Ghana (presiding)": a title or organisation and a country, not a group
                // and a region; the country gives the regional group
                String country = REGIONS.first(region);
                if (!isGroup(group) && country != null && !namesRegionalGroup(region)) {
                    affiliation = affiliation == null ? group : affiliation + ", " + group;
                    group = null;
                    region = country;
                }
            } else if (rest.size() == 1 && isGroup(rest.get(0))) {
                group = rest.get(0);
            } else if (!rest.isEmpty()) {
                affiliation = String.join(", ", rest);
            }
            e.affiliation = e.affiliation != null ? e.affiliation : affiliation;
            e.group = e.group != null ? e.group : group;
            e.region = e.region != null ? e.region : region;
        }

        List<Person> list() {
            return byKey.values().stream()
                    .map(e -> {
                        // stacked titles are the page's protocol, kept as its label of them
                        String name = Names.withoutStackedTitles(e.name);
                        return new Person(name, e.roles, e.affiliation, e.group, e.region,
                                name.equals(e.name) ? List.of() : List.of(e.name));
                    })
                    .toList();
        }
    }
}
