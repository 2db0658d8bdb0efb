package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.model.Fixtures.LATER;
import static org.corroborate.model.Fixtures.MARKED;
import static org.corroborate.model.Seeds.CNN_OPENING;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClaimTest {

    @Test
    void tagsAreStrippedAndLowerCased() {
        assertThat(Claim.normalizeTags(List.of("  Casualties ", "LOCATION"))).containsExactly("casualties", "location");
    }

    @Test
    void tagsAreKeptOnceInTheOrderFirstGiven() {
        assertThat(Claim.normalizeTags(List.of("figure", "Casualties", "casualties ", "FIGURE", "location")))
                .containsExactly("figure", "casualties", "location");
    }

    @Test
    void blankAndMissingTagsAreDropped() {
        assertThat(Claim.normalizeTags(Arrays.asList("", "  ", null, "damage"))).containsExactly("damage");
        assertThat(Claim.normalizeTags(null)).isEmpty();
    }

    @Test
    void lowerCasingDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR")); // where "I".toLowerCase() is a dotless ı
        try {
            assertThat(Claim.normalizeTags(List.of("IDENTITY"))).containsExactly("identity");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void normalizedTagsCannotBeChangedAfterwards() {
        List<String> tags = Claim.normalizeTags(List.of("quote"));

        assertThat(tags).isUnmodifiable();
    }

    @Test
    void aClaimNormalizesItsTagsAndClaimant() {
        Claim claim = Fixtures.claimOn(1, CNN_OPENING, "killed 60 Ukrainian soldiers")
                .withTags(List.of("Casualties", "casualties", " Figure"), LATER)
                .withClaimant("  Russian defense ministry ", LATER);

        assertThat(claim.tags()).containsExactly("casualties", "figure");
        assertThat(claim.claimant()).isEqualTo("Russian defense ministry");
    }

    @Test
    void orphaningKeepsTheAnchorAndTheModificationTimeAndANewAnchorEndsIt() {
        Claim claim = Fixtures.claimOn(1, CNN_OPENING, "killed 60 Ukrainian soldiers");

        Claim orphan = claim.asOrphaned();
        Claim restored = orphan.withAnchor(claim.anchor(), LATER);

        assertThat(orphan.orphaned()).isTrue();
        assertThat(orphan.anchor()).isEqualTo(claim.anchor());
        assertThat(orphan.modified()).isEqualTo(MARKED);
        assertThat(restored.orphaned()).isFalse();
        assertThat(restored.modified()).isEqualTo(LATER);
    }
}
