package org.corroborate.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work as {@link Task}s on one background thread. One thread keeps project writes in the order
 * the analyst made them; cancellable reading work has a thread of its own beside it. The status bar
 * binds to {@link #busyProperty()} and the progress properties to show what is running.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService thread = daemonThread("corroborate-work");
    // Reading work (the assistant's analysis) runs here, so a long run holds up no edit.
    private final ExecutorService readers = daemonThread("corroborate-analysis");
    private final AtomicInteger pending = new AtomicInteger();
    // The tasks running now, on the UI thread's view; the status bar shows the latest to start.
    private final Deque<Task<?>> running = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        thread.execute(task(title, work, onSuccess, onFailure));
    }

    @Override
    public <T> Cancellable submitCancellable(String title, Work<T> work, Consumer<T> onSuccess,
                                             Consumer<Exception> onFailure) {
        Task<T> task = task(title, work, onSuccess, onFailure);
        task.setOnCancelled(e -> finished(task));
        readers.execute(task);
        return () -> task.cancel(true);
    }

    private <T> Task<T> task(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                return work.run((text, fraction) -> {
                    updateMessage(text);
                    updateProgress(fraction < 0 ? -1 : fraction, 1);
                });
            }
        };
        task.setOnRunning(e -> {
            running.push(task);
            show(task);
        });
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            Throwable failure = task.getException();
            LOG.warn("{} failed", title, failure);
            onFailure.accept(failure instanceof Exception ex ? ex : new RuntimeException(failure));
        });
        pending.incrementAndGet();
        busy.set(true);
        return task;
    }

    private void show(Task<?> task) {
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
    }

    private void finished(Task<?> task) {
        running.remove(task);
        message.unbind();
        progress.unbind();
        message.set("");
        progress.set(-1);
        if (!running.isEmpty()) {
            show(running.peek());
        }
        busy.set(pending.decrementAndGet() > 0);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Lets queued writes finish, up to a few seconds, so quitting never drops the last edit. */
    @Override
    public void close() {
        thread.shutdown();
        readers.shutdownNow();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work did not finish within 10 s of quitting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
