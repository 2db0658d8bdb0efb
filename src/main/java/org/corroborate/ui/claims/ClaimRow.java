package org.corroborate.ui.claims;

import java.util.List;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;

/** One line of the claims table: a claim with what the table shows beside it. */
public record ClaimRow(Claim claim, Article article, boolean inConflict, String group) {

    static ClaimRow of(Claim claim, Article article, Annotations state) {
        List<ClaimGroup> groups = state.groupsOf(claim.id());
        String group = groups.isEmpty() ? "" : groups.get(0).statement();
        return new ClaimRow(claim, article, state.inConflict(claim.id()), group);
    }

    public String outlet() {
        return article.outletOrUnknown();
    }

    public String quote() {
        return claim.quote().replace('\n', ' ');
    }

    public String claimant() {
        return claim.claimant();
    }

    public String kind() {
        return String.join(", ", claim.tags());
    }

    public String status() {
        return claim.orphaned() ? claim.status().label() + " (orphaned)" : claim.status().label();
    }

    /** True when the search text appears in any column the table shows. */
    boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String wanted = search.strip().toLowerCase(java.util.Locale.ROOT);
        return List.of(outlet(), quote(), claimant(), kind(), status(), group, claim.note()).stream()
                .anyMatch(field -> field.toLowerCase(java.util.Locale.ROOT).contains(wanted));
    }
}
