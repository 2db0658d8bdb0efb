package org.corroborate.model;

/** A half-open range [start, end) of UTF-16 chars in an article's stored text. */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A span needs 0 <= start < end, not [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** Checks the span fits the text and does not cut a surrogate pair (an emoji, say) in half. */
    public void requireValidIn(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") runs past the end of the text ("
                    + text.length() + " characters)");
        }
        if (Character.isLowSurrogate(text.charAt(start))
                || (end < text.length() && Character.isLowSurrogate(text.charAt(end)))) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") cuts a character in half");
        }
    }
}
