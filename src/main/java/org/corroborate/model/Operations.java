package org.corroborate.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the operations an analyst can do, checking the rules against the current state so that a
 * wrong request fails here, with a message, before anything reaches the project.
 */
public final class Operations {
    private Operations() {
    }

    public static Operation markClaim(Claim claim) {
        return Operation.of("Mark claim “" + TextAbbreviation.abbreviate(claim.quote(), 40) + "”", Change.created(claim));
    }

    /** Records an edit of one claim; {@code what} names the edit for the Edit menu ("Set status"). */
    public static Operation editClaim(Annotations state, Claim after, String what) {
        Claim before = requireClaim(state, after.id());
        if (before.articleId() != after.articleId()) {
            throw new IllegalArgumentException("A claim cannot move to another article");
        }
        if (before.equals(after)) {
            throw new IllegalArgumentException("Nothing to change");
        }
        return Operation.of(what, Change.edited(before, after));
    }

    /** Deletes a claim together with its links, and takes it out of the groups that held it. */
    public static Operation deleteClaim(Annotations state, ClaimId id, Instant now) {
        Claim claim = requireClaim(state, id);
        List<Change> changes = new ArrayList<>();
        for (ClaimLink link : state.linksOf(id)) {
            changes.add(Change.deleted(link));
        }
        for (ClaimGroup group : state.groupsOf(id)) {
            List<ClaimId> rest = group.members().stream().filter(m -> !m.equals(id)).toList();
            // A group with no claims left could be reached from nowhere in the window.
            changes.add(rest.isEmpty() ? Change.deleted(group) : Change.edited(group, group.withMembers(rest, now)));
        }
        changes.add(Change.deleted(claim));
        return new Operation("Delete claim “" + TextAbbreviation.abbreviate(claim.quote(), 40) + "”", changes);
    }

    public static Operation link(Annotations state, ClaimId from, ClaimId to, LinkType type, String note,
                                 String author, Instant now) {
        Claim a = requireClaim(state, from);
        Claim b = requireClaim(state, to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("A claim cannot be linked to itself");
        }
        if (a.articleId() == b.articleId()) {
            throw new IllegalArgumentException("Links join claims of different articles; both claims are in the same article");
        }
        Optional<ClaimLink> existing = state.linkBetween(from, to);
        if (existing.isPresent()) {
            ClaimLink old = existing.get();
            if (old.type() == type && old.note().equals(note == null ? "" : note)) {
                throw new IllegalArgumentException("These claims are already linked as " + type.label().toLowerCase());
            }
            return Operation.of("Link as " + type.label().toLowerCase(),
                    Change.edited(old, old.withType(type).withNote(note)));
        }
        ClaimLink link = new ClaimLink(LinkId.random(), from, to, type, note, author, now);
        return Operation.of("Link as " + type.label().toLowerCase(), Change.created(link));
    }

    /**
     * Marks a new claim and links the existing one to it, as one step: picking a span in another
     * column to link to is one thing to the analyst, so it is one thing to undo.
     */
    public static Operation markAndLink(Annotations state, Claim newClaim, ClaimId existing, LinkType type,
                                        String note, String author, Instant now) {
        Annotations marked = markClaim(newClaim).applyTo(state);
        Operation link = link(marked, existing, newClaim.id(), type, note, author, now);
        List<Change> changes = new ArrayList<>();
        changes.add(Change.created(newClaim));
        changes.addAll(link.changes());
        return new Operation("Mark and link as " + type.label().toLowerCase(), changes);
    }

    public static Operation editLinkNote(Annotations state, LinkId id, String note) {
        ClaimLink link = state.link(id).orElseThrow(() -> new IllegalArgumentException("No link " + id.shortForm()));
        return Operation.of("Edit link note", Change.edited(link, link.withNote(note)));
    }

    public static Operation unlink(Annotations state, LinkId id) {
        ClaimLink link = state.link(id).orElseThrow(() -> new IllegalArgumentException("No link " + id.shortForm()));
        return Operation.of("Unlink claims", Change.deleted(link));
    }

    public static Operation createGroup(Annotations state, String statement, List<ClaimId> members,
                                        Optional<Verdict> verdict, String note, Instant now) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A group needs at least one claim");
        }
        members.forEach(m -> requireClaim(state, m));
        ClaimGroup group = ClaimGroup.create(statement, members, now).withVerdict(verdict, now)
                .withVerificationNote(note, now);
        return Operation.of("Group claims", Change.created(group));
    }

    public static Operation editGroup(Annotations state, ClaimGroup after, String what) {
        ClaimGroup before = state.group(after.id())
                .orElseThrow(() -> new IllegalArgumentException("No group " + after.id().shortForm()));
        after.members().forEach(m -> requireClaim(state, m));
        if (before.equals(after)) {
            throw new IllegalArgumentException("Nothing to change");
        }
        return Operation.of(what, Change.edited(before, after));
    }

    public static Operation deleteGroup(Annotations state, GroupId id) {
        ClaimGroup group = state.group(id).orElseThrow(() -> new IllegalArgumentException("No group " + id.shortForm()));
        return Operation.of("Delete group", Change.deleted(group));
    }

    private static Claim requireClaim(Annotations state, ClaimId id) {
        return state.claim(id).orElseThrow(() -> new IllegalArgumentException("No claim " + id.shortForm()));
    }

}
