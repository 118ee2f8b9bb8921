package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.nlp.Sentence;

/**
 * A debate's motion and its sides: the sentence that puts the motion ("This house believes that ..."), and who
 * argued for and who against it, from the chair's introductions ("Speaking for the motion are Amani Kiprono ... and
 * Lucas Ferreira ...", "Farida, for the opposition") or, for a speaker the chair placed nowhere, their own words
 * ("Vote against the motion.").
 *
 * @param sentence the sentence putting the motion
 * @param text     the motion as put, from its "This house ..." to the sentence's end
 * @param sides    each speaker placed, in the order placed: true for the motion, false against it
 * @param placedBy the sentences that placed them
 */
record Motion(int sentence, String text, Map<String, Boolean> sides, List<Integer> placedBy) {

    private static final Cue MOTION = Lexicon.cue("motion");
    private static final Cue FOR = Lexicon.cue("motion-for");
    private static final Cue AGAINST = Lexicon.cue("motion-against");
    private static final Cue VOTE = Lexicon.cue("motion-vote");

    /** The motion put in the session, with its sides; null where no one put one. */
    static Motion find(Discussion d) {
        Integer put = null;
        for (int i = 0; i < d.size() && put == null; i++) {
            put = MOTION.find(d.sentence(i).text()) ? i : null;
        }
        if (put == null) {
            return null;
        }
        Matcher m = MOTION.matcher(d.sentence(put).text());
        m.find();
        String text = Wording.capitalised(d.sentence(put).text().substring(m.start()).strip());
        Map<String, Boolean> sides = new LinkedHashMap<>();
        List<Integer> placedBy = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            Boolean side = side(s.text());
            if (side == null) {
                continue;
            }
            List<String> placed = new ArrayList<>();
            if (d.people().chairs(s.speaker())) {
                d.people().mentionedAll(s.text()).stream()
                        .filter(named -> !d.people().chairs(named) && d.spoke(named)).forEach(placed::add);
            } else if (VOTE.find(s.text())) {
                placed.add(s.speaker());
            }
            placed.removeIf(sides::containsKey);
            placed.forEach(who -> sides.put(who, side));
            if (!placed.isEmpty()) {
                placedBy.add(i);
            }
        }
        return new Motion(put, text, sides, placedBy);
    }

    /** The speakers on one side, in the order placed. */
    List<String> side(boolean forIt) {
        List<String> out = new ArrayList<>();
        sides.forEach((who, side) -> {
            if (side == forIt) {
                out.add(who);
            }
        });
        return out;
    }

    /** Whether two speakers argued on opposite sides of the motion. */
    boolean opposes(String a, String b) {
        return sides.containsKey(a) && sides.containsKey(b) && !sides.get(a).equals(sides.get(b));
    }

    /** The side a sentence names, where it names exactly one: true for the motion, false against it. */
    private static Boolean side(String text) {
        boolean forIt = FOR.find(text);
        boolean against = AGAINST.find(text);
        return forIt == against ? null : forIt;
    }
}
