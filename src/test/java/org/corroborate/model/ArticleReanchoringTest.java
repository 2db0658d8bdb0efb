package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.model.Fixtures.LATER;
import static org.corroborate.model.Fixtures.MARKED;
import static org.corroborate.model.Fixtures.claimOn;
import static org.corroborate.model.Seeds.CNN_OPENING;

import java.util.List;
import org.corroborate.model.Relocation.Outcome;
import org.junit.jupiter.api.Test;

class ArticleReanchoringTest {
    private static final int ARTICLE = 1;

    private final Claim unchanged = claimOn(ARTICLE, CNN_OPENING, "Pro-Ukrainian groups of Russian fighters");
    private final Claim moved = claimOn(ARTICLE, CNN_OPENING, "10 civilians had been injured");
    private final Claim edited = claimOn(ARTICLE, CNN_OPENING, "killed 60 Ukrainian soldiers near Odnorobovka");
    private final Claim vanished = claimOn(ARTICLE, CNN_OPENING, "A third group, the Russian Volunteer Corps (RDK)");
    private final Claim orphanFoundAgain = claimOn(ARTICLE, CNN_OPENING, "five tanks an armored personnel carrier").asOrphaned();
    private final Claim orphanStillMissing = claimOn(ARTICLE, CNN_OPENING, "also claimed to be involved in the fight").asOrphaned();

    /** The next version: a sentence gone, a figure spelt out, a paragraph added before the governor's. */
    private final String nextVersion = CNN_OPENING
            .replace("A third group, the Russian Volunteer Corps (RDK), also claimed to be involved in the fight.\n", "")
            .replace("killed 60 Ukrainian", "killed sixty Ukrainian")
            .replace("The governor of", "Kyiv did not comment.\nThe governor of");

    private final ArticleReanchoring result = Reanchoring.reanchorAll(nextVersion,
            List.of(unchanged, moved, edited, vanished, orphanFoundAgain, orphanStillMissing), LATER);

    @Test
    void reportsWhatHappenedToEachClaimInTheOrderGiven() {
        assertThat(result.relocations()).extracting(r -> r.relocation().outcome()).containsExactly(
                Outcome.UNCHANGED, Outcome.MOVED, Outcome.APPROXIMATE, Outcome.ORPHANED, Outcome.MOVED, Outcome.ORPHANED);
        assertThat(result.summary()).isEqualTo("1 unchanged, 2 moved, 1 approximate, 2 orphaned, 1 restored");
    }

    @Test
    void unchangedClaimIsTheSameInstance() {
        assertThat(result.claims().get(0)).isSameAs(unchanged);
    }

    @Test
    void movedAndEditedClaimsGetTheirNewAnchorAndModificationTime() {
        Claim movedAfter = result.claims().get(1);
        Claim editedAfter = result.claims().get(2);

        assertThat(movedAfter.anchor().start()).isEqualTo(nextVersion.indexOf("10 civilians had been injured"));
        assertThat(editedAfter.quote()).isEqualTo("killed sixty Ukrainian soldiers near Odnorobovka");
        assertThat(List.of(movedAfter, editedAfter)).allSatisfy(claim -> {
            assertThat(claim.modified()).isEqualTo(LATER);
            assertThat(claim.created()).isEqualTo(MARKED);
            assertThat(claim.orphaned()).isFalse();
        });
        assertThat(editedAfter.id()).isEqualTo(edited.id());
    }

    @Test
    void vanishedClaimIsOrphanedAndKeepsItsLastAnchorForReview() {
        Claim after = result.claims().get(3);

        assertThat(after.orphaned()).isTrue();
        assertThat(after.anchor()).isEqualTo(vanished.anchor());
        assertThat(after.modified()).isEqualTo(MARKED);
    }

    @Test
    void orphanWhoseQuoteIsFoundAgainIsRestored() {
        Claim after = result.claims().get(4);

        assertThat(after.orphaned()).isFalse();
        assertThat(after.anchor().start()).isEqualTo(nextVersion.indexOf("five tanks an armored personnel carrier"));
        assertThat(result.restored()).containsExactly(after);
    }

    @Test
    void orphanAtItsOldPositionIsRestoredToo() {
        Claim orphan = claimOn(ARTICLE, CNN_OPENING, "Pro-Ukrainian groups of Russian fighters").asOrphaned();

        ArticleReanchoring again = Reanchoring.reanchorAll(CNN_OPENING, List.of(orphan), LATER);

        assertThat(again.relocations().get(0).relocation().outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(again.claims().get(0).orphaned()).isFalse();
        assertThat(again.changed()).hasSize(1);
    }

    @Test
    void orphanStillMissingIsTheSameInstanceAndNeedsNoSaving() {
        assertThat(result.claims().get(5)).isSameAs(orphanStillMissing);
        assertThat(result.relocations().get(5).changed()).isFalse();
    }

    @Test
    void listsTheClaimsToSaveAndTheOrphansToReview() {
        List<Claim> after = result.claims();

        assertThat(result.changed()).containsExactly(after.get(1), after.get(2), after.get(3), after.get(4));
        assertThat(result.orphaned()).containsExactly(after.get(3), orphanStillMissing);
        assertThat(result.relocations()).filteredOn(ClaimRelocation::newlyOrphaned)
                .extracting(ClaimRelocation::before).containsExactly(vanished);
    }
}
