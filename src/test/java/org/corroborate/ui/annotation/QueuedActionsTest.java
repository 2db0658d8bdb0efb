package org.corroborate.ui.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimStatus;
import org.corroborate.service.ProjectService;
import org.corroborate.settings.UserSettings;
import org.corroborate.testing.QueuedExecutor;
import org.corroborate.testing.RecordingDialogs;
import org.corroborate.ui.project.ProjectViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actions queued faster than they are saved still end as the analyst meant them. */
class QueuedActionsTest {
    @TempDir
    Path home;
    final QueuedExecutor executor = new QueuedExecutor();
    final RecordingDialogs dialogs = new RecordingDialogs();
    ProjectViewModel project;
    AnnotationViewModel annotations;

    @BeforeEach
    void open() {
        ProjectService service = new ProjectService(home.resolve("projects"), new ArticleSetReader(),
                Clock.systemUTC(), "analyst");
        project = new ProjectViewModel(service, executor, dialogs, UserSettings.load(home.resolve("settings.properties")));
        annotations = new AnnotationViewModel(project);
        project.openArticleSet(Path.of("samples"));
        executor.runAll();
    }

    private Claim markSixty() {
        Article cnn = project.article(2).orElseThrow();
        int start = cnn.text().indexOf("killed 60 Ukrainian soldiers");
        annotations.mark(new TextSelection(2, start, start + "killed 60 Ukrainian soldiers".length()));
        executor.runAll();
        return annotations.selectedClaim().orElseThrow();
    }

    @Test
    void aResizeQueuedBehindAStatusChangeKeepsTheStatus() {
        Claim sixty = markSixty();
        annotations.setStatus(ClaimStatus.DISPUTED);
        annotations.resizeSelected(SpanSteps.Edge.END, true);
        executor.runAll();
        Claim after = project.annotations().claim(sixty.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(after.quote()).isEqualTo("killed 60 Ukrainian soldiers near");
    }

    @Test
    void undoPressedTwiceForOneStepUndoesItOnceAndComplainsOfNothing() {
        markSixty();
        project.undo();
        project.undo();
        executor.runAll();
        assertThat(project.annotations().claimCount()).isZero();
        assertThat(project.redoLabelProperty().get()).startsWith("Mark claim");
        assertThat(dialogs.shown("error")).isEmpty();
    }

    @Test
    void anEditQueuedBeforeOpeningAnotherSetDoesNotShowUpInIt() throws Exception {
        markSixty();
        annotations.setNote("queued before the switch");
        Path other = Files.createDirectories(home.resolve("other-set"));
        Files.writeString(other.resolve("a.txt"), "Another story\nWith its own text.");
        project.openArticleSet(other);
        executor.runAll();
        assertThat(project.articles()).hasSize(1);
        assertThat(project.annotations().claimCount()).isZero();
    }

    @Test
    void anOrphanCannotBeResizedOntoWhateverTextNowStandsThere() {
        Claim sixty = markSixty();
        assertThat(sixty.orphaned()).isFalse();
        // Orphans come from re-anchoring; here the project's own rule is exercised directly.
        project.apply(state -> org.corroborate.model.Operations.editClaim(state,
                state.claim(sixty.id()).orElseThrow().asOrphaned(), "test: orphan it"));
        executor.runAll();
        annotations.resizeSelected(SpanSteps.Edge.END, true);
        executor.runAll();
        assertThat(project.annotations().claim(sixty.id()).orElseThrow().quote()).isEqualTo(sixty.quote());
        assertThat(project.statusProperty().get()).contains("orphaned");
    }
}
