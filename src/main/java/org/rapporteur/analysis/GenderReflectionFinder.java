package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.language.PhraseTable;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.GenderReflection;
import org.rapporteur.model.GenderTopic;

/**
 * Gender reflection for the IGF report form ("To what extent did the session discuss gender issues?"): what the
 * substantive statements and questions of the transcript, and the public chat messages, said about gender, as
 * topics (facts/gender-topics.txt: technology-facilitated abuse, women technicians, girls' access ...), each with
 * who raised it and their words. A form of address ("ladies and gentlemen", "Madam Chair") is no discussion. The
 * finding is a suggestion: it quotes, the rapporteur judges.
 */
public final class GenderReflectionFinder {

    private static final Cue GENDER = Lexicon.cue("gender");
    private static final Cue ADDRESS = Lexicon.cue("gender-address");
    private static final Cue EVERYONE = Lexicon.cue("gender-everyone");
    private static final PhraseTable TOPICS = PhraseTable.read("facts/gender-topics.txt");
    /** The topic of a statement on gender that names none of the table's. */
    static final String OTHER = "other remarks on gender";
    /** Evidence kept overall, and per topic. */
    static final int EVIDENCE = 3;
    static final int TOPIC_EVIDENCE = 2;
    /** Topics named in the summary. */
    private static final int SUMMARY_TOPICS = 4;
    /** From this many statements, or two voices, the subject was discussed rather than touched on. */
    private static final int DISCUSSED = 3;

    /** A statement on gender: its evidence, who made it, whether in the chat, and what it was about. */
    private record Mention(Evidence evidence, String speaker, boolean chat, List<String> topics) {
    }

    private GenderReflectionFinder() {
    }

