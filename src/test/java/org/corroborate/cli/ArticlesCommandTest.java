package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlesCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsTheFiveArticlesWithCnnAsTwo() {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        CliFixture.Result result = cli.run("articles", project);

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("ID").contains("OUTLET", "HEADLINE", "LENGTH");
        assertThat(lines.get(2)).startsWith("2 ").contains("CNN", "2024-03-12",
                CliFixture.article(project, 2).shortId(), "Pro-Ukrainian Russian fighters");
    }

    @Test
    void acceptsTheProjectNameWithoutItsExtension() {
        CliFixture cli = new CliFixture(dir);
        cli.sampleProject("raids");

        CliFixture.Result result = cli.run("articles", dir.resolve("raids").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(6);
    }

    @Test
    void printsJsonWithTheDocumentedFieldsInOrder() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        CliFixture.Result result = cli.run("articles", project, "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode articles = new ObjectMapper().readTree(result.out());
        assertThat(articles).hasSize(5);
        JsonNode cnn = articles.get(1);
        List<String> fields = new ArrayList<>();
        cnn.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "shortId", "file", "outlet", "headline", "headlineDescriptive",
                "published", "url", "length", "contentHash");
        assertThat(cnn.get("id").asInt()).isEqualTo(2);
        assertThat(cnn.get("outlet").asText()).isEqualTo("CNN");
        assertThat(cnn.get("file").asText()).isEqualTo("001_14a685dcd2f42243.txt");
        assertThat(cnn.get("headlineDescriptive").asBoolean()).isTrue();
        assertThat(cnn.get("published").asText()).isEqualTo("2024-03-12");
        assertThat(cnn.get("url").isNull()).isTrue();
        assertThat(cnn.get("length").asInt()).isEqualTo(CliFixture.article(project, 2).length());
        assertThat(cnn.get("contentHash").asText()).startsWith(cnn.get("shortId").asText()).hasSize(64);
    }
}
