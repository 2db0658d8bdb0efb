package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.Article;

/**
 * Tells which articles copy or rewrite which. Verbatim copy shows as shared word shingles (runs of
 * five normalised words): the share of an article's shingles that the other has. Paraphrase shows as
 * an alignment: sentences of the two articles that say much the same thing, in the same order, as a
 * rewrite follows its source sentence by sentence while independent reports of one event order their
 * facts each in their own way. An article's share found in the other is the larger of the two.
 */
final class Dependence {
    static final int SHINGLE = 5;
    // Articles that share less than this (by their article vectors) are not worth an alignment.
    static final double CANDIDATE_ARTICLES = 0.2;
    static final int MIN_ALIGNED_SENTENCES = 2;
    // Shingles found in more articles than this are the set's boilerplate, not copying.
    static final int COMMON_SHINGLE_ARTICLES = 50;
    // Shares closer than this do not tell which text is the fuller one.
    static final double DIRECTION_MARGIN = 0.05;

    private final SetText set;
    private final TermSpace terms;
    private final Analysis.DependenceTuning tuning;
    private final int[] contentTokens;
    private final int[] firstSentence;

    private Dependence(SetText set, TermSpace terms, Analysis.DependenceTuning tuning) {
        this.set = set;
        this.terms = terms;
        this.tuning = tuning;
        this.contentTokens = set.sentencesByArticle.stream()
                .mapToInt(sentences -> sentences.stream().mapToInt(Dependence::contentTokens).sum()).toArray();
        this.firstSentence = new int[set.articles.size()];
        for (int a = 1; a < firstSentence.length; a++) {
            firstSentence[a] = firstSentence[a - 1] + set.sentencesByArticle.get(a - 1).size();
        }
    }

    static SourceDependence of(SetText set, TermSpace terms, Analysis.DependenceTuning tuning) {
        return new Dependence(set, terms, tuning).judge();
    }

    private SourceDependence judge() {
        int n = set.articles.size();
        double[][] verbatim = verbatimShares();
        double[][] shared = new double[n][n];
        List<SourceDependence.Rewrite> rewrites = new ArrayList<>();
        List<SparseVector> articleVectors = terms.articleVectors();
        for (int a = 0; a < n; a++) {
            shared[a][a] = 1;
            for (int b = a + 1; b < n; b++) {
                List<int[]> aligned = verbatim[a][b] > 0 || articleVectors.get(a).dot(articleVectors.get(b)) >= CANDIDATE_ARTICLES
                        ? alignment(a, b) : List.of();
                shared[a][b] = Math.max(verbatim[a][b], alignedShare(a, aligned, 0));
                shared[b][a] = Math.max(verbatim[b][a], alignedShare(b, aligned, 1));
                double dependentShare = tuning.dependentShare();
                boolean dependent = Math.max(shared[a][b], shared[b][a]) >= dependentShare
                        && (aligned.size() >= MIN_ALIGNED_SENTENCES || Math.max(verbatim[a][b], verbatim[b][a]) >= dependentShare);
                if (dependent) {
                    rewrites.add(rewrite(a, b, shared, aligned));
                }
            }
        }
        List<Integer> ids = set.articles.stream().map(Article::id).toList();
        return new SourceDependence(ids, shared, rewrites);
    }

    private SourceDependence.Rewrite rewrite(int a, int b, double[][] shared, List<int[]> aligned) {
        Article first = set.articles.get(a);
        Article second = set.articles.get(b);
        SourceDependence.Direction direction;
        boolean firstRewrites;
        if (first.published().isPresent() && second.published().isPresent()
                && !first.published().get().equals(second.published().get())) {
            direction = SourceDependence.Direction.LATER;
            firstRewrites = first.published().get().isAfter(second.published().get());
        } else if (Math.abs(shared[a][b] - shared[b][a]) >= DIRECTION_MARGIN) {
            direction = SourceDependence.Direction.SHORTER;
            firstRewrites = shared[a][b] > shared[b][a];
        } else {
            direction = SourceDependence.Direction.UNDETERMINED;
            firstRewrites = false; // the later in the project's order, for want of a better reason
        }
        int rewriteArticle = firstRewrites ? a : b;
        int source = firstRewrites ? b : a;
        List<SourceDependence.Passage> passages = Passages.of(set, a, b, aligned, firstRewrites);
        return new SourceDependence.Rewrite(set.articles.get(rewriteArticle).id(), set.articles.get(source).id(),
                Math.round(shared[rewriteArticle][source] * 1000) / 1000.0, direction, passages);
    }

