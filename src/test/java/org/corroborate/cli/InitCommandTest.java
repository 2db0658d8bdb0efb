package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void makesAProjectOfTheFiveSampleArticles() {
        CliFixture cli = new CliFixture(dir);

        CliFixture.Result result = cli.run("init", dir.resolve("raids").toString(), "--from", "samples");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("raids.mv.db").contains("5 articles");
        assertThat(result.err()).isEmpty();
        assertThat(dir.resolve("raids.mv.db")).isRegularFile();
        assertThat(CliFixture.articles(dir.resolve("raids.mv.db").toString())).extracting(Article::fileName)
                .containsExactly("000_945aafc62e69d6fe.txt", "001_14a685dcd2f42243.txt", "002_a1177dfb8dc12fab.txt",
                        "003_8b0820264874a518.txt", "004_f6d8031f7ba4c74a.txt");
    }

    @Test
    void refusesAProjectThatExists() {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        CliFixture.Result again = cli.run("init", project, "--from", "samples");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists").doesNotContain("Exception");
    }

    @Test
    void warnsOfSkippedFilesButMakesTheProject() throws Exception {
        Path set = Files.createDirectories(dir.resolve("set"));
        Files.writeString(set.resolve("good.txt"), "Officials said 60 soldiers were killed.\n");
        Files.write(set.resolve("bad.txt"), new byte[] {(byte) 0xff, 0, (byte) 0xfe, 0, 0, 0, 1, 2});
        CliFixture cli = new CliFixture(dir);

        CliFixture.Result result = cli.run("init", dir.resolve("p").toString(), "--from", set.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).startsWith("Warning: bad.txt");
        assertThat(result.out()).contains("1 article ");
    }

    @Test
    void makesNoProjectWhenNoArticleLoads() throws Exception {
        Path set = Files.createDirectories(dir.resolve("empty"));
        CliFixture cli = new CliFixture(dir);

        CliFixture.Result result = cli.run("init", dir.resolve("p").toString(), "--from", set.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("Error: No article could be imported");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".mv.db"))).isEmpty();
        }
    }

    @Test
    void needsTheSetFolder() {
        CliFixture.Result result = new CliFixture(dir).run("init", dir.resolve("p").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--from").contains("corroborate init --help");
    }
}
