package org.corroborate.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The W3C Web Annotation test suite's JSON Schemas (draft-04), copied under
 * src/test/resources/web-annotation/ with their licence. A "musts" test file lists the schemas that
 * together say what every annotation (or collection, or page) MUST satisfy; this class loads them all.
 *
 * <p>The schemas name each other by bare file name ({@code "$ref": "bodyTarget.json#/…"}) and carry
 * relative ids, as the suite resolved them all in one folder. Each listed schema is therefore loaded
 * under one made-up base IRI, and that IRI is mapped onto the copied definitions folder, where every
 * referenced file lives.
 */
final class WebAnnotationSchemas {
    private static final String BASE_IRI = "https://annotation-model.test/schemas/";
    private static final String RESOURCES = "web-annotation/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, JsonSchema> schemas = new LinkedHashMap<>();

    private WebAnnotationSchemas(String mustsFile) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE_IRI,
                        "classpath:" + RESOURCES + "definitions/")));
        for (JsonNode assertion : resource(mustsFile).get("assertions")) {
            String path = assertion.asText();
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            schemas.put(path, factory.getSchema(SchemaLocation.of(BASE_IRI + fileName), resource(path)));
        }
    }

    /** What every annotation MUST satisfy: the schemas listed in annotations/annotationMusts.test. */
    static WebAnnotationSchemas annotationMusts() {
        return new WebAnnotationSchemas("annotations/annotationMusts.test");
    }

    static WebAnnotationSchemas collectionMusts() {
        return new WebAnnotationSchemas("collections/collectionMusts.test");
    }

    static WebAnnotationSchemas pageMusts() {
        return new WebAnnotationSchemas("collections/pages/pageMusts.test");
    }

    int size() {
        return schemas.size();
    }

    /** Every failure, as "schema file: message"; empty when the document satisfies them all. */
    List<String> violations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        schemas.forEach((path, schema) -> {
            Set<ValidationMessage> messages = schema.validate(document);
            messages.forEach(m -> violations.add(path + ": " + m.getMessage()));
        });
        return violations;
    }

    static JsonNode resource(String path) {
        try (InputStream in = WebAnnotationSchemas.class.getClassLoader().getResourceAsStream(RESOURCES + path)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + RESOURCES + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
