package org.rapporteur.messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.rapporteur.analysis.Terms;
import org.rapporteur.messages.IgfMessages.AddresseeCalls;
import org.rapporteur.messages.IgfMessages.Citation;
import org.rapporteur.messages.IgfMessages.Divergence;
import org.rapporteur.messages.IgfMessages.Message;
import org.rapporteur.messages.IgfMessages.SessionRef;
import org.rapporteur.messages.IgfMessages.Theme;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Position;
import org.rapporteur.model.SessionReport;

/**
 * Drafts IGF Messages from completed session reports. Sessions are grouped by the theme their session pages give;
 * the others by what their titles, takeaways and keyphrases share (average-linkage clustering on content words).
 * Per theme, each key takeaway is a candidate message, cited by every session of the theme that made a like point
 * (a takeaway, position or call to action sharing enough content words); the candidates made in most sessions are
 * chosen, up to {@value #MOST} and, where the takeaways are too few, completed to {@value #FEWEST} with the
 * stakeholders' positions. Calls to action are grouped by addressee across all sessions, like calls merged. A
 * message's text is always one report's finding, unchanged. Pure: no files, no Spring.
 *
 * <p>Words are compared as {@link Terms#ofPlainText} gives them, so sessions and points are matched with the same
 * stop list the sessions were analysed with.
 */
public final class MessageDrafter {

    static final int FEWEST = 3;
    static final int MOST = 6;
    /** Cosine of two sessions' word profiles above which they are on one theme. */
    static final double SAME_THEME = 0.2;
    /**
     * Cosine of two findings' content words, weighted by how rare each word is among all findings, above which
     * they make the same point: words every session of a theme uses ("community networks") say little.
     */
    static final double SAME_POINT = 0.35;

    private static final Pattern CODE_PREFIX = Pattern.compile("^IGF\\s+\\d{4}\\s+");
    private static final Pattern ADDRESSEE_LEAD = Pattern.compile("(?i)^(?:the|all|our|every)\\s+");

    private MessageDrafter() {
    }

    /** The messages of these reports; sessions in order of id, so the same reports always give the same draft. */
    public static IgfMessages draft(List<SessionReport> reports) {
        List<SessionReport> sorted = reports.stream()
                .sorted(Comparator.comparing((SessionReport r) -> r.session().id())).toList();
        Rarity rarity = Rarity.of(sorted.stream().flatMap(r -> allPoints(r).stream()).toList());
        List<Group> groups = group(sorted);
        List<SessionRef> refs = new ArrayList<>();
        List<Theme> themes = new ArrayList<>();
        for (Group g : groups) {
            for (SessionReport r : g.reports) {
                refs.add(new SessionRef(r.session().id(), label(r), r.session().code(), r.session().title(), g.name));
            }
            themes.add(new Theme(g.name, g.basis, g.reports.stream().map(r -> r.session().id()).toList(),
                    messages(g.reports, rarity), divergences(g.reports)));
        }
        refs.sort(Comparator.comparing(SessionRef::id));
        return new IgfMessages(IgfMessages.SCHEMA_VERSION, refs, themes, callsByAddressee(sorted, rarity));
    }

    /** How messages cite a session: its code without the "IGF 2022" prefix ("WS #530"), else its id. */
    public static String label(SessionReport report) {
        String code = report.session().code();
        return code == null || code.isBlank() ? report.session().id() : CODE_PREFIX.matcher(code.strip()).replaceFirst("");
    }

    // ---- themes

    private static final class Group {
        final List<SessionReport> reports = new ArrayList<>();
        final Map<String, Integer> profile = new HashMap<>();
        String name;
        String basis;

        void add(SessionReport r, Map<String, Integer> words) {
            reports.add(r);
            words.forEach((w, n) -> profile.merge(w, n, Integer::sum));
        }
    }

