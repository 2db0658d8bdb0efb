package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.corroborate.testing.RecordingDialogs;
import org.corroborate.testing.RunningApp;
import org.corroborate.testing.TextAreaDriver;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A person's sloppy drags and clicks in a reader column, snapped to the words they meant. */
class WordSnapUiTest {
    @TempDir
    Path home;
    final FxRobot robot = new FxRobot();
    RunningApp running;
    TextAreaDriver cnn;
    TextAreaDriver bbc;

    @BeforeEach
    void startOnTheSampleSet() throws Exception {
        running = new RunningApp(home, new RecordingDialogs()).start();
        RunningApp.waitUntil("the sample set is open", () -> running.app().projectViewModel().articles().size() == 5);
        cnn = new TextAreaDriver(robot, robot.lookup("#article-text-1").<StyleClassedTextArea>query());
        bbc = new TextAreaDriver(robot, robot.lookup("#article-text-2").<StyleClassedTextArea>query());
    }

    @AfterEach
    void stop() throws Exception {
        running.stop();
    }

    @Test
    void aDragThatStopsInsideAWordTakesTheWholeWord() {
        cnn.dragAcross("two regions of Russi", 1);
        assertThat(cnn.area().getSelectedText()).isEqualTo("two regions of Russia");
    }

    @Test
    void aDragThatStartsOnPunctuationLosesIt() {
        bbc.dragAcross(": Three Ukraine-based", 1);
        assertThat(bbc.area().getSelectedText()).isEqualTo("Three Ukraine-based");
    }

    private Point2D pointIn(TextAreaDriver column, String word) {
        int at = column.offsetOf(word, 1);
        column.scrollTo(at);
        Bounds letter = column.charBounds(at + 2);
        return new Point2D(letter.getCenterX(), letter.getCenterY());
    }

    private void click(Point2D point, int times) {
        robot.moveTo(point);
        for (int i = 0; i < times; i++) {
            robot.clickOn(MouseButton.PRIMARY);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDoubleClickSelectsTheWordHyphenAndAll() {
        click(pointIn(cnn, "battle-hardened"), 2);
        assertThat(cnn.area().getSelectedText()).isEqualTo("battle-hardened");
    }

    @Test
    void aTripleClickSelectsTheSentenceNotTheParagraph() {
        click(pointIn(cnn, "Vyacheslav"), 3);
        assertThat(cnn.area().getSelectedText()).isEqualTo("The governor of Russia’s Belgorod region, Vyacheslav Gladkov,"
                + " said 10 civilians had been injured and six were hospitalized after Ukraine attempted to break through"
                + " Russian territory Tuesday.");
    }
}
