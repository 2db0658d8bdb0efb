package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The indexes inside {@link Annotations} answer as a plain recomputation over all claims, links and
 * groups would, after any series of changes, and changing one article leaves the others shared.
 */
class AnnotationsIndexTest {
    private static final String TEXT = "The ministry said 60 soldiers were killed near Odnorobovka on Tuesday, while"
            + " the governor spoke of more than 234 fighters and seven tanks lost in the raid on Tyotkino.";
    private static final int ARTICLES = 4;
    private static final Instant NOW = Instant.parse("2024-03-12T10:00:00Z");
    private static long made;
    private static final Comparator<Claim> BY_ARTICLE_THEN_POSITION = Comparator.comparingInt(Claim::articleId)
            .thenComparingInt(c -> c.anchor().start())
            .thenComparingInt(c -> c.anchor().end())
            .thenComparing(c -> c.id().value());
    private static final Comparator<ClaimLink> LINK_ORDER = Comparator.comparing(ClaimLink::created)
            .thenComparing(l -> l.id().value());
    private static final Comparator<ClaimGroup> GROUP_ORDER = Comparator.comparing(ClaimGroup::created)
            .thenComparing(g -> g.id().value());

    /** The plain truth the indexes must agree with: every entity by id, nothing more. */
    private static final class Naive {
        final Map<ClaimId, Claim> claims = new HashMap<>();
        final Map<LinkId, ClaimLink> links = new HashMap<>();
        final Map<GroupId, ClaimGroup> groups = new HashMap<>();

        void apply(Operation operation) {
            for (Change change : operation.changes()) {
                if (change instanceof Change.OfClaim c) {
                    c.after().ifPresentOrElse(v -> claims.put(v.id(), v), () -> claims.remove(c.before().orElseThrow().id()));
                } else if (change instanceof Change.OfLink l) {
                    l.after().ifPresentOrElse(v -> links.put(v.id(), v), () -> links.remove(l.before().orElseThrow().id()));
                } else if (change instanceof Change.OfGroup g) {
                    g.after().ifPresentOrElse(v -> groups.put(v.id(), v), () -> groups.remove(g.before().orElseThrow().id()));
                }
            }
        }

        Naive copy() {
            Naive copy = new Naive();
            copy.claims.putAll(claims);
            copy.links.putAll(links);
            copy.groups.putAll(groups);
            return copy;
        }

        List<Claim> claims() {
            return claims.values().stream().sorted(BY_ARTICLE_THEN_POSITION).toList();
        }

        List<ClaimLink> links() {
            return links.values().stream().sorted(LINK_ORDER).toList();
        }

        List<ClaimGroup> groups() {
            return groups.values().stream().sorted(GROUP_ORDER).toList();
        }

        List<Conflict> conflicts() {
            List<ClaimLink> contradictions = links().stream().filter(l -> l.type() == LinkType.CONTRADICTS).toList();
            List<Conflict> result = new ArrayList<>();
            Set<LinkId> covered = new HashSet<>();
            for (ClaimGroup group : groups()) {
                List<ClaimLink> inside = contradictions.stream()
                        .filter(l -> group.contains(l.from()) && group.contains(l.to())).toList();
                if (!inside.isEmpty()) {
                    result.add(new Conflict(Optional.of(group), inside));
                    inside.forEach(l -> covered.add(l.id()));
                }
            }
            contradictions.stream().filter(l -> !covered.contains(l.id()))
                    .forEach(l -> result.add(new Conflict(Optional.empty(), List.of(l))));
            return result;
        }
    }

