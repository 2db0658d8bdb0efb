package org.corroborate.jsonld;

import java.util.List;
import java.util.Objects;

import org.corroborate.model.Annotations;

/**
 * What an import gives: the claims, links and groups, consistent as a snapshot, and a notice for each
 * claim that could not be placed where the export put it (found again by its quote, or orphaned).
 */
public record ImportResult(Annotations annotations, List<String> notices) {
    public ImportResult {
        Objects.requireNonNull(annotations, "annotations");
        notices = List.copyOf(notices);
    }
}
