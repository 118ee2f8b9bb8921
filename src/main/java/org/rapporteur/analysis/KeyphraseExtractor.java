package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rapporteur.language.Lexicon;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * Keyphrases: noun phrases found by part of speech (adjectives and nouns ending in a noun), and the phrases inside
 * them, scored by how often they are used times how many speakers use them, multi-word phrases preferred. Names of people, stop words and
 * fillers never start or end a phrase; a single word is a keyphrase only as an acronym ("CRA", "COVID"), and the
 * stakeholder groups' own names ("civil society") are who speaks, not what is spoken about; units and the talk's
 * words about itself ("per cent", "key message") head no theme.
 */
public final class KeyphraseExtractor {

    static final int LIMIT = 12;
    private static final Set<String> GROUP_NAMES = SelfIntroductions.GROUPS.values().stream()
            .map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> NOT_HEADS = Lexicon.words("theme-not-head");
    /** A person's office ("Cabinet Secretary", "Deputy Minister"): whom the talk addresses, not what it is about. */
    private static final Set<String> OFFICES = Lexicon.words("stand-in-title");
    private static final int MAX_WORDS = 4;

    /** A keyphrase as shown, its lemmas, and its score. */
    public record Keyphrase(String text, List<String> lemmas, double score) {
    }

    private KeyphraseExtractor() {
    }

