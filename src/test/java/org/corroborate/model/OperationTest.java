package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.corroborate.model.Fixtures.LATER;
import static org.corroborate.model.Fixtures.bbcClaim;
import static org.corroborate.model.Fixtures.cnnClaim;
import static org.corroborate.model.Fixtures.contentOf;
import static org.corroborate.model.Fixtures.link;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Operations and their changes: applying, inverting, and refusing to apply to a state they do not expect. */
class OperationTest {
    private final Claim cnnKilled = cnnClaim("killed 60 Ukrainian soldiers near Odnorobovka");
    private final Claim bbcKilled = bbcClaim("234 fighters had been killed");
    private final Annotations state = Annotations.of(List.of(cnnKilled, bbcKilled), List.of(), List.of());

    @Test
    void applyingAnOperationAndThenItsInverseGivesTheOriginalSnapshot() {
        Claim verified = cnnKilled.withStatus(ClaimStatus.DISPUTED, LATER);
        Operation edit = Operations.editClaim(state, verified, "Set status");

        Annotations edited = edit.applyTo(state);
        Annotations undone = edit.inverse().applyTo(edited);

        assertThat(edited.claim(cnnKilled.id())).contains(verified);
        assertThat(contentOf(undone)).isEqualTo(contentOf(state));
    }

    @Test
    void inverseUndoesTheChangesInReverseOrder() {
        ClaimLink contradicts = link(cnnKilled, bbcKilled, LinkType.CONTRADICTS);
        Operation operation = Operation.of("Link", Change.created(contradicts),
                Change.edited(contradicts, contradicts.withNote("60 against 234")));

        Operation inverse = operation.inverse();

        assertThat(inverse.label()).isEqualTo("Link");
        assertThat(inverse.changes()).containsExactly(
                Change.edited(contradicts.withNote("60 against 234"), contradicts),
                Change.deleted(contradicts));
        assertThat(contentOf(inverse.applyTo(operation.applyTo(state)))).isEqualTo(contentOf(state));
    }

    @Test
    void applyingAChangeWhoseBeforeNoLongerMatchesFails() {
        Operation setDisputed = Operations.editClaim(state, cnnKilled.withStatus(ClaimStatus.DISPUTED, LATER), "Set status");
        Annotations meanwhile = Operations.editClaim(state, cnnKilled.withNote("Check RIA", LATER), "Edit note").applyTo(state);

        assertThatIllegalStateException().isThrownBy(() -> setDisputed.applyTo(meanwhile))
                .withMessageContaining("has changed since this step was recorded");
    }

    @Test
    void creatingAClaimThatAlreadyExistsFails() {
        assertThatIllegalStateException().isThrownBy(() -> Operations.markClaim(cnnKilled).applyTo(state));
    }

    @Test
    void deletingAClaimThatIsGoneFails() {
        Annotations empty = Annotations.empty();

        assertThatIllegalStateException().isThrownBy(() -> Operation.of("Delete", Change.deleted(cnnKilled)).applyTo(empty));
    }

    @Test
    void anOperationThatWouldLeaveALinkToAMissingClaimFails() {
        Annotations linked = Annotations.of(state.claims(), List.of(link(cnnKilled, bbcKilled, LinkType.SAME)), List.of());

        assertThatIllegalStateException()
                .isThrownBy(() -> Operation.of("Delete", Change.deleted(bbcKilled)).applyTo(linked))
                .withMessageContaining("refers to a claim that does not exist");
    }

    @Test
    void aChangeCannotTurnOneEntityIntoAnother() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Change.OfClaim(Optional.of(cnnKilled), Optional.of(bbcKilled)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Change.OfClaim(Optional.empty(), Optional.empty()));
    }

    @Test
    void anOperationChangesSomething() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Operation("Nothing", List.of()));
    }
}
