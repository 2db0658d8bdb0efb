package org.corroborate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.corroborate.app.CorroborateApp;
import org.corroborate.settings.AppDirectories;
import org.corroborate.store.ProjectFile;
import org.corroborate.ui.common.FxDialogService;
import org.corroborate.ui.reader.ReaderColumn;

/**
 * The window reopening a project, in a JVM of its own: from JVM start to the first frame after the
 * project's articles are listed and every column shows its text, as the window logs "Showing".
 * {@link #time} starts it and reads the result; run alone it takes the project file and a home folder.
 */
public final class WindowOpen {
    /** Followed by the milliseconds from JVM start, then the CPU milliseconds the JVM had used by then. */
    private static final String RESULT = "project-shown-first-frame-ms ";

    private WindowOpen() {
    }

    // Not an Application itself: the JavaFX launcher refuses to start one from the class path.
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** Runs the window on the project in a new JVM (software rendering) and returns its times. */
    static ScaleBenchmark.Timing time(String classPath, ProjectFile project, Path home)
            throws IOException, InterruptedException {
        Files.createDirectories(home);
        List<String> line = new ArrayList<>(List.of(ScaleBenchmark.javaCommand(), "-Dprism.order=sw", "-cp", classPath,
                WindowOpen.class.getName(), project.toString(), home.toString()));
        Path output = home.resolve("window-output.txt");
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        int exit = process.waitFor();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        String[] times = lines.stream().filter(l -> l.startsWith(RESULT)).findFirst()
                .map(l -> l.substring(RESULT.length()).strip().split(" "))
                .orElseThrow(() -> new IllegalStateException("The window exited with " + exit + " and no time:\n"
                        + String.join("\n", lines)));
        return new ScaleBenchmark.Timing(Long.parseLong(times[0]), Optional.of(Long.parseLong(times[1])));
    }

    /** The real window, opening the project named first, with the home folder named second. */
    public static final class Window extends Application {
    private CorroborateApp app;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path home = Path.of(args.get(1));
        app = new CorroborateApp(new AppDirectories(home), FxDialogService::new, home, List.of(args.get(0)));
        app.start(stage);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                List<ReaderColumn> columns = app.mainWindow().reader().columnViews();
                boolean shown = !app.projectViewModel().articles().isEmpty() && !columns.isEmpty()
                        && columns.stream().allMatch(c -> c.textArea().getLength() > 0);
                if (shown) {
                    stop();
                    StartupBenchmark.afterNextFrame(() -> {
                        System.out.println(RESULT + StartupBenchmark.uptimeMillis() + " "
                                + StartupBenchmark.processCpuMillis());
                        app.stop();
                        Platform.exit();
                    });
                }
            }
        }.start();
    }
    }
}
