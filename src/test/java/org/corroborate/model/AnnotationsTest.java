package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.corroborate.model.Fixtures.bbcClaim;
import static org.corroborate.model.Fixtures.cnnClaim;
import static org.corroborate.model.Fixtures.group;
import static org.corroborate.model.Fixtures.link;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnotationsTest {
    private final Claim cnnKilled = cnnClaim("killed 60 Ukrainian soldiers near Odnorobovka");
    private final Claim cnnInjured = cnnClaim("10 civilians had been injured");
    private final Claim cnnTanks = cnnClaim("five tanks");
    private final Claim bbcKilled = bbcClaim("234 fighters had been killed");
    private final Claim bbcInjured = bbcClaim("a child had been injured");
    private final Claim bbcTanks = bbcClaim("seven tanks");
    private final List<Claim> claims = List.of(cnnKilled, cnnInjured, cnnTanks, bbcKilled, bbcInjured, bbcTanks);

    @Test
    void aContradictingPairIsAConflictOfItsOwn() {
        ClaimLink contradicts = link(cnnKilled, bbcKilled, LinkType.CONTRADICTS);

        Annotations annotations = Annotations.of(claims, List.of(contradicts), List.of());

        assertThat(annotations.conflicts()).containsExactly(new Conflict(Optional.empty(), List.of(contradicts)));
        assertThat(annotations.inConflict(cnnKilled.id())).isTrue();
        assertThat(annotations.inConflict(cnnInjured.id())).isFalse();
    }

    @Test
    void aGroupHoldingAContradictingPairIsOneConflictCoveringIt() {
        ClaimLink contradicts = link(cnnKilled, bbcKilled, LinkType.CONTRADICTS);
        ClaimGroup killed = group("Soldiers killed near Odnorobovka", cnnKilled, bbcKilled);

        Annotations annotations = Annotations.of(claims, List.of(contradicts), List.of(killed));

        assertThat(annotations.conflicts()).containsExactly(new Conflict(Optional.of(killed), List.of(contradicts)));
        assertThat(annotations.conflicts().get(0).title()).isEqualTo("Soldiers killed near Odnorobovka");
    }

    @Test
    void aGroupHoldingOnlyOneSideDoesNotCoverTheContradiction() {
        ClaimLink contradicts = link(cnnKilled, bbcKilled, LinkType.CONTRADICTS);
        ClaimGroup oneSide = group("Soldiers killed", cnnKilled, bbcInjured);

        Annotations annotations = Annotations.of(claims, List.of(contradicts), List.of(oneSide));

        assertThat(annotations.conflicts()).containsExactly(new Conflict(Optional.empty(), List.of(contradicts)));
    }

    @Test
    void supportingAndSameClaimLinksAreNoConflict() {
        Annotations annotations = Annotations.of(claims,
                List.of(link(cnnInjured, bbcInjured, LinkType.SUPPORTS), link(cnnTanks, bbcTanks, LinkType.SAME)),
                List.of(group("Tanks", cnnTanks, bbcTanks)));

        assertThat(annotations.conflicts()).isEmpty();
        assertThat(annotations.inConflict(cnnTanks.id())).isFalse();
    }

    @Test
    void groupedConflictsComeFirstThenThePairsNoGroupCovers() {
        ClaimLink killed = link(cnnKilled, bbcKilled, LinkType.CONTRADICTS);
        ClaimLink tanks = link(cnnTanks, bbcTanks, LinkType.CONTRADICTS);
        ClaimGroup killedGroup = group("Soldiers killed", cnnKilled, bbcKilled);

        Annotations annotations = Annotations.of(claims, List.of(killed, tanks), List.of(killedGroup));

        assertThat(annotations.conflicts()).containsExactly(
                new Conflict(Optional.of(killedGroup), List.of(killed)),
                new Conflict(Optional.empty(), List.of(tanks)));
    }

    @Test
    void claimsAreOrderedByArticleThenPosition() {
        Annotations annotations = Annotations.of(List.of(bbcTanks, cnnKilled, bbcKilled, cnnTanks), List.of(), List.of());

        assertThat(annotations.claims()).containsExactly(cnnTanks, cnnKilled, bbcKilled, bbcTanks);
        assertThat(annotations.claimsOf(Fixtures.BBC)).containsExactly(bbcKilled, bbcTanks);
    }

    @Test
    void refusesALinkBetweenClaimsOfTheSameArticle() {
        ClaimLink sameArticle = new ClaimLink(LinkId.random(), cnnKilled.id(), cnnInjured.id(), LinkType.SUPPORTS, "",
                "analyst", Fixtures.MARKED);

        assertThatIllegalStateException().isThrownBy(() -> Annotations.of(claims, List.of(sameArticle), List.of()))
                .withMessageContaining("same article");
    }

    @Test
    void refusesAGroupHoldingAClaimThatDoesNotExist() {
        ClaimGroup dangling = ClaimGroup.create("Casualties", List.of(ClaimId.random()), Fixtures.MARKED);

        assertThatIllegalStateException().isThrownBy(() -> Annotations.of(claims, List.of(), List.of(dangling)));
    }
}
