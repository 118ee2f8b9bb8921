package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Relation;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.Sentence;

/**
 * Agreements and disagreements: explicit markers ("I agree with X", "building on what X said", "as X said",
 * "X is right" / "I disagree", "I would push back on", "I'm not sure I share", "with respect, ...") and the person
 * referred to, resolved to someone of the session by full name, surname or first name. "You", "the previous
 * speaker" or a marker opening a turn point at the previous speaker. An agreement with nobody identifiable is
 * dropped; an explicit disagreement is kept with {@code with} null.
 */
public final class RelationFinder {

    /** Agreements and disagreements, each in the order spoken. */
    public record Relations(List<Relation> agreements, List<Relation> disagreements) {

        public Relations {
            agreements = List.copyOf(agreements);
            disagreements = List.copyOf(disagreements);
        }
    }

    private static final Pattern DISAGREE = Pattern.compile("(?i)\\b(i('m| am|'ll| will)? (\\w+ ){0,2}disagree"
            + "|i (do not|don't|cannot|can't|could not|couldn't|would not|wouldn't) (\\w+ )?agree"
            + "|(i would|i'd|i want to|i have to|i must|let me|i need to) (\\w+ )?push back|i push back"
            + "|i('m| am) not (so |entirely |quite |fully |at all )?(sure|convinced) (that )?(i|we) (share|agree)"
            + "|i('m| am) not (entirely |quite |fully |so )?convinced"
            + "|with (all )?(due )?respect\\b(?! to (the|this|that|a|an|our|these|those|its|their|what|how|your)\\b)"
            + "|i (don't|do not) think (\\w+ ){1,4}(is|are|was|were) right"
            + "|i (see|view) (it|this|that|things) (quite |very |a bit )?differently|i take (a |quite a )?different view"
            + "|(that's|that is|this is) (just |simply )?not (quite )?(right|correct|true|the case)"
            + "|i (would|'d) (challenge|question|caution against)|contrary to what"
            + "|i('m| am) (a bit |somewhat |a little )?(skeptical|sceptical))");
    private static final Pattern AGREE = Pattern.compile("(?i)\\b(i (\\w+ ){0,2}agree\\b"
            + "|building on|to build on|build on what|as (?<as>(\\S+ ){1,4}?)(said|mentioned|pointed out|noted|"
            + "highlighted|stressed|emphasi[sz]ed|put it|rightly (said|pointed out|noted))"
            + "|like (?<like>(\\S+ ){1,3}?)said|i (fully |also |very much |completely )?share (\\S+ ){0,3}?"
            + "(view|views|concern|concerns|point|perspective)"
            + "|i (would |'d |want to |just want to )?(echo|second)\\b|echoing|i (also )?support what"
            + "|(?<right>\\S+) (is|was|are) (absolutely |quite |completely |so |exactly |entirely )?right\\b"
            + "|(made|raised|makes|raises) (a |an )?(very )?(good|great|excellent|important|valid|fair|strong) point"
            + "|i('m| am) (very much |fully )?(in agreement|on the same page)"
            + "|i('m| am) (actually |fully |completely |very much )?with (\\S+ ){1,3}?on (this|that)\\b)");
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(not|n't|never|no)\\b");
    private static final Pattern TO_PREVIOUS = Pattern.compile("(?i)\\b(you|your|previous speaker|last speaker"
            + "|my colleague|the colleague)\\b");
    private static final Pattern OWN = Pattern.compile("(?i)^(i|we|i've|we've|i have|we have|i already|already)\\b");
    private static final Pattern FACTUAL_RIGHT = Pattern.compile("(?i)^(that|this|it|which|what|all|you're|that's)$");

    private RelationFinder() {
    }

    public static Relations find(Discussion d) {
        List<Relation> agreements = new ArrayList<>();
        List<Relation> disagreements = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            if (d.kind(i) == SentenceKind.STAGE_DIRECTION || d.kind(i) == SentenceKind.QUESTION) {
                continue;
            }
            Sentence s = d.sentence(i);
            Matcher dis = DISAGREE.matcher(s.text());
            if (dis.find()) {
                String with = resolve(d, i, dis.start(), true);
                disagreements.add(relation(s, with));
                continue;
            }
            Matcher agree = AGREE.matcher(s.text());
            while (agree.find()) {
                if (negated(s.text(), agree)) {
                    disagreements.add(relation(s, resolve(d, i, agree.start(), true)));
                    break;
                }
                String with = agreementWith(d, i, agree);
                if (with != null) {
                    agreements.add(relation(s, with));
                    break;
                }
            }
        }
        return new Relations(agreements, disagreements);
    }

    /** "I don't really agree": a negation between "I" and "agree" turns it around. */
    private static boolean negated(String text, Matcher agree) {
        String m = agree.group().toLowerCase(java.util.Locale.ROOT);
        return m.startsWith("i ") && m.endsWith("agree") && NEGATED.matcher(m).find();
    }

    /** Whom an agreement marker points at, or null when nobody can be named. */
    private static String agreementWith(Discussion d, int i, Matcher agree) {
        String named = agree.group("as") != null ? agree.group("as")
                : agree.group("like") != null ? agree.group("like") : agree.group("right");
        if (named != null) {
            // "as I said", "that is right": no one else is referred to
            String n = named.strip();
            if (OWN.matcher(n).find() || FACTUAL_RIGHT.matcher(n).matches()) {
                return null;
            }
            String speaker = d.sentence(i).speaker();
            String person = d.people().mentioned(n, speaker);
            if (person != null) {
                return person;
            }
            return TO_PREVIOUS.matcher(n).find() ? previousSpeaker(d, i) : null;
        }
        return resolve(d, i, agree.start(), false);
    }

    /**
     * The person a relation marker at {@code from} refers to: named after the marker, else named anywhere in the
     * sentence, else the previous speaker when addressed ("you") or when the marker opens the turn.
     */
    private static String resolve(Discussion d, int i, int from, boolean allowNull) {
        Sentence s = d.sentence(i);
        String after = s.text().substring(from, Math.min(s.text().length(), from + 80));
        String person = d.people().mentioned(after, s.speaker());
        if (person == null) {
            person = d.people().mentioned(s.text(), s.speaker());
        }
        if (person == null && (TO_PREVIOUS.matcher(after).find() || s.indexInTurn() <= 1)) {
            person = previousSpeaker(d, i);
        }
        return person == null && !allowNull ? null : person;
    }

    /** The speaker of the closest earlier turn by someone else that had substance. */
    static String previousSpeaker(Discussion d, int i) {
        Turn own = d.sentence(i).turn();
        for (int j = i - 1; j >= 0; j--) {
            Sentence s = d.sentence(j);
            if (s.turn() != own && !s.speaker().equals(own.speaker()) && d.substantive(j)) {
                return s.speaker();
            }
        }
        return null;
    }

    private static Relation relation(Sentence s, String with) {
        return new Relation(s.speaker(), with, SpokenText.tidy(s.text()), List.of(s.evidence()));
    }
}
