package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.corroborate.testing.TextAreaDriver;
import org.corroborate.testing.WindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A person's sloppy drags and clicks in a reader column, snapped to the words they meant. */
class WordSnapUiTest extends WindowTest {
    TextAreaDriver cnn;
    TextAreaDriver bbc;

    @BeforeEach
    void startOnTheSampleSet() throws Exception {
        openTheSampleSet();
        cnn = articleText(1);
        bbc = articleText(2);
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
