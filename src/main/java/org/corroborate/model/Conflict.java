package org.corroborate.model;

import java.util.List;
import java.util.Optional;

/**
 * Sources that disagree: either a group holding claims linked as contradicting, or a single
 * contradicting pair that belongs to no such group.
 */
public record Conflict(Optional<ClaimGroup> group, List<ClaimLink> contradictions) {
    public Conflict {
        contradictions = List.copyOf(contradictions);
        if (contradictions.isEmpty()) {
            throw new IllegalArgumentException("A conflict needs at least one contradiction");
        }
    }

    public String title() {
        return group.map(ClaimGroup::statement).filter(s -> !s.isBlank())
                .orElse(contradictions.get(0).note().isBlank() ? "Contradicting claims" : contradictions.get(0).note());
    }
}
