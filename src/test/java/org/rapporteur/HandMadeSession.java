package org.rapporteur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rapporteur.report.SchemaValidation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hand-made session of {@code src/test/resources/sessions} run through the whole job as a user would run it (a
 * copy of its folder, a fresh database), its report.json validated against the contract and read back with its
 * report.md.
 */
record HandMadeSession(Path folder, JsonNode report, String markdown) {

    static HandMadeSession run(String session, Path tmp) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("in").resolve(session));
        try (Stream<Path> files = Files.list(resource("sessions/" + session))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path out = tmp.resolve("out");
        String[] args = {"--out", out.toString(), "--db", "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(),
                folder.toString()};
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RapporteurApplication.run(args, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String json = Files.readString(out.resolve(session).resolve("report.json"));
        assertThat(SchemaValidation.errors(json)).isEmpty();
        return new HandMadeSession(folder, JsonMapper.shared().readTree(json),
                Files.readString(out.resolve(session).resolve("report.md")));
    }

    List<String> warnings() {
        return strings(report.get("warnings"));
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    static List<String> strings(JsonNode array) {
        return list(array).stream().map(JsonNode::asString).toList();
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null) {
            array.forEach(items::add);
        }
        return items;
    }

    private static Path resource(String path) {
        try {
            return Path.of(HandMadeSession.class.getResource("/" + path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
