package org.rapporteur.messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * Drafts IGF Messages from completed session reports. Sessions are grouped by the theme their session pages give,
 * else by the IGF thematic area their words name ({@link ThematicAreas}); the others by what their titles, takeaways
 * and keyphrases share (agglomerative clustering on content words).
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
        List<String> warnings = new ArrayList<>();
        List<SessionReport> sorted = onceEach(reports.stream()
                .sorted(Comparator.comparing((SessionReport r) -> r.session().id())).toList(), warnings);
        Map<String, Findings> findings = new HashMap<>();
        sorted.forEach(r -> findings.put(r.session().id(), Findings.of(r)));
        Rarity.weigh(findings.values().stream().flatMap(f -> f.all().stream()).toList());
        List<Group> groups = group(sorted);
        List<SessionRef> refs = new ArrayList<>();
        List<Theme> themes = new ArrayList<>();
        for (Group g : groups) {
            for (SessionReport r : g.reports) {
                refs.add(new SessionRef(r.session().id(), label(r), r.session().code(), r.session().title(), g.name));
            }
            themes.add(new Theme(g.name, g.basis, g.reports.stream().map(r -> r.session().id()).toList(),
                    messages(g.reports, findings), divergences(g.reports)));
        }
        refs.sort(Comparator.comparing(SessionRef::id));
        return new IgfMessages(IgfMessages.SCHEMA_VERSION, refs, themes, callsByAddressee(sorted, findings),
                warnings);
    }

    /**
     * Each session once: two folders whose pages give the same code and title (a session exported again, or
     * copied under another name) would make every point it made count as made by two sessions. The first folder
     * by name is drafted from, and the secretariat is told which.
     */
    private static List<SessionReport> onceEach(List<SessionReport> sorted, List<String> warnings) {
        Map<String, List<SessionReport>> byCode = new LinkedHashMap<>();
        List<SessionReport> once = new ArrayList<>();
        for (SessionReport r : sorted) {
            String code = r.session().code();
            if (code == null || code.isBlank()) {
                once.add(r);
                continue;
            }
            String key = (code + '\n' + r.session().title()).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            List<SessionReport> same = byCode.computeIfAbsent(key, k -> new ArrayList<>());
            if (same.isEmpty()) {
                once.add(r);
            }
            same.add(r);
        }
        // two different sessions under one code: a session page gives the wrong one, and citations are ambiguous
        Map<String, List<SessionReport>> byCodeAlone = new LinkedHashMap<>();
        byCode.values().forEach(same -> byCodeAlone.computeIfAbsent(same.get(0).session().code().strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(same.get(0)));
        byCodeAlone.values().stream().filter(different -> different.size() > 1).forEach(different -> warnings.add(
                different.size() + " different sessions give the code " + label(different.get(0)) + ": "
                        + String.join("; ", different.stream().map(r -> r.session().id() + " \u201c"
                        + r.session().title() + "\u201d").toList())
                        + ". The messages cite each by that code: check their session pages."));
        byCode.values().stream().filter(same -> same.size() > 1).forEach(same -> warnings.add(
                label(same.get(0)) + " \u201c" + same.get(0).session().title() + "\u201d is in "
                        + same.size() + " folders (" + String.join(", ", same.stream().map(r -> r.session().id())
                        .toList()) + "), each reported as a session: the messages draw on "
                        + same.get(0).session().id() + " only, the first by name, so that its points count once."));
        return once;
    }

    /** How messages cite a session: its code without the "IGF 2022" prefix ("WS #530"), else its id. */
    public static String label(SessionReport report) {
        String code = report.session().code();
        return code == null || code.isBlank() ? report.session().id()
                : CODE_PREFIX.matcher(code.strip()).replaceFirst("");
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
            String basis = Theme.SESSION_PAGE;
            if (theme == null || theme.isBlank()) {
                theme = ThematicAreas.of(r).orElse(null);
                basis = Theme.IGF_THEME;
            }
            if (theme != null) {
                Group g = declared.computeIfAbsent(theme.strip().toLowerCase(Locale.ROOT), k -> new Group());
                g.add(r, profile(r));
                if (g.name == null) {
                    g.name = theme.strip();
                    g.basis = basis;
                }
            } else {
                Group g = new Group();
                g.add(r, profile(r));
                open.add(g);
            }
        }
        cluster(open);
        Set<String> taken = new HashSet<>();
        declared.values().forEach(g -> taken.add(g.name.toLowerCase(Locale.ROOT)));
        open.sort(Comparator.comparingInt((Group g) -> -g.reports.size())
                .thenComparing(g -> g.reports.get(0).session().id()));
        for (Group g : open) {
            g.basis = g.reports.size() > 1 ? Theme.SHARED_TERMS : Theme.SINGLE_SESSION;
            g.name = sharedNames(g.reports).stream().filter(n -> !taken.contains(n.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(g.reports.get(0).session().title());
            taken.add(g.name.toLowerCase(Locale.ROOT));
        }
        List<Group> all = new ArrayList<>(declared.values());
        all.addAll(open);
        all.sort(Comparator.comparingInt((Group g) -> -g.reports.size()).thenComparing(g -> g.name));
        return all;
    }

    /**
     * Merges the two most alike groups (cosine of their summed word profiles, each word weighted by how few of the
     * sessions use it) while any two are alike enough. Words most sessions share, such as the wording the takeaways
     * are framed in ("argued that"), would otherwise join every session into one theme. The pairwise similarities
     * are kept and only the merged group's are worked out again, so a year's sessions (hundreds) group in well
     * under a second.
     */
    private static void cluster(List<Group> groups) {
        int n = groups.size();
        Map<String, Double> rarity = rarity(groups);
        double[][] alike = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                alike[a][b] = cosine(groups.get(a).profile, groups.get(b).profile, rarity);
            }
        }
        boolean[] gone = new boolean[n];
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = SAME_THEME;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n && !gone[a]; b++) {
                    if (!gone[b] && alike[a][b] >= best) {
                        best = alike[a][b];
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            Group merged = groups.get(bestA);
            for (SessionReport r : groups.get(bestB).reports) {
                merged.add(r, profile(r));
            }
            gone[bestB] = true;
            for (int other = 0; other < n; other++) {
                if (other != bestA && !gone[other]) {
                    double s = cosine(merged.profile, groups.get(other).profile, rarity);
                    alike[Math.min(bestA, other)][Math.max(bestA, other)] = s;
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (gone[i]) {
                groups.remove(i);
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

    /**
     * Per word, the log of how many groups there are over how many use it: a word every session uses weighs nothing.
     * With fewer than three sessions every word weighs one, as there is nothing to tell common words by.
     */
    private static Map<String, Double> rarity(List<Group> groups) {
        Map<String, Integer> sessionsUsing = new HashMap<>();
        groups.forEach(g -> g.profile.keySet().forEach(w -> sessionsUsing.merge(w, 1, Integer::sum)));
        Map<String, Double> rarity = new HashMap<>();
        int n = groups.size();
        sessionsUsing.forEach((w, df) -> rarity.put(w, n < 3 ? 1.0 : Math.log((double) n / df)));
        return rarity;
    }

    private static double cosine(Map<String, Integer> a, Map<String, Integer> b, Map<String, Double> rarity) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) {
                double w = rarity.getOrDefault(e.getKey(), 1.0);
                dot += e.getValue() * w * other * w;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a, rarity) * norm(b, rarity));
    }

    private static double norm(Map<String, Integer> v, Map<String, Double> rarity) {
        return Math.sqrt(v.entrySet().stream().mapToDouble(e -> {
            double x = e.getValue() * rarity.getOrDefault(e.getKey(), 1.0);
            return x * x;
        }).sum());
    }

    /**
     * The keyphrases that could name the group, best first: the one most of the sessions share (its content words
     * all in their profiles); on a tie the one most of them list as a keyphrase, then one of several words ("cyber
     * resilience act" names a theme better than "device"), then the earliest-ranked. A name another theme already
     * has is passed over for the next, so no two themes are headed alike; the first session's title names a group
     * none of whose keyphrases is free.
     */
    private static List<String> sharedNames(List<SessionReport> reports) {
        List<Set<String>> profiles = reports.stream().map(r -> profile(r).keySet()).toList();
        Map<String, Integer> listedBy = new HashMap<>();
        reports.forEach(r -> r.keyphrases().stream().map(k -> k.toLowerCase(Locale.ROOT)).distinct()
                .forEach(k -> listedBy.merge(k, 1, Integer::sum)));
        Map<String, int[]> ranked = new LinkedHashMap<>();
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
                ranked.merge(phrases.get(rank), key, (a, b) -> Arrays.compare(a, b) >= 0 ? a : b);
            }
        }
        return ranked.entrySet().stream()
                .sorted((a, b) -> Arrays.compare(b.getValue(), a.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    // ---- messages

    /**
     * A finding a session made that can carry or support a message. Its content words are weighed once all the
     * findings are known ({@link Rarity#weigh}): term ids in ascending order, their squared weights, and the sum
     * of those, so comparing two findings is one merge of two short arrays.
     */
    private static final class Point {
        final SessionReport report;
        final String kind;
        final String text;
        final String speaker;
        final List<Evidence> evidence;
        /** Whom a call to action calls on, as the session put it; null for other findings or where unstated. */
        final String addressee;
        final Set<String> words;
        int[] terms;
        double[] squares;
        double mass;

        Point(SessionReport report, String kind, String text, String speaker, List<Evidence> evidence,
              String addressee) {
            this.report = report;
            this.kind = kind;
            this.text = text;
            this.speaker = speaker;
            this.evidence = evidence;
            this.addressee = addressee;
            this.words = Terms.ofPlainText(text);
        }

        String session() {
            return report.session().id();
        }

        Citation citation() {
            return new Citation(session(), label(report), kind, text, speaker, evidence);
        }
    }

    /**
     * A session's findings as points: its takeaways, its stakeholders' positions, its calls to action (the form's
     * strongest first, then every other it made), and all of them together.
     */
    private record Findings(List<Point> takeaways, List<Point> positions, List<Point> calls, List<Point> all) {

        static Findings of(SessionReport r) {
            List<Point> takeaways = r.keyTakeaways().stream()
                    .map(t -> new Point(r, "takeaway", t.text(), t.speaker(), t.evidence(), null)).toList();
            List<Point> positions = new ArrayList<>();
            for (Position p : r.positions()) {
                for (Claim c : p.points()) {
                    positions.add(new Point(r, "position", c.text(), p.speaker(), c.evidence(), null));
                }
            }
            List<Point> calls = new ArrayList<>();
            for (List<CallToAction> list : List.of(r.callsToAction(), r.furtherCallsToAction())) {
                list.forEach(c -> calls.add(new Point(r, "call-to-action", c.text(), c.speaker(), c.evidence(),
                        c.addressee())));
            }
            List<Point> all = new ArrayList<>(takeaways);
            all.addAll(positions);
            all.addAll(calls);
            return new Findings(takeaways, List.copyOf(positions), List.copyOf(calls), List.copyOf(all));
        }
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

    /** How rare each content word is among all the findings: ln(1 + findings / findings using it). */
    private static final class Rarity {

        /** Weighs every point: its words' ids and squared weights. */
        static void weigh(List<Point> points) {
            Map<String, Integer> used = new HashMap<>();
            points.forEach(p -> p.words.forEach(w -> used.merge(w, 1, Integer::sum)));
            Map<String, Integer> ids = new HashMap<>();
            used.keySet().stream().sorted().forEach(w -> ids.put(w, ids.size()));
            for (Point p : points) {
                p.terms = p.words.stream().mapToInt(ids::get).sorted().toArray();
                p.squares = new double[p.terms.length];
                List<String> byId = p.words.stream().sorted(Comparator.comparing(ids::get)).toList();
                for (int i = 0; i < p.terms.length; i++) {
                    double weight = Math.log(1 + (double) points.size() / used.get(byId.get(i)));
                    p.squares[i] = weight * weight;
                    p.mass += p.squares[i];
                }
            }
        }

        /** Cosine of the two points' weighted words. */
        static double similarity(Point a, Point b) {
            double shared = 0;
            int i = 0;
            int j = 0;
            while (i < a.terms.length && j < b.terms.length) {
                if (a.terms[i] == b.terms[j]) {
                    shared += a.squares[i];
                    i++;
                    j++;
                } else if (a.terms[i] < b.terms[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return shared == 0 ? 0 : shared / Math.sqrt(a.mass * b.mass);
        }
    }

    private static List<Message> messages(List<SessionReport> reports, Map<String, Findings> findings) {
        List<Candidate> chosen = new ArrayList<>();
        choose(candidates(reports, Findings::takeaways, findings), chosen, MOST);
        if (chosen.size() < FEWEST) {
            choose(candidates(reports, Findings::positions, findings), chosen, FEWEST);
        }
        return chosen.stream().map(Candidate::message).toList();
    }

    private static List<Candidate> candidates(List<SessionReport> reports, Function<Findings, List<Point>> of,
                                              Map<String, Findings> findings) {
        List<Candidate> candidates = new ArrayList<>();
        for (SessionReport r : reports) {
            for (Point p : of.apply(findings.get(r.session().id()))) {
                List<Point> support = new ArrayList<>();
                for (SessionReport other : reports) {
                    if (other != r) {
                        mostAlike(p, findings.get(other.session().id()).all()).ifPresent(support::add);
                    }
                }
                candidates.add(new Candidate(p, support, candidates.size()));
            }
        }
        candidates.sort(STRONGEST);
        return candidates;
    }

    private static Optional<Point> mostAlike(Point p, List<Point> points) {
        Point best = null;
        double bestScore = SAME_POINT;
        for (Point q : points) {
            double s = Rarity.similarity(p, q);
            if (s >= bestScore) {
                best = q;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Adds the strongest candidates up to {@code limit}, none repeating a point already made by a chosen one. */
    private static void choose(List<Candidate> candidates, List<Candidate> chosen, int limit) {
        for (Candidate c : candidates) {
            if (chosen.size() >= limit) {
                return;
            }
            if (chosen.stream().noneMatch(m -> covers(m, c.point))) {
                chosen.add(c);
            }
        }
    }

    /** Whether a chosen message already makes this point: it is among its citations, or says much the same. */
    private static boolean covers(Candidate message, Point p) {
        return message.point == p || message.support.contains(p)
                || Rarity.similarity(message.point, p) >= SAME_POINT;
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
    private static List<AddresseeCalls> callsByAddressee(List<SessionReport> reports,
                                                         Map<String, Findings> findings) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<List<Point>>> byAddressee = new LinkedHashMap<>();
        for (SessionReport r : reports) {
            for (Point p : findings.get(r.session().id()).calls()) {
                String key = addresseeKey(p.addressee);
                names.putIfAbsent(key, p.addressee == null ? null
                        : ADDRESSEE_LEAD.matcher(p.addressee.strip()).replaceFirst(""));
                List<List<Point>> merged = byAddressee.computeIfAbsent(key, k -> new ArrayList<>());
                merged.stream()
                        .filter(m -> m.stream().noneMatch(q -> q.session().equals(p.session()))
                                && Rarity.similarity(m.get(0), p) >= SAME_POINT)
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
