package org.rapporteur.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.Role;
import org.rapporteur.nlp.Sentence;

/**
 * Those who run the session with the chair without being listed as its moderators: the clerk or secretary the chair
 * calls on to read the procedure ("I will ask the clerk to read the procedure. Mr. Antwi."; lexicon
 * {@code session-official}), or who introduces themselves as the room's host or the clerk ("I'm with the Secretariat
 * and I'm the host in this room today"; lexicon {@code session-official-self}). The voice of the next turn is the
 * official, unless the session page lists it to speak or chair; like the chair's, its words are procedure and
 * hand-overs, never positions or audience questions. Officials are staff: not among the session's people, nor in the
 * speakers' share.
 */
final class SessionOfficials {

    private static final Cue CALLED = Lexicon.cue("session-official");
    private static final Cue SELF = Lexicon.cue("session-official-self");

    private SessionOfficials() {
    }

    static Set<String> of(List<Sentence> sentences, SessionPeople people) {
        Set<String> officials = new LinkedHashSet<>();
        boolean chairListed = people.all().stream().anyMatch(p -> p.has(Role.MODERATOR));
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            // where the page names the chair, someone else saying they host the room or clerk runs it with them;
            // without a listed chair they may be the chair
            if (chairListed && SELF.find(s.text()) && !people.onPanel(s.speaker()) && !people.chairs(s.speaker())) {
                officials.add(s.speaker());
            }
            if (!people.chairs(s.speaker()) || !CALLED.find(s.text())) {
                continue;
            }
            int next = i + 1;
            while (next < sentences.size() && sentences.get(next).turn() == s.turn()) {
                next++;
            }
            if (next < sentences.size() && !people.onPanel(sentences.get(next).speaker())
                    && !people.chairs(sentences.get(next).speaker())) {
                officials.add(sentences.get(next).speaker());
            }
        }
        return officials;
    }
}
