package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.corroborate.model.Annotations;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.LinkType;
import org.corroborate.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkAndGroupCommandTest {
    @TempDir
    Path dir;

    @Test
    void linksAndGroupsTheTwoCasualtyClaims() {
        CliFixture.SampleWork work = new CliFixture(dir).sampleWork("raids");

        Annotations annotations = CliFixture.annotations(work.project());

        ClaimId cnn = ClaimId.parse(work.cnnClaim());
        ClaimId mangalorean = ClaimId.parse(work.mangaloreanClaim());
        ClaimLink link = annotations.linkBetween(cnn, mangalorean).orElseThrow();
        assertThat(link.id().toString()).isEqualTo(work.link());
        assertThat(link.type()).isEqualTo(LinkType.CONTRADICTS);
        assertThat(link.note()).isEqualTo("60 or 234?");
        ClaimGroup group = annotations.groups().get(0);
        assertThat(group.id().toString()).isEqualTo(work.group());
        assertThat(group.statement()).isEqualTo("Ukrainian losses in the raids");
        assertThat(group.verdict()).isEqualTo(Optional.of(Verdict.UNPROVEN));
        assertThat(group.verificationNote()).isEqualTo("Neither figure is confirmed");
        assertThat(group.members()).containsExactly(cnn, mangalorean);
    }

    @Test
    void claimsCanBeNamedByAPrefixOfFourCharacters() {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        String cnn = cli.addClaim(project, "--article", "2", "--quote", CliFixture.CNN_QUOTE);
        String mangalorean = cli.addClaim(project, "--article", "3", "--quote", CliFixture.MANGALOREAN_QUOTE);

        CliFixture.Result result = cli.run("link", project, cnn.substring(0, 4), mangalorean.substring(0, 6).toUpperCase(),
                "--type", "same");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(CliFixture.annotations(project).links()).singleElement()
                .satisfies(l -> assertThat(l.type()).isEqualTo(LinkType.SAME));
    }

    @Test
    void anUnknownClaimChangesNothing() {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");
        Annotations before = CliFixture.annotations(work.project());
        String unknown = work.cnnClaim().startsWith("0") ? "1234abcd" : "0000abcd";

        CliFixture.Result link = cli.run("link", work.project(), work.cnnClaim(), unknown, "--type", "supports");
        CliFixture.Result group = cli.run("group", work.project(), unknown, "--statement", "x");
        CliFixture.Result tooShort = cli.run("group", work.project(), work.cnnClaim().substring(0, 3), "--statement", "x");

        assertThat(link.exitCode()).isEqualTo(1);
        assertThat(link.err()).isEqualTo("Error: No claim “" + unknown + "” in this project." + System.lineSeparator());
        assertThat(group.exitCode()).isEqualTo(1);
        assertThat(group.err()).contains("No claim “" + unknown + "”");
        assertThat(tooShort.exitCode()).isEqualTo(1);
        assertThat(tooShort.err()).contains("too short to name a claim", "at least 4");
        CliFixture.assertSameAnnotations(CliFixture.annotations(work.project()), before);
    }

    @Test
    void claimsOfOneArticleCannotBeLinked() {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        String first = cli.addClaim(project, "--article", "2", "--quote", CliFixture.CNN_QUOTE);
        String second = cli.addClaim(project, "--article", "2", "--quote", "Belgorod", "--occurrence", "1");

        CliFixture.Result result = cli.run("link", project, first, second, "--type", "supports");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("same article");
        assertThat(CliFixture.annotations(project).links()).isEmpty();
    }

    @Test
    void anUnknownLinkTypeOrVerdictIsAUsageError() {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");

        CliFixture.Result link = cli.run("link", work.project(), work.cnnClaim(), work.mangaloreanClaim(), "--type", "refutes");
        CliFixture.Result group = cli.run("group", work.project(), work.cnnClaim(), "--statement", "s", "--verdict", "maybe");

        assertThat(link.exitCode()).isEqualTo(2);
        assertThat(link.err()).contains("unknown link type “refutes”", "same, supports, contradicts");
        assertThat(group.exitCode()).isEqualTo(2);
        assertThat(group.err()).contains("unknown verdict “maybe”", "true, mostly-true, mixed, misleading, false, unproven");
    }
}
