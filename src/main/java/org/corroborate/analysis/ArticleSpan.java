package org.corroborate.analysis;

import java.util.Objects;

/** A span of an article's stored text: UTF-16 offsets [start, end) and exactly the text there. */
public record ArticleSpan(int articleId, int start, int end, String text) {
    public ArticleSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("A span needs 0 <= start < end and its text: [" + start + ", " + end
                    + ") \"" + text + "\"");
        }
    }

    boolean overlaps(ArticleSpan other) {
        return articleId == other.articleId && start < other.end && other.start < end;
    }
}
