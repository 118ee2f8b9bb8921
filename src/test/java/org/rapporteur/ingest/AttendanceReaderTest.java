package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.ingest.Exports.detect;
import static org.rapporteur.ingest.Exports.fixture;
import static org.rapporteur.ingest.Exports.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Participation;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

class AttendanceReaderTest {

    private final ZoomAttendanceReader reader = new ZoomAttendanceReader();
    private final TeamsAttendanceReader teams = new TeamsAttendanceReader();

    @Test
    void participantsReportCountsEachPersonOnceAcrossRejoins() throws Exception {
        SessionParts parts = read(reader, fixture("attendance/zoom-participants.csv"), "zoom-participants");

        // each person once, with the name and e-mail a remote hub's connection is recognised by
        assertThat(parts.attendance).isEqualTo(new Participation.Attendance(4, "zoom-participants.csv", List.of(
                "Sébastien Bachollet seb@example.org", "Maria Silva (she/her) maria@example.org",
                "Peter (Peter Mwangi)", "iPhone"), 97));
        assertThat(parts.sources).containsExactly(
                new SourceFile("zoom-participants.csv", SourceKind.ATTENDANCE, "zoom-participants", 6));
        assertThat(parts.warnings).isEmpty();
    }

    @Test
    void webinarAttendeeReportCountsPanelistsAndAttendeesWhoCameButNotTheHostingAccount() throws Exception {
        SessionParts parts = read(reader, fixture("attendance/zoom-attendees.csv"), "zoom-attendees");

        assertThat(parts.attendance).isEqualTo(new Participation.Attendance(3, "zoom-attendees.csv", List.of(
                "Lucien Castex lucien@example.org", "Ana Ruiz ana@example.org", "Kenji Watanabe"), 90));
        assertThat(parts.sources).containsExactly(
                new SourceFile("zoom-attendees.csv", SourceKind.ATTENDANCE, "zoom-attendees", 5));
        assertThat(parts.warnings).containsExactly(
                "zoom-attendees.csv:17: participant without name or e-mail; skipped",
                "zoom-attendees.csv: 1 row left out of the participant count, as accounts of those running the"
                        + " session (hosting, captioning, interpreting or a room's computer), not participants:"
                        + " IGF Host");
    }

    /**
     * The hosting account (twice, a rejoin), the captioner, the interpreter, a track's co-host account and the
     * room's computer are the organisers' accounts, an interpreter named by a language pair ("Interpreter ES-EN")
     * too, and a captioner's or interpreter's account naming the person after it ("Captioner - Lena", "Interpreter
     * FR (Marc)"); a hub's "Conference Room B", a person on a renamed host account, a surname starting "Host", a
     * society named after computers and an interpreter named by her own name ("Ana-Maria Interpreter") are participants.
     */
    @Test
    void accountsOfThoseRunningTheSessionAreNoParticipants() throws Exception {
        SessionParts parts = read(reader, fixture("attendance/zoom-participants-staff.csv"), "zoom-participants");

        assertThat(parts.attendance.participants()).isEqualTo(5);
        assertThat(parts.attendance.connections()).containsExactly("Conference Room B suva.hub@example.fj",
                "Ana Ruiz (IGF Host) ana@example.org", "Hostetler Ruth ruth@example.org",
                "Computer Science Society css@example.edu", "Ana-Maria Interpreter anamaria@example.ro");
        assertThat(parts.sources).containsExactly(new SourceFile("zoom-participants-staff.csv",
                SourceKind.ATTENDANCE, "zoom-participants", 14));
        assertThat(parts.warnings).containsExactly("zoom-participants-staff.csv: 9 rows left out of the"
                + " participant count, as accounts of those running the session (hosting, captioning, interpreting"
                + " or a room's computer), not participants: IGF Host 2, Captioner (CART), Interpreter EN,"
                + " Interpreter ES-EN, Captioner - Lena, Interpreter FR (Marc), IGF Parliamentary Track Co-host,"
                + " Room PC");
    }

    /** A registration report says who signed up: its registrants apart, never the participant count. */
    @Test
    void aRegistrationReportGivesRegistrantsAndNoAttendance() throws Exception {
        assertThat(detect(reader, fixture("attendance/zoom-registration.csv"))).contains("zoom-registration");
        assertThat(detect(reader, fixture("attendance/zoom-attendees.csv"))).contains("zoom-attendees");

        SessionParts parts = read(reader, fixture("attendance/zoom-registration.csv"), "zoom-registration");

        assertThat(parts.attendance).isNull();
        assertThat(parts.registration).isEqualTo(new Participation.Registration(4, "zoom-registration.csv"));
        assertThat(parts.sources).containsExactly(
                new SourceFile("zoom-registration.csv", SourceKind.ATTENDANCE, "zoom-registration", 5));
    }

