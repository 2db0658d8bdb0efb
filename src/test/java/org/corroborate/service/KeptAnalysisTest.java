package org.corroborate.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.corroborate.analysis.Analysis;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Article;
import org.corroborate.service.ProjectService.Access;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project keeps the assistant's analysis, so the same articles are not analysed twice. */
class KeptAnalysisTest {
    @TempDir
    Path dir;
    Path set;
    ProjectService service;
    final AtomicInteger runs = new AtomicInteger();
    // The real analysis, counted: a run is observed by the counter, never by timing.
    final Function<List<Article>, Analysis.Result> countedAnalysis = articles -> {
        runs.incrementAndGet();
        return Analysis.of(articles);
    };

    @BeforeEach
    void copyTheSamples() throws Exception {
        service = new ProjectService(dir.resolve("projects"), new ArticleSetReader(), Clock.systemUTC(), "analyst");
        set = SampleCopy.in(dir);
    }

    private Suggestions suggest(Workspace workspace) {
        return Suggestions.of(workspace, Suggestions.Dismissed.HIDE, countedAnalysis);
    }

    @Test
    void askingAgainReadsTheKeptResultEvenAfterReopeningAndItIsTheSame() {
        Suggestions first;
        try (Workspace workspace = service.openArticleSet(set).workspace()) {
            first = suggest(workspace);
            Suggestions second = suggest(workspace);

            assertThat(runs).as("the second call reads the kept result").hasValue(1);
            assertThat(second.matches()).isEqualTo(first.matches());
        }
        try (Workspace reopened = service.openArticleSet(set).workspace()) {
            Suggestions again = suggest(reopened);

            assertThat(runs).hasValue(1);
            assertThat(again.matches()).isEqualTo(first.matches());
            assertThat(again.conflicts()).isEqualTo(first.conflicts());
            assertThat(again.variants()).isEqualTo(first.variants());
            assertThat(again.sources().independentSources()).isEqualTo(first.sources().independentSources());
            assertThat(again.sources().rewrites()).isEqualTo(first.sources().rewrites());
        }
    }

    @Test
    void aChangedArticleMakesTheKeptResultStale() throws Exception {
        try (Workspace workspace = service.openArticleSet(set).workspace()) {
            suggest(workspace);
        }
        Path cnn = set.resolve("001_14a685dcd2f42243.txt");
        Files.writeString(cnn, Files.readString(cnn).replace("killed 60 Ukrainian soldiers", "killed 70 Ukrainian soldiers"));

        try (Workspace workspace = service.openArticleSet(set).workspace()) {
            Suggestions changed = suggest(workspace);

            assertThat(runs).as("the new text is analysed").hasValue(2);
            assertThat(changed.conflicts()).anySatisfy(c -> assertThat(c.values()).contains("70"));
            suggest(workspace);
            assertThat(runs).as("and its result kept in place of the old one").hasValue(2);
        }
    }

    @Test
    void aProjectOpenedToReadUsesAKeptResultButNeverWritesOne() throws Exception {
        ProjectLocation.File location = service.projectFileFor(set);
        service.openArticleSet(set).workspace().close();
        byte[] before = Files.readAllBytes(location.path());

        try (Workspace reading = service.openProject(location, Access.READ_ONLY)) {
            suggest(reading);
            suggest(reading);
        }
        assertThat(runs).as("nothing kept, so each call analyses").hasValue(2);
        assertThat(Files.readAllBytes(location.path())).as("reading wrote nothing").isEqualTo(before);

        try (Workspace writing = service.openProject(location)) {
            suggest(writing);
        }
        try (Workspace reading = service.openProject(location, Access.READ_ONLY)) {
            suggest(reading);
        }
        assertThat(runs).as("once kept, reading uses it").hasValue(3);
    }

    @Test
    void aProjectFromBeforeKeptAnalysesGainsTheTableWhenOpenedAndLosesNothing() throws Exception {
        ProjectLocation.File location = service.projectFileFor(set);
        String dismissed;
        try (Workspace workspace = service.openArticleSet(set).workspace()) {
            Suggestions suggestions = suggest(workspace);
            dismissed = suggestions.matches().get(0).id();
            SuggestionActions.dismiss(workspace, suggestions, dismissed);
        }
        String database = location.path().toString().substring(0, location.path().toString().length() - ".mv.db".length());
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + database, "", "");
             var statement = connection.createStatement()) {
            // Back to schema 3: the later migrations' table and columns dropped, their history forgotten.
            statement.execute("DROP TABLE analysis_cache");
            for (String table : List.of("claim", "claim_link", "claim_group")) {
                statement.execute("ALTER TABLE " + table + " DROP COLUMN row_version");
            }
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INT) > 3");
        }
        runs.set(0);

        try (Workspace reading = service.openProject(location, Access.READ_ONLY)) {
            assertThat(suggest(reading).find(dismissed)).as("a version 3 project reads, dismissals kept").isEmpty();
        }
        try (Workspace workspace = service.openProject(location)) {
            assertThat(workspace.articles()).hasSize(5);
            assertThat(suggest(workspace).find(dismissed)).isEmpty();
            suggest(workspace);
        }
        assertThat(runs).as("migrated, it keeps the result from then on").hasValue(2);
    }

    @Test
    void aKeptResultThatCannotBeReadIsMadeAgainAndReplaced() throws Exception {
        ProjectLocation.File location = service.projectFileFor(set);
        try (Workspace workspace = service.openArticleSet(set).workspace()) {
            suggest(workspace);
        }
        String database = location.path().toString().substring(0, location.path().toString().length() - ".mv.db".length());
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + database, "", "");
             var damage = connection.prepareStatement("UPDATE analysis_cache SET result = ?")) {
            damage.setBytes(1, new byte[] {1, 2, 3});
            damage.executeUpdate();
        }

        try (Workspace workspace = service.openProject(location)) {
            assertThat(suggest(workspace).matches()).isNotEmpty();
            suggest(workspace);
        }
        assertThat(runs).hasValue(2);
    }
}
