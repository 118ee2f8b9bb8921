package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.Role;
import org.rapporteur.nlp.Sentence;

/**
 * Which sentences say what the speaker holds, as opposed to words that are someone else's or that only run the
 * session. Adjusts the kinds {@link SpokenText} gave, so that every finder which keeps to
 * {@link Discussion#substantive(int)} leaves them out:
 * <ul>
 *   <li>{@link SentenceKind#RELAY}: a question or comment read out from the chat or Q&amp;A ("There's a question
 *       from Fatima, she asks: ..."). In a chair's turn the cue sentence and the rest of the turn are relayed; in
 *       anyone else's, the cue sentence and the quotation that follows it.</li>
 *   <li>{@link SentenceKind#PROCEDURE}: anyone introducing themselves, a chair introducing a named participant,
 *       organising the next round ("I'll ask each speaker for ..."), turning to a panellist by name or reading out poll
 *       results, and a rapporteur
 *       describing the report.</li>
 * </ul>
 */
final class OwnWords {

    private static final Cue RELAY = Lexicon.cue("relay");
    private static final Cue RELAY_ANNOUNCEMENT = Lexicon.cue("relay-announcement");
    private static final Cue NAMED_RELAY = Lexicon.cue("relay-named");
    /** A capitalised word (a name, not a pronoun: "I wondered if") ending right before a cue of {@code relay-named}. */
    private static final Pattern CAPITALISED_BEFORE =
            Pattern.compile("(?<![\\p{L}'’-])(?!(?:I|We|You|He|She|They|It)\\s)\\p{Lu}[\\p{L}'’-]*+\\s++$");
    private static final Cue POLL_READING = Lexicon.cue("poll-reading");
    private static final Cue REPORT_REMARK = Lexicon.cue("report-remark");
    private static final Cue INTRODUCTION = Lexicon.cue("introduction");
    private static final Cue HAND_OVER = Lexicon.cue("hand-over");
    private static final Cue ATTENDANCE_FIGURE = Lexicon.cue("attendance-figure");
    private static final Cue SECOND_PERSON = Lexicon.cue("second-person");
    /** How many turns back a chair's echo looks for what it repeats: the words just said. */
    private static final int ECHO_TURNS = 3;
    /** Fewer content words than this ("Thank you, Tendai") are repeated by chance, not echoed. */
    private static final int ECHO_TERMS = 3;
    /** What a relay cue's "from" may name that reads out nothing: the speaker themselves. */
    private static final Pattern OWN_SOURCE = Pattern.compile("(?i)\\s*(?:me|myself|my side|us)\\b");

    private OwnWords() {
    }

    /**
     * Re-marks, in place, the kinds of the sentences that are not their speaker's own view; {@code introductions}:
     * the self-introductions ({@link SelfIntroductions#introduces}), {@code terms}: each sentence's {@link Terms#of}.
     */
    static void mark(List<Sentence> sentences, BitSet introductions, SessionPeople people, List<SentenceKind> kinds,
                     List<Set<String>> terms) {
        int i = 0;
        while (i < sentences.size()) {
            Sentence s = sentences.get(i);
            boolean chairs = people.chairs(s.speaker());
            if (readsOut(s.text()) && !asksForQuestions(s) && kinds.get(i) != SentenceKind.HOUSEKEEPING) {
                i = relay(sentences, i, chairs, kinds);
                continue;
            }
            if (isOpinionKind(kinds.get(i)) && (introductions.get(i) || runsTheSession(s, chairs, people)
                    || chairs && echoes(sentences, terms, i))) {
                kinds.set(i, SentenceKind.PROCEDURE);
            }
            i++;
        }
    }

