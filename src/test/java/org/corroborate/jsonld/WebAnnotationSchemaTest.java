package org.corroborate.jsonld;

import org.corroborate.export.ExportFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every exported annotation satisfies what the W3C Web Annotation test suite's schemas say it MUST. */
class WebAnnotationSchemaTest {
    private static WebAnnotationSchemas annotationMusts;
    private static JsonNode exported;

    @BeforeAll
    static void exportOnce() throws Exception {
        annotationMusts = WebAnnotationSchemas.annotationMusts();
        exported = new ObjectMapper().readTree(new JsonLdExport().export(ExportFixture.input()));
    }

    @Test
    void allMustSchemasOfTheSuiteAreLoaded() {
        assertThat(annotationMusts.size()).isEqualTo(54);
    }

    @TestFactory
    List<DynamicTest> everyExportedAnnotationSatisfiesTheMusts() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode annotation : items()) {
            tests.add(DynamicTest.dynamicTest(annotation.get("id").asText() + " (" + annotation.get("motivation").asText() + ")",
                    () -> assertThat(annotationMusts.violations(annotation)).isEmpty()));
        }
        assertThat(tests).hasSize(ExportFixture.annotations().claimCount() + 2 + 3);
        return tests;
    }

    @Test
    void theCollectionAndItsPageSatisfyTheirMusts() {
        assertThat(WebAnnotationSchemas.collectionMusts().violations(exported)).isEmpty();
        // The suite checks an embedded page through its collection, as the page has no context of its own.
        assertThat(WebAnnotationSchemas.pageMusts().violations(exported)).isEmpty();
    }

    @Test
    void positionsAfterAnEmojiCountCodePointsNotChars() {
        int charStart = ExportFixture.KYIV_TEXT.indexOf("Tyotkino");
        JsonNode position = positionSelector(annotation(ExportFixture.TYOTKINO.toString()));

        // The flag 🇺🇦 is two code points written as four UTF-16 chars.
        assertThat(position.get("start").asInt()).isEqualTo(charStart - 2)
                .isEqualTo(ExportFixture.KYIV_TEXT.codePointCount(0, charStart));
        assertThat(position.get("end").asInt()).isEqualTo(charStart - 2 + "Tyotkino".length());
    }

    @Test
    void annotationsWithoutTargetOrWithBadValuesFail() {
        ObjectNode noTarget = annotation(ExportFixture.TETKINO.toString()).deepCopy();
        noTarget.remove("target");
        ObjectNode badContext = annotation(ExportFixture.TETKINO.toString()).deepCopy();
        badContext.put("@context", "http://example.org/not-the-annotation-context");
        ObjectNode negativeStart = annotation(ExportFixture.TETKINO.toString()).deepCopy();
        ((ObjectNode) positionSelector(negativeStart)).put("start", -1);

        assertThat(annotationMusts.violations(noTarget)).anyMatch(v -> v.startsWith("annotations/3.1-targetKeyFound.json"));
        assertThat(annotationMusts.violations(badContext))
                .anyMatch(v -> v.startsWith("annotations/3.1-annotationContextValidated.json"));
        assertThat(annotationMusts.violations(negativeStart))
                .anyMatch(v -> v.startsWith("annotations/specificResource/4.2-TextDataPositionSelectorValid.json"));
    }

    @Test
    void theSuitesOwnSamplesAreJudgedAsTheSuiteSays() {
        assertThat(annotationMusts.violations(WebAnnotationSchemas.resource("samples/correct/anno27.json"))).isEmpty();
        assertThat(annotationMusts.violations(WebAnnotationSchemas.resource("samples/incorrect/anno4.json"))).isNotEmpty();
    }

    private static JsonNode items() {
        return exported.get("first").get("items");
    }

    private static ObjectNode annotation(String uuid) {
        for (JsonNode item : items()) {
            if (item.get("id").asText().equals("urn:uuid:" + uuid)) {
                return (ObjectNode) item;
            }
        }
        throw new AssertionError("No annotation " + uuid);
    }

    private static JsonNode positionSelector(JsonNode annotation) {
        for (JsonNode selector : annotation.get("target").get("selector")) {
            if (selector.get("type").asText().equals("TextPositionSelector")) {
                return selector;
            }
        }
        throw new AssertionError("No TextPositionSelector in " + annotation.get("id"));
    }
}
