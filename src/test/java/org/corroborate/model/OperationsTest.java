package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.corroborate.model.Fixtures.LATER;
import static org.corroborate.model.Fixtures.bbcClaim;
import static org.corroborate.model.Fixtures.cnnClaim;
import static org.corroborate.model.Fixtures.contentOf;
import static org.corroborate.model.Fixtures.group;
import static org.corroborate.model.Fixtures.link;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperationsTest {
    private final Claim cnnKilled = cnnClaim("killed 60 Ukrainian soldiers near Odnorobovka");
    private final Claim cnnInjured = cnnClaim("10 civilians had been injured");
    private final Claim bbcKilled = bbcClaim("234 fighters had been killed");
    private final Claim bbcInjured = bbcClaim("a child had been injured");
    private final Annotations claimsOnly = Annotations.of(List.of(cnnKilled, cnnInjured, bbcKilled, bbcInjured),
            List.of(), List.of());

    @Test
    void cannotLinkAClaimToItself() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Operations.link(claimsOnly, cnnKilled.id(), cnnKilled.id(), LinkType.SAME, "", "a", LATER))
                .withMessageContaining("itself");
    }

    @Test
    void cannotLinkTwoClaimsOfTheSameArticle() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Operations.link(claimsOnly, cnnKilled.id(), cnnInjured.id(), LinkType.SUPPORTS, "", "a", LATER))
                .withMessageContaining("same article");
    }

    @Test
    void cannotLinkAClaimThatDoesNotExist() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Operations.link(claimsOnly, cnnKilled.id(), ClaimId.random(), LinkType.SAME, "", "a", LATER));
    }

    @Test
    void linkingClaimsOfTwoArticlesCreatesALink() {
        Operation operation = Operations.link(claimsOnly, cnnKilled.id(), bbcKilled.id(), LinkType.CONTRADICTS,
                "60 against 234", "analyst", LATER);

        Annotations after = operation.applyTo(claimsOnly);

        ClaimLink created = after.linkBetween(cnnKilled.id(), bbcKilled.id()).orElseThrow();
        assertThat(created.type()).isEqualTo(LinkType.CONTRADICTS);
        assertThat(created.note()).isEqualTo("60 against 234");
        assertThat(operation.label()).isEqualTo("Link as contradicts");
    }

    @Test
    void linkingAnAlreadyLinkedPairEditsTheLinkInsteadOfAddingOne() {
        ClaimLink supports = link(cnnKilled, bbcKilled, LinkType.SUPPORTS);
        Annotations state = Annotations.of(claimsOnly.claims(), List.of(supports), List.of());

        // Asked the other way round, it is still the same pair.
        Operation operation = Operations.link(state, bbcKilled.id(), cnnKilled.id(), LinkType.CONTRADICTS,
                "Different totals", "analyst", LATER);
        Annotations after = operation.applyTo(state);

        assertThat(operation.changes()).containsExactly(new Change.OfLink(Optional.of(supports),
                Optional.of(supports.withType(LinkType.CONTRADICTS).withNote("Different totals"))));
        assertThat(after.links()).singleElement().satisfies(link -> {
            assertThat(link.id()).isEqualTo(supports.id());
            assertThat(link.from()).isEqualTo(cnnKilled.id());
            assertThat(link.type()).isEqualTo(LinkType.CONTRADICTS);
        });
    }

    @Test
    void linkingAgainWithTheSameTypeAndNoteIsRefused() {
        ClaimLink supports = link(cnnKilled, bbcKilled, LinkType.SUPPORTS);
        Annotations state = Annotations.of(claimsOnly.claims(), List.of(supports), List.of());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Operations.link(state, cnnKilled.id(), bbcKilled.id(), LinkType.SUPPORTS, null, "a", LATER))
                .withMessageContaining("already linked as supports");
    }

    @Test
    void deletingAClaimDeletesItsLinksAndTakesItOutOfItsGroups() {
        Annotations before = linkedAndGrouped();

        Annotations after = Operations.deleteClaim(before, bbcKilled.id(), LATER).applyTo(before);

        assertThat(after.claim(bbcKilled.id())).isEmpty();
        assertThat(after.links()).extracting(ClaimLink::to).containsExactly(bbcInjured.id());
        assertThat(after.groups()).extracting(ClaimGroup::members)
                .containsExactlyInAnyOrder(List.of(cnnKilled.id()), List.of(cnnInjured.id(), bbcInjured.id()));
    }

    @Test
    void deletingTheLastClaimOfAGroupDeletesTheGroupAndUndoBringsBothBack() {
        ClaimGroup alone = ClaimGroup.create("Only CNN says so", List.of(cnnKilled.id()), LATER);
        Annotations before = Annotations.of(claimsOnly.claims(), List.of(), List.of(alone));
        Operation delete = Operations.deleteClaim(before, cnnKilled.id(), LATER);

        Annotations after = delete.applyTo(before);

        assertThat(after.groups()).isEmpty();
        assertThat(contentOf(delete.inverse().applyTo(after))).isEqualTo(contentOf(before));
    }

    @Test
    void undoingADeletedClaimRestoresItsLinksAndGroupsToo() {
        Annotations before = linkedAndGrouped();
        Operation delete = Operations.deleteClaim(before, bbcKilled.id(), LATER);

        Annotations undone = delete.inverse().applyTo(delete.applyTo(before));

        assertThat(contentOf(undone)).isEqualTo(contentOf(before));
    }

    @Test
    void editingAClaimWithoutAChangeIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Operations.editClaim(claimsOnly, cnnKilled, "Set status"))
                .withMessage("Nothing to change");
    }

    @Test
    void aGroupNeedsAClaim() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Operations.createGroup(claimsOnly, "Casualties", List.of(), Optional.empty(), "", LATER));
    }

    /** cnnKilled contradicts bbcKilled; cnnInjured supports bbcInjured; two groups hold bbcKilled. */
    private Annotations linkedAndGrouped() {
        return Annotations.of(claimsOnly.claims(),
                List.of(link(cnnKilled, bbcKilled, LinkType.CONTRADICTS), link(cnnInjured, bbcInjured, LinkType.SUPPORTS)),
                List.of(group("Soldiers killed at Odnorobovka", cnnKilled, bbcKilled),
                        group("Civilians injured in Belgorod", cnnInjured, bbcInjured, bbcKilled)));
    }
}
