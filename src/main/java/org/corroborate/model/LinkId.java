package org.corroborate.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a link for good: undo, redo and exports all refer to it. */
public record LinkId(UUID value) {
    public LinkId {
        Objects.requireNonNull(value, "value");
    }

    public static LinkId random() {
        return new LinkId(UUID.randomUUID());
    }

    public static LinkId parse(String text) {
        return new LinkId(UUID.fromString(text.trim()));
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
