package org.corroborate.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.corroborate.app.CorroborateApp;
import org.corroborate.model.Anchor;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.Change;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.Operation;
import org.corroborate.model.ProjectInfo;
import org.corroborate.settings.AppDirectories;
import org.corroborate.store.ProjectFile;
import org.corroborate.store.ProjectStore;
import org.corroborate.ui.common.FxDialogService;
import org.corroborate.ui.reader.ReaderColumn;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Opening and scrolling long, heavily annotated articles in the real window: five articles of
 * about 60,000 characters with 2,000 claims each. Reports the time until every column is drawn
 * with its claims, then scrolls one column, and then all five at once, from top to bottom, one
 * step a frame, and reports the longest gap between frames and the mean frame rate.
 * Arguments: [columns] (default 5). Run under a display (see docs/benchmarks.md).
 */
public final class ReaderBenchmark {
    static final int ARTICLE_LENGTH = 60_000;
    static final int CLAIMS_PER_ARTICLE = Integer.getInteger("bench.claims", 2_000);
    static final double SCROLL_STEP_PX = 60;
    /** False (-Dbench.scroll=false) to time the opening only, for runs repeated in turn with the baseline. */
    static final boolean SCROLL = Boolean.parseBoolean(System.getProperty("bench.scroll", "true"));

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The benchmark's application: the real window, opened on the generated project. */
    public static final class Window extends Application {
    private CorroborateApp app;
    private long openRequested;
    private long cpuAtOpenRequested;

    @Override
    public void start(Stage stage) throws Exception {
        int columns = getParameters().getRaw().isEmpty() ? 5 : Integer.parseInt(getParameters().getRaw().get(0));
        Path home = Files.createTempDirectory("corroborate-reader-bench");
        ProjectFile project = buildProject(home.resolve("bench"), columns);
        app = new CorroborateApp(new AppDirectories(home), FxDialogService::new, home, List.of(project.toString()));
        openRequested = System.nanoTime();
        cpuAtOpenRequested = StartupBenchmark.processCpuMillis();
        app.start(stage);
        stage.setWidth(Math.min(2500, 320.0 * columns + 700));
        stage.setHeight(1000);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                List<ReaderColumn> views = app.mainWindow().reader().columnViews();
                if (views.size() == columns && views.stream().allMatch(ReaderBenchmark::drawnWithClaims)) {
                    stop();
                    System.out.printf("open-ms %.0f cpu-ms %d (%d columns, %d claims each)%n",
                            (System.nanoTime() - openRequested) / 1e6,
                            StartupBenchmark.processCpuMillis() - cpuAtOpenRequested, columns, CLAIMS_PER_ARTICLE);
                    Runnable quit = () -> {
                        app.stop();
                        Platform.exit();
                    };
                    if (SCROLL) {
                        scroll(views.subList(0, 1), () -> scroll(views, quit));
                    } else {
                        quit.run();
                    }
                }
            }
        }.start();
    }

    }

    private static boolean drawnWithClaims(ReaderColumn column) {
        StyleClassedTextArea area = column.textArea();
        return area.getLength() > ARTICLE_LENGTH / 2
                && area.getStyleSpans(0, area.getLength()).getSpanCount() >= CLAIMS_PER_ARTICLE;
    }

    /** Scrolls the columns from top to bottom together, one step a frame, and reports the frame gaps. */
    private static void scroll(List<ReaderColumn> columns, Runnable then) {
        columns.forEach(c -> c.textArea().showParagraphAtTop(0));
        List<Long> frames = new ArrayList<>();
        new AnimationTimer() {
            private double target;

            @Override
            public void handle(long now) {
                frames.add(now);
                target += SCROLL_STEP_PX;
                boolean anyLeft = false;
                for (ReaderColumn column : columns) {
                    StyleClassedTextArea area = column.textArea();
                    double end = area.getTotalHeightEstimate() - area.getHeight();
                    area.scrollYToPixel(Math.min(target, end));
                    anyLeft |= target < end;
                }
                if (!anyLeft) {
                    stop();
                    report(columns.size(), frames);
                    then.run();
                }
            }
        }.start();
    }

    private static void report(int columns, List<Long> frames) {
        long longest = 0;
        for (int i = 1; i < frames.size(); i++) {
            longest = Math.max(longest, frames.get(i) - frames.get(i - 1));
        }
        double seconds = (frames.get(frames.size() - 1) - frames.get(0)) / 1e9;
        System.out.printf("scroll %d column(s): %d frames in %.1f s, mean %.0f fps, longest frame gap %.0f ms%n",
                columns, frames.size(), seconds, (frames.size() - 1) / seconds, longest / 1e6);
    }

    /** Five long articles made of the sample reports, each with 2,000 claims, some nested. */
    static ProjectFile buildProject(Path where, int count) throws Exception {
        StringBuilder base = new StringBuilder();
        try (var files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                base.append(Files.readString(file, StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < ARTICLE_LENGTH) {
                text.append(base);
            }
            drafts.add(new ArticleDraft("long-" + i + ".txt", Optional.of("Outlet " + (i + 1)), "Long article " + (i + 1),
                    false, Optional.empty(), Optional.empty(), text.substring(0, ARTICLE_LENGTH)));
        }
        ProjectFile file = new ProjectFile(where);
        Instant now = Instant.now();
        try (ProjectStore store = ProjectStore.create(file, new ProjectInfo("Reader benchmark", Optional.empty(), now),
                drafts, now)) {
            Annotations state = Annotations.empty();
            ClaimStatus[] statuses = ClaimStatus.values();
            for (Article article : store.articles()) {
                List<Change> changes = new ArrayList<>();
                int spacing = ARTICLE_LENGTH / Math.max(1, CLAIMS_PER_ARTICLE);
                for (int c = 0; c < CLAIMS_PER_ARTICLE; c++) {
                    int start = c * spacing;
                    int length = c % 10 == 0 ? spacing * 2 : spacing - 5;
                    Claim claim = Claim.mark(article.id(), Anchor.capture(article.text(), start,
                            Math.min(ARTICLE_LENGTH, start + length)), "bench", now).withStatus(statuses[c % statuses.length], now);
                    changes.add(new Change.OfClaim(Optional.empty(), Optional.of(claim)));
                }
                if (changes.isEmpty()) {
                    continue;
                }
                Operation operation = new Operation("bench", changes);
                state = operation.applyTo(state);
                store.commit(operation);
            }
            StringBuilder ids = new StringBuilder();
            for (Article article : store.articles()) {
                ids.append(ids.length() == 0 ? "" : ",").append(article.id());
            }
            store.putSetting("columns", ids.toString());
        }
        return file;
    }
}
