package org.corroborate.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Parses manifest.json strictly: wrong types, unknown fields (usually typos), duplicate keys and bad
 * dates are errors, each reported with its line, column and field, so the editor can fix the file.
 */
final class ManifestParser {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(new SimpleModule().addDeserializer(LocalDate.class, new IsoDateDeserializer()))
            .build();

    private ManifestParser() {
    }

    static Manifest parse(byte[] json) throws ManifestException {
        ManifestJson raw;
        try (JsonParser parser = MAPPER.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new ManifestException("not valid: the file is empty; expected an object with a title and articles");
            }
            raw = MAPPER.readValue(parser, ManifestJson.class);
            if (parser.nextToken() != null) {
                throw new ManifestException("not valid (" + position(parser.currentTokenLocation())
                        + "): more follows the manifest's closing }");
            }
        } catch (JsonProcessingException e) {
            throw new ManifestException("not valid (" + where(e) + "): " + what(e));
        } catch (IOException e) {
            throw new ManifestException("cannot be read: " + FileBytes.describe(e));
        }
        if (raw == null) {
            throw invalid("the top level", "is null; expected an object with a title and articles");
        }
        return checked(raw);
    }

    private static Manifest checked(ManifestJson raw) throws ManifestException {
        String title = present(raw.title()).orElseThrow(() -> invalid("title", "is missing or empty"));
        if (raw.articles() == null) {
            throw invalid("articles", "is missing; expected a list of the set's articles");
        }
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < raw.articles().size(); i++) {
            entries.add(checked(raw.articles().get(i), "articles[" + i + "]"));
        }
        return new Manifest(title, present(raw.description()), entries);
    }

    private static ManifestEntry checked(ManifestJson.Entry raw, String where) throws ManifestException {
        if (raw == null) {
            throw invalid(where, "is null; expected an object describing one article");
        }
        String file = present(raw.file()).orElseThrow(() -> invalid(where + ".file", "is missing or empty"));
        Optional<String> headline = present(raw.headline());
        boolean descriptive = Boolean.TRUE.equals(raw.headlineDescriptive());
        if (descriptive && headline.isEmpty()) {
            throw invalid(where + ".headlineDescriptive", "is true, but there is no headline to describe");
        }
        return new ManifestEntry(file, present(raw.outlet()), headline, descriptive,
                Optional.ofNullable(raw.published()), present(raw.url()));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value)
                .map(s -> Normalizer.normalize(s.strip(), Normalizer.Form.NFC))
                .filter(s -> !s.isEmpty());
    }

    private static ManifestException invalid(String field, String what) {
        return new ManifestException("not valid: " + field + " " + what);
    }

    private static String where(JsonProcessingException e) {
        List<String> parts = new ArrayList<>();
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            parts.add(position(location));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            parts.add("at " + path(mapping.getPath()));
        }
        return String.join(", ", parts);
    }

    private static String position(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String what(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return "unknown field \"" + unknown.getPropertyName() + "\" (the fields here are: " + known + ")";
        }
        boolean badDate = e instanceof InvalidFormatException format && format.getTargetType() == LocalDate.class;
        if (e instanceof MismatchedInputException mismatch && !badDate) {
            Optional<String> expected = expectedShape(mismatch.getTargetType());
            if (expected.isPresent()) {
                return "expected " + expected.get();
            }
        }
        return e.getOriginalMessage();
    }

    private static Optional<String> expectedShape(Class<?> type) {
        if (type == null) {
            return Optional.empty();
        }
        if (type == String.class) {
            return Optional.of("text in double quotes");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Optional.of("true or false");
        }
        if (List.class.isAssignableFrom(type)) {
            return Optional.of("a list in [ ]");
        }
        if (type == LocalDate.class) {
            return Optional.of("a date in double quotes, as \"yyyy-MM-dd\"");
        }
        if (type == ManifestJson.class || type == ManifestJson.Entry.class) {
            return Optional.of("an object in { }");
        }
        return Optional.empty();
    }

    /** ISO dates only (yyyy-MM-dd), without pulling in Jackson's java.time module for one type. */
    private static final class IsoDateDeserializer extends StdDeserializer<LocalDate> {
        IsoDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(parser,
                        "\"" + text + "\" is not a date as yyyy-MM-dd", text, LocalDate.class);
            }
        }
    }
}
