package org.corroborate.jsonld;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The schema.org terms the exports may use, as schema.org defines them (src/test/resources/jsonld/
 * schema-org/terms.csv, with its source), and a check of compact schema.org JSON-LD against them: every
 * type and property known, every property used on a type it belongs to, every value of a type the
 * property expects.
 */
final class SchemaOrgTerms {
    private record Term(String name, boolean type, List<String> parents, List<String> range) {
    }

    private final Map<String, Term> terms = new HashMap<>();

    private SchemaOrgTerms() {
    }

    static SchemaOrgTerms load() {
        SchemaOrgTerms loaded = new SchemaOrgTerms();
        try (InputStream in = SchemaOrgTerms.class.getResourceAsStream("/jsonld/schema-org/terms.csv")) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] cells = line.split(",", -1);
                loaded.terms.put(cells[0], new Term(cells[0], cells[1].equals("type"), words(cells[2]), words(cells[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded;
    }

    private static List<String> words(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.strip().split(" "));
    }

    boolean isType(String name) {
        return terms.containsKey(name) && terms.get(name).type();
    }

    boolean isProperty(String name) {
        return terms.containsKey(name) && !terms.get(name).type();
    }

    /** True when {@code type} is {@code ancestor} or one of its subtypes. */
    boolean isA(String type, String ancestor) {
        if (type.equals(ancestor)) {
            return true;
        }
        return isType(type) && terms.get(type).parents().stream().anyMatch(parent -> isA(parent, ancestor));
    }

    /** Every fault of a node tree written with "@type" and schema.org's compact names, as "path: fault". */
    List<String> violations(JsonNode node) {
        List<String> found = new ArrayList<>();
        check(node, "$", found);
        return found;
    }

    private void check(JsonNode node, String path, List<String> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", found);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("@type").asText(null);
        if (type != null && !isType(type)) {
            found.add(path + ": " + type + " is not a schema.org type");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            String here = path + "." + name;
            if (Set.of("@context", "@id", "@type").contains(name)) {
                continue;
            }
            if (!isProperty(name)) {
                found.add(here + ": " + name + " is not a schema.org property");
                continue;
            }
            Term property = terms.get(name);
            if (type != null && isType(type) && property.parents().stream().noneMatch(domain -> isA(type, domain))) {
                found.add(here + ": " + name + " is not a property of " + type);
            }
            JsonNode value = field.getValue();
            for (JsonNode one : value.isArray() ? iterable(value) : List.of(value)) {
                checkValue(property, one, here, found);
            }
            check(value, here, found);
        }
    }

    private void checkValue(Term property, JsonNode value, String path, List<String> found) {
        List<String> range = property.range();
        if (value.isObject()) {
            String type = value.path("@type").asText(null);
            boolean fits = type == null
                    ? (range.contains("Person") || range.contains("Organization")) && value.hasNonNull("name")
                    : range.stream().anyMatch(expected -> isA(type, expected));
            if (!fits) {
                found.add(path + ": " + (type == null ? "an object without a type and a name" : "a value of type "
                        + type) + " where " + range + " is expected");
            }
        } else if (value.isNumber()) {
            if (!range.contains("Number")) {
                found.add(path + ": a number where " + range + " is expected");
            }
        } else if (value.isTextual()) {
            checkText(range, value.asText(), path, found);
        } else {
            found.add(path + ": " + value + " where " + range + " is expected");
        }
    }

    private static void checkText(List<String> range, String text, String path, List<String> found) {
        if (range.contains("Text")) {
            return;
        }
        boolean fits = range.contains("URL") && text.matches("https?://[^\\s]+")
                || range.contains("Date") && parses(() -> LocalDate.parse(text))
                || range.contains("DateTime") && parses(() -> OffsetDateTime.parse(text));
        if (!fits) {
            found.add(path + ": “" + text + "” where " + range + " is expected");
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        List<JsonNode> values = new ArrayList<>();
        array.forEach(values::add);
        return values;
    }
}
