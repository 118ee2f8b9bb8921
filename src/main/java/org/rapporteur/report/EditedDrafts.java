package org.rapporteur.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.model.Text;

/**
 * Keeps a rapporteur's edits from being overwritten silently. The checksums of the outputs as written are kept in
 * a hidden file beside them; before a re-run replaces an output, one whose content no longer matches its checksum
 * has been edited and is moved aside as {@code <name>.edited-<time>}.
 */
final class EditedDrafts {

    static final String MANIFEST = ".rapporteur-written";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private EditedDrafts() {
    }

    /** Moves aside every edited output among {@code names} in {@code dir}; answers the files kept. */
    static List<Path> keepEdited(Path dir, List<String> names) {
        Map<String, String> written = read(dir.resolve(MANIFEST));
        List<Path> kept = new ArrayList<>();
        String stamp = LocalDateTime.now().format(STAMP);
        try {
            for (String name : names) {
                Path file = dir.resolve(name);
                if (Files.isRegularFile(file) && !Text.sha256(Files.readAllBytes(file)).equals(written.get(name))) {
                    Path aside = dir.resolve(name + ".edited-" + stamp);
                    Files.move(file, aside);
                    kept.add(aside);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the edited drafts in " + dir, e);
        }
        return kept;
    }

    /** Records the outputs as written, so the next run can tell an edited one. */
    static void remember(Path dir, Map<String, byte[]> outputs) {
        StringBuilder manifest = new StringBuilder();
        new LinkedHashMap<>(outputs).forEach((name, content) ->
                manifest.append(Text.sha256(content)).append("  ").append(name).append('\n'));
        AtomicFiles.write(dir.resolve(MANIFEST), manifest.toString());
    }

    private static Map<String, String> read(Path manifest) {
        Map<String, String> sums = new LinkedHashMap<>();
        if (!Files.isRegularFile(manifest)) {
            return sums;
        }
        try {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                int gap = line.indexOf("  ");
                if (gap > 0) {
                    sums.put(line.substring(gap + 2), line.substring(0, gap));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
        return sums;
    }
}
