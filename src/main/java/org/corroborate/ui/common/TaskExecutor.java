package org.corroborate.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX thread and hands the result back on it. View models depend on
 * this, not on JavaFX threading, so tests can run them with {@link #direct()}.
 */
public interface TaskExecutor {

    /** Work that may report progress while it runs. */
    @FunctionalInterface
    interface Work<T> {
        T run(ProgressReporter progress) throws Exception;
    }

    /** Progress as the work sees it; any thread may call it. */
    interface ProgressReporter {
        void report(String message, double fraction);

        default void report(String message) {
            report(message, -1);
        }
    }

    /**
     * Runs {@code work} in order after all work submitted before it, then calls exactly one of the
     * two callbacks on the UI thread.
     */
    <T> void submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Work submitted to be called off. */
    @FunctionalInterface
    interface Cancellable {
        /** Drops the work's result: neither callback is called, and work that has not started never starts. */
        void cancel();
    }

    /**
     * Runs work that only reads what no write changes (an analysis of the articles), away from the
     * UI thread and, where the executor can, beside the writes so that it holds none of them up. It
     * may be cancelled; a cancelled run's result is dropped.
     */
    default <T> Cancellable submitCancellable(String title, Work<T> work, Consumer<T> onSuccess,
                                              Consumer<Exception> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        submit(title, progress -> cancelled.get() ? null : work.run(progress), result -> {
            if (!cancelled.get()) {
                onSuccess.accept(result);
            }
        }, failure -> {
            if (!cancelled.get()) {
                onFailure.accept(failure);
            }
        });
        return () -> cancelled.set(true);
    }

    /** An executor that runs everything at once on the calling thread, for tests of view models. */
    static TaskExecutor direct() {
        return new TaskExecutor() {
            @Override
            public <T> void submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                T result;
                try {
                    result = work.run((message, fraction) -> { });
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
