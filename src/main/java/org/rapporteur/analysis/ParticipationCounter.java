package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Participation.ChatActivity;
import org.rapporteur.model.Participation.GroupShare;
import org.rapporteur.model.Participation.SpeakerShare;
import org.rapporteur.model.Session;
import org.rapporteur.model.Turn;

/**
 * Who took part and how much: turns, words, speaking time and share per speaker and per stakeholder group,
 * public chat activity and attendance. Speakers without a stakeholder group stay in the speaker table and out of
 * the group table.
 */
public final class ParticipationCounter {

    static final Pattern LINK = Pattern.compile("(?i)\\b(https?://|www\\.)[^\\s<>\"]+");

    private ParticipationCounter() {
    }

    public static Participation count(Session session, SessionPeople people) {
        Map<String, Tally> bySpeaker = new LinkedHashMap<>();
        int total = 0;
        for (Turn turn : session.turns()) {
            if (people.runsOrReports(turn.speaker())) {
                continue;
            }
            Tally t = bySpeaker.computeIfAbsent(turn.speaker(), k -> new Tally());
            int words = turn.words();
            t.turns++;
            t.words += words;
            total += words;
            if (turn.startSeconds() != null && turn.endSeconds() != null && turn.endSeconds() >= turn.startSeconds()) {
                t.seconds += turn.endSeconds() - turn.startSeconds();
                t.timedWords += words;
                t.timed = true;
            }
        }
        List<SpeakerShare> speakers = new ArrayList<>();
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (Map.Entry<String, Tally> e : bySpeaker.entrySet()) {
            Tally t = e.getValue();
            String group = people.group(e.getKey());
            Double seconds = t.timed ? round(t.seconds, 1) : null;
            Double wpm = t.timed && t.seconds > 0 ? round(t.timedWords / (t.seconds / 60), 1) : null;
            speakers.add(new SpeakerShare(e.getKey(), group, t.turns, t.words, seconds, wpm, share(t.words, total)));
            if (group != null) {
                int[] g = groups.computeIfAbsent(group, k -> new int[2]);
                g[0]++;
                g[1] += t.words;
            }
        }
        speakers.sort(Comparator.comparingInt(SpeakerShare::words).reversed());
        List<GroupShare> groupShares = new ArrayList<>();
        for (Map.Entry<String, int[]> e : groups.entrySet()) {
            groupShares.add(new GroupShare(e.getKey(), e.getValue()[0], e.getValue()[1], share(e.getValue()[1], total)));
        }
        groupShares.sort(Comparator.comparingInt(GroupShare::words).reversed());
        return new Participation(speakers, groupShares, chat(session.chat()), session.attendance(), null);
    }

    /** Public messages only: direct messages are neither counted nor mined for links. Null when there is no chat. */
    static ChatActivity chat(List<ChatMessage> chat) {
        if (chat.isEmpty()) {
            return null;
        }
        int messages = 0;
        Set<String> senders = new LinkedHashSet<>();
        Set<String> links = new LinkedHashSet<>();
        for (ChatMessage m : chat) {
            if (m.direct()) {
                continue;
            }
            messages++;
            senders.add(m.sender());
            Matcher link = LINK.matcher(m.text());
            while (link.find()) {
                links.add(link.group().replaceAll("[.,;:!?)\\]]+$", ""));
            }
        }
        return new ChatActivity(messages, senders.size(), new ArrayList<>(links));
    }

    private static Double share(int words, int total) {
        return total == 0 ? null : round((double) words / total, 4);
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    private static final class Tally {
        int turns;
        int words;
        int timedWords;
        double seconds;
        boolean timed;
    }
}
