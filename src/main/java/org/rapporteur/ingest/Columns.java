package org.rapporteur.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.rapporteur.ingest.TableFile.Row;

/**
 * Finds a table's columns by their header names. Each field accepts a set of names, compared case-insensitively
 * with spaces collapsed and a trailing colon ignored. A user's mapping file ({@code field=Header name}, several
 * names separated by {@code |}) replaces the accepted names of the fields it lists.
 */
final class Columns<F extends Enum<F>> {

    /** normalize() runs on every cell of every row a header is looked for in: compiled once. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Class<F> type;
    private final Map<F, Set<String>> names;

    private Columns(Class<F> type, Map<F, Set<String>> names) {
        this.type = type;
        this.names = names;
    }

    /** {@code names}: for each field, the header names it accepts. */
    static <F extends Enum<F>> Columns<F> of(Class<F> type, Map<F, List<String>> names) {
        Map<F, Set<String>> normalized = new EnumMap<>(type);
        names.forEach((field, list) -> normalized.put(field, normalizeAll(list)));
        return new Columns<>(type, normalized);
    }

    /** These columns with the names of the fields the mapping lists replaced; unknown fields are ignored. */
    Columns<F> overriddenBy(Map<String, String> mapping) {
        Map<F, Set<String>> merged = new EnumMap<>(type);
        merged.putAll(names);
        for (F field : type.getEnumConstants()) {
            String given = mapping.get(key(field));
            if (given != null && !given.isBlank()) {
                merged.put(field, normalizeAll(Arrays.asList(given.split("\\|"))));
            }
        }
        return new Columns<>(type, merged);
    }

    /** The mapping file's key of a field: its name in lower case ("question", "votes", ...). */
    static String key(Enum<?> field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    /** The header found in {@code row}, if every required field has a column there. */
    Optional<Header<F>> match(Row row, Set<F> required) {
        Map<F, Integer> found = new EnumMap<>(type);
        for (int column = 0; column < row.cells().size(); column++) {
            String cell = normalize(row.cell(column));
            for (Map.Entry<F, Set<String>> field : names.entrySet()) {
                if (!found.containsKey(field.getKey()) && field.getValue().contains(cell)) {
                    found.put(field.getKey(), column);
                    break;
                }
            }
        }
        return found.keySet().containsAll(required) ? Optional.of(new Header<>(row, found)) : Optional.empty();
    }

    /** The first row among {@code rows} that is a header with the required fields. */
    Optional<Header<F>> find(List<Row> rows, Set<F> required) {
        return rows.stream().map(r -> match(r, required)).flatMap(Optional::stream).findFirst();
    }

    /** A header row and the column of each field it has. */
    record Header<F extends Enum<F>>(Row row, Map<F, Integer> columns) {

        boolean has(F field) {
            return columns.containsKey(field);
        }

        /** The field's cell in a data row; "" where the header has no such column. */
        String get(Row data, F field) {
            Integer column = columns.get(field);
            return column == null ? "" : data.cell(column);
        }
    }

    /**
     * The user's mapping from {@code fileName} beside the input file, if there is one: lower-case field name to
     * header name(s). A mapping that cannot be read is an empty mapping and a warning.
     */
    static Map<String, String> userMapping(InputFile file, String fileName, SessionParts parts) {
        Path folder = file.path().toAbsolutePath().getParent();
        Path mapping = folder == null ? null : folder.resolve(fileName);
        if (mapping == null || !Files.isRegularFile(mapping)) {
            return Map.of();
        }
        try (Reader reader = Files.newBufferedReader(mapping, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> result = new TreeMap<>();
            properties.stringPropertyNames().forEach(
                    k -> result.put(k.strip().toLowerCase(Locale.ROOT), properties.getProperty(k).strip()));
            return result;
        } catch (IOException | IllegalArgumentException e) {
            if (parts != null) {
                parts.warn(fileName + ": column mapping not readable, default header names used (" + e.getMessage()
                        + ")");
            }
            return Map.of();
        }
    }

    static String normalize(String header) {
        String s = WHITESPACE.matcher(header.replace('\u00A0', ' ')).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
    }

    private static Set<String> normalizeAll(List<String> list) {
        Set<String> set = new LinkedHashSet<>();
        list.forEach(n -> set.add(normalize(n)));
        return set;
    }
}
