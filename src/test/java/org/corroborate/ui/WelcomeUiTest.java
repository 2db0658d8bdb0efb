package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import org.corroborate.testing.RunningApp;
import org.corroborate.testing.WindowTest;
import org.corroborate.ui.project.RecentProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window with nothing open: the ways in, and the recent projects by title. */
class WelcomeUiTest extends WindowTest {
    @TempDir
    Path elsewhere;

    private boolean welcomeShows() {
        return robot.lookup("#welcome").tryQuery().isPresent();
    }

    @Test
    void aFirstStartWelcomesAndOpensTheSampleSetWhenAsked() throws Exception {
        running = new RunningApp(home, dialogs).startAsIs();
        RunningApp.waitUntil("the welcome screen shows", this::welcomeShows);
        assertThat(running.app().projectViewModel().workspaceProperty().get()).isNull();
        running.screenshot(Path.of("target", "screenshots", "welcome-first-start.png"));

        robot.clickOn("#open-samples");
        RunningApp.waitUntil("the sample set is open", () -> running.app().projectViewModel().articles().size() == 5);
        RunningApp.waitUntil("the workbench replaces the welcome screen",
                () -> !welcomeShows() && robot.lookup("#article-list").tryQuery().isPresent());
    }

    @Test
    void whenTheProjectAskedForCannotOpenTheRecentOnesAreListedByTitleWithTheirCounts() throws Exception {
        running = new RunningApp(home, dialogs).start();
        RunningApp.waitUntil("the sample set is open", () -> running.app().projectViewModel().articles().size() == 5);
        running.stop();

        Path notAProject = Files.writeString(elsewhere.resolve("notes.mv.db"), "");
        running = new RunningApp(home, dialogs).start(notAProject.toString());
        RunningApp.waitUntil("the welcome screen shows", this::welcomeShows);
        ListView<RecentProject> recent = robot.lookup("#recent-projects").queryListView();
        RunningApp.waitUntil("the recent project is read", () -> recent.getItems().size() == 1);
        RecentProject samples = recent.getItems().get(0);
        assertThat(samples.heading()).isEqualTo("Cross-border raids into Russia, 12 March 2024");
        assertThat(samples.summary()).isEqualTo("5 articles · 0 claims");
        running.screenshot(Path.of("target", "screenshots", "welcome-recent.png"));
        if (Boolean.getBoolean("corroborate.updateDocs")) {
            robot.interact(() -> {
                running.stage().setWidth(1366);
                running.stage().setHeight(768);
            });
            running.screenshot(RunningApp.REPO.resolve("docs").resolve("welcome.png"));
        }

        robot.doubleClickOn("Cross-border raids into Russia, 12 March 2024");
        RunningApp.waitUntil("the recent project opens", () -> running.app().projectViewModel().articles().size() == 5
                && !welcomeShows());
    }
}
