package org.corroborate.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.nio.file.Files;
import java.io.IOException;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Operations;
import org.corroborate.service.ProjectException.Kind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes wrong below the services reaches the faces as a ProjectException of a kind, with a message for people. */
class ProjectFailuresTest {
    @TempDir
    Path dir;
    ProjectService service;
    ProjectLocation.File project;

    @BeforeEach
    void makeProject() {
        service = new ProjectService(dir.resolve("home"), new ArticleSetReader(),
                Clock.fixed(Instant.parse("2024-03-12T12:00:00Z"), ZoneOffset.UTC), "analyst");
        project = new ProjectLocation.File(dir.resolve("raids"));
        service.createProject(project, Path.of("samples")).workspace().close();
    }

    private static void assertFails(ThrowingCallable work, Kind kind, String message) {
        assertThatThrownBy(work).isInstanceOfSatisfying(ProjectException.class, e -> assertThat(e.kind()).isEqualTo(kind))
                .hasMessageContaining(message);
    }

    @Test
    void aLocationNoProjectFileCanHaveIsBadInput() {
        assertFails(() -> new ProjectLocation.File(dir.resolve("x;INIT=RUNSCRIPT FROM 'x.sql'")), Kind.BAD_INPUT, "‘;’");
        assertFails(() -> ProjectLocation.File.of("/"), Kind.BAD_INPUT, "is a folder, not a project file");
    }

    @Test
    void aMissingProjectIsNotFoundAndNotMade() {
        ProjectLocation.File missing = new ProjectLocation.File(dir.resolve("missing"));

        assertFails(() -> service.openProject(missing), Kind.NOT_FOUND, "There is no project file " + missing);
        assertFails(() -> service.openProject(missing, ProjectService.Access.READ_ONLY), Kind.NOT_FOUND, "missing.mv.db");
        assertThat(missing.exists()).isFalse();
    }

    @Test
    void aProjectOpenedToReadRefusesChangesAsReadOnly() {
        try (Workspace reading = service.openProject(project, ProjectService.Access.READ_ONLY)) {
            Article first = reading.articles().get(0);
            Claim claim = Claim.mark(first.id(), Anchor.capture(first.text(), 0, 5), "analyst", reading.now());

            assertFails(() -> reading.apply(Operations.markClaim(claim)), Kind.READ_ONLY,
                    "is read-only; copy it or change its permissions");
            assertThat(reading.annotations().claims()).as("the state moves only once the project holds it").isEmpty();
        }
    }

    @Test
    void aFileThatIsNoExportIsBadInput() throws IOException {
        try (Workspace workspace = service.openProject(project)) {
            Path notJson = Files.writeString(dir.resolve("notes.jsonld"), "{ not json");
            assertFails(() -> AnnotationImport.into(workspace, notJson), Kind.BAD_INPUT, "notes.jsonld");
        }
    }

    @Test
    void aSetFolderThatIsNotThereIsBadInput() {
        assertFails(() -> service.openArticleSet(dir.resolve("no-such-set")), Kind.BAD_INPUT, "no-such-set");
    }
}
