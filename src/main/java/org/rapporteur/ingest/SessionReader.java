package org.rapporteur.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.tika.Tika;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.Session;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.SourceKind;
import org.rapporteur.model.Text;

/**
 * Reads one session folder into a {@link Session}. The folder's regular, non-hidden files are taken in name order
 * (no recursion); each is typed by Tika from its content and handed to the first reader in
 * {@link InputReaders#all()} that detects it. Rules:
 * <ul>
 *   <li>A transcript is required: without one the session fails with an {@link InputException} that names the
 *       file that could not be read, or the folder and what its files were.</li>
 *   <li>Several transcripts: the one with the most turns is used (on a tie, the first by name); the others are
 *       named in a warning and left out of the sources.</li>
 *   <li>An empty file, a file no reader detects, or a broken non-transcript file is a warning; the rest of the
 *       session is still read.</li>
 *   <li>No session page: the session is titled by its id, with a warning.</li>
 *   <li>A session code the transcript's title gives that differs from the page's is kept in the other codes
 *       (WS #530 ran as Town Hall #110).</li>
 * </ul>
 * Speakers are then resolved against the people the session page lists ({@link SpeakerResolver}).
 * Thread-safe: one instance may read many folders at once.
 */
public final class SessionReader {

    private final Tika tika = new Tika();
    private final List<InputReader> readers;
    private final SpeakerResolver resolver = new SpeakerResolver();

    public SessionReader() {
        this(InputReaders.all());
    }

    SessionReader(List<InputReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** What one file gave: its own parts, or why it gave nothing. */
    private record FileResult(String name, SessionParts parts, InputException failure) {

        boolean isTranscript() {
            return parts != null && parts.sources.stream().anyMatch(s -> s.kind() == SourceKind.TRANSCRIPT);
        }
    }

    public Session read(String id, Path folder) throws InputException {
        List<Path> files = inputFiles(folder);
        if (files.isEmpty()) {
            throw new InputException(folder.toString(), "the session folder holds no input files");
        }
        List<FileResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path path : files) {
            FileResult r = readFile(folder, path, notes);
            if (r != null) {
                results.add(r);
            }
        }
        List<FileResult> transcripts = results.stream().filter(FileResult::isTranscript).toList();
        if (transcripts.isEmpty()) {
            throw noTranscript(folder, files.size(), results, notes);
        }
        FileResult chosen = transcripts.stream()
                .max(Comparator.comparingInt((FileResult r) -> r.parts().turns.size())
                        .thenComparing(FileResult::name, Comparator.reverseOrder()))
                .orElseThrow();

        SessionParts all = new SessionParts();
        for (FileResult r : results) {
            if (r.failure() != null) {
                all.warn(r.failure().getMessage());
            } else if (!r.isTranscript() || r == chosen) {
                merge(r, all);
            }
        }
        all.warnings.addAll(notes);
        if (transcripts.size() > 1) {
            all.warn(transcripts.size() + " transcripts: using " + chosen.name() + " ("
                    + chosen.parts().turns.size() + " turns, the most); ignored "
                    + String.join(", ", transcripts.stream().filter(t -> t != chosen)
                    .map(t -> t.name() + " (" + t.parts().turns.size() + " turns)").toList()));
        }
        SessionInfo info;
        List<Person> listed;
        if (all.proposal != null) {
            SessionInfo p = all.proposal.info();
            info = new SessionInfo(id, p.code(), completeTitle(p.title(), all), p.format(), p.durationMinutes(),
                    p.policyQuestions(), p.sdgs(), otherCodes(p, all.sessionCodes));
            listed = all.proposal.people();
        } else {
            info = SessionInfo.untitled(id);
            listed = List.of();
            all.warn("no session page (proposal) found: title, listed people and policy questions unknown");
        }
        SpeakerResolver.Resolution speakers = resolver.resolve(listed, all.turns);
        all.warnings.addAll(speakers.warnings());
        return new Session(info, speakers.people(), speakers.turns(), all.chat,
                all.polls.stream().map(PollTally::withMean).toList(), all.questions, all.attendance, all.sources,
                all.warnings);
    }

    /**
     * Session pages cut long titles short ("… connected everything’s resili"): where a transcript's title line
     * starts with the page's title and goes on, the longer one is the title, and a warning says so.
     */
    private static String completeTitle(String title, SessionParts parts) {
        String cut = comparable(title);
        for (String other : parts.sessionTitles) {
            if (other.length() > title.length() && comparable(other).startsWith(cut)) {
                parts.warn("the session page's title is cut short; completed from the transcript's title: " + other);
                return other;
            }
        }
        return title;
    }

