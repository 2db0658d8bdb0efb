package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which articles of a set copy or rewrite which: for every ordered pair the share of the first
 * article's content found in the second (verbatim or paraphrased), the pairs judged dependent with
 * their aligned passages, and how many independent sources the set holds.
 */
public final class SourceDependence {
    /** How the direction of a rewrite was told: by the dates, by which text holds more of the other, or not at all. */
    public enum Direction { LATER, SHORTER, UNDETERMINED }

    /**
     * A passage of the rewrite ({@code a}) aligned with the passage of its source ({@code b}) that it
     * copies or paraphrases, with the attributions ("said", "according to", "claimed") the source had
     * there and the rewrite dropped.
     */
    public record Passage(ArticleSpan a, ArticleSpan b, List<String> droppedAttributions) {
        public Passage {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            droppedAttributions = List.copyOf(droppedAttributions);
        }
    }

    /** An article judged to copy or rewrite its source, with the share of it found there, from 0 to 1. */
    public record Rewrite(int article, int source, double shared, Direction direction, List<Passage> passages) {
        public Rewrite {
            if (article == source) {
                throw new IllegalArgumentException("An article cannot rewrite itself: article " + article);
            }
            if (!(shared >= 0 && shared <= 1)) {
                throw new IllegalArgumentException("A share lies in 0..1, not " + shared);
            }
            Objects.requireNonNull(direction, "direction");
            passages = List.copyOf(passages);
        }
    }

    private final List<Integer> articleIds;
    private final double[][] shared;
    private final List<Rewrite> rewrites;

    SourceDependence(List<Integer> articleIds, double[][] shared, List<Rewrite> rewrites) {
        this.articleIds = List.copyOf(articleIds);
        this.shared = Arrays.stream(shared).map(double[]::clone).toArray(double[][]::new);
        this.rewrites = List.copyOf(rewrites);
    }

    /** The articles in the order of the matrix's rows and columns. */
    public List<Integer> articleIds() {
        return articleIds;
    }

    /** The share of article {@code row}'s content found in article {@code column} (both by position in {@link #articleIds}); 1 on the diagonal. */
    public double shared(int row, int column) {
        return shared[row][column];
    }

    public List<Rewrite> rewrites() {
        return rewrites;
    }

    /**
     * The articles, counting each story told more than once as one: articles joined by a rewrite,
     * directly or through others, are one source.
     */
    public int independentSources() {
        int[] parent = new int[articleIds.size()];
        Arrays.setAll(parent, i -> i);
        int sources = parent.length;
        for (Rewrite rewrite : rewrites) {
            int a = root(parent, articleIds.indexOf(rewrite.article()));
            int b = root(parent, articleIds.indexOf(rewrite.source()));
            if (a != b) {
                parent[a] = b;
                sources--;
            }
        }
        return sources;
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        return r;
    }

    /** The whole matrix as rows, for the faces. */
    public List<List<Double>> matrix() {
        List<List<Double>> rows = new ArrayList<>();
        for (double[] row : shared) {
            rows.add(Arrays.stream(row).boxed().toList());
        }
        return rows;
    }
}
