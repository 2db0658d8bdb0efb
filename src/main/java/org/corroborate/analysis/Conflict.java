package org.corroborate.analysis;

import java.util.Locale;
import java.util.Objects;

/**
 * Two matched spans whose values for the same thing differ, with the two values as written, what
 * kind of difference it is, and a sentence saying so.
 */
public record Conflict(ArticleSpan a, ArticleSpan b, Kind kind, String valueA, String valueB, String explanation) {
    public enum Kind {
        /** The two cannot both be true. */
        CONTRADICTION,
        /** Who says it differs: one attributes the value, the other states it, or two claimants. */
        ATTRIBUTION,
        /** One name written two ways. */
        SPELLING,
        /** Compatible within what the words allow, but stated with different precision. */
        PRECISION,
        /** Reported for a different time, place or subset. */
        SCOPE;

        /** The kind as the JSON and the faces name it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Conflict {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(valueA, "valueA");
        Objects.requireNonNull(valueB, "valueB");
        Objects.requireNonNull(explanation, "explanation");
    }
}
