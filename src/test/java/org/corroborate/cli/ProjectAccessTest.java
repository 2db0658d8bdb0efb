package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that only read leave the project file as it was; commands that write say when they cannot. */
class ProjectAccessTest {
    @TempDir
    Path dir;

    @Test
    void readingCommandsLeaveTheProjectFileByteForByte() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");
        Path project = Path.of(work.project());
        byte[] before = Files.readAllBytes(project);

        for (String[] command : List.of(new String[] {"articles", work.project()},
                new String[] {"claims", work.project(), "--json"}, new String[] {"claims", work.project(), "--conflicts"},
                new String[] {"export", work.project(), "--format", "md"})) {
            CliFixture.Result result = cli.run(command);
            assertThat(result.exitCode()).as(String.join(" ", command) + ": " + result.err()).isZero();
        }

        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void aReadOnlyProjectFileCanBeReadButNotChanged() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");
        Path project = Path.of(work.project());
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(project);

        CliFixture.Result claims = cli.run("claims", work.project());
        CliFixture.Result add = cli.run("claim", "add", work.project(), "--article", "1", "--quote", "Tyotkino");
        CliFixture.Result link = cli.run("link", work.project(), work.cnnClaim(), work.mangaloreanClaim(),
                "--type", "same");

        assertThat(claims.exitCode()).as(claims.err()).isZero();
        assertThat(claims.out()).contains(work.cnnClaim().substring(0, 8));
        for (CliFixture.Result refused : new CliFixture.Result[] {add, link}) {
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).isEqualTo("Error: The project file " + project
                    + " is read-only; copy it or change its permissions." + System.lineSeparator());
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void aProjectThatNeedsUpdatingIsNotUpdatedByAReadingCommand() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("old");
        makeSchemaVersionOne(project);
        byte[] before = Files.readAllBytes(Path.of(project));

        CliFixture.Result claims = cli.run("claims", project);

        assertThat(claims.exitCode()).isEqualTo(1);
        assertThat(claims.err()).isEqualTo("Error: The project " + project + " was saved by an older version of"
                + " Corroborate and needs updating before it can be read; open it once in the window, or with a command"
                + " that changes it, to update it." + System.lineSeparator());
        assertThat(Files.readAllBytes(Path.of(project))).isEqualTo(before);

        CliFixture.Result add = cli.run("claim", "add", project, "--article", "1", "--quote", "Tyotkino");
        assertThat(add.exitCode()).as("a writing command updates it: " + add.err()).isZero();
        assertThat(cli.run("claims", project).exitCode()).isZero();
    }

    /** Takes the project back to the first schema, as a project saved before claims were stored. */
    private static void makeSchemaVersionOne(String project) throws Exception {
        String database = project.substring(0, project.length() - ".mv.db".length());
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "", "");
             Statement statement = connection.createStatement()) {
            for (String table : List.of("group_member", "claim_group", "claim_link", "claim_tag", "claim")) {
                statement.execute("DROP TABLE " + table);
            }
            statement.execute("DROP TABLE analysis_cache");
            statement.execute("DROP TABLE suggestion_dismissal");
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INT) > 1");
        }
    }
}
