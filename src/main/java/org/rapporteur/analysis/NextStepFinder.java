package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Evidence;
import org.rapporteur.nlp.Sentence;

/**
 * Next steps: follow-ups announced in the session ("we will publish the report", "join the mailing list") and the
 * IGF processes it names (dynamic coalitions, best practice forums, policy networks, NRIs, WSIS+20, the Global
 * Digital Compact). A follow-up is announced late in the session and reads as the step itself ("The report will
 * be posted on the IGF website.", under its speaker's name); the processes named anywhere make one line,
 * "Related IGF processes: ...", with every sentence naming one as evidence. Questions and housekeeping are never
 * next steps.
 */
final class NextStepFinder {

    static final String FOLLOW_UP = "announced-follow-up";
    static final String IGF_PROCESS = "igf-process";
    /** Follow-ups are announced in the last part of a session or its closing round. */
    private static final double FOLLOW_UP_NOT_BEFORE = 0.5;
    private static final int LIMIT = 6;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;
    private static final Cue NEXT_STEP = Lexicon.cue("next-step");
    private static final Cue POINTING_SUBJECT = Lexicon.cue("pointing-subject");
    private static final Cue PROCESS = Lexicon.cue("igf-process");
    private static final Cue NAMED_PROCESS = Lexicon.cue("named-process");
    /** "Several ask whether the report will be shared": a step asked about, not announced. */
    private static final Cue INDIRECT_QUESTION = Lexicon.cue("indirect-question");
    private static final Cue CLOSING_ROUND = Lexicon.cue("closing-round");
    /** A time ahead ("in May", "by Friday"): a follow-up so dated is one wherever it is announced. */
    private static final Cue TIME_AHEAD = Lexicon.cue("time-ahead");
    private static final Pattern RELAY = Pattern.compile(":\\s*[\"\u201c]");
    /** An offer to whoever wants it, said as a condition up to its comma ("If you want to join the coalition, …"). */
    private static final Pattern OFFER = Pattern.compile("(?i)\\bif (?:you|anyone|anybody|someone|somebody)\\b[^,]*$");
    /** Capitalised words in a row ("Internet Standards"), never the speaker's "I". */
    private static final String CAPITALISED = "(?!I\\b)\\p{Lu}[\\p{L}\\p{N}+'-]*(?:\\s+(?!I\\b)\\p{Lu}[\\p{L}\\p{N}+'-]*)*";
    /**
     * A process's name runs on over capitalised words and the small words between them ("on the Internet of"), not
     * over the speaker's "I" ("the IGF Secretariat and I have the honour").
     */
    private static final Pattern NAME_AFTER = Pattern.compile("^(?:\\s+(?:on|of|for|and|in|the|(?!I\\b)\\p{Lu}[\\p{L}\\p{N}+'-]*"
            + "|\\p{N}[\\p{L}\\p{N}+-]*))*");
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:\\b(?:the|a|an|our)\\s+)?(?:(?:\\p{Lu}|\\p{N})"
            + "[\\p{L}\\p{N}+'-]*\\s+)*$");
    /** A body's subject after its name: "on …", "of …", "for …". */
    private static final Pattern SUBJECT = Pattern.compile("^\\s+(?:on|of|for)\\s");
    /**
     * The rest of a subject that is a list of capitalised words, after a comma and closed by "and" (", Security and
     * Safety", ", Youth and Education"); not ", DCAD, and to the …" nor ", and the national IGFs".
     */
    private static final Pattern LIST_TAIL = Pattern.compile(",\\s+" + CAPITALISED + "(?:,\\s+" + CAPITALISED
            + ")*,?\\s+and\\s+" + CAPITALISED);
    private static final Pattern SMALL_WORDS_AT_END = Pattern.compile("(?:\\s+(?:on|of|for|and|in|the))+$");
    private static final Pattern ACRONYM_OR_NAME = Pattern.compile(
            "\\b(?!(?:The|A|An|Our|This|That|These|Those)\\b)\\p{Lu}[\\p{L}\\p{N}+-]+\\s*$");
    /** "I will send ..." as "X will send ...": the speaker's own undertaking, in the third person. */
    private static final Pattern I_WILL = Pattern.compile("^(?:I will|I'll|I\u2019ll|I am going to|I'm going to"
            + "|I\u2019m going to)\\s+(?=\\p{Ll})");

    private NextStepFinder() {
    }

    /**
     * Whether a sentence announces a step: a cue of {@code next-step} said outright, not inside an offer to whoever
     * wants it ("If you want to join the coalition, the form is in the chat.": done in the session).
     */
    private static boolean undertakes(String text) {
        Matcher step = NEXT_STEP.matcher(text);
        while (NEXT_STEP.mayHold(text) && step.find()) {
            if (!OFFER.matcher(text.substring(0, step.start())).find()) {
                return true;
            }
        }
        return false;
    }

    static List<Claim> find(Discussion d, SentenceScorer scorer) {
        List<Claim> out = new ArrayList<>();
        List<Integer> taken = new ArrayList<>();
        // each process once, by its name as first said, with every sentence naming it
        Map<String, String> processes = new LinkedHashMap<>();
        List<Evidence> processEvidence = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            SentenceKind kind = d.kind(i);
            // "The draft is online, the link is in the chat, and comments on the draft are open until 15 January":
            // a step said with a link's housekeeping is still a step
            boolean statement = kind == SentenceKind.SUBSTANCE || kind == SentenceKind.PROCEDURE
                    || kind == SentenceKind.HOUSEKEEPING && NEXT_STEP.find(s.text());
            // a sentence quoting someone ("one participant writes: ...") relays their words
            // "we will continue to work with ..." is reassurance, not a step
            // "Let me ask each of you for one last point, one thing … before next year's IGF" opens a closing round
            if (!statement || s.isQuestion() || INDIRECT_QUESTION.find(s.text()) || SpokenText.isThanks(s.text())
                    || CLOSING_ROUND.find(s.text())
                    || RELAY.matcher(s.text()).find()
                    || SentenceScorer.reassurance(s.text()) || s.wordCount() < MIN_WORDS || s.wordCount() > MAX_WORDS
                    || SentenceScorer.brokenOff(d, i)) {
                continue;
            }
            boolean namesProcess = PROCESS.find(s.text()) || NAMED_PROCESS.find(s.text());
            List<String> named = namesProcess ? processesNamed(SpokenText.tidy(s.text())) : List.of();
            for (String name : named) {
                processes.putIfAbsent(name.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an|our)\\s+", ""), name);
            }
            if (!named.isEmpty()) {
                processEvidence.add(s.evidence());
            }
            // a panellist's dated undertaking early on ("We will put the standard out for public comment in May")
            // is one too; undated, a "we will share …" early on is mostly about the session itself
            boolean followUp = undertakes(s.text()) && (d.position(i) >= FOLLOW_UP_NOT_BEFORE
                    || d.inClosingRound(i) || TIME_AHEAD.find(s.text()));
            int at = i;
            if (!followUp || out.size() >= LIMIT || taken.stream().anyMatch(t -> scorer.similarity(t, at) > 0.5)) {
                continue;
            }
            taken.add(i);
            // "Its next meeting is on the 22nd of January": the step is told with the sentence its subject points
            // back at (an object pointing back, "will write this up", leans on nothing the step needs)
            if (s.indexInTurn() > 0 && POINTING_SUBJECT.matcher(Wording.clause(s.text())).lookingAt()) {
                Sentence before = d.sentence(i - 1);
                out.add(new Claim(followUp(d, before) + " " + followUp(d, s), s.speaker(),
                        List.of(before.evidence(), s.evidence()), FOLLOW_UP));
                continue;
            }
            out.add(new Claim(followUp(d, s), s.speaker(), List.of(s.evidence()), FOLLOW_UP));
        }
        if (!processes.isEmpty()) {
            out.add(new Claim("Related IGF processes: " + String.join(", ", processes.values()) + ".", null,
                    processEvidence, IGF_PROCESS));
        }
        return out;
    }

    /**
     * The step as announced ("The report will be posted in the coming weeks."; the report names who announced
     * it); the speaker's "I will ..." as theirs ("Ana Ruiz will send ..."); a step said as "we" or to "you" is
     * quoted, as who "we" are is the speaker's to say.
     */
    static String followUp(Discussion d, Sentence s) {
        String clause = Wording.clause(s.text()).replaceAll("[.!;,]+$", "");
        Matcher own = I_WILL.matcher(clause);
        if (own.find() && !Wording.speaksAsSpeaker(clause.substring(own.end()))) {
            return s.speaker() + " will " + clause.substring(own.end()) + ".";
        }
        if (Wording.speaksAsSpeaker(clause)) {
            return "\u201c" + clause + ".\u201d";
        }
        return clause + ".";
    }

    /**
     * The IGF processes a sentence names, each with its name ("the Dynamic Coalition on the Internet of Things",
     * "the IS3C coalition"); a word such as "coalition" only where a name comes with it.
     */
    static List<String> processesNamed(String text) {
        List<String> out = new ArrayList<>();
        for (Cue cue : List.of(PROCESS, NAMED_PROCESS)) {
            if (!cue.mayHold(text)) {
                continue;
            }
            Matcher m = cue.matcher(text);
            while (m.find()) {
                String before = text.substring(0, m.start());
                Matcher name = NAME_BEFORE.matcher(before);
                int from = name.find() ? name.start() : m.start();
                if (cue == NAMED_PROCESS && !ACRONYM_OR_NAME.matcher(before).find()
                        && !Character.isUpperCase(text.charAt(m.start()))) {
                    continue;
                }
                Matcher after = NAME_AFTER.matcher(text.substring(m.end()));
                int to = m.end() + (after.find() ? after.end() : 0);
                // a subject that is a list runs on past its comma: "… on Internet Standards, Security and Safety"
                Matcher list = LIST_TAIL.matcher(text.substring(to));
                if (SUBJECT.matcher(text.substring(m.end(), to)).find() && list.lookingAt()) {
                    to += list.end();
                }
                // a sentence's capital on its article is no part of the name
                String phrase = SMALL_WORDS_AT_END.matcher(text.substring(from, to).strip()).replaceFirst("");
                if (phrase.matches("^(The|A|An|Our)\\s.*")) {
                    phrase = Wording.uncapitalised(phrase);
                }
                String named = phrase;
                if (out.stream().noneMatch(o -> o.contains(named) || named.contains(o))) {
                    out.add(named);
                }
            }
        }
        return out;
    }
}
