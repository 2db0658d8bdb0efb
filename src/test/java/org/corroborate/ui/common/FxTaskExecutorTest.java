package org.corroborate.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.corroborate.testing.RunningApp;
import org.corroborate.testing.TextAreaDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The executor's two lanes on the real JavaFX thread: a long read holds up no write, and a cancel drops it. */
class FxTaskExecutorTest {
    final FxTaskExecutor executor = new FxTaskExecutor();
    final CountDownLatch release = new CountDownLatch(1);
    final List<String> done = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        release.countDown();
        executor.close();
    }

    private TaskExecutor.Cancellable longRead() {
        return TextAreaDriver.onFx(() -> executor.submitCancellable("Reading", progress -> {
            progress.report("Still reading…");
            release.await(10, TimeUnit.SECONDS);
            return "read";
        }, done::add, e -> done.add("failed: " + e)));
    }

    @Test
    void aWriteSubmittedWhileALongReadRunsFinishesFirst() {
        longRead();
        onFx(() -> executor.submit("Saving", progress -> "saved", done::add, e -> done.add("failed")));

        RunningApp.waitUntil("the write is done", () -> done.contains("saved"));
        assertThat(done).containsExactly("saved");
        assertThat(executor.busyProperty().get()).as("the read still runs").isTrue();

        release.countDown();
        RunningApp.waitUntil("the read is done", () -> done.contains("read"));
        RunningApp.waitUntil("nothing runs", () -> !executor.busyProperty().get());
        assertThat(executor.messageProperty().get()).isEmpty();
    }

    @Test
    void aCancelledReadHandsBackNothingAndFreesTheStatusBar() throws Exception {
        TaskExecutor.Cancellable read = longRead();
        RunningApp.waitUntil("the read reports", () -> executor.messageProperty().get().equals("Still reading…"));

        onFx(read::cancel);
        release.countDown();

        RunningApp.waitUntil("nothing runs", () -> !executor.busyProperty().get());
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(done).isEmpty();
        assertThat(executor.messageProperty().get()).isEmpty();
    }

    // The executor's callers are on the JavaFX thread; so are the test's.
    private static void onFx(Runnable action) {
        TextAreaDriver.onFx(() -> {
            action.run();
            return null;
        });
    }
}
