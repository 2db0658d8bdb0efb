package org.corroborate.export;

import java.util.List;
import java.util.Objects;

/**
 * Which exported articles copy or rewrite which, as plain values the reports print: the article ×
 * article matrix of shared content, the rewrites, and how many independent sources that leaves.
 * Worked out by the assistant before the export, so the formats stay functions of their input.
 *
 * @param articleIds the articles in the order of the matrix's rows and columns
 * @param shared     row i, column j: the share of article i's content found in article j, 0 to 1
 */
public record SourceRelations(List<Integer> articleIds, List<List<Double>> shared, List<Rewrite> rewrites,
                              int independentSources) {

    /** An article that copies or rewrites its source, and the attributions its source had that it dropped. */
    public record Rewrite(int article, int source, double shared, String direction, List<String> droppedAttributions) {
        public Rewrite {
            Objects.requireNonNull(direction, "direction");
            droppedAttributions = List.copyOf(droppedAttributions);
        }
    }

    public SourceRelations {
        articleIds = List.copyOf(articleIds);
        shared = shared.stream().map(List::copyOf).toList();
        rewrites = List.copyOf(rewrites);
        for (List<Double> row : shared) {
            if (row.size() != articleIds.size()) {
                throw new IllegalArgumentException("A row of the matrix has " + row.size() + " shares for "
                        + articleIds.size() + " articles");
            }
        }
        if (shared.size() != articleIds.size()) {
            throw new IllegalArgumentException("The matrix has " + shared.size() + " rows for " + articleIds.size()
                    + " articles");
        }
    }
}
