package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.Conflict;
import org.corroborate.model.LinkType;
import org.corroborate.testing.RunningApp;
import org.corroborate.testing.WindowTest;
import org.corroborate.testing.TextAreaDriver;
import org.corroborate.ui.claims.ClaimRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst's whole flow through the real window on the sample set: mark the 60-against-234
 * conflict, describe and link it, find it among the conflicts, link two spellings of a village,
 * resize, undo and redo, then quit and start again and find everything as it was left.
 */
class AnalystFlowUiTest extends WindowTest {
    private static final String SIXTY = "killed 60 Ukrainian soldiers";
    private static final String MANY = "more than 234 Ukrainian troops had been killed";


    private TextAreaDriver column(int index) {
        StyleClassedTextArea area = robot.lookup("#article-text-" + index).query();
        return new TextAreaDriver(robot, area);
    }

    private Annotations state() {
        return running.app().projectViewModel().annotations();
    }

    private void waitForClaims(int count) {
        RunningApp.waitUntil(count + " claims are saved", () -> state().claimCount() == count);
    }

    private void shortcut(KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeInto(String field, String text) {
        robot.clickOn(field);
        robot.write(text);
        shortcut(KeyCode.ENTER);
    }

    private String inspectorQuote() {
        return robot.lookup("#inspector-quote").queryAs(Label.class).getText();
    }

    @Test
    void markLinkFindUndoRedoAndFindItAllAgainAfterARestart() throws Exception {
        running = new RunningApp(home, dialogs).start();
        RunningApp.waitUntil("the sample set is open", () -> running.app().projectViewModel().articles().size() == 5);
        TextAreaDriver worthy = column(0);
        TextAreaDriver cnn = column(1);
        TextAreaDriver bbc = column(2);

        // Mark "killed 60 Ukrainian soldiers" in the CNN column with Ctrl+M.
        cnn.dragAcross(SIXTY, 1);
        assertThat(cnn.area().getSelectedText()).isEqualTo(SIXTY);
        shortcut(KeyCode.CONTROL, KeyCode.M);
        waitForClaims(1);
        assertThat(cnn.area().getSelectedText()).as("the selection gives way to the claim's colour").isEmpty();
        RunningApp.waitUntil("the inspector shows the claim", () -> robot.lookup("#inspector-quote").tryQuery().isPresent()
                && inspectorQuote().equals("“" + SIXTY + "”"));
        int sixtyAt = cnn.offsetOf(SIXTY, 1);
        assertThat(cnn.stylesAt(sixtyAt + 3)).contains("claim", "selected", "status-unverified");

        // Say who asserts it, what kind of claim it is, its status and a note.
        typeInto("#claimant", "Russian defense ministry");
        typeInto("#new-kind", "casualties");
        robot.clickOn("#status").clickOn("Disputed");
        robot.clickOn("#note").write("Ministry figure; no evidence offered.");
        robot.clickOn("#claimant");
        RunningApp.waitUntil("the claim's details are saved", () -> {
            Claim claim = state().claims().get(0);
            return claim.claimant().equals("Russian defense ministry") && claim.tags().equals(List.of("casualties"))
                    && claim.status() == ClaimStatus.DISPUTED && claim.note().equals("Ministry figure; no evidence offered.");
        });
        Claim sixty = state().claims().get(0);

        // Mark "more than 234 … killed" in the Mangalorean/BBC column from the context menu.
        bbc.dragAcross(MANY, 1);
        robot.rightClickOn(bbc.area()).clickOn("Mark as Claim (Ctrl+M)");
        waitForClaims(2);
        Claim many = state().claims().stream().filter(c -> c.quote().equals(MANY)).findFirst().orElseThrow();

        // With that claim selected, Ctrl+click the CNN claim and link the two as contradicting.
        cnn.clickOn(sixtyAt + 2, KeyCode.CONTROL);
        assertThat(cnn.stylesAt(sixtyAt + 2)).contains("link-target");
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        RunningApp.waitUntil("the two claims are linked", () -> state().links().size() == 1);
        ClaimLink contradiction = state().links().get(0);
        assertThat(contradiction.type()).isEqualTo(LinkType.CONTRADICTS);
        assertThat(List.of(contradiction.from(), contradiction.to())).containsExactlyInAnyOrder(sixty.id(), many.id());
        TextField linkNote = robot.lookup(".link-note").queryAs(TextField.class);
        robot.clickOn(linkNote).write("60 killed near Odnorobovka vs more than 234 overall");
        shortcut(KeyCode.ENTER);
        RunningApp.waitUntil("the link note is saved", () -> state().links().get(0).note().startsWith("60 killed"));

        // Both spans are now shown as a conflict.
        int manyAt = bbc.offsetOf(MANY, 1);
        assertThat(cnn.stylesAt(sixtyAt + 2)).contains("conflict");
        assertThat(bbc.stylesAt(manyAt + 2)).contains("conflict");
        robot.clickOn("Conflicts (1)");
        ListView<Conflict> conflicts = robot.lookup("#conflicts-list").queryListView();
        assertThat(conflicts.getItems()).hasSize(1);
        assertThat(robot.lookup(".conflict-quote").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyInAnyOrder("“" + SIXTY + "”", "“" + MANY + "”");
        robot.clickOn("Claims (2)");

        // In the claims table, filter to conflicts and choose one: both columns scroll to it and flash.
        cnn.scrollToTop();
        bbc.scrollToTop();
        assertThat(bbc.isOnScreen(manyAt)).isFalse();
        robot.clickOn("#claims-filter").clickOn("Conflicts");
        TableView<ClaimRow> table = robot.lookup("#claims-table").queryTableView();
        RunningApp.waitUntil("the table shows the two conflicting claims", () -> table.getItems().size() == 2);
        robot.clickOn(robot.lookup("#claims-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        RunningApp.waitUntil("both spans flash", () -> bbc.stylesAt(manyAt + 2).contains("flash")
                && cnn.stylesAt(sixtyAt + 2).contains("flash"));
        assertThat(bbc.isOnScreen(manyAt)).isTrue();
        assertThat(cnn.isOnScreen(sixtyAt)).isTrue();

        // Tyotkino here, Tetkino there: the same claim, linked with Ctrl+Shift+S from a selection.
        worthy.dragAcross("Tyotkino", 1);
        shortcut(KeyCode.CONTROL, KeyCode.M);
        waitForClaims(3);
        bbc.dragAcross("Tetkino", 1);
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitForClaims(4);
        RunningApp.waitUntil("the spellings are linked", () -> state().links().size() == 2);
        assertThat(state().links()).extracting(ClaimLink::type).containsExactlyInAnyOrder(LinkType.CONTRADICTS, LinkType.SAME);
        Annotations beforeResize = state();

        // Widen the CNN claim by a word, with the keyboard.
        cnn.clickOn(sixtyAt + 2);
        RunningApp.waitUntil("the CNN claim is selected", () -> inspectorQuote().equals("“" + SIXTY + "”"));
        shortcut(KeyCode.ALT, KeyCode.RIGHT);
        RunningApp.waitUntil("the claim is one word wider", () ->
                state().claim(sixty.id()).orElseThrow().quote().equals(SIXTY + " near"));

        // Undo twice (the resize, then the Tetkino link), redo once.
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        RunningApp.waitUntil("the resize is undone", () -> state().claim(sixty.id()).orElseThrow().quote().equals(SIXTY));
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitForClaims(3);
        assertThat(state().links()).hasSize(1);
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitForClaims(4);
        RunningApp.waitUntil("the Tetkino link is back", () -> state().links().size() == 2);
        Annotations leftAs = state();
        assertThat(leftAs.claims()).containsExactlyElementsOf(beforeResize.claims());
        assertThat(leftAs.links()).containsExactlyElementsOf(beforeResize.links());

        running.screenshot(Path.of("target", "screenshots", "analyst-flow.png"));
        if (Boolean.getBoolean("corroborate.updateDocs")) {
            // The README's picture is taken on a common laptop screen, 1366×768.
            robot.interact(() -> {
                running.stage().setWidth(1366);
                running.stage().setHeight(768);
            });
            cnn.clickOn(sixtyAt + 2);
            robot.clickOn("Conflicts (1)");
            Thread.sleep(2000); // let the flash fade, so the picture shows the claims as they normally look
            running.screenshot(RunningApp.REPO.resolve("docs").resolve("main-window.png"));
        }


        // Quit and start again: everything is as it was left, with nothing saved by hand.
        running.stop();
        running = new RunningApp(home, dialogs).start();
        RunningApp.waitUntil("the project is open again", () -> state().claimCount() == 4);
        assertThat(state().claims()).containsExactlyElementsOf(leftAs.claims());
        assertThat(state().links()).containsExactlyElementsOf(leftAs.links());
        TextAreaDriver cnnAgain = column(1);
        assertThat(cnnAgain.stylesAt(sixtyAt + 2)).contains("claim", "conflict", "status-disputed");
        TableView<ClaimRow> tableAgain = robot.lookup("#claims-table").queryTableView();
        assertThat(tableAgain.getItems()).extracting(ClaimRow::claimant).contains("Russian defense ministry");
        robot.clickOn("Conflicts (1)");
        assertThat(robot.lookup(".conflict-note").queryAs(Label.class).getText())
                .isEqualTo("Note: 60 killed near Odnorobovka vs more than 234 overall");
        cnnAgain.clickOn(sixtyAt + 2);
        RunningApp.waitUntil("the inspector shows the claim again", () -> inspectorQuote().equals("“" + SIXTY + "”"));
        assertThat(robot.lookup("#claimant").queryAs(TextField.class).getText()).isEqualTo("Russian defense ministry");
        ComboBox<ClaimStatus> status = robot.lookup("#status").queryComboBox();
        assertThat(status.getValue()).isEqualTo(ClaimStatus.DISPUTED);
    }
}
