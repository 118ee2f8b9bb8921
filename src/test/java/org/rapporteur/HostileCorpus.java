package org.rapporteur;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A folder of sessions as they come off shared drives, some broken or hostile, written at test time (nothing large
 * is checked in; the 2.5 GB file is sparse). Each session folder is named for what it tests and comes with the
 * outcome it must have: completed (with the warning it must carry, if any), or FAILED with a line naming the
 * file and the reason. Good sessions are among them. Run as one batch by {@link HostileBatchTest}; its
 * {@link #main} writes the same corpus for a run of the built jar (docs/RELIABILITY.md).
 */
final class HostileCorpus {

    /** A session's expected outcome: completed or failed, and words its warning or FAILED line must hold. */
    record Expected(boolean completes, List<String> mentions) {

        static Expected completed(String... mentions) {
            return new Expected(true, List.of(mentions));
        }

        static Expected failed(String... mentions) {
            return new Expected(false, List.of(mentions));
        }
    }

    static final String SQL_TITLE = "Robert'); DROP TABLE SESSIONS; --";
    static final String ESCAPES = "\u001b[31mred\u001b[0m \u001b]0;owned\u0007 bell\u0007 back\b";

    private HostileCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        write(root).forEach((folder, expected) -> System.out.println(
                (expected.completes() ? "completes " : "fails     ") + folder.getFileName().toString()
                        .replace("\n", "\\n") + " " + expected.mentions()));
    }

    /** Writes the corpus under {@code root}; answers each session folder and its expected outcome. */
    static Map<Path, Expected> write(Path root) throws IOException {
        Map<Path, Expected> sessions = new LinkedHashMap<>();
        Files.createDirectories(root);

        // Good sessions, some under names that must still give unique, usable ids.
        sessions.put(good(root, "good-sample"), Expected.completed());
        for (String name : List.of("ws 101", "ws_101", "ws-101", "WS_101")) {
            sessions.put(good(root, name), Expected.completed());
        }
        sessions.put(good(root, "index.html"), Expected.completed());
        sessions.put(good(root, "é".repeat(127) + "x"), Expected.completed());
        sessions.put(good(root, "-rf \"quoted\" 'single'\nnext line ; $(id)"), Expected.completed());

        // Too large: bounded reading keeps the JVM and the other sessions alive.
        Path sparse = folder(root, "sparse-2.5GB");
        Files.writeString(sparse.resolve("transcript.txt"), transcript());
        try (RandomAccessFile f = new RandomAccessFile(sparse.resolve("transcript.txt").toFile(), "rw")) {
            f.setLength(2_500L << 20);
        }
        sessions.put(sparse, Expected.failed("transcript.txt"));
        Path oneLine = folder(root, "single-line-10MB");
        Files.writeString(oneLine.resolve("transcript.txt"), ">> MODERATOR:  " + words(10 << 20, "and"));
        sessions.put(oneLine, Expected.completed("transcript.txt", "only its first", "lines are cut"));
        Path noColon = folder(root, "no-colon-1MB");
        Files.writeString(noColon.resolve("transcript.txt"), transcript() + "\n>> " + words(1 << 20, "so") + "\n");
        sessions.put(noColon, Expected.completed("transcript.txt", "lines are cut"));
        Path speakers = folder(root, "speakers-100k");
        StringBuilder many = new StringBuilder(transcript());
        for (int i = 0; i < 100_000; i++) {
            many.append("\n>> ").append(name(i)).append(":  Yes.\n");
        }
        Files.writeString(speakers.resolve("transcript.txt"), many);
        sessions.put(speakers, Expected.completed("turns; only the first"));
        Path longName = folder(root, "speaker-name-40KB");
        Files.writeString(longName.resolve("transcript.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v "
                + "Ab".repeat(20_000) + ">We should fund community networks.</v>\n\n"
                + "00:00:06.000 --> 00:00:09.000\n<v Ana Ruiz>Governments must act now.</v>\n");
        sessions.put(longName, Expected.completed("a speaker label of"));
        Path title = good(root, "title-1MB");
        Files.writeString(title.resolve("proposal.txt"), "IGF 2024 Open Forum #57 " + "Long title ".repeat(100_000)
                + "\n\nSpeaker 1: Tendai Moyo, Civil Society, African Group\n");
        sessions.put(title, Expected.completed());
        Path chat = good(root, "chat-header-crafted");
        Files.writeString(chat.resolve("chat.txt"), "10:00:00 From  Ana Ruiz  to  Everyone:\n\tHello all\n"
                + "10:00:05 From" + " ".repeat(60_000) + "x\n" + "10:00:09 From  " + "a:  ".repeat(20_000) + "x\n");
        sessions.put(chat, Expected.completed());

        // Broken files: each fails its session or costs a warning, naming the file.
        sessions.put(folder(root, "empty-folder"), Expected.failed("no input files"));
        Path emptyFile = folder(root, "empty-file");
        Files.write(emptyFile.resolve("transcript.txt"), new byte[0]);
        sessions.put(emptyFile, Expected.failed("transcript.txt", "empty"));
        Path binary = folder(root, "binary");
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        Files.write(binary.resolve("transcript.txt"), noise);
        sessions.put(binary, Expected.failed("transcript.txt"));
        Path utf16 = folder(root, "utf16-without-bom");
        Files.write(utf16.resolve("transcript.txt"), transcript().getBytes(StandardCharsets.UTF_16LE));
        sessions.put(utf16, Expected.completed("UTF-16 without a byte order mark"));
        Path cp1252 = folder(root, "windows-1252");
        Files.write(cp1252.resolve("transcript.txt"), (transcript() + "\n>> MODERATOR:  Café résumé – “fine”.\n")
                .getBytes(Charset.forName("windows-1252")));
        sessions.put(cp1252, Expected.completed("not valid UTF-8"));
        Path pdf = folder(root, "truncated-pdf");
        byte[] wholePdf = resource("/ingest/transcript/cart.pdf");
        Files.write(pdf.resolve("transcript.pdf"), Arrays.copyOf(wholePdf, wholePdf.length * 3 / 4));
        sessions.put(pdf, Expected.failed("transcript.pdf"));
        Path pdfTail = folder(root, "truncated-pdf-tail");
        Files.write(pdfTail.resolve("transcript.pdf"), Arrays.copyOf(wholePdf, wholePdf.length - 20));
        sessions.put(pdfTail, Expected.completed("transcript.pdf", "cut short"));
        Path docx = folder(root, "truncated-docx");
        byte[] wholeDocx = resource("/ingest/transcript/cart.docx");
        Files.write(docx.resolve("transcript.docx"), Arrays.copyOf(wholeDocx, wholeDocx.length / 2));
        sessions.put(docx, Expected.failed("transcript.docx"));
        Path xlsx = good(root, "truncated-xlsx");
        byte[] wholeXlsx = resource("/ingest/poll/slido-polls.xlsx");
        Files.write(xlsx.resolve("polls.xlsx"), Arrays.copyOf(wholeXlsx, wholeXlsx.length / 2));
        sessions.put(xlsx, Expected.completed("polls.xlsx"));
        Path zipBomb = good(root, "zip-bomb");
        Files.write(zipBomb.resolve("polls.xlsx"), zip(Map.of("[Content_Types].xml", new byte[10],
                "xl/worksheets/sheet1.xml", new byte[200 << 20])));
        sessions.put(zipBomb, Expected.completed("polls.xlsx"));
        Path xmlBomb = good(root, "xml-bomb");
        Files.write(xmlBomb.resolve("notes.docx"), zip(Map.of(
                "[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "</Types>").getBytes(StandardCharsets.UTF_8),
                "word/document.xml", laughs().getBytes(StandardCharsets.UTF_8))));
        sessions.put(xmlBomb, Expected.completed());
        Path nested = good(root, "html-nested-deep");
        Files.writeString(nested.resolve("page.html"), "<html><body>" + "<div>deep ".repeat(100_000) + "</body></html>");
        sessions.put(nested, Expected.completed());

        // Containment: nothing outside the session folder is read, special files are never opened.
        Path outside = Files.writeString(root.resolveSibling(root.getFileName() + "-secret.txt"), transcript());
        Path escape = folder(root, "symlink-outside");
        Files.createSymbolicLink(escape.resolve("transcript.txt"), outside);
        sessions.put(escape, Expected.failed("transcript.txt", "outside the session folder"));
        Path devZero = folder(root, "symlink-dev-zero");
        Files.createSymbolicLink(devZero.resolve("transcript.txt"), Path.of("/dev/zero"));
        sessions.put(devZero, Expected.failed("transcript.txt", "outside the session folder"));
        Path directory = folder(root, "transcript-is-a-folder");
        Files.write(directory.resolve("proposal.txt"), resource("/ingest/proposal/proposal-2024.txt"));
        Files.createDirectories(directory.resolve("transcript.txt"));
        sessions.put(directory, Expected.failed("transcript.txt", "a folder"));
        Path fifo = good(root, "fifo-beside");
        if (mkfifo(fifo.resolve("chat.txt"))) {
            sessions.put(fifo, Expected.completed("chat.txt", "not a regular file"));
        }

        // Hostile text: inert in every output, shown as written.
        Path hostile = good(root, "hostile-text");
        Files.writeString(hostile.resolve("proposal.txt"), "IGF 2024 Open Forum #57 " + SQL_TITLE + " " + ESCAPES
                + "\n\nSpeaker 1: " + SQL_TITLE + ", Civil Society, African Group\n");
        Files.writeString(hostile.resolve("transcript.txt"), transcript() + "\n>> MODERATOR:  Governments must "
                + "fund community networks " + ESCAPES + " now.\n");
        sessions.put(hostile, Expected.completed());
        return sessions;
    }

    /** A session folder holding the small caption transcript and its session page. */
    private static Path good(Path root, String name) throws IOException {
        Path folder = folder(root, name);
        Files.writeString(folder.resolve("transcript.txt"), transcript());
        Files.write(folder.resolve("proposal.txt"), resource("/ingest/proposal/proposal-2024.txt"));
        return folder;
    }

    private static Path folder(Path root, String name) throws IOException {
        return Files.createDirectories(root.resolve(name));
    }

    private static String transcript() throws IOException {
        return new String(resource("/ingest/transcript/cart.txt"), StandardCharsets.UTF_8).replace("\uFEFF", "");
    }

    private static byte[] resource(String path) throws IOException {
        try {
            return Files.readAllBytes(Path.of(HostileCorpus.class.getResource(path).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Words without a sentence mark, about {@code chars} long. */
    private static String words(int chars, String joiner) {
        String[] vocabulary = {"community", "networks", "need", "spectrum", "fees", "waived", "regulators", "listen"};
        StringBuilder s = new StringBuilder(chars + 16);
        for (int i = 0; s.length() < chars; i++) {
            s.append(vocabulary[i % vocabulary.length]).append(i % 5 == 4 ? " " + joiner + " " : " ");
        }
        return s.toString();
    }

    /** The i-th of many distinct two-word capitalised names. */
    private static String name(int i) {
        return "SPEAKER " + Integer.toString(i, 26).chars().mapToObj(c -> String.valueOf(
                (char) ('A' + Character.digit(c, 26)))).reduce("", String::concat);
    }

    private static String laughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        return dtd + "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder(new ArrayList<>(List.of("mkfifo", path.toString()))).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
