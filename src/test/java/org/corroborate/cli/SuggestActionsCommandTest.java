package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Annotations;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.LinkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** suggest accept, dismiss and undismiss, and suggest --show-dismissed, on the sample set. */
class SuggestActionsCommandTest {
    @TempDir
    Path dir;

    private static JsonNode json(CliFixture.Result result) throws IOException {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    private static List<String> ids(JsonNode suggestions) {
        List<String> ids = new ArrayList<>();
        suggestions.forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    @Test
    void acceptingAMatchPrintsTheClaimsLinksAndGroupItMadeAndTheProjectHoldsThem() throws IOException {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        JsonNode match = json(cli.run("suggest", project, "--json")).get("matches").get(0);
        String id = match.get("id").asText();

        CliFixture.Result accepted = cli.run("suggest", "accept", project, id);

        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        Annotations held = CliFixture.annotations(project);
        List<String> lines = accepted.out().lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith("claim ")))
                .hasSize(held.claimCount())
                .allSatisfy(line -> assertThat(line).contains(" new "));
        assertThat(held.claims()).allSatisfy(claim -> assertThat(accepted.out()).contains("claim " + claim.id()));
        assertThat(held.links()).isNotEmpty().allSatisfy(link -> {
            assertThat(link.type()).isEqualTo(LinkType.SAME);
            assertThat(accepted.out()).contains("link " + link.id() + " same " + link.from() + " " + link.to());
        });
        assertThat(held.groups()).singleElement().satisfies(group ->
                assertThat(accepted.out()).contains("group " + group.id() + " “" + group.statement() + "”"));
        assertThat(held.claims()).anySatisfy(claim -> {
            assertThat(claim.articleId()).isEqualTo(match.get("a").get("article").asInt());
            assertThat(claim.quote()).isEqualTo(match.get("a").get("text").asText());
        });
    }

    @Test
    void acceptingAConflictLinksTheTwoClaimsWithTheValuesInTheNote() throws IOException {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        JsonNode conflict = json(cli.run("suggest", project, "--json")).get("conflicts").get(0);

        CliFixture.Result accepted = cli.run("suggest", "accept", project, conflict.get("id").asText());

        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        ClaimLink link = CliFixture.annotations(project).links().get(0);
        assertThat(link.note()).isEqualTo(conflict.get("values").get(0).asText() + " vs "
                + conflict.get("values").get(1).asText());
        assertThat(CliFixture.annotations(project).claims())
                .allSatisfy(claim -> assertThat(claim.tags()).contains(conflict.get("kind").asText()));
    }

    @Test
    void anUnknownIdFailsWithExitOneNamingItAndChangesNothing() {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");

        for (String action : List.of("accept", "dismiss", "undismiss")) {
            CliFixture.Result result = cli.run("suggest", action, project, "feedfacecafe");

            assertThat(result.exitCode()).as(action).isEqualTo(1);
            assertThat(result.err()).as(action).startsWith("Error: ").contains("feedfacecafe");
        }
        assertThat(CliFixture.annotations(project).isEmpty()).isTrue();
    }

    @Test
    void suggestWithoutAProjectIsAUsageErrorAsBeforeTheSubcommands() {
        CliFixture.Result result = new CliFixture(dir).run("suggest", "--json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Error: Missing required parameter: 'PROJECT'");
    }

    @Test
    void aDismissedSuggestionIsLeftOutUntilShownOrUndismissed() throws IOException {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("raids");
        String id = ids(json(cli.run("suggest", project, "--json")).get("matches")).get(0);

        CliFixture.Result dismissed = cli.run("suggest", "dismiss", project, id);

        assertThat(dismissed.exitCode()).as(dismissed.err()).isZero();
        assertThat(dismissed.outLine()).isEqualTo("dismissed " + id);
        assertThat(ids(json(cli.run("suggest", project, "--json")).get("matches"))).doesNotContain(id);
        assertThat(ids(json(cli.run("suggest", project, "--json", "--show-dismissed")).get("matches"))).contains(id);
        CliFixture.Result plain = cli.run("suggest", project, "--show-dismissed");
        assertThat(plain.out()).contains(id + "  score").containsPattern(id + "  score [0-9.]+  \\(dismissed\\)");

        assertThat(cli.run("suggest", "undismiss", project, id).exitCode()).isZero();

        assertThat(ids(json(cli.run("suggest", project, "--json")).get("matches"))).contains(id);
    }

    @Test
    void suggestReadsAProjectFromBeforeDismissalsWithoutChangingItAndDismissUpdatesIt() throws Exception {
        CliFixture cli = new CliFixture(dir);
        String project = cli.sampleProject("old");
        String current = ids(json(cli.run("suggest", project, "--json")).get("matches")).get(0);
        makeSchemaVersionTwo(project);
        byte[] before = Files.readAllBytes(Path.of(project));

        CliFixture.Result read = cli.run("suggest", project, "--json");

        assertThat(ids(json(read).get("matches"))).contains(current);
        assertThat(Files.readAllBytes(Path.of(project))).as("reading did not update it").isEqualTo(before);
        assertThat(cli.run("suggest", "dismiss", project, current).exitCode()).isZero();
        assertThat(ids(json(cli.run("suggest", project, "--json")).get("matches"))).doesNotContain(current);
    }

    /** Takes the project back to the schema before dismissals were kept. */
    private static void makeSchemaVersionTwo(String project) throws Exception {
        String database = project.substring(0, project.length() - ".mv.db".length());
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE analysis_cache");
            statement.execute("DROP TABLE suggestion_dismissal");
            for (String table : List.of("claim", "claim_link", "claim_group")) {
                statement.execute("ALTER TABLE " + table + " DROP COLUMN row_version");
            }
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INT) > 2");
        }
    }
}
