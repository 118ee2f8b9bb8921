package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.model.Person;
import org.rapporteur.model.Role;
import org.rapporteur.nlp.Sentence;

/**
 * Witnesses and members in a hearing: a member asks, a witness answers. Of the turns in which someone who does
 * not chair says something of substance or asks, a member puts a question in at least half; a witness in fewer.
 * Only where the session reads as a hearing; nobody who did not speak is given either.
 */
final class HearingRoles {

    /** Share of a speaker's turns that ask, from which they are a member rather than a witness. */
    static final double MEMBER_ASKING = 0.5;
    /** A question shorter than this ("Can I add something?") asks nothing of the witness. */
    private static final int MIN_QUESTION_WORDS = 5;

    private HearingRoles() {
    }

    static List<Person> assign(Discussion d, List<Person> people) {
        if (!d.readsAsHearing()) {
            return people;
        }
        Map<String, Map<Integer, Boolean>> turnsAsking = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            SentenceKind kind = d.kind(i);
            boolean asks = kind == SentenceKind.QUESTION && s.wordCount() >= MIN_QUESTION_WORDS;
            if (!d.people().chairs(s.speaker()) && !d.relayed(i) && (asks || kind == SentenceKind.SUBSTANCE)) {
                turnsAsking.computeIfAbsent(s.speaker(), k -> new HashMap<>())
                        .merge(s.turn().index(), asks, Boolean::logicalOr);
            }
        }
        List<Person> out = new ArrayList<>(people.size());
        for (Person p : people) {
            Map<Integer, Boolean> turns = turnsAsking.get(p.name());
            if (turns == null || p.has(Role.RAPPORTEUR)) {
                out.add(p);
                continue;
            }
            long asking = turns.values().stream().filter(b -> b).count();
            out.add(p.inHearingAs(asking >= MEMBER_ASKING * turns.size() ? Role.MEMBER : Role.WITNESS));
        }
        return out;
    }
}
