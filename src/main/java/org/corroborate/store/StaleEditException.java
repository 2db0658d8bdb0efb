package org.corroborate.store;

import java.util.Optional;

/**
 * A save refused because the claim, link or group changed in the project since it was read here:
 * another analyst, or another window, saved first. Nothing of the refused save was written. The
 * store now knows the current version, so a save built on {@link #current()} goes through (taking
 * theirs, or overwriting it knowingly).
 */
public final class StaleEditException extends ProjectStoreException {
    private final transient Object current;

    StaleEditException(String what, Object current) {
        super(Problem.CONFLICT, null, "The " + what + " was changed" + (current == null ? " (deleted)" : "")
                + " by someone else since it was read here; this change was not saved.", null);
        this.current = current;
    }

    /** The claim, link or group as the project holds it now; empty if it was deleted. */
    public Optional<Object> current() {
        return Optional.ofNullable(current);
    }
}
