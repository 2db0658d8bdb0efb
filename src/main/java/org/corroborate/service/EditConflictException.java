package org.corroborate.service;

import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimLink;
import org.corroborate.store.StaleEditException;

/**
 * A change refused because someone else saved the same claim, link or group first. The message shows
 * what the project holds now; the workspace has already taken that in, so making the change again
 * overwrites it knowingly, and doing nothing keeps theirs.
 */
public final class EditConflictException extends ProjectException {
    private static final long serialVersionUID = 1L;
    private final transient Object current;

    EditConflictException(StaleEditException e) {
        super(Kind.CONFLICT, message(e.current()), e);
        this.current = e.current().orElse(null);
    }

    /** The claim, link or group as the project now holds it; empty if it was deleted. */
    public Optional<Object> current() {
        return Optional.ofNullable(current);
    }

    private static String message(Optional<Object> current) {
        String now = current.map(EditConflictException::describe).orElse("deleted it");
        return "Someone else changed this since you read it and saved first: they " + now + "."
                + " Your change was not saved. The project now shows theirs; make your change again to overwrite it.";
    }

    private static String describe(Object value) {
        if (value instanceof Claim claim) {
            return "made claim " + claim.id().shortForm() + " (“" + claim.anchor().exact() + "”) " + claim.status().name()
                    .toLowerCase(java.util.Locale.ROOT) + ", claimant “" + claim.claimant() + "”, tags "
                    + (claim.tags().isEmpty() ? "none" : claim.tags().stream().collect(Collectors.joining(", ")))
                    + ", note “" + claim.note() + "”";
        }
        if (value instanceof ClaimLink link) {
            return "made link " + link.id().shortForm() + " " + link.type().name().toLowerCase(java.util.Locale.ROOT)
                    + ", note “" + link.note() + "”";
        }
        ClaimGroup group = (ClaimGroup) value;
        return "made group “" + group.statement() + "” " + group.verdict().map(v -> "verdict "
                + v.name().toLowerCase(java.util.Locale.ROOT)).orElse("without a verdict") + ", note “"
                + group.verificationNote() + "”";
    }
}
