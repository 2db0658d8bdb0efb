package org.corroborate.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.corroborate.model.Article;

/** One article in {@code articles --json}; the components' order is the fields' order, documented in docs/cli.md. */
record ArticleJson(int id, String shortId, String file, String outlet, String headline, boolean headlineDescriptive,
                   String published, String url, int length, String contentHash,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

    /** With {@code withText}, the stored text too; without, the field is left out. */
    static ArticleJson of(Article article, boolean withText) {
        return new ArticleJson(article.id(), article.shortId(), article.fileName(), article.outlet().orElse(null),
                article.headline(), article.headlineDescriptive(), article.published().map(Object::toString).orElse(null),
                article.url().orElse(null), article.length(), article.contentHash().hex(),
                withText ? article.text() : null);
    }
}
