package org.corroborate.jsonld;

import java.util.List;
import java.util.Objects;

import org.corroborate.model.Annotations;

/**
 * What an import gives: the claims, links and groups, consistent as a snapshot, and where each claim
 * landed against the position its file gives.
 *
 * @param placements one per claim, in the file's order
 */
public record ImportResult(Annotations annotations, List<ClaimPlacement> placements) {
    public ImportResult {
        Objects.requireNonNull(annotations, "annotations");
        placements = List.copyOf(placements);
    }

    /** The report of each claim that did not land as given: moved, placed approximately, found again or orphaned. */
    public List<String> notices() {
        return ClaimPlacement.notices(placements);
    }
}
