package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.language.PhraseTable;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Person;
import org.rapporteur.model.Role;
import org.rapporteur.model.Text;
import org.rapporteur.model.Turn;

/**
 * Who spoke: maps each turn's label to a listed person or to a participant heard in the session.
 * <ul>
 *   <li>Meeting tools' notes in parentheses ("(Guest)") are dropped and "Last, First" turned round.</li>
 *   <li>Labels are compared without case, accents, punctuation, honorifics ("MR.", "HON.", "THE RIGHT HON.",
 *       "H.E.") or post-nominals ("AM", "MS", "MP", "QC") and with middle initials optional.</li>
 *   <li>Role labels go to the person listed in that role: "MODERATOR", "CHAIR", "THE CHAIR", "FACILITATOR" to
 *       the moderator, "ONLINE MODERATOR" to the online moderator, "RAPPORTEUR" to the rapporteur; a role with a
 *       name ("CHAIR ESTERHUYSEN") is tried as that name first. Chair labels and forms of address ("THE PRESIDING
 *       MEMBER", "MR. SPEAKER", "MADAM CHAIR") go to the listed moderator, else to whoever the transcript says
 *       chairs ("I'm Jane Doe, chair of this committee", "the chair, Mr Doe"); "ACTING CHAIR" only to the latter.
 *       Each such label is warned about with where it was resolved from; one nothing resolves, too.</li>
 *   <li>A name matches, in this order, and only when one person matches at that step: the full name; first and
 *       last name; first initial and surname; the leading names ("JOSE PEREZ" for José Pérez Gil); the surname (or
 *       the trailing names) alone; the first name alone; a middle name or first surname alone; and,
 *       for listed people only, a misspelling of at most two edits in total, each edited word having five letters
 *       or more ("CASTEXT", "AMARA DIALO"), when exactly one listed person is that close. A label that could be
 *       several people stays as written, with a warning naming them; one taken as a misspelling is warned about.
 *       A label with garbled letters ("JOSÃ‰ PÃ‰REZ", UTF-8 read as Latin-1) is put back first where that names a
 *       listed person ("Mlanie" for "Mélanie", a lost letter, is a misspelling).</li>
 *   <li>A bare marker or a generic label ("AUDIENCE", "PARTICIPANT", ...) is resolved turn by turn: from a
 *       self-introduction at the start of the turn ("My name is X", "I am X from ..."); else to someone who
 *       introduced themselves under such a marker and whom the turn before names ("Amara, you wanted to come
 *       back"); else a generic label is a new "Unnamed participant n" (never merged with another voice, and
 *       warned about) and a bare marker is {@link #UNIDENTIFIED}, who is not a person of the session.</li>
 *   <li>A device, room or diarised label ("iPhone de Ana", "Conference Room B", "User 7", "Speaker 3") takes the name its voice gives
 *       and keeps it for its later turns, until another voice introduces itself there (named, or a new unnamed
 *       participant); its turns before any introduction ("Hello, can you hear me?") are the first voice's where the
 *       transcript shows the same voice (one exchange with the introduction, or the label or the hand-over naming
 *       it), else an unnamed participant, as is a label whose voice never gives a name; a
 *       role nobody is listed in is held by whoever introduces themselves
 *       under it, for the rest of the session.</li>
 *   <li>Anything else becomes a participant named after the label as written (capitals to title case, titles
 *       left out): a name is never invented. A name taken from an introduction is marked inferred.</li>
 * </ul>
 * Every label resolved to a person other than the person's name is kept in the person's aliases. Turns are not
 * merged.
 */
public final class SpeakerResolver {

    public static final String UNIDENTIFIED = "Unidentified speaker";

    /**
     * The people (listed first, in page order, then those heard, in order of first turn), the resolved turns, and
     * what a rapporteur should check: labels that could be several people, voices that gave no name.
     */
    public record Resolution(List<Person> people, List<Turn> turns, List<String> warnings) {

        public Resolution {
            people = List.copyOf(people);
            turns = List.copyOf(turns);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Different speakers heard in one session before further new labels are left unidentified: a plenary has a
     * few hundred at most, and matching each new label against everyone heard must stay cheap.
     */
    static final int MAX_HEARD = 500;
    /** A speaker label longer than this is not a name as written; it is cut here. */
    static final int MAX_LABEL = 200;

    private static final Set<String> GENERIC = Lexicon.words("speaker-label-generic");
    private static final Map<String, Role> ROLES = roleLabels();
    /**
     * Labels of someone standing in for the chair: the person chairing by the transcript's word, never the
     * moderator the page lists (who is the one being stood in for).
     */
    private static final Set<String> ACTING = Lexicon.words("speaker-label-acting-chair");
    private static final Cue NEXT_SPEAKER = Lexicon.cue("chair-next-speaker");
    /** A member asked or elected to chair for a while ("Hon. Sakala, would you take the chair?"). */
    private static final Cue TEMPORARY_CHAIR = Lexicon.cue("temporary-chair");
    /** Whom a chair calls: a capitalised name or title right after the call. */
    private static final Pattern CALLED = Pattern.compile("\\s*+\\p{Lu}");
    private static final Cue CHAIR_STATEMENT = Lexicon.cue("chair-statement");
    private static final Cue CHAIR_APPOSITION = Lexicon.cue("chair-apposition");
    private static final Cue SELF_INTRODUCTION = Lexicon.cue("self-introduction");
    /** A voice saying it speaks in someone's place ("on behalf of the Minister"). */
    private static final Cue STAND_IN = Lexicon.cue("stand-in");
    private static final Set<String> STAND_IN_TITLES = Lexicon.words("stand-in-title");
    /** The capitalised words of an organisation's name ("Ministry", "UNDP"), not its "of" and "and". */
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\-]+");
    /** How people name the organisation they speak for, by stakeholder group ("the Minister": Government). */
    private static final PhraseTable STAKEHOLDER_GROUPS = PhraseTable.read("facts/stakeholder-groups.txt");

    /**
     * A self-introduction: a cue of the lexicon ("my name is"), then the name, capitalised as written, then what
     * must follow it for it to be a name (empty: anything). The cue matches in any case; the name does not.
     */
    private record NameCue(Cue cue, Pattern name) {

        NameCue(Cue cue, String name, String followedBy) {
            this(cue, Pattern.compile("\\s+(" + name + ")" + (followedBy.isEmpty() ? "" : "(?=" + followedBy + ")")));
        }

        /** The names this cue introduces in a text, in their order. */
        List<String> names(String text) {
            List<String> names = new ArrayList<>();
            if (!cue.mayHold(text)) {
                return names;
            }
            Matcher at = cue.matcher(text);
            while (at.find()) {
                Matcher name = this.name.matcher(text).region(at.end(), text.length());
                if (name.lookingAt()) {
                    names.add(name.group(1));
                }
            }
            return names;
        }
    }

    /** A word list of the lexicon as a case-insensitive alternation of whole words. */
    private static String alternation(String list) {
        return "(?i:" + Lexicon.words(list).stream().sorted().map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|")) + ")\\b";
    }

    /**
     * Whether a speaker label designates whoever chairs ("THE CHAIR", "Madam Chair", "ACTING CHAIR") rather than
     * naming anyone: a person known only by one chaired, whoever it was.
     */
    public static boolean isChairLabel(String label) {
        String key = roleLabel(Names.tokens(label));
        return ROLES.get(key) == Role.MODERATOR || ACTING.contains(key);
    }

    /** A label's tokens as the role-label lists write them: without a leading "the" ("THE CHAIR" = "chair"). */
    private static String roleLabel(List<String> raw) {
        return String.join(" ", raw.size() > 1 && raw.get(0).equals("the") ? raw.subList(1, raw.size()) : raw);
    }

    /** Each role label of the lexicon with the role whose listed person it designates. */
    private static Map<String, Role> roleLabels() {
        Map<String, Role> roles = new HashMap<>();
        Lexicon.words("speaker-label-moderator").forEach(l -> roles.put(l, Role.MODERATOR));
        Lexicon.words("speaker-label-online-moderator").forEach(l -> roles.put(l, Role.ONLINE_MODERATOR));
        Lexicon.words("speaker-label-rapporteur").forEach(l -> roles.put(l, Role.RAPPORTEUR));
        return Map.copyOf(roles);
    }

