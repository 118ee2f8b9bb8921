package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Poll;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.Question;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.Turn;

/**
 * What the readers of one session folder have found so far. Readers add to it; the session reader then
 * resolves speakers and builds the {@link org.rapporteur.model.Session}. Turns are as read: their speaker is the
 * label until resolution.
 */
public final class SessionParts {

    public Proposal proposal;
    public final List<Turn> turns = new ArrayList<>();
    public final List<ChatMessage> chat = new ArrayList<>();
    public final List<Poll> polls = new ArrayList<>();
    public final List<Question> questions = new ArrayList<>();
    public Participation.Attendance attendance;
    public Participation.Registration registration;
    public final List<SourceFile> sources = new ArrayList<>();
    /** Session codes named by files other than the session page (a transcript's title), for other codes. */
    public final List<String> sessionCodes = new ArrayList<>();
    /** Titles named by files other than the session page (a transcript's title line), to complete a cut one. */
    public final List<String> sessionTitles = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();

    public void warn(String warning) {
        warnings.add(warning);
    }
}
