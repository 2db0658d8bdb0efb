package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
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
        CliFixture.Result add;
        CliFixture.Result claims;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("OPEN 5");
            add = cli.run("claim", "add", work.project(), "--article", "1", "--quote", "Tyotkino");
            claims = cli.run("claims", work.project());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }

        for (CliFixture.Result result : new CliFixture.Result[] {add, claims}) {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).startsWith("Error: The project " + work.project())
                    .contains("is in use by another program").doesNotContain("Exception");
        }
        CliFixture.assertSameAnnotations(CliFixture.annotations(work.project()), before);
    }

    @Test
    void aFileThatIsNoDatabaseIsReportedAndNotTouched() throws Exception {
        CliFixture cli = new CliFixture(dir);
        Path garbage = dir.resolve("x.mv.db");
        byte[] content = "This is no database, only some text that happens to have the name of one.\n"
                .repeat(40).getBytes(StandardCharsets.UTF_8);
        Files.write(garbage, content);

        CliFixture.Result articles = cli.run("articles", dir.resolve("x").toString());
        CliFixture.Result add = cli.run("claim", "add", garbage.toString(), "--article", "1", "--quote", "x");

        for (CliFixture.Result result : new CliFixture.Result[] {articles, add}) {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).startsWith("Error: The file " + garbage + " is not a Corroborate project file.")
                    .contains("corroborate init NAME.mv.db --from SET_DIR")
                    .doesNotContain("org.h2").doesNotContain("\tat ");
        }
        assertThat(Files.readAllBytes(garbage)).isEqualTo(content);
    }

    @Test
    void aDamagedProjectIsReportedWithoutTheDatabasesWordsAndNotTouched() throws Exception {
        CliFixture cli = new CliFixture(dir);
        Path damaged = Path.of(cli.sampleProject("damaged"));
        byte[] content = Files.readAllBytes(damaged);
        // The header survives, so H2 tries to read it; the blocks after it are gone.
        Arrays.fill(content, 200, content.length, (byte) 0x55);
        Files.write(damaged, content);

        CliFixture.Result result = cli.run("claims", damaged.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("Error: The project " + damaged
                + " is damaged or not a project file, and cannot be opened." + System.lineSeparator());
        assertThat(Files.readAllBytes(damaged)).isEqualTo(content);
    }

    @Test
    void anEmptyFileIsNotMadeIntoADatabase() throws Exception {
        CliFixture cli = new CliFixture(dir);
        Path empty = Files.createFile(dir.resolve("zero.mv.db"));

        CliFixture.Result claims = cli.run("claims", empty.toString());
        CliFixture.Result add = cli.run("claim", "add", empty.toString(), "--article", "1", "--quote", "x");

        for (CliFixture.Result result : new CliFixture.Result[] {claims, add}) {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).startsWith("Error: The file " + empty + " is empty, so it is not a Corroborate"
                    + " project file.");
        }
        assertThat(empty).isEmptyFile();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(empty);
        }
    }

    @Test
    void aFileOfAnotherKindIsNotTakenForTheNameOfAProject() throws Exception {
        CliFixture cli = new CliFixture(dir);
        Path text = Files.writeString(dir.resolve("file.txt"), "Some notes, not a project.\n");

        CliFixture.Result result = cli.run("articles", text.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("Error: The file " + text + " is not a Corroborate project file: project"
                + " files are named NAME.mv.db. To make a project from a folder of articles, run: corroborate init"
                + " NAME.mv.db --from SET_DIR" + System.lineSeparator());
        assertThat(dir.resolve("file.txt.mv.db")).doesNotExist();
    }

    @Test
    void aSemicolonInTheProjectPathIsRefusedAndNothingInItRuns() throws Exception {
        CliFixture cli = new CliFixture(dir);
        Files.createDirectories(dir.resolve("semi"));
        Path project = Path.of(cli.sampleProject("semi/x"));
        // The file the path names exists, so only the path's reading as a URL stands between it and H2.
        Path injecting = dir.resolve("semi/x;INIT=CREATE TABLE PWNED(A INT).mv.db");
        Files.copy(project, injecting);

        CliFixture.Result claims = cli.run("claims", injecting.toString());
        CliFixture.Result init = cli.run("init", dir.resolve("semi/y;INIT=CREATE TABLE PWNED(A INT)").toString(),
                "--from", "samples");

        for (CliFixture.Result result : new CliFixture.Result[] {claims, init}) {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).startsWith("Error: The path ").contains("has a ‘;’ in “")
                    .doesNotContain("Exception");
        }
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("semi/x") + ";ACCESS_MODE_DATA=r", "", "");
             ResultSet tables = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'PWNED'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("the INIT setting ran").isZero();
        }
        try (var files = Files.list(dir.resolve("semi"))) {
            assertThat(files).containsExactlyInAnyOrder(project, injecting);
        }
    }

    @Test
    void aBackslashInAFileNameIsRefusedRatherThanTakenForAFolder() throws Exception {
        CliFixture cli = new CliFixture(dir);
        Path project = Path.of(cli.sampleProject("p"));
        Path backslashed = Files.copy(project, dir.resolve("a\\b.mv.db"));

        CliFixture.Result result = cli.run("articles", backslashed.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("Error: The path " + backslashed + " has a ‘\\’ in “a\\b.mv.db”");
    }
}
