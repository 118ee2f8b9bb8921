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
 * Witnesses and members in a hearing. First what the chair says (also a chair known only by a label, "THE ACTING
 * CHAIR"): people introduced as witnesses ("I'd like to welcome our witnesses, X of Y and Z", "our first witness
 * is ...", officials "accompanying" a minister) are witnesses, members recognised to speak ("I now recognise Senator
 * X") are members; where such a sentence names nobody, it is said of the next speaker. Then, for everyone else (and
 * anyone the chair's words put both ways), the turns: someone the chair gives the floor to by name whose turns so
 * given end on a question, at least half of them, is a member however long they speak; else, of the turns in which
 * someone who does not chair says something of substance or asks, a member puts a question in at least half; a
 * witness in fewer. A member elected to chair for a while ("I nominate X as temporary chair") chairs in those turns:
 * they count for neither role, and their words there are the chair's. Only where the session reads as a hearing;
 * nobody who did not speak is given either, nor anyone known only by a chair's label.
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
        Set<String> chairing = chairing(d);
        Map<String, Map<Integer, Boolean>> turnsAsking = new HashMap<>();
        // per speaker, the turns the chair gave them by name: whether each ends on a question
        Map<String, Map<Integer, Boolean>> givenTheFloor = new HashMap<>();
        Set<String> namedByTheChair = Set.of();
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            SentenceKind kind = d.kind(i);
            boolean opensTurn = i == 0 || d.sentence(i - 1).turn() != s.turn();
            if (opensTurn) {
                Sentence before = i == 0 ? null : d.sentence(i - 1);
                namedByTheChair = before != null && chairs(d, chairing, i - 1)
                        ? new HashSet<>(d.people().mentionedAll(before.turn().text())) : Set.of();
            }
            // "I'm just wondering how ..." asks as a question mark does
            boolean asks = (kind == SentenceKind.QUESTION || kind == SentenceKind.SUBSTANCE
                    && OWN_QUESTION.find(s.text())) && s.wordCount() >= MIN_QUESTION_WORDS;
            if (!chairs(d, chairing, i) && !d.relayed(i) && (asks || kind == SentenceKind.SUBSTANCE)) {
                turnsAsking.computeIfAbsent(s.speaker(), k -> new HashMap<>())
                        .merge(s.turn().index(), asks, Boolean::logicalOr);
                if (namedByTheChair.contains(s.speaker())) {
                    // the turn's last sentence of substance or question decides whether it ends on one
                    givenTheFloor.computeIfAbsent(s.speaker(), k -> new HashMap<>()).put(s.turn().index(), asks);
                }
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
            Map<Integer, Boolean> given = givenTheFloor.getOrDefault(p.name(), Map.of());
            long givenAsking = given.values().stream().filter(b -> b).count();
            // recognised by name and ending on their questions: a member, however much they say first
            boolean recognisedAsking = givenAsking > 0 && givenAsking >= MEMBER_ASKING * given.size();
            Role byTurns = recognisedAsking || asking >= MEMBER_ASKING * turns.size() ? Role.MEMBER : Role.WITNESS;
            out.add(p.inHearingAs(stated.getOrDefault(p.name(), byTurns)));
        }
        return out;
    }

    /** Who chairs: the moderators and anyone known only by a chair's label ("THE ACTING CHAIR"). */
    private static Set<String> chairing(Discussion d) {
        Set<String> names = new HashSet<>();
        for (Person p : d.people().all()) {
            if (d.people().chairs(p.name()) || chairLabelled(p)) {
                names.add(p.name());
            }
        }
        for (Sentence s : d.sentences()) {
            if (d.people().chairs(s.speaker()) || SpeakerResolver.isChairLabel(s.speaker())) {
                names.add(s.speaker());
            }
        }
        return names;
    }

    /** Whether sentence i is said chairing: by someone who chairs, or by a member elected to chair for a while. */
    private static boolean chairs(Discussion d, Set<String> chairing, int i) {
        return chairing.contains(d.sentence(i).speaker()) || d.chairsAt(i);
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
        Set<String> chairing = chairing(d);
        Map<String, Role> roles = new HashMap<>();
        Set<String> bothWays = new HashSet<>();
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            if (!chairs(d, chairing, i)) {
                continue;
            }
            if (WITNESS_INTRODUCTION.find(s.text())) {
                said(d, i, s.text(), Role.WITNESS, chairing, roles, bothWays);
            }
            Matcher recognised = MEMBER_RECOGNITION.matcher(s.text());
            if (MEMBER_RECOGNITION.mayHold(s.text()) && recognised.find()) {
                // "I thank Mr Y, and I now recognise Senator X": the one recognised comes after
                said(d, i, s.text().substring(recognised.start()), Role.MEMBER, chairing, roles, bothWays);
            }
        }
        bothWays.forEach(roles::remove);
        return roles;
    }

    /** The people a chair's sentence names (or else the next speaker) put in a role. */
    private static void said(Discussion d, int i, String text, Role role, Set<String> chairing,
                             Map<String, Role> roles, Set<String> bothWays) {
        Set<String> people = new HashSet<>(d.people().mentionedAll(text));
        people.removeIf(chairing::contains);
        if (people.isEmpty()) {
            String next = nextSpeaker(d, i, chairing);
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
    private static String nextSpeaker(Discussion d, int i, Set<String> chairing) {
        for (int k = i + 1; k < d.size(); k++) {
            Sentence s = d.sentence(k);
            if (s.turn() != d.sentence(i).turn() && !chairs(d, chairing, k)) {
                return s.speaker();
            }
        }
        return null;
    }
}
