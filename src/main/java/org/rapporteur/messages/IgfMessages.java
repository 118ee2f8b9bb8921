package org.rapporteur.messages;

import java.util.List;
import org.rapporteur.model.Evidence;

/**
 * Draft IGF Messages across sessions: the shape of messages.json (schema: {@code messages.schema.json}). Every
 * text in it is the text of a finding in one of the cited session reports; nothing is worded anew. A message is
 * weighed by how many sessions made the point. {@code warnings}: what the secretariat should know before adopting the
 * draft, such as one session drafted from two folders.
 */
public record IgfMessages(String schemaVersion, List<SessionRef> sessions, List<Theme> themes,
                          List<AddresseeCalls> callsToAction, List<String> warnings) {

    public static final String SCHEMA_VERSION = "1";

    public IgfMessages {
        sessions = List.copyOf(sessions);
        themes = List.copyOf(themes);
        callsToAction = List.copyOf(callsToAction);
        warnings = List.copyOf(warnings);
    }

    /**
     * A session drawn on: {@code label} is how messages cite it ("WS #530"), {@code theme} the theme it is grouped
     * under.
     */
    public record SessionRef(String id, String label, String code, String title, String theme) {
    }

    /**
     * Sessions on one theme. {@code basis}: {@code session-page} when the theme is the one the session pages give,
     * {@code igf-theme} when it is the IGF thematic area the sessions' titles, policy questions, keyphrases and
     * takeaways name (facts/igf-themes.txt), {@code shared-terms} when the sessions were grouped by what their takeaways and keyphrases share (the name
     * is then the keyphrase most of them share), {@code single-session} when no other session shares enough.
     */
    public record Theme(String name, String basis, List<String> sessions, List<Message> messages,
                        List<Divergence> divergences) {

        public static final String SESSION_PAGE = "session-page";
        public static final String IGF_THEME = "igf-theme";
        public static final String SHARED_TERMS = "shared-terms";
        public static final String SINGLE_SESSION = "single-session";

        public Theme {
            sessions = List.copyOf(sessions);
            messages = List.copyOf(messages);
            divergences = List.copyOf(divergences);
        }
    }

    /** A draft message: the text of one session's finding, and every session that made the point. */
    public record Message(String text, List<Citation> citedIn) {

        public Message {
            citedIn = List.copyOf(citedIn);
        }

        /** How many sessions made the point. */
        public int weight() {
            return citedIn.size();
        }
    }

    /**
     * Where a session made a point: its finding of that {@code kind} (takeaway, position, call-to-action), as
     * worded in its report, and the finding's evidence.
     */
    public record Citation(String session, String label, String kind, String text, String speaker,
                           List<Evidence> evidence) {

        public Citation {
            evidence = List.copyOf(evidence);
        }
    }

    /** A disagreement stated in one of the theme's sessions: {@code speaker} disagreed with {@code with}. */
    public record Divergence(String session, String label, String speaker, String with, String text,
                             List<Evidence> evidence) {

        public Divergence {
            evidence = List.copyOf(evidence);
        }
    }

    /** The calls to action on one addressee across sessions ("Governments"); {@code addressee} null: none stated. */
    public record AddresseeCalls(String addressee, List<Message> calls) {

        public AddresseeCalls {
            calls = List.copyOf(calls);
        }
    }
}
