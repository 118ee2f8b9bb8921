package org.rapporteur.model;

import java.util.List;

/**
 * Everything read from one session folder, speakers already resolved: the output of ingest and the input of
 * annotation and analysis.
 */
public record Session(SessionInfo info, List<Person> people, List<Turn> turns, List<ChatMessage> chat,
                      List<Poll> polls, List<Question> submittedQuestions, Participation.Attendance attendance,
                      List<SourceFile> sources, List<String> warnings, Participation.Registration registration) {

    public Session {
        people = List.copyOf(people);
        turns = List.copyOf(turns);
        chat = List.copyOf(chat);
        polls = List.copyOf(polls);
        submittedQuestions = List.copyOf(submittedQuestions);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    /** A session without a registration report. */
    public Session(SessionInfo info, List<Person> people, List<Turn> turns, List<ChatMessage> chat,
                   List<Poll> polls, List<Question> submittedQuestions, Participation.Attendance attendance,
                   List<SourceFile> sources, List<String> warnings) {
        this(info, people, turns, chat, polls, submittedQuestions, attendance, sources, warnings, null);
    }

    public String id() {
        return info.id();
    }

    /** The listed or heard person of that exact name, if any. */
    public java.util.Optional<Person> person(String name) {
        return people.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