    /**
     * A chair repeating what someone has just said ("Equipment without people is a monument, not a network.", after
     * the panellist's closing line): acknowledging it, not holding it. Every content word of the chair's sentence is
     * in one sentence of another speaker's, a few turns back.
     */
    private static boolean echoes(List<Sentence> sentences, List<Set<String>> terms, int i) {
        Sentence s = sentences.get(i);
        Set<String> own = terms.get(i);
        if (own.size() < ECHO_TERMS) {
            return false;
        }
        int turnsBack = 0;
        for (int k = i - 1; k >= 0 && turnsBack <= ECHO_TURNS; k--) {
            Sentence before = sentences.get(k);
            turnsBack += before.turn() != sentences.get(k + 1).turn() ? 1 : 0;
            if (turnsBack > 0 && !before.speaker().equals(s.speaker()) && terms.get(k).containsAll(own)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A chair's introduction, hand-over, poll reading or attendance figure; a rapporteur's word on the report.
     */
    private static boolean runsTheSession(Sentence s, boolean chairs, SessionPeople people) {
        String t = s.text();
        return chairs && (POLL_READING.find(t) || HAND_OVER.find(t)
                        || ATTENDANCE_FIGURE.find(t)
                        || INTRODUCTION.find(t) && people.mentioned(t, s.speaker()) != null
                        || prompts(s, people))
                || people.has(s.speaker(), Role.RAPPORTEUR) && REPORT_REMARK.find(t);
    }

    /**
     * A chair turning to a panellist by name ("Rayna, you have been following the act from the beginning.",
     * "Jean-Jacques, since we're on labels, ..."): a prompt for their answer, not the chair's view. A question
     * stays a question.
     */
    private static boolean prompts(Sentence s, SessionPeople people) {
        String t = s.text();
        if (s.isQuestion() || people.mentioned(t, s.speaker()) == null) {
            return false;
        }
        int comma = t.indexOf(',');
        boolean vocative = comma > 0 && Wording.words(t.substring(0, comma)) <= 3
                && people.mentioned(t.substring(0, comma), s.speaker()) != null;
        return vocative || SECOND_PERSON.find(t);
    }

    /**
     * Whether a relay cue reads someone else's words: "a final question from me" is the speaker's own, and so is
     * "every comment from today".
     */
    private static boolean readsOut(String text) {
        if (!namedRelays(text).isEmpty()) {
            return true;
        }
        if (!RELAY.mayHold(text)) {
            return false;
        }
        Matcher m = RELAY.matcher(text);
        while (m.find()) {
            // "a final question from me" is the speaker's own, "every comment from today" names no one
            if (!OWN_SOURCE.matcher(text).region(m.end(), text.length()).lookingAt()
                    && Lexicon.openingEnd("relay-no-source", text.substring(m.end()).strip()) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where each "asks whether" of a writer named right before it starts and ends ("Lina Haddad asks whether …, and
     * Samuel Otieno asks how …"), in order; empty where none follows a capitalised word.
     */
    static List<int[]> namedRelays(String text) {
        List<int[]> out = new ArrayList<>();
        if (!NAMED_RELAY.mayHold(text)) {
            return out;
        }
        Matcher m = NAMED_RELAY.matcher(text);
        while (m.find()) {
            Matcher before = CAPITALISED_BEFORE.matcher(text.substring(0, m.start()));
            if (before.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** Marks a relayed stretch from the cue sentence at {@code from}; returns the first sentence after it. */
    private static int relay(List<Sentence> sentences, int from, boolean chairs, List<SentenceKind> kinds) {
        Sentence cue = sentences.get(from);
        int quotes = 0;
        int i = from;
        while (i < sentences.size() && sentences.get(i).turn() == cue.turn()) {
            Sentence s = sentences.get(i);
            if (i > from && !chairs && quotes % 2 == 0) {
                break;
            }
            quotes += quoteMarks(s.text());
            if (kinds.get(i) != SentenceKind.STAGE_DIRECTION) {
                kinds.set(i, SentenceKind.RELAY);
            }
            i++;
        }
        return i;
    }

    /**
     * A chair asking for questions ("any from the chat?", "please post your questions in the chat") or saying who
     * will read them out is not yet reading one; a question read out is quoted or follows a colon.
     */
    private static boolean asksForQuestions(Sentence s) {
        return s.isQuestion() && quoteMarks(s.text()) == 0 && s.text().indexOf(':') < 0 && !readsOutAfterComma(s)
                || RELAY_ANNOUNCEMENT.find(s.text()) && !readsOutAfterAnnouncing(s.text());
    }

    /**
     * "I'll read one, it's from Mateo Rojas, he says …": the announcement, then after a comma the read-out in the
     * same sentence; "I'll read the questions from the chat in a minute" only announces.
     */
    private static boolean readsOutAfterAnnouncing(String text) {
        Matcher announced = RELAY_ANNOUNCEMENT.matcher(text);
        int comma = announced.find() ? text.indexOf(',', announced.end()) : -1;
        return comma > 0 && RELAY.matcher(text).find(comma);
    }

    /** "Tomás asks, who checks …?": a relay cue closed by a comma, the question read out after it. */
    private static boolean readsOutAfterComma(Sentence s) {
        Matcher m = RELAY.matcher(s.text());
        while (m.find()) {
            if (m.end() > 0 && s.text().charAt(m.end() - 1) == ',') {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpinionKind(SentenceKind kind) {
        return kind == SentenceKind.SUBSTANCE || kind == SentenceKind.QUESTION;
    }

    /** Straight and curly double quotation marks: an odd count leaves a quotation open. */
    private static int quoteMarks(String text) {
        int n = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                n++;
            }
        }
        return n;
    }
}
