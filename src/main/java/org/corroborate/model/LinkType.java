package org.corroborate.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How two claims in different articles relate. */
public enum LinkType {
    SAME("Same claim"),
    SUPPORTS("Supports"),
    CONTRADICTS("Contradicts");

    private final String label;

    LinkType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LinkType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}
