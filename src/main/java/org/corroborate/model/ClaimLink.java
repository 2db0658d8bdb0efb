package org.corroborate.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A relation between two claims in different articles. Kept apart from the claims, as GATE keeps
 * relations apart from annotations, so a claim never changes because it was linked.
 */
public record ClaimLink(LinkId id, ClaimId from, ClaimId to, LinkType type, String note, String author,
                        Instant created) {
    public ClaimLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(created, "created");
        if (from.equals(to)) {
            throw new IllegalArgumentException("A claim cannot be linked to itself");
        }
        note = note == null ? "" : note;
        author = author == null ? "" : author;
    }

    public boolean involves(ClaimId claim) {
        return from.equals(claim) || to.equals(claim);
    }

    public ClaimId other(ClaimId claim) {
        if (from.equals(claim)) {
            return to;
        }
        if (to.equals(claim)) {
            return from;
        }
        throw new IllegalArgumentException("Claim " + claim + " is not part of link " + id);
    }

    public boolean joins(ClaimId a, ClaimId b) {
        return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
    }

    public ClaimLink withNote(String newNote) {
        return new ClaimLink(id, from, to, type, newNote, author, created);
    }

    public ClaimLink withType(LinkType newType) {
        return new ClaimLink(id, from, to, newType, note, author, created);
    }
}
