package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rapporteur.language.Lexicon;
import org.rapporteur.language.PhraseTable;
import org.rapporteur.language.RequiredWords;
import org.rapporteur.nlp.Token;

/**
 * Instruments a sentence names: laws, treaties, conventions, standards, principles, recommendations and frameworks.
 * Three ways, in this order, a span claimed once: the common instruments known by several names
 * (facts/instruments.txt: "the GDPR", "General Data Protection Regulation"); a capitalised name on an instrument's
 * head noun (lexicon instrument-noun: "Digital Services Act", "Convention on Cybercrime", "Resolution 1325"); a
 * standard cited by body and number (lexicon standard-body: "ISO/IEC 42001"). A cited part ("Article 22 of the
 * GDPR") is noted on the instrument it belongs to.
 */
final class InstrumentFinder {

    /** An instrument named in a sentence: its report name, expansion (or null), cited part (or null), span. */
    record Named(String name, String expansion, String provision, String form, int start, int end) {
    }

    private static final PhraseTable KNOWN = PhraseTable.read("facts/instruments.txt");
    /** A capitalised word or a number of a name; a bracketed one too ("Education (Wales) Act 2013"). */
    private static final String CAP = "(?:(?!I\\b)[A-Z][\\p{L}\\p{N}'\u2019.-]*+|\\d[\\p{N}./-]*+\\+?"
            + "|\\([A-Z][\\p{L}]*+\\))";
    private static final String JOIN = words("name-joiner", false);
    private static final String AND = words("name-coordinator", false);
    private static final String ARTICLE = words("article", false);
    private static final String HEAD = words("instrument-noun", true);
    private static final String POSSESSIVE_DETERMINER = words("possessive-determiner", false);
    /**
     * A preposition, with an article or a possessive or neither ("of the", "of their"), or a coordinator, alone
     * ("and") or with a possessive that refers back to the name ("Law on Personal Data and its Protection"; never
     * "and the", which opens another).
     */
    private static final String JOINED = "(?:(?:" + JOIN + ")\\s+(?:(?:" + ARTICLE + "|" + POSSESSIVE_DETERMINER
            + ")\\s+)?|(?:" + AND + ")\\s+(?:(?:" + POSSESSIVE_DETERMINER + ")\\s+)?)";
    private static final String PART = words("instrument-part", false);
    /** The coordinator closing a list of a name's subjects ("…, Data Protection and Electronic Transactions"). */
    private static final Pattern LIST_CLOSE = Pattern.compile("\\s(?:" + AND + ")\\s");
    private static final Pattern CAP_WORD = Pattern.compile(CAP);
    /** A year after "in" says when an instrument was passed, not which it is ("Data Protection Act in 2019"). */
    private static final Pattern IN_YEAR = Pattern.compile("\\s+in\\s+\\d");
    /** A small word a name does not open on ("of", "and", "the"). */
    private static final Pattern LINK = Pattern.compile("(?i)(?:" + JOIN + "|" + AND + "|" + ARTICLE + ")");
    /**
     * Up to seven capitalised words (joined by "of", "and" ...) before a head noun, a number after it, and a
     * capitalised complement opening on a preposition ("on the Rights of the Child"). A head noun is no part of the
     * words before another unless one follows it straight ("Framework Convention"), so "the Privacy Act and the
     * Access to Information Act" and "Bill C-350 and Bill S-240" are two each. Which of them makes a name is
     * checked after.
     */
    private static final Pattern NAME = Pattern.compile("(?<pre>(?:(?!(?:" + HEAD + ")\\s+(?!(?:" + HEAD + ")\\b))"
            + CAP + "\\s+(?:(?:" + JOIN + "|" + AND + ")\\s+)?){0,7})"
            + "(?<head>\\b(?:" + HEAD + "))\\b"
            + "(?<num>\\s+(?:No\\.?\\s*)?(?:[A-Z]-)?\\d[\\p{N}/.]*+\\+?)?"
            + "(?<post>\\s+(?:" + JOIN + ")\\s+(?:(?:" + ARTICLE + ")\\s+)?(?<first>" + CAP + ")(?:(?:\\s+" + JOINED
            + "?|,\\s+)" + CAP + "){0,7})?");
    /** A name ending on a numbered head: "Bill S-204", "Resolution 1325", "Convention 108+". */
    private static final Pattern NUMBERED = Pattern.compile("\\b(?:" + HEAD + ")\\s+(?:No\\.?\\s*)?(?:[A-Z]-)?\\d[\\p{N}/.]*+"
            + "\\+?$");
    private static final Pattern HEAD_WORD = Pattern.compile("\\b(?:" + HEAD + ")\\b");
    /** Words a sentence holding a head noun, or a standard body, cannot lack: checked before the patterns. */
    private static final RequiredWords HEADS = RequiredWords.of(Lexicon.phrases("instrument-noun"));
    private static final RequiredWords BODIES = RequiredWords.of(Lexicon.phrases("standard-body"));
    /** Words saying what kind of instrument it is, not which ("Member's Bill", "Government Bill"). */
    private static final Set<String> GENERIC = Lexicon.words("instrument-generic");
    /** Possessive determiners: before a head noun they say whose instrument, not that it is any. */
    private static final Set<String> OWNERS = Lexicon.words("possessive-determiner");
    /** Fields of law: "... Environmental Law" is a field, or an organisation named after one. */
    private static final Set<String> LAW_FIELDS = Lexicon.words("law-field");
    /** The word right before a head noun, which may make it any instrument, not a named one ("an Act", "that Act"). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?i)\\b(\\p{L}+)\\s+$");
    /** A purpose clause after a complement ("... Act for Ministers to promote ..."): the complement is no name. */
    private static final Pattern PURPOSE_AFTER = Pattern.compile("^\\s+to\\s+\\p{Ll}");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
    private static final Pattern STANDARD = Pattern.compile("\\b(?:" + words("standard-body", false).toUpperCase()
            + ")(?:[\\s/]+(?:" + words("standard-body", false).toUpperCase() + "|[A-Z]{1,4}))*"
            + "(?:\\s+[A-Z]{0,3}\\.?\\d[\\p{N}.:-]*+)+");
    /** "Article 22 of the ", "Section 230 of ", just before a name. */
    private static final Pattern CITED_BEFORE = Pattern.compile("(?i)\\b((?:" + PART + ")\\s+\\d+[\\p{N}\\p{L}().]*)"
            + "\\s+(?:of|under|in)\\s+(?:(?:" + ARTICLE + ")\\s+)?$");
    /** A name opening on its cited part: "Article 5 of Budapest Convention". */
    private static final Pattern CITED_IN = Pattern.compile("(?i)^((?:" + PART + ")\\s+\\d+[\\p{N}\\p{L}().]*)\\s+"
            + "(?:" + JOIN + ")\\s+(?:(?:" + ARTICLE + ")\\s+)?");
    /** A capitalised part and its number, wherever it stands: "Article 9", "Section 230(c)". */
    private static final Pattern PART_ALONE = Pattern.compile("\\b(?:" + words("instrument-part", true) + ")\\s+\\d+[\\p{N}\\p{L}().]*");
    /** What a part names the whole of, after it: "of", "under", "in" ("Section 2 of our report"). */
    private static final Pattern OF_AFTER = Pattern.compile("^\\s+(?:of|under|in)\\b");

