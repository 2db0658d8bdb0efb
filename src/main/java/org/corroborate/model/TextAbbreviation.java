package org.corroborate.model;

/** Shortens text for a label or a message, on one line and never through the middle of a character. */
public final class TextAbbreviation {
    private TextAbbreviation() {
    }

    /** The text on one line, cut to at most {@code max} code points with an ellipsis when longer. */
    public static String abbreviate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        int cut = oneLine.offsetByCodePoints(0, max - 1);
        return oneLine.substring(0, cut).stripTrailing() + "…";
    }
}
