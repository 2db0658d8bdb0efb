package org.corroborate.testing;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Works a reader column's text as a person does: scroll to words, drag across them, click them. */
public final class TextAreaDriver {
    private final FxRobot robot;
    private final StyleClassedTextArea area;

    public TextAreaDriver(FxRobot robot, StyleClassedTextArea area) {
        this.robot = robot;
        this.area = area;
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /** Where the n-th (1-based) occurrence of the words starts. */
    public int offsetOf(String words, int occurrence) {
        int from = -1;
        for (int i = 0; i < occurrence; i++) {
            from = area.getText().indexOf(words, from + 1);
            if (from < 0) {
                throw new AssertionError("“" + words + "” occurs fewer than " + occurrence + " times");
            }
        }
        return from;
    }

    public void scrollTo(int offset) {
        robot.interact(() -> area.showParagraphAtCenter(
                area.offsetToPosition(offset, TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void scrollToTop() {
        robot.interact(() -> area.showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags the mouse across the words, from the left of the first letter to the right of the last. */
    public void dragAcross(String words, int occurrence) {
        int start = offsetOf(words, occurrence);
        int end = start + words.length();
        scrollTo(start);
        Bounds first = charBounds(start);
        Bounds last = charBounds(end - 1);
        robot.drag(new Point2D(first.getMinX() + 1, first.getCenterY()))
                .dropTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void clickOn(int offset, KeyCode... holding) {
        scrollTo(offset);
        Bounds bounds = charBounds(offset);
        robot.press(holding).clickOn(new Point2D(bounds.getCenterX(), bounds.getCenterY())).release(holding);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public Bounds charBounds(int offset) {
        return onFx(() -> area.getCharacterBoundsOnScreen(offset, offset + 1))
                .orElseThrow(() -> new AssertionError("Character " + offset + " is not on screen"));
    }

    public boolean isOnScreen(int offset) {
        return onFx(() -> {
            int paragraph = area.offsetToPosition(offset, TwoDimensional.Bias.Forward).getMajor();
            return area.allParToVisibleParIndex(paragraph).isPresent();
        });
    }

    /** The style classes the character at the offset is drawn with. */
    public java.util.Collection<String> stylesAt(int offset) {
        return onFx(() -> area.getStyleOfChar(offset));
    }

    /** Reads what the window shows on its own thread, where layout answers are consistent. */
    public static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Could not read from the window", e);
        }
    }
}
