package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.ingest.SpeakerResolver;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.language.Numbers;
import org.rapporteur.language.RequiredWords;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Person;
import org.rapporteur.nlp.Sentence;

/**
 * Women and gender-diverse participants, only as people state it: pronouns in a display name ("Maria Silva
 * (she/her)", a chat sender or a speaker label), a form of address ("Ms. Odhiambo", "Madam Chair", a chair's
 * "Madam, in the front" to the next speaker), a self-description ("as a young woman"). Each person is counted once,
 * as gender-diverse where anything says so. The figure is a lower bound with its evidence, never a count: a name
 * says nothing of anyone's gender and is never read for it. Null when nobody stated anything.
 */
final class StatedGender {

    static final String NOTE = "A lower bound from what people stated: pronouns in display names, forms of address "
            + "(Ms., Mrs., Madam) and self-descriptions. It is not a count of the women and gender-diverse people "
            + "present, and nobody's gender was guessed from their name.";
    private static final Set<String> WOMAN_PRONOUNS = Lexicon.words("pronoun-woman");
    private static final Set<String> DIVERSE_PRONOUNS = Lexicon.words("pronoun-gender-diverse");
    private static final Set<String> WOMAN_ADDRESS = Lexicon.words("address-woman");
    /** Most sentences hold no form of address: the word-by-word pattern below is not run on them. */
    private static final RequiredWords MAY_ADDRESS_WOMAN = RequiredWords.of(List.copyOf(WOMAN_ADDRESS));
    private static final Set<String> CHAIR_TITLES = Lexicon.words("address-chair");
    private static final Set<String> ALONE = Lexicon.words("address-woman-alone");
    private static final Cue DESCRIBED = Lexicon.cue("address-woman-described");
    private static final Cue MAN_DESCRIBED = Lexicon.cue("address-man-described");
    private static final Cue SAYS_WOMAN = Lexicon.cue("self-description-woman");
    private static final Cue SAYS_DIVERSE = Lexicon.cue("self-description-gender-diverse");
    private static final Cue WOMEN_COUNT = Lexicon.cue("women-count");
    private static final Cue THANKS = Lexicon.cue("thanks");
    /** A display name's note of pronouns: "(she/her)", "(they / them)"; no '(' inside, so linear on any label. */
    private static final Pattern PRONOUN_NOTE = Pattern.compile("\\(([\\p{L} ]+(?:/[\\p{L} ]+)+)\\)");
    /** A form of address and what follows it: "Ms. Grace Odhiambo", "Madam Chair", "Madam, in the front". */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}'’])([\\p{L}'’]+)(?:(?:\\.\\s*+|\\s+)"
            + "([\\p{L}'’\\-]+)(?:\\s+([\\p{L}'’\\-]+))?)?");

    private enum Stated { WOMAN, GENDER_DIVERSE }

    private record Statement(Stated stated, Evidence evidence) {
    }

    private StatedGender() {
    }

    static Participation.StatedGender of(Discussion d) {
        Map<String, Statement> byPerson = new LinkedHashMap<>();
        for (ChatMessage m : d.session().chat()) {
            Stated s = pronouns(m.sender());
            if (s != null && !m.direct()) {
                note(byPerson, person(d, m.sender()), s, chatEvidence(m));
            }
        }
        int previousTurn = -1;
        List<Sentence> sentences = d.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String speaker = s.speaker();
            boolean someone = !speaker.equals(SpeakerResolver.UNIDENTIFIED);
            if (s.turn().index() != previousTurn) {
                previousTurn = s.turn().index();
                String label = s.turn().label();
                Stated byLabel = pronouns(label);
                if (byLabel == null && addressesWoman(label)) {
                    byLabel = Stated.WOMAN;
                }
                if (byLabel != null && someone) {
                    note(byPerson, speaker, byLabel, labelEvidence(s));
                }
            }
            if (d.relayed(i)) {
                continue;
            }
            if (someone && SAYS_DIVERSE.find(s.text())) {
                note(byPerson, speaker, Stated.GENDER_DIVERSE, s.evidence());
            } else if (someone && SAYS_WOMAN.find(s.text())) {
                note(byPerson, speaker, Stated.WOMAN, s.evidence());
            }
            for (String addressed : addressed(d, i)) {
                note(byPerson, addressed, Stated.WOMAN, s.evidence());
            }
        }
        for (ChatMessage m : d.session().chat()) {
            if (!m.direct() && SAYS_DIVERSE.find(m.text())) {
                note(byPerson, person(d, m.sender()), Stated.GENDER_DIVERSE, chatEvidence(m));
            } else if (!m.direct() && SAYS_WOMAN.find(m.text())) {
                note(byPerson, person(d, m.sender()), Stated.WOMAN, chatEvidence(m));
            }
        }
        // a count of the women said aloud ("we have eleven women among the twenty panellists") bounds them too
        int said = 0;
        Evidence saidAt = null;
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            if (!d.relayed(i) && WOMEN_COUNT.mayHold(text)) {
                Matcher m = WOMEN_COUNT.matcher(text);
                int count = m.find() ? Numbers.value(m.group()).orElse(0) : 0;
                if (count > said) {
                    said = count;
                    saidAt = sentences.get(i).evidence();
                }
            }
        }
        int listed = unnamedInAttendance(d, byPerson);
        if (byPerson.isEmpty() && said == 0 && listed == 0) {
            return null;
        }
        int diverse = (int) byPerson.values().stream().filter(s -> s.stated() == Stated.GENDER_DIVERSE).count();
        List<Evidence> evidence = new ArrayList<>();
        byPerson.values().forEach(s -> evidence.add(s.evidence()));
        int women = byPerson.size() - diverse + listed;
        String note = NOTE;
        if (listed > 0) {
            note += " It counts " + listed + (listed == 1 ? " name" : " names") + " of the attendance export ("
                    + d.session().attendance().source() + ") whose pronouns say so; names in an export are not"
                    + " written out, so these are in the figures only.";
        }
        if (said > women) {
            evidence.add(saidAt);
            women = said;
            note += " It is the count of women a speaker gave, quoted.";
        }
        return new Participation.StatedGender(women + diverse, women, diverse, List.copyOf(byPerson.keySet()), note,
                evidence);
    }

    /**
     * The women of the attendance export whose display name states pronouns ("Hon. Grace Akello (she/her)") and who
     * are not counted already by name: the contract's evidence cannot cite an export's row, and its names are never
     * written out, so they are counted only.
     */
    private static int unnamedInAttendance(Discussion d, Map<String, Statement> byPerson) {
        Participation.Attendance attendance = d.session().attendance();
        if (attendance == null) {
            return 0;
        }
        int found = 0;
        Set<String> counted = new HashSet<>();
        byPerson.keySet().forEach(k -> counted.add(plainName(k)));
        for (String connection : attendance.connections()) {
            int note = connection.indexOf('(');
            String name = note > 0 ? connection.substring(0, note) : "";
            if (note > 0 && pronouns(connection) == Stated.WOMAN && !counted.contains(plainName(name))
                    && d.people().mentionedAll(name).stream().noneMatch(byPerson::containsKey)) {
                found++;
            }
        }
        return found;
    }

    /** A name without its notes, spacing and case: "Maria Silva (she/her)" is "maria silva". */
    private static String plainName(String name) {
        return PRONOUN_NOTE.matcher(name).replaceAll("").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The first statement about a person stands, unless a later one says gender-diverse. */
    private static void note(Map<String, Statement> byPerson, String who, Stated stated, Evidence evidence) {
        Statement known = byPerson.get(who);
        if (known == null || known.stated() == Stated.WOMAN && stated == Stated.GENDER_DIVERSE) {
            byPerson.put(who, new Statement(stated, evidence));
        }
    }

    /** What the pronouns of a display name's note say; null when it has none. */
    static Stated pronouns(String displayName) {
        Matcher m = PRONOUN_NOTE.matcher(displayName);
        Stated stated = null;
        while (m.find()) {
            for (String word : m.group(1).toLowerCase(Locale.ROOT).split("[/\\s]+")) {
                if (DIVERSE_PRONOUNS.contains(word)) {
                    return Stated.GENDER_DIVERSE;
                }
                if (WOMAN_PRONOUNS.contains(word)) {
                    stated = Stated.WOMAN;
                }
            }
        }
        return stated;
    }

    /** A speaker label opening on a woman's form of address ("MS. ODHIAMBO", "MADAM CHAIR"). */
    private static boolean addressesWoman(String label) {
        Matcher m = ADDRESS.matcher(label.strip());
        return m.lookingAt() && WOMAN_ADDRESS.contains(m.group(1).toLowerCase(Locale.ROOT)) && m.group(2) != null;
    }

    /**
     * The people a sentence addresses as women: "Ms./Mrs./Madam" before the name of someone of the session;
     * "Madam Chair" the person chairing; a chair's bare "Madam", or "the lady at the microphone", the speaker of
     * the next turn.
     */
    private static List<String> addressed(Discussion d, int i) {
        Sentence s = d.sentence(i);
        List<String> out = new ArrayList<>();
        Matcher m = ADDRESS.matcher(s.text());
        boolean mayAddress = MAY_ADDRESS_WOMAN.anyIn(s.text());
        while (mayAddress && m.find()) {
            // capitalised as a form of address is: "we miss the point" addresses nobody
            if (!Character.isUpperCase(m.group(1).charAt(0))
                    || !WOMAN_ADDRESS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                // go on from the next word: the honorific may be the second word of this match
                m.region(m.start(1) + m.group(1).length(), s.text().length());
                continue;
            }
            String next = m.group(2);
            String who;
            if (next != null && CHAIR_TITLES.contains(next.toLowerCase(Locale.ROOT))) {
                Person chair = d.people().moderator();
                who = chair == null || chair.name().equals(s.speaker()) ? null : chair.name();
            } else if (next != null && Character.isUpperCase(next.charAt(0))) {
                // "Ms. Sahota" with two Sahotas in the session names neither for certain
                String named = String.join(" ", next, m.group(3) == null ? "" : m.group(3)).strip();
                Set<String> people = d.people().mentionedAll(named);
                who = people.size() == 1 && d.people().isSessionPerson(next) ? people.iterator().next() : null;
            } else if (ALONE.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                // "Madam, in the front, please": the chair gives her the floor; "Thank you, Madam." thanks the one
                // who has just spoken
                who = !d.people().chairs(s.speaker()) ? null
                        : THANKS.find(s.text()) ? previousSpeaker(d, i) : nextSpeaker(d, i);
            } else {
                who = null;
            }
            if (who != null && !out.contains(who)) {
                out.add(who);
            }
            m.region(m.start(1) + m.group(1).length(), s.text().length());
        }
        // "The lady at the microphone in the middle, please": the chair gives her the floor
        String described = d.people().chairs(s.speaker()) && DESCRIBED.find(s.text()) && !manFirst(s.text())
                ? nextSpeaker(d, i) : null;
        if (described != null && !out.contains(described)) {
            out.add(described);
        }
        return out;
    }

    /** Whether the chair describes a man before the woman ("The gentleman first, and then the lady"): he speaks next. */
    private static boolean manFirst(String text) {
        if (!MAN_DESCRIBED.find(text)) {
            return false;
        }
        Matcher man = MAN_DESCRIBED.matcher(text);
        Matcher woman = DESCRIBED.matcher(text);
        return man.find() && woman.find() && man.start() < woman.start();
    }

    /** Who speaks in the turn after sentence i's: the person a chair just gave the floor to. */
    private static String nextSpeaker(Discussion d, int i) {
        int turn = d.sentence(i).turn().index();
        for (int k = i + 1; k < d.size(); k++) {
            Sentence s = d.sentence(k);
            if (s.turn().index() != turn) {
                String speaker = s.speaker();
                return speaker.equals(SpeakerResolver.UNIDENTIFIED) || d.people().chairs(speaker) ? null : speaker;
            }
        }
        return null;
    }

    /** Who spoke in the turn before sentence i's: the person a chair thanks as the turn opens. */
    private static String previousSpeaker(Discussion d, int i) {
        int turn = d.sentence(i).turn().index();
        for (int k = i - 1; k >= 0; k--) {
            Sentence s = d.sentence(k);
            if (s.turn().index() != turn) {
                String speaker = s.speaker();
                return speaker.equals(SpeakerResolver.UNIDENTIFIED) || d.people().chairs(speaker) ? null : speaker;
            }
        }
        return null;
    }

    /** A chat sender as a person of the session where the name without its note is one, else as written. */
    private static String person(Discussion d, String sender) {
        String name = sender.replaceAll("\\([^()]*+\\)", " ").replaceAll("\\s+", " ").strip();
        return d.people().person(name) != null ? name : name.isEmpty() ? sender : name;
    }

    private static Evidence labelEvidence(Sentence first) {
        return first.turn().labelEvidence(first.line(), first.evidence().time());
    }

    private static Evidence chatEvidence(ChatMessage m) {
        return new Evidence(EvidenceSource.CHAT, m.file(), m.sender(), m.line(), m.time(), m.text());
    }
}
