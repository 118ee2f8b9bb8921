package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.Claim;
import org.rapporteur.nlp.Sentence;

/**
 * Next steps: follow-ups announced in the session ("we will publish the report", "join the mailing list") and the
 * IGF processes it names (dynamic coalitions, best practice forums, policy networks, NRIs, WSIS+20, the Global
 * Digital Compact). A follow-up is announced late in the session; a process counts wherever it is named. Questions
 * and housekeeping are never next steps.
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
    private static final Cue PROCESS = Lexicon.cue("igf-process");
    private static final Pattern RELAY = Pattern.compile(":\\s*[\"\u201c]");

    private NextStepFinder() {
    }

    static List<Claim> find(Discussion d, SentenceScorer scorer) {
        List<Claim> out = new ArrayList<>();
        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < d.size() && out.size() < LIMIT; i++) {
            Sentence s = d.sentence(i);
            SentenceKind kind = d.kind(i);
            boolean statement = kind == SentenceKind.SUBSTANCE || kind == SentenceKind.PROCEDURE;
            // a sentence quoting someone ("one participant writes: ...") relays their words
            // "we will continue to work with ..." is reassurance, not a step
            if (!statement || s.isQuestion() || SpokenText.isThanks(s.text()) || RELAY.matcher(s.text()).find()
                    || SentenceScorer.reassurance(s.text()) || s.wordCount() < MIN_WORDS || s.wordCount() > MAX_WORDS
                    || SentenceScorer.brokenOff(s.text().strip())) {
                continue;
            }
            String basis = PROCESS.find(s.text()) ? IGF_PROCESS
                    : (d.position(i) >= FOLLOW_UP_NOT_BEFORE || d.inClosingRound(i))
                    && NEXT_STEP.find(s.text()) ? FOLLOW_UP : null;
            int at = i;
            if (basis == null || taken.stream().anyMatch(t -> scorer.similarity(t, at) > 0.5)) {
                continue;
            }
            taken.add(i);
            String text = Wording.closed(Wording.reported(TakeawaySelector.who(d, s.speaker()), "said",
                    Wording.clause(s.text()), s));
            out.add(new Claim(text, s.speaker(), List.of(s.evidence()), basis));
        }
        return out;
    }
}