    @Test
    void afterAnySeriesOfChangesEveryQueryAgreesWithAPlainRecomputation() {
        Random random = new Random(11);
        Annotations state = Annotations.empty();
        Naive naive = new Naive();
        List<Annotations> earlier = new ArrayList<>();
        List<Naive> earlierNaive = new ArrayList<>();
        for (int step = 0; step < 600; step++) {
            Optional<Operation> operation = randomOperation(random, state, step);
            if (operation.isEmpty()) {
                continue;
            }
            state = operation.get().applyTo(state);
            naive.apply(operation.get());
            assertAgree(state, naive);
            if (step % 50 == 0) {
                earlier.add(state);
                earlierNaive.add(naive.copy());
            }
        }
        assertThat(state.claimCount()).as("the series built up a project").isGreaterThan(40);
        assertThat(state.links()).isNotEmpty();
        assertThat(state.groups()).isNotEmpty();
        // Snapshots share structure with their successors, so each must still hold what it held.
        for (int i = 0; i < earlier.size(); i++) {
            assertAgree(earlier.get(i), earlierNaive.get(i));
        }
    }

    @Test
    void anArticleTheChangeDidNotTouchKeepsTheSameListOfClaims() {
        Claim first = claim(1, 0, 12);
        Claim second = claim(2, 4, 20);
        Annotations before = Annotations.of(List.of(first, second), List.of(), List.of());
        List<Claim> secondArticle = before.claimsOf(2);

        Annotations after = Operations.markClaim(claim(1, 30, 40)).applyTo(before);

        assertThat(before.claimsOf(2)).as("asked twice of one snapshot").isSameAs(secondArticle);
        assertThat(after.claimsOf(2)).as("shared by the next snapshot").isSameAs(secondArticle);
        assertThat(after.claimsOf(1)).hasSize(2);
        assertThat(before.claimsOf(1)).containsExactly(first);
    }

    @Test
    void anOperationThatLeavesALinkDanglingIsRefused() {
        Claim first = claim(1, 0, 12);
        Claim second = claim(2, 4, 20);
        ClaimLink link = new ClaimLink(LinkId.random(), first.id(), second.id(), LinkType.SAME, "", "analyst", NOW);
        Annotations linked = Annotations.of(List.of(first, second), List.of(link), List.of());

        assertThatIllegalStateException()
                .isThrownBy(() -> Operation.of("Delete", Change.deleted(first)).applyTo(linked))
                .withMessageContaining("refers to a claim that does not exist");
        Claim moved = new Claim(second.id(), 1, second.anchor(), "", List.of(), second.status(), "", "analyst", NOW,
                NOW, false);
        assertThatIllegalStateException()
                .isThrownBy(() -> Operation.of("Move", Change.edited(second, moved)).applyTo(linked))
                .withMessageContaining("same article");
    }

    @Test
    void anOperationThatLeavesAGroupHoldingADeletedClaimIsRefused() {
        Claim first = claim(1, 0, 12);
        ClaimGroup group = ClaimGroup.create("Casualties", List.of(first.id()), NOW);
        Annotations grouped = Annotations.of(List.of(first), List.of(), List.of(group));

        assertThatIllegalStateException()
                .isThrownBy(() -> Operation.of("Delete", Change.deleted(first)).applyTo(grouped))
                .withMessageContaining("holds a claim that does not exist");
    }

    private static void assertAgree(Annotations state, Naive naive) {
        assertThat(state.claims()).isEqualTo(naive.claims());
        assertThat(state.claimCount()).isEqualTo(naive.claims.size());
        for (int article = 1; article <= ARTICLES; article++) {
            int id = article;
            assertThat(state.claimsOf(id)).isEqualTo(naive.claims().stream().filter(c -> c.articleId() == id).toList());
        }
        assertThat(state.links()).isEqualTo(naive.links());
        assertThat(state.groups()).isEqualTo(naive.groups());
        for (Claim claim : naive.claims.values()) {
            ClaimId id = claim.id();
            assertThat(state.claim(id)).contains(claim);
            assertThat(state.linksOf(id)).isEqualTo(naive.links().stream().filter(l -> l.involves(id)).toList());
            assertThat(state.groupsOf(id)).isEqualTo(naive.groups().stream().filter(g -> g.contains(id)).toList());
            assertThat(state.inConflict(id)).isEqualTo(
                    naive.links.values().stream().anyMatch(l -> l.type() == LinkType.CONTRADICTS && l.involves(id)));
        }
        for (ClaimLink link : naive.links.values()) {
            assertThat(state.linkBetween(link.to(), link.from())).contains(link);
        }
        for (ClaimGroup group : naive.groups.values()) {
            assertThat(state.linksWithin(group)).isEqualTo(naive.links().stream()
                    .filter(l -> group.contains(l.from()) && group.contains(l.to())).toList());
        }
        assertThat(state.conflicts()).isEqualTo(naive.conflicts());
        assertThat(state.isEmpty()).isEqualTo(naive.claims.isEmpty() && naive.links.isEmpty() && naive.groups.isEmpty());
    }

