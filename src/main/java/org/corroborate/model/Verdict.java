package org.corroborate.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The analyst's verdict on a claim as stated across sources. The numeric rating follows the
 * ClaimReview convention of 1 (false) to 5 (true); "unproven" has no place on that scale.
 */
public enum Verdict {
    TRUE("True", 5),
    MOSTLY_TRUE("Mostly true", 4),
    MIXED("Mixed", 3),
    MISLEADING("Misleading", 2),
    FALSE("False", 1),
    UNPROVEN("Unproven", 0);

    public static final int BEST_RATING = 5;
    public static final int WORST_RATING = 1;

    private final String label;
    private final int rating;

    Verdict(String label, int rating) {
        this.label = label;
        this.rating = rating;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public OptionalInt rating() {
        return rating == 0 ? OptionalInt.empty() : OptionalInt.of(rating);
    }

    public static Optional<Verdict> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().replace('_', '-');
        return Arrays.stream(values())
                .filter(v -> v.code().equalsIgnoreCase(wanted) || v.label.equalsIgnoreCase(text.trim()))
                .findFirst();
    }

    public static String allCodes() {
        return Arrays.stream(values()).map(Verdict::code).collect(Collectors.joining(", "));
    }
}
