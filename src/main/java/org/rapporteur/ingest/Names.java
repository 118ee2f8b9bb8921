package org.rapporteur.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rapporteur.language.Lexicon;

/**
 * Person names as captioners and session pages write them: comparison tokens that ignore case, accents,
 * punctuation, honorifics and post-nominals, and a display form that turns captioners' capitals into title case.
 */
final class Names {

    /** Words written before a name: "MR.", "HON.", "THE RIGHT HON.", "H.E.", "PROFESSOR", "SENATOR", "ADV.". */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "hon", "honourable", "honorable", "the", "right", "rt", "sir", "dame", "excellency", "senator", "sen",
            // an advocate's and an ambassador's titles ("Adv. Julius Mbeki", "Amb. Ana Ruiz")
            "adv", "amb", "ambassador");
    /**
     * Letters written after a name: a legislator's ("AM", "MS" for Member of the Senedd, "MP";
     * facts/legislator-letters.txt) and the others ("QC", "PhD", "OBE", "Jr").
     */
    private static final Set<String> POST_NOMINALS = Stream.concat(
            Lexicon.lines("facts/legislator-letters.txt", true).stream().map(l -> l.toLowerCase(Locale.ROOT)),
            Stream.of("qc", "kc", "phd", "obe", "mbe", "cbe", "jr", "sr")).collect(Collectors.toUnmodifiableSet());
    /** Post-nominals written in mixed case ("Jr", "PhD"): title case suits them better than capitals. */
    private static final Set<String> MIXED_CASE_POST_NOMINALS = Set.of("jr", "sr", "phd");
    private static final Pattern ALL_CAPS_WORD =
            Pattern.compile("(?<![\\p{L}'’\\-])\\p{Lu}[\\p{Lu}'’\\-]*\\p{Lu}(?![\\p{L}'’\\-])");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    /** tokens() runs for every turn's label and every listed name: its patterns are compiled once. */
    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NAME_SHAPED = Pattern.compile("[\\p{L}\\p{M}'’.\\-]++(?:\\s++[\\p{L}\\p{M}'’.\\-]++)*+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Given names and their short forms (facts/given-names.txt): "robert" → bob, rob, ... */
    private static final Map<String, Set<String>> SHORT_FORMS = shortForms();

    private Names() {
    }

    /** Whether a given name token is a short form of another ("bob" of "robert"); tokens as {@link #tokens} gives. */
    static boolean shortFor(String shortForm, String given) {
        return SHORT_FORMS.getOrDefault(given, Set.of()).contains(shortForm);
    }

    private static Map<String, Set<String>> shortForms() {
        Map<String, Set<String>> forms = new HashMap<>();
        for (String line : Lexicon.lines("facts/given-names.txt", true)) {
            String[] sides = line.split("=", 2);
            forms.put(sides[0].strip(), Set.of(sides[1].strip().split("\\s*\\|\\s*")));
        }
        return Map.copyOf(forms);
    }

    /** Lower case, accents removed, apostrophes dropped ("D'ENTREMONT" = "dentremont"), other marks as spaces. */
    static List<String> tokens(String name) {
        String folded = APOSTROPHES.matcher(COMBINING.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("");
        return Arrays.stream(NON_WORD.split(folded)).filter(t -> !t.isEmpty()).toList();
    }

    /** The tokens without leading honorifics and trailing post-nominals; never empties a name. */
    static List<String> withoutTitles(List<String> tokens) {
        List<String> t = new ArrayList<>(tokens);
        while (t.size() > 1) {
            if (HONORIFICS.contains(t.get(0))) {
                t.remove(0);
            } else if (t.size() > 2 && t.get(0).equals("h") && t.get(1).equals("e")
                    || (t.get(0).equals("his") || t.get(0).equals("her")) && t.get(1).equals("excellency")) {
                t.subList(0, 2).clear();
            } else {
                break;
            }
        }
        while (t.size() > 1 && POST_NOMINALS.contains(t.get(t.size() - 1))) {
            t.remove(t.size() - 1);
        }
        return t;
    }

    /**
     * A name without the titles stacked before it, where two or more are ("H.E. Hon. Adaeze Okafor" → "Adaeze
     * Okafor"): the page's protocol form, not how the person is named; one title stays ("Adv. Julius Mbeki"). The
     * name as given where it stacks none.
     */
    static String withoutStackedTitles(String name) {
        String[] words = name.strip().split("\\s+");
        int titles = 0;
        while (titles < words.length - 1 && title(words[titles])) {
            titles++;
        }
        return titles >= 2 && withoutTitles(tokens(name)).size() >= 2
                ? String.join(" ", Arrays.asList(words).subList(titles, words.length)) : name;
    }

    /** A word that is a title before a name ("Hon.", "Dr", "H.E."). */
    private static boolean title(String word) {
        List<String> t = tokens(word);
        return !t.isEmpty() && (t.stream().allMatch(HONORIFICS::contains) || t.equals(List.of("h", "e")));
    }

    /** Comparison tokens: titles and single-letter initials left out ("Lucien M. Castex" = "lucien castex"). */
    static List<String> key(String name) {
        List<String> t = withoutTitles(tokens(name));
        List<String> significant = t.stream().filter(s -> s.length() > 1).toList();
        return significant.isEmpty() ? t : significant;
    }

    /**
     * Title case for the words a captioner or organiser wrote in capitals ("Lucien M. CASTEX" → "Lucien M. Castex",
     * "MR. CHRIS D'ENTREMONT" → "Mr. Chris D'Entremont"), but only in what is shaped like a name: words of letters,
     * apostrophes, hyphens and dots. Anything else ("Robert'); DROP TABLE SESSIONS; --") is shown as written,
     * its spaces tidied.
     */
    static String display(String name) {
        if (!NAME_SHAPED.matcher(name.strip()).matches()) {
            return WHITESPACE.matcher(name.strip()).replaceAll(" ");
        }
        Matcher m = ALL_CAPS_WORD.matcher(name.strip());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // letters after a name keep their capitals ("Kwabena Asiedu MP", not "Mp")
            String lower = m.group().toLowerCase(Locale.ROOT);
            boolean postNominal = m.start() > 0 && name.strip().substring(m.end()).isBlank()
                    && POST_NOMINALS.contains(lower) && !MIXED_CASE_POST_NOMINALS.contains(lower);
            m.appendReplacement(out, Matcher.quoteReplacement(postNominal ? m.group() : titleCase(m.group())));
        }
        m.appendTail(out);
        return WHITESPACE.matcher(out).replaceAll(" ");
    }

    private static String titleCase(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = c == '\'' || c == '’' || c == '-';
        }
        String s = out.toString();
        // "MCLEAN" → "McLean": the common Gaelic prefix keeps its inner capital.
        return s.length() > 3 && s.startsWith("Mc") ? "Mc" + Character.toUpperCase(s.charAt(2)) + s.substring(3) : s;
    }

    /** Display form without honorifics and post-nominals: "HON. AHMED HUSSEN" → "Ahmed Hussen". */
    static String withoutTitles(String name) {
        List<String> words = new ArrayList<>(List.of(display(name).split(" ")));
        while (words.size() > 1 && isHonorific(words.get(0), words.get(1))) {
            words.remove(0);
        }
        while (words.size() > 1 && POST_NOMINALS.containsAll(tokens(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private static boolean isHonorific(String word, String next) {
        List<String> t = tokens(word);
        boolean excellency = (t.equals(List.of("his")) || t.equals(List.of("her")))
                && tokens(next).equals(List.of("excellency"));
        return !t.isEmpty() && (HONORIFICS.containsAll(t) || t.equals(List.of("h", "e")) || excellency);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
