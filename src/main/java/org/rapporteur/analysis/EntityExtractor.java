package org.rapporteur.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Entity;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Person;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * Named entities (CoreNLP's organisations, locations, people and miscellaneous names), the acronyms the talk
 * defines ({@link Acronyms}) and the instruments it names ({@link InstrumentFinder}), each counted once however it
 * was written: case, a leading "the", a possessive, an acronym and its expansion, the short and long name of a
 * known instrument. The session's own people (listed or heard, by full name, label, surname or given name) are
 * not entities of interest, whatever type CoreNLP gave their names.
 */
public final class EntityExtractor {

    static final String INSTRUMENT = "INSTRUMENT";
    /** Named entities other than instruments kept, the most mentioned; instruments are kept up to as many again. */
    static final int LIMIT = 30;
    /** Other forms shown per entity. */
    private static final int FORMS = 5;

    private static final Set<String> TYPES = Set.of("ORGANIZATION", "LOCATION", "PERSON", "MISC");
    private static final Map<String, String> FINE_TYPES = Map.of("COUNTRY", "LOCATION", "CITY", "LOCATION",
            "STATE_OR_PROVINCE", "LOCATION", "NATIONALITY", "MISC", "RELIGION", "MISC");
    /** Forms of address CoreNLP may take for a person's name ("Madam Chair", "Chair"). */
    private static final Cue ADDRESS = Lexicon.cue("gender-address");
    private static final Set<String> CHAIR = Lexicon.words("address-chair");
    private static final Set<String> HEADS = Lexicon.words("instrument-noun");
    private static final Set<String> MEETING_TOOLS = Lexicon.words("meeting-tool");
    /** "Article", "Section": a part of an instrument, tagged alone ("Article 22 of the GDPR"), names nothing. */
    private static final Set<String> PARTS = Lexicon.words("instrument-part");
    /** A head noun alone, capitalised after "the" ("under the Charter"), where no name follows it. */
    private static final Pattern BARE_HEAD = Pattern.compile("\\b[Tt]he\\s+(" + HEADS.stream()
            .map(h -> Character.toUpperCase(h.charAt(0)) + h.substring(1)).sorted()
            .collect(Collectors.joining("|")) + ")\\b(?!\\s+(?:[A-Z\\d(]|(?:of|on|for|to)\\s+[A-Z]))");
    /** A short form of an instrument: initials and a head noun ("HE Act"). */
    private static final Pattern SHORT_FORM = Pattern.compile("([A-Z]{2,6})\\s+(\\p{L}+)");
    /** An instrument's name that is an acronym ("CRA", "GDPR"), not a short name ("Budapest Convention"). */
    private static final Pattern ACRONYM_NAME = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}+]{1,7}");
    /** What an IGF body's name says it is on: "on …", "of …", "for …". */
    private static final Pattern SUBJECT_AFTER_BODY = Pattern.compile("\\s+(?:on|of|for)\\s");
    /** An acronym alone, as the talk says it ("EAA", "WAD"). */
    private static final Pattern BARE_ACRONYM = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^(?:" + String.join("|", Lexicon.words("article"))
            + ")\\s+");
    /** The patterns of {@link #norm}, compiled once: it runs on every mention. */
    private static final Pattern MARK = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACED_JOIN = Pattern.compile(" ?([-/]) ?");
    private static final Pattern POSSESSIVE_END = Pattern.compile("'s$|'$");
    /** Parts of speech a name never opens on: prepositions and "to" ("In", "Because", "To"). */
    private static final Set<String> PREPOSITIONS = Set.of("IN", "TO");
    /** Determiners a name never opens on: the articles ("The", "A"); "All Wales …" keeps its "All". */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Words giving another name of an instrument just named ("Act 843 as everyone calls it"). */
    private static final Cue ALSO_CALLED = Lexicon.cue("instrument-alias");
    /** Greetings in other languages ("Kia ora", "Salaam"), which the tagger may take for names. */
    private static final Cue GREETING_WORDS = Lexicon.cue("greeting-word");
    /** An acronym in the plural ("VPNs", "NGOs", "ISPs"): a kind of thing, never someone or something named. */
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");
    /** Acronyms naming a kind of thing ("a SIM card"), which the tagger may take for an organisation. */
    private static final Set<String> THING_ACRONYMS = Lexicon.words("thing-acronym");
    /** Nouns that make a place's name the name of a thing it issues ("the Ghana Card"). */
    private static final Set<String> NAMED_THINGS = Lexicon.words("named-thing-noun");
    /** The kind of an entity that is a language (facts/languages.txt). */
    static final String LANGUAGE = "LANGUAGE";
    private static final Set<String> LANGUAGES = Lexicon.lines("facts/languages.txt", true).stream()
            .map(EntityExtractor::norm).collect(Collectors.toSet());
    /** An IGF process named as a whole ("Policy Network", "Dynamic Coalition"). */
    private static final Cue IGF_PROCESS = Lexicon.cue("igf-process");
    /** Forms of address the tagger takes for names ("Honourable Members"): never an entity. */
    private static final Set<String> ADDRESS_FORMS = Lexicon.words("address-form");
    /** Parliaments and chambers (facts/legislatures.txt): organisations, whatever the tagger said. */
    private static final Set<String> LEGISLATURES = Set.copyOf(Lexicon.lines("facts/legislatures.txt", true));
    /** Nouns that end a body's name ("the Russell Group") or open it before "of" ("Ministry of Health"). */
    private static final Set<String> BODY_HEADS = Lexicon.words("organisation-head");

    /** The entities of a session, and the doubts about them worth a rapporteur's look. */
    public record Entities(List<Entity> entities, List<String> warnings) {

        public Entities {
            entities = List.copyOf(entities);
            warnings = List.copyOf(warnings);
        }
    }

    /** A stretch of a sentence already counted as one entity. */
    private record Claim(String text, String key) {
    }

    private EntityExtractor() {
    }

    public static Entities extract(Discussion d) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> aliases = new HashMap<>();
        Map<String, Tally> byKey = new LinkedHashMap<>();
        List<DefinedAcronym> defined = definitions(d, aliases, warnings);
        PersonNames people = new PersonNames(d);
        Set<String> affiliations = d.people().all().stream().map(Person::affiliation)
                .filter(a -> a != null && !a.isBlank()).map(EntityExtractor::norm).collect(Collectors.toSet());
        Map<String, List<String>> bareMentions = new HashMap<>();
        Sentence previous = null;
        List<Placed> previousNamed = List.of();
        // the organisations the current turn named in several words, by their last word ("commission")
        Map<String, String> turnBodies = new HashMap<>();
        Turn bodiesOf = null;
        for (int i = 0; i < d.size(); i++) {
            SentenceKind kind = d.kind(i);
            if (kind == SentenceKind.STAGE_DIRECTION || kind == SentenceKind.FILLER) {
                continue;
            }
            Sentence s = d.sentence(i);
            List<Claim> claims = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (DefinedAcronym a : defined) {
                Matcher m = a.mention().matcher(s.text());
                // "the Internet Governance Forum (IGF)" is one mention in two forms
                boolean first = true;
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                    claims.add(new Claim(m.group(), a.key()));
                    Tally t = tally(byKey, a.key(), s).name(a.definition().acronym())
                            .expansion(a.definition().expansion());
                    if (first) {
                        t.mention(m.group(), null);
                    } else {
                        t.form(m.group());
                    }
                    first = false;
                }
            }
            List<InstrumentFinder.Named> instruments = InstrumentFinder.find(s.text(), s.tokens());
            List<Placed> named = new ArrayList<>();
            Matcher bare = BARE_HEAD.matcher(s.text());
            while (bare.find()) {
                int at = bare.start(1);
                if (instruments.stream().noneMatch(n -> n.start() <= at && at < n.end())) {
                    bareMentions.computeIfAbsent(bare.group(1).toLowerCase(Locale.ROOT), h -> new ArrayList<>())
                            .add(bare.group().strip());
                }
            }
            List<Placed> before = previous != null && previous.turn() == s.turn() && previous.index() + 1 == s.index()
                    ? previousNamed : List.of();
            for (InstrumentFinder.Named n : instruments) {
                boolean overlaps = spans.stream().anyMatch(x -> x[0] < n.end() && n.start() < x[1]);
                String inside = overlaps ? claimAt(claims, n.form()) : null;
                String key = inside != null ? inside : instrumentKey(n.name(), aliases);
                Placed same = inside == null ? otherNameOf(s.text(), n, named, before) : null;
                if (same != null && !same.key().equals(key)) {
                    // "Act 843 as everyone calls it": every later "Act 843" is that instrument too
                    aliases.put(key, same.key());
                    key = same.key();
                }
                if (n.expansion() != null) {
                    aliases.putIfAbsent(norm(n.expansion()), key);
                }
                Tally t = tally(byKey, key, s);
                if (inside != null) {
                    t.vote(INSTRUMENT);
                } else {
                    t.mention(n.form(), INSTRUMENT).name(n.name()).expansion(n.expansion());
                    claims.add(new Claim(n.form(), key));
                }
                if (n.provision() != null) {
                    t.provisions.add(n.provision());
                }
                named.add(new Placed(t, key, n.start(), n.end()));
            }
            attachParts(InstrumentFinder.partsAlone(s.text(), instruments), named, before);
            // an IGF body whose subject is a list ("the Dynamic Coalition on Internet Standards, Security and
            // Safety"): one organisation, which the tagger cuts at the comma
            for (String body : NextStepFinder.processesNamed(s.text())) {
                if (body.contains(",")) {
                    String name = LEADING_THE.matcher(body).replaceFirst("");
                    String key = key(name, aliases);
                    tally(byKey, key, s).mention(name, "ORGANIZATION");
                    claims.add(new Claim(name, key));
                }
            }
            previous = s;
            previousNamed = named;
            if (s.turn() != bodiesOf) {
                turnBodies.clear();
                bodiesOf = s.turn();
            }
            Set<String> greeting = greetingWords(s.text());
            for (String[] e : namedEntities(s.tokens())) {
                String text = withoutGreeting(e[0], greeting);
                String type = ("PERSON".equals(e[1]) || "ORGANIZATION".equals(e[1])) && isPlace(text) ? "LOCATION" : e[1];
                if ("LOCATION".equals(type) && namesAThing(text)) {
                    type = "MISC";
                }
                // the tagger's known mistakes: a language ("in Kiswahili and Amharic") or an IGF process ("the
                // Policy Network") taken for a place
                if (LANGUAGES.contains(norm(text))) {
                    type = LANGUAGE;
                } else if (!"ORGANIZATION".equals(type) && IGF_PROCESS.matcher(text).matches()) {
                    type = "MISC";
                }
                if (LEGISLATURES.contains(norm(text)) || namesABody(text)) {
                    type = "ORGANIZATION";
                }
                if (affiliations.contains(norm(text))) {
                    // someone's affiliation, said in their introduction, is an organisation whatever the tagger says
                    type = "ORGANIZATION";
                }
                // a bare head noun ("the Bill", tagged a person) or part ("Article") names nothing on its own, nor
                // does a greeting ("Hello, can you hear us?" tags "Hello" a person) or a plural acronym ("VPNs")
                if (text.length() < 2 || people.named(text) || HEADS.contains(norm(text))
                        || PLURAL_ACRONYM.matcher(text).matches() || THING_ACRONYMS.contains(norm(text))
                        || MEETING_TOOLS.contains(norm(text)) || PARTS.contains(norm(text))
                        || ADDRESS_FORMS.contains(norm(text))
                        || Lexicon.openingEnd("greeting", text) == text.length()) {
                    continue;
                }
                String inside = claimAt(claims, text);
                if (inside != null) {
                    byKey.get(inside).vote(type);
                } else {
                    if ("ORGANIZATION".equals(type)) {
                        shortFormOfBodyJustNamed(text, turnBodies, byKey, aliases);
                    }
                    tally(byKey, key(text, aliases), s).mention(text, type);
                }
            }
        }
        instrumentsInTheChat(d, byKey, aliases);
        mergeShortForms(byKey);
        mergeAcronymsOfInstruments(byKey);
        mergeTheOnlyOneOfItsKind(byKey, bareMentions);
        return new Entities(ranked(byKey.values()), warnings);
    }

    /**
     * The instruments the public chat names ("In Kenya the Persons with Disabilities Act 2025 now mentions ICT"):
     * those the talk named too are counted once more; one named only in the chat is an instrument of the session,
     * its message the evidence. Direct messages are never quoted.
     */
    private static void instrumentsInTheChat(Discussion d, Map<String, Tally> byKey, Map<String, String> aliases) {
        for (ChatMessage m : d.session().chat()) {
            if (m.direct()) {
                continue;
            }
            for (InstrumentFinder.Named n : InstrumentFinder.find(m.text(), List.of())) {
                String key = instrumentKey(n.name(), aliases);
                Tally t = byKey.computeIfAbsent(key, k -> new Tally(new Evidence(EvidenceSource.CHAT, m.file(),
                        m.sender(), m.line(), m.time(), m.text())));
                t.mention(n.form(), INSTRUMENT).name(n.name()).expansion(n.expansion());
            }
        }
    }

    /**
     * Notes an organisation named in several words in this turn by its last word, and takes a one-word name that is
     * that last word ("the Commission") for the one body the turn named so ("the Data Protection Commission, and every
     * institution must register with the Commission"), the first time the session uses the short form: every later
     * one is that body too. A short form the session used before naming any such body, or after naming two, keeps
     * its own entity: the session has not said which body it is.
     */
    private static void shortFormOfBodyJustNamed(String text, Map<String, String> turnBodies,
                                                 Map<String, Tally> byKey, Map<String, String> aliases) {
        String n = norm(text);
        int space = n.lastIndexOf(' ');
        if (space > 0) {
            // two bodies ending on the same word in one turn: neither is "the" one
            turnBodies.merge(n.substring(space + 1), key(text, aliases), (a, b) -> a.equals(b) ? a : "");
            return;
        }
        String body = turnBodies.get(n);
        if (body != null && !body.isEmpty() && !byKey.containsKey(key(text, aliases))) {
            aliases.put(n, body);
            // the body goes by its full name, however often the short one is said
            Tally named = byKey.get(body);
            named.name(named.forms.keySet().iterator().next());
        }
    }

    /** Whether a name the tagger took for a place names a thing it issues or runs ("Ghana Card", "India Stack"). */
    private static boolean namesAThing(String text) {
        int space = text.lastIndexOf(' ');
        return space > 0 && NAMED_THINGS.contains(text.substring(space + 1).toLowerCase(Locale.ROOT)) && !isPlace(text);
    }

    /** Whether a name is an IGF body's on its subject ("Dynamic Coalition on Accessibility and Disability"). */
    private static boolean namesAnIgfBody(String name) {
        int end = name == null ? 0 : Lexicon.openingEnd("igf-process", name);
        return end > 0 && SUBJECT_AFTER_BODY.matcher(name.substring(end)).lookingAt();
    }

    /**
     * Whether a name of several words is headed by a body's noun: its last ("the Russell Group", tagged a person) or
     * its first before "of" ("Ministry of Health").
     */
    private static boolean namesABody(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split(" ");
        return words.length > 1 && (BODY_HEADS.contains(words[words.length - 1])
                || BODY_HEADS.contains(words[0]) && words[1].equals("of"));
    }

    /** The words of the greetings in other languages a sentence holds ("kia", "ora"), lower case. */
    private static Set<String> greetingWords(String text) {
        if (!GREETING_WORDS.mayHold(text)) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        Matcher m = GREETING_WORDS.matcher(text);
        while (m.find()) {
            words.addAll(List.of(SPACES.split(m.group().toLowerCase(Locale.ROOT))));
        }
        return words;
    }

    /** A name without the greeting words it opens on ("Kia Ora Aotearoa" is "Aotearoa"); empty if it is all one. */
    private static String withoutGreeting(String text, Set<String> greeting) {
        if (greeting.isEmpty()) {
            return text;
        }
        String[] words = SPACES.split(text);
        int from = 0;
        while (from < words.length && greeting.contains(words[from].toLowerCase(Locale.ROOT))) {
            from++;
        }
        return String.join(" ", List.of(words).subList(from, words.length));
    }

    /** An instrument counted in a sentence, its key, and where the sentence names it. */
    private record Placed(Tally instrument, String key, int start, int end) {
    }

    /**
     * The instrument a numbered name ("Act 843", "Law 8968") is another name of, where the sentence says so next to
     * it ("our Data Protection Act of 2012, Act 843 as everyone calls it", "We call it Law 8968"): the instrument
     * named right before it, a comma between, else the one instrument the same speaker named in the sentence just
     * before. Null where nothing says so, or where it could be several.
     */
    private static Placed otherNameOf(String text, InstrumentFinder.Named n, List<Placed> named, List<Placed> before) {
        if (!InstrumentFinder.numbered(n.name()).equals(n.name()) || n.name().split("\\s+").length != 2
                || !ALSO_CALLED.mayHold(text)) {
            return null;
        }
        boolean said = false;
        Matcher m = ALSO_CALLED.matcher(text);
        while (m.find() && !said) {
            said = m.end() <= n.start() && n.start() - m.end() <= 3 || m.start() >= n.end() && m.start() - n.end() <= 3;
        }
        if (!said) {
            return null;
        }
        if (!named.isEmpty()) {
            Placed last = named.get(named.size() - 1);
            return text.substring(last.end(), n.start()).strip().equals(",") ? last : null;
        }
        return before.stream().map(Placed::key).distinct().count() == 1 ? before.get(0) : null;
    }

    /**
     * Notes each part a sentence cites apart from any instrument on the one the talk ties it to: the nearest
     * instrument named before it in the sentence ("the GDPR gives us Article 9", "GDPR Article 9"), else the first
     * after it, else the only one the same speaker named in the sentence just before ("We apply the GDPR. Article 9
     * covers health data."). None further away: a part with no instrument so close is noted nowhere.
     */
    private static void attachParts(List<InstrumentFinder.Part> parts, List<Placed> named, List<Placed> before) {
        for (InstrumentFinder.Part part : parts) {
            Placed to = named.stream().filter(p -> p.start() < part.start()).reduce((a, b) -> b)
                    .or(() -> named.stream().filter(p -> p.start() > part.start()).findFirst())
                    .orElse(before.stream().map(Placed::instrument).distinct().count() == 1 ? before.get(0) : null);
            if (to != null) {
                to.instrument().provisions.add(part.text());
            }
        }
    }

    /** Whether the whole name is a country or city the regional groups' table knows ("Burkina Faso"). */
    private static boolean isPlace(String text) {
        return SelfIntroductions.REGIONS.all(text).stream().anyMatch(f -> f.start() == 0 && f.end() == text.length());
    }

    /**
     * Where a session names one instrument of a kind, its other mentions are that one: a shorter name its full name
     * ends on or names before its complement ("the Charter of Rights and Freedoms" in "the Canadian Charter of
     * Rights and Freedoms", "the Framework Convention") and the head noun alone ("the Charter"). Where it names two
     * of a kind, each keeps its own: "the Charter" could be either.
     */
    private static void mergeTheOnlyOneOfItsKind(Map<String, Tally> byKey, Map<String, List<String>> bareMentions) {
        for (Iterator<Tally> it = byKey.values().iterator(); it.hasNext();) {
            Tally shorter = it.next();
            String head = headOf(shorter);
            if (head == null) {
                continue;
            }
            List<Tally> kind = byKey.values().stream().filter(t -> t != shorter && head.equals(headOf(t))).toList();
            if (kind.size() == 1 && shortens(shorter, kind.get(0))) {
                kind.get(0).absorb(shorter);
                it.remove();
            }
        }
        bareMentions.forEach((head, forms) -> {
            List<Tally> kind = byKey.values().stream().filter(t -> head.equals(headOf(t))).toList();
            if (kind.size() == 1) {
                forms.forEach(f -> kind.get(0).mention(f, INSTRUMENT));
            }
        });
    }

    /**
     * Whether a name is a shorter name of a longer instrument: the words its full name, or a form of it, ends on
     * ("the Charter of Rights and Freedoms") or names before a complement ("the Framework Convention", in "the
     * Council of Europe Framework Convention on Artificial Intelligence").
     */
    private static boolean shortens(Tally shorter, Tally longer) {
        String words = " " + norm(shorter.name);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(longer.name), longer.forms.keySet().stream())
                .map(n -> " " + norm(n) + " ").anyMatch(n -> n.endsWith(words + " ")
                        || n.contains(words + " of ") || n.contains(words + " on ") || n.contains(words + " for "));
    }

    /** The head noun of an instrument's name, lower case: its last word that is one ("Charter"); else null. */
    private static String headOf(Tally t) {
        if (t.name == null || !t.types.containsKey(INSTRUMENT)) {
            return null;
        }
        String head = null;
        for (String w : t.name.split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (HEADS.contains(lower)) {
                head = lower;
            }
        }
        return head;
    }

    /**
     * A short form ("the HE Act") is the one instrument whose full name's words before the same head noun it
     * spells by their initials ("Higher Education (Wales) Act 2015"); where no full name or several fit, it stays
     * as it is.
     */
    private static void mergeShortForms(Map<String, Tally> byKey) {
        for (Iterator<Tally> it = byKey.values().iterator(); it.hasNext();) {
            Tally shortForm = it.next();
            Matcher m = shortForm.name == null ? null : SHORT_FORM.matcher(shortForm.name);
            if (m == null || !shortForm.types.containsKey(INSTRUMENT) || !m.matches()
                    || !HEADS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Tally> full = byKey.values().stream().filter(t -> t != shortForm && t.name != null
                    && t.types.containsKey(INSTRUMENT) && spells(m.group(1), m.group(2), t.name)).toList();
            if (full.size() == 1) {
                full.get(0).absorb(shortForm);
                it.remove();
            }
        }
    }

    /**
     * An acronym the talk never defined whose letters are the initials of the one instrument it named so ("the
     * European Accessibility Act … The EAA covers private services"): a form of that instrument, not an
     * organisation of its own.
     */
    private static void mergeAcronymsOfInstruments(Map<String, Tally> byKey) {
        for (Iterator<Tally> it = byKey.values().iterator(); it.hasNext();) {
            Tally acronym = it.next();
            String text = acronym.name != null ? acronym.name
                    : acronym.forms.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse("");
            if (acronym.types.containsKey(INSTRUMENT) || acronym.expansion != null
                    || !BARE_ACRONYM.matcher(text).matches()) {
                continue;
            }
            List<Tally> full = byKey.values().stream().filter(t -> t != acronym && t.name != null
                    && t.types.containsKey(INSTRUMENT) && text.equals(initials(t.name))).toList();
            if (full.size() == 1) {
                full.get(0).absorb(acronym);
                it.remove();
            }
        }
    }

    /** The initials of a name's capitalised words, bracketed ones aside: "EAA" of "European Accessibility Act". */
    static String initials(String name) {
        StringBuilder spelt = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            if (!w.isEmpty() && !w.startsWith("(") && Character.isUpperCase(w.charAt(0))) {
                spelt.append(w.charAt(0));
            }
        }
        return spelt.length() >= 2 ? spelt.toString() : "";
    }

    /**
     * Whether the initials spell the capitalised words before the head noun of a name, bracketed ones
     * ("(Wales)") and small joining words ("of", "and") aside: "HE" and "Act" spell "Higher Education (Wales) Act".
     */
    static boolean spells(String initials, String head, String name) {
        List<String> words = List.of(name.split("\\s+"));
        int at = -1;
        for (int i = words.size() - 1; i > 0 && at < 0; i--) {
            if (words.get(i).equalsIgnoreCase(head)) {
                at = i;
            }
        }
        if (at < 0) {
            return false;
        }
        StringBuilder spelt = new StringBuilder();
        for (String w : words.subList(0, at)) {
            if (!w.startsWith("(") && Character.isUpperCase(w.charAt(0))) {
                spelt.append(w.charAt(0));
            }
        }
        return spelt.length() >= 2 && spelt.toString().equalsIgnoreCase(initials);
    }

    /** The defined acronyms of the session, first definition first; a second, different one is a warning. */
    private static List<DefinedAcronym> definitions(Discussion d, Map<String, String> aliases,
                                                    List<String> warnings) {
        Map<String, DefinedAcronym> out = new LinkedHashMap<>();
        Set<String> warned = new HashSet<>();
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            for (Acronyms.Definition def : Acronyms.in(s.text())) {
                String key = norm(def.acronym());
                DefinedAcronym first = out.get(key);
                if (first == null) {
                    out.put(key, new DefinedAcronym(def, key, s.evidence(), mention(def)));
                    aliases.put(key, key);
                    aliases.put(norm(def.expansion()), key);
                } else if (!norm(first.definition().expansion()).equals(norm(def.expansion())) && warned.add(key)) {
                    warnings.add("The acronym " + def.acronym() + " was explained in two ways: \""
                            + first.definition().expansion() + "\" (" + where(first.evidence()) + ") and \""
                            + def.expansion() + "\" (" + where(s.evidence()) + "); the entities give the first: "
                            + "check which was meant.");
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static String where(Evidence e) {
        return e.file() + ", line " + e.line();
    }

    /** An acronym defined in the talk, and a pattern for its mentions: the acronym as written, or its expansion. */
    private record DefinedAcronym(Acronyms.Definition definition, String key, Evidence evidence, Pattern mention) {
    }

    private static Pattern mention(Acronyms.Definition definition) {
        return Pattern.compile("\\b" + Pattern.quote(definition.acronym()) + "s?\\b|(?i:\\b"
                + Pattern.quote(definition.expansion()).replace(" ", "\\E\\s+\\Q") + "\\b)");
    }

    private static Tally tally(Map<String, Tally> byKey, String key, Sentence s) {
        return byKey.computeIfAbsent(key, k -> new Tally(s.evidence()));
    }

    /**
     * The claim a text lies within, by its words ("ISO / IEC" as CoreNLP joins them lies in "ISO/IEC 42001"), or
     * that ends it after words the tagger took in front ("European" of "the European Cyber Resilience Act").
     */
    private static String claimAt(List<Claim> claims, String text) {
        String words = norm(text);
        String n = words.replace(" ", "");
        for (Claim c : claims) {
            String claimed = norm(c.text());
            if (claimed.replace(" ", "").contains(n) || words.endsWith(" " + claimed)) {
                return c.key();
            }
        }
        return null;
    }

    private static String key(String text, Map<String, String> aliases) {
        String n = norm(text);
        return aliases.getOrDefault(n, n);
    }

    /**
     * An instrument's key: its year left out, as speakers often do ("the IoT Act of 2020", "the IoT Act"), and a
     * numbered one by its number ("Security Council Resolution 1325", "Resolution 1325").
     */
    private static String instrumentKey(String name, Map<String, String> aliases) {
        String n = norm(InstrumentFinder.numbered(name)).replaceAll("(?: of)? (?:19|20)\\d\\d$", "");
        return aliases.getOrDefault(n, n);
    }

    /** Every instrument (up to {@link #LIMIT}) and the most mentioned other entities, most mentioned first. */
    private static List<Entity> ranked(Iterable<Tally> tallies) {
        List<Entity> instruments = new ArrayList<>();
        List<Entity> others = new ArrayList<>();
        for (Tally t : tallies) {
            if (t.mentions > 0) {
                Entity e = t.entity();
                (e.type().equals(INSTRUMENT) ? instruments : others).add(e);
            }
        }
        Comparator<Entity> order = Comparator.comparingInt(Entity::mentions).reversed()
                .thenComparing(e -> INSTRUMENT.equals(e.type()) ? 0 : 1).thenComparing(Entity::text);
        instruments.sort(order);
        others.sort(order);
        List<Entity> out = new ArrayList<>(instruments.subList(0, Math.min(LIMIT, instruments.size())));
        out.addAll(others.subList(0, Math.min(LIMIT, others.size())));
        out.sort(order);
        return out;
    }

    /**
     * Runs of tokens with the same entity type: {text, type}. A run never opens on a preposition or an article the
     * tagger took in with a name at a sentence's start ("In Aotearoa", "The Gambia"): those are left out, unless a
     * hyphen joins them to the name ("all-Wales").
     */
    static List<String[]> namedEntities(List<Token> tokens) {
        String[] types = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String tokenType = FINE_TYPES.getOrDefault(tokens.get(i).ner(), tokens.get(i).ner());
            types[i] = TYPES.contains(tokenType) ? tokenType : null;
        }
        joinPluralsToBodies(tokens, types);
        joinPlaceNames(tokens, types);
        List<String[]> out = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        String type = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String tokenType = types[i];
            if (tokenType != null && tokenType.equals(type)) {
                run.add(t);
                continue;
            }
            add(out, run, type);
            type = tokenType;
            run = new ArrayList<>();
            run.add(t);
        }
        add(out, run, type);
        return out;
    }

    /**
     * A place the tagger cut short ("Côte" of "Côte d'Ivoire"): the words after it that make, with it, a country or
     * city the regional groups' table knows are the place too.
     */
    private static void joinPlaceNames(List<Token> tokens, String[] types) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!"LOCATION".equals(types[i]) || "LOCATION".equals(types[i + 1])) {
                continue;
            }
            StringBuilder name = new StringBuilder(tokens.get(i).word());
            for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                String word = tokens.get(j).word();
                // "d'" "Ivoire" are one word as written
                boolean glued = name.charAt(name.length() - 1) == '\'' || word.startsWith("'");
                name.append(glued ? "" : " ").append(word);
                if (isPlace(name.toString())) {
                    for (int k = i + 1; k <= j; k++) {
                        types[k] = "LOCATION";
                    }
                    break;
                }
            }
        }
    }

    /**
     * A capitalised plural joined by "and" to two capitalised words or more is one organisation's name ("the
     * Births and Deaths Registry", "Customs and Excise Department"), whatever the tagger made of its parts; a place
     * ("Ghana and the Data Protection Commission") or an organisation of its own before "and" ("UNICEF and UN
     * Women") is not part of one.
     */
    private static void joinPluralsToBodies(List<Token> tokens, String[] types) {
        for (int i = 1; i + 3 < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean plural = (t.pos().equals("NNS") || t.pos().equals("NNPS")) && capitalised(t);
            if (!plural || "ORGANIZATION".equals(types[i]) || isPlace(t.word())
                    || !tokens.get(i + 1).word().equals("and")) {
                continue;
            }
            int end = i + 2;
            while (end < tokens.size() && capitalised(tokens.get(end))) {
                end++;
            }
            if (end - (i + 2) >= 2) {
                for (int k = i; k < end; k++) {
                    types[k] = "ORGANIZATION";
                }
            }
        }
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.word().charAt(0));
    }

    /** A preposition or an article: a word no name opens on. */
    private static boolean opensNoName(Token t) {
        return PREPOSITIONS.contains(t.pos()) || t.pos().equals("DT") && ARTICLES.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static void add(List<String[]> out, List<Token> run, String type) {
        int from = 0;
        while (from < run.size() - 1 && opensNoName(run.get(from))
                && Character.isLetterOrDigit(run.get(from + 1).word().charAt(0))) {
            from++;
        }
        if (type == null || opensNoName(run.get(from))) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Token t : run.subList(from, run.size())) {
            text.append(text.isEmpty() || t.word().startsWith("'") ? "" : " ").append(t.word());
        }
        // CoreNLP splits "Wi-Fi" into three tokens
        out.add(new String[] {text.toString().replace(" - ", "-"), type});
    }

    /**
     * The form entities are merged on: lower case, without accents, dots, a leading "the" or a possessive, with
     * one kind of hyphen and apostrophe and none of the spaces CoreNLP puts around them ("Finch - Saunders").
     */
    static String norm(String text) {
        String n = MARK.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('\u2011', '-').replace('\u2019', '\'').replace(".", "");
        n = SPACED_JOIN.matcher(SPACES.matcher(n).replaceAll(" ")).replaceAll("$1").strip().toLowerCase(Locale.ROOT);
        n = LEADING_THE.matcher(n).replaceFirst("");
        return POSSESSIVE_END.matcher(n).replaceAll("");
    }


    /**
     * Whether an acronym's expansion names a kind of thing or scheme, not a body or place: it ends on a word in small
     * letters ("extended producer responsibility", "Canada emergency business account"), where a body's name is
     * capitalised ("International Digital Cooperation Office").
     */
    private static boolean namesAKind(String expansion) {
        if (expansion == null || expansion.isBlank()) {
            return false;
        }
        String[] words = expansion.strip().split("\\s+");
        return Character.isLowerCase(words[words.length - 1].charAt(0));
    }

    /** One entity being counted: its forms, the types it was given, what it stands for and which parts were cited. */
    private static final class Tally {
        final Evidence first;
        int mentions;
        String name;
        String expansion;
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final Map<String, Integer> types = new HashMap<>();
        final Set<String> provisions = new LinkedHashSet<>();

        Tally(Evidence first) {
            this.first = first;
        }

        Tally mention(String form, String type) {
            mentions++;
            form(form);
            if (type != null) {
                vote(type);
            }
            return this;
        }

        void form(String form) {
            forms.merge(LEADING_THE.matcher(form).replaceFirst(""), 1, Integer::sum);
        }

        void vote(String type) {
            types.merge(type, 1, Integer::sum);
        }

        Tally name(String text) {
            if (name == null) {
                name = text;
            }
            return this;
        }

        /** Takes another tally's mentions in, as forms of this one. */
        void absorb(Tally other) {
            mentions += other.mentions;
            other.forms.forEach((f, n) -> forms.merge(f, n, Integer::sum));
            other.types.forEach((t, n) -> types.merge(t, n, Integer::sum));
            provisions.addAll(other.provisions);
        }

        Tally expansion(String text) {
            if (expansion == null) {
                expansion = text;
            }
            return this;
        }

        Entity entity() {
            String text = name != null ? name
                    : forms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            // "DCAD", the Dynamic Coalition on Accessibility and Disability, is a body, whatever the tagger said
            String type = types.containsKey(INSTRUMENT) ? INSTRUMENT : namesAKind(expansion) ? "MISC"
                    : namesAnIgfBody(expansion) ? "ORGANIZATION" : types.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse("MISC");
            // an instrument the talk named in full is shown so, its acronym among its forms ("Cyber Resilience
            // Act", also "CRA"); the expansion stays what the acronym stands for
            boolean saidInFull = INSTRUMENT.equals(type) && expansion != null && ACRONYM_NAME.matcher(text).matches()
                    && forms.keySet().stream().anyMatch(f -> norm(f).equals(norm(expansion)));
            if (saidInFull) {
                text = expansion;
            }
            Set<String> seen = new HashSet<>();
            seen.add(norm(text));
            if (expansion != null && !saidInFull) {
                seen.add(norm(expansion));
            }
            List<String> other = forms.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).filter(f -> seen.add(norm(f))).limit(FORMS).toList();
            return new Entity(text, type, mentions, expansion, List.copyOf(provisions), other, List.of(first));
        }
    }

    /**
     * The session's people as names in talk (listed, heard, chat senders, Q&A askers): full names and the labels
     * resolved to them whole, and any name made only of one person's name words (a surname, a given name, both), accents and case aside.
     */
    private static final class PersonNames {
        private final Set<String> whole = new HashSet<>();
        private final List<Set<String>> parts = new ArrayList<>();

        PersonNames(Discussion d) {
            Set<String> names = new LinkedHashSet<>();
            for (Person p : d.people().all()) {
                names.add(p.name());
                // a device or display label is their name too: "Galaxy" of "Galaxy A52" is no place
                names.addAll(p.aliases());
            }
            d.sentences().forEach(s -> names.add(s.speaker()));
            d.session().chat().forEach(m -> names.add(m.sender()));
            // a Q&A asker read out by name ("a question from Yaw") is someone of the session, no place
            d.session().submittedQuestions().stream().map(org.rapporteur.model.Question::asker)
                    .filter(java.util.Objects::nonNull).forEach(names::add);
            for (String name : names) {
                whole.add(norm(name));
                Set<String> words = new HashSet<>();
                for (String part : SessionPeople.nameParts(norm(name))) {
                    // "Okonjo" alone is Okonjo-Ward's too
                    words.add(part);
                    words.addAll(List.of(part.split("-")));
                }
                if (!words.isEmpty()) {
                    parts.add(words);
                }
            }
        }

        /**
         * Whether a name found in talk is someone of the session's, or only a form of address ("Madam Chair"):
         * its words other than address, small words and punctuation ("As Dawn", "Carol —") all in one name.
         */
        boolean named(String text) {
            String n = norm(text);
            if (whole.contains(n)) {
                return true;
            }
            List<String> all = lettered(List.of(n.split(" ")));
            List<String> unaddressed = lettered(SessionPeople.nameParts(ADDRESS.matcher(n).replaceAll(" "))).stream()
                    .filter(w -> !CHAIR.contains(w)).toList();
            List<String> words = unaddressed.stream().filter(w -> !Terms.STOP.contains(w)).toList();
            if (words.isEmpty()) {
                // "Madam Chair", "Mr Speaker", "Chair" are forms of address; a lone small word ("US") is a name
                return all.size() > 1 || unaddressed.size() < all.size();
            }
            return parts.stream().anyMatch(p -> p.containsAll(words));
        }

        private static List<String> lettered(List<String> words) {
            return words.stream().filter(w -> w.chars().anyMatch(Character::isLetter)).toList();
        }
    }
}
