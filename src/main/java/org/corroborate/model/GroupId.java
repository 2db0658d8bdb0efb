package org.corroborate.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a group for good: undo, redo and exports all refer to it. */
public record GroupId(UUID value) {
    public GroupId {
        Objects.requireNonNull(value, "value");
    }

    public static GroupId random() {
        return new GroupId(UUID.randomUUID());
    }

    public static GroupId parse(String text) {
        return new GroupId(UUID.fromString(text.trim()));
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
