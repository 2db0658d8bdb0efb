package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.corroborate.testing.RunningApp;
import org.corroborate.testing.WindowTest;
import org.corroborate.testing.TextAreaDriver;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/**
 * Find in the real window on the sample set: "il-76" finds the aircraft however each outlet writes
 * it, counts the hits of each article, marks them in every column, and F3 steps through them,
 * opening an article that no column shows.
 */
class FindUiTest extends WindowTest {
    private static final String ALL_HITS = "11 hits in 5 articles · Worthy News (reprint) 3 · CNN 3"
            + " · Mangalorean.com (wire copy citing the BBC) 1 · The Daily Beast 2 · 24.news 2";


    private String summary() {
        return robot.lookup("#find-summary").queryAs(Label.class).getText();
    }

    private TextAreaDriver column(int index) {
        StyleClassedTextArea area = robot.lookup("#article-text-" + index).query();
        return new TextAreaDriver(robot, area);
    }


    @Test
    void ctrlFFindsEveryWayOfWritingIl76AndF3StepsThroughTheHits() throws Exception {
        running = new RunningApp(home, dialogs).start();
        RunningApp.waitUntil("the sample set is open", () -> running.app().projectViewModel().articles().size() == 5);
        running.showAt(1366, 768);
        assertThat(robot.lookup("#find-bar").query().isVisible()).isFalse();
        robot.clickOn("#article-text-1");

        press(KeyCode.CONTROL, KeyCode.F);
        RunningApp.waitUntil("the find field has the focus",
                () -> robot.lookup("#find-field").queryAs(TextField.class).isFocused());
        robot.write("il-76");
        RunningApp.waitUntil("the hits are counted", () -> summary().equals(ALL_HITS));

        TextAreaDriver worthy = column(0);
        TextAreaDriver cnn = column(1);
        int cnnHit = cnn.offsetOf("IL-76", 1);
        assertThat(cnn.stylesAt(cnnHit + 1)).contains("find-hit");
        assertThat(worthy.stylesAt(worthy.offsetOf("Il-76", 1) + 1)).contains("find-hit");
        assertThat(cnn.stylesAt(cnnHit + 6)).as("the word after the hit is plain").doesNotContain("find-hit");

        press(KeyCode.F3);
        RunningApp.waitUntil("the first hit is selected", () -> summary().startsWith("1 of 11 in 5 articles"));
        assertThat(worthy.area().getSelectedText()).isEqualTo("Il-76");
        press(KeyCode.F3);
        press(KeyCode.F3);
        press(KeyCode.F3);
        RunningApp.waitUntil("the fourth hit, CNN's first, is selected", () -> summary().startsWith("4 of 11"));
        assertThat(cnn.area().getSelectedText()).isEqualTo("IL-76");
        assertThat(cnn.area().getSelection().getStart()).isEqualTo(cnnHit);
        assertThat(cnn.isOnScreen(cnnHit)).isTrue();
        running.screenshot(Path.of("target", "screenshots", "find-bar.png"));
        if (Boolean.getBoolean("corroborate.updateDocs")) {
            running.screenshot(RunningApp.REPO.resolve("docs").resolve("find-bar.png"));
        }

        for (int i = 0; i < 4; i++) {
            press(KeyCode.F3);
        }
        RunningApp.waitUntil("the eighth hit, in The Daily Beast, is selected", () -> summary().startsWith("8 of 11"));
        RunningApp.waitUntil("The Daily Beast opens in a column", () -> running.articlesInColumns().contains(4));
        TextAreaDriver beast = column(running.articlesInColumns().indexOf(4));
        assertThat(beast.area().getSelectedText()).isEqualTo("Il-76");
        RunningApp.waitUntil("the hit is on screen", () -> beast.isOnScreen(beast.area().getSelection().getStart()));
        assertThat(beast.stylesAt(beast.area().getSelection().getStart() + 1)).contains("find-hit");

        press(KeyCode.SHIFT, KeyCode.F3);
        RunningApp.waitUntil("Shift+F3 steps back", () -> summary().startsWith("7 of 11"));

        robot.clickOn("#find-field");
        press(KeyCode.ESCAPE);
        RunningApp.waitUntil("Escape closes the find bar", () -> !robot.lookup("#find-bar").query().isVisible());
        assertThat(cnn.stylesAt(cnnHit + 1)).as("the hits are taken off the text").doesNotContain("find-hit");
    }
}
