package org.rapporteur.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

/**
 * A user's header mapping for Slido exports (format {@code column-mapping}): {@code poll-columns.properties} or
 * {@code qa-columns.properties}, lines {@code field=Header name} whose fields are those of {@link SlidoPollReader}
 * or {@link SlidoQaReader}. The Slido readers apply the file found beside their export; this reader lists it as a
 * source (so it is not an unknown file) with the number of fields it maps.
 */
public final class ColumnMappingReader implements InputReader {

    public static final String FORMAT = "column-mapping";

    private record Mapping(SourceKind kind, Set<String> fields) {
    }

    private static final Map<String, Mapping> MAPPINGS = Map.of(
            SlidoPollReader.MAPPING_FILE, new Mapping(SourceKind.POLL, fields(SlidoPollReader.Field.values())),
            SlidoQaReader.MAPPING_FILE, new Mapping(SourceKind.QA, fields(SlidoQaReader.Field.values())));

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        Mapping mapping = MAPPINGS.get(Path.of(file.name()).getFileName().toString());
        if (mapping == null || !file.isText()) {
            return Optional.empty();
        }
        List<String> entries = entries(file);
        boolean known = !entries.isEmpty() && entries.stream().allMatch(e -> mapping.fields().contains(key(e)));
        return known ? Optional.of(FORMAT) : Optional.empty();
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws IOException {
        Mapping mapping = MAPPINGS.get(Path.of(file.name()).getFileName().toString());
        parts.sources.add(new SourceFile(file.name(), mapping.kind(), format, entries(file).size()));
    }

    private static List<String> entries(InputFile file) throws IOException {
        return file.text().lines().stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!")).toList();
    }

    private static String key(String entry) {
        int cut = entry.indexOf('=');
        return cut < 0 ? "" : entry.substring(0, cut).strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> fields(Enum<?>[] fields) {
        return Arrays.stream(fields).map(Columns::key).collect(Collectors.toSet());
    }
}
