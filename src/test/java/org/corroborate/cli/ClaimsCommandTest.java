package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryClaimByArticle() {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");
        String other = cli.addClaim(work.project(), "--article", "1", "--quote", "Belgorod", "--occurrence", "1");

        CliFixture.Result result = cli.run("claims", work.project());

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith(other.substring(0, 8)).contains("“Belgorod”").doesNotContain("conflict");
        assertThat(lines.get(2)).startsWith(work.cnnClaim().substring(0, 8))
                .contains("2 CNN", "disputed", "conflict", "Russian defense ministry", "casualties",
                        "“" + CliFixture.CNN_QUOTE + "”");
        assertThat(lines.get(3)).startsWith(work.mangaloreanClaim().substring(0, 8)).contains("unverified", "conflict");
    }

    @Test
    void conflictsShowsOnlyTheContradictingPair() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");
        cli.addClaim(work.project(), "--article", "1", "--quote", "Belgorod", "--occurrence", "1");

        CliFixture.Result table = cli.run("claims", work.project(), "--conflicts");
        CliFixture.Result json = cli.run("claims", work.project(), "--conflicts", "--json");

        assertThat(table.out().lines()).hasSize(3).doesNotContain("Belgorod");
        JsonNode claims = new ObjectMapper().readTree(json.out());
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).get("id").asText()).isEqualTo(work.cnnClaim());
        assertThat(claims.get(1).get("id").asText()).isEqualTo(work.mangaloreanClaim());
    }

    @Test
    void printsJsonWithTheDocumentedFieldsInOrder() throws Exception {
        CliFixture cli = new CliFixture(dir);
        CliFixture.SampleWork work = cli.sampleWork("raids");

        CliFixture.Result result = cli.run("claims", work.project(), "--json");

        JsonNode cnn = new ObjectMapper().readTree(result.out()).get(0);
        List<String> fields = new ArrayList<>();
        cnn.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "article", "outlet", "start", "end", "quote", "claimant", "tags",
                "status", "note", "inConflict", "orphaned", "groups", "created", "modified");
        int start = CliFixture.article(work.project(), 2).text().indexOf(CliFixture.CNN_QUOTE);
        assertThat(cnn.get("article").asInt()).isEqualTo(2);
        assertThat(cnn.get("outlet").asText()).isEqualTo("CNN");
        assertThat(cnn.get("start").asInt()).isEqualTo(start);
        assertThat(cnn.get("end").asInt()).isEqualTo(start + CliFixture.CNN_QUOTE.length());
        assertThat(cnn.get("quote").asText()).isEqualTo(CliFixture.CNN_QUOTE);
        assertThat(cnn.get("tags").get(0).asText()).isEqualTo("casualties");
        assertThat(cnn.get("status").asText()).isEqualTo("disputed");
        assertThat(cnn.get("inConflict").asBoolean()).isTrue();
        assertThat(cnn.get("orphaned").asBoolean()).isFalse();
        assertThat(cnn.get("groups").get(0).asText()).isEqualTo(work.group());
        assertThat(cnn.get("created").asText()).isEqualTo(CliFixture.NOW.toString());
    }

    @Test
    void anEmptyProjectListsNoClaims() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        assertThat(cli.run("claims", project).out().lines()).hasSize(1);
        assertThat(new ObjectMapper().readTree(cli.run("claims", project, "--json").out())).isEmpty();
    }
}