    private static List<Group> group(List<SessionReport> reports) {
        Map<String, Group> declared = new LinkedHashMap<>();
        List<Group> open = new ArrayList<>();
        for (SessionReport r : reports) {
            String theme = r.session().theme();
            if (theme != null && !theme.isBlank()) {
                Group g = declared.computeIfAbsent(theme.strip().toLowerCase(Locale.ROOT), k -> new Group());
                g.add(r, profile(r));
                if (g.name == null) {
                    g.name = theme.strip();
                    g.basis = Theme.SESSION_PAGE;
                }
            } else {
                Group g = new Group();
                g.add(r, profile(r));
                open.add(g);
            }
        }
        cluster(open);
        for (Group g : open) {
            g.basis = g.reports.size() > 1 ? Theme.SHARED_TERMS : Theme.SINGLE_SESSION;
            g.name = sharedName(g.reports);
        }
        List<Group> all = new ArrayList<>(declared.values());
        all.addAll(open);
        all.sort(Comparator.comparingInt((Group g) -> -g.reports.size()).thenComparing(g -> g.name));
        return all;
    }

    /** Merges the two most alike groups while any two are alike enough (average linkage on summed profiles). */
    private static void cluster(List<Group> groups) {
        while (groups.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = SAME_THEME;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double s = cosine(groups.get(a).profile, groups.get(b).profile);
                    if (s >= best) {
                        best = s;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                return;
            }
            Group merged = groups.get(bestA);
            Group other = groups.remove(bestB);
            for (SessionReport r : other.reports) {
                merged.add(r, profile(r));
            }
        }
    }

    /** A session's content words and how often its title, keyphrases and takeaways use them. */
    private static Map<String, Integer> profile(SessionReport r) {
        Map<String, Integer> words = new HashMap<>();
        List<String> texts = new ArrayList<>();
        texts.add(r.session().title());
        texts.addAll(r.keyphrases());
        r.keyTakeaways().forEach(t -> texts.add(t.text()));
        for (String text : texts) {
            if (text != null) {
                Terms.ofPlainText(text).forEach(w -> words.merge(w, 1, Integer::sum));
            }
        }
        return words;
    }

