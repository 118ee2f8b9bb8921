package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Lexicon;

/**
 * Acronyms a speaker defines: "the Internet Governance Forum (IGF)", "extended producer responsibility, EPR",
 * "IGF, the Internet Governance Forum",
 * "CSIRT — computer security incident response team", "MAG, which stands for Multistakeholder Advisory Group". An
 * expansion counts when its words' initials spell the acronym's capitals in order (a word may give several
 * letters: "Internet SOCiety" for ISOC; small words like "of" are skipped), so a phrase that merely stands
 * next to an acronym is no definition.
 */
final class Acronyms {

    /** An acronym and the words it stands for, as the speaker said them. */
    record Definition(String acronym, String expansion) {
    }

    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Za-z0-9&]*[A-Z0-9]s?\\b");
    /** An acronym after its expansion, in parentheses or set off by a comma ("producer responsibility, EPR, …"). */
    private static final Pattern AFTER_EXPANSION = Pattern.compile("\\(\\s*([A-Z][A-Za-z0-9&]*[A-Z0-9])s?\\s*\\)"
            + "|,\\s*([A-Z][A-Za-z0-9&]*[A-Z0-9])s?(?=\\s*(?:[,.;:!?]|$))");
    /** What may stand between an acronym and the expansion after it. */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:,|\\(|:|\u2014|\u2013|--?)\\s*");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?()\\[\\]\"\u201c\u201d\u2014\u2013]");
    /** Expansions run to a few words more than the acronym has letters, never further. */
    private static final int SLACK = 3;

    private Acronyms() {
    }

    /** The definitions a sentence states, in its order. */
    static List<Definition> in(String text) {
        List<Definition> out = new ArrayList<>();
        Matcher p = AFTER_EXPANSION.matcher(text);
        while (p.find()) {
            String acronym = p.group(1) != null ? p.group(1) : p.group(2);
            List<String> before = words(clauseBefore(text, p.start()));
            for (int n = 2; n <= Math.min(before.size(), capitals(acronym).length() + SLACK); n++) {
                List<String> candidate = before.subList(before.size() - n, before.size());
                if (!small(candidate.get(0)) && spells(capitals(acronym), candidate)) {
                    out.add(new Definition(acronym, String.join(" ", candidate)));
                    break;
                }
            }
        }
        Matcher a = ACRONYM.matcher(text);
        while (a.find()) {
            String acronym = a.group().replaceAll("s$", "");
            if (capitals(acronym).length() < 2 || out.stream().anyMatch(d -> d.acronym().equals(acronym))) {
                continue;
            }
            String rest = text.substring(a.end());
            Matcher sep = SEPARATOR.matcher(rest);
            boolean separated = sep.find();
            String glossed = separated ? rest.substring(sep.end()) : rest.stripLeading();
            int gloss = Lexicon.openingEnd("acronym-gloss", glossed);
            if (!separated && gloss == 0) {
                continue;
            }
            List<String> after = words(clauseAfter(glossed.substring(gloss)));
            for (int n = 2; n <= Math.min(after.size(), capitals(acronym).length() + SLACK); n++) {
                List<String> candidate = after.subList(0, n);
                if (!small(candidate.get(0)) && !small(candidate.get(n - 1)) && spells(capitals(acronym), candidate)) {
                    out.add(new Definition(acronym, String.join(" ", candidate)));
                    break;
                }
            }
        }
        return out;
    }

    /** The capital letters (and digits) of an acronym, lower-cased: "DoD" spells "dd", "ISOC" "isoc". */
    private static String capitals(String acronym) {
        StringBuilder out = new StringBuilder();
        for (char c : acronym.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Whether the words' initials spell the letters, each content word giving one letter or more of its start. */
    static boolean spells(String letters, List<String> words) {
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            for (String part : w.split("[-/]")) {
                if (!part.isEmpty()) {
                    parts.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return spells(letters, 0, parts, 0);
    }

    private static boolean spells(String letters, int i, List<String> parts, int j) {
        if (j == parts.size()) {
            return i == letters.length();
        }
        String part = parts.get(j);
        if (small(part)) {
            // "of", "and": skipped, never a letter, or "AI, and innovation" would define AI
            return spells(letters, i, parts, j + 1);
        }
        for (int k = 1; k <= part.length() && i + k <= letters.length(); k++) {
            if (part.charAt(k - 1) != letters.charAt(i + k - 1)) {
                break;
            }
            if (spells(letters, i + k, parts, j + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A word an expansion may skip: "of", "the", "and", "for" and their like. */
    private static boolean small(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() < 3 || Terms.STOP.contains(w);
    }

    private static String clauseBefore(String text, int end) {
        String head = text.substring(0, end);
        Matcher m = CLAUSE_END.matcher(head);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        return head.substring(from);
    }

    private static String clauseAfter(String text) {
        Matcher m = CLAUSE_END.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    private static List<String> words(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
    }
}
