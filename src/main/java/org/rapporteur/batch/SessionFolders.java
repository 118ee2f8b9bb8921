package org.rapporteur.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rapporteur.model.Text;
import org.rapporteur.report.CrossSessionWriter;
import org.rapporteur.report.IndexWriter;

/**
 * Finds the session folders among the inputs. An input is a session folder, or a folder of session folders: one
 * with no recognised input file of its own but with sub-folders. Folders named {@code .*} or {@code *.reference}
 * are never sessions. A missing or empty input is still a session, so that it is reported as failed.
 */
final class SessionFolders {

    /** Longest id: the job repository names a partition's step "session:" + id in a 100-character column. */
    static final int MAX_ID = 64;
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*+");
    /** Files the run writes in the output folder beside the session folders. */
    private static final Set<String> RUN_FILES = runFiles();

    private final Predicate<Path> hasRecognisedInput;

    private static Set<String> runFiles() {
        Set<String> files = new HashSet<>(CrossSessionWriter.FILES);
        files.add(IndexWriter.FILE);
        return Set.copyOf(files);
    }

    SessionFolders(Predicate<Path> hasRecognisedInput) {
        this.hasRecognisedInput = hasRecognisedInput;
    }

    /** Session id → folder, in input order; ids are unique and stable, see {@link #sessionId}. */
    Map<String, Path> discover(List<Path> inputs) {
        Map<String, Path> sessions = new LinkedHashMap<>();
        for (Path input : inputs) {
            collect(input.toAbsolutePath().normalize(), sessions);
        }
        return sessions;
    }

    private void collect(Path folder, Map<String, Path> sessions) {
        List<Path> children = Files.isDirectory(folder) && !hasRecognisedInput.test(folder)
                ? subFolders(folder) : List.of();
        if (children.isEmpty()) {
            add(folder, sessions);
        } else {
            children.forEach(child -> collect(child, sessions));
        }
    }

    /**
     * Adds the folder under its id. A folder given twice (as itself and inside a folder of sessions) is one
     * session; a second folder whose id is taken, ignoring case since output folders may live on a file system
     * that ignores it, gets a suffix from its path instead.
     */
    private static void add(Path folder, Map<String, Path> sessions) {
        if (sessions.containsValue(folder)) {
            return;
        }
        String id = sessionId(folder);
        for (int n = 0; taken(id, sessions); n++) {
            id = readable(name(folder)) + "-" + hash(folder + (n == 0 ? "" : "#" + n));
        }
        sessions.put(id, folder);
    }

    private static boolean taken(String id, Map<String, Path> sessions) {
        return sessions.keySet().stream().anyMatch(id::equalsIgnoreCase);
    }

    /**
     * The folder's name when it already is a valid id (as report.json requires: a letter or digit, then letters,
     * digits, '.', '_' or '-', at most {@value #MAX_ID} characters) and is not the name of a file the run itself
     * writes in the output folder; otherwise a readable form of the name and a short hash of it, so different
     * names never share an id and the same name always gets the same one.
     */
    static String sessionId(Path folder) {
        String name = name(folder);
        if (VALID_ID.matcher(name).matches() && name.length() <= MAX_ID && !RUN_FILES.contains(lower(name))) {
            return name;
        }
        return readable(name) + "-" + hash(name);
    }

    private static String name(Path folder) {
        Path name = folder.getFileName();
        return name == null ? "session" : name.toString();
    }

    /** Letters stripped of accents, anything else outside [A-Za-z0-9._-] a dash, cut short: "Sesión 5" is "Sesion-5". */
    private static String readable(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}++", "");
        String id = plain.replaceAll("[^A-Za-z0-9._-]++", "-").replaceAll("^[^A-Za-z0-9]++", "");
        id = id.substring(0, Math.min(id.length(), MAX_ID - 9)).replaceAll("[-.]++$", "");
        return id.isEmpty() ? "session" : id;
    }

    private static String hash(String s) {
        return Text.sha256(s.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean isSessionName(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".reference");
    }

    private static List<Path> subFolders(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return new ArrayList<>(entries.filter(Files::isDirectory).filter(SessionFolders::isSessionName)
                    .sorted().toList());
        } catch (IOException e) {
            // Reported as a session that cannot be read, rather than stopping the run: the others go on.
            return List.of();
        }
    }
}
