package org.corroborate.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.corroborate.app.CorroborateApp;
import org.corroborate.settings.AppDirectories;
import org.corroborate.ui.common.FxDialogService;

/**
 * Time from JVM start to the first frame of the main window showing the sample set, beside the
 * time to the first frame of a bare JavaFX window, and the heap in use once the set is shown.
 * Run each mode in a fresh JVM under a display (see docs/benchmarks.md):
 * {@code StartupBenchmark bare} and {@code StartupBenchmark app}; with {@code -Dbench.home=DIR} the app
 * keeps its files there, so a second run measures reopening the project rather than importing.
 */
public final class StartupBenchmark {
    /** Followed by the CPU milliseconds the JVM had used by the first frame, printed after the wall time. */
    static final String CPU_RESULT = "first-frame-cpu-ms ";

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("bare")) {
            Application.launch(Bare.class);
        } else {
            Application.launch(Full.class);
        }
    }

    static long uptimeMillis() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** CPU time this JVM has used, all its threads together, which others' work on the machine stretches less than wall time. */
    static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** A window with one label: the floor any JavaFX app starts from. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Bare JavaFX window"), 800, 600));
            stage.show();
            afterNextFrame(() -> {
                System.out.println("bare-window-first-frame-ms " + uptimeMillis());
                System.out.println(CPU_RESULT + processCpuMillis());
                Platform.exit();
            });
        }
    }

    /** The real app, opening the sample set into a fresh home folder. */
    public static final class Full extends Application {
        private final CorroborateApp app;

        public Full() throws Exception {
            String given = System.getProperty("bench.home");
            Path home = given == null ? Files.createTempDirectory("corroborate-bench") : Path.of(given);
            app = new CorroborateApp(new AppDirectories(home), FxDialogService::new, Path.of("").toAbsolutePath(), List.of());
        }

        @Override
        public void start(Stage stage) {
            app.start(stage);
            System.out.println("window-shown-ms " + uptimeMillis());
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    boolean shown = app.projectViewModel().articles().size() == 5
                            && app.mainWindow().reader().columnViews().size() == 3
                            && !app.mainWindow().reader().columnViews().get(2).textArea().getText().isEmpty();
                    if (shown) {
                        stop();
                        afterNextFrame(() -> {
                            System.out.println("sample-set-shown-first-frame-ms " + uptimeMillis());
                            System.out.println(CPU_RESULT + processCpuMillis());
                            System.gc();
                            System.gc();
                            Runtime runtime = Runtime.getRuntime();
                            System.out.printf("heap-used-mb %.1f%n", (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0);
                            app.stop();
                            Platform.exit();
                        });
                    }
                }
            }.start();
        }
    }

    /** Runs the action once the frame after this moment has been drawn. */
    static void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
