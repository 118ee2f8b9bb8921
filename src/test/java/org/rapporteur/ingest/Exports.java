package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.Tika;

/** Export fixtures as the readers see them: an InputFile whose media type Tika detected, read into parts. */
final class Exports {

    private static final Tika TIKA = new Tika();

    private Exports() {
    }

    /** A committed fixture under src/test/resources/ingest, e.g. {@code "chat/zoom-2020.txt"}. */
    static InputFile fixture(String path) {
        try {
            return file(Path.of(Exports.class.getResource("/ingest/" + path).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    static InputFile write(Path dir, String name, byte[] bytes) {
        try {
            return file(Files.write(dir.resolve(name), bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputFile file(Path path) {
        try {
            return new InputFile(path, path.getFileName().toString(), TIKA.detect(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Detects and reads, asserting that the reader recognises the file as {@code format}. */
    static SessionParts read(InputReader reader, InputFile file, String format) throws Exception {
        assertThat(reader.detect(file)).contains(format);
        SessionParts parts = new SessionParts();
        reader.read(file, format, parts);
        return parts;
    }

    static Optional<String> detect(InputReader reader, InputFile file) {
        try {
            return reader.detect(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
