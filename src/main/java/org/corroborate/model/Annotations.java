package org.corroborate.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every claim, link and group of a project at one moment. Immutable: operations return a new
 * snapshot, which makes undo a matter of applying the inverse and lets views read it from any thread.
 *
 * <p>A project may hold tens of thousands of claims, and every change makes a new snapshot, so the
 * snapshots are persistent: claims are indexed by id and by article, links and groups by the claims
 * they refer to, and a change replaces only the paths to what it touches, in O(log n), sharing the
 * rest with the snapshot before. The lists a snapshot hands out are built at most once for it.
 */
public final class Annotations {
    private static final ReferenceIndex.Kind<LinkId, ClaimLink> LINKS = new ReferenceIndex.Kind<>(ClaimLink::id,
            l -> List.of(l.from(), l.to()),
            Comparator.comparing(ClaimLink::created).thenComparing(l -> l.id().value()));
    private static final ReferenceIndex.Kind<GroupId, ClaimGroup> GROUPS = new ReferenceIndex.Kind<>(ClaimGroup::id,
            ClaimGroup::members,
            Comparator.comparing(ClaimGroup::created).thenComparing(g -> g.id().value()));
    private static final Annotations EMPTY = new Annotations(ClaimIndex.EMPTY, ReferenceIndex.empty(LINKS),
            ReferenceIndex.empty(GROUPS));

    private final ClaimIndex claims;
    private final ReferenceIndex<LinkId, ClaimLink> links;
    private final ReferenceIndex<GroupId, ClaimGroup> groups;
    private volatile List<Conflict> conflicts;

    private Annotations(ClaimIndex claims, ReferenceIndex<LinkId, ClaimLink> links,
                        ReferenceIndex<GroupId, ClaimGroup> groups) {
        this.claims = claims;
        this.links = links;
        this.groups = groups;
    }

    public static Annotations empty() {
        return EMPTY;
    }

    public static Annotations of(Collection<Claim> claims, Collection<ClaimLink> links, Collection<ClaimGroup> groups) {
        Annotations result = new Annotations(ClaimIndex.of(claims), EMPTY.links.withAll(links),
                EMPTY.groups.withAll(groups));
        result.requireConsistent();
        return result;
    }

    public Optional<Claim> claim(ClaimId id) {
        return claims.get(id);
    }

    public Optional<ClaimLink> link(LinkId id) {
        return links.get(id);
    }

    public Optional<ClaimGroup> group(GroupId id) {
        return groups.get(id);
    }

    /** All claims, ordered by article and then by position. */
    public List<Claim> claims() {
        return claims.all();
    }

    /** One article's claims, ordered by position. */
    public List<Claim> claimsOf(int articleId) {
        return claims.of(articleId);
    }

    /** All links, oldest first. */
    public List<ClaimLink> links() {
        return links.all();
    }

    /** All groups, oldest first. */
    public List<ClaimGroup> groups() {
        return groups.all();
    }

    public List<ClaimLink> linksOf(ClaimId claim) {
        return links.of(claim);
    }

    /** The links whose two claims are both in the group, oldest first. */
    public List<ClaimLink> linksWithin(ClaimGroup group) {
        Set<ClaimLink> inside = new TreeSet<>(LINKS.order());
        for (ClaimId member : group.members()) {
            for (ClaimLink link : links.of(member)) {
                if (group.contains(link.other(member))) {
                    inside.add(link);
                }
            }
        }
        return List.copyOf(inside);
    }

    public Optional<ClaimLink> linkBetween(ClaimId a, ClaimId b) {
        return links.of(a).stream().filter(l -> l.joins(a, b)).findFirst();
    }

    /** The claim and every claim reachable from it through links, in the order found. */
    public List<ClaimId> connectedClaims(ClaimId start) {
        List<ClaimId> found = new ArrayList<>();
        Set<ClaimId> seen = new HashSet<>();
        ArrayDeque<ClaimId> toVisit = new ArrayDeque<>();
        toVisit.add(start);
        while (!toVisit.isEmpty()) {
            ClaimId next = toVisit.poll();
            if (!claims.contains(next) || !seen.add(next)) {
                continue;
            }
            found.add(next);
            linksOf(next).forEach(l -> toVisit.add(l.other(next)));
        }
        return found;
    }

