package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Entity;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * Named entities (CoreNLP's organisations, locations, people and miscellaneous names) and instruments found by
 * pattern (laws, directives, regulations, bills, NIST/ISO/ETSI standards), with mention counts. The session's
 * own people are not entities of interest.
 */
public final class EntityExtractor {

    static final String INSTRUMENT = "INSTRUMENT";
    static final int LIMIT = 30;

    private static final Set<String> TYPES = Set.of("ORGANIZATION", "LOCATION", "PERSON", "MISC");
    private static final Map<String, String> FINE_TYPES = Map.of("COUNTRY", "LOCATION", "CITY", "LOCATION",
            "STATE_OR_PROVINCE", "LOCATION", "NATIONALITY", "MISC", "RELIGION", "MISC");

    private static final Pattern LAW = Pattern.compile("((?:[A-Z][\\p{L}\\p{N}'\u2011-]*\\s+"
            + "(?:(?:of|on|for|and|the|to|in)\\s+)*){1,7}(?:Act|Directive|Regulation|Convention|Bill|Charter)\\b"
            + "|\\bBill\\s+[A-Z]-\\d+\\b)");
    private static final Pattern STANDARD = Pattern.compile("\\b(?:NIST|ISO|IEC|ETSI|IEEE|ITU-T|IETF|CEN|CENELEC)"
            + "(?:[\\s/-]+(?:[A-Z][\\p{L}\\p{N}]*|\\d[\\d.:-]*\\d|\\d))+");
    private static final Set<String> LEADING = Set.of("the", "and", "but", "so", "our", "this", "that", "in", "on",
            "of", "for", "a", "an", "under", "with", "if", "as", "now", "also", "then", "because", "when", "we", "i",
            "it", "its", "their", "your", "my", "new", "to", "both", "like", "through", "by", "from", "or", "what");

    private EntityExtractor() {
    }

    public static List<Entity> extract(Discussion d) {
        Map<String, Tally> byKey = new LinkedHashMap<>();
        for (int i = 0; i < d.size(); i++) {
            SentenceKind kind = d.kind(i);
            if (kind == SentenceKind.STAGE_DIRECTION || kind == SentenceKind.FILLER) {
                continue;
            }
            Sentence s = d.sentence(i);
            List<String> instruments = instruments(s.text());
            for (String text : instruments) {
                count(byKey, text, INSTRUMENT);
            }
            for (String[] e : namedEntities(s.tokens())) {
                String text = e[0];
                String type = e[1];
                boolean insideInstrument = instruments.stream().anyMatch(x -> norm(x).contains(norm(text)));
                boolean sessionPerson = type.equals("PERSON") && d.people().isSessionPerson(text);
                if (!insideInstrument && !sessionPerson && text.length() > 1) {
                    count(byKey, text, type);
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Tally t : byKey.values()) {
            String form = t.forms.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            out.add(new Entity(form, t.type, t.mentions));
        }
        out.sort(Comparator.comparingInt(Entity::mentions).reversed()
                .thenComparing(e -> INSTRUMENT.equals(e.type()) ? 0 : 1).thenComparing(Entity::text));
        return out.size() > LIMIT ? out.subList(0, LIMIT) : out;
    }

    private static void count(Map<String, Tally> byKey, String text, String type) {
        Tally t = byKey.computeIfAbsent(norm(text), k -> new Tally(type));
        t.mentions++;
        t.forms.merge(text, 1, Integer::sum);
    }

    /** Laws and standards named in a sentence, without leading function words ("and the Cyber Resilience Act"). */
    static List<String> instruments(String text) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(LAW, STANDARD)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String[] words = m.group().strip().split("\\s+");
                int from = 0;
                while (from < words.length - 1 && LEADING.contains(words[from].toLowerCase(Locale.ROOT))) {
                    from++;
                }
                if (p == LAW && words.length - from < 2) {
                    continue;
                }
                out.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
            }
        }
        return out;
    }

    /** Runs of tokens with the same entity type: {text, type}. */
    static List<String[]> namedEntities(List<Token> tokens) {
        List<String[]> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String type = null;
        for (Token t : tokens) {
            String tokenType = FINE_TYPES.getOrDefault(t.ner(), t.ner());
            if (!TYPES.contains(tokenType)) {
                tokenType = null;
            }
            if (tokenType != null && tokenType.equals(type)) {
                text.append(t.word().startsWith("'") ? "" : " ").append(t.word());
                continue;
            }
            if (type != null) {
                out.add(new String[] {text.toString(), type});
            }
            type = tokenType;
            text = new StringBuilder(tokenType == null ? "" : t.word());
        }
        if (type != null) {
            out.add(new String[] {text.toString(), type});
        }
        return out;
    }

    private static String norm(String text) {
        return text.replace('\u2011', '-').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final class Tally {
        final String type;
        int mentions;
        final Map<String, Integer> forms = new HashMap<>();

        Tally(String type) {
            this.type = type;
        }
    }
}
