package org.corroborate.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
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

    /**
     * Starts the app as a person would. The tests work on the sample set: on a first start, where
     * a person would choose it on the welcome screen, it is named on the command line instead.
     */
    public RunningApp start(String... args) throws TimeoutException {
        AppDirectories directories = new AppDirectories(home);
        List<String> startArgs = args.length == 0 && !Files.exists(directories.settingsFile())
                ? List.of(REPO.resolve("samples").toString()) : List.of(args);
        return startWith(directories, startArgs);
    }

    /** Starts the app exactly as a person would, welcome screen and all on a first start. */
    public RunningApp startAsIs() throws TimeoutException {
        return startWith(new AppDirectories(home), List.of());
    }

    private RunningApp startWith(AppDirectories directories, List<String> args) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        app = (CorroborateApp) FxToolkit.setupApplication((Supplier<javafx.application.Application>) () ->
                new CorroborateApp(directories, window -> dialogs, REPO, args));
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

    /** Puts the window at the screen's top left, at the size of a laptop's screen, say 1366 × 768. */
    public void showAt(double width, double height) {
        TextAreaDriver.onFx(() -> {
            stage().setX(0);
            stage().setY(0);
            stage().setWidth(width);
            stage().setHeight(height);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The ids of the articles the reader's columns show, left to right. */
    public List<Integer> articlesInColumns() {
        return TextAreaDriver.onFx(() -> app.mainWindow().reader().columnViews().stream()
                .map(c -> c.article().id()).toList());
    }

    public static void waitUntil(String what, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> condition.get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Saves what the window shows as a PNG, for the README and for looking at after a failure:
     * captured from the screen, popups and all, rather than re-rendered from the scene.
     */
    public void screenshot(Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Rectangle2D bounds = TextAreaDriver.onFx(() -> {
            javafx.scene.Scene scene = stage().getScene();
            javafx.geometry.Point2D origin = scene.getRoot().localToScreen(0, 0);
            return new javafx.geometry.Rectangle2D(origin.getX(), origin.getY(), scene.getWidth(), scene.getHeight());
        });
        javafx.scene.image.Image image = new org.testfx.api.FxRobot().capture(bounds).getImage();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        javafx.scene.image.PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(buffered, "png", file.toFile());
    }
}
