package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.language.Numbers;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Evidence;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * A call announced as a list ("Governments must do two things. They must A. And they must B."; "We need three
 * things: first, A; second, B; and third, C."): one call that keeps every item, worded as the form has it
 * ("Governments should A; and B."; "Three things are needed: A; B; and C."). Found only where every item promised is
 * said, after the colon or in the next sentences of the turn.
 */
record ListedCall(int index, String addressee, String text, List<Integer> items) {

    private static final Cue ANNOUNCED = Lexicon.cue("call-list");
    /** The most words of the addressee before the modal announcing the list ("the small island states must"). */
    private static final int MAX_ADDRESSEE_WORDS = 4;
    /** The modal announcing the list, a word or two before its number ("must do two things", "need three"). */
    private static final Set<String> MODALS = Lexicon.words("call-list-modal");
    /** How far past the modal its number may come ("must do two", "have to do two"). */
    private static final int NUMBER_WITHIN = 3;
    private static final Set<String> NOUN_PHRASE = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CC");

    /** The listed call sentence {@code i} of the discussion announces, or null. */
    static ListedCall at(Discussion d, int i) {
        Sentence s = d.sentence(i);
        String text = SpokenText.tidy(s.text());
        int promised = StatedConclusions.promisedItems(text);
        if (s.isQuestion() || promised < 2 || !ANNOUNCED.mayHold(text)) {
            return null;
        }
        Matcher announced = ANNOUNCED.matcher(text);
        if (!announced.find()) {
            return null;
        }
        // "we need three things" is the speaker's side's; "I would say governments must do two things" calls on
        // whom the words before the modal name
        boolean ours = announced.group().toLowerCase(Locale.ROOT).startsWith("we ");
        String addressee = ours ? null : actorBefore(s);
        if (!ours && addressee == null) {
            // "Those two things must change" announces no one's acts
            return null;
        }
        List<String> said = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        int colon = text.indexOf(':');
        if (colon >= 0) {
            for (String part : text.substring(colon + 1).split(";")) {
                said.add(Wording.clause(StatedConclusions.LIST_LINK.matcher(part.strip()).replaceFirst("")));
            }
        } else {
            for (int j = i + 1; j < d.size() && d.sentence(j).turn() == s.turn() && said.size() < promised; j++) {
                if (d.sentence(j).isQuestion() || !d.substantive(j)) {
                    break;
                }
                said.add(d.clause(j));
                items.add(j);
            }
        }
        if (said.size() != promised || said.stream().anyMatch(p -> Wording.words(p) < 2)) {
            return null;
        }
        List<String> acts = new ArrayList<>();
        boolean allActs = true;
        for (String item : said) {
            // "They must …": the subject and modal the item opens on (lexicon call-item-subject)
            int act = Lexicon.openingEnd("call-item-subject", item);
            allActs &= act > 0;
            acts.add(Wording.uncapitalised(item.substring(act).strip().replaceAll("[.!;,]+$", "")));
        }
        String listed = joined(acts);
        String worded = allActs
                ? Wording.capitalised(addressee == null ? CallWording.ALL_STAKEHOLDERS : addressee) + " should "
                + listed
                : Wording.capitalised(Numbers.word(promised)) + " things are needed"
                + (addressee == null ? "" : " from " + addressee) + ": " + listed;
        return new ListedCall(i, addressee, Wording.closed(worded), items);
    }

    /**
     * The actor the noun phrase right before the modal announcing the list names ("… I would say the island
     * governments must do two things"), or null.
     */
    private static String actorBefore(Sentence s) {
        List<Token> tokens = s.tokens();
        int modal = -1;
        for (int k = 0; k < tokens.size() && modal < 0; k++) {
            if (!MODALS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int j = k + 1; j < tokens.size() && j <= k + NUMBER_WITHIN; j++) {
                modal = Numbers.isNumber(tokens.get(j).word()) ? k : modal;
            }
        }
        int start = modal;
        while (start > 0 && NOUN_PHRASE.contains(tokens.get(start - 1).pos()) && modal - start < MAX_ADDRESSEE_WORDS) {
            start--;
        }
        if (modal < 0 || start == modal) {
            return null;
        }
        String phrase = CallToActionFinder.joinWords(tokens.subList(start, modal));
        boolean pronoun = CallToActionFinder.PRONOUNS.contains(phrase.toLowerCase(Locale.ROOT));
        return CallToActionFinder.isActor(phrase) && !pronoun ? CallToActionFinder.stripDeterminer(phrase) : null;
    }

    /** Two short items joined by "and"; more, or any with a comma inside, by semicolons, "and" before the last. */
    private static String joined(List<String> items) {
        if (items.size() == 2 && items.stream().noneMatch(i -> i.contains(","))) {
            return items.get(0) + " and " + items.get(1);
        }
        return String.join("; ", items.subList(0, items.size() - 1)) + "; and " + items.get(items.size() - 1);
    }

    /** The call as the form has it, its evidence the announcing sentence and every item's. */
    CallToAction call(Discussion d) {
        List<Evidence> evidence = new ArrayList<>(List.of(d.sentence(index).evidence()));
        items.forEach(j -> evidence.add(d.sentence(j).evidence()));
        Sentence s = d.sentence(index);
        return new CallToAction(text, s.speaker(),
                CallWording.addressee(s, addressee == null ? CallWording.ALL_STAKEHOLDERS : addressee), evidence,
                "addressed");
    }
}
