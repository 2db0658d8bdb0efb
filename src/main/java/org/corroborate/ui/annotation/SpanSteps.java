package org.corroborate.ui.annotation;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.model.TextSpan;

/**
 * Moves one end of a claim's span by a word, as the keyboard resize does: widening takes in the
 * next word and the space before it, narrowing gives back the last word and the space before it.
 */
public final class SpanSteps {
    /** Which end of the span moves. */
    public enum Edge { START, END }

    private SpanSteps() {
    }

    /** The span with one end moved by a word, or empty when it cannot move that way. */
    public static Optional<TextSpan> step(String text, TextSpan span, Edge edge, boolean widen) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        if (edge == Edge.END) {
            int end = widen ? nextWordEnd(text, words, span.end()) : previousWordEnd(text, words, span.end(), span.start());
            return end > span.start() && end != span.end() ? Optional.of(new TextSpan(span.start(), end)) : Optional.empty();
        }
        int start = widen ? previousWordStart(text, words, span.start()) : nextWordStart(text, words, span.start(), span.end());
        return start < span.end() && start != span.start() && start >= 0
                ? Optional.of(new TextSpan(start, span.end())) : Optional.empty();
    }

    private static int nextWordEnd(String text, BreakIterator words, int from) {
        int position = from;
        while (position < text.length()) {
            int boundary = words.following(position);
            if (boundary == BreakIterator.DONE) {
                return text.length();
            }
            if (isWord(text, position, boundary)) {
                return boundary;
            }
            position = boundary;
        }
        return from;
    }

    private static int previousWordEnd(String text, BreakIterator words, int from, int floor) {
        int position = from;
        while (position > floor) {
            int boundary = words.preceding(position);
            if (boundary == BreakIterator.DONE || boundary <= floor) {
                return from;
            }
            // The word that ended at `position` goes; the span ends after the word before it.
            if (isWord(text, boundary, position)) {
                int end = boundary;
                while (end > floor && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                return end > floor ? end : from;
            }
            position = boundary;
        }
        return from;
    }

    private static int previousWordStart(String text, BreakIterator words, int from) {
        int position = from;
        while (position > 0) {
            int boundary = words.preceding(position);
            if (boundary == BreakIterator.DONE) {
                return 0;
            }
            if (isWord(text, boundary, position)) {
                return boundary;
            }
            position = boundary;
        }
        return from;
    }

    private static int nextWordStart(String text, BreakIterator words, int from, int ceiling) {
        int position = from;
        while (position < ceiling) {
            int boundary = words.following(position);
            if (boundary == BreakIterator.DONE || boundary >= ceiling) {
                return from;
            }
            int start = boundary;
            while (start < ceiling && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start < ceiling && start > from && isWord(text, start, Math.min(ceiling, words.following(start)))) {
                return start;
            }
            position = boundary;
        }
        return from;
    }

    private static boolean isWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
