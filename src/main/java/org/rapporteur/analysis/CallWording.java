package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
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
    /** An article right before the addressee as said ("the platforms", "an electoral body"). */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:the|an?) $");
    /** A list said whole after its colon: its last item joined by ", and" or ", or" ("A, B, and everything else"). */
    private static final Pattern LAST_ITEM = Pattern.compile("(?i)[,;]\\s+(?:and|or)\\s+\\S");
    /** Items a call announced as a list may take from the rest of its turn. */
    private static final int MAX_ITEMS = 5;
    /** Words that may come before "we need to" for it still to be the call ("So I think we need to"). */
    private static final int WEAK_CALL_OPENING = 6;
    private static final Cue WEAK_CALL = Lexicon.cue("weak-call");
    private static final Cue SPEAKER_SIDE = Lexicon.cue("speaker-side");
    /** ", and for parliaments to reform ...": a second addressee (checked to be an actor) and its act. */
    private static final Pattern SECOND_ADDRESSEE = Pattern.compile("(?i),?\\s+and\\s+(?:for\\s+)?(?!to\\s)"
            + "(?<who>(?:the\\s+)?\\p{L}[\\p{L}'-]*(?:\\s+\\p{L}[\\p{L}'-]*){0,3}?)\\s+to\\s+(?<act>\\p{L}+)");
    private static final Pattern SECOND_ACT = Pattern.compile("(?i)\\band to (?<act>\\p{L}+)");
    /** ", and that the community decides": a second subjunctive clause of "what we ask is that …". */
    private static final Pattern AND_THAT = Pattern.compile(",?\\s+and that (?<who>(?:the\\s+)?\\p{L}[\\p{L}'-]*"
            + "(?:\\s+\\p{L}[\\p{L}'-]*){0,2}?)\\s+(?<verb>\\p{L}+)\\b");
    /** "What we are asking is that …" opening a call that names no one to act. */
    private static final Pattern ASKED_THAT = Pattern.compile("(?i)^(?:\\S+\\s+){0,4}?what (?:i|we)(?: am| are|'m|'re)?"
            + " (?:asking|ask)(?: for)? is that\\s+");
    /** "should do that, publish …": a light act on a demonstrative, restated after the comma. */
    private static final Pattern DO_THAT = Pattern.compile("(?i)\\b(should|must)\\s+(?:also\\s+)?do\\s+(?:that|this|so),"
            + "\\s+(?=\\p{Ll})");
    /** A proposal on a thing opening a clause: "essential services should be mapped". */
    private static final Pattern PROPOSAL_ON_A_THING = Pattern.compile("(?i)\\s*(?:\\p{L}[\\p{L}'-]*\\s+){1,4}?"
            + "(?:should|must)\\s");
    /** The speaker's own "our" or "my" before a noun. */
    private static final Pattern OWN_POSSESSIVE = Pattern.compile("\\b(?:our|my)\\b(?=\\s+\\p{L})");
    /** What a colon announces as an act: a word in lower case that is no pronoun or determiner ("fund the …"). */
    private static final Pattern ACT_AFTER_COLON = Pattern.compile("\\s*(?!(?:we|i|you|they|it|he|she|the|a|an|this"
            + "|that|these|those|there|our|my|their|its|every|each|all|no|any|some|most)\\b)\\p{Ll}");
    /** A short heading before a closing round's imperative ("One calendar, one report: don't build …"). */
    private static final Pattern CLOSING_HEADING = Pattern.compile("^[^:.;]{1,50}:\\s*(?=\\p{Ll})");
    private static final Pattern DO_NOT = Pattern.compile("(?i)^(?:don't|don\u2019t|do not)\\s+");
    /** A clause with a subject and a modal of its own ("every complaint of abuse should be registered"). */
    private static final Pattern MODAL_CLAUSE = Pattern.compile("(?i)\\s*[\\p{L}\\p{N}'\u2019 -]{1,80}?\\s"
            + "(?:should|must|ought to|needs? to)\\s");
    /** An aside set apart by commas between an addressee and its modal (", and I include us,"). */
    private static final Pattern ASIDE = Pattern.compile("\\s*,[^,.;:]{1,60},\\s*(?=(?:should|must|ought|needs?)\\b)");
    /** "Let" opening an exhortation to the parties named after it. */
    private static final Pattern LET = Pattern.compile("(?i)let\\s+");
    private static final Pattern YOUR = Pattern.compile("\\byour\\b");
    /** "you" as the subject of a clause said to the addressee ("what you did"). */
    private static final Pattern YOU = Pattern.compile("\\byou\\b(?=\\s+\\p{Ll})");
    /** "my own", "our own": whose, which "the own" would lose. */
    private static final Pattern MY_OWN = Pattern.compile("(?i)\\bmy\\s+own\\b");
    private static final Pattern OUR_OWN = Pattern.compile("(?i)\\bour\\s+own\\b");

    private CallWording() {
    }

    /**
     * Where the act starts that a plea to someone announces after a colon ("My call is to the platforms: hire …"),
     * or -1 where the text makes no such plea.
     */
    static int pleaAct(String text) {
        Matcher plea = CallToActionFinder.PLEA_TO.matcher(text);
        if (!plea.find()) {
            return -1;
        }
        int said = text.indexOf(':', plea.end());
        return said >= 0 && ACT_AFTER_COLON.matcher(text.substring(said + 1)).lookingAt() ? said + 1 : -1;
    }

    /**
     * Where the clause a plea announces after its colon starts, a clause with its own subject and modal ("Mine is for
     * governments: every complaint should be registered"), or -1 (none, or an act: "Mine is to donors: fund …").
     */
    static int pleaClause(String text) {
        Matcher plea = CallToActionFinder.PLEA_TO.matcher(text);
        if (!plea.find() || pleaAct(text) >= 0) {
            return -1;
        }
        int said = text.indexOf(':', plea.end());
        return said >= 0 && MODAL_CLAUSE.matcher(text.substring(said + 1)).lookingAt() ? said + 1 : -1;
    }

    static CallToAction call(Discussion d, CallToActionFinder.Candidate c) {
        Sentence s = d.sentence(c.index());
        String addressee = c.addressee() == null ? ALL_STAKEHOLDERS : c.addressee();
        CallToActionFinder.Vocative vocative = CallToActionFinder.vocative(d, c.index());
        CallToActionFinder.Hedged hedged = CallToActionFinder.hedged(s);
        String text = hedged != null ? Wording.capitalised(hedged.named() != null ? hedged.named() : addressee)
                + " should consider " + hedged.act() + "."
                : vocative != null ? imperativeAsCall(SpokenText.tidy(s.text()), vocative)
                // said to the room in the closing round: on all stakeholders
                : c.addressee() == null && CallToActionFinder.closingImperative(d, c.index())
                ? imperativeAsCall(closingAct(s), new CallToActionFinder.Vocative(addressee, true))
                : wording(SpokenText.tidy(s.text()), c.addressee());
        if (c.addressee() != null) {
            // "X should A, and for Y to B": Y is called on too, and its act is worded as X's
            Matcher second = SECOND_ADDRESSEE.matcher(text);
            if (second.find() && CallToActionFinder.isActor(second.group("who")) && isVerb(s, second.group("act"))) {
                String who = CallToActionFinder.stripDeterminer(second.group("who"));
                text = text.substring(0, second.start()) + ", and " + who + " should "
                        + text.substring(second.start("act"));
                addressee = addressee + " and " + who;
            }
            // "X should A and to B": the second act joins the first
            Matcher act = SECOND_ACT.matcher(text);
            StringBuilder joined = new StringBuilder();
            while (act.find()) {
                act.appendReplacement(joined, isVerb(s, act.group("act")) ? "and ${act}" : "$0");
            }
            text = act.appendTail(joined).toString();
        }
        text = ownWordsThirdPerson(subjunctiveAsCall(s, text, c.addressee()));
        // "every operator should do that, publish every order": the act is the one the comma gives
        text = DO_THAT.matcher(text).replaceFirst("$1 ");
        text = withoutSpeakerSide(text);
        text = withArticle(s, text, c.addressee());
        List<Evidence> evidence = new ArrayList<>(List.of(s.evidence()));
        if (vocative != null && vocative.alone()) {
            evidence.add(0, d.sentence(c.index() - 1).evidence());
        }
        // a list ("fix three things: A; B") said past the sentence goes on in the sentences after it
        int promised = StatedConclusions.promisedItems(s.text());
        int colon = text.indexOf(':');
        int said = colon < 0 || colon == text.length() - 1 ? 0 : text.substring(colon + 1).split(";").length;
        // "separate two things: the urgent category, …, and everything else": every item was said
        if (said > 0 && LAST_ITEM.matcher(text.substring(colon + 1)).find()) {
            said = Math.max(said, promised);
        }
        int wanted = colon < 0 ? 0 : Math.min(MAX_ITEMS, Math.max(promised, 1) - said);
        List<String> items = new ArrayList<>();
        for (int j = c.index() + 1; j < d.size() && d.sentence(j).turn() == s.turn() && items.size() < wanted; j++) {
            if (d.substantive(j) && !d.sentence(j).isQuestion()) {
                items.add(d.clause(j).replaceAll("[.!]+$", ""));
                evidence.add(d.sentence(j).evidence());
            }
        }
        if (!items.isEmpty()) {
            text = text.replaceAll("[.]+$", "") + (said == 0 ? " " : "; ") + String.join("; ", items);
        }
        CallToActionFinder.Candidate strength = CallToActionFinder.candidate(s, c.index());
        double explicitness = strength == null ? 0 : strength.score();
        return new CallToAction(Wording.closed(text), s.speaker(), addressee(s, addressee), evidence,
                explicitness >= 3 ? "explicit" : c.addressee() != null ? "addressed" : "general");
    }

    /**
     * The call opening on its addressee with the article the speaker gave it, where one singular thing is called on
     * ("… for the coalition: keep …" → "The coalition should keep …", "my ask to the private sector" → "The private
     * sector should …"); a plural ("Governments should …"), a name ("UNESCO should …") or an addressee said without
     * one ("Civil society should …") as it is.
     */
    static String withArticle(Sentence s, String text, String addressee) {
        if (addressee == null) {
            return text;
        }
        String opening = Wording.capitalised(addressee);
        int said = s.text().toLowerCase(Locale.ROOT).indexOf("the " + addressee.toLowerCase(Locale.ROOT));
        if (addressee.isEmpty() || !text.startsWith(opening + " should ") || said < 0) {
            return text;
        }
        String head = addressee.substring(addressee.lastIndexOf(' ') + 1);
        String first = addressee.split("\\s+", 2)[0];
        boolean singular = s.tokens().stream().anyMatch(t -> t.word().equals(head) && t.pos().equals("NN"))
                && s.tokens().stream().noneMatch(t -> t.word().equals(first) && t.pos().equals("DT"));
        // the addressee as the speaker wrote it after "the": "the Chinese government", "the coalition"
        String asSaid = s.text().substring(said + 4, said + 4 + addressee.length());
        return singular ? "The " + asSaid + text.substring(opening.length()) : text;
    }

    /**
     * A closing round's imperative as said, from its verb: after a heading ("One calendar, one report: don't build
     * …"), "don't" as "not".
     */
    private static String closingAct(Sentence s) {
        String text = SpokenText.tidy(s.text());
        if (!s.tokens().get(Wording.firstWord(s)).pos().equals("VB")) {
            text = CLOSING_HEADING.matcher(text).replaceFirst("");
        }
        return DO_NOT.matcher(text).replaceFirst("not ");
    }

    /**
     * "To the platforms, fix three things: …": the platforms should fix them; "Fund …" after "Donors.", the same. What
     * is said to them is theirs: "tell the helpline what you did" is what they did.
     */
    private static String imperativeAsCall(String text, CallToActionFinder.Vocative vocative) {
        String act = vocative.alone() ? text : text.substring(text.indexOf(',') + 1).strip();
        act = YOU.matcher(YOUR.matcher(act).replaceAll("their")).replaceAll("they");
        return Wording.capitalised(vocative.addressee()) + " should "
                + Character.toLowerCase(act.charAt(0)) + act.substring(1);
    }

    /**
     * The addressee as a heading shows it after "To": a common word capitalised only because it opened the sentence
     * ("Parliaments should …", "Every country should …") in lower case; names ("African Union") as said.
     */
    static String addressee(Sentence s, String addressee) {
        if (addressee == null || addressee.isEmpty() || s.tokens().isEmpty()) {
            return addressee;
        }
        int at = Wording.firstWord(s);
        org.rapporteur.nlp.Token first = s.tokens().get(Math.min(at, s.tokens().size() - 1));
        String word = addressee.split("\\s+", 2)[0];
        // after a captioner's note ("[Interpretation from Spanish] Data protection authorities ...") the tagger
        // takes the capital for a name's: there only the entity tagger says it is one
        // a plural the tagger takes for a name at the sentence's start ("Developers should …") is a common actor
        boolean common = at == 0 ? !first.pos().startsWith("NNP") || addressee.equals(word)
                && CallToActionFinder.isActor(word) && "O".equals(first.ner()) : "O".equals(first.ner());
        boolean opened = first.word().equals(word) && common
                && word.chars().filter(Character::isUpperCase).count() == 1;
        return opened ? Character.toLowerCase(addressee.charAt(0)) + addressee.substring(1) : addressee;
    }

    /**
     * "Companies get the consent …, and that the community decides …" (after "what we are asking is that") asks:
     * "Companies should get the consent …, and the community should decide …".
     */
    static String subjunctiveAsCall(Sentence s, String text, String addressee) {
        if (addressee == null || !addressee.equals(CallToActionFinder.askedOf(s))
                || !text.toLowerCase(Locale.ROOT).startsWith(addressee.toLowerCase(Locale.ROOT) + " ")) {
            return text;
        }
        String rest = text.substring(addressee.length() + 1);
        String verb = rest.split("\\s+", 2)[0];
        String lemma = baseForm(s, verb);
        if (lemma == null && CallToActionFinder.proposedChange(s, -1) != null
                && s.tokens().stream().noneMatch(t -> t.word().equals(verb) && t.pos().equals("MD"))) {
            // the clause of a recommendation proposed has its verb in the base form, whatever the tagger read
            lemma = verb.toLowerCase(Locale.ROOT);
        }
        if (lemma == null) {
            return text;
        }
        String called = text.substring(0, addressee.length()) + " should " + lemma + rest.substring(verb.length());
        Matcher next = AND_THAT.matcher(called);
        StringBuilder out = new StringBuilder();
        while (next.find()) {
            String nextLemma = baseForm(s, next.group("verb"));
            next.appendReplacement(out, nextLemma == null ? "$0"
                    : Matcher.quoteReplacement(", and " + next.group("who") + " should " + nextLemma));
        }
        return next.appendTail(out).toString();
    }

    /** The base form of a finite verb of the sentence ("decides" → "decide"); null where the word is no such verb. */
    private static String baseForm(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word) && t.isVerb() && !t.pos().equals("MD")
                        && !t.pos().equals("VBD") && !t.pos().equals("VBN") && !t.pos().equals("VBG"))
                .map(t -> t.lemma() == null ? t.word() : t.lemma()).findFirst().orElse(null);
    }

    /** A call is worded in the third person: the speaker's "our language" is the language the call is about. */
    static String ownWordsThirdPerson(String text) {
        // "donors, including my own organisation": the speaker's; "we should fund our own regulators": theirs
        String t = OUR_OWN.matcher(MY_OWN.matcher(text).replaceAll("the speaker's own")).replaceAll("their own");
        return OWN_POSSESSIVE.matcher(t).replaceAll("the");
    }

    /**
     * The call without a clause on the speaker's own side after it: "Producers should take advantage of the
     * programmes, and we are ready to do more" asks producers only; the evidence keeps the whole sentence.
     */
    static String withoutSpeakerSide(String text) {
        if (!SPEAKER_SIDE.mayHold(text)) {
            return text;
        }
        Matcher side = SPEAKER_SIDE.matcher(text);
        while (side.find()) {
            if (side.start() >= 2 && text.startsWith(", ", side.start() - 2)) {
                return text.substring(0, side.start() - 2) + ".";
            }
        }
        return text;
    }

    /** The IGF wording of a call whose addressee, if named, is {@code addressee}. */
    static String wording(String text, String addressee) {
        Matcher change = CallToActionFinder.PROPOSED_CHANGE.matcher(text);
        if (CallToActionFinder.PROPOSED_CHANGE.mayHold(text) && change.find() && change.end() < text.length()) {
            // "I would add a recommendation that governments consult …": the recommendation is the call
            return Wording.capitalised(text.substring(change.end()).strip());
        }
        Matcher need = CallToActionFinder.NEED_FROM.matcher(text);
        if (addressee != null && need.find()) {
            // "What we need from the platforms is an appeal that …": the platforms should provide it
            String what = need.group("what").strip().replaceAll("[.!]+$", "");
            return Wording.capitalised(addressee) + (what.toLowerCase(Locale.ROOT).startsWith("that ")
                    ? " should ensure " : " should provide ") + what + ".";
        }
        Matcher needFor = CallToActionFinder.NEED_FOR.matcher(text);
        if (addressee != null && needFor.find()) {
            // "what we need is for schools, and parents too, to like stop …": schools should stop …
            String act = needFor.group("act");
            return Wording.capitalised(addressee) + " should "
                    + act.substring(Lexicon.openingEnd("filler-aside", act)).strip();
        }
        Matcher cleft = CallToActionFinder.PSEUDO_CLEFT.matcher(text);
        if (addressee != null && cleft.find()) {
            // "What governments should ask for instead is X": governments should ask for X instead
            String what = cleft.group("what").strip().replaceAll("[.!]+$", "");
            return Wording.capitalised(addressee) + " should " + cleft.group("act") + " " + what
                    + (cleft.group("instead") == null ? "" : " instead") + ".";
        }
        Matcher let = LET.matcher(text);
        if (addressee != null && let.lookingAt()) {
            // "Let governments and the banks build …": they should build …
            String rest = text.substring(let.end()).replaceFirst("(?i)^(?:the|a|an)\\s+", "");
            if (rest.toLowerCase(Locale.ROOT).startsWith(addressee.toLowerCase(Locale.ROOT) + " ")) {
                return Wording.capitalised(addressee) + " should " + rest.substring(addressee.length() + 1);
            }
        }
        Matcher explicit = CallToActionFinder.EXPLICIT.matcher(text);
        if (addressee != null && explicit.find()) {
            return Wording.capitalised(addressee) + " should " + announced(text.substring(explicit.start("act")));
        }
        Matcher called = CallToActionFinder.CALLED.matcher(text);
        if (addressee != null && called.find()) {
            int to = text.toLowerCase(Locale.ROOT).indexOf(" to ", called.end());
            if (to > 0) {
                return Wording.capitalised(addressee) + " should " + text.substring(to + 4);
            }
        }
        int clause = pleaClause(text);
        if (addressee != null && clause >= 0) {
            // "Mine is for governments: every complaint should be registered": the clause the colon announces
            return Wording.capitalised(text.substring(clause).strip());
        }
        int act = pleaAct(text);
        if (addressee != null && act >= 0) {
            // "My plea to donors, including …, is simple: fund …": the addressee should do what the colon announces,
            // and the "your" of an act said to them is theirs ("… on your service")
            return Wording.capitalised(addressee) + " should "
                    + YOUR.matcher(text.substring(act).strip()).replaceAll("their");
        }
        if (addressee != null) {
            // "I think regulators should ...": from the addressee on
            String lower = text.toLowerCase(Locale.ROOT);
            int at = lower.indexOf(addressee.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                // "Platforms, and I include us, should publish …": the aside before the modal is the speaker's
                int end = at + addressee.length();
                Matcher aside = ASIDE.matcher(text).region(end, text.length());
                if (aside.lookingAt()) {
                    text = text.substring(0, end) + " " + text.substring(aside.end());
                }
            }
            // "An electoral body should never …": the article the addressee was said with stays
            Matcher article = ARTICLE_BEFORE.matcher(lower.substring(0, Math.max(0, at)));
            if (article.find()) {
                at = article.start();
            }
            if (at >= 0) {
                return Wording.capitalised(text.substring(at));
            }
            return Wording.clause(text);
        }
        Matcher weak = WEAK_CALL.matcher(text);
        if (WEAK_CALL.mayHold(text) && weak.find()
                && Wording.words(text.substring(0, weak.start())) <= WEAK_CALL_OPENING) {
            return "All stakeholders should " + text.substring(weak.end()).strip();
        }
        Matcher asked = ASKED_THAT.matcher(text);
        if (asked.lookingAt()) {
            // "What we are asking is that, when …, someone is responsible": a state of things asked of everyone
            return "All stakeholders should ensure that " + text.substring(asked.end()).strip();
        }
        int colon = text.indexOf(':');
        if (colon > 0 && PROPOSAL_ON_A_THING.matcher(text.substring(colon + 1)).lookingAt()) {
            // "I would go further: essential services should be mapped …": the proposal the colon announces
            return Wording.capitalised(text.substring(colon + 1).strip());
        }
        return Wording.clause(text);
    }

    /**
     * The act, past an announcement of it: "do something very simple, which ...: print the end date" is "print the
     * end date"; an act that says something before its first break is kept whole.
     */
    static String announced(String act) {
        int colon = act.indexOf(':');
        if (colon < 0 || colon == act.length() - 1) {
            return act;
        }
        String first = act.split("[,:;]", 2)[0];
        return Terms.ofPlainText(first).size() < 2 ? act.substring(colon + 1).strip() : act;
    }

    private static boolean isVerb(Sentence s, String word) {
        return s.tokens().stream().anyMatch(t -> t.word().equalsIgnoreCase(word) && t.pos().equals("VB"));
    }

    /** A call on "us" all that asks only to think or talk further ("we should think about it"): no call. */
    static boolean asksNothing(String text) {
        Matcher weak = WEAK_CALL.matcher(text);
        return WEAK_CALL.mayHold(text) && weak.find()
                && Lexicon.openingEnd("vague-act", text.substring(weak.end()).strip()) > 0;
    }

    /** Whether a call on "us" all is said as one: "we need to ..." within the first words of the sentence. */
    static boolean opensOnWeakCall(String text) {
        Matcher weak = WEAK_CALL.matcher(text);
        return WEAK_CALL.mayHold(text) && weak.find()
                && Wording.words(text.substring(0, weak.start())) <= WEAK_CALL_OPENING;
    }
}
