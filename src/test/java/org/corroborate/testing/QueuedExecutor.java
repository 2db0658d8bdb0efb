package org.corroborate.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.corroborate.ui.common.TaskExecutor;

/**
 * Holds submitted work until the test runs it, so a test can queue several actions the way a quick
 * analyst does before the first has been saved, then let them all finish in order.
 */
public final class QueuedExecutor implements TaskExecutor {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        queue.add(() -> TaskExecutor.direct().submit(title, work, onSuccess, onFailure));
    }

    /** Runs everything queued, including work queued while running. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }
}
