package org.rapporteur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks every evidence item of a report.json the way a rapporteur would: the quote occurs in the named file
 * (whitespace collapsed, case folded) and starts within a line of the named line.
 */
final class EvidenceCheck {

    private final Path sessionFolder;
    private final Map<String, String[]> lines = new HashMap<>();

    EvidenceCheck(Path sessionFolder) {
        this.sessionFolder = sessionFolder;
    }

    /** Asserts every evidence quote anywhere in the report and answers how many were checked. */
    int verify(JsonNode report) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        report.properties().forEach(field -> collect(field.getValue(), items));
        for (JsonNode evidence : items) {
            String file = evidence.get("file").asString();
            String[] text = lines.computeIfAbsent(file, this::read);
            String quote = norm(evidence.get("quote").asString());
            assertThat(norm(String.join("\n", text))).as("quote in %s: %s", file, quote).contains(quote);
            if (evidence.hasNonNull("line")) {
                int line = evidence.get("line").asInt();
                String window = norm(String.join(" ",
                        List.of(text).subList(Math.max(0, line - 2), Math.min(text.length, line + 1))));
                assertThat(window).as("quote at %s:%d", file, line)
                        .contains(quote.substring(0, Math.min(25, quote.length())));
            }
        }
        return items.size();
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isObject() && node.has("quote") && node.has("source")) {
            into.add(node);
        }
        for (JsonNode child : node) {
            collect(child, into);
        }
    }

    private String[] read(String file) {
        try {
            String s = Files.readString(sessionFolder.resolve(file), StandardCharsets.UTF_8);
            return s.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        } catch (IOException e) {
            throw new AssertionError("evidence names a file that cannot be read: " + file, e);
        }
    }

    static String norm(String s) {
        return s.replace('\u2011', '-').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
