package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.nlp.Sentence;

/**
 * A member elected or asked to chair for a while: a sentence naming a temporary chair and exactly one person of
 * the session who speaks after it ("I nominate X as temporary chair", "X has been appointed temporary Chair", "X,
 * you're now in the chair"). From that sentence on, X's sentences are the chair's (hand-overs, introductions of
 * witnesses, "Any further questions?"), not a member's, until the substantive chair (whoever the session's people
 * say chairs) speaks again.
 */
final class TemporaryChair {

    private static final Cue CUE = Lexicon.cue("temporary-chair");

    /** One stretch chaired by a member: from sentence {@code from} to before {@code to}; where it was said. */
    record Span(String chair, int from, int to, Sentence said) {
    }

    private TemporaryChair() {
    }

    static List<Span> spans(List<Sentence> sentences, SessionPeople people) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            Sentence s = sentences.get(i);
            String elected = CUE.find(s.text()) ? elected(s, sentences, i, people) : null;
            if (elected == null) {
                i++;
                continue;
            }
            int to = i + 1;
            // the substantive chair's next turn (after the one electing) ends it
            while (to < sentences.size() && (sentences.get(to).turn() == s.turn()
                    || !people.chairs(sentences.get(to).speaker()) || elected.equals(sentences.get(to).speaker()))) {
                to++;
            }
            spans.add(new Span(elected, i, to, s));
            i = to;
        }
        return spans;
    }

    /** Whether sentence i is a temporary chair's, in one of the spans. */
    static boolean[] chairing(List<Sentence> sentences, List<Span> spans) {
        boolean[] chairing = new boolean[sentences.size()];
        for (Span span : spans) {
            for (int k = span.from(); k < span.to(); k++) {
                chairing[k] = span.chair().equals(sentences.get(k).speaker());
            }
        }
        return chairing;
    }

    /** The one person the sentence names who does not chair already and speaks after it; else null. */
    private static String elected(Sentence s, List<Sentence> sentences, int i, SessionPeople people) {
        Set<String> named = people.mentionedAll(s.text());
        named.removeIf(people::chairs);
        if (named.size() != 1) {
            return null;
        }
        String who = named.iterator().next();
        return sentences.subList(i + 1, sentences.size()).stream().anyMatch(x -> who.equals(x.speaker())) ? who
                : null;
    }

    /** In words, for the report's warnings: who chaired from where, and what the report made of it. */
    static String told(Span span) {
        return span.chair() + " was named temporary chair (" + span.said().evidence().file() + ", line "
                + span.said().line() + "): their turns from there until the chair spoke again are read as the "
                + "chair's, not as a member's or a witness's. Check who chaired.";
    }
}
