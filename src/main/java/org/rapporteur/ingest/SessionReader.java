package org.rapporteur.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.tika.Tika;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Participation;
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
 * Speakers are then resolved against the people the session page lists ({@link SpeakerResolver}); a transcript
 * without speakers' names or punctuation is warned about first ({@link TranscriptShape}).
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
        return read(id, folder, name -> { });
    }

    /** Reads the session, telling {@code reading} the name of each file as it starts on it. */
    public Session read(String id, Path folder, Consumer<String> reading) throws InputException {
        Listing listing = inputFiles(folder);
        List<Path> files = listing.files();
        List<Unread> notes = new ArrayList<>(listing.refused());
        if (files.isEmpty()) {
            List<String> why = listing.unread().stream().map(Unread::toString).toList();
            throw new InputException(listing.firstUnread().orElse(folder.toString()),
                    "the session folder holds no input files" + (why.isEmpty() ? "" : " (" + String.join("; ", why) + ")"));
        }
        List<FileResult> results = new ArrayList<>();
        for (Path path : files) {
            reading.accept(folder.relativize(path).toString());
            FileResult r = readFile(folder, path, notes);
            if (r != null) {
                results.add(r);
            }
        }
        List<FileResult> transcripts = results.stream().filter(FileResult::isTranscript).toList();
        if (transcripts.isEmpty()) {
            throw noTranscript(folder, files.size(), results, notes, listing);
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
        notes.forEach(n -> all.warnings.add(n.toString()));
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
                    p.policyQuestions(), p.sdgs(), otherCodes(p, all.sessionCodes)).withTheme(p.theme());
            listed = all.proposal.people();
        } else {
            info = SessionInfo.untitled(id);
            listed = List.of();
            all.warn("no session page (proposal) found: title, listed people and policy questions unknown");
        }
        if (all.turns.size() > Limits.TURNS) {
            all.warn(chosen.name() + ": " + all.turns.size() + " turns; only the first " + Limits.TURNS
                    + " are reported");
            all.turns.subList(Limits.TURNS, all.turns.size()).clear();
        }
        SpeakerResolver.Resolution speakers = resolver.resolve(listed, all.turns);
        all.warnings.addAll(0, TranscriptShape.warnings(chosen.name(), speakers.turns()));
        all.warnings.addAll(speakers.warnings());
        return new Session(info, speakers.people(), speakers.turns(), all.chat,
                all.polls.stream().map(PollTally::withMean).toList(), all.questions, all.attendance, all.sources,
                all.warnings, all.registration);
    }

    /**
     * Session pages cut long titles short ("… connected everything’s resili"): where a transcript's title line
     * starts with the page's title and goes on, the longer one is the title, and a warning says so.
     */
    private static String completeTitle(String title, SessionParts parts) {
        String cut = comparable(title);
        for (String other : parts.sessionTitles) {
            if (other.length() > title.length() && comparable(other).startsWith(cut)) {
                parts.warn("The session page's title is cut short; the report uses the transcript's full title: "
                        + other);
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
            for (Path path : inputFiles(folder).files()) {
                // A prefix of each text file is enough to recognise it: discovery never reads a huge file whole.
                if (Files.size(path) > 0 && recognise(inputFile(folder, path, Limits.SNIFF_BYTES)).isPresent()) {
                    return true;
                }
            }
            return false;
        } catch (InputException | IOException | RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * The files of a session folder that may be read, and why the others may not: "name: reason" for each.
     * Folders inside a session folder are listed apart, since they only matter when no transcript was found.
     */
    private record Listing(List<Path> files, List<Unread> refused, List<Unread> folders) {

        /** Each refused file and each folder, refused files first. */
        List<Unread> unread() {
            return Stream.concat(refused.stream(), folders.stream()).toList();
        }

        Optional<String> firstUnread() {
            return unread().stream().findFirst().map(Unread::name);
        }
    }

    /** A folder entry not read, and why. */
    private record Unread(String name, String reason) {

        @Override
        public String toString() {
            return name + ": " + reason;
        }
    }

    /**
     * The regular, non-hidden files of the folder in name order. Nothing outside the folder is read: a symbolic
     * link leading out of it is refused, and special files (FIFOs, devices, sockets) are never opened, since
     * opening one can block forever or read without end.
     */
    private static Listing inputFiles(Path folder) throws InputException {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(),
                    Files.exists(folder) ? "not a folder" : "no such session folder");
        }
        List<Path> entries;
        Path real;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(p -> !hidden(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
            real = folder.toRealPath();
        } catch (IOException e) {
            throw new InputException(folder.toString(), "the session folder cannot be listed: " + e.getMessage(), e);
        }
        List<Path> files = new ArrayList<>();
        List<Unread> refused = new ArrayList<>();
        List<Unread> folders = new ArrayList<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            try {
                if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(real)) {
                    refused.add(new Unread(name, "a symbolic link to " + Files.readSymbolicLink(p)
                            + ", outside the session folder; not read"));
                } else if (Files.isRegularFile(p)) {
                    files.add(p);
                } else if (Files.isDirectory(p)) {
                    folders.add(new Unread(name, "a folder, not a file; not read"));
                } else {
                    refused.add(new Unread(name, "not a regular file (a FIFO, device or socket); not opened"));
                }
            } catch (IOException e) {
                refused.add(new Unread(name, "a broken symbolic link; not read"));
            }
        }
        return new Listing(files, refused, folders);
    }

    /** Hidden files and the lock files office programs leave beside open documents. */
    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("~$");
    }

    /** Reads one file on its own; null (with a note) when it is empty or of no known format. */
    private FileResult readFile(Path folder, Path path, List<Unread> notes) {
        String name = folder.relativize(path).toString();
        try {
            if (Files.size(path) == 0) {
                notes.add(new Unread(name, "empty file; skipped"));
                return null;
            }
            InputFile file = inputFile(folder, path, Limits.TEXT_BYTES);
            Optional<Recognised> recognised = recognise(file);
            if (recognised.isEmpty()) {
                notes.add(new Unread(name, "not a recognised input (type " + file.mediaType() + "); skipped"));
                return null;
            }
            SessionParts parts = new SessionParts();
            recognised.get().reader().read(file, recognised.get().format(), parts);
            if (file.isText()) {
                file.text();
            }
            file.warnings().stream().filter(w -> !parts.warnings.contains(w)).forEach(parts::warn);
            return new FileResult(name, parts, null);
        } catch (InputException e) {
            return new FileResult(name, null, e);
        } catch (IOException | RuntimeException e) {
            // A damaged file or a reader's defect costs this file only, never the session.
            return new FileResult(name, null, new InputException(name, "cannot be read: " + e.getMessage(), e));
        } catch (StackOverflowError e) {
            // A parser recursing into a document nested without end.
            return new FileResult(name, null, new InputException(name, "cannot be read: nested too deeply", e));
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

    private InputFile inputFile(Path folder, Path path, long textLimit) throws IOException {
        String type = tika.detect(path);
        if (type.equals("application/octet-stream") && TextDecoder.utf16WithoutBom(prefix(path)) != null) {
            type = "text/plain";
        }
        return new InputFile(path, folder.relativize(path).toString(), type, textLimit);
    }

    private static byte[] prefix(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(4096);
        }
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
            mergeAttendance(r.name(), p.attendance, into);
        }
        if (p.registration != null) {
            if (into.registration == null) {
                into.registration = p.registration;
            } else {
                into.warn(r.name() + ": a second registration report; ignored");
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
     * One attendance count per session: an export listing who came is kept over another report's meeting line, which
     * counts connections (the host's and rejoins among them), whichever is read first; of two exports the first is
     * kept, with a warning; of two meeting lines (two poll reports of one meeting) the first.
     */
    private static void mergeAttendance(String file, Participation.Attendance found, SessionParts into) {
        Participation.Attendance kept = into.attendance;
        if (kept == null || kept.meetingLineOnly() && !found.meetingLineOnly()) {
            into.attendance = found;
        } else if (!found.meetingLineOnly() && !kept.meetingLineOnly()) {
            into.warn(file + ": a second attendance report; ignored");
        }
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
                    .anyMatch(c -> sameCode(c, code));
            if (!known) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** "WS #147" in a caption's header is the page's "IGF 2025 WS #147": the year and forum may be left out. */
    private static boolean sameCode(String a, String b) {
        String x = a.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        String y = b.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return x.endsWith(y) || y.endsWith(x);
    }

    /**
     * Names the file that failed, or else the first file left unread (refused, skipped or a folder), so the FAILED
     * line says where to look; the reason lists every file.
     */
    private static InputException noTranscript(Path folder, int fileCount, List<FileResult> results,
                                               List<Unread> notes, Listing listing) {
        List<String> why = new ArrayList<>(notes.stream().map(Unread::toString).toList());
        results.stream().filter(r -> r.failure() != null).forEach(r -> why.add(r.failure().getMessage()));
        listing.folders().forEach(f -> why.add(f.toString()));
        Optional<FileResult> failed = results.stream().filter(r -> r.failure() != null).findFirst();
        String reason = "no transcript could be read from the " + fileCount + " file(s) of the session"
                + (why.isEmpty() ? "" : " (" + String.join("; ", why) + ")");
        if (failed.isPresent()) {
            return new InputException(failed.get().name(), reason, failed.get().failure());
        }
        String named = Stream.concat(notes.stream(), listing.folders().stream()).findFirst().map(Unread::name)
                .orElse(folder.toString());
        return new InputException(named, reason);
    }
}
