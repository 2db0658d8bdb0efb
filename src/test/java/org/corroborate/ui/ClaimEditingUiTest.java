package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.LinkType;
import org.corroborate.testing.RunningApp;
import org.corroborate.testing.TextAreaDriver;
import org.corroborate.testing.WindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The mouse side of editing claims: dragging an end, the claim's context menu, hover summaries. */
class ClaimEditingUiTest extends WindowTest {
    private static final String SIXTY = "killed 60 Ukrainian soldiers";
    private static final String MANY = "more than 234 Ukrainian troops had been killed";

    TextAreaDriver cnn;
    TextAreaDriver bbc;

    @BeforeEach
    void startOnTheSampleSet() throws Exception {
        openTheSampleSet();
        cnn = articleText(1);
        bbc = articleText(2);
    }

    private Annotations state() {
        return running.app().projectViewModel().annotations();
    }

    private Claim markWithKeys(TextAreaDriver column, String words) {
        int before = state().claimCount();
        column.dragAcross(words, 1);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        RunningApp.waitUntil("the claim is marked", () -> state().claimCount() == before + 1);
        return state().claims().stream().filter(c -> c.quote().equals(words)).findFirst().orElseThrow();
    }

    /** Clicks an item of the open context menu (not a toolbar button of the same name). */
    private void clickMenuItem(String text) {
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> item = () -> robot.lookup(
                (javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText())
                        && n.getScene() != null && n.getScene().getWindow() instanceof javafx.scene.control.ContextMenu
                        && n.getScene().getWindow().isShowing()).tryQuery();
        RunningApp.waitUntil("the menu offers " + text, () -> item.get().isPresent());
        // Go sideways first, as a hand does: a diagonal path into a submenu crosses the items
        // below its parent, and the submenu closes.
        javafx.scene.Node node = item.get().orElseThrow();
        Bounds target = TextAreaDriver.onFx(() -> node.localToScreen(node.getBoundsInLocal()));
        Point2D mouse = robot.robotContext().getBaseRobot().retrieveMouse();
        robot.moveTo(new Point2D(Math.max(mouse.getX(), target.getMinX() + 8), mouse.getY()));
        robot.moveTo(new Point2D(target.getMinX() + 8, target.getCenterY()));
        robot.clickOn(new Point2D(target.getMinX() + 8, target.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingTheEndOfTheSelectedClaimResizesIt() {
        Claim sixty = markWithKeys(cnn, SIXTY);
        int end = sixty.anchor().end();
        String text = cnn.area().getText();
        int nextWordEnd = text.indexOf(' ', end + 1);
        Bounds endChar = cnn.charBounds(end - 1);
        Bounds target = cnn.charBounds(nextWordEnd - 1);
        robot.drag(new Point2D(endChar.getMaxX(), endChar.getCenterY()))
                .dropTo(new Point2D(target.getMaxX() - 1, target.getCenterY()));
        RunningApp.waitUntil("the claim takes in the next word",
                () -> state().claim(sixty.id()).orElseThrow().quote().equals(SIXTY + " near"));
        assertThat(running.app().projectViewModel().undoLabelProperty().get()).isEqualTo("Resize claim");
    }

    @Test
    void theContextMenuOfAClaimLinksTheSelectedClaimWithIt() {
        Claim sixty = markWithKeys(cnn, SIXTY);
        Claim many = markWithKeys(bbc, MANY);
        int sixtyAt = sixty.anchor().start() + 3;
        cnn.scrollTo(sixtyAt);
        Bounds bounds = cnn.charBounds(sixtyAt);
        robot.rightClickOn(new Point2D(bounds.getCenterX(), bounds.getCenterY()));
        clickMenuItem("Link Selected Claim with This");
        clickMenuItem("Contradicts");
        RunningApp.waitUntil("the claims are linked", () -> state().linkBetween(sixty.id(), many.id()).isPresent());
        assertThat(state().linkBetween(sixty.id(), many.id()).orElseThrow().type()).isEqualTo(LinkType.CONTRADICTS);

        // The inspector's Show button brings the linked claim back into view, flashing.
        cnn.scrollToTop();
        robot.clickOn("Show");
        RunningApp.waitUntil("the CNN claim flashes", () -> cnn.stylesAt(sixtyAt).contains("flash"));
        assertThat(cnn.isOnScreen(sixtyAt)).isTrue();
    }

    @Test
    void hoveringAClaimShowsWhoClaimsItAndItsStatus() {
        Claim sixty = markWithKeys(cnn, SIXTY);
        robot.clickOn("#claimant").write("Russian defense ministry");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        RunningApp.waitUntil("the claimant is saved",
                () -> state().claim(sixty.id()).orElseThrow().claimant().equals("Russian defense ministry"));
        Bounds bounds = cnn.charBounds(sixty.anchor().start() + 4);
        robot.moveTo(new Point2D(bounds.getCenterX(), bounds.getCenterY()));
        robot.moveBy(1, 0);
        RunningApp.waitUntil("a summary pops up", () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && t.getText().contains("Russian defense ministry")));
        Tooltip shown = (Tooltip) Window.getWindows().stream().filter(w -> w instanceof Tooltip t && t.isShowing())
                .findFirst().orElseThrow();
        assertThat(shown.getText()).startsWith("“" + SIXTY + "”").contains("Status: Unverified");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
