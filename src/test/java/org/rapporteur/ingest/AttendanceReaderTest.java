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
    void webinarAttendeeReportCountsHostsPanelistsAndAttendeesWhoCame() throws Exception {
        SessionParts parts = read(reader, fixture("attendance/zoom-attendees.csv"), "zoom-attendees");

        assertThat(parts.attendance).isEqualTo(new Participation.Attendance(4, "zoom-attendees.csv", List.of(
                "IGF Host host@example.org", "Lucien Castex lucien@example.org", "Ana Ruiz ana@example.org",
                "Kenji Watanabe"), 90));
        assertThat(parts.sources).containsExactly(
                new SourceFile("zoom-attendees.csv", SourceKind.ATTENDANCE, "zoom-attendees", 5));
        assertThat(parts.warnings).containsExactly(
                "zoom-attendees.csv:17: participant without name or e-mail; skipped");
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
