package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.LinkType;
import org.corroborate.testing.RunningApp;
import org.corroborate.testing.WindowTest;
import org.corroborate.testing.TextAreaDriver;
import org.corroborate.testing.WindowChecks;
import org.corroborate.ui.annotation.AnnotationViewModel;
import org.corroborate.ui.annotation.TextSelection;
import org.corroborate.ui.layout.WorkbenchLayout;
import org.corroborate.ui.reader.ReaderColumn;
import org.corroborate.ui.reader.ReaderColumnsView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on the screens analysts have, from a 1280×720 laptop to a 2560×1440 monitor: every
 * part is on screen with room for its content, nothing is cut off, and the reader shows as many
 * columns as fit at a readable width. Each size leaves a picture under target/screenshots/.
 */
class ScreenSizesUiTest extends WindowTest {
    private static final int MIN_TABLE_ROWS = 3;


    private Annotations state() {
        return running.app().projectViewModel().annotations();
    }

    private AnnotationViewModel annotations() {
        return running.app().mainWindow().annotations();
    }

    private ReaderColumnsView reader() {
        return running.app().mainWindow().reader();
    }

    private void startAt(int width, int height) throws Exception {
        running = new RunningApp(home, dialogs).start();
        RunningApp.waitUntil("the sample set is open", () -> running.app().projectViewModel().articles().size() == 5);
        robot.interact(() -> {
            Stage stage = running.stage();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void keys(KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Marks the first words of five or more letters in an article, one claim each. */
    private List<Claim> markWords(int articleIndex, int count) {
        Article article = running.app().projectViewModel().articles().get(articleIndex);
        Matcher words = Pattern.compile("\\p{L}{5,}").matcher(article.text());
        int before = state().claimCount();
        for (int i = 0; i < count && words.find(); i++) {
            TextSelection selection = new TextSelection(article.id(), words.start(), words.end());
            robot.interact(() -> annotations().mark(selection));
        }
        RunningApp.waitUntil(count + " more claims are saved", () -> state().claimCount() == before + count);
        return state().claimsOf(article.id());
    }

    private List<ReaderColumn> columnsOnScreen() {
        return reader().columnViews().stream().filter(WindowChecks::showing).toList();
    }

    private Bounds sceneBox() {
        return TextAreaDriver.onFx(() -> {
            Parent root = running.stage().getScene().getRoot();
            return root.localToScene(root.getLayoutBounds());
        });
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 720, 3", "1366, 768, 3", "1920, 1080, 5", "2560, 1440, 5"})
    void everyPartFitsTheScreenAndNothingIsCutOff(int width, int height, int columnsThatFit) throws Exception {
        startAt(width, height);
        keys(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT5);
        RunningApp.waitUntil("five columns are open", () -> reader().columnViews().size() == 5);
        List<Claim> marked = markWords(1, 6);
        robot.interact(() -> {
            annotations().select(marked.get(0).id());
            annotations().setTags(List.of("location", "event"));
        });
        RunningApp.waitUntil("the claim has its kinds", () -> state().claim(marked.get(0).id()).orElseThrow().tags().size() == 2);
        running.screenshot(Path.of("target", "screenshots", "window-" + width + "x" + height + ".png"));

        Bounds window = sceneBox();
        assertThat(window.getWidth()).isEqualTo(width);
        assertThat(window.getHeight()).isEqualTo(height);
        for (String id : List.of("#menu-bar", "#export-button", "#mark-button", "#column-count", "#articles-toggle",
                "#inspector-toggle", "#article-list", "#inspector", "#claims-table", "#claims-search", "#status-bar")) {
            Node node = robot.lookup(id).query();
            assertThat(TextAreaDriver.onFx(() -> WindowChecks.inside(node, window))).as(id + " is inside the window").isTrue();
        }

        List<ReaderColumn> shown = TextAreaDriver.onFx(this::columnsOnScreen);
        assertThat(shown).as("columns side by side at " + width + " pixels").hasSize(columnsThatFit);
        Bounds inspector = TextAreaDriver.onFx(() -> WindowChecks.inScene(robot.lookup("#inspector").query()));
        for (ReaderColumn column : shown) {
            Bounds bounds = TextAreaDriver.onFx(() -> WindowChecks.inScene(column));
            assertThat(bounds.getWidth()).as(column.getId() + "'s width").isGreaterThanOrEqualTo(ReaderColumnsView.MIN_COLUMN_WIDTH);
            assertThat(bounds.getMaxX()).as(column.getId() + " ends before the inspector").isLessThanOrEqualTo(inspector.getMinX() + 0.5);
        }
        boolean paged = columnsThatFit < 5;
        assertThat(TextAreaDriver.onFx(() -> robot.lookup("#column-pager").tryQuery().map(WindowChecks::showing).orElse(false)))
                .as("the pager shows when not every column fits").isEqualTo(paged);

        assertThat(TextAreaDriver.onFx(this::fullTableRows)).as("claims table rows in full view")
                .isGreaterThanOrEqualTo(MIN_TABLE_ROWS);

        List<String> clipped = TextAreaDriver.onFx(() -> {
            List<String> found = new ArrayList<>();
            for (String part : List.of(".tool-bar", "#inspector", "#bottom-tabs .tab-header-area", ".claims-bar",
                    "#column-pager")) {
                robot.lookup(part).queryAll().forEach(node -> found.addAll(WindowChecks.clippedTexts((Parent) node)));
            }
            shown.forEach(column -> found.addAll(WindowChecks.clippedTexts(column.header())));
            return found;
        });
        assertThat(clipped).as("texts drawn shortened").isEmpty();
    }

    private long fullTableRows() {
        Node table = robot.lookup("#claims-table").query();
        Bounds box = WindowChecks.inScene(table);
        return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() != null && WindowChecks.showing(row) && WindowChecks.inside(row, box))
                .count();
    }

    @Test
    void hidingTheSidePanesGivesTheReaderTheirWidthAndIsRemembered() throws Exception {
        startAt(1280, 720);
        keys(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT5);
        RunningApp.waitUntil("five columns are open", () -> reader().columnViews().size() == 5);
        int before = TextAreaDriver.onFx(() -> columnsOnScreen().size());
        assertThat(before).isLessThan(5);

        // Step to the last column with the keys, then back.
        robot.clickOn("#next-columns");
        keys(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        RunningApp.waitUntil("the last column is on screen", () -> reader().paging().shows(4));
        keys(KeyCode.CONTROL, KeyCode.PAGE_UP);
        RunningApp.waitUntil("the pager stepped back", () -> !reader().paging().shows(4));

        keys(KeyCode.CONTROL, KeyCode.B);
        keys(KeyCode.CONTROL, KeyCode.I);
        RunningApp.waitUntil("both side panes are hidden",
                () -> robot.lookup("#article-list").tryQuery().map(n -> n.getScene() == null).orElse(true)
                        && robot.lookup("#inspector").tryQuery().map(n -> n.getScene() == null).orElse(true));
        RunningApp.waitUntil("every column fits", () -> columnsOnScreen().size() == 5);
        running.screenshot(Path.of("target", "screenshots", "window-1280x720-panes-hidden.png"));

        running.stop();
        running = new RunningApp(home, dialogs).start();
        RunningApp.waitUntil("the sample set is open again", () -> running.app().projectViewModel().articles().size() == 5);
        assertThat(robot.lookup("#inspector").tryQuery()).as("the inspector stays hidden").isEmpty();
        keys(KeyCode.CONTROL, KeyCode.I);
        RunningApp.waitUntil("the inspector is back", () -> robot.lookup("#inspector").tryQuery().isPresent());
        assertThat(robot.lookup("#article-list").tryQuery()).as("the article list stays hidden").isEmpty();
    }

    @Test
    void groupingAClaimOnALaptopScreenBringsTheGroupFieldsIntoSight() throws Exception {
        startAt(1280, 720);
        Claim first = markWords(1, 1).get(0);
        Claim second = markWords(2, 1).get(0);
        robot.interact(() -> {
            annotations().select(second.id());
            annotations().linkWith(LinkType.SAME, first.id());
        });
        RunningApp.waitUntil("the claims are linked", () -> state().links().size() == 1);
        robot.clickOn("#claimant");
        keys(KeyCode.CONTROL, KeyCode.G);
        RunningApp.waitUntil("the claims are grouped", () -> state().groups().size() == 1);
        ScrollPane inspector = robot.lookup("#inspector").query();
        RunningApp.waitUntil("the group's statement and verdict are in sight", () -> {
            Bounds viewport = inspector.localToScene(inspector.getLayoutBounds());
            return WindowChecks.inside(robot.lookup("#statement").query(), viewport)
                    && WindowChecks.inside(robot.lookup("#verdict").query(), viewport);
        });
        running.screenshot(Path.of("target", "screenshots", "window-1280x720-grouped.png"));
        assertThat(TextAreaDriver.onFx(() -> WindowChecks.clippedTexts(inspector))).as("inspector texts drawn shortened")
                .isEmpty();
    }
}
