package org.rapporteur.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of a session folder as the readers see it: its path, its name relative to the folder (the name used
 * in evidence and warnings), the MIME type Tika detected from its content, and its decoded text when it is text.
 * Reading, decoding, text extraction and the first rows of a table happen once, on first use.
 */
public final class InputFile {

    private final Path path;
    private final String name;
    private final String mediaType;
    private byte[] bytes;
    private SourceText text;
    private SourceText content;
    private TableFile tableHead;

    public InputFile(Path path, String name, String mediaType) {
        this.path = path;
        this.name = name;
        this.mediaType = mediaType;
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

    public synchronized byte[] bytes() throws IOException {
        if (bytes == null) {
            bytes = Files.readAllBytes(path);
        }
        return bytes;
    }

    /** The decoded lines of a text file. */
    public synchronized SourceText text() throws IOException {
        if (text == null) {
            text = TextDecoder.decode(name, bytes());
        }
        return text;
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
