package org.corroborate.testing;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every test of the real window shares: a home folder of its own, dialogs that record what
 * they were asked, a robot that presses keys as a person would, and the app stopped afterwards.
 */
public abstract class WindowTest {
    @TempDir
    protected Path home;
    protected final RecordingDialogs dialogs = new RecordingDialogs();
    protected final FxRobot robot = new FxRobot();
    protected RunningApp running;

    @AfterEach
    void stopTheApp() throws Exception {
        if (running != null && running.app() != null) {
            running.stop();
        }
    }

    /** Starts the window on the sample set and waits until its five articles are listed. */
    protected void openTheSampleSet() throws Exception {
        running = new RunningApp(home, dialogs).start();
        RunningApp.waitUntil("the sample set is open", () -> running.app().projectViewModel().articles().size() == 5);
    }

    /** Drives the text of the column showing this article, as a person's mouse and keys would. */
    protected TextAreaDriver articleText(int articleId) {
        return new TextAreaDriver(robot, robot.lookup("#article-text-" + articleId).<StyleClassedTextArea>query());
    }

    /** Presses and releases these keys together, then lets the window catch up. */
    protected void press(KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
