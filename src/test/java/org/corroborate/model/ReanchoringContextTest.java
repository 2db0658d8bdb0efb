package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same words at the same offset are not enough: the passage around them must still be the claim's. */
class ReanchoringContextTest {
    private static final String BEFORE =
            "The ministry also said its forces had killed 60 Ukrainian soldiers near Odnorobovka on Tuesday.";

    @Test
    void aShortQuoteAtItsOldOffsetInAnUnrelatedPassageIsOrphaned() {
        int start = BEFORE.indexOf("60");
        Anchor anchor = Anchor.capture(BEFORE, start, start + 2);
        String after = "X".repeat(start - 6) + "about 60 percent this year, the agency's survey of farms found.";
        assertThat(after.substring(start, start + 2)).isEqualTo("60");

        Relocation relocation = Reanchoring.relocate(after, anchor);

        assertThat(relocation.outcome()).isEqualTo(Relocation.Outcome.ORPHANED);
    }

    @Test
    void aQuoteStillInPlaceWithSlightlyEditedContextKeepsItsPlaceAndTakesTheNewContext() {
        String quote = "killed 60 Ukrainian soldiers";
        int start = BEFORE.indexOf(quote);
        Claim claim = Claim.mark(1, Anchor.capture(BEFORE, start, start + quote.length()), "a", Instant.EPOCH);
        String after = BEFORE.replace("on Tuesday.", "on Tuesday night.");

        ArticleReanchoring result = Reanchoring.reanchorAll(after, List.of(claim), Instant.EPOCH.plusSeconds(1));

        Claim kept = result.claims().get(0);
        assertThat(result.relocations().get(0).relocation().outcome()).isEqualTo(Relocation.Outcome.UNCHANGED);
        assertThat(kept.anchor().start()).isEqualTo(start);
        assertThat(kept.anchor().quote().suffix()).isEqualTo(after.substring(start + quote.length(),
                Math.min(after.length(), start + quote.length() + TextQuote.CONTEXT_LENGTH)));
        assertThat(result.changed()).containsExactly(kept);
    }
}
