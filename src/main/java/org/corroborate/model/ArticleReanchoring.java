package org.corroborate.model;

import java.util.List;
import java.util.function.Predicate;

/**
 * What re-anchoring did to the claims of one article: the store persists {@link #changed()}, and
 * {@link #orphaned()} lists the claims to review.
 */
public record ArticleReanchoring(List<ClaimRelocation> relocations) {
    public ArticleReanchoring {
        relocations = List.copyOf(relocations);
    }

    /** Every claim as it should now be, in the order given. */
    public List<Claim> claims() {
        return afterWhere(r -> true);
    }

    /** The claims that differ from what is stored, new anchors, orphan marks and restorations alike. */
    public List<Claim> changed() {
        return afterWhere(ClaimRelocation::changed);
    }

    /** The claims whose quote is not in the text, whether they were orphaned before or just now. */
    public List<Claim> orphaned() {
        return afterWhere(r -> r.after().orphaned());
    }

    /** The claims that were orphaned and have been found again. */
    public List<Claim> restored() {
        return afterWhere(ClaimRelocation::restored);
    }

    public long count(Relocation.Outcome outcome) {
        return relocations.stream().filter(r -> r.relocation().outcome() == outcome).count();
    }

    /** One line for a log or a status bar: "5 unchanged, 1 moved, 1 approximate, 1 orphaned, 0 restored". */
    public String summary() {
        return count(Relocation.Outcome.UNCHANGED) + " unchanged, "
                + count(Relocation.Outcome.MOVED) + " moved, "
                + count(Relocation.Outcome.APPROXIMATE) + " approximate, "
                + count(Relocation.Outcome.ORPHANED) + " orphaned, "
                + restored().size() + " restored";
    }

    private List<Claim> afterWhere(Predicate<ClaimRelocation> wanted) {
        return relocations.stream().filter(wanted).map(ClaimRelocation::after).toList();
    }
}
