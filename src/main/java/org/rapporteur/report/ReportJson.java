package org.rapporteur.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rapporteur.model.SessionReport;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * report.json: the contract form of a {@link SessionReport}. Enums are written with their {@code toString()} labels,
 * absent values are left out (the schema never requires a null), and templates get the very same tree as maps and
 * lists so they see exactly report.json's field names. Thread-safe.
 */
public final class ReportJson {

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(EnumFeature.WRITE_ENUMS_USING_TO_STRING, EnumFeature.READ_ENUMS_USING_TO_STRING)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            // a list left out of an older or hand-edited report.json reads back as empty, as the records expect
            .withConfigOverride(List.class,
                    o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    /** Pretty-printed report.json text. */
    public String write(SessionReport report) {
        return mapper.writeValueAsString(report);
    }

    /** Any record as pretty-printed JSON, with report.json's naming and inclusion rules (messages.json). */
    String text(Object value) {
        return mapper.writeValueAsString(value);
    }

    public SessionReport read(String json) {
        return mapper.readValue(json, SessionReport.class);
    }

    public SessionReport read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The report as report.json's tree of maps, lists, strings, numbers and booleans: the templates' data model. */
    public Map<String, Object> toMap(SessionReport report) {
        return treeOf(report);
    }

    /** Any record as the same kind of tree, with the same naming and inclusion rules as report.json. */
    Map<String, Object> treeOf(Object value) {
        return mapper.convertValue(value, TREE);
    }
}
