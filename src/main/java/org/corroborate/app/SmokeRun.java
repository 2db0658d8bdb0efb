package org.corroborate.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.corroborate.settings.AppDirectories;
import org.corroborate.ui.common.DialogService;
import org.corroborate.ui.reader.ReaderColumn;

/**
 * {@code --smoke}: starts the whole window on the bundled sample set in a throwaway home folder, waits
 * until the articles show, closes it and exits 0; anything else exits 1 and says why. It runs
 * without a screen, under JavaFX's headless Monocle platform, so an installed app can be checked on a
 * build machine, and so the installer build can run the app once to record its class-data archive.
 */
public final class SmokeRun {
    public static final String FLAG = "--smoke";
    private static final long LIMIT_SECONDS = 180;

    private SmokeRun() {
    }

    public static int run(PrintStream out, PrintStream err) {
        useHeadlessPlatform();
        Path home;
        try {
            home = Files.createTempDirectory("corroborate-smoke");
        } catch (IOException e) {
            err.println("Smoke test failed: could not make a temporary folder: " + e.getMessage());
            return 1;
        }
        CompletableFuture<String> shown = new CompletableFuture<>();
        long started = System.nanoTime();
        try {
            Platform.startup(() -> openWindow(home, shown));
            String what = shown.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            // Naming the runtime lets a check of an installed app see that it ran on its own.
            out.printf("Smoke test passed: %s in %d ms, on Java %s in %s%n", what,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), System.getProperty("java.version"),
                    System.getProperty("java.home"));
            return 0;
        } catch (TimeoutException e) {
            err.println("Smoke test failed: the sample set did not show within " + LIMIT_SECONDS + " s");
            return 1;
        } catch (ExecutionException e) {
            err.println("Smoke test failed: " + e.getCause().getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            Platform.exit();
            deleteQuietly(home);
        }
    }

    /** True once the project's articles are listed and every column shows its text. */
    public static boolean projectShown(CorroborateApp app) {
        List<ReaderColumn> columns = app.mainWindow().reader().columnViews();
        return !app.projectViewModel().articles().isEmpty() && !columns.isEmpty()
                && columns.stream().allMatch(c -> c.textArea().getLength() > 0);
    }

    // Set before the toolkit starts, which reads them once.
    private static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    private static void openWindow(Path home, CompletableFuture<String> shown) {
        try {
            AppDirectories directories = new AppDirectories(home);
            // Named, because a first start with nothing named shows the welcome screen.
            Path samples = BundledSamples.locate(home, directories.bundledSamples());
            CorroborateApp app = new CorroborateApp(directories, window -> new FailingDialogs(shown),
                    home, List.of(samples.toString()));
            app.start(new Stage());
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (shown.isDone()) {
                        stop();
                    } else if (projectShown(app)) {
                        stop();
                        String what = app.projectViewModel().articles().size() + " articles in "
                                + app.mainWindow().reader().columnViews().size() + " columns";
                        app.stop();
                        shown.complete(what);
                    }
                }
            }.start();
        } catch (RuntimeException e) {
            shown.completeExceptionally(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary folder is no reason to fail a run that passed.
        }
    }

    /** Nobody is there to answer: an error ends the run, a question is declined. */
    private record FailingDialogs(CompletableFuture<String> shown) implements DialogService {
        @Override
        public void showError(String title, String message) {
            shown.completeExceptionally(new IllegalStateException(title + ": " + message));
        }

        @Override
        public void showProblems(String title, String summary, List<String> problems) {
            shown.completeExceptionally(new IllegalStateException(title + ": " + summary + " " + problems));
        }

        @Override
        public Optional<Path> chooseFolder(String title, Optional<Path> initialFolder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, String filterName, String... patterns) {
            return Optional.empty();
        }

        @Override
        public Optional<org.corroborate.service.ArticleDetails> askArticleDetails(org.corroborate.model.Article article) {
            return Optional.empty();
        }

        @Override
        public java.util.List<Path> chooseFilesToOpen(String title, String filterName, String... patterns) {
            return java.util.List.of();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName,
                                               String... patterns) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }
    }
}
