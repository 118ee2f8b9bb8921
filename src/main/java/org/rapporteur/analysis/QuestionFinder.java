package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Question;
import org.rapporteur.model.Role;
import org.rapporteur.model.Text;
import org.rapporteur.nlp.Sentence;

/**
 * Audience questions: asked in the room by participants (or read out from the chat by the online moderator),
 * typed into the public chat, or submitted through a Q&A tool. A question asked twice (typed, then read out) is
 * kept once with both pieces of evidence. The panel's own questions are not the audience's.
 */
public final class QuestionFinder {

    /** Share of shared words above which two questions are the same question. */
    private static final double SAME_QUESTION = 0.7;
    private static final int MIN_WORDS = 5;

    private QuestionFinder() {
    }

    public static List<Question> find(Discussion d) {
        List<Question> kept = new ArrayList<>();
        List<Set<String>> keptTerms = new ArrayList<>();
        for (Question q : fromChat(d.session().chat())) {
            add(q, kept, keptTerms);
        }
        for (Question q : d.session().submittedQuestions()) {
            add(q, kept, keptTerms);
        }
        for (Question q : fromTranscript(d)) {
            add(q, kept, keptTerms);
        }
        kept.sort(Comparator.comparingInt(q -> q.source().ordinal()));
        return kept;
    }

    static List<Question> fromTranscript(Discussion d) {
        List<Question> out = new ArrayList<>();
        int i = 0;
        while (i < d.size()) {
            Sentence s = d.sentence(i);
            if (d.kind(i) != SentenceKind.QUESTION || !fromAudience(d, s.speaker()) || s.wordCount() < MIN_WORDS) {
                i++;
                continue;
            }
            // consecutive questions of one turn are one question
            List<Evidence> evidence = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (i < d.size() && d.kind(i) == SentenceKind.QUESTION && d.sentence(i).turn() == s.turn()) {
                evidence.add(d.sentence(i).evidence());
                text.append(text.length() == 0 ? "" : " ").append(d.sentence(i).text());
                i++;
            }
            boolean relayed = d.people().has(s.speaker(), Role.ONLINE_MODERATOR);
            out.add(new Question(Text.collapse(text.toString()), relayed ? null : s.speaker(),
                    EvidenceSource.TRANSCRIPT, null, evidence, null));
        }
        return out;
    }

    /** Participants and unlisted voices ask for the audience; the online moderator relays the chat. */
    private static boolean fromAudience(Discussion d, String speaker) {
        return !d.people().onPanel(speaker) || d.people().has(speaker, Role.ONLINE_MODERATOR)
                && !d.people().has(speaker, Role.MODERATOR);
    }

    static List<Question> fromChat(List<ChatMessage> chat) {
        Set<Integer> repliedTo = new HashSet<>();
        for (ChatMessage m : chat) {
            if (!m.direct() && m.replyTo() != null) {
                ChatMessage original = chat.stream().filter(o -> o.index() == m.replyTo()).findFirst().orElse(null);
                if (original != null && !original.sender().equals(m.sender())) {
                    repliedTo.add(m.replyTo());
                }
            }
        }
        List<Question> out = new ArrayList<>();
        for (ChatMessage m : chat) {
            if (m.direct() || !m.text().contains("?") || Text.wordCount(m.text()) < 3
                    || SpokenText.isHousekeeping(m.text())) {
                continue;
            }
            Evidence e = new Evidence(EvidenceSource.CHAT, m.file(), m.sender(), m.line(), m.time(), m.text());
            out.add(new Question(Text.collapse(m.text()), m.sender(), EvidenceSource.CHAT,
                    repliedTo.contains(m.index()) ? Boolean.TRUE : null, List.of(e), null));
        }
        return out;
    }

    /** Adds a question, or merges it into a near-identical one already kept. */
    private static void add(Question q, List<Question> kept, List<Set<String>> keptTerms) {
        Set<String> terms = Terms.ofPlainText(q.text());
        for (int k = 0; k < kept.size(); k++) {
            if (same(terms, keptTerms.get(k))) {
                Question old = kept.get(k);
                List<Evidence> evidence = new ArrayList<>(old.evidence());
                evidence.addAll(q.evidence());
                Boolean answered = Boolean.TRUE.equals(old.answered()) || Boolean.TRUE.equals(q.answered())
                        ? Boolean.TRUE : old.answered() != null ? old.answered() : q.answered();
                kept.set(k, new Question(old.text(), old.asker() != null ? old.asker() : q.asker(), old.source(),
                        answered, evidence, old.upvotes() != null ? old.upvotes() : q.upvotes()));
                return;
            }
        }
        kept.add(q);
        keptTerms.add(terms);
    }

    private static boolean same(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int shared = Terms.shared(a, b);
        return (double) shared / Math.min(a.size(), b.size()) >= SAME_QUESTION && shared >= 3
                || a.equals(b);
    }
}
