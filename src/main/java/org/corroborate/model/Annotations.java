package org.corroborate.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every claim, link and group of a project at one moment. Immutable: operations return a new
 * snapshot, which makes undo a matter of applying the inverse and lets views read it from any thread.
 */
public final class Annotations {
    private static final Annotations EMPTY = new Annotations(Map.of(), Map.of(), Map.of());
    private static final Comparator<Claim> BY_ARTICLE_THEN_POSITION = Comparator.comparingInt(Claim::articleId)
            .thenComparingInt(c -> c.anchor().start())
            .thenComparingInt(c -> c.anchor().end())
            .thenComparing(c -> c.id().value());

    private final Map<ClaimId, Claim> claims;
    private final Map<LinkId, ClaimLink> links;
    private final Map<GroupId, ClaimGroup> groups;

    private Annotations(Map<ClaimId, Claim> claims, Map<LinkId, ClaimLink> links, Map<GroupId, ClaimGroup> groups) {
        this.claims = claims;
        this.links = links;
        this.groups = groups;
    }

    public static Annotations empty() {
        return EMPTY;
    }

    public static Annotations of(Collection<Claim> claims, Collection<ClaimLink> links, Collection<ClaimGroup> groups) {
        Map<ClaimId, Claim> claimMap = new HashMap<>();
        claims.forEach(c -> claimMap.put(c.id(), c));
        Map<LinkId, ClaimLink> linkMap = new HashMap<>();
        links.forEach(l -> linkMap.put(l.id(), l));
        Map<GroupId, ClaimGroup> groupMap = new HashMap<>();
        groups.forEach(g -> groupMap.put(g.id(), g));
        Annotations result = new Annotations(Map.copyOf(claimMap), Map.copyOf(linkMap), Map.copyOf(groupMap));
        result.requireConsistent();
        return result;
    }

    public Optional<Claim> claim(ClaimId id) {
        return Optional.ofNullable(claims.get(id));
    }

    public Optional<ClaimLink> link(LinkId id) {
        return Optional.ofNullable(links.get(id));
    }

    public Optional<ClaimGroup> group(GroupId id) {
        return Optional.ofNullable(groups.get(id));
    }

    /** All claims, ordered by article and then by position. */
    public List<Claim> claims() {
        List<Claim> all = new ArrayList<>(claims.values());
        all.sort(BY_ARTICLE_THEN_POSITION);
        return all;
    }

    public List<Claim> claimsOf(int articleId) {
        return claims().stream().filter(c -> c.articleId() == articleId).toList();
    }

    public List<ClaimLink> links() {
        List<ClaimLink> all = new ArrayList<>(links.values());
        all.sort(Comparator.comparing(ClaimLink::created).thenComparing(l -> l.id().value()));
        return all;
    }

    public List<ClaimGroup> groups() {
        List<ClaimGroup> all = new ArrayList<>(groups.values());
        all.sort(Comparator.comparing(ClaimGroup::created).thenComparing(g -> g.id().value()));
        return all;
    }

    public List<ClaimLink> linksOf(ClaimId claim) {
        return links().stream().filter(l -> l.involves(claim)).toList();
    }

    public Optional<ClaimLink> linkBetween(ClaimId a, ClaimId b) {
        return links.values().stream().filter(l -> l.joins(a, b)).findFirst();
    }

    /** The claim and every claim reachable from it through links, in the order found. */
    public List<ClaimId> connectedClaims(ClaimId start) {
        List<ClaimId> found = new ArrayList<>();
        java.util.ArrayDeque<ClaimId> toVisit = new java.util.ArrayDeque<>();
        toVisit.add(start);
        while (!toVisit.isEmpty()) {
            ClaimId next = toVisit.poll();
            if (found.contains(next) || !claims.containsKey(next)) {
                continue;
            }
            found.add(next);
            linksOf(next).forEach(l -> toVisit.add(l.other(next)));
        }
        return found;
    }

    public List<ClaimGroup> groupsOf(ClaimId claim) {
        return groups().stream().filter(g -> g.contains(claim)).toList();
    }

    public int claimCount() {
        return claims.size();
    }

    public boolean isEmpty() {
        return claims.isEmpty() && links.isEmpty() && groups.isEmpty();
    }

    /** True when the claim is one side of a contradiction. */
    public boolean inConflict(ClaimId claim) {
        return links.values().stream().anyMatch(l -> l.type() == LinkType.CONTRADICTS && l.involves(claim));
    }

    /**
     * The conflicts: each group in which two members are linked as contradicting, then each
     * contradicting pair that no such group already covers.
     */
    public List<Conflict> conflicts() {
        List<ClaimLink> contradictions = links().stream().filter(l -> l.type() == LinkType.CONTRADICTS).toList();
        List<Conflict> result = new ArrayList<>();
        Set<LinkId> covered = new HashSet<>();
        for (ClaimGroup group : groups()) {
            List<ClaimLink> inside = contradictions.stream()
                    .filter(l -> group.contains(l.from()) && group.contains(l.to()))
                    .toList();
            if (!inside.isEmpty()) {
                result.add(new Conflict(Optional.of(group), inside));
                inside.forEach(l -> covered.add(l.id()));
            }
        }
        for (ClaimLink link : contradictions) {
            if (!covered.contains(link.id())) {
                result.add(new Conflict(Optional.empty(), List.of(link)));
            }
        }
        return result;
    }

    /** The same annotations with these claims in place of those with their ids; for re-anchoring. */
    public Annotations withClaimsReplaced(Collection<Claim> replacements) {
        Map<ClaimId, Claim> next = new HashMap<>(claims);
        for (Claim claim : replacements) {
            if (!next.containsKey(claim.id())) {
                throw new IllegalArgumentException("No claim " + claim.id().shortForm() + " to replace");
            }
            next.put(claim.id(), claim);
        }
        return new Annotations(Map.copyOf(next), links, groups);
    }

    Annotations withClaim(ClaimId id, Optional<Claim> claim) {
        Map<ClaimId, Claim> next = new HashMap<>(claims);
        claim.ifPresentOrElse(c -> next.put(id, c), () -> next.remove(id));
        return new Annotations(Map.copyOf(next), links, groups);
    }

    Annotations withLink(LinkId id, Optional<ClaimLink> link) {
        Map<LinkId, ClaimLink> next = new HashMap<>(links);
        link.ifPresentOrElse(l -> next.put(id, l), () -> next.remove(id));
        return new Annotations(claims, Map.copyOf(next), groups);
    }

    Annotations withGroup(GroupId id, Optional<ClaimGroup> group) {
        Map<GroupId, ClaimGroup> next = new HashMap<>(groups);
        group.ifPresentOrElse(g -> next.put(id, g), () -> next.remove(id));
        return new Annotations(claims, links, Map.copyOf(next));
    }

    /** Links join existing claims of different articles; groups hold existing claims only. */
    void requireConsistent() {
        for (ClaimLink link : links.values()) {
            Claim from = claims.get(link.from());
            Claim to = claims.get(link.to());
            if (from == null || to == null) {
                throw new IllegalStateException("Link " + link.id().shortForm() + " refers to a claim that does not exist");
            }
            if (from.articleId() == to.articleId()) {
                throw new IllegalStateException("Link " + link.id().shortForm() + " joins two claims of the same article");
            }
        }
        for (ClaimGroup group : groups.values()) {
            for (ClaimId member : group.members()) {
                if (!claims.containsKey(member)) {
                    throw new IllegalStateException("Group " + group.id().shortForm() + " holds a claim that does not exist");
                }
            }
        }
    }
}