    public static GenderReflection find(Discussion d) {
        List<Mention> mentions = new ArrayList<>();
        List<Mention> introductions = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            SentenceKind kind = d.kind(i);
            boolean substance = kind == SentenceKind.SUBSTANCE || kind == SentenceKind.QUESTION;
            // a speaker's self-introduction may say what their work is about ("we document online harassment of
            // women journalists"); a chair's procedure only links speakers
            boolean ownIntroduction = kind == SentenceKind.PROCEDURE && !d.people().chairs(d.sentence(i).speaker());
            List<String> topics = substance || ownIntroduction ? topics(d.sentence(i).text()) : null;
            if (topics != null) {
                (substance ? mentions : introductions).add(
                        new Mention(d.sentence(i).evidence(), d.sentence(i).speaker(), false, topics));
            }
        }
        for (ChatMessage m : d.session().chat()) {
            if (!m.direct() && !SpokenText.isHousekeeping(m.text())) {
                Mention mention = chatMention(m);
                if (mention != null) {
                    mentions.add(mention);
                }
            }
        }
        // what people said they work on is the weakest sign, heard only where nothing else spoke of gender
        if (mentions.isEmpty()) {
            mentions.addAll(introductions);
        }
        List<GenderTopic> topics = byTopic(mentions);
        return new GenderReflection(!mentions.isEmpty(), mentions.size(),
                summary(mentions, topics, !d.session().chat().isEmpty()), evidence(topics), topics);
    }

    /**
     * The topics a text speaks of gender on, {@link #OTHER} where it names none; null where it does not. A text
     * that names a gender only in addressing someone does not; one that names it only in naming everyone ("men and
     * women") does where it names a topic.
     */
    static List<String> topics(String text) {
        String said = ADDRESS.matcher(text).replaceAll(" ");
        if (!GENDER.find(said)) {
            return null;
        }
        Set<String> topics = new LinkedHashSet<>();
        TOPICS.all(said).forEach(f -> topics.add(f.value()));
        if (!GENDER.find(EVERYONE.matcher(said).replaceAll(" "))) {
            return topics.isEmpty() ? null : List.copyOf(topics);
        }
        return topics.isEmpty() ? List.of(OTHER) : List.copyOf(topics);
    }

    /**
     * A chat message that speaks of gender, quoted at its first line that does: body lines follow the message's
     * first line one by one in the file.
     */
    private static Mention chatMention(ChatMessage m) {
        List<String> topics = topics(m.text());
        if (topics == null) {
            return null;
        }
        String[] lines = m.text().split("\n", -1);
        int at = 0;
        while (at < lines.length - 1 && topics(lines[at]) == null) {
            at++;
        }
        Evidence e = new Evidence(EvidenceSource.CHAT, m.file(), m.sender(), m.line() + at, m.time(),
                lines[at].strip());
        return new Mention(e, m.sender(), true, topics);
    }

    /**
     * The topics, most statements first ({@link #OTHER} last), each with everyone who raised it and up to
     * {@link #TOPIC_EVIDENCE} quotes from different voices, a statement quoted under one topic only where another
     * quote will do.
     */
    private static List<GenderTopic> byTopic(List<Mention> mentions) {
        Map<String, List<Mention>> grouped = new LinkedHashMap<>();
        for (Mention m : mentions) {
            m.topics().forEach(t -> grouped.computeIfAbsent(t, k -> new ArrayList<>()).add(m));
        }
        List<Map.Entry<String, List<Mention>>> order = new ArrayList<>(grouped.entrySet());
        order.sort(Comparator.comparing((Map.Entry<String, List<Mention>> e) -> e.getKey().equals(OTHER))
                .thenComparing(e -> -e.getValue().size()));
        Set<Evidence> quoted = new LinkedHashSet<>();
        List<GenderTopic> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : order) {
            Set<String> raisedBy = new LinkedHashSet<>();
            e.getValue().forEach(m -> raisedBy.add(m.speaker()));
            List<Evidence> picked = new ArrayList<>();
            Set<String> voices = new LinkedHashSet<>();
            for (int pass = 0; pass < 3; pass++) {
                for (Mention m : e.getValue()) {
                    boolean fresh = pass > 1 || !quoted.contains(m.evidence());
                    boolean newVoice = pass > 0 || !voices.contains(m.speaker());
                    if (picked.size() < TOPIC_EVIDENCE && fresh && newVoice && !picked.contains(m.evidence())) {
                        picked.add(m.evidence());
                        voices.add(m.speaker());
                    }
                }
            }
            quoted.addAll(picked);
            out.add(new GenderTopic(e.getKey(), List.copyOf(raisedBy), picked));
        }
        return out;
    }

    /** The first quote of each topic, up to {@link #EVIDENCE}. */
    private static List<Evidence> evidence(List<GenderTopic> topics) {
        Set<Evidence> out = new LinkedHashSet<>();
        for (GenderTopic t : topics) {
            if (out.size() < EVIDENCE && !t.evidence().isEmpty()) {
                out.add(t.evidence().get(0));
            }
        }
        return List.copyOf(out);
    }

    /**
     * "Gender issues were discussed: women in technical and leadership roles, raised by Tendai Moyo and Grace
     * Odhiambo; the gender gap in access and connectivity, raised by Fatima Bello in the chat."
     */
    private static String summary(List<Mention> mentions, List<GenderTopic> topics, boolean hasChat) {
        if (mentions.isEmpty()) {
            return "Gender issues were not discussed: nothing in the transcript" + (hasChat ? " or the public chat"
                    : "") + " spoke of gender, women and girls or LGBTQ+ people, forms of address such as "
                    + "\"ladies and gentlemen\" aside.";
        }
        long voices = mentions.stream().map(Mention::speaker).distinct().count();
        boolean discussed = mentions.size() >= DISCUSSED || voices >= 2;
        List<String> parts = new ArrayList<>();
        for (GenderTopic t : topics.subList(0, Math.min(SUMMARY_TOPICS, topics.size()))) {
            List<String> spoken = new ArrayList<>();
            List<String> chat = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.topics().contains(t.topic())) {
                    List<String> into = m.chat() ? chat : spoken;
                    if (!into.contains(m.speaker()) && !(m.chat() && spoken.contains(m.speaker()))) {
                        into.add(m.speaker());
                    }
                }
            }
            List<String> who = new ArrayList<>(spoken);
            if (!chat.isEmpty()) {
                who.add(NarrativeWriter.list(chat) + " in the chat");
            }
            parts.add(t.topic() + ", raised by " + NarrativeWriter.list(who));
        }
        int more = topics.size() - parts.size();
        return (discussed ? "Gender issues were discussed: " : "Gender issues were touched on briefly: ")
                + String.join("; ", parts) + (more > 0 ? "; and " + more + " more topic" + (more == 1 ? "" : "s")
                : "") + ".";
    }
}
