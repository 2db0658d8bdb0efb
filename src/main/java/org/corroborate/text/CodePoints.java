package org.corroborate.text;

/**
 * Converts offsets between the model's UTF-16 chars and the Unicode code points that the W3C Web
 * Annotation model counts in a TextPositionSelector. They differ after every character outside the
 * Basic Multilingual Plane, such as an emoji, which takes two chars but is one code point.
 */
public final class CodePoints {
    private CodePoints() {
    }

    /**
     * The code point offset of a char offset. An orphaned claim's anchor may lie past the end of its
     * text; there each char counts as one code point, so the conversion still goes both ways.
     */
    public static int fromUtf16(String text, int charOffset) {
        int inside = Math.min(charOffset, text.length());
        return text.codePointCount(0, inside) + (charOffset - inside);
    }

    /** The char offset of a code point offset; the inverse of {@link #fromUtf16}. */
    public static int toUtf16(String text, int codePointOffset) {
        int total = text.codePointCount(0, text.length());
        if (codePointOffset <= total) {
            return text.offsetByCodePoints(0, codePointOffset);
        }
        return text.length() + (codePointOffset - total);
    }
}
