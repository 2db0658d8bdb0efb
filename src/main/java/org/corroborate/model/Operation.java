package org.corroborate.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One thing the analyst did (mark a claim, link two, set a verdict…), as the changes it makes. It is
 * the unit of undo, of redo, and of a commit to the project.
 */
public record Operation(String label, List<Change> changes) {
    public Operation {
        Objects.requireNonNull(label, "label");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("An operation changes something");
        }
    }

    public static Operation of(String label, Change... changes) {
        return new Operation(label, List.of(changes));
    }

    public Operation inverse() {
        List<Change> reversed = new ArrayList<>(changes.size());
        for (Change change : changes) {
            reversed.add(change.inverse());
        }
        Collections.reverse(reversed);
        return new Operation(label, reversed);
    }

    /** Applies every change in turn and checks the result still holds together where they touched it. */
    public Annotations applyTo(Annotations state) {
        Annotations result = state;
        for (Change change : changes) {
            result = change.applyTo(result);
        }
        result.requireConsistentAfter(changes);
        return result;
    }
}
