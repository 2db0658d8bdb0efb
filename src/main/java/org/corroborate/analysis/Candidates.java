package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs of vectors worth comparing, found through an inverted index rather than by trying all
 * pairs: two vectors are candidates when they share a term that few vectors have. Terms found almost
 * everywhere weigh little and would make every pair a candidate, so they find none.
 */
final class Candidates {
    private static final int ALWAYS_INDEXED = 64;
    private static final int COMMON_SHARE = 10;

    private Candidates() {
    }

    static List<int[]> pairs(List<SparseVector> vectors) {
        return pairs(vectors, new int[vectors.size()], false);
    }

    /** Candidate pairs {i, j}, i < j; with {@code separateGroups}, only pairs of different groups. */
    static List<int[]> pairs(List<SparseVector> vectors, int[] group, boolean separateGroups) {
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (int term : vectors.get(i).terms) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        int maxPostings = Math.max(ALWAYS_INDEXED, vectors.size() / COMMON_SHARE);
        List<int[]> pairs = new ArrayList<>();
        boolean[] seen = new boolean[vectors.size()];
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (int term : vectors.get(i).terms) {
                List<Integer> list = postings.get(term);
                if (list.size() > maxPostings) {
                    continue;
                }
                for (int j : list) {
                    if (j > i && !seen[j] && (!separateGroups || group[i] != group[j])) {
                        seen[j] = true;
                        touched.add(j);
                    }
                }
            }
            for (int j : touched) {
                pairs.add(new int[] {i, j});
                seen[j] = false;
            }
            touched.clear();
        }
        return pairs;
    }
}
