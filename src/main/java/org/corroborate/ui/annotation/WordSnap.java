package org.corroborate.ui.annotation;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.model.TextSpan;

/**
 * What a mouse selection means, as annotation tools such as Hypothesis and INCEpTION read it: a
 * drag that starts or stops inside a word takes the whole word, and spaces and punctuation at
 * either end are dropped, so ": Three Ukraine-based…" loses its colon and "…regions of Russi"
 * becomes "Russia". A quote mark or bracket at an end stays when its partner is inside the span:
 * "“on the attack”" keeps both marks, "attack”" loses its stray one.
 */
public final class WordSnap {
    private static final String OPENERS = "“‘\"'(«‹[{„‚";
    private static final String CLOSERS = "”’\"')»›]}“‘";

    private WordSnap() {
    }

    /**
     * The span a selection from {@code start} to {@code end} snaps to; empty when it held
     * nothing but spaces and punctuation.
     */
    public static Optional<TextSpan> snap(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("A selection from " + start + " to " + end
                    + " does not lie within a text of " + text.length() + " characters");
        }
        int from = start;
        int to = end;
        while (from > 0 && from < text.length() && inWord(text, from - 1) && inWord(text, from)) {
            from--;
        }
        while (to < text.length() && to > 0 && inWord(text, to - 1) && inWord(text, to)) {
            to++;
        }
        while (from < to && !inWord(text, from) && !pairedOpener(text, from, to)) {
            from++;
        }
        while (to > from && !inWord(text, to - 1) && !pairedCloser(text, from, to - 1)) {
            to--;
        }
        return from < to ? Optional.of(new TextSpan(from, to)) : Optional.empty();
    }

    /** The sentence around the offset, within its paragraph and without the spaces around it: what a triple-click selects. */
    public static Optional<TextSpan> sentenceAt(String text, int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        String paragraph = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        if (paragraph.isBlank()) {
            return Optional.empty();
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(paragraph);
        int end = sentences.following(Math.min(at - lineStart, paragraph.length() - 1));
        int start = sentences.previous();
        while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(paragraph.charAt(start))) {
            start++;
        }
        return Optional.of(new TextSpan(lineStart + start, lineStart + end));
    }

    /**
     * Whether the character is part of a word: letters and digits, a hyphen or apostrophe or
     * decimal mark between them ("Ukraine-based", "Russia's", "5,793"), a per cent sign after a
     * figure and a currency sign before one.
     */
    private static boolean inWord(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean before = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        if ("-‐'’".indexOf(c) >= 0) {
            return before && after;
        }
        if (c == '.' || c == ',') {
            return before && after && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
        }
        if (c == '%') {
            return i > 0 && Character.isDigit(text.charAt(i - 1));
        }
        if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
            return i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        }
        return false;
    }

    /** An opening mark at {@code at} whose closing partner lies later in the span. */
    private static boolean pairedOpener(String text, int at, int end) {
        int kind = OPENERS.indexOf(text.charAt(at));
        return kind >= 0 && text.substring(at + 1, end).indexOf(CLOSERS.charAt(kind)) >= 0;
    }

    /** A closing mark at {@code at} whose opening partner lies earlier in the span. */
    private static boolean pairedCloser(String text, int start, int at) {
        char c = text.charAt(at);
        for (int kind = 0; kind < CLOSERS.length(); kind++) {
            if (CLOSERS.charAt(kind) == c && text.substring(start, at).indexOf(OPENERS.charAt(kind)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
