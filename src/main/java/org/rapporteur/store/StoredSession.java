package org.rapporteur.store;

import java.time.Instant;

/** One session's row in the results database: its last outcome and the counts the overview shows. */
public record StoredSession(String id, String status, String title, String code, String folder, String error,
                            int speakers, int turns, int words, int takeaways, int callsToAction, int questions,
                            int polls, Instant updated) {

    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
}
