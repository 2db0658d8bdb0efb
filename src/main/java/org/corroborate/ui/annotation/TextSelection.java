package org.corroborate.ui.annotation;

/** A stretch of text the analyst has selected in a reader column, not yet a claim. */
public record TextSelection(int articleId, int start, int end) {
    public boolean isEmpty() {
        return end <= start;
    }
}
