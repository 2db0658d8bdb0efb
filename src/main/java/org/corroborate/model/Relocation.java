package org.corroborate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a claim's quote was found in a text, as {@link Reanchoring#relocate} reports it.
 *
 * @param outcome how it was found, or that it was not
 * @param anchor  the anchor to keep: the old one when unchanged, a new capture when moved or
 *                approximate, empty when orphaned
 * @param score   how well the chosen place fits the old quote and context, from 0 to 1; for an
 *                orphan, the score of the best place that was turned down (0 when there was none)
 */
public record Relocation(Outcome outcome, Optional<Anchor> anchor, double score) {

    public enum Outcome {
        /** The quote is still at its position. */
        UNCHANGED,
        /** The same words were found at another position. */
        MOVED,
        /** Slightly different words were found; the new anchor quotes them. */
        APPROXIMATE,
        /** Nothing fits well enough; the claim needs review. */
        ORPHANED
    }

    public Relocation {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(anchor, "anchor");
        if (anchor.isPresent() == (outcome == Outcome.ORPHANED)) {
            throw new IllegalArgumentException("Only an orphaned relocation lacks an anchor");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("A score lies between 0 and 1, not " + score);
        }
    }

    static Relocation unchanged(Anchor anchor) {
        return new Relocation(Outcome.UNCHANGED, Optional.of(anchor), 1);
    }

    static Relocation orphaned(double bestRejectedScore) {
        return new Relocation(Outcome.ORPHANED, Optional.empty(), bestRejectedScore);
    }

    public boolean found() {
        return outcome != Outcome.ORPHANED;
    }
}
