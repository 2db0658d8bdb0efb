package org.corroborate.jsonld;

import org.corroborate.export.ExportFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.corroborate.model.Article;
import org.junit.jupiter.api.Test;

/** Damaged or foreign input fails the whole import with a message naming the annotation and field. */
class JsonLdImportErrorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CLAIM_1 = "urn:uuid:" + ExportFixture.TETKINO;
    private static final String LINK_SAME = "urn:uuid:" + ExportFixture.uuid(101);
    private static final String GROUP_TRUE = "urn:uuid:" + ExportFixture.uuid(201);

    @Test
    void notJson() {
        assertThatThrownBy(() -> JsonLdImport.read("{ \"type\": ", ExportFixture.articles()))
                .isInstanceOf(JsonLdImportException.class).hasMessageStartingWith("The document is not valid JSON at line 1");
    }

    @Test
    void notACollection() {
        assertFails(doc -> doc.put("type", "AnnotationPage"), "The collection, field 'type'", "AnnotationPage");
        assertFails(doc -> doc.remove("crb:formatVersion"), "field 'crb:formatVersion': is missing");
        assertFails(doc -> doc.put("crb:formatVersion", 3), "version 3 is not one this Corroborate reads (it reads 1 to 2)");
        assertFails(doc -> doc.put("crb:formatVersion", 0), "version 0");
    }

    @Test
    void missingTarget() {
        assertFails(doc -> annotation(doc, CLAIM_1).remove("target"),
                "Annotation " + CLAIM_1 + " (first.items[0]), field 'target': is missing");
    }

    @Test
    void unknownStatusAndPurpose() {
        assertFails(doc -> bodyWithPurpose(annotation(doc, CLAIM_1), "assessing").put("value", "probably"),
                CLAIM_1, "field 'body[2].value'", "'probably' is not a claim status");
        assertFails(doc -> bodyWithPurpose(annotation(doc, CLAIM_1), "tagging").put("purpose", "bookmarking"),
                CLAIM_1, "field 'body[1].purpose'", "bookmarking");
    }

    @Test
    void positionThatDisagreesWithTheQuote() {
        assertFails(doc -> selector(annotation(doc, CLAIM_1), "TextPositionSelector").put("end", 99),
                CLAIM_1, "field 'target.selector(TextPositionSelector).end'", "spans 39 code points but the quote has 7");
        assertFails(doc -> selector(annotation(doc, CLAIM_1), "TextPositionSelector").put("start", "sixty"),
                CLAIM_1, "field 'target.selector(TextPositionSelector).start'");
    }

    @Test
    void badIdsAndTimes() {
        assertFails(doc -> annotation(doc, CLAIM_1).put("id", "claim-1"), "claim-1", "field 'id'", "urn:uuid:");
        assertFails(doc -> annotation(doc, CLAIM_1).put("created", "yesterday"), CLAIM_1, "field 'created'");
        assertFails(doc -> annotation(doc, LINK_SAME).put("id", CLAIM_1), "field 'id'", "same id");
    }

    @Test
    void linksAndGroupsMustNameClaimsOfTheExport() {
        String unknown = "urn:uuid:" + ExportFixture.uuid(999);
        assertFails(doc -> annotation(doc, LINK_SAME).put("target", unknown),
                LINK_SAME, "field 'target'", "names no claim annotation");
        assertFails(doc -> ((ArrayNode) annotation(doc, GROUP_TRUE).get("target")).set(1, unknown),
                GROUP_TRUE, "field 'target[1]'", "names no claim annotation");
        assertFails(doc -> ((ArrayNode) annotation(doc, LINK_SAME).get("body")).remove(1),
                LINK_SAME, "field 'body'", "link's type");
    }

    @Test
    void verdictsMustBeKnownAndAgreeWithTheirRating() {
        assertFails(doc -> rating(doc).put("alternateName", "Pants on fire"),
                GROUP_TRUE, "field 'body.reviewRating.alternateName'", "not a verdict");
        assertFails(doc -> rating(doc).put("ratingValue", 2),
                GROUP_TRUE, "field 'body.reviewRating.ratingValue'", "does not agree");
    }

    @Test
    void articlesMustMatchTheProject() {
        List<Article> others = List.of(ExportFixture.article(1, "other.txt", Optional.empty(), "Other", false,
                Optional.empty(), Optional.empty(), "Some other text."));
        String json = new JsonLdExport().export(ExportFixture.input());

        assertThatThrownBy(() -> JsonLdImport.read(json, others))
                .isInstanceOf(JsonLdImportException.class)
                .hasMessageContaining(CLAIM_1)
                .hasMessageContaining("field 'target.source'")
                .hasMessageContaining("tass-tetkino.txt")
                .hasMessageContaining("matches no article of the project");
        assertFails(doc -> ((ObjectNode) annotation(doc, CLAIM_1).get("target")).put("source", "https://example.org/elsewhere"),
                CLAIM_1, "not in the export's list of articles");
    }

    private static void assertFails(Consumer<ObjectNode> damage, String... messageParts) {
        ObjectNode document = exported();
        damage.accept(document);
        String json = document.toString();
        assertThatThrownBy(() -> JsonLdImport.read(json, ExportFixture.articles()))
                .isInstanceOf(JsonLdImportException.class)
                .satisfies(e -> {
                    for (String part : messageParts) {
                        assertThat(e.getMessage()).contains(part);
                    }
                });
    }

    private static ObjectNode exported() {
        try {
            return (ObjectNode) MAPPER.readTree(new JsonLdExport().export(ExportFixture.input()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode annotation(ObjectNode document, String id) {
        for (JsonNode item : document.get("first").get("items")) {
            if (item.get("id").asText().equals(id)) {
                return (ObjectNode) item;
            }
        }
        throw new AssertionError("No annotation " + id);
    }

    private static ObjectNode bodyWithPurpose(ObjectNode annotation, String purpose) {
        for (JsonNode body : annotation.get("body")) {
            if (purpose.equals(body.path("purpose").asText())) {
                return (ObjectNode) body;
            }
        }
        throw new AssertionError("No body with purpose " + purpose);
    }

    private static ObjectNode selector(ObjectNode annotation, String type) {
        for (JsonNode selector : annotation.get("target").get("selector")) {
            if (selector.get("type").asText().equals(type)) {
                return (ObjectNode) selector;
            }
        }
        throw new AssertionError("No " + type);
    }

    private static ObjectNode rating(ObjectNode document) {
        return (ObjectNode) annotation(document, GROUP_TRUE).get("body").get("reviewRating");
    }
}
