package org.corroborate.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The operations that can be undone and redone, most recent first. Not thread-safe. */
public final class UndoHistory {
    private final Deque<Operation> undoable = new ArrayDeque<>();
    private final Deque<Operation> redoable = new ArrayDeque<>();

    /** Records an operation just done; whatever could be redone is dropped, as in any editor. */
    public void done(Operation operation) {
        undoable.push(operation);
        redoable.clear();
    }

    public Optional<Operation> nextUndo() {
        return Optional.ofNullable(undoable.peek());
    }

    public Optional<Operation> nextRedo() {
        return Optional.ofNullable(redoable.peek());
    }

    /** Moves the next undo to the redo side, once its inverse has been applied. */
    public void undone() {
        redoable.push(undoable.pop());
    }

    /** Moves the next redo back to the undo side, once it has been applied again. */
    public void redone() {
        undoable.push(redoable.pop());
    }
}
