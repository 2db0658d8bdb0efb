package org.corroborate.jsonld;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object and fails, naming the object and the field, when a field is
 * missing or of the wrong kind. The importer reads only through this, so a damaged document always
 * ends in a message that says where it is damaged.
 */
final class StrictJson {
    private final String subject;
    private final String path;

    private StrictJson(String subject, String path) {
        this.subject = subject;
        this.path = path;
    }

    /** A reader for one object; {@code subject} names it in messages, e.g. "annotation urn:uuid:… (items[3])". */
    static StrictJson of(String subject) {
        return new StrictJson(subject, "");
    }

    /** A reader for an object inside this one; its fields are named {@code name.field} in messages. */
    StrictJson nested(String name) {
        return new StrictJson(subject, path + name + ".");
    }

    JsonLdImportException error(String field, String problem) {
        String where = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        return new JsonLdImportException(where + ", field '" + path + field + "': " + problem);
    }

    JsonNode required(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            throw error(field, "is missing");
        }
        return value;
    }

    JsonNode object(JsonNode parent, String field) {
        JsonNode value = required(parent, field);
        if (!value.isObject()) {
            throw error(field, "should be an object, not " + kind(value));
        }
        return value;
    }

    String text(JsonNode parent, String field) {
        JsonNode value = required(parent, field);
        if (!value.isTextual()) {
            throw error(field, "should be a string, not " + kind(value));
        }
        return value.asText();
    }

    Optional<String> optionalText(JsonNode parent, String field) {
        return parent.hasNonNull(field) ? Optional.of(text(parent, field)) : Optional.empty();
    }

    int nonNegativeInt(JsonNode parent, String field) {
        JsonNode value = required(parent, field);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw error(field, "should be a whole number of 0 or more, not " + value);
        }
        return value.asInt();
    }

    boolean optionalFlag(JsonNode parent, String field) {
        if (!parent.hasNonNull(field)) {
            return false;
        }
        JsonNode value = parent.get(field);
        if (!value.isBoolean()) {
            throw error(field, "should be true or false, not " + value);
        }
        return value.asBoolean();
    }

    Instant instant(JsonNode parent, String field) {
        String text = text(parent, field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw error(field, "is not a UTC date and time such as 2024-08-20T09:30:00Z: " + text);
        }
    }

    /** A field that JSON-LD allows to hold one value or an array of them, as a list; missing is empty. */
    List<JsonNode> oneOrMany(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        List<JsonNode> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            return values;
        }
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        return values;
    }

    /** The IRI a value names: the string itself, or the {@code id} of an object. */
    String iri(JsonNode value, String field) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isObject() && value.path("id").isTextual()) {
            return value.get("id").asText();
        }
        throw error(field, "should be an IRI or an object with an id, not " + kind(value));
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            default -> "null";
        };
    }
}
