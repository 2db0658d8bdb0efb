package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshCommandTest {
    @TempDir
    Path dir;

    @Test
    void takesInNewAndChangedFilesOfTheSetFolderAndReanchorsTheClaims() throws Exception {
        Path set = Files.createDirectories(dir.resolve("set"));
        Files.writeString(set.resolve("a.txt"), "Raids\n\nOfficials said 60 soldiers were killed near Tyotkino.\n");
        CliFixture cli = new CliFixture(dir);
        String project = dir.resolve("p.mv.db").toString();
        assertThat(cli.run("init", project, "--from", set.toString()).exitCode()).isZero();
        String claim = cli.addClaim(project, "--article", "1", "--quote", "60 soldiers were killed");
        Files.writeString(set.resolve("a.txt"), "Raids\n\nUpdated. Officials said 60 soldiers were killed near Tyotkino.\n");
        Files.writeString(set.resolve("b.txt"), "Kyiv denies any part in the raids.\n");

        CliFixture.Result result = cli.run("refresh", project);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLine()).endsWith(": 1 new article, 2 articles in all.");
        assertThat(result.err()).contains("a.txt: the file has changed since it was imported")
                .contains("1 claim re-anchored");
        Claim moved = CliFixture.annotations(project).claims().get(0);
        assertThat(moved.id().toString()).isEqualTo(claim);
        assertThat(CliFixture.article(project, 1).text().substring(moved.anchor().start(), moved.anchor().end()))
                .isEqualTo("60 soldiers were killed");
    }

    @Test
    void aSetFolderThatIsGoneIsNamedAndTheProjectLeftAsItWas() throws Exception {
        Path set = Files.createDirectories(dir.resolve("set"));
        Files.writeString(set.resolve("a.txt"), "Officials said 60 soldiers were killed.\n");
        CliFixture cli = new CliFixture(dir);
        String project = dir.resolve("p.mv.db").toString();
        assertThat(cli.run("init", project, "--from", set.toString()).exitCode()).isZero();
        Files.delete(set.resolve("a.txt"));
        Files.delete(set);

        CliFixture.Result result = cli.run("refresh", project);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(set.toString()).doesNotContain("Exception");
        assertThat(CliFixture.articles(project)).hasSize(1);
    }
}
