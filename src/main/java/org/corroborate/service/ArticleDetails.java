package org.corroborate.service;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;

/**
 * What the analyst says about an article, over what its file said: each field given replaces the
 * article's, each left empty keeps it.
 */
public record ArticleDetails(Optional<String> outlet, Optional<String> headline, Optional<LocalDate> published,
                             Optional<String> url) {
    public static final ArticleDetails NONE = new ArticleDetails(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public ArticleDetails {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        outlet = outlet.map(String::strip).filter(s -> !s.isEmpty());
        headline = headline.map(String::strip).filter(s -> !s.isEmpty());
        url = url.map(String::strip).filter(s -> !s.isEmpty());
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    // A headline the analyst gives is the article's own, not an editor's description of it.
    ArticleDraft applyTo(ArticleDraft draft) {
        return new ArticleDraft(draft.fileName(), outlet.or(draft::outlet), headline.orElse(draft.headline()),
                headline.isEmpty() && draft.headlineDescriptive(), published.or(draft::published), url.or(draft::url),
                draft.text());
    }

    Article applyTo(Article article) {
        return new Article(article.id(), article.fileName(), outlet.or(article::outlet),
                headline.orElse(article.headline()), headline.isEmpty() && article.headlineDescriptive(),
                published.or(article::published), url.or(article::url), article.text(), article.contentHash());
    }
}