    /** One of the things an analyst does, on random claims of the state; empty when it does not apply. */
    private static Optional<Operation> randomOperation(Random random, Annotations state, int step) {
        List<Claim> claims = state.claims();
        Instant now = NOW.plusSeconds(step);
        int kind = claims.size() < 8 ? 0 : random.nextInt(10);
        switch (kind) {
            case 0, 1, 2 -> {
                int start = random.nextInt(TEXT.length() - 20);
                return Optional.of(Operations.markClaim(claim(1 + random.nextInt(ARTICLES), start,
                        start + 1 + random.nextInt(19))));
            }
            case 3 -> {
                Claim claim = pick(random, claims);
                int start = random.nextInt(TEXT.length() - 20);
                Claim edited = random.nextBoolean()
                        ? claim.withAnchor(Anchor.capture(TEXT, start, start + 5), now)
                        : claim.withStatus(ClaimStatus.values()[random.nextInt(ClaimStatus.values().length)], now);
                return edited.equals(claim) ? Optional.empty() : Optional.of(Operations.editClaim(state, edited, "Edit"));
            }
            case 4 -> {
                return Optional.of(Operations.deleteClaim(state, pick(random, claims).id(), now));
            }
            case 5, 6 -> {
                Claim from = pick(random, claims);
                Claim to = pick(random, claims);
                LinkType type = LinkType.values()[random.nextInt(LinkType.values().length)];
                return from.articleId() == to.articleId() || state.linkBetween(from.id(), to.id()).isPresent()
                        ? Optional.empty()
                        : Optional.of(Operations.link(state, from.id(), to.id(), type, "", "analyst", now));
            }
            case 7 -> {
                return state.links().isEmpty() ? Optional.empty()
                        : Optional.of(Operations.unlink(state, pick(random, state.links()).id()));
            }
            case 8 -> {
                List<ClaimId> members = List.of(pick(random, claims).id(), pick(random, claims).id(), pick(random, claims).id());
                return Optional.of(Operations.createGroup(state, "Group " + step, members, Optional.empty(), "", now));
            }
            default -> {
                if (state.groups().isEmpty()) {
                    return Optional.empty();
                }
                ClaimGroup group = pick(random, state.groups());
                if (random.nextBoolean()) {
                    return Optional.of(Operations.deleteGroup(state, group.id()));
                }
                List<ClaimId> members = new ArrayList<>(group.members());
                members.add(pick(random, claims).id());
                members.remove(0);
                ClaimGroup edited = group.withMembers(members, now);
                return members.isEmpty() || edited.equals(group) ? Optional.empty()
                        : Optional.of(Operations.editGroup(state, edited, "Edit group"));
            }
        }
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    // Ids in order of making, so that claims on the same span sort the same way on every run.
    private static Claim claim(int article, int start, int end) {
        return new Claim(new ClaimId(new UUID(0, ++made)), article, Anchor.capture(TEXT, start, end), "", List.of(),
                ClaimStatus.UNVERIFIED, "", "analyst", NOW, NOW, false);
    }
}
