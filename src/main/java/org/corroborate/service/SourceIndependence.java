package org.corroborate.service;

import java.util.List;
import java.util.Locale;
import org.corroborate.analysis.SourceDependence;
import org.corroborate.export.SourceRelations;
import org.corroborate.model.Article;

/**
 * Which articles of a project copy or rewrite which, as the faces show it: the rewrites with their
 * aligned passages, the article × article matrix of shared content, and the number of independent
 * sources (a story told twice counts once).
 *
 * @param files the articles' file names, in the order of the matrix's rows and columns
 * @param shared row i, column j: the share of article i's content found in article j, from 0 to 1
 */
public record SourceIndependence(List<String> files, List<Integer> articles, List<List<Double>> shared,
        List<Rewrite> rewrites, int independentSources) {

    /** A passage of the rewrite ({@code a}) and the passage of its source ({@code b}) it copies or paraphrases. */
    public record Passage(Suggestions.Span a, Suggestions.Span b, List<String> droppedAttributions) {
    }

    /**
     * An article that copies or rewrites its source, named by file; {@code direction} says how that
     * way round was told: {@code later} (by the dates), {@code shorter} (the text more of which lies in
     * the other), or {@code undetermined}.
     */
    public record Rewrite(String article, String source, double shared, List<Passage> passages, String direction) {
        /** The attributions the rewrite dropped, over all its passages. */
        public List<String> droppedAttributions() {
            return passages.stream().flatMap(p -> p.droppedAttributions().stream()).distinct().toList();
        }
    }

    public SourceIndependence {
        files = List.copyOf(files);
        articles = List.copyOf(articles);
        shared = shared.stream().map(List::copyOf).toList();
        rewrites = List.copyOf(rewrites);
    }

    /** The same judgement as plain values by article id, for the reports. */
    SourceRelations forExport() {
        List<SourceRelations.Rewrite> byId = rewrites.stream()
                .map(r -> new SourceRelations.Rewrite(articles.get(files.indexOf(r.article())),
                        articles.get(files.indexOf(r.source())), r.shared(), r.direction(), r.droppedAttributions()))
                .toList();
        return new SourceRelations(articles, shared, byId, independentSources);
    }

    static SourceIndependence of(List<Article> articles, SourceDependence dependence) {
        List<Article> ordered = dependence.articleIds().stream().map(id -> Suggestions.article(articles, id)).toList();
        List<List<Double>> shared = dependence.matrix().stream()
                .map(row -> row.stream().map(share -> Math.round(share * 1000) / 1000.0).toList()).toList();
        List<Rewrite> rewrites = dependence.rewrites().stream().map(r -> rewrite(articles, r)).toList();
        return new SourceIndependence(ordered.stream().map(Article::fileName).toList(),
                dependence.articleIds(), shared, rewrites, dependence.independentSources());
    }

    private static Rewrite rewrite(List<Article> articles, SourceDependence.Rewrite rewrite) {
        Article article = Suggestions.article(articles, rewrite.article());
        Article source = Suggestions.article(articles, rewrite.source());
        List<Passage> passages = rewrite.passages().stream()
                .map(p -> new Passage(Suggestions.span(article, p.a()), Suggestions.span(source, p.b()),
                        p.droppedAttributions()))
                .toList();
        return new Rewrite(article.fileName(), source.fileName(), rewrite.shared(), passages,
                rewrite.direction().name().toLowerCase(Locale.ROOT));
    }
}
