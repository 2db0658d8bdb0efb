package org.corroborate.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.corroborate.app.CorroborateApp;
import org.corroborate.settings.AppDirectories;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application, started headless in this JVM with its own home folder, as a person would
 * start it; it can be stopped and started again on the same folder to check what it remembers.
 */
public final class RunningApp {
    /** The repository's top folder, where the sample set lives; Surefire runs from there. */
    public static final Path REPO = Path.of(System.getProperty("corroborate.repoRoot", "")).toAbsolutePath();

    private final Path home;
    private final RecordingDialogs dialogs;
    private CorroborateApp app;

    public RunningApp(Path home, RecordingDialogs dialogs) {
        this.home = home;
        this.dialogs = dialogs;
    }

    public RunningApp start(String... args) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        app = (CorroborateApp) FxToolkit.setupApplication((Supplier<javafx.application.Application>) () ->
                new CorroborateApp(new AppDirectories(home), window -> dialogs, REPO, List.of(args)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = null;
    }

    public CorroborateApp app() {
        return app;
    }

    public Stage stage() {
        try {
            return FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void waitUntil(String what, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> condition.get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves what the window shows as a PNG, for the README and for looking at after a failure. */
    public void screenshot(Path file) throws IOException {
        WritableImage image;
        try {
            image = WaitForAsyncUtils.asyncFx(() -> stage().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("Could not take a snapshot of the window", e);
        }
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(buffered, "png", file.toFile());
    }
}
