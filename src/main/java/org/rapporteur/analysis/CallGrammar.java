package org.rapporteur.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rapporteur.language.Lexicon;
import org.rapporteur.nlp.Dependency;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * Calls to action read from the dependency parse of the deep tier. Who is called on is a grammatical role, not a
 * position: the object of "urge", "ask" or "call on" ("we call on satellite and terrestrial operators, including
 * ..., to offer"), the subject of an infinitive after "for" ("my call to action is for regulators across Africa to
 * create"), the subject of a modal verb ("regulators should publish"). A call inside a question ("should we ...",
 * "what should governments do"), a condition ("if governments should ...") or a relative clause ("the standards
 * that the ministry should use") asks nobody to act.
 */
final class CallGrammar {

    /** Verbs whose object is asked to do what the infinitive says: "I urge X to ...". */
    private static final Set<String> ASKING = Lexicon.words("asking-verb");
    private static final Set<String> MODALS = Set.of("should", "must", "ought");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "once");
    /** Relations that make a clause describe a noun or serve as one: such a clause calls on nobody. */
    private static final Set<String> EMBEDDED = Set.of("acl:relcl", "acl", "csubj", "csubj:pass");
    /** What belongs to the noun phrase naming an addressee. */
    private static final Set<String> PHRASE = Set.of("det", "amod", "compound", "nmod:poss", "nummod", "flat",
            "flat:name", "conj", "cc", "nmod", "case", "det:predet", "compound:prt");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final int MAX_ADDRESSEE_WORDS = 8;

    private final Sentence s;
    private final List<Token> tokens;
    private final List<Dependency> deps;

    private CallGrammar(Sentence s) {
        this.s = s;
        this.tokens = s.tokens();
        this.deps = s.dependencies();
    }

    /** The call a parsed sentence makes, if any, with its addressee and strength as the pattern method gives. */
    static CallToActionFinder.Candidate candidate(Sentence s, int index) {
        return new CallGrammar(s).read(index);
    }

    private CallToActionFinder.Candidate read(int index) {
        boolean marked = CallToActionFinder.marked(s);
        String forWhom = null;
        for (int v = 0; v < tokens.size(); v++) {
            if (tokens.get(v).isVerb() && mark(v, "to") && !embedded(v)) {
                CallToActionFinder.Candidate asked = askedToAct(v, index);
                if (asked != null) {
                    return asked;
                }
                forWhom = forWhom == null ? forSubject(v) : forWhom;
            }
        }
        if (marked && forWhom != null) {
            return new CallToActionFinder.Candidate(index, forWhom, 3);
        }
        CallToActionFinder.Candidate modal = modalCall(index);
        if (marked) {
            return new CallToActionFinder.Candidate(index, modal == null ? null : modal.addressee(), 3);
        }
        return modal;
    }

    /**
     * Who is asked to do what infinitive {@code v} says: "urge / ask / call on / need X to v", "call on X to v"
     * (parsed as the subject of v after "on"). The asking verb's subject is "I" or "we" and it is said, not
     * wished for ("I would like to ask X to" hands over the floor). Null when v is no such infinitive.
     */
    private CallToActionFinder.Candidate askedToAct(int v, int index) {
        Dependency up = governance(v);
        if (up == null || !(up.relation().equals("xcomp") || up.relation().equals("advcl"))) {
            return null;
        }
        int g = up.governor();
        if (!ASKING.contains(lemma(g)) || !tokens.get(g).isVerb() || !speaksForSelf(g)) {
            return null;
        }
        int object = child(g, "obj");
        if (object < 0 && lemma(g).equals("call")) {
            object = childWithCase(g, "obl", "on", "upon");
        }
        if (object < 0 && (mark(v, "on") || mark(v, "upon"))) {
            object = child(v, "nsubj");
        }
        if (object < 0) {
            return null;
        }
        String addressee = phrase(object);
        if (CallToActionFinder.PRONOUNS.contains(addressee.toLowerCase(Locale.ROOT))) {
            // "I would encourage them to do so": who is meant is in another sentence
            return null;
        }
        if (!lemma(g).equals("need")) {
            return new CallToActionFinder.Candidate(index, addressee, 3);
        }
        // "we need people to understand" asks someone; "we need more time to" does not
        return CallToActionFinder.isActor(addressee) ? new CallToActionFinder.Candidate(index, addressee, 2.5) : null;
    }

    /** "(my call to action is) for X to v": X, the subject of the infinitive or the noun it describes. */
    private String forSubject(int v) {
        int subject = child(v, "nsubj");
        if (subject >= 0 && (mark(v, "for") || hasCase(subject, "for"))) {
            return phrase(subject);
        }
        Dependency up = governance(v);
        // the parser attaches a long "for X to v" to X as a clause or, unsure, as a bare dependent
        boolean describes = up != null && (up.relation().equals("acl") || up.relation().equals("dep"));
        return describes && hasCase(up.governor(), "for") ? phrase(up.governor()) : null;
    }

    /** "X should / must / ought to / need(s) to / has to ...": the subject of the modal verb is the addressee. */
    private CallToActionFinder.Candidate modalCall(int index) {
        CallToActionFinder.Candidate onAThing = null;
        for (int v = 0; v < tokens.size(); v++) {
            int modal = modalOf(v);
            // "should have acted" regrets, "should have the right" entitles, "must be a duty" states
            if (modal < 0 || embedded(v) || hasAux(v, "have") || modal != v && lemma(v).equals("have")
                    || child(v, "cop") >= 0 && !lemma(v).equals("able")) {
                continue;
            }
            int subject = child(v, "nsubj") >= 0 ? child(v, "nsubj") : child(v, "nsubj:pass");
            if (subject < 0 || subject > modal) {
                // no subject, or the modal before it: "should we ...", a question without its mark
                continue;
            }
            Token head = tokens.get(subject);
            if (head.pos().equals("PRP") && CallToActionFinder.isWeak(head.word())) {
                return new CallToActionFinder.Candidate(index, null, 1);
            }
            // "essential services should be mapped": a passive's subject is what the act is done to; "the service
            // must include a human" names a thing offered, "the civil service must" an actor
            boolean actor = CallToActionFinder.actorHead(head, child(subject, "amod") >= 0
                    || child(subject, "compound") >= 0);
            if (actor && child(v, "nsubj") >= 0) {
                return new CallToActionFinder.Candidate(index, phrase(subject), lemma(modal).equals("must") ? 2.2 : 2);
            }
            // "measurement networks should be funded as public infrastructure", "licence conditions should include
            // compensation": a proposal on a thing, asked of everyone, where no actor is called on
            if (onAThing == null && head.isNoun() && !head.pos().startsWith("NNP") && MODALS.contains(word(modal))
                    && !CallToActionFinder.THINKING.contains(lemma(v))
                    && CallToActionFinder.opensSentence(s, tokens.get(phraseStart(subject)))) {
                onAThing = new CallToActionFinder.Candidate(index, null, CallToActionFinder.ON_A_THING);
            }
        }
        return onAThing;
    }

    /** The token that makes {@code v} a call: its modal auxiliary, or "need"/"have" governing "to v". */
    private int modalOf(int v) {
        for (Dependency d : s.dependentsOf(v)) {
            if (d.relation().equals("aux") && MODALS.contains(word(d.dependent()))) {
                return d.dependent();
            }
        }
        String l = lemma(v);
        // "need to" and "have to" call; "need more time to" does not
        if ((l.equals("need") || l.equals("have")) && tokens.get(v).isVerb() && child(v, "obj") < 0) {
            for (Dependency d : s.dependentsOf(v)) {
                if (d.relation().equals("xcomp") && mark(d.dependent(), "to")) {
                    return v;
                }
            }
        }
        return -1;
    }

    /** Whether the clause of {@code v}, or one above it, is a relative clause or a condition. */
    private boolean embedded(int v) {
        Set<Integer> seen = new HashSet<>();
        for (int n = v; n >= 0 && seen.add(n); ) {
            if (mark(n, CONDITIONS)) {
                return true;
            }
            Dependency up = governance(n);
            if (up == null) {
                return false;
            }
            // "for regulators to create": the infinitive describing its addressee is the call itself
            if (EMBEDDED.contains(up.relation()) && !(n == v && up.relation().equals("acl"))) {
                return true;
            }
            n = up.governor();
        }
        return false;
    }

    private boolean speaksForSelf(int verb) {
        int subject = child(verb, "nsubj");
        if (subject < 0 || !FIRST_PERSON.contains(word(subject))) {
            return false;
        }
        Dependency up = governance(verb);
        return up == null || !up.relation().equals("xcomp");
    }

    /** The addressee's words: the noun phrase around its head, up to the first punctuation either side. */
    private String phrase(int head) {
        Set<Integer> members = new HashSet<>();
        collect(head, members, true);
        int from = phraseStart(head, members);
        int to = head;
        while (to + 1 < tokens.size() && members.contains(to + 1) && !punct(to + 1)
                && to + 1 - from < MAX_ADDRESSEE_WORDS) {
            to++;
        }
        while (from < head && tokens.get(from).pos().equals("IN")) {
            from++;
        }
        return CallToActionFinder.stripDeterminer(CallToActionFinder.joinWords(tokens.subList(from, to + 1)));
    }

    /** The first token of the noun phrase around {@code head}: its dependents before it, up to punctuation. */
    private int phraseStart(int head, Set<Integer> members) {
        int from = head;
        while (from > 0 && members.contains(from - 1) && !punct(from - 1)) {
            from--;
        }
        return from;
    }

    private int phraseStart(int head) {
        Set<Integer> members = new HashSet<>();
        collect(head, members, true);
        return phraseStart(head, members);
    }

    private void collect(int node, Set<Integer> into, boolean head) {
        into.add(node);
        for (Dependency d : s.dependentsOf(node)) {
            // the head's own case marker ("for regulators") introduces the phrase and is not part of it
            if (PHRASE.contains(d.relation()) && !(head && d.relation().equals("case"))) {
                collect(d.dependent(), into, false);
            }
        }
    }

    private Dependency governance(int node) {
        for (Dependency d : deps) {
            if (d.dependent() == node && d.governor() >= 0) {
                return d;
            }
        }
        return null;
    }

    private int child(int node, String relation) {
        for (Dependency d : s.dependentsOf(node)) {
            if (d.relation().equals(relation)) {
                return d.dependent();
            }
        }
        return -1;
    }

    private int childWithCase(int node, String relation, String... cases) {
        for (Dependency d : s.dependentsOf(node)) {
            if (d.relation().equals(relation)) {
                for (String c : cases) {
                    if (hasCase(d.dependent(), c)) {
                        return d.dependent();
                    }
                }
            }
        }
        return -1;
    }

    private boolean hasCase(int node, String word) {
        return s.dependentsOf(node).stream().anyMatch(d -> d.relation().equals("case") && word(d.dependent())
                .equals(word));
    }

    private boolean mark(int node, String word) {
        return mark(node, Set.of(word));
    }

    private boolean mark(int node, Set<String> words) {
        return s.dependentsOf(node).stream().anyMatch(d -> d.relation().equals("mark")
                && words.contains(word(d.dependent())));
    }

    private boolean hasAux(int node, String lemma) {
        return s.dependentsOf(node).stream().anyMatch(d -> d.relation().startsWith("aux")
                && lemma(d.dependent()).equals(lemma));
    }

    private boolean punct(int i) {
        return !Character.isLetterOrDigit(tokens.get(i).word().charAt(0));
    }

    private String word(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    private String lemma(int i) {
        Token t = tokens.get(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
