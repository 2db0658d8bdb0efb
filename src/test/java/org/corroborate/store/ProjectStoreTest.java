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
import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.Operations;
import org.corroborate.model.Verdict;
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
        int newest = 0;
        for (String folder : List.of("migration", "h2", "postgresql")) {
            try (var files = Files.list(Path.of("src/main/resources/db", folder))) {
                newest = Math.max(newest, files.map(f -> f.getFileName().toString())
                        .filter(name -> name.matches("V\\d+__.*\\.sql"))
                        .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                        .max().orElseThrow());
            }
        }
        assertThat(Schema.VERSION).isEqualTo(Integer.toString(newest));
    }

    @Test
    void eachEngineHasEveryMigrationThatIsNotShared() throws Exception {
        try (var h2 = Files.list(Path.of("src/main/resources/db/h2"));
             var postgresql = Files.list(Path.of("src/main/resources/db/postgresql"))) {
            assertThat(postgresql.map(f -> f.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(h2.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    /** A project made by the version before server projects (schema 3), with two claims, a link and a group. */
    private ProjectFile projectMadeBeforeRowVersions() throws Exception {
        Path copy = dir.resolve("main-v3.mv.db");
        try (var in = getClass().getResourceAsStream("/store/main-v3.mv.db")) {
            Files.copy(in, copy);
        }
        return new ProjectFile(copy);
    }

    @Test
    void aProjectFromBeforeRowVersionsIsReadUnchangedAndUpdatedWhenOpenedForWriting() throws Exception {
        ProjectFile file = projectMadeBeforeRowVersions();
        byte[] before = Files.readAllBytes(file.path());
        Annotations original;
        try (ProjectStore store = ProjectStore.openReadOnly(file)) {
            original = store.loadAnnotations();
            assertThat(original.claims()).hasSize(2);
            assertThat(original.links()).hasSize(1);
            assertThat(original.groups()).extracting(g -> g.verdict().orElseThrow()).containsExactly(Verdict.UNPROVEN);
        }
        assertThat(Files.readAllBytes(file.path())).as("reading it changed nothing").isEqualTo(before);

        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.loadAnnotations().claims()).containsExactlyInAnyOrderElementsOf(original.claims());
            Claim first = original.claims().get(0);
            store.commit(Operations.editClaim(original, first.withNote("checked", Fixtures.NOW), "Edit claim"));
        }
        try (ProjectStore store = ProjectStore.openReadOnly(file)) {
            assertThat(store.loadAnnotations().claim(original.claims().get(0).id()).orElseThrow().note())
                    .isEqualTo("checked");
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
