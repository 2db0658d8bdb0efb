package org.corroborate.model;

import java.util.Objects;

/**
 * The W3C Web Annotation TextQuoteSelector: the quoted text with a little context either side, so a
 * claim can be found again when the position alone no longer fits the text.
 */
public record TextQuote(String exact, String prefix, String suffix) {
    public static final int CONTEXT_LENGTH = 32;

    public TextQuote {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (exact.isEmpty()) {
            throw new IllegalArgumentException("A quote cannot be empty");
        }
    }
}
