package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManifestParserTest {

    @Test
    void aCompleteManifestParses() throws Exception {
        Manifest manifest = parse("""
                {"title": " Raids ", "description": "Two reports", "articles": [
                  {"file": "a.txt", "outlet": "CNN", "headline": "Cafe\u0301 raid", "headlineDescriptive": false,
                   "published": "2024-03-12", "url": "https://example.org/a"},
                  {"file": "b.md", "outlet": "", "headline": null, "published": null}
                ]}
                """);

        assertThat(manifest.title()).isEqualTo("Raids");
        assertThat(manifest.description()).contains("Two reports");
        assertThat(manifest.articles()).containsExactly(
                new ManifestEntry("a.txt", Optional.of("CNN"), Optional.of("Caf\u00e9 raid"), false,
                        Optional.of(LocalDate.of(2024, 3, 12)), Optional.of("https://example.org/a")),
                new ManifestEntry("b.md", Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty()));
    }

    @Test
    void aWrongTypeIsReportedWithItsPlace() {
        assertProblem("""
                {"title": "T", "articles": [
                  {"file": "a.txt", "headlineDescriptive": "yes", "headline": "H"}
                ]}
                """, "not valid (line 2, column 44, at articles[0].headlineDescriptive): expected true or false");
    }

    @Test
    void aNumberOrBooleanIsNotTakenForText() {
        assertProblem("{\"title\": 12, \"articles\": []}",
                "not valid (line 1, column 11, at title): expected text in double quotes");
        assertProblem("{\"title\": \"T\", \"articles\": [{\"file\": true}]}",
                "not valid (line 1, column 38, at articles[0].file): expected text in double quotes");
    }

    @Test
    void aBadDateIsReportedWithItsPlace() {
        assertProblem("""
                {"title": "T", "articles": [
                  {"file": "a.txt"},
                  {"file": "b.txt", "published": "12/03/2024"}
                ]}
                """, "not valid (line 3, column 34, at articles[1].published): \"12/03/2024\" is not a date as yyyy-MM-dd");
        assertProblem("""
                {"title": "T", "articles": [{"file": "b.txt", "published": "2024-02-30"}]}
                """, "not valid (line 1, column 60, at articles[0].published): \"2024-02-30\" is not a date as yyyy-MM-dd");
    }

    @Test
    void anUnknownFieldIsATypo() {
        assertThatThrownBy(() -> parse("""
                {"title": "T", "articles": [{"file": "a.txt", "headine": "H"}]}
                """))
                .isInstanceOf(ManifestException.class)
                .hasMessageStartingWith("not valid (line 1, column 62, at articles[0].headine): unknown field \"headine\"")
                .hasMessageContaining("headline, headlineDescriptive");
    }

    @Test
    void requiredFieldsAreChecked() {
        assertProblem("{\"articles\": []}", "not valid: title is missing or empty");
        assertProblem("{\"title\": \"  \", \"articles\": []}", "not valid: title is missing or empty");
        assertProblem("{\"title\": \"T\"}", "not valid: articles is missing; expected a list of the set's articles");
        assertProblem("{\"title\": \"T\", \"articles\": [{\"outlet\": \"CNN\"}]}", "not valid: articles[0].file is missing or empty");
        assertProblem("{\"title\": \"T\", \"articles\": [{\"file\": \"a.txt\", \"headlineDescriptive\": true}]}",
                "not valid: articles[0].headlineDescriptive is true, but there is no headline to describe");
    }

    @Test
    void articlesMustBeAList() {
        assertProblem("{\"title\": \"T\", \"articles\": {\"file\": \"a.txt\"}}",
                "not valid (line 1, column 28, at articles): expected a list in [ ]");
    }

    @Test
    void strictJsonOnly() {
        assertThatThrownBy(() -> parse("{\"title\": \"T\", \"title\": \"U\", \"articles\": []}"))
                .hasMessageStartingWith("not valid (line 1, column 23): Duplicate field 'title'");
        assertProblem("{\"title\": \"T\", \"articles\": []}\n{}",
                "not valid (line 2, column 1): more follows the manifest's closing }");
        assertProblem(" \n", "not valid: the file is empty; expected an object with a title and articles");
        assertProblem("null", "not valid: the top level is null; expected an object with a title and articles");
        assertProblem("[]", "not valid (line 1, column 1): expected an object in { }");
    }

    private static Manifest parse(String json) throws ManifestException {
        return ManifestParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(ManifestException.class).hasMessage(message);
    }
}
