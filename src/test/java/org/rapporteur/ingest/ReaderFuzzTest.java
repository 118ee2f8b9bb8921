package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader over inputs no export would hold: random bytes, real fixtures mutated at random (bytes flipped,
 * cut short, lines repeated, hostile runs inserted) and fixtures with a line built to make a careless regular
 * expression backtrack. Whatever the input, a reader answers or throws the tool's own input error
 * ({@link InputException}, or the {@link IOException} the reader contract allows for a damaged file), and each
 * input finishes within a generous bound (a hang guard, not a speed target). Seeded: a failure names its seed
 * and repeats.
 */
class ReaderFuzzTest {

    private static final long SEED = 20261206L;
    /** Far above what any input here takes (milliseconds): only a hang or a runaway backtrack reaches it. */
    private static final Duration PER_INPUT = Duration.ofSeconds(20);
    private static final int LONG = 30_000;

    /** Lines that make an ill-made pattern backtrack: long runs of what patterns repeat, with no match at the end. */
    private static final List<IntFunction<String>> HOSTILE_LINES = List.of(
            n -> " ".repeat(n) + "x",
            n -> "\t".repeat(n) + "x",
            n -> ":".repeat(n),
            n -> ">>" + " ".repeat(n) + "x",
            n -> ">> " + "A ".repeat(n / 2),
            n -> "10:00:00 From" + " ".repeat(n) + "x",
            n -> "10:00:00 From  " + "a:  ".repeat(n / 4) + "x",
            n -> "10:00:00\t" + "a:".repeat(n / 2) + "\tx\tb",
            n -> "10:00:00\t From " + "  to  ".repeat(n / 6),
            n -> "(".repeat(n) + "x",
            n -> "<v ".repeat(n / 3),
            n -> "A".repeat(n) + "'",
            n -> "Name" + ", ".repeat(n / 2),
            n -> "1. ".repeat(n / 3),
            n -> "00:00:01.000 --> ".repeat(n / 17),
            n -> "I am " + "Ab ".repeat(n / 3),
            n -> "\"".repeat(n),
            n -> "Replying to \"" + "\" ".repeat(n / 2));

    @Test
    void randomBytesGiveAnswersOrInputErrors(@TempDir Path dir) throws Exception {
        Random random = new Random(SEED);
        String[] names = {"transcript.txt", "chat.txt", "poll.csv", "captions.vtt", "page.html", "doc.docx",
            "poll.xlsx", "transcript.pdf", "file"};
        for (int i = 0; i < 45; i++) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            check(dir, "random-" + i, names[i % names.length], bytes);
        }
    }

    @Test
    void mutatedFixturesGiveAnswersOrInputErrors(@TempDir Path dir) throws Exception {
        Random random = new Random(SEED + 1);
        List<Path> fixtures = fixtures();
        assertThat(fixtures).hasSizeGreaterThan(20);
        for (int round = 0; round < 3; round++) {
            for (Path fixture : fixtures) {
                byte[] mutated = mutate(Files.readAllBytes(fixture), random);
                check(dir, "mutated-" + round, fixture.getFileName().toString(), mutated);
            }
        }
    }

    /** One real export per family of readers, where the hostile line is put. */
    private static final List<String> CARRIERS = List.of("transcript/cart.txt", "transcript/cart.html",
            "chat/zoom-2020.txt", "chat/zoom-mid2021.txt", "chat/zoom-cloud.txt", "timed/teams.vtt",
            "timed/captions.srt", "timed/otter.txt", "poll/zoom-poll-2021.csv", "proposal/proposal-2024.txt");

    @Test
    void hostileLinesInRealExportsFinishWithinTheBound(@TempDir Path dir) throws Exception {
        for (String carrier : CARRIERS) {
            Path fixture = Exports.fixture(carrier).path();
            List<String> lines = Files.readAllLines(fixture, StandardCharsets.UTF_8);
            for (int h = 0; h < HOSTILE_LINES.size(); h++) {
                List<String> hostile = new ArrayList<>(lines);
                // As long as a line may be: a pattern that backtracks quadratically takes minutes on it.
                hostile.add(Math.min(3, hostile.size()), HOSTILE_LINES.get(h).apply(Limits.LINE_CHARS));
                check(dir, "hostile-" + h, fixture.getFileName().toString(),
                        String.join("\n", hostile).getBytes(StandardCharsets.UTF_8), false);
            }
        }
    }

    /**
     * Runs every reader's detection on the input, and its reading where it detects it; then, if asked, the whole
     * session folder.
     */
    private static void check(Path dir, String label, String name, byte[] bytes) throws IOException {
        check(dir, label, name, bytes, true);
    }

    private static void check(Path dir, String label, String name, byte[] bytes, boolean session)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve(label + "-" + name));
        Path file = Files.write(folder.resolve(name), bytes);
        assertTimeoutPreemptively(PER_INPUT, () -> {
            // One InputFile for all readers, as SessionReader asks them: what one reader decoded, the next reuses.
            InputFile input = Exports.file(file);
            for (InputReader reader : InputReaders.all()) {
                try {
                    var format = reader.detect(input);
                    if (format.isPresent()) {
                        reader.read(input, format.get(), new SessionParts());
                    }
                } catch (InputException | IOException expected) {
                    // The tool's own input errors: what the reader contract allows.
                }
            }
            try {
                if (session) {
                    new SessionReader().read("fuzz", folder);
                }
            } catch (InputException expected) {
                // No transcript in the input: the session fails with a message naming the file.
                assertThat(expected.file()).isNotBlank();
            }
        }, () -> label + " " + name + " (seed " + SEED + ")");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int k = 0; k < 1 + out.length / 50; k++) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> out = Arrays.copyOf(out, random.nextInt(out.length));
            case 2 -> {
                int at = random.nextInt(out.length);
                byte[] run = new byte[LONG];
                byte[] choices = "  :(>\t\"<,;".getBytes(StandardCharsets.US_ASCII);
                Arrays.fill(run, choices[random.nextInt(choices.length)]);
                out = concat(Arrays.copyOf(out, at), run, Arrays.copyOfRange(bytes, at, bytes.length));
            }
            case 3 -> {
                int from = random.nextInt(out.length);
                int to = Math.min(out.length, from + 1 + random.nextInt(200));
                byte[] piece = Arrays.copyOfRange(out, from, to);
                byte[] repeated = new byte[piece.length * 200];
                for (int k = 0; k < 200; k++) {
                    System.arraycopy(piece, 0, repeated, k * piece.length, piece.length);
                }
                out = concat(Arrays.copyOf(out, to), repeated, Arrays.copyOfRange(bytes, to, bytes.length));
            }
            default -> {
                for (int k = 0; k < out.length; k += 1 + random.nextInt(40)) {
                    out[k] = (byte) "\u0000\u001b\r\n\t\u00ff".charAt(random.nextInt(6));
                }
            }
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static List<Path> fixtures() {
        try (Stream<Path> files = Files.walk(Path.of(ReaderFuzzTest.class.getResource("/ingest").toURI()))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".properties"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