    /**
     * A capitalised word; with a full stop only an initial or a short title ("J.", "Dr.", "Prof.", "Hon."): "Aalto."
     * ends.
     */
    private static final String NAME_WORD = "(?:\\p{Lu}\\p{Ll}?\\.|(?:Mrs|Prof|Hon|Sen)\\.|\\p{Lu}[\\p{L}'’\\-]*+)";
    /** Titles a transcript puts before a person's full name ("Hon. Joseph Mulenga"). */
    private static final String TITLE_BEFORE_NAME = "Hon|Honourable|Honorable|Mr|Mrs|Ms|Dr|Prof|Sen|Senator";
    private static final String PARTICLE = "(?:de|da|del|di|do|dos|du|van|von|der|den|la|le|bin|ibn|al|el)";
    /** The name words of an introduction: capitalised, with particles ("Amadou da Silva"), one to four. */
    private static final String NAME = NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|" + PARTICLE + ")){%d,3}";
    private static final String CLAIMED_END = alternation("name-claimed-end");
    private static final String SPOKEN_END = alternation("name-spoken-end");
    /**
     * A member naming themselves for the record ("For the record, Hon. Bwalya Daka, member for Chipata Central."):
     * a full name, then punctuation (one capitalised word after it is more often a place: "for the record, Kenya").
     */
    private static final NameCue FOR_THE_RECORD = new NameCue(Lexicon.cue("name-for-record"), NAME.formatted(1),
            "\\s*[,.;]");
    /** "My name is Priya Sharma". */
    private static final NameCue MY_NAME = new NameCue(Lexicon.cue("name-given"), NAME.formatted(0), "");
    /** "I'm Amara Diallo from ...": a full name, where punctuation or a word that ends a name follows. */
    private static final NameCue I_AM = new NameCue(Lexicon.cue("name-claimed"), NAME.formatted(1),
            "\\s*(?:[,.;:)]|$)|\\s+" + CLAIMED_END);
    /** "This is Ana Costa speaking", "This is Ana from Lisbon", "This is Grace Otieno, I'm on the phone now". */
    private static final NameCue THIS_IS = new NameCue(Lexicon.cue("name-spoken"), NAME.formatted(0),
            ",?\\s+" + SPOKEN_END + "|,\\s+I(?:'|’|\\s+a)m\\b");
    /**
     * "This is Grace Otieno, Kenya ICT Action Network": a full name, then a comma and what the voice is with (one
     * name there is more often a thing pointed at: "This is Kenya, where …").
     */
    private static final NameCue THIS_IS_WITH = new NameCue(Lexicon.cue("name-spoken"), NAME.formatted(1),
            ",\\s+\\p{Lu}");
    /**
     * "Hello, Amadou Ba from Dakar.", "Good afternoon, Lucía Ferreyra, I'm a journalist": a greeting, then a name,
     * where a word that shows it is the voice's follows, or a full name and then "I'm" (one name before "I'm" is
     * more often whom the voice greets: "Hello, Ana, I'm glad you asked").
     */
    private static final NameCue GREETED = new NameCue(Lexicon.cue("name-greeted"), Pattern.compile(",?\\s+((?:"
            + NAME.formatted(1) + ")(?=,\\s+I(?:'|’|\\s+a)m\\b)|" + NAME.formatted(0) + "(?=,?\\s+" + SPOKEN_END
            + "))"));
    /** "Dina speaking, from a youth network": a name opening a sentence, then a word that shows it is the voice's. */
    private static final Pattern NAME_OPENING = Pattern.compile("(?:^|(?<=[.!?])\\s+)(" + NAME.formatted(0)
            + "),?\\s+" + alternation("name-opening-end"));
    /**
     * "Amina Yusuf, I coordinate a network …", "Pedro Almeida, from IDEC": a full name opening a sentence, a comma,
     * then words of the voice's own (one name there is more often whom the voice speaks to: "Daniel, I'm not sure").
     */
    private static final Pattern FULL_NAME_OPENING = Pattern.compile("(?:^|(?<=[.!?])\\s+)(" + NAME.formatted(1)
            + "),\\s+");
    private static final Cue SELF_AFTER_NAME = Lexicon.cue("name-opening-self");
    /** A full name ending its sentence, after thanks opening the turn ("Yes, thank you, Mateo Fernández."). */
    private static final Pattern NAME_AFTER_THANKS = Pattern.compile("\\G,?\\s+(" + NAME.formatted(1) + ")\\.\\s+");
    /**
     * After a full name opening a sentence and a comma, an organisation's name ending the sentence: the voice at a
     * floor microphone saying who it is with ("Esther Mensah, Ghana Chamber of Telecommunications.", "Kojo Asante,
     * Ministry of Employment and Labour Relations, Ghana.").
     */
    private static final Pattern ORGANISATION_ENDING = Pattern.compile("\\p{Lu}[\\p{L}'’&\\-]*+(?:\\s+(?:of|for|and|"
            + "the|on|&|\\p{Lu}[\\p{L}'’&\\-]*+)){1,6}(?:,\\s+\\p{Lu}[\\p{L}'’\\-]*+(?:\\s+\\p{Lu}[\\p{L}'’\\-]*+)?)?"
            + "\\.(?:\\s|$)");
    private static final Pattern SENTENCE_END_IN_NAME = Pattern.compile("\\p{L}{3,}\\.\\s");
    /** "I'm Yonas, I run a start-up": one name word, only before a comma or a word that shows it is a name. */
    private static final NameCue I_AM_SHORT = new NameCue(Lexicon.cue("name-claimed"), NAME_WORD,
            ",|\\s+" + SPOKEN_END);
    /** Capitalised words after "I am" that start a description, not a name ("I am Very happy"). */
    private static final Set<String> NOT_NAMES = Lexicon.words("not-a-name");
    private static final int INTRO_REACH = 300;
    /** Unnamed voices listed by name in the warning about them; the rest are counted. */
    private static final int UNNAMED_SHOWN = 10;
    /** Names shorter than this are never taken as misspellings of another: too many short names are close. */
    private static final int MISSPELT_MIN_LETTERS = 5;
    /** Display names of devices, rooms and microphones, which speak for whoever introduces themselves through them. */
    private static final Cue DEVICE_NAME = Lexicon.cue("speaker-label-device");
    /** A venue's room account or microphone ("IGF Room 5", "Hall B Floor Mic"): the chair and others speak there. */
    private static final Cue VENUE = Lexicon.cue("speaker-label-venue");
    /** A given name as a hand-over says it: capitalised, one word ("Paula", "Jean-Marc", "O’Neil"). */
    private static final String GIVEN = "\\p{Lu}[\\p{L}'’-]+";
    /** Words a chair opens a hand-over on, going round ("And Wanjiru", "Okay, Lucas"). */
    private static final String ROUND_OPENER = "(?:[Pp]lease|[Ss]o|[Aa]nd|[Nn]ow|[Oo]kay)";
    /** Where a sentence ends and the next starts; never after a title before a name ("Dr. Moses Kaanjuka"). */
    private static final Pattern SENTENCE_GAP = Pattern.compile(
            "(?<=[.!?])(?<!\\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|Rt|Sen)\\.)\\s+(?=\\S)");
    /**
     * A sentence opening on a given name ("Paula, I think that one is for you.", "Please Andrew, go ahead.",
     * "Marisol?"): a hand-over when it asks them or gives them the floor (lexicon {@code floor-by-name}).
     */
    private static final Pattern HAND_OVER = Pattern.compile("^(?:(?:[Pp]lease|[Ss]o|[Aa]nd|[Nn]ow)\\s+)?"
            + "(" + GIVEN + ")(?:,|\\s*\\?$)");
    /** A sentence opening on a name of two to four words and a comma ("Permanent Secretary, the floor is yours"). */
    private static final Pattern HAND_OVER_WHOLE_NAME = Pattern.compile("^(?:(?:[Pp]lease|[Ss]o|[Aa]nd|[Nn]ow)\\s+)?"
            + "(" + GIVEN + "(?:\\s+" + GIVEN + "){1,3}),");
    /** After a name opening a sentence, words that give that person the floor ("Paula, over to you"). */
    private static final Cue FLOOR_BY_NAME = Lexicon.cue("floor-by-name");
    /** A sentence of captions without punctuation opening on a given name ("sanjana you first", capitalised). */
    private static final Pattern HAND_OVER_UNMARKED = Pattern.compile("^(?:" + ROUND_OPENER + "\\s+)?(" + GIVEN
            + ")\\s+");
    /** A sentence ending on the one to start ("… one sentence each, Kwame first.", "… starting with Kwame."). */
    private static final Pattern HAND_OVER_FIRST = Pattern.compile("(?:,\\s+(?=" + GIVEN + "\\s+first[.!]?$)"
            + "|\\bstarting\\s+with\\s+(?=" + GIVEN + "[.!]?$))(" + GIVEN + ")");
    /** A short sentence ending on whom it is for ("Maybe for Chinedu.", "I think that is for Maryam."). */
    private static final Pattern HAND_OVER_FOR = Pattern.compile("^(?:\\S+\\s+){0,4}for\\s+(" + GIVEN
            + ")\\s*[.?!]?$");
    /** A sentence that is a given name and nothing else ("Lucas.", "And Wanjiru"). */
    private static final Pattern HAND_OVER_NAME_ALONE = Pattern.compile("(?:" + ROUND_OPENER + ",?\\s+)?(" + GIVEN
            + ")\\s*[.?!]?");
    /** Right after the name in such a sentence, words that give that person the floor ("you first", "you're next"). */
    private static final Cue FLOOR_BY_NAME_UNMARKED = Lexicon.cue("floor-by-name-unmarked");
    /** Thanks by name in captions without punctuation: a sentence of its own ("… | thank you Sanjana | …"). */
    private static final Pattern THANKS_BY_NAME = Pattern.compile("(?<![\\p{L}'’])(?i:thank\\s+you|thanks)"
            + "(?:\\s+(?i:so|very)\\s+much)?\\s+(?!I(?!\\p{L}))" + GIVEN);
    /** "yes rahul …": a voice answering someone by name (capitalised in captions without capitals). */
    private static final Pattern ANSWERING_BY_NAME = Pattern.compile("(?i:yes|yeah|sure|okay)[,.]?\\s+(" + GIVEN
            + ")");
    /** A sentence this short before an introduction may be its thanks or greeting. */
    private static final int GREETING_WORDS = 6;
    /** Sentences after a hand-over within which the person handed the floor may still introduce themselves. */
    private static final int HAND_OVER_REACH = 4;
    /** A panellist acknowledging what they were asked ("good question"), just before introducing themselves. */
    private static final Cue ACKNOWLEDGEMENT = Lexicon.cue("acknowledgement");
    /** Words a voice says at a room's microphone before short thanks there can be the next voice's. */
    private static final int FLOOR_VOICE_WORDS = 12;
    /** A sentence going on with what the voice before said ("And one more thing", "Also ..."). */
    private static final Pattern GOES_ON = Pattern.compile("(?:And|Also|Plus)\\b");
    /** Short thanks that, inside a floor speaker's words on a room's microphone, are the chair taking it back. */
    private static final int THANKS_WORDS = 3;
    /** Numbered labels of a meeting tool or a diariser ("User 7", "Speaker 3"), which name no one. */
    private static final Pattern NUMBERED_LABEL = Pattern.compile("(?i)^(user|guest|room|participant|caller|phone"
            + "|speaker)\\s*\\d+$");
    private static final Set<String> CAPTIONER = Lexicon.words("speaker-label-captioner");
    /** Interpreters' labels: the words of one voice a delegate speaking another language. */
    private static final Set<String> INTERPRETER = Lexicon.words("speaker-label-interpreter");
    /** English function words: a turn of {@value #FOREIGN_WORDS} words or more with none is in another language. */
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("function-word");
    private static final int FOREIGN_WORDS = 4;
    /** Language codes beside an interpreter's label ("FR", "EN") are this long at most. */
    private static final int LANGUAGE_CODE = 3;
    /** An interpreter's note opening a turn: "[Interpretation from Spanish]", "(interpreted from French)". */
    private static final Pattern INTERPRETED_FROM = Pattern.compile("(?i)^\\W*(?:\\p{L}+\\s+){0,2}from\\s+(\\p{L}+)");
    /**
     * A mark opening a sentence of an interpreter's words, in brackets or before a colon: "INTERPRETER:", "(through
     * interpretation)".
     */
    private static final Pattern INTERPRETATION_MARK = bracketedMark("interpretation-mark", ":)\\]");
    /** A captioner's mark before words in another language, in brackets: "(Speaking French)". */
    private static final Pattern FOREIGN_SPEECH_MARK = bracketedMark("foreign-speech-mark", ")\\]");
    /** The name after a chair's title and a comma: "the chair, Mr Jane Doe". */
    private static final Pattern APPOSED_NAME = Pattern.compile("\\G\\s*,\\s*((?:" + NAME_WORD + "\\s+)?"
            + NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|" + PARTICLE + ")){0,3})");
    private static final Pattern PRONOUN_I = Pattern.compile("I(?:['’]\\p{L}+)?\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    /** Turns between two of a device label's turns, and their words, that still leave them one exchange. */
    private static final int EXCHANGE_TURNS = 2;
    /** A full name in running text: two to four capitalised words ("Fatima Zahra Benali"). */
    private static final Pattern FULL_NAME = Pattern.compile("\\b" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,3}");
    private static final int EXCHANGE_WORDS = 30;
    /** A chair's sentence opening on a name said to someone: "Helga, the companies' side?", "Farhan?". */
    private static final Pattern VOCATIVE = Pattern.compile("\\W*(" + NAME_WORD + "(?:\\s+" + NAME_WORD
            + "){0,3})(?:\\s*,|\\s*[?.!]*$)");
    /** Capitalised words that may be a name, in a chair's short sentence ("Irina first.", "Over to you, Farhan."). */
    private static final Pattern FULL_OR_GIVEN_NAME = Pattern.compile("\\b(" + NAME_WORD + "(?:\\s+" + NAME_WORD
            + "){0,3})");
    /** A sentence this short that names someone gives them the floor. */
    private static final int VOCATIVE_WORDS = 4;
    private static final Cue THANKS = Lexicon.cue("thanks");
    private static final Cue FLOOR_REQUEST = Lexicon.cue("floor-request");
    private static final Cue FLOOR_GIVING = Lexicon.cue("floor-giving");
    /**
     * The name thanks open on, after at most a few lower-case words ("Thank you, Ahmed, for that answer", "Thank
     * you so much, Ahmed.", "Thanks for that, Ahmed."): the name and what may follow it.
     */
    private static final Pattern THANKED = Pattern.compile("^[\\p{Ll}\\s]{0,30}?,?\\s*(" + NAME_WORD + "(?:\\s+"
            + NAME_WORD + "){0,3})(?=\\s*[,.!]|\\s+for\\b|\\s*$)");
    /** A turn of at most this many words that asks for the floor does nothing else. */
    private static final int FLOOR_REQUEST_WORDS = 8;
    /** Sentences longer than this are not read for who chairs: an introduction is short. */
    private static final int CHAIR_STATEMENT_REACH = 300;
    /** A note in parentheses; no '(' inside, so a label of many unclosed '(' costs linear time. */
    private static final Pattern NOTE = Pattern.compile("\\([^()]*+\\)");
    /** A separator and what follows it in a display name ("Marek Nowak | HostPol"). */
    private static final Pattern ORGANISATION_AFTER = Pattern.compile("\\s+"
            + CaptionTranscriptReader.SEPARATOR.pattern() + "\\s+.*$");
    private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})[-‐](?=\\p{L})");
    private static final Pattern LAST_FIRST = Pattern.compile("^([\\p{L}'’\\-]+),\\s*([\\p{L}'’\\- ]+)$");

    /** Resolves the turns against the people listed on the session page (empty when there is none). */
    public Resolution resolve(List<Person> listed, List<Turn> turns) {
        Run run = new Run(listed, turns);
        List<Turn> resolved = new ArrayList<>(turns.size());
        List<String> warnings = new ArrayList<>();
        // captions that name no voice at all (automatic captions): told apart as a room's account is
        boolean unlabelled = !listed.isEmpty() && turns.stream().allMatch(t -> t.label().isBlank());
        List<String> captioned = new ArrayList<>();
        for (Turn turn : turns) {
            if (captioner(turn.label())) {
                captioned.add("\"" + turn.label().strip() + "\" (" + turn.file() + " line " + line(turn) + ": \""
                        + head(turn.text()) + "\")");
                // the turn is skipped, not heard: who spoke before it still hands over past it
                run.at++;
                continue;
            }
            if (venue(turn.label()) || unlabelled) {
                // a room's account: several voices in one turn, each resolved on its own
                for (Run.Voiced v : run.venueTurn(turn)) {
                    String label = v.turn().label().strip();
                    if (v.who() != null && !label.isEmpty() && !v.who().name.equals(label)) {
                        v.who().aliases.add(label);
                    }
                    resolved.add(v.turn().withSpeaker(v.who() == null ? UNIDENTIFIED : v.who().name));
                }
                continue;
            }
            String label = turn.label().strip();
            if (label.length() > MAX_LABEL) {
                int line = turn.passages().isEmpty() ? 0 : turn.passages().get(0).line();
                warnings.add(InputWarning.at(turn.file(), line, "a speaker label of " + label.length()
                        + " characters; cut at " + MAX_LABEL));
                label = label.substring(0, MAX_LABEL);
                turn = new Turn(turn.index(), label, turn.speaker(), turn.file(), turn.passages(),
                        turn.startSeconds(), turn.endSeconds(), turn.labelLine());
            }
            Candidate who = run.speakerOf(turn);
            if (who != null && !label.isEmpty() && !label.equals(who.name)) {
                who.aliases.add(label);
            }
            resolved.add(turn.withSpeaker(who == null ? UNIDENTIFIED : who.name));
        }
        if (!captioned.isEmpty()) {
            warnings.add("Left out as the captioner's words, about the captioning and not the session's: "
                    + String.join("; ", captioned) + ".");
        }
        if (!run.unnamed.isEmpty()) {
            List<String> shown = run.unnamed.subList(0, Math.min(UNNAMED_SHOWN, run.unnamed.size()));
            warnings.add("Some people spoke under a generic label without saying their name; each is reported as a "
                    + "separate unnamed participant, as different voices under one label may be different people: "
                    + String.join("; ", shown) + (run.unnamed.size() > shown.size() ? "; and "
                    + (run.unnamed.size() - shown.size()) + " more" : "") + ". Add their names if you know them.");
        }
        String marker = "Turns under a bare caption marker or a generic label";
        String account = "Turns under a label that names no one (a device's, a room's or an institution's account, or"
                + " a transcription tool's \"Speaker 3\")";
        if (!run.handedOver.isEmpty()) {
            warnings.add(marker + handedOverWords(run.handedOver));
        }
        if (!run.accountHandedOver.isEmpty()) {
            warnings.add(account + handedOverWords(run.accountHandedOver));
        }
        if (!run.thankedAfter.isEmpty()) {
            warnings.add(marker + thankedWords(run.thankedAfter));
        }
        if (!run.accountThankedAfter.isEmpty()) {
            warnings.add(account + thankedWords(run.accountThankedAfter));
        }
        if (!run.interpretedFor.isEmpty()) {
            warnings.add("Turns marked as an interpreter's words (\"INTERPRETER:\", \"(through interpretation)\") were "
                    + "taken to be the person the interpreter voiced, who had just spoken in another language or "
                    + "through interpretation: " + turnCounts(run.interpretedFor) + ". Check who spoke.");
        }
        List<String> standInWarnings = new ArrayList<>();
        Set<String> standIns = standIns(run, resolved, standInWarnings);
        // a stand-in is named as labelled too, but the warning about standing in says so
        List<String> asWritten = run.asWritten.stream()
                .filter(w -> standIns.stream().noneMatch(n -> w.startsWith(n + " ("))).toList();
        if (!listed.isEmpty() && !asWritten.isEmpty()) {
            List<String> shown = asWritten.subList(0, Math.min(UNNAMED_SHOWN, asWritten.size()));
            warnings.add("Speakers not listed on the session page are named as the transcript labels them: "
                    + String.join("; ", shown) + (asWritten.size() > shown.size() ? "; and "
                    + (asWritten.size() - shown.size()) + " more" : "") + ". Check their names and roles.");
        }
        warnings.addAll(standInWarnings);
        if (run.unresolved > 0) {
            warnings.add(run.unresolved + " turns under new speaker labels after " + MAX_HEARD
                    + " different speakers were heard; they are left unidentified");
        }
        warnings.addAll(run.warnings);
        if (resolved.size() != turns.size()) {
            // turns of a room's account were shared out among its voices: numbered on
            for (int k = 0; k < resolved.size(); k++) {
                Turn t = resolved.get(k);
                resolved.set(k, new Turn(k, t.label(), t.speaker(), t.file(), t.passages(), t.startSeconds(),
                        t.endSeconds(), t.labelLine()));
            }
        }
        if (!run.sharedOut.isEmpty() && unlabelled) {
            warnings.add("The transcript names no speaker. Its words were shared out among the voices by who "
                    + "introduced themselves, to whom the chair gave the floor by name and where the chair took it "
                    + "back; words no introduction or hand-over names are left to an unidentified speaker. Check who "
                    + "spoke.");
        } else if (!run.sharedOut.isEmpty()) {
            warnings.add("Turns under a room's account or microphone, through which several people spoke, were shared"
                    + " out among them by who introduced themselves, to whom the chair gave the floor by name and where"
                    + " the chair took it back: " + String.join(", ", run.sharedOut) + ". Check who spoke.");
        }
        if (!run.namedByTitle.isEmpty()) {
            // the name the chair gave a speaker listed by title only is theirs, the title kept as an alias
            Map<String, String> renamed = new HashMap<>();
            run.namedByTitle.forEach((c, name) -> renamed.put(c.name, name));
            resolved.replaceAll(t -> renamed.containsKey(t.speaker()) ? t.withSpeaker(renamed.get(t.speaker())) : t);
        }
        return new Resolution(run.people.stream().map(c -> run.namedByTitle.containsKey(c)
                ? c.namedAs(run.namedByTitle.get(c)) : c.person()).toList(), resolved, warnings);
    }

    /**
     * Listed speakers who never spoke, warned about; an unlisted voice that says at its start it speaks in someone's
     * place ("I'm speaking on behalf of the Minister") stands in for the one such speaker (or the one its words
     * name): on the panel in their roles, with a warning citing its words. Returns the stand-ins' names.
     */
    private static Set<String> standIns(Run run, List<Turn> resolved, List<String> warnings) {
        Map<String, Turn> firstTurn = new java.util.LinkedHashMap<>();
        resolved.forEach(t -> firstTurn.putIfAbsent(t.speaker(), t));
        List<Candidate> silent = run.people.stream()
                .filter(c -> c.listed && c.roles.contains(Role.SPEAKER) && !firstTurn.containsKey(c.name)
                        && !run.stoodInFor.contains(c)).toList();
        Set<String> standIns = new HashSet<>();
        if (silent.isEmpty()) {
            return standIns;
        }
        Set<Candidate> stoodIn = new HashSet<>();
        for (Candidate voice : run.people) {
            Turn first = voice.listed || voice.unnamed ? null : firstTurn.get(voice.name);
            String sentence = first == null ? null : standInSentence(head(first.text()), silent);
            if (sentence == null) {
                continue;
            }
            List<Candidate> whom = whomStoodInFor(sentence, silent);
            if (whom.size() != 1) {
                warnings.add(voice.name + " said \"" + sentence + "\" (" + first.file() + ", line " + line(first)
                        + "), but " + silent.size() + " listed speakers did not speak ("
                        + String.join(", ", silent.stream().map(c -> c.name).toList()) + ") and their words name "
                        + "none of them alone: check whom they stand in for.");
                continue;
            }
            if (!stoodIn.add(whom.get(0))) {
                continue;
            }
            Candidate listed = whom.get(0);
            standIns.add(voice.name);
            voice.roles.remove(Role.PARTICIPANT);
            listed.roles.stream().filter(r -> !voice.roles.contains(r)).forEach(voice.roles::add);
            warnings.add(listed.name + ", listed as a speaker, did not speak; " + voice.name + " said \"" + sentence
                    + "\" (" + first.file() + ", line " + line(first) + ") and is taken to stand in for them on the "
                    + "panel: check it.");
        }
        List<String> absent = silent.stream().filter(c -> !stoodIn.contains(c)).map(c -> c.name).toList();
        // a transcript that names no voice at all (automatic captions) cannot tell who was silent
        boolean unlabelled = resolved.stream().allMatch(t -> t.speaker().equals(UNIDENTIFIED));
        if (!absent.isEmpty() && unlabelled) {
            warnings.add("Listed as speakers on the session page: " + String.join(", ", absent) + ". The transcript "
                    + "names no voice, so whether and where they spoke cannot be told: check it.");
        } else if (!absent.isEmpty()) {
            warnings.add("Listed as speakers on the session page but heard nowhere in the transcript: "
                    + String.join(", ", absent) + ". Check whether they took part.");
        }
        return standIns;
    }

    /**
     * The silent listed speakers a stand-in's words pick: the one whose name they say; else the only one silent;
     * else the one whose organisation (on the page) the words after the cue name ("on behalf of the Director of
     * UNDP"); else the one in the stakeholder group those words name ("on behalf of the Minister": Government).
     * Several or none: the words do not say whom, and nobody is guessed.
     */
    private static List<Candidate> whomStoodInFor(String sentence, List<Candidate> silent) {
        List<String> words = Names.tokens(sentence);
        List<Candidate> named = silent.stream().filter(c -> c.key.stream().anyMatch(words::contains)).toList();
        if (named.size() == 1 || silent.size() == 1) {
            return named.size() == 1 ? named : silent;
        }
        Matcher cue = STAND_IN.matcher(sentence);
        String after = cue.find() ? sentence.substring(cue.end()) : "";
        List<String> afterWords = Names.tokens(after);
        List<Candidate> ofOrganisation = silent.stream().filter(c -> c.affiliation != null
                && CAPITALISED.matcher(c.affiliation).results()
                        .anyMatch(w -> afterWords.containsAll(Names.tokens(w.group())))).toList();
        if (ofOrganisation.size() == 1) {
            return ofOrganisation;
        }
        String group = STAKEHOLDER_GROUPS.first(after);
        return group == null ? List.of()
                : silent.stream().filter(c -> group.equalsIgnoreCase(c.group)).toList();
    }

    /**
     * The sentence of a turn's start saying it speaks in someone's place: a stand-in cue followed, within three
     * words, by a title ("on behalf of the Minister") or a silent listed speaker's name; null where none does.
     */
    private static String standInSentence(String head, List<Candidate> silent) {
        if (!STAND_IN.mayHold(head)) {
            return null;
        }
        for (String sentence : SENTENCE_END.split(head)) {
            Matcher m = STAND_IN.matcher(sentence);
            while (m.find()) {
                List<String> after = Names.tokens(sentence.substring(m.end()));
                List<String> next = after.subList(0, Math.min(3, after.size()));
                if (next.stream().anyMatch(STAND_IN_TITLES::contains)
                        || silent.stream().anyMatch(c -> c.key.stream().anyMatch(next::contains))) {
                    return sentence.strip();
                }
            }
        }
        return null;
    }

    /** One resolution: the people known so far and what each label resolved to. */
    private static final class Run {

        final List<Candidate> people = new ArrayList<>();
        final Map<String, Candidate> byLabel = new HashMap<>();
        /** Speakers the page lists by title only, and the name the chair gave them with it. */
        final Map<Candidate, String> namedByTitle = new LinkedHashMap<>();
        final Map<Role, Candidate> roleHolders = new EnumMap<>(Role.class);
        /** People who introduced themselves under a generic label, who may be handed the floor back by name. */
        final List<Candidate> introducedGeneric = new ArrayList<>();
        final List<String> unnamed = new ArrayList<>();
        /** Speakers named after a label no listed person matched, for the warning about them. */
        final List<String> asWritten = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Set<String> warnedLabels = new HashSet<>();
        /** The people the last name looked up could be, when it was more than one. */
        List<Candidate> ambiguous = List.of();
        /** Whether the last name looked up was found as a misspelling of a listed name. */
        boolean misspelt;
        String previousText = "";
        Candidate previousSpeaker;
        int unnamedCount;
        final Map<List<String>, Candidate> byKey = new HashMap<>();
        int heard;
        int unresolved;

        /**
         * The turn where someone acting as chair calls the next speaker under their own label, between turns of
         * the acting chair's label; null if none, or several people do.
         */
        final Turn actingChair;
        /** Who the transcript says chairs ("I'm Jane Doe, chair of this committee"), and where; null if nobody. */
        ChairStatement chairStatement;
        final Set<String> chairLabelsWarned = new HashSet<>();
        /** The people bare or generic markers were taken to be as the chair gave them the floor, with how often. */
        final Map<String, Integer> handedOver = new java.util.LinkedHashMap<>();
        /** Each device or room label with the name its voice first gives, in whichever of its turns. */
        final Map<String, String> deviceNames = new HashMap<>();
        /** Listed people whose label another voice took, introducing itself (already warned about). */
        final Set<Candidate> stoodInFor = new HashSet<>();
        /** The people each interpreter's label voiced, by label and language interpreted from. */
        final Map<String, Set<Candidate>> interpreted = new HashMap<>();
        /** The people bare or generic markers were taken to be as the chair thanked them right after, how often. */
        final Map<String, Integer> thankedAfter = new java.util.LinkedHashMap<>();
        /** As {@link #handedOver} and {@link #thankedAfter}, for a device's, room's or institution's account. */
        final Map<String, Integer> accountHandedOver = new java.util.LinkedHashMap<>();
        final Map<String, Integer> accountThankedAfter = new java.util.LinkedHashMap<>();
        /** The people turns marked as an interpreter's words under a label naming no one were taken to be. */
        final Map<String, Integer> interpretedFor = new java.util.LinkedHashMap<>();
        final List<Turn> turns;
        /**
         * Whether the transcript labels most of its words' voices: then a turn without a label (a bare "&gt;&gt;") is a change of
         * voice the captioner could not name, a new unnamed participant each, never one "Unidentified speaker".
         */
        final boolean labelled;
        /** The index of the turn being resolved. */
        int at = -1;
        /** For each turn, the latest request before it that someone take the chair; built when first needed. */
        private ChairRequest[] chairRequests;
        /** Whether only the moderators have spoken so far: the session is opening. */
        boolean opening = true;
        /** The chair heard under each room's account or microphone, once one was. */
        final Map<String, Candidate> chairUnder = new HashMap<>();
        /** Room labels whose turns were shared out among several voices, for the warning about them. */
        final Set<String> sharedOut = new LinkedHashSet<>();
        String previousLabel = "";
        /** The index of the last turn under each label. */
        final Map<String, Integer> lastTurnOf = new HashMap<>();

        /** A part of a turn with the person it was resolved to. */
        record Voiced(Turn turn, Candidate who) {
        }

        /** A sentence asking someone to take the chair for a while, and its turn. */
        record ChairRequest(Turn turn, String sentence) {
        }

        Run(List<Person> listed, List<Turn> turns) {
            this.turns = turns;
            int words = turns.stream().mapToInt(Turn::words).sum();
            int unlabelledWords = turns.stream().filter(t -> t.label().isBlank()).mapToInt(Turn::words).sum();
            labelled = unlabelledWords < TranscriptShape.UNNAMED_SHARE * words;
            listed.forEach(p -> people.add(new Candidate(p, true)));
            people.forEach(c -> byKey.putIfAbsent(c.key, c));
            chairStatement = chairStatement(turns);
            actingChair = actingChair(turns);
            // a device's turns before its voice says who it is are that voice's where the transcript shows the
            // same voice: one exchange with the introduction ("Can you hear us?" - "Yes, go ahead." - "My name is
            // ..."), or the label or the hand-over to its first turn naming it ("Ana, can you hear us?" to "iPhone de
            // Ana"); else whoever spoke first there is nobody the transcript names
            Map<String, Integer> firstTurn = new HashMap<>();
            Map<String, Integer> lastTurn = new HashMap<>();
            Set<String> broken = new HashSet<>();
            Set<String> decided = new HashSet<>();
            for (int k = 0; k < turns.size(); k++) {
                String label = spoken(turns.get(k).label());
                if (decided.contains(label) || !device(label)) {
                    continue;
                }
                firstTurn.putIfAbsent(label, k);
                Integer last = lastTurn.put(label, k);
                if (last != null && !oneExchange(turns, last, k)) {
                    broken.add(label);
                }
                String name = introducedName(turns.get(k).text());
                if (name != null) {
                    decided.add(label);
                    if (!broken.contains(label) || namesVoice(name, label, turns, firstTurn.get(label))) {
                        deviceNames.put(label, name);
                    }
                }
            }
        }

        /** Whether the label, or the turn handing over to the label's first turn, names the voice by its given name. */
        private static boolean namesVoice(String name, String label, List<Turn> turns, int first) {
            String given = Names.tokens(name).isEmpty() ? "" : Names.tokens(name).get(0);
            return given.length() >= 3 && (Names.tokens(label).contains(given)
                    || first > 0 && Names.tokens(turns.get(first - 1).text()).contains(given));
        }

        /**
         * Whether two turns of a label are one exchange: at most {@value #EXCHANGE_TURNS} short turns between them
         * (a sound check answered), none of them saying more than {@value #EXCHANGE_WORDS} words.
         */
        private static boolean oneExchange(List<Turn> turns, int from, int to) {
            return to - from - 1 <= EXCHANGE_TURNS && turns.subList(from + 1, to).stream()
                    .allMatch(t -> Text.wordCount(t.text()) <= EXCHANGE_WORDS);
        }

        Candidate speakerOf(Turn turn) {
            at++;
            Candidate who = speakerOf(turn, spoken(turn.label()));
            opening &= who != null && (who.roles.contains(Role.MODERATOR) || who.roles.contains(Role.ONLINE_MODERATOR));
            previousText = turn.text();
            previousSpeaker = who;
            previousLabel = spoken(turn.label());
            lastTurnOf.put(previousLabel, at);
            return who;
        }

        /**
         * A turn under a room's account or microphone, where the chair and people of the room speak one after the
         * other and a meeting tool joins their words into one turn. A new voice starts at a sentence that introduces
         * someone (with short thanks just before it: "Thank you Carolina. Hi everyone, I'm Paula Gomes"); a sentence
         * giving the floor to a listed person by name ("Paula, I think that one is for you.") is the chair's, heard
         * under this label before, and what follows is that person's; short thanks inside such a voice's words
         * followed by more ("… share. Thank you. So let me sum up") are the chair taking the floor back.
         * <p>
         * A turn of captions that name no voice is read the same way, the listed moderator as the chair. Without
         * punctuation a sentence starts at each pause and around thanks by name ("… kill reuse | thank you sanjana |
         * mateus you're the private sector voice"); without capitals the cues read the captions with the session's
         * names capitalised ({@link CaptionCasing}). Its opening words are the voice that introduces itself in them,
         * and words that no introduction or hand-over names stay unidentified (a null voice).
         */
        List<Voiced> venueTurn(Turn turn) {
            at++;
            String label = spoken(turn.label());
            boolean unlabelled = label.isEmpty();
            String text = turn.text();
            String said = unlabelled && CaptionCasing.lowerCase(text)
                    ? CaptionCasing.cased(text, people.stream().filter(c -> c.listed).map(c -> c.key).toList())
                    : text;
            TreeSet<Integer> startSet = new TreeSet<>(List.of(0));
            SENTENCE_GAP.matcher(said).results().forEach(g -> startSet.add(g.end()));
            if (unlabelled) {
                startSet.addAll(turn.pauses());
                THANKS_BY_NAME.matcher(said).results().forEach(m -> {
                    startSet.add(m.start());
                    startSet.add(m.end());
                });
                startSet.remove(said.length());
            }
            List<Integer> starts = new ArrayList<>(startSet);
            int n = starts.size();
            List<String> sentences = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                sentences.add(said.substring(starts.get(k), k + 1 < n ? starts.get(k + 1) : said.length()).strip());
            }
            // where another voice starts: a sentence index, with the person when the text says whom (else null)
            TreeMap<Integer, Candidate> cuts = new TreeMap<>();
            // cuts where another voice from the floor takes the room's microphone, named only if it says who it is
            Set<Integer> nextInQueue = new HashSet<>();
            String lastIntroduced = null;
            boolean otherVoice = false;
            Candidate chair = chairUnder.get(label);
            chair = chair == null && unlabelled ? listedModerator() : chair;
            for (int k = 0; k < n; k++) {
                // an introduction in the next sentence starts the voice here when this one is its short thanks or
                // greeting ("Thank you, Carolina. Hi everyone, I'm Paula Gomes")
                String own = introducedName(sentences.get(k));
                String introduced = own != null || k + 1 >= n || Text.wordCount(sentences.get(k)) > GREETING_WORDS
                        ? own : introducedName(sentences.get(k) + " " + sentences.get(k + 1));
                Candidate handedTo = handedOver(sentences.get(k), unlabelled);
                // a voice introducing itself in a turn's opening words, with nobody heard before it, opens the turn
                boolean opening = unlabelled && cuts.isEmpty() && lastIntroduced == null
                        && starts.get(k) < INTRO_REACH;
                Candidate answering = unlabelled && chair != null && k > 0 ? answeringChair(sentences, k, chair) : null;
                if (answering != null && !cuts.containsKey(k)) {
                    cuts.put(k, answering);
                    otherVoice = true;
                } else if (handedTo != null && chair != null) {
                    if (k > 0 && otherVoice) {
                        cuts.put(k, chair);
                    }
                    if (k + 1 < n) {
                        cuts.put(introducing(sentences, k + 1, handedTo), handedTo);
                        otherVoice = true;
                    }
                } else if (k > 0 && introduced != null && !introduced.equals(lastIntroduced) && !opening) {
                    boolean thanksBefore = k > 1 && THANKS.find(sentences.get(k - 1))
                            && Text.wordCount(sentences.get(k - 1)) <= THANKS_WORDS + 1
                            && !cuts.containsKey(k - 1);
                    cuts.putIfAbsent(thanksBefore ? k - 1 : k, null);
                    otherVoice = true;
                } else if (k > 0 && k + 1 < n && otherVoice && chair != null && THANKS.find(sentences.get(k))
                        && Text.wordCount(sentences.get(k)) <= THANKS_WORDS && !cuts.containsKey(k)
                        && !handsTo(sentences.get(k), chair)) {
                    // short thanks, not to the chair (whom the one handed the floor thanks), are the chair's; in
                    // captions naming nobody, after a voice from the floor that put its question to a panellist by
                    // name, they are that panellist's answer starting
                    Candidate askedOf = unlabelled ? askedOf(sentences, cuts, k, chair) : null;
                    cuts.put(k, askedOf != null ? askedOf : chair);
                    otherVoice = askedOf != null;
                } else if (k > 0 && k + 1 < n && chair == null && !unlabelled && THANKS.find(sentences.get(k))
                        && Text.wordCount(sentences.get(k)) <= THANKS_WORDS && !cuts.containsKey(k)
                        && !GOES_ON.matcher(sentences.get(k + 1)).lookingAt()
                        && Text.wordCount(String.join(" ", sentences.subList(cuts.isEmpty() || cuts.floorKey(k) == null
                                ? 0 : cuts.floorKey(k), k))) >= FLOOR_VOICE_WORDS) {
                    // at a room's microphone where no chair speaks (the chair has an account of her own), short
                    // thanks after a voice had its say, followed by more, are the next voice in the queue taking it
                    cuts.put(k, null);
                    nextInQueue.add(k);
                }
                lastIntroduced = introduced != null ? introduced : lastIntroduced;
            }
            List<Voiced> out = new ArrayList<>();
            List<Integer> bounds = new ArrayList<>(List.of(0));
            bounds.addAll(cuts.keySet().stream().filter(k -> k > 0).toList());
            int partFrom = 0;
            for (int p = 0; p < bounds.size(); p++) {
                int from = starts.get(bounds.get(p));
                int to = p + 1 < bounds.size() ? starts.get(bounds.get(p + 1)) : text.length();
                Turn part = bounds.size() == 1 ? turn : slice(turn, from, to);
                Candidate forced = cuts.get(bounds.get(p));
                // a part of captions naming no voice is the voice it introduces; its first part is also who the
                // turns around it show (a bare marker's turn handed over to by name)
                Candidate who = forced != null ? forced
                        : unlabelled ? introduced(said.substring(from, to))
                        : nextInQueue.contains(bounds.get(p)) ? nextInQueue(part, label) : speakerOf(part, label);
                who = who == null && unlabelled && p == 0 ? speakerOf(part, label) : who;
                if (forced != null) {
                    byLabel.put(label, forced);
                }
                if (who == null && !unlabelled) {
                    who = unnamedVoice(part);
                }
                if (who != null && (who.roles.contains(Role.MODERATOR) || who.roles.contains(Role.ONLINE_MODERATOR))) {
                    chairUnder.put(label, who);
                }
                // one voice on both sides of a cut (the chair handing over to the chair's own words): one part
                if (!out.isEmpty() && out.get(out.size() - 1).who() == who) {
                    out.remove(out.size() - 1);
                    part = slice(turn, partFrom, to);
                } else {
                    partFrom = from;
                }
                out.add(new Voiced(part, who));
                previousText = part.text();
                previousSpeaker = who;
                previousLabel = label;
            }
            if (out.size() > 1) {
                sharedOut.add("\"" + turn.label().strip() + "\" (" + turn.file() + " line " + line(turn) + ")");
            }
            return out;
        }

        /** The next voice at a room's microphone: the one it introduces, else a new unnamed participant. */
        private Candidate nextInQueue(Turn part, String label) {
            Candidate voice = introduced(part.text());
            voice = voice != null ? voice : unnamedVoice(part);
            byLabel.put(label, voice);
            return voice;
        }

        /**
         * Where the person handed the floor starts: at the sentence after the hand-over, or, when they introduce
         * themselves within the next few sentences, at that introduction (with thanks or a greeting of its own just
         * before it): the chair's words up to it are the chair's ("mateus you're the private sector voice | why
         * should you care about open data | good question | i'm mateus oliveira").
         */
        private int introducing(List<String> sentences, int next, Candidate handedTo) {
            for (int j = next; j < Math.min(sentences.size(), next + HAND_OVER_REACH); j++) {
                String name = introducedName(sentences.get(j));
                if (name != null && byName(Names.withoutTitles(Names.tokens(name))) == handedTo) {
                    boolean before = j > next && Text.wordCount(sentences.get(j - 1)) <= THANKS_WORDS + 1
                            && (THANKS.find(sentences.get(j - 1)) || ACKNOWLEDGEMENT.find(sentences.get(j - 1)));
                    return before ? j - 1 : j;
                }
            }
            return next;
        }

        /**
         * The one listed person, other than the chair, named by the words of the voice that spoke since the last cut
         * before sentence {@code k}, when that voice is from the floor (it introduced itself under a name no listed
         * person has); null otherwise.
         */
        private Candidate askedOf(List<String> sentences, TreeMap<Integer, Candidate> cuts, int k, Candidate chair) {
            Integer last = cuts.floorKey(k - 1);
            int from = last == null ? 0 : last;
            String words = String.join(" ", sentences.subList(from, k));
            String introduced = introducedName(words);
            if (introduced == null || byName(Names.withoutTitles(Names.tokens(introduced))) != null) {
                return null;
            }
            List<Candidate> named = people.stream().filter(c -> c.listed && c != chair && c.roles.contains(Role.SPEAKER)
                    && handsTo(words, c)).toList();
            return named.size() == 1 ? named.get(0) : null;
        }

        /**
         * In captions naming no voice, a sentence opening on "yes" and the chair's given name ("yes rahul there are a
         * few in the chat") is someone answering the chair: the one listed person, not the chair, whom the chair's
         * two sentences before it name ("let me check with esi are there questions online"); null otherwise.
         */
        private Candidate answeringChair(List<String> sentences, int k, Candidate chair) {
            Matcher yes = ANSWERING_BY_NAME.matcher(sentences.get(k));
            if (!yes.lookingAt() || !handsTo(yes.group(1), chair)) {
                return null;
            }
            String before = String.join(" ", sentences.subList(Math.max(0, k - 2), k));
            List<Candidate> named = people.stream().filter(c -> c.listed && c != chair && handsTo(before, c)).toList();
            return named.size() == 1 ? named.get(0) : null;
        }

        /** The one person listed as moderator, who chairs captions that name no voice; null if not one. */
        private Candidate listedModerator() {
            List<Candidate> moderators = people.stream().filter(c -> c.listed && c.roles.contains(Role.MODERATOR))
                    .toList();
            return moderators.size() == 1 ? moderators.get(0) : null;
        }

    
        /** The listed person the last two sentences of a turn give the floor to by name; null if none. */
        private Candidate handedOverLast(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String[] sentences = SENTENCE_GAP.split(text.strip());
            int last = sentences.length - 1;
            // "Chinedu, you work on the standards. Is the standard the problem?": named, then asked
            boolean asks = sentences[last].strip().endsWith("?");
            for (int k = last; k >= Math.max(0, last - 1); k--) {
                Candidate c = handedOver(sentences[k]);
                Matcher named = HAND_OVER.matcher(sentences[k].strip());
                if (c == null && k < last && asks && named.find()) {
                    c = listedByGiven(named.group(1), false);
                }
                // a question read out, then whom it is for: "She asks: … Maybe for Chinedu."
                Matcher forWhom = HAND_OVER_FOR.matcher(sentences[k].strip());
                if (c == null && k == last && forWhom.find()) {
                    c = listedByGiven(forWhom.group(1), false);
                }
                if (c != null) {
                    return c;
                }
            }
            return null;
        }

        /** The one listed person a sentence gives the floor to by their given name ("Marisol?"); null if none. */
        private Candidate handedOver(String sentence) {
            return handedOver(sentence, false);
        }

        /**
         * The listed person a sentence opening on their whole listed name gives the floor to ("Chikondi Banda, over
         * to you."; a speaker the page lists by title only: "Permanent Secretary, Dr. Moses Kaanjuka, the floor is
         * yours."); null if none.
         */
        private Candidate handedOverByWholeName(String said) {
            Matcher m = HAND_OVER_WHOLE_NAME.matcher(said);
            if (!m.find() || !FLOOR_BY_NAME.find(said.substring(m.end()))) {
                return null;
            }
            List<String> named = Names.withoutTitles(Names.tokens(m.group(1)));
            List<Candidate> found = people.stream().filter(c -> c.listed && c.key.equals(named)).toList();
            if (found.size() != 1) {
                return null;
            }
            // a speaker the page lists by title only, named by the chair with it: "Permanent Secretary, Dr. Moses
            // Kaanjuka, the floor is yours." gives their name, unless it is another's of the session
            Matcher apposition = APPOSED_NAME.matcher(said.substring(m.end() - 1));
            if (apposition.lookingAt() && FLOOR_BY_NAME.find(said.substring(m.end() - 1 + apposition.end()))) {
                List<String> given = Names.withoutTitles(Names.tokens(apposition.group(1)));
                if (given.size() > 1 && byName(given) == null && given.stream().noneMatch(named::contains)) {
                    namedByTitle.putIfAbsent(found.get(0), Names.withoutTitles(apposition.group(1)));
                }
            }
            return found.get(0);
        }

        /**
         * As {@link #handedOver(String)}; in captions without punctuation ({@code unmarked}) also a sentence opening
         * on the name and words that give the floor with no comma between ("sanjana you first").
         */
        private Candidate handedOver(String sentence, boolean unmarked) {
            String said = sentence.strip();
            Matcher m = HAND_OVER.matcher(said);
            boolean marked = m.find() && (said.endsWith("?") || FLOOR_BY_NAME.find(said.substring(m.end())));
            if (!marked) {
                // the name alone, as a chair goes round in a closing round ("Lucas.", "And Wanjiru")
                m = HAND_OVER_NAME_ALONE.matcher(said);
                marked = m.matches();
            }
            if (!marked) {
                // the one to start a round, named last ("… one sentence each, Kwame first.")
                m = HAND_OVER_FIRST.matcher(said);
                marked = m.find();
            }
            if (!marked && unmarked) {
                m = HAND_OVER_UNMARKED.matcher(said);
                marked = m.find() && FLOOR_BY_NAME_UNMARKED.find(said.substring(m.end()));
            }
            if (!marked) {
                return handedOverByWholeName(said);
            }
            return listedByGiven(m.group(1), unmarked);
        }

        /**
         * The one listed person whose given name a hand-over says; in captions without punctuation ({@code
         * unmarked}) a recogniser's misspelling of it too. Null if none or several.
         */
        private Candidate listedByGiven(String name, boolean unmarked) {
            List<String> given = Names.tokens(name);
            List<Candidate> found = people.stream()
                    .filter(c -> c.listed && !c.key.isEmpty() && given.size() == 1 && (c.key.get(0).equals(given.get(0))
                            || unmarked && CaptionCasing.heardAs(c.key.get(0), given.get(0))))
                    .toList();
            return found.size() == 1 ? found.get(0) : null;
        }

        private Candidate speakerOf(Turn turn, String label) {
            List<String> raw = Names.tokens(label);
            List<String> tokens = Names.withoutTitles(raw);
            String joined = String.join(" ", tokens);
            String rawJoined = roleLabel(raw);
            if (ROLES.containsKey(rawJoined) || ACTING.contains(rawJoined)) {
                // "MR. SPEAKER", "MADAM CHAIR", "THE ACTING CHAIR": a form of address for whoever chairs
                tokens = Names.tokens(rawJoined);
            } else if (label.isEmpty() || GENERIC.contains(joined) || interpreterAccount(tokens)) {
                return generic(turn, label);
            }
            if (NUMBERED_LABEL.matcher(label).find() && interpreted(turn.text())) {
                // a diariser's "Speaker 4" holding the interpreter's voice: each turn is the delegate voiced, and
                // the label is no one's
                Candidate original = interpretedRightAfter(turn, label);
                if (original != null) {
                    return original;
                }
            }
            Candidate known = byLabel.get(label);
            if (device(label)) {
                // a phone or a room speaks for whoever introduces themselves through it, until another voice
                // introduces itself there ("Hi, I'm a student from Brazil" on the room's microphone); its turns
                // before any introduction ("Hello, can you hear me?") are the first voice's
                Candidate voice = introduced(turn.text());
                // the same voice going on after the chair spoke to it by name ("We can hear you, Grace. Please go
                // ahead.") is no new one, though it now says where it works
                // nor is the voice going on after the chair's short word to it ("We hear you, go ahead.")
                Integer last = lastTurnOf.get(label);
                boolean goesOn = last != null && last < at - 1 && oneExchange(turns, last, at);
                if (voice == null && known != null && SELF_INTRODUCTION.find(head(turn.text()))
                        && !spokenTo(known) && !goesOn) {
                    // a new voice asking for the floor ("Can I come in? I'm from the floor.") that names itself once
                    // the chair gives it ("Yes, thank you, Mateo Fernández. …") is that person already
                    voice = introducedAhead(turn, label);
                    voice = voice != null ? voice : unnamedVoice(turn);
                }
                // a turn right after one of the same connection starts where the transcript marked a change of
                // voice (">>" in a hub's cue): someone else speaking through it, never the voice before
                if (voice == null && known != null && label.equals(previousLabel) && !venue(label)) {
                    voice = unnamedVoice(turn);
                }
                // a room's account after another connection spoke: whom that turn gave the floor to by name
                // ("Carolina, back to you"), else the chair heard there before, taking the floor back
                if (voice == null && venue(label) && !label.equals(previousLabel)) {
                    voice = handedOverLast(previousText);
                    // the chair taking the room back is no guess to warn about; someone else handed it is
                    if (voice != null && known != voice && !voice.roles.contains(Role.MODERATOR)
                            && !voice.roles.contains(Role.ONLINE_MODERATOR)) {
                        accountHandedOver.merge(voice.name, 1, Integer::sum);
                    }
                    voice = voice != null ? voice : chairUnder.get(label);
                }
                if (voice != null) {
                    byLabel.put(label, voice);
                    return voice;
                }
                if (known == null) {
                    // never a person called "Conference Room 4": a voice that gives no name is the one the turn
                    // before handed the floor to by name, or unnamed
                    String first = deviceNames.get(label);
                    Candidate given = first == null && NUMBERED_LABEL.matcher(label).find() ? givenTheFloor() : null;
                    if (given != null) {
                        // a diariser's "Speaker 3" the chair has just given the floor to by name ("Anaïs, what
                        // does the region do with this?") is that person, as a bare marker would be
                        accountHandedOver.merge(given.name, 1, Integer::sum);
                    }
                    // an institution's account the chair called by title ("the Honourable Member from Kenya") is
                    // the one the chair thanks by name once its voice has finished ("Thank you, Honourable Chebet")
                    Candidate thanked = first == null && given == null ? thankedRightAfter(label) : null;
                    if (thanked != null && thanked.listed) {
                        accountThankedAfter.merge(thanked.name, 1, Integer::sum);
                    } else {
                        thanked = null;
                    }
                    known = first != null ? named(first) : given != null ? given : thanked != null ? thanked
                            : handedTo(turn);
                    byLabel.put(label, known);
                }
            }
            if (known == null && heard >= MAX_HEARD) {
                unresolved++;
                return null;
            }
            if (known == null) {
                known = role(tokens, turn);
                known = known != null ? known : repairedLabel(label, turn);
                known = known != null ? known : byName(tokens);
                known = known != null ? known : accountHolder(label, turn);
                Candidate standIn = known != null && known.listed ? standIn(turn, label, known) : null;
                if (standIn != null) {
                    warnings.add("The turns labelled \"" + turn.label().strip() + "\" are taken to be "
                            + standIn.name + "'s, who introduced themselves under that label (" + turn.file()
                            + ", line " + line(turn) + "), not " + known.name + "'s, listed on the session page: "
                            + "check who spoke.");
                    stoodInFor.add(known);
                    known = standIn;
                    misspelt = false;
                }
                if (known != null && misspelt && warnedLabels.add(label)) {
                    warnings.add("The speaker label \"" + turn.label().strip() + "\" was taken to be " + known.name
                            + ", the one listed name it is a small misspelling of (" + turn.file() + ", line "
                            + line(turn) + "): check who spoke.");
                }
                Candidate addressed = known == null ? addressedAmong(ambiguous) : null;
                if (addressed != null) {
                    // for this turn only: another turn of the label may be the other person's
                    warnings.add("The speaker label \"" + turn.label().strip() + "\" could be any of "
                            + String.join(", ", ambiguous.stream().map(c -> c.name).toList()) + "; the turn before "
                            + "names " + addressed.name + ", so it was taken to be theirs (" + turn.file() + ", line "
                            + line(turn) + "): check who spoke.");
                    return addressed;
                }
                if (known == null && !ambiguous.isEmpty() && warnedLabels.add(label)) {
                    warnings.add("The speaker label \"" + turn.label().strip() + "\" could be any of "
                            + String.join(", ", ambiguous.stream().map(c -> c.name).toList())
                            + "; it was left as written. Check who spoke (" + turn.file() + ", line " + line(turn)
                            + ").");
                }
                known = known != null ? known : heard(label, turn);
                byLabel.put(label, known);
            }
            return known;
        }

        /**
         * A generic marker ("AUDIENCE", "ATTENDEE", bare "&gt;&gt;"): the voice's own introduction; else someone
         * who introduced themselves under such a marker and whom the turn before hands the floor back to by name;
         * else, for a named marker, a new unnamed participant (never merged with another voice); for a bare one,
         * nobody.
         */
        private Candidate generic(Turn turn, String label) {
            Candidate voice = genericVoice(turn, label);
            if (voice != null && interpreter(label) && !voice.unnamed) {
                interpreted.computeIfAbsent(interpretedKey(turn, label), k -> new LinkedHashSet<>()).add(voice);
            }
            return voice;
        }

        /**
         * The one of the people an ambiguous label could be ("MARIA" for María Fernanda Rojas or Maria Schultz) whom
         * the turn before names in full ("My question is for Maria Schultz."); null where it names none or several.
         */
        private Candidate addressedAmong(List<Candidate> candidates) {
            if (previousText == null || candidates.isEmpty()) {
                return null;
            }
            List<String> said = Names.tokens(previousText);
            List<Candidate> named = candidates.stream().filter(c -> c.key.size() >= 2
                    && Collections.indexOfSubList(said, c.key) >= 0).toList();
            return named.size() == 1 ? named.get(0) : null;
        }

        /**
         * A short turn under a named generic label ("PARTICIPANT: Hello, can you hear us?") answered in one exchange
         * ("We hear you.") by a turn of the same label where a voice introduces itself: that voice, as on a
         * device's label; null otherwise. A bare marker, or the label's next turn right after, marks a change of voice.
         */
        private Candidate introducedAhead(Turn turn, String label) {
            if (label.isEmpty() || Text.wordCount(turn.text()) > EXCHANGE_WORDS) {
                return null;
            }
            for (int k = at + 1; k < turns.size() && k <= at + EXCHANGE_TURNS + 1; k++) {
                if (spoken(turns.get(k).label()).equals(label)) {
                    // two turns of the label in a row: the captioner marked a change of voice
                    return k > at + 1 && oneExchange(turns, at, k) ? introduced(turns.get(k).text()) : null;
                }
            }
            return null;
        }

        /**
         * The one person an interpreter's label was heard voicing from the same language before, for a turn of it
         * that names nobody (an interpreter voices a delegate: "[Interpretation from Spanish]"); null where it
         * voiced nobody known, or several people, from that language.
         */
        private Candidate interpretedBefore(Turn turn, String label) {
            if (!interpreter(label)) {
                return null;
            }
            Set<Candidate> before = interpreted.getOrDefault(interpretedKey(turn, label), Set.of());
            if (before.size() != 1) {
                return null;
            }
            Candidate voice = before.iterator().next();
            warnings.add("The turn labelled \"" + turn.label().strip() + "\" (" + turn.file() + ", line " + line(turn)
                    + ") names nobody; it was taken to be " + voice.name + ", the one person that interpreter was "
                    + "heard voicing before: check who spoke.");
            return voice;
        }

        /**
         * A listed person whose own words in another language ("Merci, Madame la modératrice.") the interpreter's
         * turn right after them voices; null where the turn before is no listed person's or is in English. Warned.
         * A turn marked as an interpreter's words ("INTERPRETER: …") under any label voices that person too, and
         * goes on voicing whom the marked turn before it voiced ("(through interpretation) …" then "INTERPRETER: The
         * speaker said …"): nobody else spoke between, unless the two say they are from different languages.
         */
        private Candidate interpretedRightAfter(Turn turn, String label) {
            boolean marked = interpreted(turn.text());
            if (!interpreter(label) && !marked || previousSpeaker == null || !previousSpeaker.listed) {
                return null;
            }
            String from = interpretedFrom(turn.text());
            String fromBefore = interpretedFrom(previousText);
            // under an interpreter's own label a new turn marks a change of voice; a diariser splits one voice's
            if (marked && !interpreter(label) && interpretedWithin(previousText)
                    && (from.isEmpty() || fromBefore.isEmpty() || from.equals(fromBefore))) {
                interpretedFor.merge(previousSpeaker.name, 1, Integer::sum);
                return previousSpeaker;
            }
            if (interpreter(previousLabel)) {
                return null;
            }
            List<String> words = Names.tokens(previousText);
            if (!FOREIGN_SPEECH_MARK.matcher(previousText).find()
                    && (words.size() < FOREIGN_WORDS || words.stream().anyMatch(FUNCTION_WORDS::contains))) {
                return null;
            }
            if (marked) {
                interpretedFor.merge(previousSpeaker.name, 1, Integer::sum);
                return previousSpeaker;
            }
            warnings.add("The turn labelled \"" + turn.label().strip() + "\" (" + turn.file() + ", line " + line(turn)
                    + ") was taken to be " + previousSpeaker.name + ", whose own words in another language it "
                    + "follows: check who spoke.");
            return previousSpeaker;
        }

        /** Whether the words open with an interpreter's mark ("INTERPRETER:", "(through interpretation)"). */
        private static boolean interpreted(String text) {
            return INTERPRETATION_MARK.matcher(text).lookingAt();
        }

        /** Whether a sentence of the words opens with an interpreter's mark: a tool joins a voice's paragraphs. */
        private static boolean interpretedWithin(String text) {
            return INTERPRETATION_MARK.matcher(text).find();
        }

        private static boolean interpreter(String label) {
            return Names.tokens(label).stream().anyMatch(INTERPRETER::contains);
        }

        /**
         * An interpreter's account named with its languages ("Interpreter FR", "Interpreter EN-ES", the person's name
         * in parentheses already dropped): a generic label, as "Interpreter (English)" is; it voices delegates.
         */
        private static boolean interpreterAccount(List<String> tokens) {
            return tokens.stream().anyMatch(INTERPRETER::contains)
                    && tokens.stream().allMatch(t -> INTERPRETER.contains(t) || t.length() <= LANGUAGE_CODE);
        }

        /** The label and the language an interpreted turn says it is from ("Spanish"), if it says. */
        private static String interpretedKey(Turn turn, String label) {
            return label.toLowerCase(Locale.ROOT) + "|" + interpretedFrom(turn.text());
        }

        /** The language interpreted words say they are from ("spanish"), else "". */
        private static String interpretedFrom(String text) {
            Matcher from = INTERPRETED_FROM.matcher(text);
            return from.find() && INTERPRETER.stream().anyMatch(w -> from.group().toLowerCase(Locale.ROOT).contains(w))
                    ? from.group(1).toLowerCase(Locale.ROOT) : "";
        }

        private Candidate genericVoice(Turn turn, String label) {
            if (heard >= MAX_HEARD) {
                unresolved++;
                return null;
            }
            Candidate introduced = introduced(turn.text());
            if (introduced != null) {
                introducedGeneric.add(introduced);
                return introduced;
            }
            Candidate ahead = introducedAhead(turn, label);
            if (ahead != null) {
                return ahead;
            }
            if (FLOOR_REQUEST.find(turn.text())
                    && Text.wordCount(turn.text()) <= FLOOR_REQUEST_WORDS) {
                // "May I answer as well?": a voice asking for the floor is whoever the chair gives it to next, not
                // the one the turn before named
                return label.isEmpty() && !labelled ? null : unnamedVoice(turn);
            }
            List<Candidate> handedBack = introducedGeneric.stream().distinct()
                    .filter(c -> c != previousSpeaker && handsTo(previousText, c)).toList();
            if (handedBack.size() == 1) {
                return handedBack.get(0);
            }
            Candidate given = givenTheFloor();
            if (given != null) {
                handedOver.merge(given.name, 1, Integer::sum);
                return given;
            }
            Candidate thanked = thankedRightAfter();
            if (thanked != null) {
                thankedAfter.merge(thanked.name, 1, Integer::sum);
                return thanked;
            }
            Candidate original = interpretedRightAfter(turn, label);
            if (original != null) {
                return original;
            }
            Candidate voiced = interpretedBefore(turn, label);
            if (voiced != null) {
                return voiced;
            }
            Candidate opener = label.isEmpty() ? openingChair(turn) : null;
            if (opener != null) {
                return opener;
            }
            return label.isEmpty() && !labelled ? null : unnamedVoice(turn);
        }

        /**
         * Words under a bare marker while the session opens (only the moderators have spoken), checking the link with
         * the listed online moderator by name ("Is the online working? Tomás, can you hear us?"): the listed
         * moderator's, who opens the session, with a warning; null once anyone else has spoken, where it names no
         * online moderator, or where the page lists no one moderator other than them.
         */
        private Candidate openingChair(Turn turn) {
            Candidate chair = listedModerator();
            if (!opening || chair == null) {
                return null;
            }
            List<String> said = Names.tokens(turn.text());
            Candidate online = people.stream().filter(c -> c.listed && c != chair
                    && c.roles.contains(Role.ONLINE_MODERATOR) && !c.key.isEmpty() && said.contains(first(c.key)))
                    .findFirst().orElse(null);
            if (online == null) {
                return null;
            }
            warnings.add("Opening words under no speaker label speak to the online moderator, "
                    + online.name + ", by name (" + turn.file() + ", line " + line(turn) + "): they were taken to be "
                    + chair.name + "'s, the moderator, who opens the session. Check who spoke.");
            return chair;
        }

        /**
         * The person whoever chairs has just given the floor to by name, in the turn right before: the last of its
         * sentences (thanks aside) that opens on a name and a comma or is the name ("Helga, the companies' side?",
         * "Farhan?"), or that says little more than it ("Irina first.", "Adjoa, please."), when the name is one
         * person's of the session. Null where the turn before is no chair's or addresses nobody so.
         */
        private Candidate givenTheFloor() {
            if (previousSpeaker == null || !previousSpeaker.roles.contains(Role.MODERATOR)
                    && !previousSpeaker.roles.contains(Role.ONLINE_MODERATOR)) {
                return null;
            }
            List<String> sentences = List.of(SENTENCE_END.split(previousText.strip()));
            for (int k = sentences.size() - 1; k >= 0; k--) {
                String sentence = sentences.get(k).strip();
                if (THANKS.find(sentence)) {
                    // thanks handing over are the chair's last words, or what follows may hand the floor elsewhere
                    // ("Thank you, Aroha, over to you in a moment. First the gentleman at the back.")
                    Candidate handed = k == sentences.size() - 1 && FLOOR_GIVING.find(sentence)
                            ? lastNamed(sentence) : null;
                    if (handed != null) {
                        return handed;
                    }
                    continue;
                }
                Matcher opening = VOCATIVE.matcher(sentence);
                boolean brief = Text.wordCount(sentence) <= VOCATIVE_WORDS;
                Matcher name = brief ? FULL_OR_GIVEN_NAME.matcher(sentence) : opening;
                while (brief ? name.find() : name.lookingAt()) {
                    Candidate c = byName(Names.withoutTitles(Names.tokens(name.group(1))));
                    if (c != null && c != previousSpeaker && !misspelt) {
                        return c;
                    }
                    if (!brief) {
                        break;
                    }
                }
            }
            return null;
        }

        /**
         * The last person of the session other than the chair a sentence names ("Thank you, Maria, over to you";
         * "Thank you, Maria, and over to you, Ahmed"); null where it names none.
         */
        private Candidate lastNamed(String sentence) {
            Candidate last = null;
            Matcher name = FULL_OR_GIVEN_NAME.matcher(sentence);
            while (name.find()) {
                Candidate c = byName(Names.withoutTitles(Names.tokens(name.group(1))));
                if (c != null && c != previousSpeaker && !misspelt) {
                    last = c;
                }
            }
            return last;
        }

        /**
         * The person whoever chairs thanks by name at the opening of the turn right after ("Thank you, Ahmed, for
         * that answer"): the voice just heard, when the name is one person's of the session other than the chair's
         * and the next turn's label is one already known to chair. Null otherwise.
         */
        private Candidate thankedRightAfter() {
            return at + 1 < turns.size() ? thankedIn(turns.get(at + 1)) : null;
        }

        /** As {@link #thankedRightAfter()}, the chair's turn after the run of {@code label}'s turns this one opens. */
        private Candidate thankedRightAfter(String label) {
            int next = at + 1;
            while (next < turns.size() && spoken(turns.get(next).label()).equals(label)) {
                next++;
            }
            return next < turns.size() ? thankedIn(turns.get(next)) : null;
        }

        /** The person a chair's turn opens by thanking by name; null if it does not, or is no chair's. */
        private Candidate thankedIn(Turn next) {
            Candidate chair = byLabel.get(spoken(next.label()));
            if (chair == null || !chair.roles.contains(Role.MODERATOR) && !chair.roles.contains(Role.ONLINE_MODERATOR)) {
                return null;
            }
            String opening = SENTENCE_END.split(next.text().strip(), 2)[0];
            int end = THANKS.find(opening) ? Lexicon.openingEnd("thanks", opening) : 0;
            if (end == 0) {
                return null;
            }
            Matcher name = THANKED.matcher(opening.substring(end));
            if (!name.find()) {
                return null;
            }
            Candidate c = byName(Names.withoutTitles(Names.tokens(name.group(1))));
            return c != null && c != chair && !misspelt ? c : null;
        }

        /**
         * The voice the turn before handed the floor to by a full name nobody of the session has, and then by its
         * given name ("a question from Fatima Zahra Benali, who is online. Fatima, please unmute."): that name, taken
         * as a guess and warned about; else a new unnamed participant.
         */
        private Candidate handedTo(Turn turn) {
            Matcher full = FULL_NAME.matcher(previousText);
            while (full.find()) {
                // a capital opening a sentence ("Yes Fatima ...") is no part of a name
                String before = previousText.substring(0, full.start()).strip();
                String name = full.group().replaceAll("\\.$", "");
                Matcher addressed = Pattern.compile("(?:^|[.!?]\\s+)" + Pattern.quote(name.split("\\s+")[0])
                        + ",").matcher(previousText);
                if (!before.isEmpty() && !before.matches("(?s).*[.!?:]$") && !byKey.containsKey(Names.key(name))
                        && addressed.find(full.end())) {
                    Candidate voice = named(name);
                    warnings.add("The speaker label \"" + turn.label().strip() + "\" was taken to be " + voice.name
                            + ", to whom the turn before handed the floor (" + turn.file() + ", line " + line(turn)
                            + "): check who spoke.");
                    return voice;
                }
            }
            return unnamedVoice(turn);
        }

        /** Whether the turn before speaks to the person by their given name ("We can hear you, Grace."). */
        private boolean spokenTo(Candidate c) {
            String given = Names.withoutTitles(c.name).split("\\s+")[0];
            return !c.unnamed && given.length() > 1 && previousText != null
                    && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(given) + "\\s*[,.!?]").matcher(previousText).find();
        }

        /** A voice that gave no name: a new unnamed participant, never merged with another, and warned about. */
        private Candidate unnamedVoice(Turn turn) {
            Candidate voice = add("Unnamed participant " + ++unnamedCount);
            voice.unnamed = true;
            unnamed.add(voice.name + " (" + (turn.label().isBlank() ? "no label" : "\"" + turn.label().strip() + "\"")
                    + ", " + turn.file() + " line " + line(turn) + ")");
            return voice;
        }

        /** Whether a turn names the person: the full name, or the first name when it is the only word. */
        private static boolean handsTo(String text, Candidate c) {
            List<String> words = Names.tokens(text);
            return !c.key.isEmpty() && (Collections.indexOfSubList(words, c.key) >= 0
                    || c.key.get(0).length() >= 3 && words.contains(c.key.get(0)));
        }

        /**
         * A role label: the named person ("CHAIR ESTERHUYSEN"), the person listed in the role, for a chair the
         * person the transcript says chairs, a self-introduction. A chair label so resolved is warned about.
         */
        private Candidate role(List<String> tokens, Turn turn) {
            String whole = String.join(" ", tokens);
            if (ACTING.contains(whole)) {
                Candidate asked = askedToChair(turn);
                if (asked != null) {
                    return asked;
                }
                return chairStatement == null && actingChair != null ? actingChairByTurns(turn) : chairByStatement(turn);
            }
            for (int n = Math.min(3, tokens.size()); n >= 1; n--) {
                Role role = ROLES.get(String.join(" ", tokens.subList(0, n)));
                if (role == null) {
                    continue;
                }
                if (n < tokens.size()) {
                    return byName(tokens.subList(n, tokens.size()));
                }
                for (Candidate c : people) {
                    if (c.roles.contains(role)) {
                        if (role == Role.MODERATOR && !whole.equals("moderator") && chairLabelsWarned.add(turn.label())) {
                            warnings.add("The speaker label \"" + turn.label().strip() + "\" was taken to be " + c.name
                                    + ", the moderator the session page lists (" + turn.file() + ", line " + line(turn)
                                    + "): check who chaired.");
                        }
                        return c;
                    }
                }
                if (role == Role.MODERATOR && chairStatement != null) {
                    return chairByStatement(turn);
                }
                // Nobody listed in the role: whoever introduces themselves under it holds it ("CHAIR" too).
                Candidate holder = roleHolders.get(role);
                if (holder == null) {
                    holder = introduced(turn.text());
                    if (holder != null) {
                        roleHolders.put(role, holder);
                    }
                }
                return holder;
            }
            return null;
        }

        /**
         * For an acting chair's label: the one person heard so far, not chairing, whom the latest earlier sentence
         * asking someone to take the chair names ("Hon. Sakala, would you take the chair for a few minutes?"), by
         * full name or surname; warned. The chair statement names who chairs otherwise, not who stands in. Null if
         * no such sentence names exactly one.
         */
        private Candidate askedToChair(Turn turn) {
            ChairRequest request = chairRequestBefore(at);
            if (request == null) {
                return null;
            }
            List<String> words = Names.tokens(request.sentence());
            List<Candidate> named = people.stream()
                    .filter(c -> !c.key.isEmpty() && !c.unnamed && !c.roles.contains(Role.MODERATOR)
                            && (Collections.indexOfSubList(words, c.key) >= 0
                            || c.key.get(c.key.size() - 1).length() >= 3
                            && words.contains(c.key.get(c.key.size() - 1))))
                    .toList();
            if (named.size() != 1) {
                return null;
            }
            Candidate chair = named.get(0);
            if (chairLabelsWarned.add(turn.label())) {
                warnings.add("The speaker label \"" + turn.label().strip() + "\" was taken to be "
                        + chair.name + ", whom the transcript asked to take the chair: \""
                        + request.sentence() + "\" (" + request.turn().file() + ", line " + line(request.turn())
                        + "). Check who chaired.");
            }
            return chair;
        }

        /**
         * The latest sentence before turn {@code index}, outside an acting chair's turns, asking someone to take the
         * chair; null where none. Found for every turn in one pass the first time asked, not by reading back over
         * the transcript for each acting chair's turn.
         */
        private ChairRequest chairRequestBefore(int index) {
            if (chairRequests == null) {
                chairRequests = new ChairRequest[turns.size()];
                ChairRequest latest = null;
                for (int k = 0; k < turns.size(); k++) {
                    chairRequests[k] = latest;
                    Turn t = turns.get(k);
                    if (actingLabel(t.label())) {
                        continue;
                    }
                    for (String sentence : SENTENCE_GAP.split(t.text().strip())) {
                        if (TEMPORARY_CHAIR.find(sentence)) {
                            latest = new ChairRequest(t, sentence);
                        }
                    }
                }
            }
            return chairRequests[index];
        }

        /**
         * The person the transcript says chairs, for a chair label; they chair from then on. Null, with a warning
         * once per label, where the transcript says nobody.
         */
        private Candidate chairByStatement(Turn turn) {
            if (chairStatement == null) {
                Candidate self = introduced(turn.text());
                if (self == null && chairLabelsWarned.add(turn.label())) {
                    warnings.add("The speaker label \"" + turn.label().strip() + "\" could not be matched to a "
                            + "person (" + turn.file() + ", line " + line(turn) + "): nothing in the inputs says who "
                            + "chaired, so its turns are reported under the label. Add the name if you know who it "
                            + "was.");
                }
                return self;
            }
            List<String> named = Names.withoutTitles(Names.tokens(chairStatement.name()));
            Candidate chair = byName(named);
            if (chair == null) {
                chair = add(Names.withoutTitles(chairStatement.name()));
                chair.inferred.add("name");
            }
            if (!chair.roles.contains(Role.MODERATOR)) {
                chair.roles.add(Role.MODERATOR);
                chair.roles.remove(Role.PARTICIPANT);
            }
            if (chairLabelsWarned.add(turn.label())) {
                warnings.add("The speaker label \"" + turn.label().strip() + "\" was taken to be " + chair.name
                        + ", who the transcript says chaired: \"" + chairStatement.quote() + "\" ("
                        + chairStatement.file() + ", line " + chairStatement.line() + "). Check who chaired.");
            }
            return chair;
        }

        /**
         * The person who called the next speaker under their own label between the acting chair's turns ("MR. BRUCE
         * STANTON: … We'll move on now to Mr. Johns"), for the acting chair's label: they chair from then on, warned.
         */
        private Candidate actingChairByTurns(Turn turn) {
            String label = actingChair.label().strip();
            Candidate chair = speakerOf(actingChair, label);
            if (chair == null) {
                return null;
            }
            if (!chair.roles.contains(Role.MODERATOR)) {
                chair.roles.add(Role.MODERATOR);
                chair.roles.remove(Role.PARTICIPANT);
            }
            if (chairLabelsWarned.add(turn.label())) {
                warnings.add("The speaker label \"" + turn.label().strip() + "\" was taken to be " + chair.name
                        + ", who called the next speaker under their own name between its turns: \""
                        + head(actingChair.text()) + "\" (" + actingChair.file() + ", line " + line(actingChair)
                        + "). Check who chaired.");
            }
            return chair;
        }

        private Candidate introduced(String text) {
            String name = introducedName(text);
            name = name != null ? name : thankedThenSelf(text);
            return name == null ? null : named(name);
        }

        /**
         * "Yes, thank you, Mateo Fernández. I'm from the private sector, …": a full name after thanks opening the
         * turn, ending its sentence, the voice's own words right after ({@code name-opening-self}), names the voice
         * as it gives its name to the room; null where the name is the voice's before, thanked.
         */
        private String thankedThenSelf(String text) {
            int thanks = Lexicon.openingEnd("name-thanked", text);
            Matcher name = NAME_AFTER_THANKS.matcher(text);
            if (thanks == 0 || !name.find(thanks) || !SELF_AFTER_NAME.matcher(text).region(name.end(), text.length())
                    .lookingAt()) {
                return null;
            }
            List<String> said = Names.tokens(name.group(1));
            return previousSpeaker != null && Names.tokens(previousSpeaker.name).containsAll(said) ? null
                    : name.group(1);
        }

        /**
         * Someone speaking under a listed speaker's label who gives another full name ("I'm Nadia Karim, and I'm
         * standing in for my colleague Omar Haddad"): a stand-in the captioner labelled from the programme. Null
         * when the name given shares a word with the label or the listed name (the same person, or a misspelling).
         */
        private Candidate standIn(Turn turn, String label, Candidate listed) {
            String name = introducedName(turn.text());
            if (name == null) {
                return null;
            }
            List<String> given = Names.withoutTitles(Names.tokens(name));
            if (given.size() < 2 || given.stream().anyMatch(w -> Names.tokens(label).contains(w)
                    || Names.tokens(listed.name).contains(w))) {
                return null;
            }
            Candidate standIn = named(name);
            // standing in on the panel: the listed speaker's part in the session, not an audience member's
            if (!standIn.listed) {
                standIn.roles.remove(Role.PARTICIPANT);
                listed.roles.stream().filter(r -> !standIn.roles.contains(r)).forEach(standIn.roles::add);
            }
            return standIn;
        }

        /** The person a name given in an introduction designates: someone known, else a new participant. */
        private Candidate named(String name) {
            Candidate known = byName(Names.withoutTitles(Names.tokens(name)));
            if (known == null) {
                known = add(Names.withoutTitles(name));
                known.inferred.add("name");
            }
            return known;
        }

        /** A participant named after the label as written; a new one is noted for the warning about them. */
        private Candidate heard(String label, Turn turn) {
            String name = Names.withoutTitles(label);
            // a label in capitals drops the accents the voice's own introduction spells ("LUCIA" - "Lucía Ferreyra")
            String introduced = introducedName(turn.text());
            if (introduced != null && Names.tokens(introduced).equals(Names.tokens(name))) {
                name = introduced;
            }
            String full = introduced == null ? fullNameSaid(name) : null;
            if (full != null) {
                if (warnedLabels.add(turn.label().strip())) {
                    warnings.add("The speaker label \"" + turn.label().strip() + "\" was taken to be " + full
                            + ", the one full name with that surname the transcript gives (" + turn.file() + "): "
                            + "check who spoke.");
                }
                name = full;
            }
            Candidate known = byKey.get(Names.key(name));
            if (known != null) {
                return known;
            }
            Candidate c = add(name);
            asWritten.add(c.name + " (\"" + turn.label().strip() + "\", " + turn.file() + " line " + line(turn) + ")");
            return c;
        }

        /**
         * The full name the transcript gives, after a title, to the one-word label {@code surname} ("HON. MULENGA" -
         * "The first is Hon. Joseph Mulenga"), where it gives exactly one given name with it; else null.
         */
        private String fullNameSaid(String surname) {
            List<String> words = Names.tokens(surname);
            if (words.size() != 1 || words.get(0).length() < 3) {
                return null;
            }
            Pattern titled = Pattern.compile("\\b(?:" + TITLE_BEFORE_NAME + ")\\.?\\s+(\\p{Lu}[\\p{L}'’-]+)\\s+("
                    + Pattern.quote(surname) + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Set<String> given = new LinkedHashSet<>();
            String found = null;
            for (Turn t : turns) {
                Matcher m = titled.matcher(t.text());
                while (m.find()) {
                    if (Character.isUpperCase(m.group(1).charAt(0)) && !NOT_NAMES.contains(Names.tokens(m.group(1))
                            .get(0)) && given.add(m.group(1).toLowerCase(Locale.ROOT))) {
                        found = m.group(1) + " " + m.group(2);
                    }
                }
            }
            return given.size() == 1 ? found : null;
        }

        private Candidate add(String name) {
            Person heard = new Person(name, List.of(Role.PARTICIPANT), null, null, null, List.of());
            Candidate c = new Candidate(heard, false);
            people.add(c);
            byKey.putIfAbsent(c.key, c);
            this.heard++;
            return c;
        }

        /**
         * A label with garbled letters ("JOSÃ‰ PÃ‰REZ") that, put back, names a listed person: that person, with
         * a warning. Null when the label has none or, put back, names nobody listed.
         */
        private Candidate repairedLabel(String label, Turn turn) {
            String repaired = Mojibake.repaired(label);
            if (repaired.equals(label)) {
                return null;
            }
            Candidate known = byName(Names.withoutTitles(Names.tokens(repaired)));
            if (known == null || !known.listed) {
                return null;
            }
            warnedLabels.add(label);
            warnings.add("The speaker label \"" + turn.label().strip() + "\" has garbled letters; read as \""
                    + repaired + "\", it is " + known.name + " as listed (" + turn.file() + ", line " + line(turn)
                    + ").");
            return known;
        }

        /**
         * An account's user name holding a listed person's name with a word of its own ("j.mbeki.office" for
         * Julius Mbeki, "ana.ruiz.igf"): the person two of its parts in a row name, with a warning; null if none.
         */
        private Candidate accountHolder(String label, Turn turn) {
            if (!CaptionTranscriptReader.ACCOUNT_HANDLE.matcher(label).matches()) {
                return null;
            }
            List<Candidate> before = ambiguous;
            List<String> parts = Names.tokens(label);
            for (int i = 0; i + 2 <= parts.size(); i++) {
                Candidate c = byName(parts.subList(i, i + 2));
                if (c != null && c.listed && !misspelt) {
                    ambiguous = List.of();
                    warnedLabels.add(label);
                    warnings.add("The account \"" + label + "\" was taken to be " + c.name + ", whose name it holds ("
                            + turn.file() + ", line " + line(turn) + "): check who spoke.");
                    return c;
                }
            }
            misspelt = false;
            ambiguous = before;
            return null;
        }

        /** The one person the name tokens designate, trying stricter matches first; null if none or ambiguous. */
        Candidate byName(List<String> tokens) {
            misspelt = false;
            if (tokens.isEmpty()) {
                return null;
            }
            ambiguous = List.of();
            List<String> s = significant(tokens);
            List<Predicate<List<String>>> steps = List.of(
                    key -> s.equals(key),
                    // the same letters spaced otherwise ("JOSHUA DELACRUZ" for Joshua Dela Cruz)
                    key -> String.join("", s).equals(String.join("", significant(key))),
                    key -> s.size() >= 2 && key.size() >= 2 && first(s).equals(first(key))
                            && last(s).equals(last(key)),
                    // the same name words, the family name first ("ZHANG Wei" for Wei Zhang)
                    key -> s.size() >= 2 && s.size() == key.size() && Set.copyOf(s).equals(Set.copyOf(key)),
                    // a short form of the given name and the surname ("BOB LINDQVIST" for Robert Lindqvist)
                    key -> s.size() >= 2 && key.size() >= 2 && Names.shortFor(first(s), first(key))
                            && last(s).equals(last(key)),
                    key -> tokens.size() >= 2 && first(tokens).length() == 1 && first(key).startsWith(first(tokens))
                            && last(tokens).equals(last(key)),
                    // a given name and the first surname of a double one ("JOSE PEREZ" for José Pérez Gil)
                    key -> s.size() >= 2 && s.size() < key.size() && key.subList(0, s.size()).equals(s),
                    key -> s.size() < key.size() && key.subList(key.size() - s.size(), key.size()).equals(s),
                    key -> s.size() == 1 && key.size() >= 2 && first(s).equals(first(key)),
                    key -> s.size() == 1 && key.size() >= 2 && Names.shortFor(first(s), first(key)),
                    key -> s.size() == 1 && key.size() >= 3 && key.subList(1, key.size() - 1).contains(first(s)));
            for (Predicate<List<String>> step : steps) {
                List<Candidate> found = people.stream().filter(c -> !c.key.isEmpty() && step.test(c.key)).toList();
                if (found.size() == 1) {
                    return found.get(0);
                }
                if (found.size() > 1) {
                    ambiguous = found;
                    return null;
                }
            }
            return misspelt(s);
        }

        /**
         * The one listed person whose name, first and last name, or surname is at most two edits away, or whose
         * name's letters are, its words split otherwise; when several are that close, nobody (and they are kept as
         * {@link #ambiguous}).
         */
        private Candidate misspelt(List<String> tokens) {
            List<Candidate> close = new ArrayList<>();
            // a speech recogniser splits or joins a name's words too ("oluwa shaun adeyemi" for Oluwaseun Adeyemi)
            List<String> joined = List.of(String.join("", tokens));
            for (Candidate c : people) {
                if (!c.listed || c.key.isEmpty()) {
                    continue;
                }
                // a short form of the given name keeps its place ("EMEKA NWACHUKU" for Chukwuemeka Nwachukwu)
                List<String> given = tokens.size() >= 2 && Names.shortFor(first(tokens), first(c.key))
                        ? List.of(first(tokens), last(c.key)) : List.of(first(c.key), last(c.key));
                for (List<String> form : List.of(c.key, given, List.of(last(c.key)))) {
                    if (distance(tokens, form) <= 2 && !close.contains(c)) {
                        close.add(c);
                    }
                }
                if (tokens.size() != c.key.size() && distance(joined, List.of(String.join("", c.key))) <= 2
                        && !close.contains(c)) {
                    close.add(c);
                }
                // a double-barrelled name is one word to misspell ("Adeyemi-Cole" for "Adeyemi-Kole")
                if (!c.compound.equals(c.key) && distance(joinedLike(tokens, c.key, c.compound), c.compound) <= 2
                        && !close.contains(c)) {
                    close.add(c);
                }
            }
            if (close.size() > 1) {
                ambiguous = close;
            }
            misspelt = close.size() == 1;
            return close.size() == 1 ? close.get(0) : null;
        }
    }

    private static String handedOverWords(Map<String, Integer> people) {
        return " were taken to be the person the chair had just given the floor to by name: " + turnCounts(people)
                + ". Check who spoke.";
    }

    private static String thankedWords(Map<String, Integer> people) {
        return ", which no hand-over named, were taken to be the person the chair thanked by name right after them: "
                + turnCounts(people) + ". Check who spoke.";
    }

    /**
     * A lexicon's marks opening a sentence, in brackets or before one of the closing characters given: a captioner's
     * note ("(Speaking French)", "INTERPRETER:"), never words of the speaker's.
     */
    private static Pattern bracketedMark(String lexicon, String closing) {
        return Pattern.compile("(?iu)(?:^|(?<=[.!?…]))[\\s(\\[]*(?:" + String.join("|", Lexicon.phrases(lexicon)
                .stream().map(Lexicon::compile).toList()) + ")\\s*[" + closing + "]");
    }

    /** "Daniel Chebet (3 turns), Ana Ruiz (1 turn)". */
    private static String turnCounts(Map<String, Integer> people) {
        return people.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " turn)" : " turns)"))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Who the transcript says chairs, with the sentence that says so. */
    private record ChairStatement(String name, String file, int line, String quote) {
    }

    /**
     * The first sentence saying who chairs: a self-introduction as chair ("I'm Jane Doe, chair of this
     * committee"), or a chair's title with the name after it ("the chair, Mr Doe"). Null when none does.
     */
    private static ChairStatement chairStatement(List<Turn> turns) {
        for (Turn turn : turns) {
            for (Passage passage : turn.passages()) {
                for (String sentence : SENTENCE_END.split(passage.text())) {
                    if (sentence.length() > CHAIR_STATEMENT_REACH) {
                        continue;
                    }
                    String name = chairNamed(sentence);
                    if (name != null) {
                        return new ChairStatement(name, turn.file(), passage.line(), sentence.strip());
                    }
                }
            }
        }
        return null;
    }

    /**
     * The turn where a person, under their own label, calls the next speaker ({@code chair-next-speaker}) between two
     * turns of an acting chair's label, with no other chair's turn between: who acts as chair. Null where nobody
     * does, or several people do.
     */
    private static Turn actingChair(List<Turn> turns) {
        Turn found = null;
        String acting = null;
        for (int k = 1; k + 1 < turns.size(); k++) {
            Turn t = turns.get(k);
            List<String> tokens = Names.withoutTitles(Names.tokens(t.label()));
            if (tokens.isEmpty() || chairish(t.label()) || GENERIC.contains(String.join(" ", tokens))
                    || !callsNextSpeaker(t.text()) || !actingAround(turns, k, -1) || !actingAround(turns, k, 1)) {
                continue;
            }
            String key = String.join(" ", tokens);
            if (acting != null && !acting.equals(key)) {
                return null;
            }
            acting = key;
            found = found == null ? t : found;
        }
        return found;
    }

    /** Whether the text calls someone by name or title next ("We'll move on now to Mr. Johns", not "to the next point"). */
    private static boolean callsNextSpeaker(String text) {
        if (!NEXT_SPEAKER.mayHold(text)) {
            return false;
        }
        Matcher m = NEXT_SPEAKER.matcher(text);
        while (m.find()) {
            if (CALLED.matcher(text.substring(m.end())).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the nearest chair's turn from {@code k} in the direction {@code step} is the acting chair's. */
    private static boolean actingAround(List<Turn> turns, int k, int step) {
        for (int i = k + step; i >= 0 && i < turns.size(); i += step) {
            if (chairish(turns.get(i).label())) {
                return actingLabel(turns.get(i).label());
            }
        }
        return false;
    }

    /** An acting chair's label ("ACTING CHAIR", "THE ACTING CHAIR"). */
    private static boolean actingLabel(String label) {
        return ACTING.contains(roleLabel(Names.withoutTitles(Names.tokens(label))))
                || ACTING.contains(roleLabel(Names.tokens(label)));
    }

    /** A chair's label: a form of address for whoever chairs, or an acting chair's. */
    private static boolean chairish(String label) {
        String role = roleLabel(Names.tokens(label));
        return ACTING.contains(role) || ROLES.get(role) == Role.MODERATOR;
    }

    private static String chairNamed(String sentence) {
        if (CHAIR_STATEMENT.find(sentence)) {
            for (NameCue cue : List.of(MY_NAME, I_AM, I_AM_SHORT)) {
                List<String> names = cue.names(sentence);
                if (!names.isEmpty() && !NOT_NAMES.contains(Names.tokens(names.get(0)).get(0))) {
                    return names.get(0).replaceAll("\\.$", "");
                }
            }
        }
        Matcher title = CHAIR_APPOSITION.matcher(sentence);
        while (title.find()) {
            Matcher name = APPOSED_NAME.matcher(sentence);
            if (name.find(title.end()) && name.start() == title.end()) {
                String found = name.group(1).replaceAll("\\.$", "");
                // "the chair, I think ...": the speaker's "I" is no name
                if (!PRONOUN_I.matcher(found).lookingAt()
                        && !NOT_NAMES.contains(Names.withoutTitles(Names.tokens(found)).get(0))) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The name a voice gives itself at the start of a turn ("My name is ...", "This is ... speaking"); or null. */
    private static String introducedName(String text) {
        String head = head(text);
        for (NameCue cue : List.of(MY_NAME, I_AM, THIS_IS, THIS_IS_WITH, GREETED, FOR_THE_RECORD, I_AM_SHORT)) {
            for (String said : cue.names(head)) {
                String name = said.replaceAll("\\.$", "");
                if (!NOT_NAMES.contains(Names.tokens(name).get(0))) {
                    return name;
                }
            }
        }
        Matcher opening = NAME_OPENING.matcher(head);
        while (opening.find()) {
            if (!NOT_NAMES.contains(Names.tokens(opening.group(1)).get(0))) {
                return opening.group(1);
            }
        }
        Matcher full = FULL_NAME_OPENING.matcher(head);
        // each start in turn: "Hi.  Rohan Pillai, I'm …" reads "Hi." as a name word first
        for (int from = 0; from < head.length() && full.find(from); from = full.start(1) + 1) {
            Matcher own = SELF_AFTER_NAME.matcher(head).region(full.end(), head.length());
            // a word of three letters or more with a full stop ends a sentence: "Yeah. So, I'm with …" names no one
            boolean with = ORGANISATION_ENDING.matcher(head).region(full.end(), head.length()).lookingAt();
            if ((own.lookingAt() || with) && !NOT_NAMES.contains(Names.tokens(full.group(1)).get(0))
                    && !SENTENCE_END_IN_NAME.matcher(full.group(1)).find()) {
                return full.group(1);
            }
        }
        return null;
    }

    /** Whether a label is a venue's room account or microphone ("IGF Room 5"), which several voices share. */
    private static boolean venue(String label) {
        String spoken = spoken(label);
        return device(spoken) && VENUE.find(spoken);
    }

    /**
     * The part [from, to) of a turn's text as a turn of its own: the pieces of its passages (each still on its line)
     * and the turn's time shared out by the length of the text.
     */
    private static Turn slice(Turn t, int from, int to) {
        List<Passage> pieces = new ArrayList<>();
        int offset = 0;
        for (Passage p : t.passages()) {
            int end = offset + p.text().length();
            int a = Math.max(from, offset);
            int b = Math.min(to, end);
            String piece = a < b ? p.text().substring(a - offset, b - offset).strip() : "";
            if (!piece.isEmpty()) {
                pieces.add(new Passage(p.line(), piece, p.pauseBefore() && a == offset, p.seconds()));
            }
            // passages are joined by one space in Turn#text()
            offset = end + 1;
        }
        int length = t.text().length();
        if (t.passages().stream().anyMatch(p -> p.seconds() != null)) {
            // the passages say when they were said: a part starts with its first passage, ends where the next starts
            return new Turn(t.index(), t.label(), t.speaker(), t.file(), pieces, t.secondsAt(from),
                    to >= length ? t.endSeconds() : t.secondsAt(to));
        }
        boolean timed = t.startSeconds() != null && t.endSeconds() != null;
        double span = timed ? t.endSeconds() - t.startSeconds() : 0;
        Double start = timed ? Double.valueOf(t.startSeconds() + span * from / Math.max(1, length)) : t.startSeconds();
        Double end = timed ? Double.valueOf(t.startSeconds() + span * to / Math.max(1, length)) : t.endSeconds();
        return new Turn(t.index(), t.label(), t.speaker(), t.file(), pieces, start, end);
    }

    /** A captioner's account ("Captioner - Priscilla", "CART"): never a speaker nor a participant. */
    private static boolean captioner(String label) {
        return TechnicalAccount.named(label.strip()) && Names.tokens(label).stream().anyMatch(CAPTIONER::contains);
    }

    /** Whether a label is a device's, a room's or a microphone's, or a meeting tool's numbered one. */
    private static boolean device(String label) {
        return DEVICE_NAME.find(label) || NUMBERED_LABEL.matcher(label).find()
                || CaptionTranscriptReader.PHONE.matcher(label.strip()).matches();
    }

    /** The start of a turn, where a voice introduces itself. */
    private static String head(String text) {
        int end = Math.min(INTRO_REACH, text.length());
        // never inside a word: a name cut at the reach ("My name is Lukas Bru") is no one's
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static int line(Turn turn) {
        return turn.passages().isEmpty() ? 0 : turn.passages().get(0).line();
    }

    /**
     * The name in a meeting tool's display name: notes in parentheses dropped ("(Guest)", "(she/her)") and
     * "Ruiz, Carlos" turned round to "Carlos Ruiz".
     */
    private static String spoken(String label) {
        String name = NOTE.matcher(label).replaceAll(" ").replaceAll("\\s+", " ").strip();
        // "Marek Nowak | HostPol": the organisation after a separator is no part of the name
        Matcher org = ORGANISATION_AFTER.matcher(name);
        if (org.find() && org.start() > 0) {
            name = name.substring(0, org.start());
        }
        Matcher lastFirst = LAST_FIRST.matcher(name);
        if (lastFirst.matches()) {
            return lastFirst.group(2) + " " + lastFirst.group(1);
        }
        return name.isEmpty() ? label.strip() : name;
    }

    /** Edit distance between two names word by word; only words of five letters or more may differ. */
    private static int distance(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return Integer.MAX_VALUE;
        }
        int total = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                if (Math.min(a.get(i).length(), b.get(i).length()) < MISSPELT_MIN_LETTERS) {
                    return Integer.MAX_VALUE;
                }
                total += Names.distance(a.get(i), b.get(i));
            }
        }
        return total;
    }

    /**
     * Name tokens joined where a listed name's hyphens join its words: the tokens of a label, the listed name's key
     * and its key with hyphenated words as one ("olumide adeyemi cole" → "olumide adeyemicole"); the tokens as they
     * are where their number differs from the key's.
     */
    private static List<String> joinedLike(List<String> tokens, List<String> key, List<String> compound) {
        if (tokens.size() != key.size()) {
            return tokens;
        }
        List<String> joined = new ArrayList<>();
        int i = 0;
        for (String word : compound) {
            StringBuilder label = new StringBuilder();
            int letters = 0;
            while (i < key.size() && letters < word.length()) {
                letters += key.get(i).length();
                label.append(tokens.get(i++));
            }
            joined.add(label.toString());
        }
        return joined;
    }

    private static List<String> significant(List<String> tokens) {
        List<String> s = tokens.stream().filter(t -> t.length() > 1).toList();
        return s.isEmpty() ? tokens : s;
    }

    private static String first(List<String> tokens) {
        return tokens.get(0);
    }

    private static String last(List<String> tokens) {
        return tokens.get(tokens.size() - 1);
    }

    /** A person as resolution builds them up: aliases grow as labels resolve to them. */
    private static final class Candidate {
        final String name;
        final List<Role> roles;
        final String affiliation;
        final String group;
        final String region;
        final Set<String> aliases;
        final Set<String> inferred;
        final List<String> key;
        /** The key with each hyphenated name as one word ("olumide adeyemikole"). */
        final List<String> compound;
        final boolean listed;
        /** A voice that gave no name ("Unnamed participant 2"). */
        boolean unnamed;

        Candidate(Person p, boolean listed) {
            this.name = p.name();
            this.roles = new ArrayList<>(p.roles());
            this.affiliation = p.affiliation();
            this.group = p.stakeholderGroup();
            this.region = p.region();
            this.aliases = new LinkedHashSet<>(p.aliases());
            this.inferred = new LinkedHashSet<>(p.inferred());
            this.key = Names.key(p.name());
            this.compound = Names.key(HYPHEN.matcher(p.name()).replaceAll(""));
            this.listed = listed;
        }

        Person person() {
            return new Person(name, roles, affiliation, group, region, List.copyOf(aliases), List.copyOf(inferred),
                    List.of());
        }

        /** This person under the name someone gave them, the name listed kept as an alias; the name inferred. */
        Person namedAs(String given) {
            List<String> known = new ArrayList<>(List.of(name));
            known.addAll(aliases);
            Set<String> guessed = new LinkedHashSet<>(inferred);
            guessed.add("name");
            return new Person(given, roles, affiliation, group, region, known, List.copyOf(guessed), List.of());
        }
    }
}