    public static List<Keyphrase> extract(Discussion d) {
        Map<String, Candidate> byKey = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            SentenceKind kind = d.kind(i);
            if (kind != SentenceKind.SUBSTANCE && kind != SentenceKind.QUESTION) {
                continue;
            }
            Sentence s = d.sentence(i);
            List<List<Token>> phrases = phrases(s.tokens());
            int alone = phrases.size();
            phrases.addAll(openingPhrases(phrases));
            for (int p = 0; p < phrases.size(); p++) {
                List<Token> phrase = phrases.get(p);
                List<String> lemmas = key(phrase);
                String key = String.join(" ", lemmas);
                Candidate c = byKey.computeIfAbsent(key, k -> new Candidate(lemmas));
                c.count++;
                c.alone += p < alone ? 1 : 0;
                c.speakers.add(s.speaker());
                c.forms.merge(surface(phrase, s.tokens().get(0)), 1, Integer::sum);
                if (phrase.size() == 1) {
                    Token t = phrase.get(0);
                    c.acronyms += acronym(t.word()) ? 1 : 0;
                    c.places += "LOCATION".equals(t.ner()) ? 1 : 0;
                }
            }
        }
        List<Keyphrase> scored = new ArrayList<>();
        for (Candidate c : byKey.values()) {
            int minCount = c.lemmas.size() == 1 ? 4 : 2;
            // a phrase never said on its own is part of a longer name ("Canada emergency" of "… response benefit")
            if (c.count >= minCount && c.alone > 0 && !GROUP_NAMES.contains(String.join(" ", c.lemmas))
                    && !NOT_HEADS.contains(c.lemmas.get(c.lemmas.size() - 1))
                    && !OFFICES.contains(c.lemmas.get(c.lemmas.size() - 1))
                    && (c.lemmas.size() > 1 || theme(c, d.people()))) {
                double score = c.count * (1 + Math.log(c.speakers.size())) * (c.lemmas.size() == 1 ? 1 : 2.5);
                String form = c.forms.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                scored.add(new Keyphrase(form, c.lemmas, score));
            }
        }
        // a phrase said only inside a longer one scores as that one: the longer, more specific, is kept
        scored.sort(Comparator.comparingDouble(Keyphrase::score).reversed()
                .thenComparing(k -> -k.lemmas().size()).thenComparing(Keyphrase::text));
        List<Keyphrase> out = new ArrayList<>();
        for (Keyphrase k : scored) {
            if (out.size() >= LIMIT) {
                break;
            }
            if (out.stream().noneMatch(o -> overlaps(o, k))) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * A theme is a phrase ("universal service funds"); of single words only an acronym of a thing talked about
     * ("CRA", "ETSI") in most of its uses, mostly not a place ("UK" is where, not what) and not a session person
     * ("AMARA" in a caption). A capitalised single word is a people ("Canadians"), a day, a language or a name cut
     * short ("Prime" of "Prime Minister"), not a theme.
     */
    private static boolean theme(Candidate c, SessionPeople people) {
        return c.acronyms * 2 > c.count && c.places * 2 < c.count && !people.isSessionPerson(c.lemmas.get(0));
    }

    /** "CERB", "RPBs", "COVID-19": capitals more than small letters ("Mr.Chair" is none). */
    private static boolean acronym(String word) {
        long upper = word.chars().filter(Character::isUpperCase).count();
        return upper > 1 && upper > word.chars().filter(Character::isLowerCase).count();
    }

    /**
     * A phrase already kept that contains the candidate (or is contained in it) makes it redundant, and so does one
     * that an acronym spells ("CRA" beside "Cyber Resilience Act").
     */
    private static boolean overlaps(Keyphrase kept, Keyphrase candidate) {
        String a = " " + String.join(" ", kept.lemmas()) + " ";
        String b = " " + String.join(" ", candidate.lemmas()) + " ";
        return a.contains(b) || b.contains(a) || spelled(kept, candidate) || spelled(candidate, kept);
    }

    private static boolean spelled(Keyphrase acronym, Keyphrase phrase) {
        return acronym.lemmas().size() == 1 && acronym(acronym.text()) && phrase.lemmas().size() > 1
                && Acronyms.spells(acronym.text().replaceAll("[^A-Z0-9]", "").toLowerCase(Locale.ROOT),
                        List.of(phrase.text().split(" ")));
    }

    /**
     * The shorter phrases of two or more words each phrase opens on ("data localisation" in "data localisation
     * laws"): a theme said in several longer phrases ("… laws", "… rules") counts in all of them, so it is not
     * outscored by a weaker phrase said the same way each time. The head's own shorter phrases ("localisation laws")
     * name a kind, not the theme.
     */
    private static List<List<Token>> openingPhrases(List<List<Token>> phrases) {
        List<List<Token>> out = new ArrayList<>();
        for (List<Token> phrase : phrases) {
            for (int to = 2; to < phrase.size(); to++) {
                // never cut inside a name ("Public Health" of "Public Health Wales")
                if (phrase.get(to - 1).isNoun() && Terms.key(phrase.get(to - 1)) != null
                        && !phrase.get(to).pos().startsWith("NNP")) {
                    out.add(phrase.subList(0, to));
                }
            }
        }
        return out;
    }

    /** Maximal runs of adjectives and nouns, trimmed to start with a content word and end with a noun. */
    static List<List<Token>> phrases(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (Token t : tokens) {
            if (fits(t)) {
                run.add(t);
            } else {
                // a name running on into a person's ("Trinity Saint" of "Trinity Saint David") is no phrase
                if (!(t.pos().startsWith("NNP") && !run.isEmpty() && run.get(run.size() - 1).pos().startsWith("NNP"))) {
                    trimInto(run, out);
                }
                run = new ArrayList<>();
            }
        }
        trimInto(run, out);
        return out;
    }

    private static boolean fits(Token t) {
        return (t.pos().startsWith("NN") || t.pos().startsWith("JJ")) && !"PERSON".equals(t.ner())
                && Character.isLetter(t.word().charAt(0)) && t.word().length() > 1;
    }

    private static void trimInto(List<Token> run, List<List<Token>> out) {
        int from = 0;
        int to = run.size();
        while (from < to && Terms.key(run.get(from)) == null) {
            from++;
        }
        while (to > from && (!run.get(to - 1).isNoun() || Terms.key(run.get(to - 1)) == null)) {
            to--;
        }
        if (to - from > MAX_WORDS) {
            // a long run of nouns: its head is at the end
            from = to - MAX_WORDS;
            while (from < to && Terms.key(run.get(from)) == null) {
                from++;
            }
        }
        if (to > from) {
            out.add(run.subList(from, to));
        }
    }

    /**
     * A phrase's words as compared: the head by its lemma ("laws" as "law"), the words before it as said, as a
     * compound's modifiers are not inflected ("data localisation", whose "data" the tagger reads as "datum" in one
     * sentence and "data" in the next).
     */
    private static List<String> key(List<Token> phrase) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < phrase.size(); k++) {
            Token t = phrase.get(k);
            out.add(k < phrase.size() - 1 ? t.word().toLowerCase(Locale.ROOT) : lemma(t));
        }
        return out;
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /**
     * The phrase as spoken: proper nouns, acronyms and words capitalised inside a sentence ("Canadian" of "Canadian
     * Armed Forces", tagged an adjective) keep their capitals, other words are lower-cased.
     */
    private static String surface(List<Token> phrase, Token sentenceStart) {
        List<String> words = new ArrayList<>();
        for (Token t : phrase) {
            boolean keepCase = t.pos().startsWith("NNP") || t.word().chars().filter(Character::isUpperCase).count() > 1
                    || t != sentenceStart && Character.isUpperCase(t.word().charAt(0));
            words.add(keepCase ? t.word() : t.word().toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    /** The lemmas of all keyphrases, for scoring sentences that touch them. */
    static Set<String> lemmaSet(List<Keyphrase> keyphrases) {
        Set<String> out = new LinkedHashSet<>();
        keyphrases.forEach(k -> out.addAll(k.lemmas()));
        return out;
    }

    private static final class Candidate {
        final List<String> lemmas;
        int count;
        final Set<String> speakers = new HashSet<>();
        final Map<String, Integer> forms = new HashMap<>();
        /** Single words: uses as an acronym, and as a place. */
        int acronyms;
        int places;
        /** Uses as a phrase of its own, not inside a longer one. */
        int alone;

        Candidate(List<String> lemmas) {
            this.lemmas = lemmas;
        }
    }
}
