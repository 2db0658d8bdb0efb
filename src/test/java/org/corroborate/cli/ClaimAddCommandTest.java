package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimAddCommandTest {
    @TempDir
    Path dir;

    CliFixture cli;
    String project;

    @BeforeEach
    void makeProject() {
        cli = new CliFixture(dir);
        project = cli.sampleProject("raids");
    }

    @Test
    void marksTheQuoteAndPrintsTheNewClaimsId() {
        CliFixture.Result result = cli.run("claim", "add", project, "--article", "2", "--quote", CliFixture.CNN_QUOTE,
                "--claimant", "Russian defense ministry", "--status", "disputed", "--tag", "casualties", "--tag", "Raids",
                "--note", "Figure from the ministry only");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        ClaimId id = new ClaimId(UUID.fromString(result.outLine()));
        Claim claim = CliFixture.annotations(project).claim(id).orElseThrow();
        Article cnn = CliFixture.article(project, 2);
        assertThat(claim.articleId()).isEqualTo(2);
        assertThat(claim.quote()).isEqualTo(CliFixture.CNN_QUOTE);
        assertThat(claim.anchor().start()).isEqualTo(cnn.text().indexOf(CliFixture.CNN_QUOTE));
        assertThat(claim.claimant()).isEqualTo("Russian defense ministry");
        assertThat(claim.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(claim.tags()).containsExactly("casualties", "raids");
        assertThat(claim.note()).isEqualTo("Figure from the ministry only");
        assertThat(claim.author()).isEqualTo("tester");
    }

    @Test
    void namesTheArticleByFileNameOrShortId() {
        Article cnn = CliFixture.article(project, 2);

        String byFile = cli.addClaim(project, "--article", cnn.fileName(), "--quote", "Belgorod", "--occurrence", "3");
        String byShortId = cli.addClaim(project, "--article", cnn.shortId(), "--quote", CliFixture.CNN_QUOTE);

        Annotations annotations = CliFixture.annotations(project);
        assertThat(annotations.claim(ClaimId.parse(byFile)).orElseThrow().articleId()).isEqualTo(2);
        assertThat(annotations.claim(ClaimId.parse(byShortId)).orElseThrow().articleId()).isEqualTo(2);
    }

    @Test
    void occurrencePicksTheNthPlaceCountingFromOne() {
        String text = CliFixture.article(project, 2).text();
        int second = text.indexOf("Belgorod", text.indexOf("Belgorod") + 1);

        String id = cli.addClaim(project, "--article", "2", "--quote", "Belgorod", "--occurrence", "2");

        Claim claim = CliFixture.annotations(project).claim(ClaimId.parse(id)).orElseThrow();
        assertThat(claim.anchor().start()).isEqualTo(second);
        assertThat(claim.anchor().end()).isEqualTo(second + "Belgorod".length());
    }

    @Test
    void marksByOffsetsInUtf16Chars() {
        String text = CliFixture.article(project, 3).text();
        int start = text.indexOf(CliFixture.MANGALOREAN_QUOTE);
        int end = start + CliFixture.MANGALOREAN_QUOTE.length();

        String id = cli.addClaim(project, "--article", "3", "--start", String.valueOf(start), "--end", String.valueOf(end));

        assertThat(CliFixture.annotations(project).claim(ClaimId.parse(id)).orElseThrow().quote())
                .isEqualTo(CliFixture.MANGALOREAN_QUOTE);
    }

    @Test
    void anUnknownArticleChangesNothing() {
        assertFailsUnchanged(cli.run("claim", "add", project, "--article", "9", "--quote", CliFixture.CNN_QUOTE),
                "No article “9” in this project", "id (1 to 5)");
    }

    @Test
    void aQuoteNotInTheArticleChangesNothing() {
        assertFailsUnchanged(cli.run("claim", "add", project, "--article", "3", "--quote", CliFixture.CNN_QUOTE),
                "The quote “killed 60 Ukrainian soldiers” is not in article 3");
    }

    @Test
    void aQuoteFoundMoreThanOnceNeedsAnOccurrence() {
        long count = CliFixture.article(project, 2).text().split("Belgorod", -1).length - 1;

        assertFailsUnchanged(cli.run("claim", "add", project, "--article", "2", "--quote", "Belgorod"),
                "occurs " + count + " times in article 2 (CNN)", "--occurrence N (1 to " + count);
    }

    @Test
    void anOccurrenceBeyondTheLastChangesNothing() {
        assertFailsUnchanged(cli.run("claim", "add", project, "--article", "2", "--quote", CliFixture.CNN_QUOTE,
                "--occurrence", "2"), "There is no occurrence 2", "it occurs once");
    }

    @Test
    void offsetsOutOfRangeChangeNothing() {
        int length = CliFixture.article(project, 2).length();

        assertFailsUnchanged(cli.run("claim", "add", project, "--article", "2", "--start", "10", "--end",
                String.valueOf(length + 1)), "does not fit article 2 (CNN)", "<= " + length);
        assertFailsUnchanged(cli.run("claim", "add", project, "--article", "2", "--start", "20", "--end", "20"),
                "does not fit article 2");
    }

    @Test
    void offsetsThatCutACharacterInHalfChangeNothing() throws Exception {
        Path set = Files.createDirectories(dir.resolve("emoji"));
        Files.writeString(set.resolve("reactions.txt"), "Reactions: 😀 after the news.\n");
        String emojiProject = dir.resolve("emoji.mv.db").toString();
        assertThat(cli.run("init", emojiProject, "--from", set.toString()).exitCode()).isZero();
        int emoji = CliFixture.article(emojiProject, 1).text().indexOf("😀");

        CliFixture.Result result = cli.run("claim", "add", emojiProject, "--article", "1", "--start",
                String.valueOf(emoji + 1), "--end", String.valueOf(emoji + 8));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("cuts a character in half").doesNotContain("Exception");
        assertThat(CliFixture.annotations(emojiProject).claims()).isEmpty();
    }

    @Test
    void anUnknownStatusIsAUsageErrorListingTheValidOnes() {
        CliFixture.Result result = cli.run("claim", "add", project, "--article", "2", "--quote", CliFixture.CNN_QUOTE,
                "--status", "dubious");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown status “dubious”")
                .contains("unverified, verified, false, misleading, disputed, unproven");
        assertThat(CliFixture.annotations(project).claims()).isEmpty();
    }

    @Test
    void aQuoteAndOffsetsTogetherAreAUsageError() {
        CliFixture.Result result = cli.run("claim", "add", project, "--article", "2", "--quote", CliFixture.CNN_QUOTE,
                "--start", "1", "--end", "4");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("either --quote or --start and --end");
        assertThat(CliFixture.annotations(project).claims()).isEmpty();
    }

    @Test
    void helpIsOffered() {
        CliFixture.Result result = cli.run("claim", "add", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--occurrence", "--status", "UTF-16");
    }

    private void assertFailsUnchanged(CliFixture.Result result, String... messageParts) {
        Annotations before = Annotations.empty();
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("Error: ").contains(messageParts).doesNotContain("Exception");
        CliFixture.assertSameAnnotations(CliFixture.annotations(project), before);
    }
}
