package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.model.Annotations;
import org.corroborate.store.ProjectHolder;
import org.corroborate.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project that cannot be used fails every command with a message, exit code 1, and no change. */
class ProjectProblemsTest {
    @TempDir
    Path dir;

    @Test
    void aMissingProjectIsNamed() {
        CliFixture cli = new CliFixture(dir);

        CliFixture.Result result = cli.run("claims", dir.resolve("nowhere").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("Error: There is no project file " + dir.resolve("nowhere.mv.db") + "."
                + System.lineSeparator());
        assertThat(dir.resolve("nowhere.mv.db")).doesNotExist();
    }

    @Test
    void aFolderGivenAsTheProjectIsRefusedWithAMessage() {
        CliFixture cli = new CliFixture(dir);

        CliFixture.Result result = cli.run("articles", "/");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("Error: “/” is a folder, not a project file").doesNotContain("Exception");
    }

    @Test
    void aProjectOpenInAnotherProcessIsReportedInUseAndLeftAlone() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("shared");
        Annotations before = CliFixture.annotations(work.project());
        Process holder = ChildJvm.start(ProjectHolder.class, work.project());
        CliFixture.Result result;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("OPEN 5");
            result = cli.run("claim", "add", work.project(), "--article", "1", "--quote", "Tyotkino");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("Error: The project " + work.project()).contains("is in use by another program")
                .doesNotContain("Exception");
        CliFixture.assertSameAnnotations(CliFixture.annotations(work.project()), before);
    }

    @Test
    void aDamagedProjectIsReportedAndNotTouched() throws Exception {
        CliFixture cli = new CliFixture(dir);
        Path garbage = dir.resolve("x.mv.db");
        byte[] content = "This is no database, only some text that happens to have the name of one.\n"
                .repeat(40).getBytes(StandardCharsets.UTF_8);
        Files.write(garbage, content);

        CliFixture.Result articles = cli.run("articles", dir.resolve("x").toString());
        CliFixture.Result add = cli.run("claim", "add", garbage.toString(), "--article", "1", "--quote", "x");

        for (CliFixture.Result result : new CliFixture.Result[] {articles, add}) {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).startsWith("Error: The project " + garbage + " is damaged or not a project file")
                    .doesNotContain("org.h2").doesNotContain("\tat ");
        }
        assertThat(Files.readAllBytes(garbage)).isEqualTo(content);
    }
}
