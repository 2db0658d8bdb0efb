package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.model.Annotations;
import org.corroborate.store.ProjectAddress;
import org.corroborate.store.ProjectFile;
import org.corroborate.store.ProjectStore;
import org.corroborate.store.ServerProject;
import org.corroborate.testing.Fixtures;
import org.corroborate.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on projects on a PostgreSQL server, named by URL wherever a project file goes. */
class ServerProjectCommandsTest {
    @TempDir
    Path dir;

    private static String url(String project) {
        return "jdbc:postgresql://localhost:" + TestPostgres.port() + "/postgres?user=postgres&project=" + project
                + "&sslmode=disable";
    }

    private static Annotations annotations(ProjectAddress address) {
        try (ProjectStore store = ProjectStore.openReadOnly(address)) {
            return store.loadAnnotations();
        }
    }

    private static ServerProject server(String url) {
        return ServerProject.parse(url, "nobody");
    }

    @Test
    void aProjectMadeOnTheServerIsWorkedOnByTheSameCommandsAsAFile() {
        CliFixture cli = new CliFixture(dir);
        String project = url(TestPostgres.freshProjectName());

        CliFixture.Result init = cli.run("init", project, "--from", CliFixture.SAMPLES.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.outLine()).isEqualTo("Created " + project + " with 5 articles from samples.");
        CliFixture.SampleWork work = cli.annotate(project);

        CliFixture.Result claims = cli.run("claims", project, "--conflicts");
        assertThat(claims.exitCode()).as(claims.err()).isZero();
        assertThat(claims.out()).contains(work.cnnClaim().substring(0, 8), work.mangaloreanClaim().substring(0, 8));
        assertThat(annotations(server(project)).conflicts()).hasSize(1);

        CliFixture.Result again = cli.run("init", project, "--from", CliFixture.SAMPLES.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void copyTakesAWholeProjectFromAFileToAServerAndBack() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("desk");
        try (ProjectStore store = ProjectStore.open(ProjectFile.of(work.project()))) {
            store.dismissSuggestion("0123456789ab", "tester", Fixtures.NOW);
            store.putSetting("columns", "2,3");
        }
        String onServer = url(TestPostgres.freshProjectName());
        String backHome = dir.resolve("back.mv.db").toString();

        CliFixture.Result up = cli.run("copy", work.project(), onServer);
        assertThat(up.exitCode()).as(up.err()).isZero();
        assertThat(up.outLine()).isEqualTo("Copied " + work.project() + " to " + onServer + ".");
        CliFixture.Result down = cli.run("copy", onServer, backHome);
        assertThat(down.exitCode()).as(down.err()).isZero();

        Annotations original = annotations(ProjectFile.of(work.project()));
        for (ProjectAddress copy : new ProjectAddress[] {server(onServer), ProjectFile.of(backHome)}) {
            CliFixture.assertSameAnnotations(annotations(copy), original);
            try (ProjectStore store = ProjectStore.openReadOnly(copy);
                 ProjectStore source = ProjectStore.openReadOnly(ProjectFile.of(work.project()))) {
                assertThat(store.articles()).isEqualTo(source.articles());
                assertThat(store.info()).isEqualTo(source.info());
                assertThat(store.dismissedSuggestions()).containsExactly("0123456789ab");
                assertThat(store.settings()).isEqualTo(source.settings());
            }
        }
        assertThat(annotations(ProjectFile.of(backHome)).groups()).extracting(g -> g.id().value().toString())
                .containsExactly(work.group());
    }

    @Test
    void copyOntoAProjectThatExistsIsRefusedAndChangesNothing() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String first = cli.sampleProject("first");
        String second = cli.sampleProject("second");
        byte[] before = Files.readAllBytes(Path.of(second));

        CliFixture.Result copy = cli.run("copy", first, second);

        assertThat(copy.exitCode()).isEqualTo(1);
        assertThat(copy.err()).contains("already exists");
        assertThat(Files.readAllBytes(Path.of(second))).isEqualTo(before);
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutRepeatingIt() {
        CliFixture cli = new CliFixture(dir);
        CliFixture.Result claims = cli.run("claims", url("raids") + "&password=hunter2");

        assertThat(claims.exitCode()).isEqualTo(1);
        assertThat(claims.err()).contains("PGPASSWORD").doesNotContain("hunter2");
    }

    @Test
    void aMissingServerProjectIsNamed() {
        CliFixture cli = new CliFixture(dir);
        CliFixture.Result claims = cli.run("claims", url("nowhere_to_be_found"));

        assertThat(claims.exitCode()).isEqualTo(1);
        assertThat(claims.err()).isEqualTo("Error: There is no project “nowhere_to_be_found” in the database postgres on"
                + " localhost." + System.lineSeparator());
    }

    @Test
    void anUnreachableServerIsSaidSo() {
        CliFixture cli = new CliFixture(dir);
        CliFixture.Result claims = cli.run("claims", "jdbc:postgresql://127.0.0.1:1/desk?project=raids&sslmode=disable");

        assertThat(claims.exitCode()).isEqualTo(1);
        assertThat(claims.err()).startsWith("Error: Could not reach the server 127.0.0.1:1.");
    }
}