    /** A capitalised word right after a head noun: "Crown Law Office" names a body, not a law. */
    private static final Pattern CAPITAL_AFTER = Pattern.compile("^\\s+(?!I\\b)(\\p{Lu}\\p{L}*)");

    /** Parts of speech a sentence may open on that are no part of a name ("Under", "The", "And"). */
    private static final Set<String> OPENING_POS = Set.of("DT", "IN", "CC", "PRP", "PRP$", "RB", "WDT", "WP", "WRB",
            "TO", "EX", "MD", "UH", "VBZ", "VBP", "VBD");

    private InstrumentFinder() {
    }

    /** The instruments a sentence names, in its order; {@code tokens} tell the opening word's part of speech. */
    static List<Named> find(String text, List<Token> tokens) {
        List<Named> out = new ArrayList<>();
        for (PhraseTable.Found f : KNOWN.all(text)) {
            String value = f.value();
            int paren = value.indexOf(" (");
            String name = paren < 0 ? value : value.substring(0, paren);
            String expansion = paren < 0 ? null : value.substring(paren + 2, value.length() - 1);
            Named last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.name().equals(name) && f.start() < last.end()) {
                // two phrases of one instrument overlapping ("UN Guiding Principles on Business ..."): one span
                int end = Math.max(last.end(), f.end());
                out.set(out.size() - 1, new Named(name, expansion, last.provision(),
                        text.substring(last.start(), end), last.start(), end));
            } else if (free(out, f.start(), f.end())) {
                out.add(new Named(name, expansion, citedBefore(text, f.start()), text.substring(f.start(), f.end()),
                        f.start(), f.end()));
            }
        }
        // most sentences hold no head noun: one cheap search spares them the name pattern
        if (HEADS.anyIn(text) && HEAD_WORD.matcher(text).find()) {
            Matcher m = NAME.matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                Named n = name(text, m, tokens);
                if (n != null && free(out, n.start(), n.end())) {
                    out.add(n);
                }
                // a name cut at a comma leaves the words after it to be read again ("…, Act 843 as …")
                from = n != null && n.end() < m.end() ? n.end() : m.end();
            }
        }
        Matcher s = STANDARD.matcher(text);
        boolean body = BODIES.anyIn(text);
        while (body && s.find()) {
            String form = trimEnd(s.group());
            if (free(out, s.start(), s.start() + form.length())) {
                out.add(new Named(form, null, null, form, s.start(), s.start() + form.length()));
            }
        }
        // "the Dynamic Coalition on Internet Standards, …", "the Policy Network on …": an IGF body on a subject, not
        // a text (the Global Digital Compact, a process too, is one)
        out.removeIf(InstrumentFinder::igfBody);
        out.sort(java.util.Comparator.comparingInt(Named::start));
        return out;
    }

    /**
     * A head-noun match as a name, or null where it is none: a head noun needs a capitalised word before it that
     * says which instrument (not only what kind: "Member's Bill"), a number or a capitalised complement after it. A sentence's opening function word, and a possessive naming a
     * place or body ("Kenya's Data Protection Act"), stay outside the name.
     */
    private static boolean igfBody(Named n) {
        int end = Lexicon.openingEnd("igf-process", n.name());
        return end > 0 && n.name().substring(end).stripLeading().startsWith("on ");
    }

    private static Named name(String text, Matcher m, List<Token> tokens) {
        int start = m.start();
        int end = m.end();
        String pre = m.group("pre");
        List<String> words = new ArrayList<>(List.of(pre.strip().isEmpty() ? new String[0] : pre.strip().split("\\s+")));
        if (!words.isEmpty() && start == firstWordAt(text) && !tokens.isEmpty()
                && OPENING_POS.contains(tokens.get(0).pos())) {
            start += pre.indexOf(words.get(0)) + words.get(0).length();
            start = skipSpace(text, start);
            words.remove(0);
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            if ((w.endsWith("'s") || w.endsWith("\u2019s")) && owner(tokens, w.substring(0, w.length() - 2))) {
                int at = text.indexOf(w, start) + w.length();
                start = skipSpace(text, at);
                words = new ArrayList<>(words.subList(i + 1, words.size()));
                break;
            }
        }
        while (!words.isEmpty() && LINK.matcher(words.get(0)).matches()) {
            start = skipSpace(text, text.indexOf(words.get(0), start) + words.get(0).length());
            words.remove(0);
        }
        boolean post = m.group("post") != null;
        // "Supplementary Act on Personal Data Protection in 2010": the year says when, within the complement too
        Matcher year = post ? IN_YEAR.matcher(m.group("post")) : null;
        if (year != null && year.find() && year.start() > 0) {
            end = m.start("post") + year.start();
        }
        int comma = post ? m.group("post").indexOf(',') : -1;
        boolean list = comma >= 0 && listOfTheName(m.group("post").substring(comma), tokens);
        if (post && (placeOrPerson(tokens, m.group("first")) && !HEAD_WORD.matcher(m.group("first")).matches() && !list
                || IN_YEAR.matcher(m.group("post")).lookingAt())) {
            // "Bill 21 in Quebec": where it applies, not its name; "Declaration of Principles on …" is one, whatever
            // the tagger made of "Principles", and so is a list of subjects; "Data Protection Act in 2019": when
            end = m.start("post");
            post = false;
        } else if (comma >= 0 && !list) {
            end = m.start("post") + comma;
        }
        boolean capitalised = words.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)));
        boolean generic = words.stream().allMatch(w -> LINK.matcher(w).matches()
                || GENERIC.contains(POSSESSIVE.matcher(w.toLowerCase(Locale.ROOT)).replaceFirst("")));
        if ((!capitalised || generic) && m.group("num") == null && !post) {
            return null;
        }
        if (words.isEmpty() && m.group("num") == null && post && !proper(text, start, end)) {
            return null;
        }
        if (m.group("head").equals("Law") && !words.isEmpty() && m.group("num") == null && !post
                && LAW_FIELDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (m.group("num") == null && !post && (partOfAnotherName(text, m.end())
                || !words.isEmpty() && words.stream().allMatch(w -> LINK.matcher(w).matches()
                        || nationality(tokens, w)))) {
            // "the Crown Law Office" is a body; "the Kenyan Act" says whose act, not which
            return null;
        }
        String form = trimEnd(text.substring(start, end));
        end = start + form.length();
        String provision = citedBefore(text, start);
        String name = form;
        Matcher cited = CITED_IN.matcher(form);
        if (cited.find() && cited.end() < form.length()) {
            provision = cited.group(1);
            name = form.substring(cited.end());
            start += cited.end();
        }
        return new Named(name, null, provision, name, start, end);
    }

    /**
     * Whether a complement's words after a comma go on with the name: a list of its subjects closing with "and"
     * ("Act on Cybersecurity, Data Protection and Electronic Transactions"), none of them a place or a person; a
     * lone comma ("Convention on Cybercrime, Budapest") ends the name.
     */
    private static boolean listOfTheName(String afterComma, List<Token> tokens) {
        String last = afterComma.substring(afterComma.lastIndexOf(',') + 1);
        return LIST_CLOSE.matcher(last).find() && CAP_WORD.matcher(afterComma).results()
                .noneMatch(w -> placeOrPerson(tokens, w.group()));
    }

    /**
     * Whether a head noun with only a complement after it ("Convention on Cybercrime") is a proper name: not where
     * a word before it makes it any such instrument ("an Act for ...", "that Act for Ministers"; a possessive says
     * whose, "our Law on Personal Data") nor where a purpose
     * clause follows the complement ("... for Ministers to promote ...").
     */
    private static boolean proper(String text, int start, int end) {
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        if (before.find()) {
            String word = before.group(1).toLowerCase(Locale.ROOT);
            // "our Law on Personal Data" says whose law; "that Act for Ministers" could be any act
            if (word.equals("a") || word.equals("an") || GENERIC.contains(word) && !OWNERS.contains(word)) {
                return false;
            }
        }
        return !PURPOSE_AFTER.matcher(text.substring(end)).find();
    }

    /** A cited part standing in a sentence: "Article 9". */
    record Part(String text, int start) {
    }

    /**
     * The parts a sentence cites apart from any instrument: not inside a name ("Article 5 of Budapest Convention")
     * and not of something named after them ("Article 9 of the GDPR", "Section 2 of our report"). Which instrument
     * they belong to is the talk's to tell ("the GDPR gives us Article 9", "GDPR Article 9").
     */
    static List<Part> partsAlone(String text, List<Named> named) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PART_ALONE.matcher(text);
        while (m.find()) {
            String part = trimEnd(m.group()).replaceAll("[(.]+$", "");
            int end = m.start() + part.length();
            if (free(named, m.start(), end) && !OF_AFTER.matcher(text.substring(end)).find()) {
                parts.add(new Part(part, m.start()));
            }
        }
        return parts;
    }

    /**
     * The numbered instrument a name ends on ("Senate Bill S-204" and "Bill S-204" are one bill), or the name
     * itself where it has no number or only a year.
     */
    static String numbered(String name) {
        Matcher m = NUMBERED.matcher(name);
        // "Act 2018" is a year, which says which act only with the name before it
        return m.find() && !m.group().matches(".*\\s(?:19|20)\\d\\d") ? m.group() : name;
    }

    private static String citedBefore(String text, int start) {
        Matcher c = CITED_BEFORE.matcher(text.substring(Math.max(0, start - 60), start));
        return c.find() ? c.group(1) : null;
    }

    private static boolean placeOrPerson(List<Token> tokens, String word) {
        return tokens.stream().anyMatch(t -> t.word().equals(word) && (t.ner().equals("PERSON")
                || t.ner().equals("LOCATION") || t.ner().equals("COUNTRY") || t.ner().equals("CITY")
                || t.ner().equals("STATE_OR_PROVINCE")));
    }

    /** Whether a capitalised word that is no head noun or cited part follows: the head noun is inside a name. */
    private static boolean partOfAnotherName(String text, int end) {
        Matcher after = CAPITAL_AFTER.matcher(text.substring(end));
        return after.find() && !HEAD_WORD.matcher(after.group(1)).matches()
                && !PART_ALONE.matcher(after.group(1) + " 1").matches();
    }

    /** A nationality adjective ("Kenyan"): tagged an adjective and a named entity, as places' adjectives are. */
    private static boolean nationality(List<Token> tokens, String word) {
        return tokens.stream().anyMatch(t -> t.word().equals(word) && t.pos().equals("JJ")
                && ("NATIONALITY".equals(t.ner()) || "MISC".equals(t.ner())));
    }

    /**
     * Whether a possessive word says whose instrument it is ("Kenya's Data Protection Act"): a named entity, or in
     * untagged text (a chat message) a place the regional table knows.
     */
    private static boolean owner(List<Token> tokens, String word) {
        return namedEntity(tokens, word) || tokens.isEmpty() && SelfIntroductions.REGIONS.all(word).stream()
                .anyMatch(f -> f.start() == 0 && f.end() == word.length());
    }

    private static boolean namedEntity(List<Token> tokens, String word) {
        return tokens.stream().anyMatch(t -> t.word().equals(word) && !"O".equals(t.ner()));
    }

    private static boolean free(List<Named> taken, int start, int end) {
        return taken.stream().noneMatch(n -> n.start() < end && start < n.end());
    }

    private static int firstWordAt(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static String trimEnd(String form) {
        return form.strip().replaceAll("['\u2019]s$", "").replaceAll("[.,:;'\u2019-]+$", "");
    }

    /** A word list of the lexicon as a regular-expression alternation, each word capitalised where asked. */
    private static String words(String list, boolean capitalise) {
        return Lexicon.words(list).stream().sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.quote(capitalise ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w))
                .collect(Collectors.joining("|"));
    }
}
