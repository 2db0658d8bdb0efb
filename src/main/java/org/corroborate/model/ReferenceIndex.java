package org.corroborate.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pcollections.HashPMap;
import org.pcollections.HashTreePMap;
import org.pcollections.HashTreePSet;
import org.pcollections.PSet;

/**
 * Links or groups of one state, by id and by the claims they refer to, so that the links of a
 * claim, or the groups holding it, are found without looking at the others. Immutable and
 * persistent like {@link ClaimIndex}: a change costs O(log n) per claim referred to.
 *
 * @param <I> the id type
 * @param <E> the entity type
 */
final class ReferenceIndex<I, E> {
    /** How to read an entity: its id, the claims it refers to, and the order lists are given in. */
    record Kind<I, E>(Function<E, I> id, Function<E, Collection<ClaimId>> claims, Comparator<E> order) {
    }

    private final Kind<I, E> kind;
    private final HashPMap<I, E> byId;
    private final HashPMap<ClaimId, PSet<I>> byClaim;
    private volatile List<E> all;

    private ReferenceIndex(Kind<I, E> kind, HashPMap<I, E> byId, HashPMap<ClaimId, PSet<I>> byClaim) {
        this.kind = kind;
        this.byId = byId;
        this.byClaim = byClaim;
    }

    static <I, E> ReferenceIndex<I, E> empty(Kind<I, E> kind) {
        return new ReferenceIndex<>(kind, HashTreePMap.empty(), HashTreePMap.empty());
    }

    ReferenceIndex<I, E> withAll(Collection<E> entities) {
        ReferenceIndex<I, E> result = this;
        for (E entity : entities) {
            result = result.with(kind.id().apply(entity), Optional.of(entity));
        }
        return result;
    }

    Optional<E> get(I id) {
        return Optional.ofNullable(byId.get(id));
    }

    Collection<E> values() {
        return byId.values();
    }

    /** The index with {@code entity} under {@code id}, or with nothing there when it is empty. */
    ReferenceIndex<I, E> with(I id, Optional<E> entity) {
        HashPMap<ClaimId, PSet<I>> claims = byClaim;
        E old = byId.get(id);
        if (old != null) {
            for (ClaimId claim : kind.claims().apply(old)) {
                PSet<I> ids = claims.get(claim);
                if (ids != null) { // null when the entity named the claim twice
                    PSet<I> rest = ids.minus(id);
                    claims = rest.isEmpty() ? claims.minus(claim) : claims.plus(claim, rest);
                }
            }
        }
        if (entity.isEmpty()) {
            return new ReferenceIndex<>(kind, byId.minus(id), claims);
        }
        for (ClaimId claim : kind.claims().apply(entity.get())) {
            PSet<I> ids = claims.get(claim);
            claims = claims.plus(claim, ids == null ? HashTreePSet.singleton(id) : ids.plus(id));
        }
        return new ReferenceIndex<>(kind, byId.plus(id, entity.get()), claims);
    }

    /** All of them, in the kind's order; built once per index. */
    List<E> all() {
        List<E> result = all;
        if (result == null) {
            List<E> sorted = new ArrayList<>(byId.values());
            sorted.sort(kind.order());
            result = List.copyOf(sorted);
            all = result;
        }
        return result;
    }

    /** Those referring to the claim, in the kind's order. */
    List<E> of(ClaimId claim) {
        PSet<I> ids = byClaim.get(claim);
        if (ids == null) {
            return List.of();
        }
        List<E> found = new ArrayList<>(ids.size());
        ids.forEach(id -> found.add(byId.get(id)));
        found.sort(kind.order());
        return List.copyOf(found);
    }

    boolean refersTo(ClaimId claim) {
        return byClaim.containsKey(claim);
    }
}
