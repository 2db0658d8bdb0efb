package org.corroborate.model;

import java.util.Objects;

/**
 * Where a claim sits in its article, held two ways as Hypothesis does: by position, which is fast and
 * exact while the text is unchanged, and by quote with context, which finds the span again after the
 * text has changed.
 */
public record Anchor(TextSpan span, TextQuote quote) {
    public Anchor {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        if (quote.exact().length() != span.length()) {
            throw new IllegalArgumentException("The quote's length differs from the span's");
        }
    }

    /** Captures the quote and its context for the span [start, end) of {@code text}. */
    public static Anchor capture(String text, int start, int end) {
        TextSpan span = new TextSpan(start, end);
        span.requireValidIn(text);
        int prefixStart = Math.max(0, start - TextQuote.CONTEXT_LENGTH);
        if (prefixStart > 0 && Character.isLowSurrogate(text.charAt(prefixStart))) {
            prefixStart++;
        }
        int suffixEnd = Math.min(text.length(), end + TextQuote.CONTEXT_LENGTH);
        if (suffixEnd < text.length() && Character.isLowSurrogate(text.charAt(suffixEnd))) {
            suffixEnd--;
        }
        TextQuote quote = new TextQuote(text.substring(start, end), text.substring(prefixStart, start),
                text.substring(end, suffixEnd));
        return new Anchor(span, quote);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public String exact() {
        return quote.exact();
    }

    /** True when the text still holds the quoted words at the stored position. */
    public boolean fits(String text) {
        return span.end() <= text.length() && text.regionMatches(span.start(), quote.exact(), 0, span.length());
    }
}