    /** For each ordered pair of articles, the share of the first's shingles that the second has too. */
    private double[][] verbatimShares() {
        int n = set.articles.size();
        List<Set<String>> shingles = new ArrayList<>(n);
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int a = 0; a < n; a++) {
            Set<String> ofArticle = shingles(set.sentencesByArticle.get(a));
            shingles.add(ofArticle);
            for (String shingle : ofArticle) {
                holders.computeIfAbsent(shingle, k -> new ArrayList<>(2)).add(a);
            }
        }
        int[][] common = new int[n][n];
        for (List<Integer> articles : holders.values()) {
            if (articles.size() < 2 || articles.size() > COMMON_SHINGLE_ARTICLES) {
                continue;
            }
            for (int i = 0; i < articles.size(); i++) {
                for (int j = i + 1; j < articles.size(); j++) {
                    common[articles.get(i)][articles.get(j)]++;
                }
            }
        }
        double[][] shares = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                shares[a][b] = shingles.get(a).isEmpty() ? 0 : (double) common[a][b] / shingles.get(a).size();
                shares[b][a] = shingles.get(b).isEmpty() ? 0 : (double) common[a][b] / shingles.get(b).size();
            }
        }
        return shares;
    }

    private static Set<String> shingles(List<SetText.Sentence> sentences) {
        List<String> words = new ArrayList<>();
        sentences.forEach(s -> s.tokens().forEach(t -> words.add(t.key())));
        Set<String> shingles = new HashSet<>();
        if (words.size() < SHINGLE) {
            if (!words.isEmpty()) {
                shingles.add(String.join(" ", words));
            }
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return shingles;
    }

    /**
     * The pairs of sentences (index in article a, index in article b) that say much the same thing, in
     * the same order in both: of all such orderings the one whose similarities add up to most.
     */
    private List<int[]> alignment(int a, int b) {
        List<SetText.Sentence> first = set.sentencesByArticle.get(a);
        List<SetText.Sentence> second = set.sentencesByArticle.get(b);
        int n = first.size();
        int m = second.size();
        double[][] similarity = new double[n][m];
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            SparseVector v = vector(first.get(i - 1));
            for (int j = 1; j <= m; j++) {
                double s = v.dot(vector(second.get(j - 1)));
                similarity[i - 1][j - 1] = s;
                double diagonal = s >= tuning.alignedSentence() ? best[i - 1][j - 1] + s : 0;
                best[i][j] = Math.max(diagonal, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        List<int[]> pairs = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            double s = similarity[i - 1][j - 1];
            if (s >= tuning.alignedSentence() && best[i][j] == best[i - 1][j - 1] + s) {
                pairs.add(0, new int[] {i - 1, j - 1});
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return pairs;
    }

    private SparseVector vector(SetText.Sentence sentence) {
        return terms.sentenceVectors().get(firstSentence[sentence.article()] + sentence.index());
    }

    /** The share of an article's content words that lie in its aligned sentences ({@code side} 0 or 1 of each pair). */
    private double alignedShare(int article, List<int[]> aligned, int side) {
        if (contentTokens[article] == 0) {
            return 0;
        }
        List<SetText.Sentence> sentences = set.sentencesByArticle.get(article);
        int covered = aligned.stream().mapToInt(pair -> contentTokens(sentences.get(pair[side]))).sum();
        return Math.min(1, (double) covered / contentTokens[article]);
    }

    private static int contentTokens(SetText.Sentence sentence) {
        return (int) sentence.tokens().stream().filter(Token::content).count();
    }
}
