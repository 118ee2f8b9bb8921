package org.rapporteur.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validation of report.json text against the project's copy of the contract (classpath {@code report.schema.json},
 * JSON Schema 2020-12). Public so other packages' tests (the end-to-end job test) can use it.
 */
public final class SchemaValidation {

    private static final Schema SCHEMA = load();

    private SchemaValidation() {
    }

    /** The schema violations of a report.json text, each as "location: message"; empty when it is valid. */
    public static List<String> errors(String reportJson) {
        List<Error> errors = SCHEMA.validate(reportJson, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static Schema load() {
        try (InputStream in = SchemaValidation.class.getResourceAsStream("/report.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("report.schema.json is not on the classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
