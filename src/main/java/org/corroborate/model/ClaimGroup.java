package org.corroborate.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim as several sources report it: what is claimed, the analyst's verdict on it, the note
 * that explains the verdict, and the claims in each article that report it.
 */
public record ClaimGroup(GroupId id, String statement, Optional<Verdict> verdict, String verificationNote,
                         List<ClaimId> members, Instant created, Instant modified) {
    public ClaimGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        statement = statement == null ? "" : statement.strip();
        verificationNote = verificationNote == null ? "" : verificationNote;
        members = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(members, "members")));
    }

    public static ClaimGroup create(String statement, List<ClaimId> members, Instant now) {
        return new ClaimGroup(GroupId.random(), statement, Optional.empty(), "", members, now, now);
    }

    public boolean contains(ClaimId claim) {
        return members.contains(claim);
    }

    public ClaimGroup withStatement(String newStatement, Instant now) {
        return new ClaimGroup(id, newStatement, verdict, verificationNote, members, created, now);
    }

    public ClaimGroup withVerdict(Optional<Verdict> newVerdict, Instant now) {
        return new ClaimGroup(id, statement, newVerdict, verificationNote, members, created, now);
    }

    public ClaimGroup withVerificationNote(String newNote, Instant now) {
        return new ClaimGroup(id, statement, verdict, newNote, members, created, now);
    }

    public ClaimGroup withMembers(List<ClaimId> newMembers, Instant now) {
        return new ClaimGroup(id, statement, verdict, verificationNote, newMembers, created, now);
    }
}
