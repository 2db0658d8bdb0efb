package org.corroborate.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A weighted bag of term ids, sorted by id, so that two vectors meet in one merge-like pass. */
final class SparseVector {
    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    final int[] terms;
    final double[] weights;

    private SparseVector(int[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /** The vector of the weights, scaled to length 1 (the empty vector stays empty). */
    static SparseVector normalized(Map<Integer, Double> weightsByTerm) {
        TreeMap<Integer, Double> sorted = new TreeMap<>(weightsByTerm);
        sorted.values().removeIf(w -> w <= 0);
        double norm = Math.sqrt(sorted.values().stream().mapToDouble(w -> w * w).sum());
        if (norm == 0) {
            return EMPTY;
        }
        int[] terms = sorted.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] weights = sorted.values().stream().mapToDouble(w -> w / norm).toArray();
        return new SparseVector(terms, weights);
    }

    double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] == other.terms[j]) {
                sum += weights[i++] * other.weights[j++];
            } else if (terms[i] < other.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** The sum of vectors, each scaled by its factor, as term weights (not normalised). */
    static Map<Integer, Double> sum(List<SparseVector> vectors, List<Double> factors) {
        Map<Integer, Double> sum = new java.util.HashMap<>();
        for (int v = 0; v < vectors.size(); v++) {
            SparseVector vector = vectors.get(v);
            for (int i = 0; i < vector.terms.length; i++) {
                sum.merge(vector.terms[i], vector.weights[i] * factors.get(v), Double::sum);
            }
        }
        return sum;
    }

    int size() {
        return terms.length;
    }

    @Override
    public String toString() {
        return Arrays.toString(terms);
    }
}
