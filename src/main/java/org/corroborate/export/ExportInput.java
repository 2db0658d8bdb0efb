package org.corroborate.export;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.corroborate.model.Publisher;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;

/**
 * What every export reads: the project's title, its articles, one snapshot of its annotations, the
 * moment of the export, and who publishes it. The moment is passed in rather than read from the clock
 * so that the same input always gives the same output, byte for byte. The sources' independence,
 * where the assistant has judged it, comes in too, for the reports.
 */
public record ExportInput(String projectTitle, List<Article> articles, Annotations annotations, Instant exportedAt,
                          Publisher publisher, Optional<SourceRelations> sources) {

    public ExportInput {
        Objects.requireNonNull(projectTitle, "projectTitle");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(sources, "sources");
        articles = Objects.requireNonNull(articles, "articles").stream()
                .sorted(Comparator.comparingInt(Article::id))
                .toList();
        Set<Integer> articleIds = new HashSet<>();
        for (Article article : articles) {
            if (!articleIds.add(article.id())) {
                throw new IllegalArgumentException("Article " + article.id() + " is given twice");
            }
        }
        for (Claim claim : annotations.claims()) {
            if (!articleIds.contains(claim.articleId())) {
                throw new IllegalArgumentException("Claim " + claim.id().shortForm() + " belongs to article "
                        + claim.articleId() + ", which is not among the exported articles");
            }
        }
    }

    /** An export whose sources' independence has not been judged. */
    public ExportInput(String projectTitle, List<Article> articles, Annotations annotations, Instant exportedAt,
                       Publisher publisher) {
        this(projectTitle, articles, annotations, exportedAt, publisher, Optional.empty());
    }

    /** An export with no publisher named, which every format but ClaimReview is. */
    public ExportInput(String projectTitle, List<Article> articles, Annotations annotations, Instant exportedAt) {
        this(projectTitle, articles, annotations, exportedAt, Publisher.NONE);
    }

    public ExportInput withPublisher(Publisher newPublisher) {
        return new ExportInput(projectTitle, articles, annotations, exportedAt, newPublisher, sources);
    }

    public ExportInput withSources(SourceRelations judged) {
        return new ExportInput(projectTitle, articles, annotations, exportedAt, publisher, Optional.of(judged));
    }

    /** The article a claim belongs to; the constructor has checked that there is one. */
    public Article articleOf(Claim claim) {
        return article(claim.articleId());
    }

    public Article article(int articleId) {
        int index = indexOf(articleId);
        if (index < 0) {
            throw new IllegalArgumentException("No article " + articleId + " in this export");
        }
        return articles.get(index);
    }

    /**
     * Where the article is in {@link #articles()}, or a negative number when it is not there. A
     * binary search, as the articles are sorted by id: exports ask once or more for every claim.
     */
    public int indexOf(int articleId) {
        int low = 0;
        int high = articles.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int id = articles.get(middle).id();
            if (id == articleId) {
                return middle;
            }
            if (id < articleId) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }
}
