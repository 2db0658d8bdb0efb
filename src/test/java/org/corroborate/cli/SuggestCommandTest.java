package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.nio.file.Path;
import org.corroborate.model.StoredText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonListsMatchesAcrossArticlesWhoseSpansAreTheArticlesOwnText() throws IOException {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        CliFixture.Result result = cli.run("suggest", project, "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode output = new ObjectMapper().readTree(result.out());
        List<String> fields = new ArrayList<>();
        output.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("matches", "conflicts", "variants", "dependence");
        JsonNode matches = output.get("matches");
        assertThat(matches).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (JsonNode match : matches) {
            ids.add(match.get("id").asText());
            assertThat(match.get("a").get("article").asInt()).isNotEqualTo(match.get("b").get("article").asInt());
            assertThat(match.get("score").asDouble()).isBetween(0.0, 1.0);
            for (JsonNode span : List.of(match.get("a"), match.get("b"))) {
                String text = StoredText.normalize(Files.readString(CliFixture.SAMPLES.resolve(span.get("file").asText())));
                assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                        .isEqualTo(span.get("text").asText());
            }
        }
        assertThat(ids).as("ids are unique").hasSize(matches.size());
    }

    @Test
    void theIl76CrewReportedByTwoOutletsIsMatched() throws IOException {
        JsonNode matches = suggestJsonOnTheSamples().get("matches");

        boolean found = false;
        for (JsonNode match : matches) {
            String a = match.get("a").get("text").asText().toLowerCase(Locale.ROOT);
            String b = match.get("b").get("text").asText().toLowerCase(Locale.ROOT);
            found |= a.contains("seven pass") && b.contains("seven pass");
        }
        assertThat(found).as("a match of two reports of the Il-76's eight crew and seven passengers").isTrue();
    }

    @Test
    void plainOutputNamesEachMatchByIdAndQuotesBothSpans() throws IOException {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        JsonNode first = new ObjectMapper().readTree(cli.run("suggest", project, "--json").out()).get("matches").get(0);

        CliFixture.Result result = cli.run("suggest", project);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains(first.get("id").asText(), first.get("a").get("file").asText());
    }

    @Test
    void minScoreKeepsOnlyTheSurerMatchesAndRejectsANumberOutsideZeroToOne() throws IOException {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        JsonNode all = new ObjectMapper().readTree(cli.run("suggest", project, "--json").out()).get("matches");
        JsonNode sure = new ObjectMapper().readTree(cli.run("suggest", project, "--json", "--min-score", "0.3").out())
                .get("matches");
        CliFixture.Result bad = cli.run("suggest", project, "--min-score", "2");

        assertThat(sure.size()).isLessThan(all.size());
        sure.forEach(m -> assertThat(m.get("score").asDouble()).isGreaterThanOrEqualTo(0.3));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--min-score");
    }

    @Test
    void jsonGroupsTheTwoSpellingsOfTyotkinoWithEveryOccurrenceAsTheArticlesOwnText() throws IOException {
        JsonNode variants = suggestJsonOnTheSamples().get("variants");

        JsonNode tetkino = null;
        for (JsonNode variant : variants) {
            List<String> forms = new ArrayList<>();
            variant.get("forms").forEach(f -> forms.add(f.asText()));
            assertThat(forms).as("a variant has two written forms").hasSizeGreaterThanOrEqualTo(2);
            assertThat(variant.get("id").asText()).isNotBlank();
            Set<String> spanned = new HashSet<>();
            for (JsonNode span : variant.get("spans")) {
                assertThat(articleText(span)).isEqualTo(span.get("text").asText());
                spanned.add(span.get("text").asText());
            }
            assertThat(spanned).as("every form is spanned where it occurs").containsAll(forms);
            if (forms.contains("Tyotkino") && forms.contains("Tetkino")) {
                tetkino = variant;
            }
        }
        assertThat(tetkino).as("the samples spell the village Tyotkino and Tetkino").isNotNull();
        Set<String> files = new HashSet<>();
        tetkino.get("spans").forEach(s -> files.add(s.get("file").asText()));
        assertThat(files).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void jsonConflictsJoinSpansOfTheArticlesWithTwoValuesAKindAmongTheFiveAndAnExplanation() throws IOException {
        JsonNode conflicts = suggestJsonOnTheSamples().get("conflicts");

        assertThat(conflicts).isNotEmpty();
        Set<String> kinds = new HashSet<>();
        for (JsonNode conflict : conflicts) {
            kinds.add(conflict.get("kind").asText());
            assertThat(conflict.get("values")).hasSize(2);
            assertThat(conflict.get("explanation").asText()).isNotBlank();
            for (JsonNode span : List.of(conflict.get("a"), conflict.get("b"))) {
                assertThat(articleText(span)).isEqualTo(span.get("text").asText());
            }
            assertThat(conflict.get("a").get("text").asText()).contains(conflict.get("values").get(0).asText());
            assertThat(conflict.get("b").get("text").asText()).contains(conflict.get("values").get(1).asText());
        }
        assertThat(kinds).isSubsetOf("contradiction", "attribution", "spelling", "precision", "scope").contains("spelling");
    }

    private JsonNode suggestJsonOnTheSamples() throws IOException {
        CliFixture cli = new CliFixture(dir);
        CliFixture.Result result = cli.run("suggest", cli.sampleProject("raids"), "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    private static String articleText(JsonNode span) throws IOException {
        String text = StoredText.normalize(Files.readString(CliFixture.SAMPLES.resolve(span.get("file").asText())));
        return text.substring(span.get("start").asInt(), span.get("end").asInt());
    }
}
