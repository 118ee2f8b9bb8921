package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.language.PhraseTable;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Person;
import org.rapporteur.model.Role;
import org.rapporteur.model.Text;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * What people say of themselves. A self-introduction ("My name is Amara Diallo, I'm from a civil society
 * organisation in Senegal") gives the stakeholder group and the UN regional group the session page does not:
 * the first organisation phrase of {@code facts/stakeholder-groups.txt} and the first place of
 * {@code facts/regional-groups.txt} it names. A field so filled is listed in {@link Person#inferred()} with the
 * sentence as evidence; a name the speaker gave ({@code inferred} "name", set when the speakers were resolved)
 * gets its sentence too. What the page says is never replaced.
 */
final class SelfIntroductions {

    /** Sentences at the start of a turn in which a speaker introduces themselves (after greetings, sound checks). */
    static final int INTRODUCTION_REACH = 8;
    /** An introduction is short; a long sentence with "I work with ..." is about the work. */
    static final int INTRODUCTION_WORDS = 35;
    private static final Cue CUE = Lexicon.cue("self-introduction");
    private static final Cue PRESS = Lexicon.cue("press-role");
    private static final Set<String> OPENING_END = Lexicon.words("name-opening-end");
    /** The tools and channels a session runs on ("the Q&amp;A", "Slido"): never an organisation. */
    private static final Set<String> MEETING_TOOLS = Lexicon.words("meeting-tool");
    /** Titles of someone elected for a place ("member for Chipata Central"): the place after "for" is a seat. */
    private static final Set<String> SEAT_HOLDERS = Lexicon.words("seat-holder");
    static final PhraseTable GROUPS = PhraseTable.read("facts/stakeholder-groups.txt");
    /** Letters after a name that say its bearer sits in a legislature ("DAWN BOWDEN AM"). */
    private static final Set<String> LEGISLATOR_LETTERS = Lexicon.lines("facts/legislator-letters.txt", true).stream()
            .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** The UN regional groups by country and city, read once for the session's places (also EntityExtractor). */
    static final PhraseTable REGIONS = PhraseTable.read("facts/regional-groups.txt");
    /**
     * An organisation named after "at", "with", "for", "from" or "in": capitalised words, joined by the small words
     * of names ("Federal Ministry of Communications and Digital Economy", "Red Andina de Ciberseguridad"), or an
     * acronym, never going on to the pronoun "I" ("at USP and I run a club"); possessive quantifiers keep it linear.
     */
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'’&.-]*+";
    /**
     * Capitalised words joined by the small words of names, "and the" too ("… and the Digital Economy"), and the
     * particles of place names in other languages ("University of Dar es Salaam", "Universidade do Porto").
     */
    private static final String NAME = WORD + "(?:\\s++(?:(?:of|for|and(?:\\s++the)?+|on|de|del|la|los|las|du|des|do|dos"
            + "|da|das|es|van|von|der|di|&)\\s++)?+"
            + "(?!I\\b)" + WORD + ")*+";
    /**
     * A name going on after a comma: a list of its parts closed by "and" ("Ministry of Communication, Innovation and
     * Digital Economy") that ends where the clause does or a place follows ("… in Malawi"); a lone comma ends the name
     * ("the Digital Rights Hub, based in Johannesburg"), as does a list going on to a common noun ("…, Berlin and
     * Vienna offices").
     */
    private static final Pattern LISTED_PARTS = Pattern.compile("\\G(?:,\\s++" + WORD + "(?:\\s++" + WORD + ")*+)*"
            + ",\\s++" + WORD + "(?:\\s++" + WORD + ")*+\\s++and\\s++(?:the\\s++)?+" + NAME
            + "(?=\\s*+(?:[,.;:!?)]|$)|\\s++(?:in|at|based|and|with|where)\\b)");
    /** A unit of an organisation, named before the organisation it is at ("School of Computing … at Makerere"). */
    private static final Set<String> UNITS = Lexicon.words("organisation-unit");
    private static final Pattern AT_ORGANISATION = Pattern.compile("\\G\\s++at\\s++(?:the\\s++)?+" + NAME);
    private static final Pattern ORGANISATION = Pattern.compile("\\b(?:at|with|for|from|in)\\s++(?:the\\s++)?+("
            + NAME + ")");
    /** In a chair's introduction, also the organisation someone heads ("Naledi is the director of the X Hub"). */
    private static final Pattern ORGANISATION_INTRODUCED = Pattern.compile("\\b(?:(?:at|with|from)\\s++(?:the"
            + "\\s++)?+|of\\s++the\\s++)(" + NAME + ")");
    private static final Pattern THE = Pattern.compile("\\sthe\\s");
    /** An organisation's name set off after a full name, ending on a comma or a stop (never the pronoun "I"). */
    private static final Pattern APPOSED = Pattern.compile("(?!I\\b|I['’])(" + NAME + ")(?=\\s*+[,.;]|\\s*+$)");
    /** An apposition saying what a one-word name is ("from ReCircuit, a refurbisher in Berlin"). */
    private static final Pattern APPOSITION = Pattern.compile(",\\s++an?\\s++\\p{Ll}");
    /** Words between a name and the organisation a chair's introduction gives them, at most. */
    private static final int INTRODUCED_WITHIN = 14;
    private static final Pattern RANGE_END = Pattern.compile("\\s++to\\b");
    /** A sentence opening on a given name and saying what they are ("Naledi is the director of ..."). */
    private static final Pattern GIVEN_OPENING = Pattern.compile("\\p{Lu}\\p{L}+\\s+is\\b");
    /** The prepositions of where someone works ("at", "with", "for"), as against where they are from. */
    private static final Pattern WORKS_AT = Pattern.compile("(?:at|with|for)\\s");
    /** An employer named after "at": "… at Mosaic". */
    private static final Pattern AT_EMPLOYER = Pattern.compile("\\sat\\s++(?:the\\s++)?+\\p{Lu}");
    /** Hyphens and dashes captioners write ("non‑profit", "start‑up"), read as a plain hyphen when matching. */
    private static final Pattern HYPHENS = Pattern.compile("[\u2010\u2011\u2012\u2013]");
    /** Where a sentence of a chat message ends, for messages the tagger did not split. */
    private static final Pattern CHAT_SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private SelfIntroductions() {
    }

    /**
     * Whether a sentence is a self-introduction: near the start of its turn, short, with an introduction cue,
     * opening on the speaker's own name ("Dina speaking, from a youth network in Amman") or saying their full name.
     */
    static boolean introduces(Sentence s) {
        // a name is often set off by commas ("I'm Farah Siddiqui, from a non-profit in Karachi"); words the cue
        // lacks it lacks without them too
        return s.indexInTurn() < INTRODUCTION_REACH && (s.wordCount() <= INTRODUCTION_WORDS
                && (CUE.mayHold(s.text()) && (CUE.find(s.text()) || CUE.find(s.text().replace(",", "")))
                        || opensOnOwnName(s) || saysFullName(s))
                || shortClauseIntroduces(s.text()) || ownNameClause(s));
    }

    /**
     * A long sentence whose first clause introduces the speaker and where they work: "I lead trust and safety policy
     * for emerging markets at Mosaic, which is a social platform, …" (the cue, and the words to the comma after it
     * naming an employer "at", within an introduction's length).
     */
    private static boolean shortClauseIntroduces(String text) {
        Matcher cue = CUE.matcher(text);
        if (!CUE.mayHold(text) || !cue.find()) {
            return false;
        }
        int comma = text.indexOf(',', cue.end());
        String clause = text.substring(0, comma < 0 ? text.length() : comma);
        return AT_EMPLOYER.matcher(clause).find() && Text.wordCount(clause) <= INTRODUCTION_WORDS;
    }

    /**
     * A long sentence whose first clause gives the speaker's own name with an introduction cue ("My name is Adaeze
     * Okafor, I am the Minister of Communications …, which is why I have the pleasure to chair"): who they are.
     */
    private static boolean ownNameClause(Sentence s) {
        int comma = s.text().indexOf(',');
        if (comma < 0 || s.speaker() == null) {
            return false;
        }
        String clause = s.text().substring(0, comma);
        if (!CUE.mayHold(clause) || !CUE.find(clause)) {
            return false;
        }
        return SessionPeople.nameParts(s.speaker()).stream().anyMatch(part -> part.length() > 2
                && Pattern.compile("\\b" + Pattern.quote(part) + "\\b").matcher(clause).find());
    }

    /** "This is Ibrahim Kamara from the Sierra Leone IGF hub in Freetown": the speaker's own full name, as written. */
    private static boolean saysFullName(Sentence s) {
        String name = s.speaker() == null ? "" : s.speaker().strip();
        int at = name.indexOf(' ');
        if (at < 2) {
            return false;
        }
        int found = s.text().indexOf(name);
        int end = found + name.length();
        return found >= 0 && (found == 0 || !Character.isLetter(s.text().charAt(found - 1)))
                && (end == s.text().length() || !Character.isLetter(s.text().charAt(end)));
    }

    /** "Dina speaking, ...": the speaker's given name, then a word of {@code name-opening-end}. */
    private static boolean opensOnOwnName(Sentence s) {
        String given = s.speaker() == null ? "" : s.speaker().strip().split("\\s+")[0];
        if (given.length() < 2) {
            return false;
        }
        String[] words = s.text().strip().replaceFirst("^\\W+", "").split("[\\s,]+", 3);
        return words.length >= 2 && words[0].equals(given) && OPENING_END.contains(words[1].toLowerCase(Locale.ROOT));
    }

    /** The people with what their own introductions add, said or written in the chat. */
    static List<Person> complete(List<Person> people, List<Sentence> sentences, BitSet introductions,
                                 List<ChatMessage> chat) {
        List<Person> out = new ArrayList<>(people.size());
        Set<String> names = new LinkedHashSet<>();
        people.forEach(p -> names.add(p.name()));
        Set<String> chairs = new LinkedHashSet<>();
        people.stream().filter(p -> p.has(Role.MODERATOR) || p.has(Role.ONLINE_MODERATOR))
                .forEach(p -> chairs.add(p.name()));
        // each chair's sentence is read for every person without an affiliation: its hyphens made plain once
        List<Said> chairsSaid = sentences.stream().filter(s -> chairs.contains(s.speaker()))
                .map(s -> new Said(plainHyphens(s.text()), s.tokens(), s.evidence())).toList();
        String legislatorsGroup = legislatorsGroup(people);
        for (Person p : people) {
            Person completed = asLabelled(complete(p, sentences, introductions, chat, names), sentences,
                    legislatorsGroup);
            out.add(completed.affiliation() == null || completed.affiliation().isBlank()
                    ? introducedByChair(completed, chairsSaid, names) : completed);
        }
        return out;
    }

    /**
     * The group of someone whose label says they sit in a legislature ("DAWN BOWDEN AM") and who gave none: the
     * legislators' group, inferred, the label where it stands as evidence.
     */
    private static Person asLabelled(Person p, List<Sentence> sentences, String legislatorsGroup) {
        if (p.stakeholderGroup() != null && !p.stakeholderGroup().isBlank()) {
            return p;
        }
        return sentences.stream().filter(s -> s.speaker().equals(p.name()) && legislator(s.turn().label()))
                .findFirst().map(s -> {
                    List<String> inferred = new ArrayList<>(p.inferred());
                    inferred.add("stakeholderGroup");
                    List<Evidence> evidence = new ArrayList<>(p.evidence());
                    evidence.add(s.turn().labelEvidence(s.line(), s.evidence().time()));
                    return new Person(p.name(), p.roles(), p.affiliation(), legislatorsGroup, p.region(),
                            p.aliases(), inferred, evidence);
                }).orElse(p);
    }

    /**
     * The group the session page gives the legislators it lists, where it gives them one; else a member of
     * parliament's in the stakeholder table.
     */
    private static String legislatorsGroup(List<Person> people) {
        Set<String> groups = people.stream()
                .filter(p -> p.stakeholderGroup() != null && !p.stakeholderGroup().isBlank()
                        && !p.inferred().contains("stakeholderGroup")
                        && (legislator(p.name()) || p.aliases().stream().anyMatch(SelfIntroductions::legislator)))
                .map(Person::stakeholderGroup).collect(Collectors.toSet());
        return groups.size() == 1 ? groups.iterator().next() : GROUPS.first("member of parliament");
    }

    /** A label or name of three words or more ending on a legislator's letters ("Kwabena Asiedu MP"). */
    private static boolean legislator(String label) {
        String[] words = label.strip().replaceAll("[:.,]+$", "").split("\\s+");
        return words.length >= 3 && LEGISLATOR_LETTERS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * The affiliation a chair's introduction gives a speaker who gave none of their own ("Our next speaker is Dr.
     * Chikondi Banda, Director of Digital Government, from the Ministry of …"; "Naledi is the director of the Digital
     * Rights Hub Southern Africa"): the organisation after the speaker's full name, or after their given name opening
     * the sentence, before anyone else is named; inferred, with the chair's sentence as evidence.
     */
    private static Person introducedByChair(Person p, List<Said> chairsSaid, Set<String> names) {
        // the chair says the name without the titles the page gives it ("Julius Mbeki" for "Adv. Julius Mbeki")
        String name = String.join(" ", SessionPeople.nameParts(p.name()));
        String given = SessionPeople.givenName(p.name());
        boolean ownGiven = given.length() > 2 && names.stream().filter(n -> n.split("\\s+")[0].equals(given)).count() == 1;
        // compiled once: most of the chair's sentences are looked at for each person without an affiliation
        List<Pattern> aliases = fullNameAliases(p.aliases());
        for (Said s : chairsSaid) {
            if (s.evidence().speaker().equals(p.name())) {
                continue;
            }
            String text = s.text();
            // one word ("Maria", a label nobody resolved) is no full name to find; a label the captioner wrote them
            // by is ("EMEKA NWACHUKWU" for the listed Chukwuemeka Nwachukwu, introduced as "Emeka Nwachukwu")
            int at = name.contains(" ") ? text.indexOf(name) : -1;
            at = at >= 0 ? at + name.length() : aliasEnd(text, aliases);
            at = at >= 0 ? at
                    : ownGiven && GIVEN_OPENING.matcher(text).lookingAt() && text.startsWith(given + " ")
                    ? given.length() : -1;
            if (at < 0) {
                continue;
            }
            // the words about them: up to the next person a list of introductions names ("…; Jo-anne Daniels, …")
            String after = text.substring(at).split(";", 2)[0];
            for (String other : names) {
                // by given name or by surname: the chair may call them by another given name ("Emeka Nwachukwu"
                // for the listed Chukwuemeka Nwachukwu)
                String[] words = other.split("\\s+");
                if (other.equals(p.name())) {
                    continue;
                }
                Matcher named = Pattern.compile("\\b(?:" + Pattern.quote(words[0]) + " |"
                        + Pattern.quote(words[words.length - 1]) + "\\b)").matcher(after);
                after = named.find() ? after.substring(0, named.start()) : after;
            }
            String a = organisation(after, s.tokens(), names, ORGANISATION_INTRODUCED);
            int where = a == null ? -1 : after.indexOf(a);
            // said of them, close after the name; not a range of what they followed ("from the OECD to the ISOC")
            if (a != null && Wording.words(after.substring(0, where)) <= INTRODUCED_WITHIN
                    && !RANGE_END.matcher(after.substring(where + a.length())).lookingAt()) {
                List<String> inferred = new ArrayList<>(p.inferred());
                inferred.add("affiliation");
                List<Evidence> evidence = new ArrayList<>(p.evidence());
                evidence.add(s.evidence());
                return new Person(p.name(), p.roles(), a, p.stakeholderGroup(), p.region(), p.aliases(),
                        List.copyOf(inferred), List.copyOf(evidence));
            }
        }
        return p;
    }

    private static String plainHyphens(String text) {
        return HYPHENS.matcher(text).replaceAll("-");
    }

    /** Words someone said or wrote of themselves, with the tagger's tokens where they were said. */
    private record Said(String text, List<Token> tokens, Evidence evidence) {
    }

    /**
     * What a person says of themselves: their introductions in the transcript, then in their own chat messages
     * ("Good morning from Accra! I work at the Environmental Protection Agency here in Ghana"), a sentence of a
     * message with an introduction cue and an introduction's length; the message is the evidence.
     */
    private static List<Said> ownIntroductions(Person p, List<Sentence> sentences, BitSet introductions,
                                               List<ChatMessage> chat) {
        List<Said> out = new ArrayList<>();
        sentences.stream().filter(s -> s.speaker().equals(p.name()) && introductions.get(s.index()))
                .forEach(s -> out.add(new Said(s.text(), s.tokens(), s.evidence())));
        for (ChatMessage m : chat) {
            if (m.direct() || m.sender() == null
                    || !(m.sender().equals(p.name()) || m.sender().startsWith(p.name() + " ("))) {
                continue;
            }
            String[] parts = CHAT_SENTENCE_END.split(m.text().strip());
            for (int k = 0; k < Math.min(parts.length, INTRODUCTION_REACH); k++) {
                if (CUE.find(parts[k]) && Text.wordCount(parts[k]) <= INTRODUCTION_WORDS) {
                    out.add(new Said(parts[k], List.of(), new Evidence(EvidenceSource.CHAT, m.file(), m.sender(),
                            m.line(), m.time(), m.text())));
                }
            }
        }
        return out;
    }

    /** The full-name aliases (of more than one word), each found whatever its case. */
    private static List<Pattern> fullNameAliases(List<String> aliases) {
        return aliases.stream().filter(a -> a.contains(" "))
                .map(a -> Pattern.compile("(?iu)\\b" + Pattern.quote(a) + "\\b")).toList();
    }

    /** Where the first of the aliases said in the text ends; -1 where none is. */
    private static int aliasEnd(String text, List<Pattern> aliases) {
        for (Pattern alias : aliases) {
            Matcher m = alias.matcher(text);
            if (m.find()) {
                return m.end();
            }
        }
        return -1;
    }

    private static Person complete(Person p, List<Sentence> sentences, BitSet introductions, List<ChatMessage> chat,
                                   Set<String> names) {
        boolean wantsGroup = p.stakeholderGroup() == null || p.stakeholderGroup().isBlank();
        boolean wantsRegion = p.region() == null || p.region().isBlank();
        boolean wantsNameEvidence = p.inferred().contains("name") && p.evidence().isEmpty();
        boolean wantsAffiliation = p.affiliation() == null || p.affiliation().isBlank();
        if (!wantsGroup && !wantsRegion && !wantsNameEvidence && !wantsAffiliation) {
            return p;
        }
        String affiliation = p.affiliation();
        String group = p.stakeholderGroup();
        String region = p.region();
        Set<String> inferred = new LinkedHashSet<>(p.inferred());
        Set<Evidence> evidence = new LinkedHashSet<>(p.evidence());
        for (Said s : ownIntroductions(p, sentences, introductions, chat)) {
            String text = plainHyphens(s.text());
            boolean used = wantsNameEvidence && Pattern.compile(Pattern.quote(p.name().split("\\s+")[0]))
                    .matcher(s.text()).find();
            String g = wantsGroup && !inferred.contains("stakeholderGroup") ? GROUPS.first(text) : null;
            if (g != null) {
                group = g;
                inferred.add("stakeholderGroup");
                used = true;
            }
            String a = wantsAffiliation && !inferred.contains("affiliation")
                    ? organisation(text, s.tokens(), names) : null;
            a = a != null || !wantsAffiliation || inferred.contains("affiliation") ? a
                    : apposedOrganisation(text, p.name(), s.tokens(), names);
            if (a != null) {
                affiliation = a;
                inferred.add("affiliation");
                used = true;
            }
            String r = wantsRegion && !inferred.contains("region") ? region(text, s.tokens()) : null;
            if (r != null) {
                region = r;
                inferred.add("region");
                used = true;
            }
            if (used) {
                evidence.add(s.evidence());
                wantsNameEvidence = false;
            }
        }
        if (wantsNameEvidence) {
            // a name someone else gave with the title the page lists ("Permanent Secretary, Dr. Moses Kaanjuka, the
            // floor is yours."): their sentence is the evidence
            sentences.stream().filter(s -> !s.speaker().equals(p.name()) && s.text().contains(p.name())
                            && p.aliases().stream().anyMatch(s.text()::contains))
                    .findFirst().ifPresent(s -> evidence.add(s.evidence()));
        }
        return new Person(p.name(), p.roles(), affiliation, group, region, p.aliases(), List.copyOf(inferred),
                List.copyOf(evidence));
    }

    /**
     * The organisation a voice names right after its own full name and a comma, at a floor microphone ("Esther
     * Mensah, Ghana Chamber of Telecommunications.", "Kojo Asante, Ministry of Employment and Labour Relations,
     * Ghana."): two capitalised words or more, or an acronym, up to the next comma or stop, that are neither a place
     * nor a person; null otherwise ("Hélène Kouassi, I'm the secretary general").
     */
    private static String apposedOrganisation(String text, String name, List<Token> tokens, Set<String> people) {
        int at = text.indexOf(name + ", ");
        if (at < 0) {
            return null;
        }
        Matcher m = APPOSED.matcher(text).region(at + name.length() + 2, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String org = m.group(1).replaceAll("[.'’-]+$", "");
        boolean acronym = org.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        boolean place = REGIONS.all(org).stream().anyMatch(f -> f.start() == 0 && f.end() == org.length())
                || tagged(org, tokens, "LOCATION");
        boolean person = people.stream().anyMatch(n -> n.contains(org) || org.contains(n))
                || tagged(org, tokens, "PERSON");
        return (acronym || org.contains(" ")) && !place && !person ? org : null;
    }

    /**
     * A warning for each speaker without a stakeholder group who introduced themselves as a member of the press: the
     * IGF accredits the press apart from its stakeholder groups, so none is guessed for them (a journalist may still
     * speak for a civil society group, which their words then name).
     */
    static List<String> pressWarnings(List<Person> people, List<Sentence> sentences) {
        List<String> out = new ArrayList<>();
        for (Person p : people) {
            if (p.stakeholderGroup() != null && !p.stakeholderGroup().isBlank()) {
                continue;
            }
            sentences.stream().filter(s -> s.speaker().equals(p.name()) && introduces(s) && PRESS.find(s.text()))
                    .findFirst().ifPresent(s -> out.add(p.name() + " introduced themselves as press (\u201c"
                            + s.text().strip() + "\u201d, " + s.evidence().file() + ", line " + s.evidence().line()
                            + "): the IGF accredits the press apart from its stakeholder groups, so no stakeholder"
                            + " group is given. Add one if they spoke for one."));
        }
        return out;
    }

    /**
     * The organisation an introduction says the speaker is at or with: a name of two words or more, or an acronym,
     * that is neither a place ("from South Asia") nor a person ("here with Ana Ruiz"); a single capitalised word
     * ("from Addis") may be either and is left alone. After "at", "with" or "for" only a place the regional table
     * knows is one: the tagger takes many a company's name for a place.
     */
    private static String organisation(String text, List<Token> tokens, Set<String> people) {
        return organisation(text, tokens, people, ORGANISATION);
    }

    private static String organisation(String text, List<Token> tokens, Set<String> people, Pattern organisation) {
        Matcher m = organisation.matcher(text);
        while (m.find()) {
            String name = wholeName(text, m.start(1), m.end(1)).replaceAll("[.'’-]+$", "");
            boolean acronym = name.length() >= 2 && name.chars().allMatch(c -> Character.isUpperCase(c)
                    || Character.isDigit(c) || c == '&');
            // where someone works at or with, a name the tagger takes for a place but no table knows as one is
            // their company's ("at Eder Automation", "head of accessibility at Lumen Mobile")
            // so is, in a chair's introduction, the organisation someone is "from the" ("from the Pacific Islands
            // Forum Secretariat"): a place the table knows still is one
            boolean employer = WORKS_AT.matcher(m.group()).lookingAt()
                    || organisation == ORGANISATION_INTRODUCED && THE.matcher(m.group()).find();
            // work "for" a place is its scope ("policy work for East Africa"), not an employer
            boolean place = REGIONS.all(name).stream().anyMatch(f -> f.start() == 0 && f.end() == name.length())
                    || (!employer || m.group().startsWith("for")) && tagged(name, tokens, "LOCATION");
            // a brand and the country it serves ("with Digicel Tonga", "at MTN Uganda") is a company, whatever the
            // tagger says
            boolean branch = REGIONS.all(name).stream().anyMatch(f -> f.start() > 0 && f.end() == name.length());
            boolean person = people.stream().anyMatch(n -> n.contains(name) || name.contains(n))
                    || !branch && tagged(name, tokens, "PERSON");
            // one word is a name only where the speaker works at it ("I lead trust and safety policy for emerging
            // markets at Mosaic"), or where an apposition says what it is ("Maria Schultz from ReCircuit, a
            // refurbisher in Berlin"), unless the tagger reads a place ("from Nairobi, a city of five million")
            boolean company = m.group().startsWith("at") || APPOSITION.matcher(text).region(m.end(1), text.length())
                    .lookingAt() && !tagged(name, tokens, "LOCATION");
            // "he will bring in your questions from the Q&A": a meeting's tool or channel is no one's employer
            boolean tool = MEETING_TOOLS.contains(name.toLowerCase(Locale.ROOT));
            // "member for Chipata Central": the seat a legislator holds, not whom they work for
            boolean seat = m.group().startsWith("for") && SEAT_HOLDERS.contains(lastWord(text.substring(0, m.start())));
            if ((acronym || name.contains(" ") || company) && !place && !person && !tool && !seat) {
                return name;
            }
        }
        return null;
    }

    /** The last word of a text, lower case; empty where it has none. */
    private static String lastWord(String text) {
        String[] words = text.strip().split("[\\s,]+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    /**
     * An organisation's whole name from where its first words end: on through a list of its parts after a comma
     * ("Ministry of Communication, Innovation and Digital Economy") and, for a unit, to the organisation it is at
     * ("School of Computing and Informatics Technology at Makerere University").
     */
    private static String wholeName(String text, int start, int end) {
        Matcher listed = LISTED_PARTS.matcher(text);
        if (listed.find(end)) {
            end = listed.end();
        }
        String first = text.substring(start, end).split("\\s+")[0].toLowerCase(Locale.ROOT);
        Matcher at = AT_ORGANISATION.matcher(text);
        if (UNITS.contains(first) && at.find(end)) {
            end = at.end();
        }
        return text.substring(start, end);
    }

    /**
     * The first place a sentence names as where the speaker is or works, as its UN regional group; a place's name
     * that qualifies the common noun after it ("the Canada emergency student benefit") names a programme, not a
     * place they are from.
     */
    private static String region(String text, List<Token> tokens) {
        for (PhraseTable.Found f : REGIONS.all(text)) {
            if (!qualifiesNoun(text.substring(f.start(), f.end()), tokens)) {
                return f.value();
            }
        }
        return null;
    }

    /** Whether every capitalised word of a name is tagged so ("West Africa", "Banff and Canmore" are places). */
    private static boolean tagged(String name, List<Token> tokens, String type) {
        for (String word : name.split("\\s+")) {
            if (Character.isUpperCase(word.charAt(0))
                    && tokens.stream().noneMatch(t -> t.word().equals(word) && type.equals(t.ner()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean qualifiesNoun(String place, List<Token> tokens) {
        String[] words = place.strip().split("\\s+");
        String last = words[words.length - 1];
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).word().equalsIgnoreCase(last)) {
                // a place's name before a common noun; an adjective ("a Kenyan start-up") still places them
                String next = tokens.get(k + 1).pos();
                return tokens.get(k).pos().startsWith("NNP") && (next.equals("NN") || next.equals("NNS"));
            }
        }
        return false;
    }

}
