package org.rapporteur.ingest;

import java.io.IOException;
import java.util.Optional;

/**
 * A reader of one family of input formats. A new format is one new implementation, registered in
 * {@link InputReaders#all()}, and its fixtures.
 */
public interface InputReader {

    /** The detected format name ("igf-cart", "zoom-chat-2021", ...) if this reader reads the file, else empty. */
    Optional<String> detect(InputFile file) throws IOException;

    /**
     * Reads the file into {@code parts}, adding its {@link org.rapporteur.model.SourceFile} entry and a warning
     * (naming the file and line) for every part it had to skip. Throws only when nothing usable can be read.
     */
    void read(InputFile file, String format, SessionParts parts) throws InputException, IOException;
}
