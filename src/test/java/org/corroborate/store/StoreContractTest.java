package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.store.ProjectStoreException.Problem;
import org.corroborate.testing.Fixtures;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** What a project store does, the same in an H2 file and on a PostgreSQL server. */
@ParameterizedClass
@EnumSource(Engine.class)
class StoreContractTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;

    private ProjectAddress newProject(String name) {
        ProjectAddress address = engine.address(dir, name);
        ProjectStore.create(address, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW).close();
        return address;
    }

    /** Opening to work and opening to read, each closing what it opened should it succeed. */
    private static List<ThrowingCallable> bothWaysOfOpening(ProjectAddress address) {
        return List.of(() -> ProjectStore.open(address).close(), () -> ProjectStore.openReadOnly(address).close());
    }

    @Test
    void createdProjectReopensWithItsArticlesAndInfo() {
        ProjectAddress address = engine.address(dir, "raids");
        try (ProjectStore store = ProjectStore.create(address, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW)) {
            assertThat(store.articles()).hasSize(2);
            assertThat(store.isReadOnly()).isFalse();
        }
        assertThat(ProjectStore.exists(address)).isTrue();
        try (ProjectStore store = ProjectStore.open(address)) {
            List<Article> articles = store.articles();
            assertThat(articles).extracting(Article::id).containsExactly(1, 2);
            Article cnn = articles.get(0);
            assertThat(cnn.outlet()).contains("CNN");
            assertThat(cnn.headlineDescriptive()).isTrue();
            assertThat(cnn.text()).isEqualTo(Fixtures.cnn().text());
            assertThat(cnn.contentHash()).isEqualTo(Fixtures.cnn().contentHash());
            assertThat(articles.get(1).url()).contains("https://example.org/raids");
            assertThat(store.info()).isEqualTo(Fixtures.info());
            assertThat(store.address()).isEqualTo(address);
        }
    }

    @Test
    void addedArticlesAreNumberedAfterTheExistingOnes() {
        ProjectAddress address = engine.address(dir, "p");
        try (ProjectStore store = ProjectStore.create(address, Fixtures.info(), List.of(Fixtures.cnn()), Fixtures.NOW)) {
            List<Article> added = store.addArticles(List.of(Fixtures.bbc()), Fixtures.NOW);
            assertThat(added).extracting(Article::id).containsExactly(2);
            assertThat(store.articles()).extracting(Article::fileName).containsExactly("cnn.txt", "bbc.txt");
        }
    }

    @Test
    void settingsAreKeptWithTheProject() {
        ProjectAddress address = engine.address(dir, "p");
        try (ProjectStore store = ProjectStore.create(address, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW)) {
            assertThat(store.settings()).doesNotContainKey("columns");
            store.putSetting("columns", "2,1");
            store.putSetting("columns", "1,2");
        }
        try (ProjectStore store = ProjectStore.open(address)) {
            assertThat(store.settings()).containsEntry("columns", "1,2");
        }
    }

    @Test
    void aFailedCreationLeavesNothingBehind() {
        ProjectAddress address = engine.address(dir, "p");
        List<ArticleDraft> sameNameTwice = List.of(Fixtures.cnn(), Fixtures.cnn());
        assertThatThrownBy(() -> ProjectStore.create(address, Fixtures.info(), sameNameTwice, Fixtures.NOW))
                .isInstanceOf(ProjectStoreException.class)
                .hasMessageContaining("Could not create the project")
                .hasMessageNotContainingAny("INSERT", "SQL");
        assertThat(ProjectStore.exists(address)).isFalse();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void creatingOverAnExistingProjectIsRefused() {
        ProjectAddress address = newProject("p");
        assertThatThrownBy(() -> ProjectStore.create(address, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW))
                .isInstanceOfSatisfying(ProjectStoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_EXISTS));
    }

    @Test
    void aMissingProjectIsNamedAndNotCreated() {
        ProjectAddress address = engine.address(dir, "nothing_here");
        for (ThrowingCallable opening : bothWaysOfOpening(address)) {
            assertThatThrownBy(opening)
                    .isInstanceOfSatisfying(ProjectStoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND))
                    .hasMessageContaining("nothing_here");
        }
        assertThat(ProjectStore.exists(address)).isFalse();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aProjectOpenedToReadRefusesWritesWithAMessageAndNoSql() {
        ProjectAddress address = newProject("p");
        try (ProjectStore store = ProjectStore.openReadOnly(address)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.articles()).hasSize(2);
            assertThatThrownBy(() -> store.putSetting("columns", "1,2"))
                    .isInstanceOfSatisfying(ProjectStoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.READ_ONLY))
                    .hasMessageContaining("read-only")
                    .hasMessageNotContainingAny("INSERT", "MERGE", "SQL");
        }
        try (ProjectStore store = ProjectStore.open(address)) {
            assertThat(store.settings()).doesNotContainKey("columns");
        }
    }

    @Test
    void aProjectFromANewerVersionIsRefusedWhetherReadOrWritten() throws Exception {
        ProjectAddress address = newProject("future");
        try (Connection connection = engine.connect(address)) {
            connection.createStatement().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 'test', 0, TRUE)");
        }
        for (ThrowingCallable opening : bothWaysOfOpening(address)) {
            assertThatThrownBy(opening)
                    .isInstanceOfSatisfying(ProjectStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_NEW))
                    .hasMessageContaining("newer version of Corroborate");
        }
    }

    /**
     * A new project taken back to an older schema: what the later migrations made dropped, and
     * their history forgotten.
     */
    private ProjectAddress projectAtVersion(String name, int version) throws Exception {
        ProjectAddress address = newProject(name);
        try (Connection connection = engine.connect(address);
             var statement = connection.createStatement();
             var forget = connection.prepareStatement(
                     "DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INT) > ?")) {
            if (version < 6) {
                for (String table : List.of("claim", "claim_link", "claim_group")) {
                    statement.execute("ALTER TABLE " + table + " DROP COLUMN row_version");
                }
            }
            if (version < 4) {
                statement.execute("DROP TABLE analysis_cache");
            }
            if (version < 3) {
                statement.execute("DROP TABLE suggestion_dismissal");
            }
            if (version < 2) {
                for (String table : List.of("group_member", "claim_group", "claim_link", "claim_tag", "claim")) {
                    statement.execute("DROP TABLE " + table);
                }
            }
            forget.setInt(1, version);
            forget.executeUpdate();
        }
        return address;
    }

    @Test
    void anOlderProjectIsMigratedWhenOpened() throws Exception {
        ProjectAddress address = projectAtVersion("old", 1);
        assertThatThrownBy(() -> ProjectStore.openReadOnly(address))
                .isInstanceOfSatisfying(ProjectStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.OUTDATED));
        try (ProjectStore store = ProjectStore.open(address)) {
            assertThat(store.loadAnnotations().isEmpty()).isTrue();
            assertThat(store.articles()).hasSize(2);
        }
        try (ProjectStore store = ProjectStore.openReadOnly(address)) {
            assertThat(store.articles()).as("once updated, it reads").hasSize(2);
        }
    }

    @Test
    void aVersionTwoProjectIsReadAsItIsAndGainsTheDismissalsWhenOpenedForWriting() throws Exception {
        ProjectAddress address = projectAtVersion("v2", 2);

        try (ProjectStore store = ProjectStore.openReadOnly(address)) {
            assertThat(store.articles()).hasSize(2);
            assertThat(store.loadAnnotations().isEmpty()).isTrue();
            assertThat(store.dismissedSuggestions()).as("a project from before dismissals has none").isEmpty();
        }

        try (ProjectStore store = ProjectStore.open(address)) {
            assertThat(store.articles()).hasSize(2);
            store.dismissSuggestion("0123456789ab", "analyst", Fixtures.NOW);
        }
        try (ProjectStore store = ProjectStore.openReadOnly(address)) {
            assertThat(store.dismissedSuggestions()).containsExactly("0123456789ab");
        }
    }

    @Test
    void dismissingTwiceKeepsOneDismissalAndUndismissingSaysWhetherThereWasOne() {
        ProjectAddress address = engine.address(dir, "dismissals");
        try (ProjectStore store = ProjectStore.create(address, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW)) {
            store.dismissSuggestion("aaaaaaaaaaaa", "analyst", Fixtures.NOW);
            store.dismissSuggestion("bbbbbbbbbbbb", "analyst", Fixtures.NOW.plusSeconds(1));
            store.dismissSuggestion("aaaaaaaaaaaa", "analyst", Fixtures.NOW.plusSeconds(2));

            assertThat(store.dismissedSuggestions()).containsExactly("aaaaaaaaaaaa", "bbbbbbbbbbbb");
            assertThat(store.undismissSuggestion("aaaaaaaaaaaa")).isTrue();
            assertThat(store.undismissSuggestion("aaaaaaaaaaaa")).isFalse();
            assertThat(store.dismissedSuggestions()).containsExactly("bbbbbbbbbbbb");
        }
    }
}
