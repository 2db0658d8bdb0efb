package org.corroborate.analysis;

import java.util.Objects;

/**
 * Two spans in different articles that the assistant judges to report the same thing, with how sure
 * it is, from 0 to 1. {@code a} lies in the article that comes first in the project.
 */
public record Match(ArticleSpan a, ArticleSpan b, double score) {
    public Match {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.articleId() == b.articleId()) {
            throw new IllegalArgumentException("A match joins two different articles, not article " + a.articleId()
                    + " with itself");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("A score lies in 0..1, not " + score);
        }
    }
}
