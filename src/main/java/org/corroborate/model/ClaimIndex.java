package org.corroborate.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pcollections.HashPMap;
import org.pcollections.HashTreePMap;
import org.pcollections.TreePMap;
import org.pcollections.TreePSet;

/**
 * The claims of one state, by id and by article in position order. Immutable and persistent:
 * putting or removing a claim costs O(log n) and the new index shares everything else with the
 * old one, so a change does not copy the other claims. The lists it hands out are built once per
 * index (once per article for an article's claims) and kept, as an index never changes.
 */
final class ClaimIndex {
    static final Comparator<Claim> BY_POSITION = Comparator.comparingInt((Claim c) -> c.anchor().start())
            .thenComparingInt(c -> c.anchor().end())
            .thenComparing(c -> c.id().value());
    static final ClaimIndex EMPTY = new ClaimIndex(HashTreePMap.empty(), TreePMap.empty());

    private final HashPMap<ClaimId, Claim> byId;
    private final TreePMap<Integer, ArticleClaims> byArticle;
    private volatile List<Claim> all;

    private ClaimIndex(HashPMap<ClaimId, Claim> byId, TreePMap<Integer, ArticleClaims> byArticle) {
        this.byId = byId;
        this.byArticle = byArticle;
    }

    static ClaimIndex of(Collection<Claim> claims) {
        Map<ClaimId, Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        Map<Integer, List<Claim>> byArticle = new HashMap<>();
        byId.values().forEach(c -> byArticle.computeIfAbsent(c.articleId(), a -> new ArrayList<>()).add(c));
        Map<Integer, ArticleClaims> articles = new HashMap<>();
        byArticle.forEach((article, its) -> articles.put(article, new ArticleClaims(TreePSet.from(BY_POSITION, its))));
        return new ClaimIndex(HashTreePMap.from(byId), TreePMap.from(articles));
    }

    Optional<Claim> get(ClaimId id) {
        return Optional.ofNullable(byId.get(id));
    }

    boolean contains(ClaimId id) {
        return byId.containsKey(id);
    }

    int size() {
        return byId.size();
    }

    /** The index with this claim in place of the one with its id, if any. */
    ClaimIndex with(Claim claim) {
        Claim old = byId.get(claim.id());
        TreePMap<Integer, ArticleClaims> articles = old == null ? byArticle : withoutIn(byArticle, old);
        ArticleClaims its = articles.get(claim.articleId());
        TreePSet<Claim> next = its == null ? TreePSet.singleton(BY_POSITION, claim) : its.claims.plus(claim);
        return new ClaimIndex(byId.plus(claim.id(), claim), articles.plus(claim.articleId(), new ArticleClaims(next)));
    }

    ClaimIndex without(ClaimId id) {
        Claim old = byId.get(id);
        return old == null ? this : new ClaimIndex(byId.minus(id), withoutIn(byArticle, old));
    }

    private static TreePMap<Integer, ArticleClaims> withoutIn(TreePMap<Integer, ArticleClaims> articles, Claim claim) {
        // The comparator finds the stored claim by position and id, so the old value is the one removed.
        TreePSet<Claim> rest = articles.get(claim.articleId()).claims.minus(claim);
        return rest.isEmpty() ? articles.minus(claim.articleId()) : articles.plus(claim.articleId(), new ArticleClaims(rest));
    }

    /** Every claim, by article and then by position. */
    List<Claim> all() {
        List<Claim> result = all;
        if (result == null) {
            List<Claim> built = new ArrayList<>(byId.size());
            byArticle.values().forEach(a -> built.addAll(a.claims));
            result = List.copyOf(built);
            all = result;
        }
        return result;
    }

    /** One article's claims by position. */
    List<Claim> of(int articleId) {
        ArticleClaims its = byArticle.get(articleId);
        return its == null ? List.of() : its.list();
    }

    /** One article's claims, and their list once someone has asked for it. */
    private static final class ArticleClaims {
        private final TreePSet<Claim> claims;
        private volatile List<Claim> list;

        ArticleClaims(TreePSet<Claim> claims) {
            this.claims = claims;
        }

        List<Claim> list() {
            List<Claim> result = list;
            if (result == null) {
                result = List.copyOf(claims);
                list = result;
            }
            return result;
        }
    }
}