    public List<ClaimGroup> groupsOf(ClaimId claim) {
        return groups.of(claim);
    }

    public int claimCount() {
        return claims.size();
    }

    public boolean isEmpty() {
        return claims.size() == 0 && links.values().isEmpty() && groups.values().isEmpty();
    }

    /** True when the claim is one side of a contradiction. */
    public boolean inConflict(ClaimId claim) {
        return links.of(claim).stream().anyMatch(l -> l.type() == LinkType.CONTRADICTS);
    }

    /**
     * The conflicts: each group in which two members are linked as contradicting, then each
     * contradicting pair that no such group already covers.
     */
    public List<Conflict> conflicts() {
        List<Conflict> result = conflicts;
        if (result == null) {
            result = List.copyOf(findConflicts());
            conflicts = result;
        }
        return result;
    }

    // Each group looks only at its members' links, not at every contradiction of the project.
    private List<Conflict> findConflicts() {
        List<Conflict> result = new ArrayList<>();
        Set<LinkId> covered = new HashSet<>();
        for (ClaimGroup group : groups()) {
            List<ClaimLink> inside = linksWithin(group).stream().filter(l -> l.type() == LinkType.CONTRADICTS).toList();
            if (!inside.isEmpty()) {
                result.add(new Conflict(Optional.of(group), inside));
                inside.forEach(l -> covered.add(l.id()));
            }
        }
        for (ClaimLink link : links()) {
            if (link.type() == LinkType.CONTRADICTS && !covered.contains(link.id())) {
                result.add(new Conflict(Optional.empty(), List.of(link)));
            }
        }
        return result;
    }

    /** The same annotations with these claims in place of those with their ids; for re-anchoring. */
    public Annotations withClaimsReplaced(Collection<Claim> replacements) {
        ClaimIndex next = claims;
        for (Claim claim : replacements) {
            if (!next.contains(claim.id())) {
                throw new IllegalArgumentException("No claim " + claim.id().shortForm() + " to replace");
            }
            next = next.with(claim);
        }
        return new Annotations(next, links, groups);
    }

    Annotations withClaim(ClaimId id, Optional<Claim> claim) {
        return new Annotations(claim.map(claims::with).orElseGet(() -> claims.without(id)), links, groups);
    }

    Annotations withLink(LinkId id, Optional<ClaimLink> link) {
        return new Annotations(claims, links.with(id, link), groups);
    }

    Annotations withGroup(GroupId id, Optional<ClaimGroup> group) {
        return new Annotations(claims, links, groups.with(id, group));
    }

    /** Links join existing claims of different articles; groups hold existing claims only. */
    void requireConsistent() {
        links.values().forEach(this::requireConsistent);
        groups.values().forEach(this::requireConsistent);
    }

    /**
     * As {@link #requireConsistent()} for a state reached by these changes from a consistent one:
     * only what they touched can have broken a rule, so only that is checked, not the whole project.
     */
    void requireConsistentAfter(List<Change> changes) {
        for (Change change : changes) {
            if (change instanceof Change.OfClaim claimChange) {
                ClaimId id = claimChange.before().or(claimChange::after).orElseThrow().id();
                links.of(id).forEach(this::requireConsistent);
                if (!claims.contains(id)) {
                    groups.of(id).forEach(this::requireConsistent);
                }
            } else if (change instanceof Change.OfLink linkChange) {
                linkChange.after().ifPresent(this::requireConsistent);
            } else if (change instanceof Change.OfGroup groupChange) {
                groupChange.after().ifPresent(this::requireConsistent);
            }
        }
    }

    private void requireConsistent(ClaimLink link) {
        Optional<Claim> from = claims.get(link.from());
        Optional<Claim> to = claims.get(link.to());
        if (from.isEmpty() || to.isEmpty()) {
            throw new IllegalStateException("Link " + link.id().shortForm() + " refers to a claim that does not exist");
        }
        if (from.get().articleId() == to.get().articleId()) {
            throw new IllegalStateException("Link " + link.id().shortForm() + " joins two claims of the same article");
        }
    }

    private void requireConsistent(ClaimGroup group) {
        for (ClaimId member : group.members()) {
            if (!claims.contains(member)) {
                throw new IllegalStateException("Group " + group.id().shortForm() + " holds a claim that does not exist");
            }
        }
    }
}
