package org.rapporteur.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds the session folders among the inputs. An input is a session folder, or a folder of session folders: one
 * with no recognised input file of its own but with sub-folders. Folders named {@code .*} or {@code *.reference}
 * are never sessions. A missing or empty input is still a session, so that it is reported as failed.
 */
final class SessionFolders {

    private final Predicate<Path> hasRecognisedInput;

    SessionFolders(Predicate<Path> hasRecognisedInput) {
        this.hasRecognisedInput = hasRecognisedInput;
    }

    /** Session id → folder, in input order; ids are folder names made safe for file and partition names. */
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

    private static void add(Path folder, Map<String, Path> sessions) {
        String id = sessionId(folder);
        Path earlier = sessions.putIfAbsent(id, folder);
        if (earlier != null && !earlier.equals(folder)) {
            throw new IllegalArgumentException("two session folders have the id '" + id + "': " + earlier
                    + " and " + folder + "; rename one of them");
        }
    }

    /** The folder's name with anything but letters, digits, '.', '_' and '-' replaced, as report.json requires. */
    static String sessionId(Path folder) {
        Path name = folder.getFileName();
        String id = (name == null ? "session" : name.toString()).replaceAll("[^A-Za-z0-9._-]", "-");
        return Character.isLetterOrDigit(id.charAt(0)) ? id : "s" + id;
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
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
