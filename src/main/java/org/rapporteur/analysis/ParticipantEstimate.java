package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rapporteur.ingest.TechnicalAccount;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.language.Numbers;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Poll;
import org.rapporteur.model.Role;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.Sentence;

/**
 * The best participant figure the inputs give, for the IGF form to confirm: an attendance export (online), figures
 * said by those running the session, by anyone of their own group ("18 of us here in the Suva hub") or typed in the
 * chat ("more than 60 people connected", "14 of us in the Lagos hub"), each put online, in the room or at a remote
 * hub by the words of its clause (else of its sentence), and the most respondents of any poll as a floor. Figures
 * for the same place count the same people: the largest is taken; hubs told by different people are different
 * rooms, added. Figures for different places count different people: onsite (the room) and online (connections
 * and remote hubs) are reported apart and the estimate is their sum, or the largest figure without a place where
 * that is more. A hub that followed through one of the attendance export's connections (one named after it, the
 * one its voice spoke or wrote under, or any where someone says it is connected) is its people, counted once, not
 * also as that connection. Every such choice is a warning for the rapporteur to check. A registration report is
 * named in the basis as registrations, never counted. Null when the inputs give no figure and no registrations.
 */
final class ParticipantEstimate {

    private static final Cue FIGURE = Lexicon.cue("attendance-figure");
    private static final Cue OWN_GROUP = Lexicon.cue("attendance-own-group");
    private static final Cue HUB = Lexicon.cue("attendance-hub");
    private static final Cue ONLINE = Lexicon.cue("attendance-online");
    private static final Cue ONSITE = Lexicon.cue("attendance-onsite");
    private static final Cue ELSEWHERE = Lexicon.cue("attendance-elsewhere");
    private static final Cue POLL_RESPONDENTS = Lexicon.cue("poll-respondents");
    private static final Cue CONNECTED = Lexicon.cue("attendance-connected");
    private static final Cue HERE = Lexicon.cue("attendance-here");
    /** A capitalised word: in a hub's figure, the place it is at ("the Suva hub", "our office in Apia"). */
    private static final Pattern PLACE_WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Lu}[\\p{L}'’-]+");
    private static final String CLAUSE_BREAKS = ",;:.!?";
    /** "a city of 80,000 people", "a country of five million": a figure after "of" tells a size, not who came. */
    private static final Pattern SIZE_OF = Pattern.compile("(?i)\\bof\\s*+$");

    private enum Place {
        ONLINE("online"), ONSITE("in the room"), HUB("at a remote hub"), UNKNOWN("");

        final String words;

        Place(String words) {
            this.words = words;
        }
    }

    /** {@code how} the figure was given ("said in the session") and its words ("“more than 60 people”"). */
    private record Figure(int count, Place place, String how, String quote, Evidence evidence) {

        /** "said in the session online: “more than 60 people”": the source with its place, for the basis. */
        String basis() {
            return how + (place == Place.UNKNOWN ? "" : " " + place.words) + (quote == null ? "" : ": " + quote);
        }

        String told() {
            return count + " (" + basis() + ")";
        }

        /** "60 online (said in the session: “more than 60 people”)". */
        String placed() {
            return count + " " + place.words + " (" + how + (quote == null ? "" : ": " + quote) + ")";
        }
    }

    /** The connection of an export a hub followed through, where known which ({@code connection}), in words. */
    private record Via(String connection, String words) {
    }

    /** The estimate, null where the inputs give no figure, and the choices made for it, in words. */
    record Result(Participation.Estimate estimate, List<String> warnings) {

        Result {
            warnings = List.copyOf(warnings);
        }
    }

    private ParticipantEstimate() {
    }

    static Result of(Discussion d) {
        List<Figure> figures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Participation.Attendance attendance = d.session().attendance();
        for (Sentence s : d.sentences()) {
            // a panellist's figures are their subject ("500 people in my village"); anyone may count their own group
            // where they say where it is ("18 of us here in the Suva hub", not "we are eight people" of a start-up)
            boolean running = d.people().chairs(s.speaker()) || d.people().has(s.speaker(), Role.RAPPORTEUR);
            if (running || OWN_GROUP.find(s.text())) {
                // a voice under the venue's room account or microphone is in the room: "35 of us here" counts it;
                // one that says it speaks from a hub is there ("… from the Goma hub. We are 16 of us here.")
                Place here = QuestionChannel.venue(s.turn().label()) ? Place.ONSITE
                        : !running && HUB.find(s.turn().text()) ? Place.HUB : Place.UNKNOWN;
                said(s.text(), s.evidence(), FIGURE, "said in the session", !running, here, figures);
            }
            // a poll read out with no export behind it: its respondents took part
            if (d.people().chairs(s.speaker()) && d.session().polls().isEmpty()) {
                said(s.text(), s.evidence(), POLL_RESPONDENTS, "respondents of a poll read out in the session",
                        false, Place.UNKNOWN, figures);
            }
        }
        for (ChatMessage m : d.session().chat()) {
            if (!m.direct()) {
                said(m.text(), new Evidence(EvidenceSource.CHAT, m.file(), m.sender(), m.line(), m.time(), m.text()),
                        FIGURE, "written in the chat", true, Place.UNKNOWN, figures);
            }
        }
        // the export's connection each remote hub followed through, looked for once
        Map<Figure, Via> hubVias = new HashMap<>();
        if (attendance != null) {
            int twice = joinedTwice(d, attendance, warnings);
            // a room account a hub followed through is the hub's, counted as its people further on
            Set<String> hubsVia = new HashSet<>();
            for (Figure hub : eachHub(figures)) {
                Via via = connection(d, hub, attendance);
                if (via != null) {
                    hubVias.put(hub, via);
                }
                if (via != null && via.connection() != null) {
                    hubsVia.add(via.connection().toLowerCase(Locale.ROOT));
                }
            }
            List<String> rooms = venueRooms(d, attendance, hubsVia, warnings);
            int count = attendance.participants() - twice - rooms.size();
            figures.add(0, new Figure(count, Place.ONLINE, attendance.basis(), count
                    + " participants" + (twice == 0 ? "" : " (" + twice + " more connections of people who joined "
                    + "under another name too)") + (rooms.isEmpty() ? "" : " (not counting the room's connection "
                    + String.join(", ", rooms) + ")"), null));
        }
        Poll busiest = null;
        for (Poll p : d.session().polls()) {
            if (p.responses() != null && (busiest == null || p.responses() > busiest.responses())) {
                busiest = p;
            }
        }
        if (busiest != null) {
            figures.add(new Figure(busiest.responses(), Place.UNKNOWN, "most respondents of a poll ("
                    + (busiest.title() != null ? busiest.title() : busiest.question()) + ")",
                    String.valueOf(busiest.responses()), null));
        }
        // who signed up is no count of who came: named for the rapporteur, never counted
        Participation.Registration registration = d.session().registration();
        String registered = registration == null ? null : "registration report (" + registration.source() + "): "
                + registration.registrants() + " registered, not counted, as registrants are not participants";
        if (figures.isEmpty()) {
            return new Result(registered == null ? null
                    : new Participation.Estimate(null, null, null, registered, List.of()), List.of());
        }
        Map<Place, Figure> largest = new EnumMap<>(Place.class);
        List<Figure> eachHub = eachHub(figures);
        for (Place place : Place.values()) {
            (place == Place.HUB ? hubs(eachHub, figures, warnings) : largest(figures, place, warnings))
                    .ifPresent(f -> largest.put(place, f));
        }
        // A hub that followed through one of the export's connections is its people, not one more connection.
        List<String> hubConnections = new ArrayList<>();
        Figure connections = largest.get(Place.ONLINE);
        if (attendance != null && connections != null) {
            for (Figure hub : eachHub) {
                Via via = hubVias.get(hub);
                if (via != null && hubConnections.size() < connections.count()) {
                    hubConnections.add(via.words());
                    warnings.add("The remote hub of \u201c" + hub.evidence().quote().strip() + "\u201d ("
                            + where(hub.evidence()) + ") followed the session through " + via.words() + " of "
                            + attendance.source() + ": the estimate counts its " + hub.count()
                            + " people once, and not that connection as well.");
                }
            }
        }
        // A remote hub follows the session over the stream: the IGF counts its people as remote (online)
        // participation, in addition to the individual connections.
        Integer online = largest.containsKey(Place.ONLINE) || largest.containsKey(Place.HUB)
                ? orZero(count(connections)) - hubConnections.size() + orZero(count(largest.get(Place.HUB)))
                : null;
        Integer onsite = count(largest.get(Place.ONSITE));
        int placed = orZero(online) + orZero(onsite);
        List<Figure> places = largest.values().stream().filter(f -> f.place() != Place.UNKNOWN).toList();
        if (places.size() > 1) {
            warnings.add("The participant estimate adds " + places.stream()
                    .map(Figure::placed)
                    .collect(Collectors.joining(" and ")) + " as different people: check that none of them was "
                    + "counted twice.");
        }
        Figure unplaced = largest.get(Place.UNKNOWN);
        int total = placed;
        if (unplaced != null && unplaced.count() > placed) {
            total = unplaced.count();
            if (placed > 0) {
                warnings.add("The participant estimate is " + unplaced.told() + ", more than the " + placed
                        + " said to be online or onsite: check it.");
            }
        }
        List<String> basis = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Figure f : figures) {
            basis.add(f.basis());
            if (f.evidence() != null) {
                evidence.add(f.evidence());
            }
        }
        hubConnections.forEach(via -> basis.add(via + " is a remote hub's connection: counted as the hub's people"));
        if (registered != null) {
            basis.add(registered);
        }
        return new Result(new Participation.Estimate(total, onsite, online, String.join("; ", basis), evidence),
                warnings);
    }

    /**
     * The first figure the cue finds in the text, placed by its words, else {@code unplaced}; {@code placed}: only
     * where the words say where its people are. One person is never a participant figure ("every one of us").
     */
    private static void said(String text, Evidence evidence, Cue cue, String how, boolean placed, Place unplaced,
            List<Figure> figures) {
        if (!cue.mayHold(text)) {
            return;
        }
        Matcher m = cue.matcher(text);
        // one figure for each place a sentence names ("forty of you in the room, and twenty-five people on Zoom")
        Set<Place> places = EnumSet.noneOf(Place.class);
        while (m.find()) {
            OptionalInt said = Numbers.value(m.group());
            if (said.isEmpty()) {
                continue;
            }
            int count = said.getAsInt();
            if (count < 2 || SIZE_OF.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            // the figure's own clause first: "35 people here in the room, and many more online, including a hub"
            // puts the 35 in the room; a clause without a place takes the sentence's ("the Lagos hub, 14 people")
            String clause = clause(text, m.start(), m.end());
            Place place = nearestPlace(clause, clause.indexOf(m.group().strip()));
            place = place == Place.UNKNOWN ? place(text) : place;
            // "35 of us here" under the room's microphone is the room; "we are eight people" there is a company's size
            place = place == Place.UNKNOWN && HERE.find(clause) ? unplaced : place;
            // "we have the Freetown hub with us, with 18 people in the room there": the room is the hub's; so is the
            // room a hub's own connection writes from ("Lagos Hub - Yaba": "14 of us in the room")
            if (place == Place.ONSITE && (ELSEWHERE.find(clause) && HUB.find(text)
                    || evidence.speaker() != null && HUB.find(evidence.speaker()))) {
                place = Place.HUB;
            }
            if (placed && place == Place.UNKNOWN || !places.add(place)) {
                continue;
            }
            figures.add(new Figure(count, place, how, "\u201c" + m.group().strip() + "\u201d", evidence));
            if (place == Place.UNKNOWN) {
                return;
            }
        }
    }

    /** Where the words put a figure: a hub first, as "the Lagos remote hub" is a room of people, not connections. */
    private static Place place(String words) {
        return HUB.find(words) ? Place.HUB : ONLINE.find(words) ? Place.ONLINE
                : ONSITE.find(words) ? Place.ONSITE : Place.UNKNOWN;
    }

    /**
     * Where a clause puts the figure at {@code at}: a hub anywhere in it; else the online or onsite words nearest the
     * figure ("40 parliamentarians here in the room and more following online" are in the room).
     */
    private static Place nearestPlace(String clause, int at) {
        if (HUB.find(clause) || at < 0) {
            return place(clause);
        }
        int online = distance(ONLINE, clause, at);
        int onsite = distance(ONSITE, clause, at);
        return online == Integer.MAX_VALUE && onsite == Integer.MAX_VALUE ? Place.UNKNOWN
                : online < onsite ? Place.ONLINE : Place.ONSITE;
    }

    /** How far the cue's nearest match in the clause starts from {@code at}; the largest int where none. */
    private static int distance(Cue cue, String clause, int at) {
        int best = Integer.MAX_VALUE;
        if (!cue.mayHold(clause)) {
            return best;
        }
        Matcher m = cue.matcher(clause);
        while (m.find()) {
            best = Math.min(best, Math.abs(m.start() - at));
        }
        return best;
    }

    /** The clause holding text[from, to): between the punctuation marks around it. */
    private static String clause(String text, int from, int to) {
        int start = from;
        while (start > 0 && CLAUSE_BREAKS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = to;
        while (end < text.length() && CLAUSE_BREAKS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end);
    }

    /**
     * The largest figure of a place. Several different figures for the same place may count the same people
     * ("more than 60 connected" and an export's 73): the largest is taken and the choice warned about.
     */
    private static Optional<Figure> largest(List<Figure> figures, Place place, List<String> warnings) {
        List<Figure> here = figures.stream().filter(f -> f.place() == place).toList();
        Optional<Figure> best = here.stream().max(Comparator.comparingInt(Figure::count));
        if (best.isPresent() && here.stream().map(Figure::count).distinct().count() > 1) {
            String which = place == Place.UNKNOWN ? "Participant figures" : "Participants " + place.words;
            warnings.add(which + ": " + here.stream().map(Figure::told)
                    .collect(Collectors.joining(" and ")) + " may count the same people; the estimate takes the "
                    + "largest, " + best.get().count() + ": check it.");
        }
        return best;
    }

    /** The figures of each remote hub: hubs told by different people are different rooms; one person's, one. */
    private static List<Figure> eachHub(List<Figure> figures) {
        List<List<Figure>> hubs = new ArrayList<>();
        for (Figure f : figures) {
            if (f.place() != Place.HUB) {
                continue;
            }
            hubs.stream().filter(h -> h.stream().anyMatch(g -> sameHub(f, g))).findFirst()
                    .ifPresentOrElse(h -> h.add(f), () -> hubs.add(new ArrayList<>(List.of(f))));
        }
        return hubs.stream().map(h -> h.stream().max(Comparator.comparingInt(Figure::count)).orElseThrow()).toList();
    }

    /**
     * Two figures for one hub: given by the same voice, or naming the same place ("we have the Freetown hub with
     * us" and the chat's "Freetown hub connected"); a capitalised word counts as a place where it does not open
     * its sentence in one of the two.
     */
    private static boolean sameHub(Figure a, Figure b) {
        String whoA = a.evidence() == null ? "" : a.evidence().speaker();
        String whoB = b.evidence() == null ? "" : b.evidence().speaker();
        if (java.util.Objects.equals(whoA, whoB)) {
            return true;
        }
        if (a.evidence() == null || b.evidence() == null) {
            return false;
        }
        List<String> allA = capitalised(a.evidence().quote(), true);
        List<String> allB = capitalised(b.evidence().quote(), true);
        return capitalised(a.evidence().quote(), false).stream().anyMatch(allB::contains)
                || capitalised(b.evidence().quote(), false).stream().anyMatch(allA::contains);
    }

    /** The capitalised words of a text other than "I" and the hub's own word; the first word only if asked. */
    private static List<String> capitalised(String text, boolean withFirst) {
        List<String> words = new ArrayList<>();
        Matcher m = PLACE_WORD.matcher(text);
        while (m.find()) {
            if ((withFirst || m.start() > 0) && !m.group().equals("I") && !HUB.find(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }


    /**
     * The people at remote hubs: hubs whose figures different people gave ("18 of us here in the Suva hub", "6 of
     * us watching together in Apia") are different rooms, added, with a warning; one person's figures are one hub.
     */
    private static Optional<Figure> hubs(List<Figure> each, List<Figure> figures, List<String> warnings) {
        if (each.size() < 2) {
            return largest(figures, Place.HUB, warnings);
        }
        int sum = each.stream().mapToInt(Figure::count).sum();
        warnings.add("Participants at remote hubs: " + each.stream().map(Figure::told)
                .collect(Collectors.joining(" and ")) + " were given by different people, so they are taken as "
                + "different hubs and added, " + sum + ": check that no hub was counted twice.");
        return Optional.of(new Figure(sum, Place.HUB, "different hubs, added", each.stream()
                .map(f -> String.valueOf(f.count())).collect(Collectors.joining(" + ")), null));
    }

    /**
     * The connection of the attendance export a hub followed through, in words; null when nothing shows one: a
     * connection named after the hub's place ("Suva Hub", "suva.hub@…"), the connection the hub's voice spoke or
     * wrote under (its display name, or the person's), or, where someone says the hub is connected ("the Suva hub
     * is connected on Zoom"), one of them.
     */
    private static Via connection(Discussion d, Figure hub, Participation.Attendance attendance) {
        if (hub.evidence() == null) {
            return null;
        }
        List<String> places = capitalised(hub.evidence().quote(), false);
        for (String c : attendance.connections()) {
            if (places.stream().anyMatch(p -> Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(p)
                    + "(?![\\p{L}])").matcher(c).find())) {
                return new Via(displayName(c), "the connection \u201c" + displayName(c) + "\u201d, named after it");
            }
        }
        String speaker = hub.evidence().speaker();
        List<String> voices = new ArrayList<>();
        if (speaker != null) {
            voices.add(speaker);
            org.rapporteur.model.Person p = d.people().person(speaker);
            if (p != null) {
                voices.addAll(p.aliases());
            }
        }
        for (String c : attendance.connections()) {
            for (String v : voices) {
                if (displayName(c).equalsIgnoreCase(v.strip())) {
                    return new Via(displayName(c), "the connection \u201c" + displayName(c)
                            + "\u201d, under which it spoke or wrote");
                }
            }
        }
        for (Sentence s : d.sentences()) {
            if (saysConnected(s.text(), places)) {
                return new Via(null, "a connection (\u201c" + s.text().strip() + "\u201d, " + where(s.evidence())
                        + ")");
            }
        }
        for (ChatMessage c : d.session().chat()) {
            if (!c.direct() && saysConnected(c.text(), places)) {
                return new Via(null, "a connection (\u201c" + c.text().strip() + "\u201d, " + c.file() + " line "
                        + c.line() + ")");
            }
        }
        return null;
    }

    /**
     * Connections of the attendance export that the transcript shows are one person's: a speaker heard under two
     * or more of them (their name and a phone dialling in, a tablet's name and a name changed mid-session) is one
     * participant. Returns how many connections are so counted twice, with a warning naming them.
     */
    private static int joinedTwice(Discussion d, Participation.Attendance attendance, List<String> warnings) {
        Set<String> connected = new HashSet<>();
        for (String c : attendance.connections()) {
            connected.add(displayName(c).strip().toLowerCase(Locale.ROOT));
        }
        int twice = 0;
        for (org.rapporteur.model.Person p : d.people().all()) {
            Set<String> names = new LinkedHashSet<>();
            names.add(p.name());
            names.addAll(p.aliases());
            // "Samuel Quaye" and its caption label "SAMUEL QUAYE" are one connection
            Map<String, String> theirs = new LinkedHashMap<>();
            for (String n : names) {
                String key = n.strip().toLowerCase(Locale.ROOT);
                if (connected.contains(key)) {
                    theirs.putIfAbsent(key, n.strip());
                }
            }
            if (theirs.size() > 1) {
                twice += theirs.size() - 1;
                warnings.add(p.name() + " spoke under " + theirs.size() + " connections of " + attendance.source()
                        + " (" + String.join(", ", theirs.values()) + "): counted as one participant.");
            }
        }
        return twice;
    }

    /**
     * Connections of the export that are the venue's room, account or microphone and no hub's: the people in the
     * room follow or speak through them, so none is an online participant. A connection the transcript heard voices
     * under ("IGF Room 5") is one; where the export holds several such rooms, the venue's is the one the most voices
     * spoke through, and a room another voice alone spoke through ("ECOWAS-ABJ-Boardroom-2", a panellist's office) is
     * away from the venue, one online connection. A connection nobody spoke under is one where its name is a room's
     * account ({@link TechnicalAccount#room}: "Conference Room B", "WS Room 4") and no remote hub followed through it
     * ({@code hubsVia}, lower case). Returns the venue's rooms, with a warning naming each room.
     */
    private static List<String> venueRooms(Discussion d, Participation.Attendance attendance, Set<String> hubsVia,
            List<String> warnings) {
        Map<String, Set<String>> voices = new HashMap<>();
        Set<String> hubs = new HashSet<>(hubsVia);
        for (Turn t : d.session().turns()) {
            if (QuestionChannel.venue(t.label())) {
                String label = t.label().strip().toLowerCase(Locale.ROOT);
                voices.computeIfAbsent(label, k -> new HashSet<>()).add(String.valueOf(t.speaker()));
                // a remote hub's room ("Conference Room B": "18 of us here in the Suva hub") is the hub's, counted so
                if (HUB.find(t.text())) {
                    hubs.add(label);
                }
            }
        }
        hubs.forEach(voices::remove);
        List<String> names = attendance.connections().stream().map(c -> displayName(c).strip())
                .filter(n -> voices.containsKey(n.toLowerCase(Locale.ROOT))).toList();
        int most = names.stream().mapToInt(n -> voices.get(n.toLowerCase(Locale.ROOT)).size()).max().orElse(0);
        List<String> venue = names.stream().filter(n -> voices.get(n.toLowerCase(Locale.ROOT)).size() == most)
                .toList();
        List<String> rooms = new ArrayList<>();
        for (String name : names) {
            Set<String> heard = voices.get(name.toLowerCase(Locale.ROOT));
            if (venue.size() == 1 && !venue.contains(name) && heard.size() == 1) {
                warnings.add("\u201c" + name + "\u201d of " + attendance.source() + " is a room away from the venue:"
                        + " only " + heard.iterator().next() + " spoke through it, while the room's connection is"
                        + " \u201c" + venue.get(0) + "\u201d; counted as one online connection.");
                continue;
            }
            rooms.add("\u201c" + name + "\u201d");
            warnings.add("\u201c" + name + "\u201d of " + attendance.source() + " is the room's connection,"
                    + " through which people in the room spoke: not counted as an online participant; the"
                    + " people in the room are counted onsite where a figure for the room was given.");
        }
        for (String c : attendance.connections()) {
            String name = displayName(c).strip();
            String key = name.toLowerCase(Locale.ROOT);
            if (TechnicalAccount.room(name) && !voices.containsKey(key) && !hubs.contains(key)) {
                rooms.add("\u201c" + name + "\u201d");
                warnings.add("\u201c" + name + "\u201d of " + attendance.source() + " is named as a room's"
                        + " account, not a person's: not counted as an online participant, as it stands for the"
                        + " people in that room (counted onsite where a figure for the room was given); check it.");
            }
        }
        return rooms;
    }

    private static boolean saysConnected(String text, List<String> places) {
        return HUB.find(text) && CONNECTED.find(text) && places.stream().anyMatch(text::contains);
    }

    /** A connection's display name without its e-mail address. */
    private static String displayName(String connection) {
        String name = connection.replaceAll("\\s*+[^\\s@]++@\\S++$", "").strip();
        return name.isEmpty() ? connection : name;
    }

    private static String where(Evidence e) {
        return e.file() + " line " + e.line();
    }

    private static Integer count(Figure f) {
        return f == null ? null : f.count();
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
