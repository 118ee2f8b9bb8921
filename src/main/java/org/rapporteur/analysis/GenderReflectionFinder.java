package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.GenderReflection;

/**
 * Gender reflection for the IGF report form ("To what extent did the session discuss gender issues?"): the
 * substantive statements and questions of the transcript, and the public chat messages, that speak of gender,
 * women and girls, LGBTQ+ people and the like, as whole words. The finding is a suggestion: it counts and quotes,
 * the rapporteur judges.
 */
public final class GenderReflectionFinder {

    static final Pattern GENDER = Pattern.compile("(?iu)\\b(gender(?:s|ed)?(?:[- ](?:based violence|based|diverse"
            + "|equality|equity|gap|parity|balance|divide|digital divide|responsive|sensitive|identity|lens))?"
            + "|wom[ae]n|girls?|females?|feminis[mt]s?|lgbt\\w*|queer|transgender|trans (?:people|women|men|persons)"
            + "|non-?binary|misogyn\\w*|sexis[mt]|patriarch\\w*|femicide|maternity|intersectional\\w*)\\b");
    /** Evidence kept: the clearest statements, and a chat message where the chat raised the subject. */
    static final int EVIDENCE = 3;
    /** From this many mentions, or two voices, the subject was discussed rather than touched on. */
    private static final int DISCUSSED = 3;

    private record Mention(Evidence evidence, int hits, boolean substance, String speaker) {
    }

    private GenderReflectionFinder() {
    }

    public static GenderReflection find(Discussion d) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        List<Mention> spoken = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            SentenceKind kind = d.kind(i);
            if (kind == SentenceKind.SUBSTANCE || kind == SentenceKind.QUESTION) {
                int hits = count(d.sentence(i).text(), terms);
                if (hits > 0) {
                    spoken.add(new Mention(d.sentence(i).evidence(), hits, kind == SentenceKind.SUBSTANCE,
                            d.sentence(i).speaker()));
                }
            }
        }
        List<Mention> chat = new ArrayList<>();
        for (ChatMessage m : d.session().chat()) {
            if (!m.direct() && !SpokenText.isHousekeeping(m.text())) {
                Mention mention = chatMention(m, terms);
                if (mention != null) {
                    chat.add(mention);
                }
            }
        }
        return new GenderReflection(!spoken.isEmpty() || !chat.isEmpty(), spoken.size() + chat.size(),
                summary(spoken, chat, terms, !d.session().chat().isEmpty()), evidence(spoken, chat));
    }

    /** Whole-word mentions in a text, tallied by their lower-case form. */
    private static int count(String text, Map<String, Integer> terms) {
        Matcher m = GENDER.matcher(text);
        int n = 0;
        while (m.find()) {
            terms.merge(m.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
            n++;
        }
        return n;
    }

    /**
     * A chat message that mentions the subject, quoted at its first line that does: body lines follow the
     * message's first line one by one in the file.
     */
    private static Mention chatMention(ChatMessage m, Map<String, Integer> terms) {
        String[] lines = m.text().split("\n", -1);
        int hits = count(m.text(), terms);
        if (hits == 0) {
            return null;
        }
        int at = 0;
        while (at < lines.length - 1 && !GENDER.matcher(lines[at]).find()) {
            at++;
        }
        Evidence e = new Evidence(EvidenceSource.CHAT, m.file(), m.sender(), m.line() + at, m.time(),
                lines[at].strip());
        return new Mention(e, hits, true, m.sender());
    }

    private static List<Evidence> evidence(List<Mention> spoken, List<Mention> chat) {
        Comparator<Mention> clearest = Comparator.comparing(Mention::substance).thenComparingInt(Mention::hits)
                .reversed();
        List<Mention> ranked = new ArrayList<>(spoken);
        ranked.sort(clearest);
        List<Mention> picked = new ArrayList<>();
        int room = chat.isEmpty() ? EVIDENCE : EVIDENCE - 1;
        Set<String> voices = new HashSet<>();
        for (boolean anySpeaker : new boolean[] {false, true}) {
            for (Mention m : ranked) {
                if (picked.size() < room && !picked.contains(m) && (anySpeaker || voices.add(m.speaker()))) {
                    picked.add(m);
                }
            }
        }
        chat.stream().sorted(clearest).findFirst().ifPresent(picked::add);
        return picked.stream().map(Mention::evidence).toList();
    }

    private static String summary(List<Mention> spoken, List<Mention> chat, Map<String, Integer> terms,
                                  boolean hasChat) {
        String where = hasChat ? "the transcript or the public chat" : "the transcript";
        if (spoken.isEmpty() && chat.isEmpty()) {
            return "Gender issues were not discussed: no statement in " + where + " mentions gender, women, girls, "
                    + "LGBTQ+ people or related terms.";
        }
        long speakers = spoken.stream().map(Mention::speaker).distinct().count();
        boolean discussed = spoken.size() + chat.size() >= DISCUSSED || speakers >= 2;
        StringBuilder out = new StringBuilder(discussed ? "Gender issues were discussed" : "Gender issues were "
                + "touched on briefly");
        List<String> parts = new ArrayList<>();
        if (!spoken.isEmpty()) {
            parts.add(plural(spoken.size(), "statement") + " by " + plural((int) speakers, "speaker"));
        }
        if (!chat.isEmpty()) {
            parts.add(plural(chat.size(), "public chat message"));
        }
        out.append(" (").append(String.join(" and ", parts)).append("), mentioning ");
        List<String> named = terms.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(5).map(e -> e.getKey() + " \u00d7 " + e.getValue()).toList();
        return out.append(String.join(", ", named)).append('.').toString();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
