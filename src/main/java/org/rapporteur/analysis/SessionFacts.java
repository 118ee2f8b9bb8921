package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.language.PhraseTable;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.Turn;

/**
 * The session as the inputs show it: its kind (from the code it ran under, its format or title, else a hearing
 * when the talk reads as one; see {@code facts/session-kinds.txt}) and how long it actually ran, from the
 * transcript's timings, else from the attendance export's meeting block (the meeting's duration, which includes
 * any time the connection opened early), else from the first to the last chat message. A run more than
 * {@link #DURATION_TOLERANCE}
 * off the session page's duration is warned about; minutes from chat times only are always warned about as a
 * lower bound.
 */
final class SessionFacts {

    static final double DURATION_TOLERANCE = 0.15;
    private static final PhraseTable KINDS = PhraseTable.read("facts/session-kinds.txt");

    /** The session with its kind and actual minutes, and the warnings they raise. */
    record Facts(SessionInfo info, List<String> warnings) {
    }

    private SessionFacts() {
    }

    static Facts of(Discussion d) {
        SessionInfo info = d.session().info();
        List<String> warnings = new ArrayList<>();
        String kind = kind(info, d);
        Double minutes = null;
        String measured = null;
        boolean lowerBound = false;
        List<Turn> timed = d.session().turns().stream()
                .filter(t -> t.startSeconds() != null && t.endSeconds() != null).toList();
        if (!timed.isEmpty()) {
            double start = timed.stream().mapToDouble(Turn::startSeconds).min().orElseThrow();
            double end = timed.stream().mapToDouble(Turn::endSeconds).max().orElseThrow();
            minutes = (end - start) / 60;
            measured = "by the transcript's timings";
        } else if (d.session().attendance() != null && d.session().attendance().meetingMinutes() != null) {
            minutes = d.session().attendance().meetingMinutes().doubleValue();
            measured = "by the " + d.session().attendance().basis();
        } else {
            List<Integer> times = d.session().chat().stream().map(ChatMessage::time).map(SessionFacts::seconds)
                    .filter(t -> t != null).toList();
            if (times.size() >= 2) {
                int span = times.get(times.size() - 1) - times.get(0);
                minutes = (span < 0 ? span + 24 * 3600 : span) / 60.0;
                measured = "at least, by the chat (first to last message)";
                lowerBound = true;
            }
        }
        if (minutes != null) {
            minutes = Math.round(minutes * 10) / 10.0;
            Integer planned = info.durationMinutes();
            boolean off = planned != null && planned > 0 && Math.abs(minutes - planned) > DURATION_TOLERANCE * planned;
            if (lowerBound) {
                // the chat opens after the session starts and falls silent before it ends: a floor, not a length
                warnings.add("How long the session ran is only a lower bound: " + Math.round(minutes) + " minutes "
                        + measured + ", as the transcript has no timings"
                        + (planned != null && planned > 0 ? "; the session page says " + planned + " minutes" : "")
                        + ". Check how long it ran.");
            } else if (off) {
                warnings.add("The session ran " + Math.round(minutes) + " minutes " + measured
                        + ", but the session page says " + planned + " minutes: check how long it ran.");
            }
        }
        return new Facts(info.withActual(kind, minutes), warnings);
    }

    private static String kind(SessionInfo info, Discussion d) {
        // a format the page states as a hearing ("Committee hearing - 90 Min") is one, whatever slot it was held in
        if (info.format() != null && !info.format().isBlank() && d.readsAsHearing()) {
            return "hearing";
        }
        // the last code it ran under says what it was (a workshop proposal held as a town hall)
        List<String> named = new ArrayList<>(info.otherCodes());
        java.util.Collections.reverse(named);
        named.add(info.code());
        named.add(info.format());
        named.add(info.title());
        for (String text : named) {
            String kind = text == null ? null : KINDS.first(text);
            if (kind != null) {
                return kind;
            }
        }
        return d.isHearing() ? "hearing" : null;
    }

    /** HH:MM:SS or HH:MM as seconds of the day; null when the time is not written so. */
    private static Integer seconds(String time) {
        if (time == null || !time.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
            return null;
        }
        String[] p = time.split(":");
        return Integer.parseInt(p[0]) * 3600 + Integer.parseInt(p[1]) * 60 + (p.length > 2 ? Integer.parseInt(p[2]) : 0);
    }
}
