package org.rapporteur.model;

import java.util.List;

/** Who took part and how much: spoken words per speaker and per stakeholder group, chat, attendance. */
public record Participation(List<SpeakerShare> speakers, List<GroupShare> stakeholderGroups, ChatActivity chat,
                            Attendance attendance, Estimate estimate, StatedGender womenAndGenderDiverse) {

    public Participation {
        speakers = List.copyOf(speakers);
        stakeholderGroups = List.copyOf(stakeholderGroups);
    }

    public Participation(List<SpeakerShare> speakers, List<GroupShare> stakeholderGroups, ChatActivity chat,
                         Attendance attendance, Estimate estimate) {
        this(speakers, stakeholderGroups, chat, attendance, estimate, null);
    }

    public Participation withEstimate(Estimate e) {
        return new Participation(speakers, stakeholderGroups, chat, attendance, e, womenAndGenderDiverse);
    }

    public Participation withStatedGender(StatedGender g) {
        return new Participation(speakers, stakeholderGroups, chat, attendance, estimate, g);
    }

    public record SpeakerShare(String name, String stakeholderGroup, int turns, int words, Double seconds,
                               Double wordsPerMinute, Double share) {
    }

    public record GroupShare(String group, int speakers, int words, Double share) {
    }

    /** Public chat only: direct messages and reactions are not counted. */
    public record ChatActivity(int messages, int participants, List<String> links) {

        public ChatActivity {
            links = List.copyOf(links);
        }
    }

    /**
     * Counts from an attendance export. {@code connections}: each participant's name and e-mail as the export
     * gives them, to tell which connection a remote hub followed through; {@code meetingMinutes}: how long the
     * meeting ran by the export's meeting block, null where it has none; {@code meetingLineOnly}: the count is the
     * figure of another report's meeting line (a Zoom poll report's "# Participants"), with no one listed. None of
     * the three is written to report.json.
     */
    public record Attendance(int participants, String source,
                             @com.fasterxml.jackson.annotation.JsonIgnore List<String> connections,
                             @com.fasterxml.jackson.annotation.JsonIgnore Integer meetingMinutes,
                             @com.fasterxml.jackson.annotation.JsonIgnore Boolean meetingLineOnly) {

        public Attendance {
            connections = connections == null ? List.of() : List.copyOf(connections);
            // not written to report.json, so absent (null) when it is read back
            meetingLineOnly = Boolean.TRUE.equals(meetingLineOnly);
        }

        public Attendance(int participants, String source, List<String> connections, Integer meetingMinutes) {
            this(participants, source, connections, meetingMinutes, false);
        }

        public Attendance(int participants, String source, List<String> connections) {
            this(participants, source, connections, null);
        }

        public Attendance(int participants, String source) {
            this(participants, source, List.of());
        }

        /** Where the count comes from, in words: "attendance export (participants.csv)", "meeting line of poll.csv". */
        public String basis() {
            return (meetingLineOnly ? "meeting line of " : "attendance export (") + source
                    + (meetingLineOnly ? "" : ")");
        }
    }

    /**
     * Registrations from a registration report: who signed up, not who came, so never a participant count; the
     * participant estimate names it in its basis, labelled as registrations.
     */
    public record Registration(int registrants, String source) {
    }

    /**
     * The best participant figure the inputs give, for the IGF form to confirm: onsite and online apart where
     * known, the basis in words ("attendance export: 73 unique participants") and the evidence for figures said.
     */
    public record Estimate(Integer participants, Integer onsite, Integer online, String basis,
                           List<Evidence> evidence) {

        public Estimate {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Women and gender-diverse participants as far as people said so themselves or were so addressed: pronouns in
     * a display name ("(she/her)"), "Ms."/"Mrs."/"Madam", a self-description ("as a woman"). A lower bound
     * ({@code atLeast} = {@code women} + {@code genderDiverse}), never a count: nobody's gender is guessed from a
     * name. {@code people} are those counted, {@code note} says what the figure is, {@code evidence} what it rests on.
     */
    public record StatedGender(int atLeast, int women, int genderDiverse, List<String> people, String note,
                               List<Evidence> evidence) {

        public StatedGender {
            people = List.copyOf(people);
            evidence = List.copyOf(evidence);
        }
    }
}