    private static String comparable(String title) {
        return Text.collapse(title.replace('\u2019', '\'')).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the folder holds a file some reader recognises: the test that tells a session folder from a folder
     * of sessions. Folders named "*.reference" hold material kept beside sessions, never a session.
     */
    public boolean hasRecognisedInput(Path folder) {
        Path name = folder.getFileName();
        if (!Files.isDirectory(folder) || name == null || hidden(name.toString())
                || name.toString().endsWith(".reference")) {
            return false;
        }
        try {
            for (Path path : inputFiles(folder)) {
                if (Files.size(path) > 0 && recognise(inputFile(folder, path)).isPresent()) {
                    return true;
                }
            }
            return false;
        } catch (InputException | IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<Path> inputFiles(Path folder) throws InputException {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(),
                    Files.exists(folder) ? "not a folder" : "no such session folder");
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> !hidden(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), "the session folder cannot be listed: " + e.getMessage(), e);
        }
    }

    /** Hidden files and the lock files office programs leave beside open documents. */
    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("~$");
    }

    /** Reads one file on its own; null (with a note) when it is empty or of no known format. */
    private FileResult readFile(Path folder, Path path, List<String> notes) {
        String name = folder.relativize(path).toString();
        try {
            if (Files.size(path) == 0) {
                notes.add(name + ": empty file; skipped");
                return null;
            }
            InputFile file = inputFile(folder, path);
            Optional<Recognised> recognised = recognise(file);
            if (recognised.isEmpty()) {
                notes.add(name + ": not a recognised input (type " + file.mediaType() + "); skipped");
                return null;
            }
            SessionParts parts = new SessionParts();
            recognised.get().reader().read(file, recognised.get().format(), parts);
            if (file.isText() && file.text().warning() != null && !parts.warnings.contains(file.text().warning())) {
                parts.warn(file.text().warning());
            }
            return new FileResult(name, parts, null);
        } catch (InputException e) {
            return new FileResult(name, null, e);
        } catch (IOException | RuntimeException e) {
            // A damaged file or a reader's defect costs this file only, never the session.
            return new FileResult(name, null, new InputException(name, "cannot be read: " + e.getMessage(), e));
        }
    }

    /** The first reader that recognises the file, and the format it recognised. */
    private record Recognised(InputReader reader, String format) {
    }

    private Optional<Recognised> recognise(InputFile file) throws IOException {
        for (InputReader reader : readers) {
            Optional<String> format = reader.detect(file);
            if (format.isPresent()) {
                return Optional.of(new Recognised(reader, format.get()));
            }
        }
        return Optional.empty();
    }

    private InputFile inputFile(Path folder, Path path) throws IOException {
        return new InputFile(path, folder.relativize(path).toString(), tika.detect(path));
    }

    private static void merge(FileResult r, SessionParts into) {
        SessionParts p = r.parts();
        if (p.proposal != null) {
            if (into.proposal == null) {
                into.proposal = p.proposal;
            } else {
                into.warn(r.name() + ": a second session page; ignored");
            }
        }
        if (p.attendance != null) {
            if (into.attendance == null) {
                into.attendance = p.attendance;
            } else {
                into.warn(r.name() + ": a second attendance report; ignored");
            }
        }
        into.turns.addAll(p.turns);
        appendChat(p.chat, into.chat);
        into.polls.addAll(p.polls);
        into.questions.addAll(p.questions);
        into.sources.addAll(p.sources);
        into.sessionCodes.addAll(p.sessionCodes);
        into.sessionTitles.addAll(p.sessionTitles);
        into.warnings.addAll(p.warnings);
    }

    /**
     * Appends one file's chat: each reader numbers its messages from 0, so index and reply links move past the
     * messages already merged.
     */
    private static void appendChat(List<ChatMessage> chat, List<ChatMessage> into) {
        int offset = into.size();
        for (ChatMessage m : chat) {
            into.add(new ChatMessage(m.index() + offset, m.time(), m.sender(), m.recipient(), m.direct(), m.text(),
                    m.file(), m.line(), m.replyTo() == null ? null : m.replyTo() + offset, m.reactions()));
        }
    }

    /** The page's other codes and those other files give, when they differ from the page's own code. */
    private static List<String> otherCodes(SessionInfo page, List<String> named) {
        List<String> codes = new ArrayList<>(page.otherCodes());
        for (String code : named) {
            boolean known = Stream.concat(Stream.ofNullable(page.code()), codes.stream())
                    .anyMatch(c -> c.replaceAll("\\s+", "").equalsIgnoreCase(code.replaceAll("\\s+", "")));
            if (!known) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static InputException noTranscript(Path folder, int fileCount, List<FileResult> results,
                                               List<String> notes) {
        List<String> why = new ArrayList<>(notes);
        results.stream().filter(r -> r.failure() != null).forEach(r -> why.add(r.failure().getMessage()));
        Optional<FileResult> failed = results.stream().filter(r -> r.failure() != null).findFirst();
        String reason = "no transcript could be read from the " + fileCount + " file(s) of the session"
                + (why.isEmpty() ? "" : " (" + String.join("; ", why) + ")");
        return failed.map(f -> new InputException(f.name(), reason, f.failure()))
                .orElseGet(() -> new InputException(folder.toString(), reason));
    }
}
