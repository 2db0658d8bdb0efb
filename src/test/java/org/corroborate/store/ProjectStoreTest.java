package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.store.ProjectStoreException.Problem;
import org.corroborate.testing.ChildJvm;
import org.corroborate.testing.Fixtures;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {
    @TempDir
    Path dir;

    /** Opening to work and opening to read, each closing what it opened should it succeed. */
    private static List<ThrowingCallable> bothWaysOfOpening(ProjectFile file) {
        return List.of(() -> ProjectStore.open(file).close(), () -> ProjectStore.openReadOnly(file).close());
    }

    @Test
    void createdProjectReopensWithItsArticlesAndInfo() {
        ProjectFile file = new ProjectFile(dir.resolve("raids"));
        try (ProjectStore store = ProjectStore.create(file, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW)) {
            assertThat(store.articles()).hasSize(2);
        }
        assertThat(file.path().getFileName().toString()).isEqualTo("raids.mv.db");
        try (ProjectStore store = ProjectStore.open(file)) {
            List<Article> articles = store.articles();
            assertThat(articles).extracting(Article::id).containsExactly(1, 2);
            Article cnn = articles.get(0);
            assertThat(cnn.outlet()).contains("CNN");
            assertThat(cnn.headlineDescriptive()).isTrue();
            assertThat(cnn.text()).isEqualTo(Fixtures.cnn().text());
            assertThat(cnn.contentHash()).isEqualTo(Fixtures.cnn().contentHash());
            assertThat(articles.get(1).url()).contains("https://example.org/raids");
            assertThat(store.info()).isEqualTo(Fixtures.info());
        }
    }

    @Test
    void addedArticlesAreNumberedAfterTheExistingOnes() {
        ProjectFile file = new ProjectFile(dir.resolve("p.mv.db"));
        try (ProjectStore store = ProjectStore.create(file, Fixtures.info(), List.of(Fixtures.cnn()), Fixtures.NOW)) {
            List<Article> added = store.addArticles(List.of(Fixtures.bbc()), Fixtures.NOW);
            assertThat(added).extracting(Article::id).containsExactly(2);
            assertThat(store.articles()).extracting(Article::fileName).containsExactly("cnn.txt", "bbc.txt");
        }
    }

    @Test
    void settingsAreKeptWithTheProject() {
        ProjectFile file = new ProjectFile(dir.resolve("p"));
        try (ProjectStore store = ProjectStore.create(file, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW)) {
            assertThat(store.settings()).doesNotContainKey("columns");
            store.putSetting("columns", "2,1");
            store.putSetting("columns", "1,2");
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.settings()).containsEntry("columns", "1,2");
        }
    }

    @Test
    void aFailedCreationLeavesNoFileBehind() {
        ProjectFile file = new ProjectFile(dir.resolve("p"));
        List<ArticleDraft> sameNameTwice = List.of(Fixtures.cnn(), Fixtures.cnn());
        assertThatThrownBy(() -> ProjectStore.create(file, Fixtures.info(), sameNameTwice, Fixtures.NOW))
                .isInstanceOf(ProjectStoreException.class)
                .hasMessageContaining("Could not create the project")
                .hasMessageNotContainingAny("INSERT", "SQL");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void creatingOverAnExistingProjectIsRefused() {
        ProjectFile file = new ProjectFile(dir.resolve("p"));
        ProjectStore.create(file, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW).close();
        assertThatThrownBy(() -> ProjectStore.create(file, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW))
                .isInstanceOfSatisfying(ProjectStoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_EXISTS));
    }

    @Test
    void aMissingProjectIsNamedAndNotCreated() {
        ProjectFile file = new ProjectFile(dir.resolve("nothing-here"));
        assertThatThrownBy(() -> ProjectStore.open(file))
                .isInstanceOfSatisfying(ProjectStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND))
                .hasMessageContaining("nothing-here.mv.db");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFileOfGarbageIsNotTakenForAProjectNorWritten() throws Exception {
        Path garbage = dir.resolve("garbage.mv.db");
        byte[] words = "this is not a database at all, just words".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(garbage, words);
        for (ThrowingCallable opening : bothWaysOfOpening(new ProjectFile(garbage))) {
            assertThatThrownBy(opening)
                    .isInstanceOfSatisfying(ProjectStoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_PROJECT))
                    .hasMessage("The file " + garbage + " is not a Corroborate project file.");
        }
        assertThat(Files.readAllBytes(garbage)).isEqualTo(words);
    }

    @Test
    void anEmptyFileIsNotMadeIntoADatabaseByOpeningIt() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.mv.db"));
        for (ThrowingCallable opening : bothWaysOfOpening(new ProjectFile(empty))) {
            assertThatThrownBy(opening)
                    .isInstanceOfSatisfying(ProjectStoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_PROJECT))
                    .hasMessageContaining("is empty");
        }
        assertThat(empty).isEmptyFile();
    }

    @Test
    void aProjectOpenedToReadRefusesWritesWithAMessageAndNoSql() {
        ProjectFile file = new ProjectFile(dir.resolve("p"));
        ProjectStore.create(file, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW).close();
        try (ProjectStore store = ProjectStore.openReadOnly(file)) {
            assertThat(store.articles()).hasSize(2);
            assertThatThrownBy(() -> store.putSetting("columns", "1,2"))
                    .isInstanceOfSatisfying(ProjectStoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.READ_ONLY))
                    .hasMessage("The project file " + file + " is read-only; copy it or change its permissions.");
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.settings()).doesNotContainKey("columns");
        }
    }

    @Test
    void aProjectFileNobodyMayWriteIsReadOnlyEvenToRoot() throws Exception {
        ProjectFile file = new ProjectFile(dir.resolve("p"));
        ProjectStore.create(file, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW).close();
        Files.setPosixFilePermissions(file.path(), PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> ProjectStore.open(file))
                .isInstanceOfSatisfying(ProjectStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.READ_ONLY));
        try (ProjectStore store = ProjectStore.openReadOnly(file)) {
            assertThat(store.articles()).hasSize(2);
        }
    }

    @Test
    void aProjectFromANewerVersionIsRefusedWhetherReadOrWritten() throws Exception {
        ProjectFile file = new ProjectFile(dir.resolve("future"));
        ProjectStore.create(file, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW).close();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("future"))) {
            connection.createStatement().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '10', 'from the future', 'SQL', 'V10__future.sql', 'test', 0, TRUE)");
        }
        for (ThrowingCallable opening : bothWaysOfOpening(file)) {
            assertThatThrownBy(opening)
                    .isInstanceOfSatisfying(ProjectStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_NEW))
                    .hasMessageContaining("newer version of Corroborate");
        }
    }

    @Test
    void anotherDatabaseIsNotTakenForAProject() throws Exception {
        Path other = dir.resolve("other");
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + other)) {
            connection.createStatement().execute("CREATE TABLE accounts (id INT)");
        }
        ProjectFile file = new ProjectFile(other);
        assertThatThrownBy(() -> ProjectStore.open(file))
                .isInstanceOfSatisfying(ProjectStoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_PROJECT))
                .hasMessageContaining("not a Corroborate project");
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + other);
             var rows = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'PUBLIC'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("no migration ran on a foreign database").isEqualTo(1);
        }
    }

    @Test
    void aProjectOpenInAnotherProcessIsReportedAsInUseAndLeftIntact() throws Exception {
        ProjectFile file = new ProjectFile(dir.resolve("shared"));
        ProjectStore.create(file, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW).close();
        Process holder = ChildJvm.start(ProjectHolder.class, file.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("OPEN 2");
            assertThatThrownBy(() -> ProjectStore.open(file))
                    .isInstanceOfSatisfying(ProjectStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.IN_USE))
                    .hasMessageContaining("shared.mv.db")
                    .hasMessageContaining("in use");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.articles()).hasSize(2);
        }
    }

    @Test
    void theSchemaVersionThatSkipsMigrationIsTheNewestMigration() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
            assertThat(ProjectStore.SCHEMA_VERSION).isEqualTo(Integer.toString(newest));
        }
    }

    /** A new project taken back to an older schema: the later migrations' tables dropped and forgotten. */
    private ProjectFile projectAtVersion(String name, int version, String... laterTables) throws Exception {
        ProjectFile file = new ProjectFile(dir.resolve(name));
        ProjectStore.create(file, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW).close();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(name));
             var statement = connection.createStatement();
             var forget = connection.prepareStatement(
                     "DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INT) > ?")) {
            for (String table : laterTables) {
                statement.execute("DROP TABLE " + table);
            }
            forget.setInt(1, version);
            forget.executeUpdate();
        }
        return file;
    }

    @Test
    void anOlderProjectIsMigratedWhenOpened() throws Exception {
        ProjectFile file = projectAtVersion("old", 1,
                "analysis_cache", "suggestion_dismissal", "group_member", "claim_group", "claim_link", "claim_tag", "claim");
        assertThatThrownBy(() -> ProjectStore.openReadOnly(file))
                .isInstanceOfSatisfying(ProjectStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.OUTDATED));
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.loadAnnotations().isEmpty()).isTrue();
            assertThat(store.articles()).hasSize(2);
        }
        try (ProjectStore store = ProjectStore.openReadOnly(file)) {
            assertThat(store.articles()).as("once updated, it reads").hasSize(2);
        }
    }

    @Test
    void aVersionTwoProjectIsReadAsItIsAndGainsTheDismissalsWhenOpenedForWriting() throws Exception {
        ProjectFile file = projectAtVersion("v2", 2, "analysis_cache", "suggestion_dismissal");
        byte[] before = Files.readAllBytes(file.path());

        try (ProjectStore store = ProjectStore.openReadOnly(file)) {
            assertThat(store.articles()).hasSize(2);
            assertThat(store.dismissedSuggestions()).as("a project from before dismissals has none").isEmpty();
        }
        assertThat(Files.readAllBytes(file.path())).as("reading it changed nothing").isEqualTo(before);

        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.articles()).hasSize(2);
            store.dismissSuggestion("0123456789ab", "analyst", Fixtures.NOW);
        }
        try (ProjectStore store = ProjectStore.openReadOnly(file)) {
            assertThat(store.dismissedSuggestions()).containsExactly("0123456789ab");
        }
    }

    @Test
    void dismissingTwiceKeepsOneDismissalAndUndismissingSaysWhetherThereWasOne() {
        ProjectFile file = new ProjectFile(dir.resolve("dismissals"));
        try (ProjectStore store = ProjectStore.create(file, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW)) {
            store.dismissSuggestion("aaaaaaaaaaaa", "analyst", Fixtures.NOW);
            store.dismissSuggestion("bbbbbbbbbbbb", "analyst", Fixtures.NOW.plusSeconds(1));
            store.dismissSuggestion("aaaaaaaaaaaa", "analyst", Fixtures.NOW.plusSeconds(2));

            assertThat(store.dismissedSuggestions()).containsExactly("aaaaaaaaaaaa", "bbbbbbbbbbbb");
            assertThat(store.undismissSuggestion("aaaaaaaaaaaa")).isTrue();
            assertThat(store.undismissSuggestion("aaaaaaaaaaaa")).isFalse();
            assertThat(store.dismissedSuggestions()).containsExactly("bbbbbbbbbbbb");
        }
    }

    @Test
    void projectFileAcceptsNamesWithOrWithoutTheExtension() {
        assertThat(ProjectFile.of("/tmp/x").path()).isEqualTo(Path.of("/tmp/x.mv.db"));
        assertThat(ProjectFile.of("/tmp/x.mv.db").path()).isEqualTo(Path.of("/tmp/x.mv.db"));
        assertThat(ProjectFile.of("/tmp/x.mv.db").displayName()).isEqualTo("x");
        assertThat(Optional.of(ProjectFile.of("/tmp/x")).map(ProjectFile::exists)).contains(false);
    }

    @Test
    void aPathH2WouldReadAsMoreThanAFileNameIsRefused() {
        for (String path : List.of("/tmp/x;INIT=RUNSCRIPT FROM 'evil.sql'", "/tmp/semi;colon/x", "/tmp/back\\slash")) {
            assertThatThrownBy(() -> ProjectFile.of(path))
                    .isInstanceOfSatisfying(ProjectStoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.UNUSABLE_PATH))
                    .hasMessageContaining(path.contains(";") ? "‘;’" : "‘\\’");
        }
    }

    @Test
    void otherCharactersInAPathReachTheFileAsTheyAre() throws Exception {
        Path odd = dir.resolve("a: b=c%20 #?~'é😀");
        ProjectFile file = new ProjectFile(odd);

        ProjectStore.create(file, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW).close();

        assertThat(dir.resolve("a: b=c%20 #?~'é😀.mv.db")).isRegularFile();
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }
}
