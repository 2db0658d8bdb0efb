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
            assertIsSampleText(match.get("a"));
            assertIsSampleText(match.get("b"));
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
    void plainOutputHidesMatchesBelowTheDefaultThresholdAndMinScoreZeroShowsThemAll() throws IOException {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        JsonNode all = new ObjectMapper().readTree(cli.run("suggest", project, "--json").out()).get("matches");
        long sure = 0;
        for (JsonNode match : all) {
            sure += match.get("score").asDouble() >= SuggestCommand.PLAIN_MIN_SCORE ? 1 : 0;
        }
        long below = all.size() - sure;

        CliFixture.Result byDefault = cli.run("suggest", project);
        CliFixture.Result everything = cli.run("suggest", project, "--min-score", "0");

        assertThat(below).as("the samples hold matches below the threshold").isPositive();
        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        assertThat(byDefault.out()).startsWith(sure + " matches:")
                .contains(below + " more matches score below", "--min-score 0 shows all");
        assertThat(matchLines(byDefault.out())).isEqualTo(sure);
        assertThat(everything.out()).startsWith(all.size() + " matches:").doesNotContain("more matches score below");
        assertThat(matchLines(everything.out())).isEqualTo(all.size());
    }

    // A match's heading line is its 12-hex-digit id and its score.
    private static long matchLines(String plain) {
        return plain.lines().filter(line -> line.matches("[0-9a-f]{12}  score .*")).count();
    }

    @Test
    void dependenceListsRewritesOfTheSampleSetWithPassagesThatAreTheArticlesOwnText() throws IOException {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        JsonNode dependence = new ObjectMapper().readTree(cli.run("suggest", project, "--json").out()).get("dependence");

        assertThat(dependence).as("the samples hold a rewrite of another outlet's report").isNotEmpty();
        Set<String> files = new HashSet<>();
        try (var listing = Files.list(CliFixture.SAMPLES)) {
            listing.forEach(f -> files.add(f.getFileName().toString()));
        }
        for (JsonNode rewrite : dependence) {
            String article = rewrite.get("article").asText();
            String source = rewrite.get("source").asText();
            assertThat(files).contains(article, source);
            assertThat(article).isNotEqualTo(source);
            assertThat(rewrite.get("shared").asDouble()).isBetween(0.0, 1.0);
            assertThat(rewrite.get("passages")).isNotEmpty();
            for (JsonNode passage : rewrite.get("passages")) {
                assertThat(passage.get("a").get("file").asText()).isEqualTo(article);
                assertThat(passage.get("b").get("file").asText()).isEqualTo(source);
                assertIsSampleText(passage.get("a"));
                assertIsSampleText(passage.get("b"));
            }
        }
    }

    @Test
    void plainOutputShowsTheMatrixAndHowManyIndependentSourcesTheSetHolds() throws IOException {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        JsonNode dependence = new ObjectMapper().readTree(cli.run("suggest", project, "--json").out()).get("dependence");
        Set<String> dependents = new HashSet<>();
        dependence.forEach(r -> dependents.add(r.get("article").asText()));
        long articles;
        try (var listing = Files.list(CliFixture.SAMPLES)) {
            articles = listing.filter(f -> f.toString().endsWith(".txt")).count();
        }

        CliFixture.Result result = cli.run("suggest", project);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains((articles - dependents.size()) + " independent sources of " + articles);
        for (JsonNode rewrite : dependence) {
            assertThat(result.out()).contains(rewrite.get("article").asText() + " rewrites " + rewrite.get("source").asText());
        }
        assertThat(result.out()).contains("Share of each article (row) found in another (column)");
    }

    private static void assertIsSampleText(JsonNode span) throws IOException {
        assertThat(articleText(span)).isEqualTo(span.get("text").asText());
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
            List<String> places = List.of("a", "b");
            for (int side = 0; side < 2; side++) {
                JsonNode span = conflict.get(places.get(side));
                String value = conflict.get("values").get(side).asText();
                if (conflict.get("kind").asText().equals("attribution")) {
                    // Who says it often stands outside the span, in another clause of its sentence.
                    assertThat(value.equals("stated as fact") || wholeText(span).contains(value))
                            .as("%s is in the article of %s", value, span).isTrue();
                } else {
                    assertThat(span.get("text").asText()).contains(value);
                }
            }
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
        return wholeText(span).substring(span.get("start").asInt(), span.get("end").asInt());
    }

    private static String wholeText(JsonNode span) throws IOException {
        return StoredText.normalize(Files.readString(CliFixture.SAMPLES.resolve(span.get("file").asText())));
    }
}
