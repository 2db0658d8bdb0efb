package org.corroborate.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.corroborate.service.ArticleDetails;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Operations;
import org.corroborate.service.ExportFormat;
import org.corroborate.service.ProjectExport;
import org.corroborate.service.Workspace;
import org.corroborate.service.ProjectService;
import org.corroborate.settings.UserSettings;
import org.corroborate.service.ProjectLocation;
import org.corroborate.store.ProjectHolder;
import org.corroborate.testing.ChildJvm;
import org.corroborate.testing.RecordingDialogs;
import org.corroborate.ui.common.TaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening projects as the window does, without a window. */
class ProjectViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path sets;
    final RecordingDialogs dialogs = new RecordingDialogs();

    private ProjectViewModel viewModel() {
        return viewModel(UserSettings.load(home.resolve("settings.properties")));
    }

    private ProjectViewModel viewModel(UserSettings settings) {
        ProjectService service = new ProjectService(home.resolve("projects"), new ArticleSetReader(),
                Clock.systemUTC(), "analyst");
        return new ProjectViewModel(service, TaskExecutor.direct(), dialogs, settings);
    }

    private Path copyOfSamples() throws Exception {
        Path copy = Files.createDirectories(sets.resolve("raids"));
        try (var files = Files.list(Path.of("samples"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void aProjectReopensWithoutItsArticleSetFolder() throws Exception {
        Path folder = copyOfSamples();
        ProjectViewModel first = viewModel();
        first.openArticleSet(folder);
        ProjectLocation file = first.workspaceProperty().get().location();
        first.close();
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);

        ProjectViewModel again = viewModel();
        assertThat(again.lastProject()).contains(file);
        again.openProject(again.lastProject().orElseThrow());
        assertThat(again.articles()).hasSize(5);
        assertThat(again.titleProperty().get()).startsWith("Cross-border raids into Russia");
        assertThat(dialogs.shown("error")).isEmpty();
        again.close();
    }

    @Test
    void aProjectInUseElsewhereIsNamedInAClearMessageAndTheOpenOneStays() throws Exception {
        ProjectViewModel viewModel = viewModel();
        viewModel.openArticleSet(copyOfSamples());
        ProjectLocation.File other = new ProjectLocation.File(home.resolve("projects").resolve("other"));
        ProjectService service = new ProjectService(home.resolve("projects"), new ArticleSetReader(),
                Clock.systemUTC(), "analyst");
        service.createProject(other, Path.of("samples")).workspace().close();

        Process holder = ChildJvm.start(ProjectHolder.class, other.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("OPEN");
            viewModel.openProject(other);
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        assertThat(dialogs.shown("error")).singleElement().satisfies(shown -> {
            assertThat(shown.title()).contains("other.mv.db");
            assertThat(shown.message()).contains("other.mv.db").contains("in use by another program");
        });
        assertThat(viewModel.workspaceProperty().get().location()).isNotEqualTo(other);
        assertThat(viewModel.articles()).hasSize(5);
        viewModel.close();
    }

    @Test
    void aMissingProjectIsForgottenFromTheRecentList() {
        UserSettings settings = UserSettings.load(home.resolve("settings.properties"));
        ProjectLocation.File gone = new ProjectLocation.File(home.resolve("gone"));
        settings.projectOpened(gone.path());
        ProjectViewModel viewModel = viewModel(settings);
        assertThat(viewModel.recentProjects()).contains(gone);
        viewModel.openProject(gone);
        assertThat(dialogs.shown("error")).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("There is no project file"));
        assertThat(viewModel.recentProjects()).doesNotContain(gone);
    }

    @Test
    void aReadOnlyProjectFileIsNamedAsSuchAndNotOpenedForWork() throws Exception {
        ProjectLocation.File project = new ProjectLocation.File(home.resolve("projects").resolve("locked"));
        new ProjectService(home.resolve("projects"), new ArticleSetReader(), Clock.systemUTC(), "analyst")
                .createProject(project, Path.of("samples")).workspace().close();
        Files.setPosixFilePermissions(project.path(), PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(project.path());
        ProjectViewModel viewModel = viewModel();

        viewModel.openProject(project);

        assertThat(dialogs.shown("error")).singleElement().satisfies(shown -> assertThat(shown.message())
                .isEqualTo("The project file " + project + " is read-only; copy it or change its permissions."));
        assertThat(viewModel.workspaceProperty().get()).isNull();
        assertThat(Files.readAllBytes(project.path())).isEqualTo(before);
    }

    @Test
    void anEmptyFileChosenAsAProjectStaysEmptyAndTheWindowSaysHowToMakeAProject() throws Exception {
        Path empty = Files.createFile(home.resolve("empty.mv.db"));
        ProjectViewModel viewModel = viewModel();

        viewModel.openProjectFile(empty);

        assertThat(dialogs.shown("error")).singleElement().satisfies(shown -> assertThat(shown.message())
                .startsWith("The file " + empty + " is empty, so it is not a Corroborate project file.")
                .contains("File → Open Article Set"));
        assertThat(empty).isEmptyFile();
    }

    @Test
    void aPathWithASemicolonIsRefusedWithAMessage() {
        ProjectViewModel viewModel = viewModel();

        viewModel.openProjectFile(home.resolve("x;INIT=CREATE TABLE PWNED(A INT)"));

        assertThat(dialogs.shown("error")).singleElement().satisfies(shown -> assertThat(shown.message())
                .contains("has a ‘;’ in"));
        assertThat(viewModel.workspaceProperty().get()).isNull();
    }

    /** Marks "Freedom of Russia Legion" in the first article, as the window would. */
    private static Claim markLegion(ProjectViewModel viewModel, Runnable afterwards) {
        Workspace workspace = viewModel.workspaceProperty().get();
        Article first = workspace.articles().get(0);
        int start = first.text().indexOf("Freedom of Russia Legion");
        Claim legion = Claim.mark(first.id(), Anchor.capture(first.text(), start, start + 24), "analyst", workspace.now());
        viewModel.apply(state -> Operations.markClaim(legion), afterwards);
        return legion;
    }

    @Test
    void importingAnnotationsSaysHowEachClaimWasPlaced() throws Exception {
        ProjectViewModel viewModel = viewModel();
        viewModel.openArticleSet(copyOfSamples());
        Workspace workspace = viewModel.workspaceProperty().get();
        Claim legion = markLegion(viewModel, () -> { });
        Path exported = sets.resolve("legion.jsonld");
        ProjectExport.toFile(workspace, ExportFormat.JSON_LD, org.corroborate.model.Publisher.NONE, exported, workspace.now());
        Path shouted = Files.writeString(sets.resolve("shouted.jsonld"), Files.readString(exported)
                .replace("\"exact\": \"Freedom of Russia Legion\"", "\"exact\": \"Freedom of Russia LEGION\""));
        viewModel.undo();
        assertThat(viewModel.annotations().claimCount()).isZero();

        dialogs.answerFile(shouted);
        viewModel.chooseAnnotationsToImport();

        assertThat(viewModel.statusProperty().get()).contains("Imported 1 claim", "shouted.jsonld",
                "Claims: 1 placed approximately.");
        assertThat(dialogs.shown("problems")).singleElement().satisfies(shown -> assertThat(shown.message())
                .contains("Claim " + legion.id().shortForm(), "placed approximately", "“Freedom of Russia LEGION”",
                        "“Freedom of Russia Legion”"));
        assertThat(viewModel.annotations().claim(legion.id())).map(Claim::quote).hasValue("Freedom of Russia Legion");
        viewModel.close();
    }

    @Test
    void undoAndRedoSayWhichStepTheyTookAndLeaveNoStaleMessage() throws Exception {
        ProjectViewModel viewModel = viewModel();
        viewModel.openArticleSet(copyOfSamples());
        Workspace workspace = viewModel.workspaceProperty().get();
        markLegion(viewModel, () -> viewModel.say("Marked a claim in Worthy News."));
        String step = workspace.undoLabel().orElseThrow();

        viewModel.undo();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Undone: " + step + ".");
        viewModel.undo();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Nothing to undo.");
        viewModel.redo();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Redone: " + step + ".");
        assertThat(viewModel.annotations().claimCount()).isEqualTo(1);
        viewModel.close();
    }

    @Test
    void aFileThatIsNotAnExportIsNamedInTheMessage() throws Exception {
        ProjectViewModel viewModel = viewModel();
        viewModel.openArticleSet(copyOfSamples());
        Path csv = Files.writeString(sets.resolve("claims.csv"), "id,quote,status\n1,killed 60,disputed\n");

        dialogs.answerFile(csv);
        viewModel.chooseAnnotationsToImport();

        assertThat(dialogs.shown("error")).singleElement().satisfies(shown -> assertThat(shown.message())
                .contains(csv.toString(), "is not a JSON-LD export", "“id,quote,status”"));
        assertThat(viewModel.annotations().claimCount()).isZero();
        viewModel.close();
    }

    @Test
    void addArticlesTakesTheChosenFilesAndListsTheRefusedOnesByFile() throws Exception {
        ProjectViewModel viewModel = viewModel();
        viewModel.openArticleSet(copyOfSamples());
        Path newArticle = Files.writeString(sets.resolve("border-update.txt"),
                "Officials said on Tuesday that a second convoy crossed the border near the village overnight.\n");
        Path binary = Files.write(sets.resolve("photo.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        dialogs.answerFile(newArticle).answerFile(binary);

        viewModel.chooseArticlesToAdd();

        assertThat(viewModel.articles()).hasSize(6);
        assertThat(viewModel.articles()).anySatisfy(a -> assertThat(a.text()).contains("second convoy"));
        assertThat(viewModel.statusProperty().get()).startsWith("Added 1 article.").contains("photo.txt");
        assertThat(dialogs.shown("problems")).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("photo.txt"));
        viewModel.close();
    }

    @Test
    void addingWithNoProjectOpenSaysSoAndAsksForNothing() {
        ProjectViewModel viewModel = viewModel();
        viewModel.chooseArticlesToAdd();
        assertThat(dialogs.shown()).isEmpty();
        assertThat(viewModel.statusProperty().get()).contains("Open a project first");
    }

    @Test
    void editedArticleDetailsAreShownAndKeptInTheProject() throws Exception {
        ProjectViewModel viewModel = viewModel();
        viewModel.openArticleSet(copyOfSamples());
        Article first = viewModel.articles().get(0);
        dialogs.answerArticleDetails(new ArticleDetails(Optional.of("Reuters"), Optional.empty(),
                Optional.of(LocalDate.of(2024, 3, 12)), Optional.of("https://example.org/raids")));
        viewModel.chooseArticleDetails(first);

        assertThat(viewModel.article(first.id())).hasValueSatisfying(edited -> {
            assertThat(edited.outlet()).contains("Reuters");
            assertThat(edited.published()).contains(LocalDate.of(2024, 3, 12));
            assertThat(edited.headline()).isEqualTo(first.headline());
        });
        ProjectLocation location = viewModel.workspaceProperty().get().location();
        viewModel.close();

        ProjectViewModel again = viewModel();
        again.openProject(location);
        assertThat(again.article(first.id()).orElseThrow().url()).contains("https://example.org/raids");
        again.close();
    }
}
