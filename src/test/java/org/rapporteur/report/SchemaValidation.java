package org.rapporteur.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Validation against the project's contracts (JSON Schema 2020-12 on the classpath): report.json against
 * {@code report.schema.json}, messages.json against {@code messages.schema.json}, which takes its evidence items
 * from the report contract by its {@code $id}. Public so other packages' tests (the end-to-end job test) can use it.
 */
public final class SchemaValidation {

    private static final String BASE = "https://rapporteur.example/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(
                    BASE + "report.schema.json", text("report.schema.json"),
                    BASE + "messages.schema.json", text("messages.schema.json"))));
    private static final Schema REPORT = REGISTRY.getSchema(SchemaLocation.of(BASE + "report.schema.json"));
    private static final Schema MESSAGES = REGISTRY.getSchema(SchemaLocation.of(BASE + "messages.schema.json"));

    private SchemaValidation() {
    }

    /** The schema violations of a report.json text, each as "location: message"; empty when it is valid. */
    public static List<String> errors(String reportJson) {
        return errors(REPORT, reportJson);
    }

    /** The schema violations of a messages.json text; empty when it is valid. */
    public static List<String> messagesErrors(String messagesJson) {
        return errors(MESSAGES, messagesJson);
    }

    private static List<String> errors(Schema schema, String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static String text(String resource) {
        try (InputStream in = SchemaValidation.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
