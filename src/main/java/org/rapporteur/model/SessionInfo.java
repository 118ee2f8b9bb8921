package org.rapporteur.model;

import java.util.List;

/**
 * What the session page says of the session itself. {@code otherCodes} keeps further numbers the session ran
 * under (a workshop proposal that ran as a Town Hall).
 */
public record SessionInfo(String id, String code, String title, String format, Integer durationMinutes,
                          List<String> policyQuestions, List<String> sdgs, List<String> otherCodes) {

    public SessionInfo {
        policyQuestions = List.copyOf(policyQuestions);
        sdgs = List.copyOf(sdgs);
        otherCodes = List.copyOf(otherCodes);
    }

    /** A session with nothing known but its id, used as the title too. */
    public static SessionInfo untitled(String id) {
        return new SessionInfo(id, null, id, null, null, List.of(), List.of(), List.of());
    }
}
