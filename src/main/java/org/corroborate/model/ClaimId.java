package org.corroborate.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a claim for good: undo, redo and exports all refer to it. */
public record ClaimId(UUID value) {
    public ClaimId {
        Objects.requireNonNull(value, "value");
    }

    public static ClaimId random() {
        return new ClaimId(UUID.randomUUID());
    }

    public static ClaimId parse(String text) {
        return new ClaimId(UUID.fromString(text.trim()));
    }

    /** The first eight hex digits, as shown to people and accepted as a prefix on the command line. */
    public String shortForm() {
        return value.toString().substring(0, 8);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
