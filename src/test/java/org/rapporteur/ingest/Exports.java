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

    /** Copies a committed fixture to {@code to}, e.g. into a session folder under the name a session would use. */
    static void copy(String path, Path to) {
        try {
            Files.write(to, Files.readAllBytes(fixture(path).path()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /**
     * Asserts the evidence rule as the scorer checks it: the whitespace-collapsed quote occurs in the file read as
     * UTF-8 text, and its first 25 characters occur within the lines around the stated line.
     */
    static void assertVerbatim(InputFile file, org.rapporteur.model.Evidence evidence) throws IOException {
        String text = new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> lines = TextDecoder.lines(text);
        String quote = collapse(evidence.quote());
        assertThat(collapse(text)).contains(quote);
        int line = evidence.line();
        String around = collapse(String.join(" ",
                lines.subList(Math.max(0, line - 2), Math.min(lines.size(), line + 1))));
        assertThat(around).as(evidence.toString()).contains(quote.substring(0, Math.min(25, quote.length())));
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<String> detect(InputReader reader, InputFile file) {
        try {
            return reader.detect(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
