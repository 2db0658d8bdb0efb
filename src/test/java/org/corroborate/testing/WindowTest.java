package org.corroborate.testing;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
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

    /** Presses and releases these keys together, then lets the window catch up. */
    protected void press(KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