    private static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) {
                dot += (double) e.getValue() * other;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Integer> v) {
        return Math.sqrt(v.values().stream().mapToDouble(n -> (double) n * n).sum());
    }

    /**
     * The keyphrase most of the sessions share (its content words all in their profiles); on a tie the one most of
     * them list as a keyphrase, then one of several words ("cyber resilience act" names a theme better than
     * "device"), then the earliest-ranked. The title of the first session where none has keyphrases.
     */
    private static String sharedName(List<SessionReport> reports) {
        List<Set<String>> profiles = reports.stream().map(r -> profile(r).keySet()).toList();
        Map<String, Integer> listedBy = new HashMap<>();
        reports.forEach(r -> r.keyphrases().stream().map(k -> k.toLowerCase(Locale.ROOT)).distinct()
                .forEach(k -> listedBy.merge(k, 1, Integer::sum)));
        String best = null;
        int[] bestKey = null;
        for (SessionReport r : reports) {
            List<String> phrases = r.keyphrases();
            for (int rank = 0; rank < phrases.size(); rank++) {
                Set<String> words = Terms.ofPlainText(phrases.get(rank));
                if (words.isEmpty()) {
                    continue;
                }
                int count = (int) profiles.stream().filter(p -> p.containsAll(words)).count();
                int[] key = {count, listedBy.get(phrases.get(rank).toLowerCase(Locale.ROOT)),
                    words.size() > 1 ? 1 : 0, -rank};
                if (bestKey == null || Arrays.compare(key, bestKey) > 0) {
                    best = phrases.get(rank);
                    bestKey = key;
                }
            }
        }
        return best != null ? best : reports.get(0).session().title();
    }

    // ---- messages

    /** A finding a session made that can carry or support a message. */
    private record Point(SessionReport report, String kind, String text, String speaker,
                         List<Evidence> evidence, Set<String> words) {

        static Point of(SessionReport r, String kind, String text, String speaker,
                        List<Evidence> evidence) {
            return new Point(r, kind, text, speaker, evidence, Terms.ofPlainText(text));
        }

        String session() {
            return report.session().id();
        }

        Citation citation() {
            return new Citation(session(), label(report), kind, text, speaker, evidence);
        }
    }

    private static List<Point> takeaways(SessionReport r) {
        return r.keyTakeaways().stream().map(t -> Point.of(r, "takeaway", t.text(), t.speaker(), t.evidence()))
                .toList();
    }

    private static List<Point> positions(SessionReport r) {
        List<Point> points = new ArrayList<>();
        for (Position p : r.positions()) {
            for (Claim c : p.points()) {
                points.add(Point.of(r, "position", c.text(), p.speaker(), c.evidence()));
            }
        }
        return points;
    }

    /** The session's calls to action: the form's strongest first, then every other it made. */
    private static List<CallToAction> allCalls(SessionReport r) {
        List<CallToAction> calls = new ArrayList<>(r.callsToAction());
        calls.addAll(r.furtherCallsToAction());
        return calls;
    }

    private static List<Point> calls(SessionReport r) {
        return allCalls(r).stream()
                .map(c -> Point.of(r, "call-to-action", c.text(), c.speaker(), c.evidence())).toList();
    }

    /** A candidate message: its point and, per other session, the most alike point that session made. */
    private record Candidate(Point point, List<Point> support, int order) {

        int sessions() {
            return support.size() + 1;
        }

        int evidence() {
            return point.evidence.size() + support.stream().mapToInt(s -> s.evidence.size()).sum();
        }

        Message message() {
            List<Citation> cited = new ArrayList<>();
            cited.add(point.citation());
            support.forEach(s -> cited.add(s.citation()));
            return new Message(point.text, cited);
        }
    }

    private static final Comparator<Candidate> STRONGEST = Comparator.comparingInt(Candidate::sessions).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::evidence).reversed())
            .thenComparingInt(Candidate::order);

    private static List<Point> allPoints(SessionReport r) {
        List<Point> all = new ArrayList<>(takeaways(r));
        all.addAll(positions(r));
        all.addAll(calls(r));
        return all;
    }

    /** How rare each content word is among all the findings: ln(1 + findings / findings using it). */
    private record Rarity(Map<String, Double> weights) {

        static Rarity of(List<Point> points) {
            Map<String, Integer> used = new HashMap<>();
            points.forEach(p -> p.words.forEach(w -> used.merge(w, 1, Integer::sum)));
            Map<String, Double> weights = new HashMap<>();
            used.forEach((w, n) -> weights.put(w, Math.log(1 + (double) points.size() / n)));
            return new Rarity(weights);
        }

        double similarity(Point a, Point b) {
            double shared = 0;
            for (String w : a.words) {
                if (b.words.contains(w)) {
                    shared += square(w);
                }
            }
            return shared == 0 ? 0 : shared / Math.sqrt(mass(a) * mass(b));
        }

        private double mass(Point p) {
            return p.words.stream().mapToDouble(this::square).sum();
        }

        private double square(String w) {
            double weight = weights.getOrDefault(w, 0.0);
            return weight * weight;
        }
    }

    private static List<Message> messages(List<SessionReport> reports, Rarity rarity) {
        Map<String, List<Point>> supportBySession = new LinkedHashMap<>();
        reports.forEach(r -> supportBySession.put(r.session().id(), allPoints(r)));
        List<Candidate> chosen = new ArrayList<>();
        choose(candidates(reports, MessageDrafter::takeaways, supportBySession, rarity), chosen, MOST, rarity);
        if (chosen.size() < FEWEST) {
            choose(candidates(reports, MessageDrafter::positions, supportBySession, rarity), chosen, FEWEST, rarity);
        }
        return chosen.stream().map(Candidate::message).toList();
    }

    private static List<Candidate> candidates(List<SessionReport> reports,
                                              Function<SessionReport, List<Point>> of,
                                              Map<String, List<Point>> supportBySession, Rarity rarity) {
        List<Candidate> candidates = new ArrayList<>();
        for (SessionReport r : reports) {
            for (Point p : of.apply(r)) {
                List<Point> support = new ArrayList<>();
                supportBySession.forEach((session, points) -> {
                    if (!session.equals(p.session())) {
                        mostAlike(p, points, rarity).ifPresent(support::add);
                    }
                });
                candidates.add(new Candidate(p, support, candidates.size()));
            }
        }
        candidates.sort(STRONGEST);
        return candidates;
    }

    private static Optional<Point> mostAlike(Point p, List<Point> points, Rarity rarity) {
        Point best = null;
        double bestScore = SAME_POINT;
        for (Point q : points) {
            double s = rarity.similarity(p, q);
            if (s >= bestScore) {
                best = q;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Adds the strongest candidates up to {@code limit}, none repeating a point already made by a chosen one. */
    private static void choose(List<Candidate> candidates, List<Candidate> chosen, int limit, Rarity rarity) {
        for (Candidate c : candidates) {
            if (chosen.size() >= limit) {
                return;
            }
            boolean repeats = chosen.stream().anyMatch(m -> covers(m, c.point, rarity));
            if (!repeats) {
                chosen.add(c);
            }
        }
    }

    /** Whether a chosen message already makes this point: it is among its citations, or says much the same. */
    private static boolean covers(Candidate message, Point p, Rarity rarity) {
        if (message.point.equals(p) || message.support.contains(p)) {
            return true;
        }
        return rarity.similarity(message.point, p) >= SAME_POINT;
    }

    private static List<Divergence> divergences(List<SessionReport> reports) {
        List<Divergence> out = new ArrayList<>();
        for (SessionReport r : reports) {
            r.disagreements().forEach(d -> out.add(new Divergence(r.session().id(), label(r), d.speaker(), d.with(),
                    d.text(), d.evidence())));
        }
        return out;
    }

    // ---- calls to action

    /** Addressees in order of how many sessions call on them; calls on one addressee merged when alike. */
    private static List<AddresseeCalls> callsByAddressee(List<SessionReport> reports, Rarity rarity) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<List<Point>>> byAddressee = new LinkedHashMap<>();
        for (SessionReport r : reports) {
            for (CallToAction c : allCalls(r)) {
                String key = addresseeKey(c.addressee());
                names.putIfAbsent(key, c.addressee() == null ? null
                        : ADDRESSEE_LEAD.matcher(c.addressee().strip()).replaceFirst(""));
                Point p = Point.of(r, "call-to-action", c.text(), c.speaker(), c.evidence());
                List<List<Point>> merged = byAddressee.computeIfAbsent(key, k -> new ArrayList<>());
                merged.stream()
                        .filter(m -> m.stream().noneMatch(q -> q.session().equals(p.session()))
                                && rarity.similarity(m.get(0), p) >= SAME_POINT)
                        .findFirst()
                        .ifPresentOrElse(m -> m.add(p), () -> merged.add(new ArrayList<>(List.of(p))));
            }
        }
        List<AddresseeCalls> out = new ArrayList<>();
        byAddressee.forEach((key, merged) -> {
            List<Message> calls = merged.stream()
                    .sorted(Comparator.comparingInt((List<Point> m) -> -m.size()))
                    .map(m -> new Message(m.get(0).text, m.stream().map(Point::citation).toList()))
                    .toList();
            out.add(new AddresseeCalls(names.get(key), calls));
        });
        out.sort(Comparator.comparingInt((AddresseeCalls a) -> a.addressee() == null ? 1 : 0)
                .thenComparing(Comparator.comparingLong(MessageDrafter::sessionsCiting).reversed())
                .thenComparing(a -> a.addressee() == null ? "" : a.addressee().toLowerCase(Locale.ROOT)));
        return out;
    }

    private static long sessionsCiting(AddresseeCalls a) {
        Set<String> sessions = new LinkedHashSet<>();
        a.calls().forEach(m -> m.citedIn().forEach(c -> sessions.add(c.session())));
        return sessions.size();
    }

    /** "The governments", "Governments" and "government" are one addressee. */
    static String addresseeKey(String addressee) {
        if (addressee == null || addressee.isBlank()) {
            return "";
        }
        String key = ADDRESSEE_LEAD.matcher(addressee.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
        return key.endsWith("s") && !key.endsWith("ss") ? key.substring(0, key.length() - 1) : key;
    }
}
