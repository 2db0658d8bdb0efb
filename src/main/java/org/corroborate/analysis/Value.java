package org.corroborate.analysis;

import org.corroborate.model.TextSpan;

/**
 * A quantity a text states, as the text states it: "more than 234" is the figure 234 with the
 * qualifier {@link Qualifier#MORE_THAN}, meaning anything from 235 up. {@code low} and {@code high}
 * bound what the words allow ({@code high} is infinite when they set no upper bound), so two values
 * agree when their bounds overlap, whatever their wording.
 */
public record Value(TextSpan span, String text, double figure, double low, double high, Qualifier qualifier) {
    public enum Qualifier {
        EXACT, ABOUT, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, ALMOST, RANGE, VAGUE
    }

    /** True when some quantity satisfies both values. */
    public boolean compatibleWith(Value other) {
        return low <= other.high && other.low <= high;
    }
}
