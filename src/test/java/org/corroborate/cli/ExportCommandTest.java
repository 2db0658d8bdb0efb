package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesMarkdownToStandardOutput() {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");

        CliFixture.Result result = cli.run("export", work.project(), "--format", "md");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("# Cross-border raids into Russia, 12 March 2024")
                .contains("### Ukrainian losses in the raids", "“" + CliFixture.CNN_QUOTE + "”", "**Verdict:** Unproven");
    }

    @Test
    void writesJsonLdThatParsesAndHoldsTheClaim() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");

        CliFixture.Result result = cli.run("export", work.project(), "--format", "jsonld");

        JsonNode document = new ObjectMapper().readTree(result.out());
        assertThat(document.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(result.out()).contains("urn:uuid:" + work.cnnClaim(), CliFixture.CNN_QUOTE);
    }

    @Test
    void anExportedFileHasTheSamePermissionsAsAnyNewFileThere() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");
        Path out = Files.createDirectories(dir.resolve("shared"));
        Path ordinary = Files.createFile(out.resolve("ordinary.txt"));

        CliFixture.Result result = cli.run("export", work.project(), "--format", "csv", "--out",
                out.resolve("claims.csv").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(out.resolve("claims.csv")))
                .isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void writesAFileWholeAndLeavesNothingElseBehind() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");
        Path out = Files.createDirectories(dir.resolve("out")).resolve("notes.csv");
        Files.writeString(out, "an older export");

        CliFixture.Result result = cli.run("export", work.project(), "--format", "csv", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(CliFixture.CNN_QUOTE, "Russian defense ministry");
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void writesAClaimReviewOfEachVerdictByTheDeskNamed() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");

        CliFixture.Result result = cli.run("export", work.project(), "--format", "claimreview", "--desk", "Raids Desk",
                "--url", "https://desk.example.org/raids");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode review = new ObjectMapper().readTree(result.out()).get(0);
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asText()).isEqualTo("Ukrainian losses in the raids");
        assertThat(review.get("author").get("name").asText()).isEqualTo("Raids Desk");
        assertThat(review.get("url").asText()).isEqualTo("https://desk.example.org/raids");
        assertThat(review.get("datePublished").asText()).isEqualTo("2024-03-13");
        assertThat(review.get("reviewRating").get("alternateName").asText()).isEqualTo("Unproven");
        assertThat(review.get("itemReviewed").get("appearance").get(0).get("text").asText())
                .isEqualTo(CliFixture.CNN_QUOTE);
    }

    @Test
    void withoutDeskTheClaimReviewNamesTheDeskTheWindowRemembers() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");
        Files.createDirectories(CliFixture.settingsFile(dir).getParent());
        Files.writeString(CliFixture.settingsFile(dir), "claimReview.desk=Remembered Desk\n");

        CliFixture.Result result = cli.run("export", work.project(), "--format", "claimreview");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).get(0).get("author").get("name").asText())
                .isEqualTo("Remembered Desk");
    }

    @Test
    void aClaimReviewWithNoDeskToNameIsAUsageError() {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");

        CliFixture.Result result = cli.run("export", work.project(), "--format", "claimreview");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--desk NAME").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void deskAndUrlGoWithClaimReviewOnlyAndTheUrlMustBeAWebAddress() {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        CliFixture.Result withMarkdown = cli.run("export", project, "--format", "md", "--desk", "Raids Desk");
        CliFixture.Result badUrl = cli.run("export", project, "--format", "claimreview", "--desk", "Raids Desk",
                "--url", "desk.example.org/raids");

        assertThat(withMarkdown.exitCode()).isEqualTo(2);
        assertThat(withMarkdown.err()).contains("--desk and --url go with --format claimreview only");
        assertThat(badUrl.exitCode()).isEqualTo(2);
        assertThat(badUrl.err()).contains("“desk.example.org/raids” is not a web address");
    }

    @Test
    void aProjectWithNoVerdictHasNoClaimReviewAndNoFileIsWritten() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        String claim = cli.addClaim(project, "--article", "2", "--quote", CliFixture.CNN_QUOTE);
        assertThat(cli.run("group", project, claim, "--statement", "Ukrainian losses").exitCode()).isZero();
        Path out = Files.createDirectories(dir.resolve("out"));

        CliFixture.Result result = cli.run("export", project, "--format", "claimreview", "--desk", "Raids Desk",
                "--out", out.resolve("reviews.jsonld").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("Error: No claim group has a verdict, so there is no ClaimReview to export");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        CliFixture.Result result = cli.run("export", project, "--format", "pdf");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown format “pdf”", "md, html, csv, matrix-csv, jsonld, claimreview");
    }

    @Test
    void aFolderThatIsNotThereFailsClearly() {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        CliFixture.Result result = cli.run("export", project, "--format", "html", "--out",
                dir.resolve("missing/notes.html").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("there is no folder").doesNotContain("Exception");
    }
}
