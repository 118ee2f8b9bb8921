package org.rapporteur.model;

import java.util.List;

/**
 * What the session page says of the session itself. {@code otherCodes} keeps further numbers the session ran
 * under (a workshop proposal that ran as a Town Hall). {@code kind} is what kind of session the inputs show
 * (workshop, open-forum, hearing, ...) and {@code actualMinutes} how long it actually ran, both null where unknown.
 * {@code theme} is the theme or thematic track the session page gives, null where it gives none.
 */
public record SessionInfo(String id, String code, String title, String format, Integer durationMinutes,
                          List<String> policyQuestions, List<String> sdgs, List<String> otherCodes, String kind,
                          Double actualMinutes, String theme) {

    public SessionInfo {
        policyQuestions = List.copyOf(policyQuestions);
        sdgs = List.copyOf(sdgs);
        otherCodes = List.copyOf(otherCodes);
    }

    public SessionInfo(String id, String code, String title, String format, Integer durationMinutes,
                       List<String> policyQuestions, List<String> sdgs, List<String> otherCodes) {
        this(id, code, title, format, durationMinutes, policyQuestions, sdgs, otherCodes, null, null, null);
    }

    public SessionInfo(String id, String code, String title, String format, Integer durationMinutes,
                       List<String> policyQuestions, List<String> sdgs, List<String> otherCodes, String kind,
                       Double actualMinutes) {
        this(id, code, title, format, durationMinutes, policyQuestions, sdgs, otherCodes, kind, actualMinutes, null);
    }

    /** This session as the inputs show it: its kind and the minutes it actually ran. */
    public SessionInfo withActual(String kind, Double actualMinutes) {
        return new SessionInfo(id, code, title, format, durationMinutes, policyQuestions, sdgs, otherCodes, kind,
                actualMinutes, theme);
    }

    /** This session under the theme its page gives. */
    public SessionInfo withTheme(String pageTheme) {
        return new SessionInfo(id, code, title, format, durationMinutes, policyQuestions, sdgs, otherCodes, kind,
                actualMinutes, pageTheme);
    }

    /** A session with nothing known but its id, used as the title too. */
    public static SessionInfo untitled(String id) {
        return new SessionInfo(id, null, id, null, null, List.of(), List.of(), List.of());
    }
}
