package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Person;
import org.rapporteur.model.Poll;
import org.rapporteur.model.Question;
import org.rapporteur.model.Role;
import org.rapporteur.model.Session;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.SessionReport;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.AnnotatedSession;
import org.rapporteur.nlp.NlpPipeline;

/**
 * Builds small sessions for tests: people, turns laid out as a caption file would be (one passage per line, a
 * blank line between turns), chat messages and submitted questions.
 */
final class Fixture {

    static final String TRANSCRIPT = "transcript.txt";
    static final String CHAT = "chat.txt";

    private final List<Person> people = new ArrayList<>();
    private final List<Turn> turns = new ArrayList<>();
    private final List<ChatMessage> chat = new ArrayList<>();
    private final List<Question> submitted = new ArrayList<>();
    private final List<String> policyQuestions = new ArrayList<>();
    private final List<Poll> polls = new ArrayList<>();
    private Participation.Attendance attendance;
    private Participation.Registration registration;
    private String format = "Round Table";
    private String transcriptFormat = "igf-cart";
    private int line = 5;

    static Fixture session() {
        return new Fixture();
    }

    /** The form's calls to action, then the further ones. */
    static List<CallToAction> calls(SessionReport r) {
        List<CallToAction> all = new ArrayList<>(r.callsToAction());
        all.addAll(r.furtherCallsToAction());
        return all;
    }

    /** The narrative's paragraphs as one text, a paragraph a line. */
    static String text(List<Paragraph> narrative) {
        return String.join("\n", narrative.stream().map(Paragraph::text).toList());
    }

    Fixture person(String name, Role role, String group) {
        people.add(new Person(name, List.of(role), null, group, null, List.of()));
        return this;
    }

    /** Someone as the speakers were resolved: with the labels they spoke under. */
    Fixture person(Person p) {
        people.add(p);
        return this;
    }

    /** Someone listed in several roles ("Onsite Moderator" and "Online Moderator" both). */
    Fixture person(String name, String group, Role... roles) {
        people.add(new Person(name, List.of(roles), null, group, null, List.of()));
        return this;
    }

    /** The format the session page gives ("Round Table" unless set). */
    Fixture format(String format) {
        this.format = format;
        return this;
    }

    Fixture policyQuestion(String question) {
        policyQuestions.add(question);
        return this;
    }

    /** A turn; each passage is one line of the transcript. */
    Fixture turn(String speaker, String... passages) {
        return timedTurn(speaker, null, null, passages);
    }

    /** A turn under the label the transcript gave it (a meeting tool's display name, a room's account). */
    Fixture labelledTurn(String speaker, String label, String... passages) {
        timedTurn(speaker, null, null, passages);
        Turn t = turns.remove(turns.size() - 1);
        turns.add(new Turn(t.index(), label, speaker, TRANSCRIPT, t.passages(), null, null));
        return this;
    }

    /** A turn whose label stands on a line of its own above the words (a Webex cue id). */
    Fixture cueTurn(String speaker, String label, String... passages) {
        int labelLine = line++;
        labelledTurn(speaker, label, passages);
        Turn t = turns.remove(turns.size() - 1);
        turns.add(new Turn(t.index(), label, speaker, TRANSCRIPT, t.passages(), null, null, labelLine));
        return this;
    }

    /** The format of the transcript, as its reader detected it ("igf-cart" unless set). */
    Fixture transcriptFormat(String format) {
        this.transcriptFormat = format;
        return this;
    }

    Fixture timedTurn(String speaker, Double start, Double end, String... passages) {
        List<Passage> ps = new ArrayList<>();
        for (String p : passages) {
            ps.add(new Passage(line++, p));
        }
        line++;
        turns.add(new Turn(turns.size(), speaker.toUpperCase(java.util.Locale.ROOT), speaker, TRANSCRIPT, ps,
                start, end));
        return this;
    }

    /** A turn of automatic captions without punctuation: each piece starts after a pause, as its reader marks it. */
    Fixture pausedTurn(String speaker, String... pieces) {
        List<Passage> ps = new ArrayList<>();
        for (String p : pieces) {
            ps.add(new Passage(line++, p, !ps.isEmpty()));
        }
        line++;
        turns.add(new Turn(turns.size(), "", speaker, TRANSCRIPT, ps, null, null));
        return this;
    }

    Fixture chat(String sender, String text, boolean direct, Integer replyTo) {
        int index = chat.size();
        chat.add(new ChatMessage(index, String.format("10:%02d:00", index), sender, direct ? "Host" : null, direct,
                text, CHAT, index * 2 + 1, replyTo, 0));
        return this;
    }

    Fixture submitted(Question q) {
        submitted.add(q);
        return this;
    }

    Fixture poll(Poll poll) {
        polls.add(poll);
        return this;
    }

    Fixture attendance(int participants, String... connections) {
        attendance = new Participation.Attendance(participants, "participants.csv", List.of(connections));
        return this;
    }

    /** A poll report's meeting line: how many took part and how long, with no list of who. */
    Fixture meetingLine(int participants, int minutes) {
        attendance = new Participation.Attendance(participants, "poll-report.csv", List.of(), minutes, true);
        return this;
    }

    Fixture registration(int registrants) {
        registration = new Participation.Registration(registrants, "registration.csv");
        return this;
    }

    /** An attendance export whose meeting block says how long the meeting ran. */
    Fixture meetingMinutes(int participants, int minutes) {
        attendance = new Participation.Attendance(participants, "participants.csv", List.of(), minutes);
        return this;
    }

    Session build() {
        SessionInfo info = new SessionInfo("ws-test", "IGF 2022 WS #1", "Securing connected devices", format,
                90, policyQuestions, List.of(), List.of());
        return new Session(info, people, turns, chat, polls, submitted, attendance,
                List.of(new SourceFile(TRANSCRIPT, SourceKind.TRANSCRIPT, transcriptFormat, turns.size())),
                List.of(), registration);
    }

    AnnotatedSession annotate() {
        return NlpPipeline.shared().annotate(build());
    }

    Discussion discussion() {
        return Discussion.of(annotate());
    }
}
