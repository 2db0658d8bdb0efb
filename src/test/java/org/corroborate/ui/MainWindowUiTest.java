package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.corroborate.model.Article;
import org.corroborate.testing.RecordingDialogs;
import org.corroborate.testing.RunningApp;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window on the sample set, as an analyst would, and checks what it shows. */
class MainWindowUiTest {
    private static final List<String> SAMPLE_OUTLETS_FIRST_THREE =
            List.of("Worthy News (reprint)", "CNN", "Mangalorean.com (wire copy citing the BBC)");

    @TempDir
    Path home;
    @TempDir
    Path otherSets;

    final RecordingDialogs dialogs = new RecordingDialogs();
    final FxRobot robot = new FxRobot();
    RunningApp running;

    @BeforeEach
    void startOnTheSampleSet() throws Exception {
        running = new RunningApp(home, dialogs).start();
        waitForArticles(5);
    }

    @AfterEach
    void stop() throws Exception {
        if (running.app() != null) {
            running.stop();
        }
    }

    private void waitForArticles(int count) {
        RunningApp.waitUntil(count + " articles are listed", () -> articleList().getItems().size() == count);
    }

    private ListView<Article> articleList() {
        return robot.lookup("#article-list").queryListView();
    }

    private List<String> columnOutlets() {
        return robot.lookup(".column-outlet").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private String columnHeadline(int column) {
        return robot.from(robot.lookup("#column-" + column).<Node>query()).lookup(".column-headline")
                .queryAs(Label.class).getText();
    }

    @Test
    void theSampleSetOpensWithFiveArticlesListedAndThreeSideBySide() throws Exception {
        assertThat(articleList().getItems()).extracting(Article::outletOrUnknown).containsExactly(
                "Worthy News (reprint)", "CNN", "Mangalorean.com (wire copy citing the BBC)", "The Daily Beast", "24.news");
        assertThat(robot.lookup(".article-outlet").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("CNN", "The Daily Beast", "24.news");
        assertThat(robot.lookup(".article-details").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).contains("12 Mar 2024").contains("characters"));
        assertThat(columnOutlets()).containsExactlyElementsOf(SAMPLE_OUTLETS_FIRST_THREE);
        assertThat(columnHeadline(2)).isEqualTo("Ukraine-based Russian armed groups claim raids into Russia");
        assertThat(columnHeadline(1)).startsWith("[").endsWith("]");
        assertThat(running.stage().getTitle()).contains("12 March 2024");

        running.screenshot(Path.of("target", "screenshots", "main-window.png"));
    }

    @Test
    void theArticleTextCanBeSelectedWithTheMouse() {
        StyleClassedTextArea cnn = robot.lookup("#article-text-1").query();
        assertThat(cnn.getText()).startsWith("Pro-Ukrainian groups of Russian fighters claimed");
        // A press-drag-release across the first line selects part of it.
        var bounds = cnn.localToScreen(cnn.getBoundsInLocal());
        robot.drag(bounds.getMinX() + 20, bounds.getMinY() + 20).dropTo(bounds.getMinX() + 220, bounds.getMinY() + 20);
        WaitForAsyncUtils.waitForFxEvents();
        String selected = cnn.getSelectedText();
        assertThat(selected).hasSizeGreaterThan(5);
        assertThat(cnn.getText()).startsWith(cnn.getText(0, cnn.getSelection().getStart()) + selected);
    }

    @Test
    void choosingAnotherArticleChangesAColumnAndTheChoiceSurvivesARestart() throws Exception {
        robot.clickOn("#column-chooser-0");
        robot.clickOn("The Daily Beast: Anti-Kremlin Militants With Tanks Fight Russia in Border Region");
        RunningApp.waitUntil("the first column shows The Daily Beast",
                () -> columnOutlets().get(0).equals("The Daily Beast"));
        RunningApp.waitUntil("the first column shows The Daily Beast",
                () -> columnOutlets().get(0).equals("The Daily Beast"));
        assertThat(columnHeadline(0)).isEqualTo("Anti-Kremlin Militants With Tanks Fight Russia in Border Region");
        assertThat(columnOutlets()).containsExactly("The Daily Beast", "CNN", "Mangalorean.com (wire copy citing the BBC)");

        robot.clickOn("#column-count").clickOn("4");
        RunningApp.waitUntil("four columns show", () -> columnOutlets().size() == 4);
        robot.interact(() -> {
            running.stage().setX(40);
            running.stage().setY(30);
            running.stage().setWidth(1200);
            running.stage().setHeight(760);
        });
        String projectTitle = running.stage().getTitle();

        running.stop();
        running = new RunningApp(home, dialogs).start();
        waitForArticles(5);
        RunningApp.waitUntil("the columns are restored", () -> columnOutlets().size() == 4);

        assertThat(running.stage().getTitle()).isEqualTo(projectTitle);
        assertThat(columnOutlets()).containsExactly("The Daily Beast", "CNN", "Mangalorean.com (wire copy citing the BBC)",
                "Worthy News (reprint)");
        assertThat(running.stage().getWidth()).isEqualTo(1200);
        assertThat(running.stage().getHeight()).isEqualTo(760);
        assertThat(running.stage().getX()).isEqualTo(40);
        assertThat(running.stage().getY()).isEqualTo(30);
    }

    @Test
    void controlOOpensAnotherArticleSet() throws Exception {
        Path set = Files.createDirectories(otherSets.resolve("floods"));
        Files.writeString(set.resolve("a.txt"), "River bursts its banks\nThe river rose two metres overnight.",
                StandardCharsets.UTF_8);
        Files.writeString(set.resolve("b.md"), "# Town cut off by flood\nRoads were closed at dawn.", StandardCharsets.UTF_8);
        dialogs.answerFolder(set);

        robot.clickOn("#article-list").press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        waitForArticles(2);
        assertThat(dialogs.shown("chooseFolder")).hasSize(1);
        assertThat(columnOutlets()).containsExactly("Unknown outlet", "Unknown outlet");
        assertThat(columnHeadline(0)).isEqualTo("River bursts its banks");
        assertThat(columnHeadline(1)).isEqualTo("Town cut off by flood");
        assertThat(running.stage().getTitle()).startsWith("floods");
    }

    @Test
    void aSetWithBadFilesLoadsTheGoodOnesAndNamesEachBadOne() throws Exception {
        Path set = Files.createDirectories(otherSets.resolve("mixed"));
        Files.writeString(set.resolve("good.txt"), "A good article\nWith text.", StandardCharsets.UTF_8);
        Files.write(set.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02, 0x00});
        Files.write(set.resolve("empty.txt"), new byte[0]);
        dialogs.answerFolder(set);

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        waitForArticles(1);
        RunningApp.waitUntil("the problems are shown", () -> !dialogs.shown("problems").isEmpty());
        String problems = dialogs.shown("problems").get(0).message();
        assertThat(problems).contains("binary.txt").contains("empty.txt");
        assertThat(articleList().getItems()).extracting(Article::headline).containsExactly("A good article");
    }

    @Test
    void anEmptyFolderIsRefusedAndTheOpenProjectStays() throws Exception {
        Path empty = Files.createDirectories(otherSets.resolve("nothing"));
        dialogs.answerFolder(empty);

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        RunningApp.waitUntil("an error is shown", () -> !dialogs.shown("error").isEmpty());
        assertThat(dialogs.shown("error").get(0).message()).contains("nothing").contains("no .txt or .md");
        assertThat(articleList().getItems()).hasSize(5);
        assertThat(Files.list(home.resolve("projects")).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.startsWith("nothing"));
    }
}
