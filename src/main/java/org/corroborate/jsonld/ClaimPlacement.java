package org.corroborate.jsonld;

import java.util.List;
import java.util.Objects;

import org.corroborate.model.Claim;
import org.corroborate.model.ClaimRelocation;

/**
 * Where one imported claim landed, measured against the position its file gives, and a line for the
 * import's report that says so.
 *
 * @param relocation the claim as the file records it, as placed, and what re-anchoring found
 * @param kind       how it was placed
 * @param report     one line naming the claim, its article and what happened, for example
 *                   "Claim 3fa08d5c (“killed 60 Ukrainian soldiers”) of 001.txt: moved from code point 1308 to 1320"
 */
public record ClaimPlacement(ClaimRelocation relocation, Kind kind, String report) {

    public enum Kind {
        /** The quote is at the position the file gives. */
        AS_GIVEN("placed as given"),
        /** The same words are elsewhere in the text. */
        MOVED("moved"),
        /** Slightly different words were found; the claim now quotes them. */
        APPROXIMATE("placed approximately"),
        /** The file marks the claim orphaned, but its quote is in this text. */
        FOUND_AGAIN("found again though orphaned in the file"),
        /** Nothing fits well enough: the claim keeps the position given and is listed for review. */
        ORPHANED("orphaned (listed for review)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the report counts it: "2 placed as given". */
        public String label() {
            return label;
        }
    }

    public ClaimPlacement {
        Objects.requireNonNull(relocation, "relocation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(report, "report");
    }

    /** The claim as imported. */
    public Claim claim() {
        return relocation.after();
    }

    public boolean asGiven() {
        return kind == Kind.AS_GIVEN;
    }

    /** The reports of the claims that did not land as given, in order: what an import has to say. */
    public static List<String> notices(List<ClaimPlacement> placements) {
        return placements.stream().filter(p -> !p.asGiven()).map(ClaimPlacement::report).toList();
    }
}
