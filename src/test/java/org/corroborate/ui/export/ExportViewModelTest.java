package org.corroborate.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Operations;
import org.corroborate.model.Verdict;
import org.corroborate.service.ExportFormat;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import org.corroborate.settings.UserSettings;
import org.corroborate.testing.RecordingDialogs;
import org.corroborate.ui.common.TaskExecutor;
import org.corroborate.ui.project.ProjectViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Export dialog's ClaimReview, without a window: the desk, the page, and what cannot be exported. */
class ExportViewModelTest {
    private static final String QUOTE = "killed 60 Ukrainian soldiers";

    @TempDir
    Path home;
    @TempDir
    Path out;
    final RecordingDialogs dialogs = new RecordingDialogs();
    ProjectViewModel project;

    @AfterEach
    void close() {
        if (project != null) {
            project.close();
        }
    }

    private Path settingsFile() {
        return home.resolve("settings.properties");
    }

    /** The sample set opened, with the CNN casualty claim grouped, with the verdict given if any. */
    private ExportViewModel exportOfSamples(Optional<Verdict> verdict) {
        ProjectService service = new ProjectService(home.resolve("projects"), new ArticleSetReader(),
                Clock.systemUTC(), "analyst");
        project = new ProjectViewModel(service, TaskExecutor.direct(), dialogs, UserSettings.load(settingsFile()));
        project.openArticleSet(Path.of("samples"));
        Workspace workspace = project.workspaceProperty().get();
        Article cnn = workspace.article(2).orElseThrow();
        int start = cnn.text().indexOf(QUOTE);
        Claim claim = Claim.mark(2, Anchor.capture(cnn.text(), start, start + QUOTE.length()), "analyst", workspace.now());
        workspace.apply(Operations.markClaim(claim));
        workspace.apply(state -> Operations.createGroup(state, "Ukrainian losses in the raids", List.of(claim.id()),
                verdict, "Only the ministry counts them.", workspace.now()));
        return new ExportViewModel(project);
    }

    @Test
    void aClaimReviewNeedsTheDeskAndIsSavedWithItAndTheDeskIsRemembered() throws Exception {
        ExportViewModel export = exportOfSamples(Optional.of(Verdict.UNPROVEN));

        export.formatProperty().set(ExportFormat.CLAIM_REVIEW);
        String withoutDesk = export.previewProperty().get();
        boolean savableWithoutDesk = export.canSaveProperty().get();
        export.deskProperty().set("Raids Desk");
        export.pageProperty().set("https://desk.example.org/raids");
        Path file = out.resolve("reviews.jsonld");
        dialogs.answerFile(file);
        export.chooseFileAndSave();

        assertThat(withoutDesk).contains("give the desk's name");
        assertThat(savableWithoutDesk).isFalse();
        assertThat(export.canSaveProperty().get()).isTrue();
        assertThat(export.previewProperty().get()).contains("\"name\": \"Raids Desk\"", "https://desk.example.org/raids");
        assertThat(dialogs.shown("saveFile")).extracting(RecordingDialogs.Shown::message)
                .containsExactly("Cross-border raids into Russia, 12 March 2024.claimreview.jsonld");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"alternateName\": \"Unproven\"", QUOTE);
        assertThat(UserSettings.load(settingsFile()).claimReviewDesk()).contains("Raids Desk");
    }

    @Test
    void withNoVerdictThePreviewSaysSoAndNothingCanBeSaved() {
        ExportViewModel export = exportOfSamples(Optional.empty());
        export.deskProperty().set("Raids Desk");

        export.formatProperty().set(ExportFormat.CLAIM_REVIEW);
        export.chooseFileAndSave();

        assertThat(export.previewProperty().get()).startsWith("No claim group has a verdict");
        assertThat(export.canSaveProperty().get()).isFalse();
        assertThat(dialogs.shown("saveFile")).isEmpty();
    }

    @Test
    void aPageThatIsNotAWebAddressIsSaidInThePreview() {
        ExportViewModel export = exportOfSamples(Optional.of(Verdict.FALSE));
        export.deskProperty().set("Raids Desk");
        export.formatProperty().set(ExportFormat.CLAIM_REVIEW);

        export.pageProperty().set("desk.example.org/raids");

        assertThat(export.previewProperty().get()).startsWith("The page address “desk.example.org/raids” is not a web address");
        assertThat(export.canSaveProperty().get()).isFalse();
    }

    @Test
    void theDeskNamedLastIsOfferedAgain() throws Exception {
        UserSettings settings = UserSettings.load(settingsFile());
        settings.setClaimReviewDesk("Remembered Desk");
        settings.save();

        ExportViewModel export = exportOfSamples(Optional.of(Verdict.FALSE));

        assertThat(export.deskProperty().get()).isEqualTo("Remembered Desk");
    }
}
