package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(notJson.err()).contains("not an export Corroborate can import", "Not valid JSON");
        assertThat(notThere.exitCode()).isEqualTo(1);
        assertThat(notThere.err()).contains("There is no file", "missing.jsonld");
        assertThat(CliFixture.annotations(project).isEmpty()).isTrue();
    }

    private Path exportJsonLd(CliFixture cli, String project) {
        Path file = dir.resolve("work.jsonld");
        CliFixture.Result export = cli.run("export", project, "--format", "jsonld", "--out", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        return file;
    }
}
