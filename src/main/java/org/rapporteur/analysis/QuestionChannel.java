package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rapporteur.ingest.SubtitleReader;
import org.rapporteur.ingest.TimestampedTranscriptReader;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Question;
import org.rapporteur.model.Question.Channel;
import org.rapporteur.model.Role;
import org.rapporteur.model.Turn;

/**
 * How a question asked aloud reached the panel, as the transcript shows it. The asker's own turns naming a hub
 * ("There are 18 of us here in the Suva hub") and the turns of those chairing right before the question, nearest
 * first: a hub named ("Let's go to our hub in Suva"), the floor given online ("we have Ana online, Ana, please go
 * ahead"; any hand-over by the online moderator), or in the room ("Madam, in the second row"). A turn that names
 * both the room and online says nothing. Each question takes the channel of its own hand-over; one whose hand-over
 * shows none takes that of the same voice's nearest question that showed one, the one before first (a follow-up
 * handed over by the room's moderator is still asked online, while the same voice later given the floor in the room
 * asks from the floor). With no hand-over showing one, a voice under its own account in a meeting tool's recording
 * ("Daniel Kowalczyk" in a Zoom transcript, not the venue's "IGF Room 3") asks online; nothing shown for the voice
 * at all, the question is from the floor. A question read out is the written channel the reading names, else the
 * one the session has.
 */
final class QuestionChannel {

    /** Turns before a question (the asker's and the chairs') read for how it was handed over. */
    private static final int REACH = 4;
    private static final Cue HUB = Lexicon.cue("channel-hub");
    private static final Cue ONLINE = Lexicon.cue("channel-online");
    private static final Cue FLOOR = Lexicon.cue("channel-floor");
    private static final Cue QA = Lexicon.cue("channel-qa");
    private static final Cue CHAT = Lexicon.cue("channel-chat");
    private static final Cue VENUE = Lexicon.cue("speaker-label-venue");
    /** A label naming a remote hub's connection ("Kampala Hub - Makerere"). */
    private static final Cue HUB_CONNECTION = Lexicon.cue("attendance-hub");
    /** Transcripts a meeting tool made of its own recording, labelled by the accounts connected. */
    private static final Set<String> MEETING_RECORDINGS = Set.of(SubtitleReader.ZOOM, SubtitleReader.TEAMS,
            SubtitleReader.WEBEX, TimestampedTranscriptReader.TEAMS, TimestampedTranscriptReader.MEET);

    private QuestionChannel() {
    }

    /** The channel the hand-over of a question asked aloud in the turn {@code asked} shows; null where none does. */
    static Channel spoken(Discussion d, Turn asked) {
        List<Turn> turns = d.session().turns();
        int at = turns.indexOf(asked);
        String asker = asked.speaker();
        for (int k = at, seen = 0; k >= 0 && seen < REACH; k--, seen++) {
            Turn t = turns.get(k);
            boolean own = t.speaker() != null && t.speaker().equals(asker);
            if (!own && (t.speaker() == null || !d.people().chairs(t.speaker()))) {
                break;
            }
            String said = t.text();
            boolean room = FLOOR.find(said);
            if (HUB.find(said) && (own || !room)) {
                return Channel.HUB;
            }
            if (own) {
                continue;
            }
            // the online moderator gives the floor only to those connected, unless they also moderate the room
            boolean online = ONLINE.find(said);
            boolean onlineOnly = d.people().has(t.speaker(), Role.ONLINE_MODERATOR)
                    && !d.people().has(t.speaker(), Role.MODERATOR);
            if ((onlineOnly || online) && !room) {
                return Channel.ONLINE;
            }
            if (room && !online) {
                return Channel.FLOOR;
            }
        }
        // a voice on a remote hub's one connection ("Kampala Hub - Makerere") asks from the hub
        if (asked.label() != null && HUB_CONNECTION.find(asked.label())) {
            return Channel.HUB;
        }
        return ownAccount(d, asked) ? Channel.ONLINE : null;
    }

    /**
     * Whether a voice speaks under its own account in the recording of a meeting tool ("Daniel Kowalczyk", "iPad de
     * Lucía" in a Zoom transcript): connected one by one, so online, unless the label is the venue's room or
     * microphone ("IGF Room 3").
     */
    private static boolean ownAccount(Discussion d, Turn t) {
        String label = t.label() == null ? "" : t.label().strip();
        return !label.isEmpty() && !venue(label) && d.session().sources().stream()
                .anyMatch(f -> f.file().equals(t.file()) && MEETING_RECORDINGS.contains(f.format()));
    }

    /** Whether a label is the venue's room, account or microphone ("IGF Room 3", "Hall B Floor Mic", "AUDIENCE"). */
    static boolean venue(String label) {
        return label != null && VENUE.find(label);
    }

    /**
     * The channel of a question a moderator reads out in these words: the tool they name; else the one the session
     * has (its chat first); with neither, read out by the online moderator, it was written by someone connected, in
     * the meeting's chat; else nothing shows it was written, and it stays the floor's.
     */
    static Channel readOut(Discussion d, String reading, String reader) {
        if (QA.find(reading)) {
            return Channel.QA;
        }
        if (CHAT.find(reading) || d.session().chat().stream().anyMatch(m -> !m.direct())) {
            return Channel.CHAT;
        }
        if (!d.session().submittedQuestions().isEmpty()) {
            return Channel.QA;
        }
        return d.people().has(reader, Role.ONLINE_MODERATOR) && !d.people().has(reader, Role.MODERATOR)
                ? Channel.CHAT : Channel.FLOOR;
    }

    /**
     * The questions with a channel each: a question asked aloud whose hand-over showed none takes the channel of the
     * same voice's nearest question that showed one, before it first, then after it; else the floor's.
     */
    static List<Question> perVoice(List<Question> questions) {
        List<Question> out = new ArrayList<>(questions.size());
        for (int k = 0; k < questions.size(); k++) {
            Question q = questions.get(k);
            if (q.channel() != null) {
                out.add(q);
                continue;
            }
            Channel c = askedAloud(q) && q.asker() != null ? nearestShown(questions, k) : null;
            out.add(q.withChannel(c != null ? c : Channel.FLOOR));
        }
        return out;
    }

    private static Channel nearestShown(List<Question> questions, int at) {
        String asker = questions.get(at).asker();
        for (int k = at - 1; k >= 0; k--) {
            if (shownFor(questions.get(k), asker)) {
                return questions.get(k).channel();
            }
        }
        for (int k = at + 1; k < questions.size(); k++) {
            if (shownFor(questions.get(k), asker)) {
                return questions.get(k).channel();
            }
        }
        return null;
    }

    private static boolean shownFor(Question q, String asker) {
        return askedAloud(q) && asker.equals(q.asker()) && q.channel() != null;
    }

    private static boolean askedAloud(Question q) {
        return q.source() == EvidenceSource.TRANSCRIPT && q.relayedBy() == null;
    }
}
