package org.corroborate.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Article;
import org.corroborate.model.TextSpan;

/**
 * What surrounds a matched span: the sentence it lies in, and how that sentence attributes what it
 * says. A span is often a clause whose "the ministry said" stands in another clause of its sentence.
 * Articles are segmented only when one of their spans is asked about, and once.
 */
final class SpanContext {
    private final Map<Integer, Article> articles;
    private final Map<Integer, List<TextSpan>> sentences = new HashMap<>();
    private final Map<ArticleSpan, Claimants.Attribution> attributions = new HashMap<>();

    SpanContext(Map<Integer, Article> articles) {
        this.articles = articles;
    }

    Claimants.Attribution attributionOf(ArticleSpan span) {
        return attributions.computeIfAbsent(span, s -> {
            TextSpan sentence = sentenceOf(s);
            return Claimants.of(articles.get(s.articleId()).text(), sentence.start(), sentence.end());
        });
    }

    /** The sentence that holds the span's start, widened to the span where the span runs past it. */
    TextSpan sentenceOf(ArticleSpan span) {
        List<TextSpan> ofArticle = sentences.computeIfAbsent(span.articleId(),
                id -> Sentences.of(articles.get(id).text()));
        int low = 0;
        int high = ofArticle.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            TextSpan sentence = ofArticle.get(middle);
            if (sentence.end() <= span.start()) {
                low = middle + 1;
            } else if (sentence.start() > span.start()) {
                high = middle - 1;
            } else {
                return new TextSpan(Math.min(sentence.start(), span.start()), Math.max(sentence.end(), span.end()));
            }
        }
        return new TextSpan(span.start(), span.end());
    }
}
