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
    void anUnknownFormatIsAUsageError() {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        CliFixture.Result result = cli.run("export", project, "--format", "pdf");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown format “pdf”", "md, html, csv, jsonld");
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
