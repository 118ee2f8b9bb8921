package org.rapporteur.ingest;

import java.util.List;

/** Every reader, in the order they are asked: the first whose detect() answers reads the file. */
final class InputReaders {

    private InputReaders() {
    }

    static List<InputReader> all() {
        return List.of(
                new ProposalReader(),
                new CaptionTranscriptReader(),
                new SubtitleReader(),
                new TimestampedTranscriptReader(),
                new ZoomChatReader(),
                new ZoomPollReader(),
                new ZoomQaReader(),
                new TeamsAttendanceReader(),
                new ZoomAttendanceReader(),
                new MeetAttendanceReader(),
                new FormsPollReader(),
                new MentimeterReader(),
                new SlidoQaReader(),
                new SlidoPollReader(),
                new ColumnMappingReader(),
                new UnreadableSpreadsheetReader()
        );
    }
}
