package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Groups articles by the event they report: average-linkage agglomerative clustering on their
 * vectors, merging the two groups whose articles are most alike on average until no two groups are
 * alike enough. Average linkage keeps two events of one kind (two earthquakes, two rehab stays)
 * apart where single linkage would chain them through one article that mentions both.
 */
final class EventClusters {
    private EventClusters() {
    }

    /** The cluster of each vector, numbered from 0 in order of first appearance. */
    static int[] of(List<SparseVector> vectors, double threshold, int reassignRounds) {
        int n = vectors.size();
        List<Map<Integer, Double>> dotSums = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dotSums.add(new HashMap<>());
        }
        int[] size = new int[n];
        int[] version = new int[n];
        int[] parent = new int[n];
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            parent[i] = i;
        }
        for (int[] pair : Candidates.pairs(vectors)) {
            double dot = vectors.get(pair[0]).dot(vectors.get(pair[1]));
            if (dot > 0) {
                dotSums.get(pair[0]).put(pair[1], dot);
                dotSums.get(pair[1]).put(pair[0], dot);
                queue.add(new Candidate(dot, pair[0], pair[1], 0, 0));
            }
        }
        while (!queue.isEmpty()) {
            Candidate best = queue.poll();
            if (best.similarity < threshold) {
                break;
            }
            if (version[best.a] != best.versionA || version[best.b] != best.versionB
                    || parent[best.a] != best.a || parent[best.b] != best.b) {
                continue;
            }
            int kept = best.a;
            int gone = best.b;
            parent[gone] = kept;
            size[kept] += size[gone];
            version[kept]++;
            Map<Integer, Double> merged = dotSums.get(kept);
            merged.remove(gone);
            dotSums.get(gone).forEach((other, dot) -> {
                if (other != kept) {
                    merged.merge(other, dot, Double::sum);
                }
            });
            dotSums.get(gone).clear();
            for (Map.Entry<Integer, Double> entry : merged.entrySet()) {
                int other = entry.getKey();
                Map<Integer, Double> ofOther = dotSums.get(other);
                ofOther.remove(gone);
                ofOther.put(kept, entry.getValue());
                double similarity = entry.getValue() / ((double) size[kept] * size[other]);
                queue.add(new Candidate(similarity, kept, other, version[kept], version[other]));
            }
        }
        int[] clusters = numbered(parent);
        for (int round = 0; round < reassignRounds; round++) {
            clusters = reassigned(vectors, clusters);
        }
        return clusters;
    }

    /**
     * Moves each article to the event whose other articles it is most like on average, once the
     * merging has settled: merging is greedy, and an article that joined a group early, through
     * one like it, may belong with another group once the groups have formed.
     */
    private static int[] reassigned(List<SparseVector> vectors, int[] clusters) {
        int count = java.util.Arrays.stream(clusters).max().orElse(-1) + 1;
        List<java.util.List<SparseVector>> members = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < clusters.length; i++) {
            members.get(clusters[i]).add(vectors.get(i));
        }
        List<Map<Integer, Double>> sums = new ArrayList<>();
        for (List<SparseVector> m : members) {
            sums.add(SparseVector.sum(m, java.util.Collections.nCopies(m.size(), 1.0)));
        }
        int[] next = clusters.clone();
        for (int i = 0; i < clusters.length; i++) {
            double best = -1;
            for (int c = 0; c < count; c++) {
                int others = members.get(c).size() - (clusters[i] == c ? 1 : 0);
                if (others == 0) {
                    continue;
                }
                double dot = 0;
                SparseVector v = vectors.get(i);
                for (int t = 0; t < v.terms.length; t++) {
                    dot += v.weights[t] * sums.get(c).getOrDefault(v.terms[t], 0.0);
                }
                if (clusters[i] == c) {
                    dot -= 1;
                }
                double average = dot / others;
                if (average > best) {
                    best = average;
                    next[i] = c;
                }
            }
        }
        return renumbered(next);
    }

    private static int[] renumbered(int[] clusters) {
        Map<Integer, Integer> numbers = new HashMap<>();
        int[] result = new int[clusters.length];
        for (int i = 0; i < clusters.length; i++) {
            result[i] = numbers.computeIfAbsent(clusters[i], c -> numbers.size());
        }
        return result;
    }

    private static int[] numbered(int[] parent) {
        int[] cluster = new int[parent.length];
        Map<Integer, Integer> numbers = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            cluster[i] = numbers.computeIfAbsent(root, r -> numbers.size());
        }
        return cluster;
    }

    private record Candidate(double similarity, int a, int b, int versionA, int versionB)
            implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate other) {
            return Double.compare(other.similarity, similarity);
        }
    }
}
