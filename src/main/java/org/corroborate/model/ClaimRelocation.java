package org.corroborate.model;

import java.util.Objects;

/**
 * One claim before and after re-anchoring, with what was found.
 *
 * @param before     the claim as stored
 * @param after      the claim to keep: the very same instance when nothing changed
 * @param relocation where its quote was found, if anywhere
 */
public record ClaimRelocation(Claim before, Claim after, Relocation relocation) {
    public ClaimRelocation {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(relocation, "relocation");
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("A relocation cannot turn one claim into another");
        }
    }

    /** True when the claim must be stored again. */
    public boolean changed() {
        return before != after;
    }

    /** True when an orphaned claim was found again. */
    public boolean restored() {
        return before.orphaned() && !after.orphaned();
    }

    /** True when a claim that was anchored could not be found this time. */
    public boolean newlyOrphaned() {
        return !before.orphaned() && after.orphaned();
    }
}