    /**
     * A Teams report as downloaded (UTF-16, TABs): each person once from its participants section, the rejoins of
     * its activities not counted again, a guest's and an external account's mark no part of whom they are, the
     * organiser's hosting account left out, and the meeting's minutes from its summary.
     */
    @Test
    void teamsAttendanceReportCountsEachPersonOnce() throws Exception {
        SessionParts parts = read(teams, fixture("attendance/teams-attendance.csv"), "teams-attendance");

        assertThat(parts.attendance).isEqualTo(new Participation.Attendance(5, "teams-attendance.csv", List.of(
                "Ama Owusu (she/her) ama.owusu@parliament.example.gh", "Tendai Moyo (Guest)",
                "Lars Nyberg (External) lars@riksdag.example.se", "Kofi Mensah kofi@example.org",
                "Mrs. Halima Idris"), 93));
        assertThat(parts.sources).containsExactly(
                new SourceFile("teams-attendance.csv", SourceKind.ATTENDANCE, "teams-attendance", 6));
        assertThat(parts.warnings).containsExactly("teams-attendance.csv: 1 row left out of the participant count,"
                + " as accounts of those running the session (hosting, captioning, interpreting or a room's"
                + " computer), not participants: IGF Host");
    }

    /** The same report re-saved as UTF-8 with commas (a title's comma and quotes in a quoted cell) reads alike. */
    @Test
    void aTeamsReportResavedAsUtf8ReadsAlike() throws Exception {
        SessionParts parts = read(teams, fixture("attendance/teams-attendance-utf8.csv"), "teams-attendance");

        assertThat(parts.attendance.participants()).isEqualTo(5);
        assertThat(parts.attendance.meetingMinutes()).isEqualTo(93);
        assertThat(parts.attendance.connections()).contains("Tendai Moyo (Guest)", "Kofi Mensah kofi@example.org");
    }

    /**
     * The download before 2022: one table of joins and leaves; a person who joined three times and a guest counted
     * once each, "Joined before" a join, the minutes from the first to the last time stamp.
     */
    @Test
    void anOldTeamsAttendanceListCountsThoseWhoJoined() throws Exception {
        SessionParts parts = read(teams, fixture("attendance/teams-attendance-2020.csv"), "teams-attendance-2020");

        assertThat(parts.attendance).isEqualTo(new Participation.Attendance(3, "teams-attendance-2020.csv",
                List.of("Nadia Berrada", "Samuel Okoro", "Maria Silva (Guest)"), 64));
        assertThat(parts.sources).containsExactly(
                new SourceFile("teams-attendance-2020.csv", SourceKind.ATTENDANCE, "teams-attendance-2020", 5));
        assertThat(parts.warnings).isEmpty();
    }

    /** A report cut short counts those it lists and says the summary gave more; the Zoom reader does not take it. */
    @Test
    void aTeamsReportCutShortCountsThoseListedAndSaysSo() throws Exception {
        SessionParts parts = read(teams, fixture("attendance/teams-attendance-truncated.csv"), "teams-attendance");

        assertThat(parts.attendance.participants()).isEqualTo(4);
        assertThat(parts.warnings).contains("teams-attendance-truncated.csv: its summary gives 6 attended"
                + " participants but lists 5, so the file may be cut short; those listed are counted");
        assertThat(detect(teams, fixture("attendance/zoom-participants.csv"))).isEmpty();
        assertThat(detect(teams, fixture("attendance/zoom-attendees.csv"))).isEmpty();
    }

    /**
     * Google Meet's attendance sheet: each person once across rejoins, a room's device and an account without a
     * profile by the name it shows; the meeting from the first join to the last exit.
     */
    @Test
    void aMeetAttendanceSheetCountsEachPersonOnce() throws Exception {
        MeetAttendanceReader meet = new MeetAttendanceReader();
        assertThat(detect(meet, fixture("attendance/meet-attendance.csv"))).contains("meet-attendance");
        assertThat(detect(meet, fixture("attendance/zoom-participants.csv"))).isEmpty();
        assertThat(detect(reader, fixture("attendance/meet-attendance.csv"))).isEmpty();

        SessionParts parts = read(meet, fixture("attendance/meet-attendance.csv"), "meet-attendance");

        assertThat(parts.attendance).isEqualTo(new Participation.Attendance(5, "meet-attendance.csv", List.of(
                "Ana Ruiz ana.ruiz@example.org", "Workshop Room 4", "j.mbeki.office j.mbeki.office@example.za",
                "Kwame Mensah kwame@example.gh", "Grace Otieno"), 82));
        assertThat(parts.sources).containsExactly(
                new SourceFile("meet-attendance.csv", SourceKind.ATTENDANCE, "meet-attendance", 6));
    }

    @Test
    void otherExportsAreNotAttendance() {
        assertThat(detect(reader, fixture("poll/zoom-poll-2021.csv"))).isEmpty();
        assertThat(detect(reader, fixture("qa/zoom-qa.csv"))).isEmpty();
        assertThat(detect(reader, fixture("chat/zoom-2021.txt"))).isEmpty();
        assertThat(detect(new ZoomPollReader(), fixture("attendance/zoom-participants.csv"))).isEmpty();
        assertThat(detect(new SlidoQaReader(), fixture("attendance/zoom-attendees.csv"))).isEmpty();
        assertThat(detect(new SlidoPollReader(), fixture("attendance/zoom-attendees.csv"))).isEmpty();
    }
}
