package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAnnotationsCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFreshProjectOfTheSameSetGetsTheSameClaimsLinksAndGroups() {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");
        Path exported = exportJsonLd(cli, work.project());
        String fresh = cli.sampleProject("fresh");

        CliFixture.Result result = cli.run("import-annotations", fresh, exported.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Imported 2 claims, 1 link and 1 group.");
        assertThat(result.err()).isEmpty();
        CliFixture.assertSameAnnotations(CliFixture.annotations(fresh), CliFixture.annotations(work.project()));
    }

    @Test
    void importingTheSameFileAgainAddsNothing() {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");
        Path exported = exportJsonLd(cli, work.project());
        Annotations before = CliFixture.annotations(work.project());

        CliFixture.Result result = cli.run("import-annotations", work.project(), exported.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Nothing to import", "all 4 annotations");
        CliFixture.assertSameAnnotations(CliFixture.annotations(work.project()), before);
    }

    @Test
    void anIdTheProjectHoldsWithOtherContentStopsTheImport() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");
        Path exported = exportJsonLd(cli, work.project());
        Path edited = dir.resolve("edited.jsonld");
        Files.writeString(edited, Files.readString(exported).replace("Russian defense ministry", "Kremlin"));
        String other = cli.addClaim(work.project(), "--article", "4", "--quote", "Tyotkino", "--occurrence", "1");
        Annotations before = CliFixture.annotations(work.project());

        CliFixture.Result result = cli.run("import-annotations", work.project(), edited.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Nothing was imported", "claim " + work.cnnClaim());
        CliFixture.assertSameAnnotations(CliFixture.annotations(work.project()), before);
        assertThat(before.claim(ClaimId.parse(other))).map(Claim::quote).hasValue("Tyotkino");
    }

    @Test
    void aFileThatIsNotAnExportFailsClearly() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        Path broken = Files.writeString(dir.resolve("broken.jsonld"), "{\"type\": \"Annotation\"");
        Path missing = dir.resolve("missing.jsonld");

        CliFixture.Result notJson = cli.run("import-annotations", project, broken.toString());
        CliFixture.Result notThere = cli.run("import-annotations", project, missing.toString());

        assertThat(notJson.exitCode()).isEqualTo(1);
        assertThat(notJson.err()).contains(broken.toString(), "is not valid JSON at line 1, column 22",
                "start marker at line 1, column 1").doesNotContain("Source");
        assertThat(notThere.exitCode()).isEqualTo(1);
        assertThat(notThere.err()).contains("There is no file", "missing.jsonld");
        assertThat(CliFixture.annotations(project).isEmpty()).isTrue();
    }

    @Test
    void aQuoteThatDoesNotMatchItsPositionIsReanchoredAndReported() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        String legion = cli.addClaim(project, "--article", "1", "--quote", "Freedom of Russia Legion", "--occurrence", "1");
        Path exported = exportJsonLd(cli, project);
        Path shouted = dir.resolve("shouted.jsonld");
        Files.writeString(shouted, Files.readString(exported).replace("\"exact\": \"Freedom of Russia Legion\"",
                "\"exact\": \"Freedom of Russia LEGION\""));
        String fresh = cli.sampleProject("fresh");

        CliFixture.Result result = cli.run("import-annotations", fresh, shouted.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Imported 1 claim", "1 placed approximately");
        assertThat(result.err()).contains("Notice: Claim " + legion.substring(0, 8), "000_945aafc62e69d6fe.txt",
                "placed approximately", "“Freedom of Russia LEGION”", "“Freedom of Russia Legion”");
        Claim imported = CliFixture.annotations(fresh).claim(ClaimId.parse(legion)).orElseThrow();
        assertThat(imported.quote()).isEqualTo("Freedom of Russia Legion");
        assertThat(imported.orphaned()).isFalse();

        CliFixture.Result again = cli.run("import-annotations", fresh, shouted.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Nothing to import");
        assertThat(again.err()).isEmpty();
    }

    @Test
    void aStringOverTheLimitIsRefusedNamingTheLimitAndWhereItIs() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        String overTwentyMillion = "x".repeat(20_000_001);
        Path huge = Files.writeString(dir.resolve("huge.jsonld"),
                "{\n  \"type\": \"AnnotationCollection\",\n  \"label\": \"" + overTwentyMillion + "\"\n}\n");

        CliFixture.Result result = cli.run("import-annotations", project, huge.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("Error: ").contains(huge.toString(),
                "a string longer than the import's limit of 10,000,000 characters", "line 3, column 12").doesNotContain("bug", "Exception");
        assertThat(CliFixture.annotations(project).isEmpty()).isTrue();
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByTheirOffset() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        byte[] latin1 = "{\n  \"label\": \"Caf\u00e9\"\n}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.jsonld"), latin1);

        CliFixture.Result result = cli.run("import-annotations", project, file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(file.toString(), "not UTF-8 at byte 17", "line 2", "0xE9", "save it as UTF-8")
                .doesNotContain("Input length");
    }

    @Test
    void aUtf16FileIsRefusedWithTheAdviceToSaveItAsUtf8() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        String json = "{\"type\": \"AnnotationCollection\"}";
        Path marked = Files.write(dir.resolve("marked.jsonld"), json.getBytes(StandardCharsets.UTF_16));
        Path unmarked = Files.write(dir.resolve("unmarked.jsonld"), json.getBytes(StandardCharsets.UTF_16LE));

        for (Path file : List.of(marked, unmarked)) {
            CliFixture.Result result = cli.run("import-annotations", project, file.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains(file.toString(), "UTF-16", "not supported", "save it as UTF-8");
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");
        Path exported = exportJsonLd(cli, work.project());
        Path marked = dir.resolve("marked.jsonld");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(marked, bom);
        Files.write(marked, Files.readAllBytes(exported), StandardOpenOption.APPEND);
        String fresh = cli.sampleProject("fresh");

        CliFixture.Result result = cli.run("import-annotations", fresh, marked.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        CliFixture.assertSameAnnotations(CliFixture.annotations(fresh), CliFixture.annotations(work.project()));
    }

    @Test
    void aCsvFileIsNotAJsonLdExport() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        Path csv = Files.writeString(dir.resolve("claims.csv"), "id,quote,status\n1,killed 60,disputed\n");

        CliFixture.Result result = cli.run("import-annotations", project, csv.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(csv.toString(), "not a JSON-LD export").doesNotContain("Unrecognized token");
    }

    private Path exportJsonLd(CliFixture cli, String project) {
        Path file = dir.resolve("work.jsonld");
        CliFixture.Result export = cli.run("export", project, "--format", "jsonld", "--out", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        return file;
    }
}
