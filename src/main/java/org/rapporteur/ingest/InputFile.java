package org.rapporteur.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * One file of a session folder as the readers see it: its path, its name relative to the folder (the name used
 * in evidence and warnings), the MIME type Tika detected from its content, and its decoded text when it is text.
 * Reading, decoding, text extraction and the first rows of a table happen once, on first use.
 * <p>
 * Reading is bounded ({@link Limits}): a text file longer than its limit is read up to the last whole line
 * within it, with a warning; any other file past the document limit is not read at all.
 */
public final class InputFile {

    static {
        // Bounds every docx and xlsx part before POI inflates it into memory.
        ZipSecureFile.setMaxEntrySize(Limits.PACKAGE_PART_BYTES);
    }

    private final Path path;
    private final String name;
    private final String mediaType;
    private final long textLimit;
    private byte[] bytes;
    private long size = -1;
    private SourceText text;
    private SourceText content;
    private TableFile tableHead;

    public InputFile(Path path, String name, String mediaType) {
        this(path, name, mediaType, Limits.TEXT_BYTES);
    }

    /**
     * A file whose text is read up to {@code textLimit} bytes: detection needs only a file's first lines, and a
     * reader's own speed is measured past the session's limit.
     */
    public InputFile(Path path, String name, String mediaType, long textLimit) {
        this.path = path;
        this.name = name;
        this.mediaType = mediaType;
        this.textLimit = textLimit;
    }

    public Path path() {
        return path;
    }

    public String name() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isText() {
        return mediaType.startsWith("text/") || mediaType.equals("application/x-subrip");
    }

    /** The file's bytes: a text file's first {@code textLimit} bytes, any other file whole within the limit. */
    public synchronized byte[] bytes() throws IOException {
        if (bytes == null) {
            size = Files.size(path);
            long limit = isText() ? textLimit : Limits.DOCUMENT_BYTES;
            if (!isText() && size > limit) {
                throw new IOException("the file is " + Limits.megabytes(size) + ", more than the "
                        + Limits.megabytes(limit) + " a document may have; not read");
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(size, limit));
            }
        }
        return bytes;
    }

    /** Whether the text was cut at the text limit. */
    synchronized boolean truncated() throws IOException {
        bytes();
        return isText() && size > bytes.length;
    }

    /** The decoded lines of a text file (cut at the last whole line within the limit, with a warning). */
    public synchronized SourceText text() throws IOException {
        if (text == null) {
            byte[] b = bytes();
            if (truncated()) {
                text = TextDecoder.decodeTruncated(name, b, Limits.megabytes(size), Limits.megabytes(textLimit));
            } else {
                text = TextDecoder.decode(name, b);
            }
        }
        return text;
    }

    /** The warnings reading the file's text or content gave so far (truncation, encoding, cut lines). */
    synchronized List<String> warnings() {
        return Stream.of(text, content).filter(t -> t != null && t.warning() != null)
                .map(SourceText::warning).distinct().toList();
    }

    /**
     * The readable text as lines, whatever the document type: the decoded lines of a text file, the text of an
     * HTML, Word or PDF document (see {@link DocumentText} for what a line is there), nothing for a binary file,
     * a spreadsheet or any other kind of file.
     */
    public synchronized SourceText content() throws IOException {
        if (content == null) {
            content = DocumentText.of(this);
        }
        return content;
    }

    /**
     * The first rows of the file as a table ({@link TableFile#sniff}), shared by the table readers' detection so a
     * workbook is opened and a CSV parsed once however many readers look at it.
     */
    synchronized TableFile tableHead() throws IOException {
        if (tableHead == null) {
            tableHead = TableFile.sniff(this);
        }
        return tableHead;
    }
}
