package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Evidence;
import org.rapporteur.nlp.Sentence;

/**
 * A call to action in the form the IGF uses: third person, no imperative, addressed ("Manufacturers should print
 * the end-of-support date on the box."). "We call on X to do" becomes "X should do"; "we need to do" is addressed to
 * all stakeholders; a call made as a list ("fix three things:") keeps its items, the next sentences of the turn.
 * The evidence is every sentence used, verbatim.
 */
final class CallWording {

    static final String ALL_STAKEHOLDERS = "all stakeholders";
    /** Items a call announced as a list may take from the rest of its turn. */
    private static final int MAX_ITEMS = 5;
    /** Words that may come before "we need to" for it still to be the call ("So I think we need to"). */
    private static final int WEAK_CALL_OPENING = 6;
    private static final Pattern WEAK_CALL = Lexicon.cue("weak-call");

    private CallWording() {
    }

    static CallToAction call(Discussion d, CallToActionFinder.Candidate c) {
        Sentence s = d.sentence(c.index());
        String addressee = c.addressee() == null ? ALL_STAKEHOLDERS : c.addressee();
        String text = wording(SpokenText.tidy(s.text()), c.addressee());
        List<Evidence> evidence = new ArrayList<>(List.of(s.evidence()));
        // a list ("fix three things: A; B") said past the sentence goes on in the sentences after it
        int promised = StatedConclusions.promisedItems(s.text());
        int colon = text.indexOf(':');
        int said = colon < 0 || colon == text.length() - 1 ? 0 : text.substring(colon + 1).split(";").length;
        int wanted = colon < 0 ? 0 : Math.min(MAX_ITEMS, Math.max(promised, 1) - said);
        List<String> items = new ArrayList<>();
        for (int j = c.index() + 1; j < d.size() && d.sentence(j).turn() == s.turn() && items.size() < wanted; j++) {
            if (d.substantive(j) && !d.sentence(j).isQuestion()) {
                items.add(Wording.clause(d.sentence(j).text()).replaceAll("[.!]+$", ""));
                evidence.add(d.sentence(j).evidence());
            }
        }
        if (!items.isEmpty()) {
            text = text.replaceAll("[.]+$", "") + (said == 0 ? " " : "; ") + String.join("; ", items);
        }
        CallToActionFinder.Candidate strength = CallToActionFinder.candidate(s, c.index());
        double explicitness = strength == null ? 0 : strength.score();
        return new CallToAction(Wording.closed(text), s.speaker(), addressee, evidence,
                explicitness >= 3 ? "explicit" : c.addressee() != null ? "addressed" : "general");
    }

    /** The IGF wording of a call whose addressee, if named, is {@code addressee}. */
    static String wording(String text, String addressee) {
        Matcher explicit = CallToActionFinder.EXPLICIT.matcher(text);
        if (addressee != null && explicit.find()) {
            return Wording.capitalised(addressee) + " should " + text.substring(explicit.start("act"));
        }
        Matcher called = CallToActionFinder.CALLED.matcher(text);
        if (addressee != null && called.find()) {
            int to = text.toLowerCase(Locale.ROOT).indexOf(" to ", called.end());
            if (to > 0) {
                return Wording.capitalised(addressee) + " should " + text.substring(to + 4);
            }
        }
        if (addressee != null) {
            // "I think regulators should ...": from the addressee on
            String lower = text.toLowerCase(Locale.ROOT);
            int at = lower.indexOf(addressee.toLowerCase(Locale.ROOT));
            if (at >= 4 && lower.startsWith("the ", at - 4)) {
                at -= 4;
            }
            if (at >= 0) {
                return Wording.capitalised(text.substring(at));
            }
            return Wording.clause(text);
        }
        Matcher weak = WEAK_CALL.matcher(text);
        if (weak.find() && Wording.words(text.substring(0, weak.start())) <= WEAK_CALL_OPENING) {
            return "All stakeholders should " + text.substring(weak.end()).strip();
        }
        return Wording.clause(text);
    }

    /** Whether a call on "us" all is said as one: "we need to ..." within the first words of the sentence. */
    static boolean opensOnWeakCall(String text) {
        Matcher weak = WEAK_CALL.matcher(text);
        return weak.find() && Wording.words(text.substring(0, weak.start())) <= WEAK_CALL_OPENING;
    }
}
