package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import org.corroborate.model.Article;
import org.corroborate.service.ArticleDetails;
import org.corroborate.testing.RunningApp;
import org.corroborate.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Articles brought into the open project from the real window: pasted with Ctrl+Shift+V, and
 * dropped as files. Monocle has no native drag and drop, so the drop is a synthetic drag event
 * carrying a dragboard of files, fired at the window's root as the scene would fire it.
 */
class AddArticlesUiTest extends WindowTest {
    @TempDir
    Path files;

    private void startOnSamples() throws Exception {
        running = new RunningApp(home, dialogs).start();
        RunningApp.waitUntil("the sample set is open", () -> running.app().projectViewModel().articles().size() == 5);
        running.showAt(1366, 768);
    }

    private List<Article> listed() {
        ListView<Article> list = robot.lookup("#article-list").query();
        return List.copyOf(list.getItems());
    }

    @Test
    void ctrlShiftVAddsTheClipboardsTextAsAnArticle() throws Exception {
        startOnSamples();
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT,
                "Officials said a second convoy crossed the border near the village overnight.")));
        robot.clickOn("#article-list");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        RunningApp.waitUntil("the pasted article is listed", () -> listed().size() == 6);
        assertThat(listed()).anySatisfy(article -> assertThat(article.text()).contains("second convoy"));
        assertThat(running.app().projectViewModel().statusProperty().get()).startsWith("Added 1 article.");
        assertThat(dialogs.shown("error")).isEmpty();
    }

    @Test
    void filesDroppedOnTheWindowBecomeArticles() throws Exception {
        startOnSamples();
        File dropped = Files.writeString(files.resolve("convoy.txt"),
                "Officials said a third convoy crossed the border near the village overnight.\n").toFile();
        assertThat(dragOver(List.of(dropped))).as("a drag of files is accepted").isTrue();
        Parent root = running.stage().getScene().getRoot();
        robot.interact(() -> root.fireEvent(dragEvent(DragEvent.DRAG_DROPPED, dragboardOf(List.of(dropped)), root)));

        RunningApp.waitUntil("the dropped article is listed", () -> listed().size() == 6);
        assertThat(listed()).anySatisfy(article -> assertThat(article.text()).contains("third convoy"));
    }

    @Test
    void aDragWithoutFilesIsNotAccepted() throws Exception {
        startOnSamples();
        assertThat(dragOver(List.of())).isFalse();
    }

    /** Drags the files over the window and says whether it would take them. */
    private boolean dragOver(List<File> held) {
        Parent root = running.stage().getScene().getRoot();
        DragEvent[] over = new DragEvent[1];
        robot.interact(() -> {
            over[0] = dragEvent(DragEvent.DRAG_OVER, dragboardOf(held), root);
            root.fireEvent(over[0]);
        });
        return over[0].isAccepted();
    }

    @Test
    void theColumnHeaderMenuCorrectsAnArticlesOutlet() throws Exception {
        startOnSamples();
        dialogs.answerArticleDetails(new ArticleDetails(Optional.of("Reuters"), Optional.empty(), Optional.empty(),
                Optional.empty()));
        robot.rightClickOn("#column-0 .column-header");
        RunningApp.waitUntil("the header menu is shown", () -> robot.lookup("Edit Article Details…").tryQuery().isPresent());
        robot.clickOn("Edit Article Details…");

        RunningApp.waitUntil("the column names the corrected outlet", () ->
                robot.lookup("#column-0 .column-outlet").queryAs(Label.class).getText().equals("Reuters"));
        assertThat(listed()).anySatisfy(article -> assertThat(article.outlet()).contains("Reuters"));
    }

    private static DragEvent dragEvent(javafx.event.EventType<DragEvent> type, Dragboard dragboard, Parent root) {
        return new DragEvent(root, root, type, dragboard, 10, 10, 10, 10, TransferMode.COPY, null, null, null);
    }

    /** A dragboard holding files, as the operating system's drag would hand it over. */
    private static Dragboard dragboardOf(List<File> held) {
        TKClipboard peer = (TKClipboard) Proxy.newProxyInstance(TKClipboard.class.getClassLoader(),
                new Class<?>[] {TKClipboard.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentTypes" -> held.isEmpty() ? Set.of() : Set.of(DataFormat.FILES);
                    case "hasContent" -> DataFormat.FILES.equals(args[0]) && !held.isEmpty();
                    case "getContent" -> DataFormat.FILES.equals(args[0]) && !held.isEmpty() ? held : null;
                    case "getTransferModes" -> Set.of(TransferMode.COPY);
                    case "putContent" -> false;
                    case "getDragViewOffsetX", "getDragViewOffsetY" -> 0.0;
                    default -> null;
                });
        Dragboard dragboard = DragboardHelper.createDragboard(peer);
        DragboardHelper.setDataAccessRestriction(dragboard, false);
        return dragboard;
    }
}
