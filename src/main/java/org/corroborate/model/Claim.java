package org.corroborate.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A span of one article marked as asserting something. The claimant is who makes the assertion
 * (a ministry, a governor, an unnamed source), which is often not the outlet that reports it.
 * Immutable: every change makes a new value, so an edit is a pair of before and after.
 *
 * @param orphaned true when the quoted text could not be found again in the article; such a claim
 *                 keeps its last anchor but is listed for review instead of highlighted
 */
public record Claim(
        ClaimId id,
        int articleId,
        Anchor anchor,
        String claimant,
        List<String> tags,
        ClaimStatus status,
        String note,
        String author,
        Instant created,
        Instant modified,
        boolean orphaned) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        claimant = claimant == null ? "" : claimant.strip();
        note = note == null ? "" : note;
        author = author == null ? "" : author;
        tags = normalizeTags(tags);
    }

    /** A new, unverified claim on the given span, with no claimant yet. */
    public static Claim mark(int articleId, Anchor anchor, String author, Instant now) {
        return new Claim(ClaimId.random(), articleId, anchor, "", List.of(), ClaimStatus.UNVERIFIED, "", author,
                now, now, false);
    }

    /** Tags are lower case, stripped, without blanks or repeats, in the order first given. */
    public static List<String> normalizeTags(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                clean.add(tag.strip().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(clean);
    }

    public String quote() {
        return anchor.exact();
    }

    public Claim withAnchor(Anchor newAnchor, Instant now) {
        return new Claim(id, articleId, newAnchor, claimant, tags, status, note, author, created, now, false);
    }

    public Claim withClaimant(String newClaimant, Instant now) {
        return new Claim(id, articleId, anchor, newClaimant, tags, status, note, author, created, now, orphaned);
    }

    public Claim withTags(List<String> newTags, Instant now) {
        return new Claim(id, articleId, anchor, claimant, newTags, status, note, author, created, now, orphaned);
    }

    public Claim withStatus(ClaimStatus newStatus, Instant now) {
        return new Claim(id, articleId, anchor, claimant, tags, newStatus, note, author, created, now, orphaned);
    }

    public Claim withNote(String newNote, Instant now) {
        return new Claim(id, articleId, anchor, claimant, tags, status, newNote, author, created, now, orphaned);
    }

    /** Marks the claim as no longer found in its article; its content is kept for review. */
    public Claim asOrphaned() {
        return new Claim(id, articleId, anchor, claimant, tags, status, note, author, created, modified, true);
    }
}
