package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Person;
import org.rapporteur.model.Role;

/** The people of a session as analysis needs them: roles, stakeholder groups and names mentioned in talk. */
public final class SessionPeople {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "hon", "sir",
            "dame", "lord", "lady", "the", "right", "am", "ms.", "mp", "mla", "mep", "jr", "sr", "adv", "amb",
            "ambassador", "excellency");
    /** "H.E.", His or Her Excellency, written with its stops (a bare "He" is a surname). */
    private static final Pattern EXCELLENCY = Pattern.compile("(?i)h\\.\\s*e\\.?");

    private final Map<String, Person> byName = new LinkedHashMap<>();
    /** Name patterns, strongest first per person: full name, surname, first name where unambiguous. */
    private final List<NamePattern> patterns = new ArrayList<>();
    private final Map<String, Set<String>> mentionedIn = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A name's pattern and the literal its every match contains ({@code folded}: compared with the text's ASCII
     * letters lower-cased, as the pattern's {@code (?i)} compares them), so that a text without it is passed over
     * by a fast search instead of a regular expression trying each character.
     */
    private record NamePattern(Person person, Pattern pattern, int strength, String literal, boolean folded) {

        boolean in(String text, String asciiLowered) {
            return (folded ? asciiLowered : text).contains(literal) && pattern.matcher(text).find();
        }
    }

    /** A display name's note in parentheses ("(she/her)"); linear on unclosed ones. */
    private static final Pattern NOTE = Pattern.compile("\\([^()]*+\\)");
    /** Those the chair called on to run part of the session ({@link SessionOfficials}). */
    private final Set<String> officials;

    public SessionPeople(List<Person> people) {
        this(people, Set.of());
    }

    /** The people, and those who run the session with the chair though not listed as moderators (a clerk). */
    SessionPeople(List<Person> people, Set<String> officials) {
        this.officials = Set.copyOf(officials);
        Map<String, Integer> firstNames = new HashMap<>();
        for (Person p : people) {
            byName.putIfAbsent(p.name(), p);
            List<String> parts = nameParts(p.name());
            if (parts.size() > 1) {
                firstNames.merge(parts.get(0).toLowerCase(Locale.ROOT), 1, Integer::sum);
                otherFirstName(p, parts).ifPresent(f -> firstNames.merge(f.toLowerCase(Locale.ROOT), 1, Integer::sum));
            }
        }
        for (Person p : byName.values()) {
            List<String> parts = nameParts(p.name());
            if (parts.isEmpty()) {
                continue;
            }
            String full = String.join(" ", parts);
            patterns.add(new NamePattern(p, Pattern.compile("(?i)\\b" + Pattern.quote(full) + "\\b"), 3,
                    asciiLowerCase(full), true));
            if (listedByTitle(p)) {
                // the title the page listed them by still names them: "I agree with the Permanent Secretary"
                String title = p.aliases().get(0);
                patterns.add(new NamePattern(p, Pattern.compile("(?i)\\b" + Pattern.quote(title) + "\\b"), 3,
                        asciiLowerCase(title), true));
            }
            if (parts.size() > 1) {
                String surname = parts.get(parts.size() - 1);
                if (surname.length() >= 3) {
                    // case-sensitive: a surname like "Young" or "Rose" must be capitalised to count
                    patterns.add(new NamePattern(p, alone(surname), 2, surname, false));
                }
                String first = parts.get(0);
                if (first.length() >= 3 && firstNames.getOrDefault(first.toLowerCase(Locale.ROOT), 0) == 1) {
                    patterns.add(new NamePattern(p, alone(first), 1, first, false));
                }
                // the given name they go by: "Bob", of a listed Robert Lindqvist labelled "Bob Lindqvist"
                otherFirstName(p, parts).filter(f -> f.length() >= 3
                        && firstNames.getOrDefault(f.toLowerCase(Locale.ROOT), 0) == 1).ifPresent(f ->
                        patterns.add(new NamePattern(p, alone(f), 1, f, false)));
            }
        }
    }

    /**
     * A part of a name as a word of its own, case-sensitive: not a piece of a hyphenated word, as "Jean" in
     * "Lac-Saint-Jean" names nobody.
     */
    private static Pattern alone(String part) {
        return Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}-])");
    }

    /**
     * A panellist the page listed by title only, named by the chair with it: the name inferred, the listed title
     * their first alias.
     */
    private static boolean listedByTitle(Person p) {
        return p.inferred().contains("name") && !p.aliases().isEmpty()
                && (p.has(Role.SPEAKER) || p.has(Role.MODERATOR) || p.has(Role.ORGANIZER));
    }

    /**
     * Another given name a person goes by, from a display name resolved to them with their surname and another first
     * word ("Bob Lindqvist" for Robert Lindqvist; not a role label in capitals, "CHAIR ESTERHUYSEN"); empty where no
     * label says one.
     */
    private static Optional<String> otherFirstName(Person p, List<String> parts) {
        String surname = parts.get(parts.size() - 1);
        return p.aliases().stream().map(SessionPeople::nameParts)
                .filter(a -> a.size() == 2 && a.get(1).equalsIgnoreCase(surname)
                        && !a.get(0).equalsIgnoreCase(parts.get(0)) && titleCase(a.get(0)))
                .map(a -> a.get(0)).findFirst();
    }

    /** A word written as a name in a display name ("Bob"), not a captioner's capitals ("CHAIR"). */
    private static boolean titleCase(String word) {
        return Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** The words of a name without honorifics and post-nominals. */
    static List<String> nameParts(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("\\s+")) {
            String bare = w.replaceAll("[.,]", "");
            if (!bare.isEmpty() && !HONORIFICS.contains(bare.toLowerCase(Locale.ROOT))
                    && !EXCELLENCY.matcher(w).matches()) {
                out.add(w.replaceAll("[,]", ""));
            }
        }
        return out;
    }

    /** The first word of a name after its titles ("Julius" for "Adv. Julius Mbeki"). */
    static String givenName(String name) {
        List<String> parts = nameParts(name);
        return parts.isEmpty() ? name.strip().split("\\s+")[0] : parts.get(0);
    }

    /** Everyone, in the session's order. */
    public List<Person> all() {
        return List.copyOf(byName.values());
    }

    public Person person(String name) {
        return byName.get(name);
    }

    public String group(String speaker) {
        Person p = byName.get(speaker);
        return p == null || p.stakeholderGroup() == null || p.stakeholderGroup().isBlank()
                ? null : p.stakeholderGroup();
    }

    public boolean has(String speaker, Role role) {
        Person p = byName.get(speaker);
        return p != null && p.has(role);
    }

    /** Moderators chair, and a clerk runs the session with them: their short lines and hand-overs are procedure. */
    public boolean chairs(String speaker) {
        return has(speaker, Role.MODERATOR) || has(speaker, Role.ONLINE_MODERATOR) || officials.contains(speaker);
    }

    /** Who speaks for the session when summing it up: its chairs and its rapporteur. */
    public boolean speaksForSession(String speaker) {
        return chairs(speaker) || has(speaker, Role.RAPPORTEUR);
    }

    /** Those who run the session with the chair, not listed as moderators: a clerk, the room's host. */
    public Set<String> officials() {
        return officials;
    }

    /** Whether the speaker runs the session with the chair, not listed as a moderator: a clerk. */
    public boolean official(String speaker) {
        return officials.contains(speaker);
    }

    /**
     * Whether the speaker runs the session with the chair as staff (a clerk, the room's host) or is there only to
     * report on it (the rapporteur): they take no part in the discussion, so hold no positions and no share of it.
     */
    public boolean runsOrReports(String speaker) {
        Person p = byName.get(speaker);
        return officials.contains(speaker)
                || p != null && !p.roles().isEmpty() && p.roles().stream().allMatch(r -> r == Role.RAPPORTEUR);
    }

    /** Listed to speak or to run the session: their questions are not the audience's. */
    public boolean onPanel(String speaker) {
        Person p = byName.get(speaker);
        return p != null && (p.has(Role.SPEAKER) || p.has(Role.MODERATOR) || p.has(Role.ORGANIZER)
                || p.has(Role.RAPPORTEUR));
    }

    /**
     * The listed person a chat or Q&amp;A display name stands for, its notes in parentheses aside ("Paulo
     * Vasconcelos" for Paulo Henrique Vasconcelos, "Mei Ling Tan (she/her)"): the name itself, else the one person
     * the name names whose first name it opens with; else the display name without its notes.
     */
    public String writer(String displayName) {
        String name = NOTE.matcher(displayName).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (name.isEmpty() || byName.containsKey(name)) {
            return name.isEmpty() ? displayName : name;
        }
        String first = name.split(" ")[0];
        List<String> named = mentionedAll(name).stream()
                .filter(n -> nameParts(n).get(0).equalsIgnoreCase(first)).toList();
        return named.size() == 1 ? named.get(0) : name;
    }

    /** The first moderator listed, if any. */
    public Person moderator() {
        return byName.values().stream().filter(p -> p.has(Role.MODERATOR)).findFirst().orElse(null);
    }

    /**
     * The person a piece of talk names, other than {@code except}: the strongest match (full name, then
     * surname, then an unambiguous first name), earliest in the text on a tie; null when nobody is named.
     */
    public String mentioned(String text, String except) {
        Person best = null;
        int bestStrength = 0;
        int bestAt = Integer.MAX_VALUE;
        // who is named at all is known from the scan every finder shares; only their patterns are placed
        Set<String> named = mentionedIn.computeIfAbsent(text, this::scanned);
        for (NamePattern np : patterns) {
            if (np.person().name().equals(except) || !named.contains(np.person().name())) {
                continue;
            }
            Matcher m = np.pattern().matcher(text);
            if (m.find() && (np.strength() > bestStrength
                    || np.strength() == bestStrength && m.start() < bestAt)) {
                best = np.person();
                bestStrength = np.strength();
                bestAt = m.start();
            }
        }
        return best == null ? null : best.name();
    }

    /**
     * Everyone of the session a piece of talk names (full name, surname or an unambiguous first name). The finders
     * ask this of the same turns again and again (each question's answering turns, each turn's opening), so each
     * text is scanned once.
     */
    public Set<String> mentionedAll(String text) {
        return new LinkedHashSet<>(mentionedIn.computeIfAbsent(text, this::scanned));
    }

    /**
     * The text with each person it names by their first name alone ("on that Amani and Henrik agreed") named in full,
     * for wording read without the transcript; a name given in full stays, words in quotation marks stay as said, and
     * a sentence's first word is left as it is, as a capitalised "Will" or "Grace" there may be no name at all.
     */
    public String inFull(String text) {
        Set<String> named = mentionedIn.computeIfAbsent(text, this::scanned);
        String out = text;
        for (NamePattern np : patterns) {
            if (np.strength() != 1 || !named.contains(np.person().name())) {
                continue;
            }
            List<String> parts = nameParts(np.person().name());
            Matcher m = np.pattern().matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String before = out.substring(0, m.start()).stripTrailing();
                String[] after = out.substring(m.end()).stripLeading().split("[^\\p{L}'\u2019-]+", 2);
                boolean opens = before.isEmpty() || ".!?:\u201C\"".indexOf(before.charAt(before.length() - 1)) >= 0;
                boolean given = after.length > 0 && parts.contains(after[0]);
                // words quoted are as they were said
                boolean quoted = before.lastIndexOf('\u201C') > before.lastIndexOf('\u201D');
                m.appendReplacement(sb, Matcher.quoteReplacement(opens || given || quoted ? m.group()
                        : np.person().name()));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    private Set<String> scanned(String text) {
        Set<String> named = new LinkedHashSet<>();
        String lowered = asciiLowerCase(text);
        for (NamePattern np : patterns) {
            if (np.in(text, lowered)) {
                named.add(np.person().name());
            }
        }
        return named;
    }

    /** Only A-Z lower-cased, as a pattern's {@code (?i)} without Unicode case folds them. */
    private static String asciiLowerCase(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 'A' && out[i] <= 'Z') {
                out[i] += 'a' - 'A';
            }
        }
        return new String(out);
    }

    /** Whether a name found in talk belongs to someone of the session: each of its words is part of one name. */
    public boolean isSessionPerson(String text) {
        List<String> words = nameParts(text.toLowerCase(Locale.ROOT));
        if (words.isEmpty()) {
            return false;
        }
        for (Person p : byName.values()) {
            List<String> parts = nameParts(p.name().toLowerCase(Locale.ROOT));
            if (parts.containsAll(words)) {
                return true;
            }
        }
        return false;
    }
}
