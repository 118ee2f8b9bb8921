package org.rapporteur.ingest;

import java.util.Locale;

/**
 * What a reader will read, chosen so that a real session of many hours passes with room to spare (a day-long
 * caption transcript is under 1 MB, its longest line under 10,000 characters) while no file can take a session's
 * memory or time: docs/RELIABILITY.md lists each limit and what happens past it.
 */
public final class Limits {

    /** A text file (transcript, chat, CSV, HTML page) is read up to here, with a warning; the rest is left out. */
    public static final long TEXT_BYTES = 4L << 20;
    /** A document (docx, pdf, xlsx) larger than this is not opened. */
    public static final long DOCUMENT_BYTES = 32L << 20;
    /** Text extracted from a document (pdf, docx) beyond this many characters is left out, with a warning. */
    public static final int DOCUMENT_CHARS = 4 << 20;
    /** A line longer than this is cut, with a warning: five times the longest turn of a real transcript. */
    public static final int LINE_CHARS = 50_000;
    /** Lines of a text file read, with a warning past it: a day-long transcript has some 20,000. */
    public static final int LINES = 200_000;
    /** Turns of a transcript: a day-long plenary has some 2,000; past this the rest is left out, with a warning. */
    public static final int TURNS = 5_000;
    /** Rows of one sheet: a poll or attendance export of a large plenary has a few thousand. */
    public static final int TABLE_ROWS = 100_000;
    /** Cells of one row. */
    public static final int ROW_CELLS = 1_000;
    /** One part of a docx or xlsx package, inflated: POI refuses larger ones before building them in memory. */
    public static final long PACKAGE_PART_BYTES = 24L << 20;
    /** How much of a text file discovery reads to tell a session folder from a folder of sessions. */
    public static final long SNIFF_BYTES = 64L << 10;

    private Limits() {
    }

    static String megabytes(long bytes) {
        return bytes >= 1L << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20))
                : String.format(Locale.ROOT, "%d KB", (bytes + 1023) >> 10);
    }
}
