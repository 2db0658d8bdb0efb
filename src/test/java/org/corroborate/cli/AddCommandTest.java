package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddCommandTest {
    private static final String ADDRESS = "https://planet.example/raids";
    private static final String FIRST = "<p>Pro-Ukrainian fighters said they had crossed into the Belgorod region"
            + " on Tuesday, and Moscow said its forces killed 60 Ukrainian soldiers near Tyotkino.</p>"
            + "<p>The governor said two civilians were wounded by shelling in the morning.</p>";

    @TempDir
    Path dir;

    @Test
    void addsASavedPageWithItsMetadataAndPrintsItsId() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        Path page = page("raids.html", FIRST);

        CliFixture.Result result = cli.run("add", project, page.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLine()).isEqualTo("Added article 6 (raids.html): The Planet — Raids across the border");
        Article added = CliFixture.article(project, 6);
        assertThat(added.url()).contains(ADDRESS);
        assertThat(added.published()).contains(LocalDate.of(2024, 3, 12));
        assertThat(added.text()).startsWith("Pro-Ukrainian fighters said").doesNotContain("Home");
    }

    @Test
    void theOptionsOverrideWhatTheFileSays() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        CliFixture.Result result = cli.run("add", project, page("raids.html", FIRST).toString(), "--outlet", "BBC",
                "--headline", "Raids", "--date", "2024-03-13", "--url", "https://bbc.example/raids");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Article added = CliFixture.article(project, 6);
        assertThat(added.outlet()).contains("BBC");
        assertThat(added.headline()).isEqualTo("Raids");
        assertThat(added.published()).contains(LocalDate.of(2024, 3, 13));
        assertThat(added.url()).contains("https://bbc.example/raids");
    }

    @Test
    void aBadFileIsNamedWithItsReasonAndTheRestOfTheBatchIsAdded() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        Path folder = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(folder.resolve("a.txt"), "Officials said 60 soldiers were killed.\n");
        Files.write(folder.resolve("b.html"), new byte[] {'<', 0, 0, 0, 1});
        Files.writeString(folder.resolve("c.txt"), "Officials said 60 soldiers were killed.\n");
        Files.writeString(folder.resolve("notes.docx"), "not an article");

        CliFixture.Result result = cli.run("add", project, folder.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLine()).isEqualTo("Added article 6 (a.txt): Unknown outlet — Officials said 60 soldiers were killed.");
        assertThat(result.err()).contains("Not added: b.html: looks like a binary file")
                .contains("Not added: c.txt: the same text as a.txt, added with it");
        assertThat(CliFixture.articles(project)).hasSize(6);
    }

    @Test
    void theSameTextTwiceIsRefusedNamingTheArticleThatHasIt() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        String sampleText = CliFixture.article(project, 2).text();
        Path copy = Files.writeString(dir.resolve("copy.txt"), sampleText);

        CliFixture.Result result = cli.run("add", project, copy.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("Not added: copy.txt: the same text as article 2 ("
                + CliFixture.article(project, 2).fileName() + "), already in the project");
        assertThat(CliFixture.articles(project)).hasSize(5);
    }

    @Test
    void aNewVersionAtTheSameAddressKeepsTheClaimsAndListsTheOrphan() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        assertThat(cli.run("add", project, page("raids.html", FIRST).toString()).exitCode()).isZero();
        String kept = cli.addClaim(project, "--article", "6", "--quote", "killed 60 Ukrainian soldiers");
        String lost = cli.addClaim(project, "--article", "6", "--quote", "two civilians were wounded");
        Path update = page("raids-updated.html", "<p>Correction: officials now say nobody was hurt.</p>" + FIRST
                .replace("<p>The governor said two civilians were wounded by shelling in the morning.</p>",
                        "<p>The governor said shelling damaged three houses.</p>"));

        CliFixture.Result refused = cli.run("add", project, update.toString());
        CliFixture.Result taken = cli.run("add", project, update.toString(), "--new-version");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("raids-updated.html: has the address of article 6 (raids.html) but another"
                + " text; add it as that article's new version (add --new-version)");
        assertThat(taken.exitCode()).as(taken.err()).isZero();
        assertThat(taken.out()).contains("Updated article 6 with its new version.")
                .contains("Orphaned claim " + lost + " of article 6: \"two civilians were wounded\"");
        assertThat(CliFixture.article(project, 6).text()).startsWith("Correction:");
        Claim moved = CliFixture.annotations(project).claims().stream().filter(c -> c.id().toString().equals(kept))
                .findFirst().orElseThrow();
        assertThat(moved.orphaned()).isFalse();
        assertThat(CliFixture.article(project, 6).text().substring(moved.anchor().start(), moved.anchor().end()))
                .isEqualTo("killed 60 Ukrainian soldiers");
        assertThat(CliFixture.articles(project)).hasSize(6);
    }

    @Test
    void articlesJsonTextIncludesEachArticlesStoredText() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        CliFixture.Result withText = cli.run("articles", project, "--json", "--text");
        CliFixture.Result without = cli.run("articles", project, "--json");
        CliFixture.Result tableText = cli.run("articles", project, "--text");

        JsonNode first = new ObjectMapper().readTree(withText.out()).get(0);
        assertThat(first.get("text").asText()).isEqualTo(CliFixture.article(project, 1).text());
        assertThat(new ObjectMapper().readTree(without.out()).get(0).has("text")).isFalse();
        assertThat(tableText.exitCode()).isEqualTo(2);
    }

    private Path page(String name, String paragraphs) throws Exception {
        return Files.writeString(dir.resolve(name), "<html><head><meta property=\"og:site_name\" content=\"The Planet\">"
                + "<meta property=\"og:title\" content=\"Raids across the border\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-12T08:00:00Z\">"
                + "<link rel=\"canonical\" href=\"" + ADDRESS + "\"></head><body><nav>Home World Sport</nav>"
                + "<article>" + paragraphs + "</article></body></html>");
    }
}
