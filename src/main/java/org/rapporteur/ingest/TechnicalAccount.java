package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;

/**
 * An attendance row of those running the session rather than a participant: the organisers' hosting account, the
 * captioners, the interpreters, a room's computer ("IGF Host 2", "Zoom Host", "CART", "Interpreter EN", "Room PC").
 * Every word of the name (and of the original name in brackets, where the export gives one) must be a
 * {@code technical-account} word, a {@code technical-account-qualifier}, an acronym ("IGF", "EN", "ES-EN") or a number, and
 * one at least a technical-account word: so "Ana (IGF Host)", an account renamed by a person, and "Conference Room
 * B", a hub's connection, stay participants. A captioner's or interpreter's account with the person after a dash or
 * in brackets ("Captioner - Lena", "Interpreter FR (Marc)") is still one: they work for the session.
 */
public final class TechnicalAccount {

    private static final Pattern BRACKETED = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*");
    /** An acronym, or a pair of them ("ES-EN", an interpreter's languages). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}(?:[-/]\\p{Lu}{2,6})?");
    /** A number or a letter, as rooms and hosts are numbered ("Room 4", "Hall B", "Room 4B", "Host #2"). */
    private static final Pattern NUMBER = Pattern.compile("#?\\d+\\p{Lu}?|\\p{Lu}");
    private static final Set<String> ROLES = Lexicon.words("technical-account");
    private static final Predicate<String> ROLE = w -> ROLES.contains(w.toLowerCase(Locale.ROOT));
    private static final Cue VENUE = Lexicon.cue("speaker-label-venue");
    private static final Set<String> QUALIFIERS = Lexicon.words("technical-account-qualifier");
    private static final Set<String> SERVICES = Lexicon.words("technical-account-service");
    /**
     * A service's account with the person doing the work named after it: "Captioner - Lena", "Interpreter FR
     * (Marc)"; the role, then one to three capitalised words after a dash or in brackets. The role ends on a
     * character other than a space, and the spaces after it are taken whole: a long run of spaces in a name is
     * passed over once, not tried at every split.
     */
    private static final Pattern SERVICE_BY = Pattern.compile("^([^()\\-–—|:]*[^()\\-–—|:\\s])\\s*+(?:[\\-–—|:]\\s*"
            + "(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2})|\\((\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2})\\))\\s*$");

    private TechnicalAccount() {
    }

    /** Whether the name an attendance row shows is a technical account's. */
    static boolean named(String name) {
        Matcher by = SERVICE_BY.matcher(name.strip());
        if (by.matches() && Boolean.TRUE.equals(technicalWords(by.group(1))) && WORD.matcher(by.group(1)).results()
                .anyMatch(w -> SERVICES.contains(w.group().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        Matcher m = BRACKETED.matcher(name);
        List<String> parts = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            parts.add(m.group(1));
            parts.add(name.substring(last, m.start()));
            last = m.end();
        }
        parts.add(name.substring(last));
        boolean technical = false;
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            Boolean words = technicalWords(part);
            if (words == null || !words) {
                return false;
            }
            technical = true;
        }
        return technical;
    }

    /**
     * Whether the name a connection shows is a room's account rather than a person's: every word a venue word
     * ({@code speaker-label-venue}: "room", "hall", "plenary"), a qualifier ("main", "workshop"), an acronym, a
     * number or a letter, and one at least a venue word ("Conference Room B", "WS Room 4", "Plenary Hall"; not "Ana
     * Hall").
     */
    public static boolean room(String name) {
        return Boolean.TRUE.equals(accountWords(name, VENUE::find));
    }

    /** True where the words name a technical account, false where one of them cannot, null where there are none. */
    private static Boolean technicalWords(String text) {
        return accountWords(text, ROLE);
    }

    /**
     * True where the words name an account of the kind its key words say ({@code key}): each word a key word, a
     * qualifier, an acronym or a number, and one at least a key word; false where one of them cannot be; null where
     * there are none.
     */
    private static Boolean accountWords(String text, Predicate<String> key) {
        Matcher w = WORD.matcher(text);
        boolean keyed = false;
        boolean any = false;
        while (w.find()) {
            String word = w.group();
            any = true;
            if (key.test(word)) {
                keyed = true;
            } else if (!QUALIFIERS.contains(word.toLowerCase(Locale.ROOT)) && !ACRONYM.matcher(word).matches()
                    && !NUMBER.matcher(word).matches()) {
                return false;
            }
        }
        return any ? keyed : null;
    }
}
