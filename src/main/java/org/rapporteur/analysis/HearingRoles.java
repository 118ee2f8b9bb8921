package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.rapporteur.ingest.SpeakerResolver;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.Person;
import org.rapporteur.model.Role;
import org.rapporteur.nlp.Sentence;

/**
 * Witnesses and members in a hearing. First what the chair says: people introduced as witnesses ("I'd like to
 * welcome our witnesses, X of Y and Z", "our first witness is ...") are witnesses, members recognised to speak ("I
 * now recognise Senator X") are members; where such a sentence names nobody, it is said of the next speaker. Then,
 * for everyone else (and anyone the chair's words put both ways), the turns: of the turns in which someone who does
 * not chair says something of substance or asks, a member puts a question in at least half; a witness in fewer.
 * Only where the session reads as a hearing; nobody who did not speak is given either, nor anyone known only by a
 * chair's label.
 */
final class HearingRoles {

    /** Share of a speaker's turns that ask, from which they are a member rather than a witness. */
    static final double MEMBER_ASKING = 0.5;
    /** A question shorter than this ("Can I add something?") asks nothing of the witness. */
    private static final int MIN_QUESTION_WORDS = 5;
    private static final Cue WITNESS_INTRODUCTION = Lexicon.cue("witness-introduction");
    private static final Cue MEMBER_RECOGNITION = Lexicon.cue("member-recognition");
    private static final Cue OWN_QUESTION = Lexicon.cue("own-question");

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
            // "I'm just wondering how ..." asks as a question mark does
            boolean asks = (kind == SentenceKind.QUESTION || kind == SentenceKind.SUBSTANCE
                    && OWN_QUESTION.find(s.text())) && s.wordCount() >= MIN_QUESTION_WORDS;
            if (!d.people().chairs(s.speaker()) && !d.relayed(i) && (asks || kind == SentenceKind.SUBSTANCE)) {
                turnsAsking.computeIfAbsent(s.speaker(), k -> new HashMap<>())
                        .merge(s.turn().index(), asks, Boolean::logicalOr);
            }
        }
        Map<String, Role> stated = statedByTheChair(d);
        List<Person> out = new ArrayList<>(people.size());
        for (Person p : people) {
            Map<Integer, Boolean> turns = turnsAsking.get(p.name());
            if (turns == null || p.has(Role.RAPPORTEUR) || chairLabelled(p)) {
                out.add(p);
                continue;
            }
            long asking = turns.values().stream().filter(b -> b).count();
            Role byTurns = asking >= MEMBER_ASKING * turns.size() ? Role.MEMBER : Role.WITNESS;
            out.add(p.inHearingAs(stated.getOrDefault(p.name(), byTurns)));
        }
        return out;
    }

    /**
     * Whether the person is only known by a chair's label ("THE ACTING CHAIR" that nothing names): whoever it was
     * chaired, so they are neither witness nor member.
     */
    private static boolean chairLabelled(Person p) {
        return SpeakerResolver.isChairLabel(p.name()) || p.aliases().stream().anyMatch(SpeakerResolver::isChairLabel);
    }

    /**
     * The roles the chair's words give: witnesses introduced, members recognised. Someone put both ways is left
     * to their turns.
     */
    static Map<String, Role> statedByTheChair(Discussion d) {
        Map<String, Role> roles = new HashMap<>();
        Set<String> bothWays = new HashSet<>();
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            if (!d.people().chairs(s.speaker())) {
                continue;
            }
            if (WITNESS_INTRODUCTION.find(s.text())) {
                said(d, i, s.text(), Role.WITNESS, roles, bothWays);
            }
            Matcher recognised = MEMBER_RECOGNITION.matcher(s.text());
            if (MEMBER_RECOGNITION.mayHold(s.text()) && recognised.find()) {
                // "I thank Mr Y, and I now recognise Senator X": the one recognised comes after
                said(d, i, s.text().substring(recognised.start()), Role.MEMBER, roles, bothWays);
            }
        }
        bothWays.forEach(roles::remove);
        return roles;
    }

    /** The people a chair's sentence names (or else the next speaker) put in a role. */
    private static void said(Discussion d, int i, String text, Role role, Map<String, Role> roles,
                             Set<String> bothWays) {
        Set<String> people = new HashSet<>(d.people().mentionedAll(text));
        people.removeIf(n -> d.people().chairs(n));
        if (people.isEmpty()) {
            String next = nextSpeaker(d, i);
            if (next != null) {
                people.add(next);
            }
        }
        for (String name : people) {
            Role before = roles.putIfAbsent(name, role);
            if (before != null && before != role) {
                bothWays.add(name);
            }
        }
    }

    /** Who speaks first after the turn of sentence {@code i}, a chair aside; null if nobody does. */
    private static String nextSpeaker(Discussion d, int i) {
        for (int k = i + 1; k < d.size(); k++) {
            Sentence s = d.sentence(k);
            if (s.turn() != d.sentence(i).turn() && !d.people().chairs(s.speaker())) {
                return s.speaker();
            }
        }
        return null;
    }
}
