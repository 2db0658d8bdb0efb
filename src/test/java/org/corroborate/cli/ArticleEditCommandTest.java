package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.corroborate.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleEditCommandTest {
    @TempDir
    Path dir;

    @Test
    void correctsTheDetailsGivenKeepsTheOthersAndTheExportShowsThem() {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        Article before = CliFixture.article(project, 1);

        CliFixture.Result result = cli.run("article", "edit", project, "1", "--outlet", "Kyiv Independent",
                "--date", "2024-03-11", "--url", "https://kyiv.example/raids");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Article after = CliFixture.article(project, 1);
        assertThat(after.outlet()).contains("Kyiv Independent");
        assertThat(after.published()).contains(LocalDate.of(2024, 3, 11));
        assertThat(after.url()).contains("https://kyiv.example/raids");
        assertThat(after.headline()).isEqualTo(before.headline());
        assertThat(after.text()).isEqualTo(before.text());
        assertThat(result.outLine()).isEqualTo("Article 1: Kyiv Independent — " + before.displayHeadline()
                + ", 2024-03-11, https://kyiv.example/raids");
        assertThat(cli.run("export", project, "--format", "md").out()).contains("Kyiv Independent");
    }

    @Test
    void aNewHeadlineIsTheArticlesOwnNotADescription() {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        assertThat(CliFixture.article(project, 2).headlineDescriptive()).isTrue();

        assertThat(cli.run("article", "edit", project, "2", "--headline", "Fighters claim raids").exitCode()).isZero();

        assertThat(CliFixture.article(project, 2).headline()).isEqualTo("Fighters claim raids");
        assertThat(CliFixture.article(project, 2).headlineDescriptive()).isFalse();
    }

    @Test
    void nothingToChangeIsAUsageErrorAndAnUnknownArticleFails() {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        assertThat(cli.run("article", "edit", project, "1").exitCode()).isEqualTo(2);
        CliFixture.Result unknown = cli.run("article", "edit", project, "9", "--outlet", "X");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("No article “9”");
    }
}
