package org.corroborate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One entity's state before and after a step of an operation; empty before means it was created,
 * empty after means it was deleted. Undo applies the inverse, which swaps the two.
 */
public sealed interface Change permits Change.OfClaim, Change.OfLink, Change.OfGroup {

    Change inverse();

    /** Applies the change, first checking that the current state is the one the change expects. */
    Annotations applyTo(Annotations state);

    record OfClaim(Optional<Claim> before, Optional<Claim> after) implements Change {
        public OfClaim {
            requireSameEntity(before.map(Claim::id), after.map(Claim::id));
        }

        @Override
        public OfClaim inverse() {
            return new OfClaim(after, before);
        }

        @Override
        public Annotations applyTo(Annotations state) {
            ClaimId id = before.or(() -> after).orElseThrow().id();
            requireCurrent("claim " + id.shortForm(), state.claim(id), before);
            return state.withClaim(id, after);
        }
    }

    record OfLink(Optional<ClaimLink> before, Optional<ClaimLink> after) implements Change {
        public OfLink {
            requireSameEntity(before.map(ClaimLink::id), after.map(ClaimLink::id));
        }

        @Override
        public OfLink inverse() {
            return new OfLink(after, before);
        }

        @Override
        public Annotations applyTo(Annotations state) {
            LinkId id = before.or(() -> after).orElseThrow().id();
            requireCurrent("link " + id.shortForm(), state.link(id), before);
            return state.withLink(id, after);
        }
    }

    record OfGroup(Optional<ClaimGroup> before, Optional<ClaimGroup> after) implements Change {
        public OfGroup {
            requireSameEntity(before.map(ClaimGroup::id), after.map(ClaimGroup::id));
        }

        @Override
        public OfGroup inverse() {
            return new OfGroup(after, before);
        }

        @Override
        public Annotations applyTo(Annotations state) {
            GroupId id = before.or(() -> after).orElseThrow().id();
            requireCurrent("group " + id.shortForm(), state.group(id), before);
            return state.withGroup(id, after);
        }
    }

    static Change created(Claim claim) {
        return new OfClaim(Optional.empty(), Optional.of(claim));
    }

    static Change edited(Claim before, Claim after) {
        return new OfClaim(Optional.of(before), Optional.of(after));
    }

    static Change deleted(Claim claim) {
        return new OfClaim(Optional.of(claim), Optional.empty());
    }

    static Change created(ClaimLink link) {
        return new OfLink(Optional.empty(), Optional.of(link));
    }

    static Change edited(ClaimLink before, ClaimLink after) {
        return new OfLink(Optional.of(before), Optional.of(after));
    }

    static Change deleted(ClaimLink link) {
        return new OfLink(Optional.of(link), Optional.empty());
    }

    static Change created(ClaimGroup group) {
        return new OfGroup(Optional.empty(), Optional.of(group));
    }

    static Change edited(ClaimGroup before, ClaimGroup after) {
        return new OfGroup(Optional.of(before), Optional.of(after));
    }

    static Change deleted(ClaimGroup group) {
        return new OfGroup(Optional.of(group), Optional.empty());
    }

    private static void requireSameEntity(Optional<?> beforeId, Optional<?> afterId) {
        if (beforeId.isEmpty() && afterId.isEmpty()) {
            throw new IllegalArgumentException("A change needs a state before or after");
        }
        if (beforeId.isPresent() && afterId.isPresent() && !beforeId.equals(afterId)) {
            throw new IllegalArgumentException("A change cannot turn one entity into another");
        }
    }

    private static <T> void requireCurrent(String what, Optional<T> current, Optional<T> expected) {
        if (!Objects.equals(current, expected)) {
            throw new IllegalStateException("The " + what + " has changed since this step was recorded");
        }
    }
}
