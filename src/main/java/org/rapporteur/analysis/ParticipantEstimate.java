package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Poll;
import org.rapporteur.model.Role;
import org.rapporteur.nlp.Sentence;

/**
 * The best participant figure the inputs give, for the IGF form to confirm: an attendance export (online), figures
 * said by those running the session or typed in the chat ("more than 60 people connected", "14 of us in the Lagos
 * hub"), each put online or onsite by its words, and the most respondents of any poll as a floor. Online and onsite
 * are the largest figure of each; the total their sum, or the largest figure without a place, whichever is more.
 * Null when the inputs give no figure at all.
 */
final class ParticipantEstimate {

    private static final Cue FIGURE = Lexicon.cue("attendance-figure");
    private static final Cue ONLINE = Lexicon.cue("attendance-online");
    private static final Cue ONSITE = Lexicon.cue("attendance-onsite");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*");

    private enum Place { ONLINE, ONSITE, UNKNOWN }

    private record Figure(int count, Place place, String basis, Evidence evidence) {
    }

    private ParticipantEstimate() {
    }

    static Participation.Estimate of(Discussion d) {
        List<Figure> figures = new ArrayList<>();
        Participation.Attendance attendance = d.session().attendance();
        if (attendance != null) {
            figures.add(new Figure(attendance.participants(), Place.ONLINE, "attendance export ("
                    + attendance.source() + "): " + attendance.participants() + " participants", null));
        }
        for (Sentence s : d.sentences()) {
            if (d.people().chairs(s.speaker()) || d.people().has(s.speaker(), Role.RAPPORTEUR)) {
                said(s.text(), s.evidence(), "said in the session", figures);
            }
        }
        for (ChatMessage m : d.session().chat()) {
            if (!m.direct()) {
                said(m.text(), new Evidence(EvidenceSource.CHAT, m.file(), m.sender(), m.line(), m.time(), m.text()),
                        "written in the chat", figures);
            }
        }
        Poll busiest = null;
        for (Poll p : d.session().polls()) {
            if (p.responses() != null && (busiest == null || p.responses() > busiest.responses())) {
                busiest = p;
            }
        }
        if (busiest != null) {
            figures.add(new Figure(busiest.responses(), Place.UNKNOWN, "most respondents of a poll ("
                    + (busiest.title() != null ? busiest.title() : busiest.question()) + "): " + busiest.responses(),
                    null));
        }
        if (figures.isEmpty()) {
            return null;
        }
        Integer online = largest(figures, Place.ONLINE);
        Integer onsite = largest(figures, Place.ONSITE);
        Integer unplaced = largest(figures, Place.UNKNOWN);
        int total = Math.max((online == null ? 0 : online) + (onsite == null ? 0 : onsite),
                unplaced == null ? 0 : unplaced);
        List<String> basis = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Figure f : figures) {
            basis.add(f.basis());
            if (f.evidence() != null) {
                evidence.add(f.evidence());
            }
        }
        return new Participation.Estimate(total, onsite, online, String.join("; ", basis), evidence);
    }

    private static void said(String text, Evidence evidence, String how, List<Figure> figures) {
        if (!FIGURE.mayHold(text)) {
            return;
        }
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            Matcher digits = DIGITS.matcher(m.group());
            if (!digits.find()) {
                continue;
            }
            int count = Integer.parseInt(digits.group().replace(",", ""));
            Place place = ONLINE.find(text) ? Place.ONLINE
                    : ONSITE.find(text) ? Place.ONSITE : Place.UNKNOWN;
            String where = place == Place.UNKNOWN ? "" : place == Place.ONLINE ? " online" : " onsite";
            figures.add(new Figure(count, place, how + where + ": \u201c" + m.group().strip() + "\u201d",
                    evidence));
            return;
        }
    }

    private static Integer largest(List<Figure> figures, Place place) {
        return figures.stream().filter(f -> f.place() == place).map(Figure::count).max(Integer::compare)
                .orElse(null);
    }
}
