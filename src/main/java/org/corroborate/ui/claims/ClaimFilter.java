package org.corroborate.ui.claims;

import java.util.function.Predicate;
import org.corroborate.model.ClaimStatus;

/** The ways the claims table can be narrowed, besides the search text. */
public enum ClaimFilter {
    ALL("All claims", row -> true),
    CONFLICTS("Conflicts", ClaimRow::inConflict),
    ORPHANED("Orphaned: to review", row -> row.claim().orphaned()),
    UNVERIFIED("Unverified", row -> row.claim().status() == ClaimStatus.UNVERIFIED),
    UNGROUPED("In no group", row -> row.group().isEmpty());

    private final String label;
    private final Predicate<ClaimRow> test;

    ClaimFilter(String label, Predicate<ClaimRow> test) {
        this.label = label;
        this.test = test;
    }

    boolean accepts(ClaimRow row) {
        return test.test(row);
    }

    @Override
    public String toString() {
        return label;
    }
}
