package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds sentences in different articles that report the same thing, by two routes. Words: an
 * inverted index gives each sentence the sentences that share its terms, scored by the cosine of
 * their weighted terms; inside one event every shared term counts, across events only rare ones
 * find candidates (a near-copy shares many), and the bar is higher there. The event's core: a
 * sentence that restates what the other articles of its event are about (who, what, where) is
 * paired with the sentence of each other article that does so most, even when the two share few
 * words, as reports of one event often do ("checked into rehab", "entered a treatment centre").
 * Each sentence keeps only its best partner in each other article, so the proposals grow with the
 * articles of an event, not with the square of their sentences.
 */
final class SentenceMatcher {
    private static final int RARE_TERM_SENTENCES = 64;

    private final SetText set;
    private final TermSpace terms;
    private final int[] event;
    private final Analysis.Tuning tuning;
    private final int[] articleOf;

    SentenceMatcher(SetText set, TermSpace terms, int[] event, Analysis.Tuning tuning) {
        this.set = set;
        this.terms = terms;
        this.event = event;
        this.tuning = tuning;
        this.articleOf = set.sentences.stream().mapToInt(SetText.Sentence::article).toArray();
    }

    List<Match> matches() {
        Map<Long, Double> scores = new HashMap<>();
        byWords(scores);
        byEventCore(scores);
        List<Match> matches = new ArrayList<>(scores.size());
        ClausePairs clausePairs = new ClausePairs();
        scores.forEach((key, score) -> {
            SetText.Sentence a = set.sentences.get((int) (key >>> 32));
            SetText.Sentence b = set.sentences.get((int) (key & 0xffffffffL));
            matches.addAll(clausePairs.of(set.articles.get(a.article()), a.span(), set.articles.get(b.article()),
                    b.span(), Math.min(1, score)));
        });
        return matches;
    }

    private void byWords(Map<Long, Double> scores) {
        List<SparseVector> vectors = terms.sentenceVectors();
        Map<Integer, Map<Integer, Postings>> index = new HashMap<>();
        Map<Integer, Integer> frequency = new HashMap<>();
        for (int s = 0; s < vectors.size(); s++) {
            SparseVector v = vectors.get(s);
            for (int t = 0; t < v.terms.length; t++) {
                index.computeIfAbsent(v.terms[t], k -> new HashMap<>())
                        .computeIfAbsent(event[articleOf[s]], e -> new Postings()).add(s, v.weights[t]);
                frequency.merge(v.terms[t], 1, Integer::sum);
            }
        }
        double[] accumulated = new double[vectors.size()];
        boolean[] acrossEvents = new boolean[vectors.size()];
        List<Integer> touched = new ArrayList<>();
        for (int s = 0; s < vectors.size(); s++) {
            SparseVector v = vectors.get(s);
            int ownEvent = event[articleOf[s]];
            for (int t = 0; t < v.terms.length; t++) {
                Map<Integer, Postings> byEvent = index.get(v.terms[t]);
                boolean rare = frequency.get(v.terms[t]) <= RARE_TERM_SENTENCES;
                for (Map.Entry<Integer, Postings> entry : byEvent.entrySet()) {
                    boolean same = entry.getKey() == ownEvent;
                    if (!same && !rare) {
                        continue;
                    }
                    Postings postings = entry.getValue();
                    for (int p = 0; p < postings.size; p++) {
                        int other = postings.sentences[p];
                        if (articleOf[other] == articleOf[s]) {
                            continue;
                        }
                        if (accumulated[other] == 0 && !acrossEvents[other]) {
                            touched.add(other);
                        }
                        if (same) {
                            accumulated[other] += v.weights[t] * postings.weights[p];
                        } else {
                            acrossEvents[other] = true;
                        }
                    }
                }
            }
            Map<Integer, List<double[]>> bestInArticle = new HashMap<>();
            for (int other : touched) {
                boolean same = !acrossEvents[other];
                double score = same ? accumulated[other] : v.dot(vectors.get(other));
                if (score >= (same ? tuning.matchInEvent() : tuning.matchAcrossEvents())) {
                    keepBest(bestInArticle.computeIfAbsent(articleOf[other], a -> new ArrayList<>()), other, score,
                            tuning.partnersPerArticle());
                }
                accumulated[other] = 0;
                acrossEvents[other] = false;
            }
            touched.clear();
            for (List<double[]> best : bestInArticle.values()) {
                for (double[] partner : best) {
                    scores.merge(key(s, (int) partner[0]), partner[1], Math::max);
                }
            }
        }
    }

    /** Keeps the sentences with the highest scores, at most {@code limit} of them. */
    private static void keepBest(List<double[]> best, int sentence, double score, int limit) {
        best.add(new double[] {sentence, score});
        if (best.size() > limit) {
            best.sort((x, y) -> Double.compare(y[1], x[1]));
            best.remove(best.size() - 1);
        }
    }

    private void byEventCore(Map<Long, Double> scores) {
        double[] core = eventness(terms.sentenceVectors());
        Map<Integer, List<Integer>> articlesByEvent = articlesByEvent();
        List<List<double[]>> mostCentral = new ArrayList<>();
        for (int a = 0; a < set.articles.size(); a++) {
            mostCentral.add(new ArrayList<>());
        }
        for (int s = 0; s < core.length; s++) {
            if (core[s] >= tuning.eventCoreBar()) {
                keepBest(mostCentral.get(articleOf[s]), s, core[s], tuning.centralSentences());
            }
        }
        for (int s = 0; s < core.length; s++) {
            if (core[s] < tuning.eventCoreBar()) {
                continue;
            }
            for (int other : articlesByEvent.get(event[articleOf[s]])) {
                if (other == articleOf[s]) {
                    continue;
                }
                for (double[] partner : mostCentral.get(other)) {
                    scores.merge(key(s, (int) partner[0]), Math.sqrt(core[s] * partner[1]) * tuning.eventCoreWeight(),
                            Math::max);
                }
            }
        }
    }

    /**
     * How much each sentence states its event: the cosine between the sentence and what the other
     * articles of its event say (their vectors summed).
     */
    private double[] eventness(List<SparseVector> sentenceVectors) {
        List<SparseVector> articleVectors = terms.articleVectors();
        Map<Integer, List<Integer>> articlesByEvent = articlesByEvent();
        Map<Integer, Map<Integer, Double>> eventSums = new HashMap<>();
        articlesByEvent.forEach((e, members) -> eventSums.put(e, SparseVector.sum(
                members.stream().map(articleVectors::get).toList(), Collections.nCopies(members.size(), 1.0))));
        List<SparseVector> othersOfArticle = new ArrayList<>();
        for (int article = 0; article < event.length; article++) {
            Map<Integer, Double> others = new HashMap<>(eventSums.get(event[article]));
            SparseVector own = articleVectors.get(article);
            for (int t = 0; t < own.terms.length; t++) {
                others.merge(own.terms[t], -own.weights[t], Double::sum);
            }
            othersOfArticle.add(SparseVector.normalized(others));
        }
        double[] core = new double[sentenceVectors.size()];
        for (int s = 0; s < core.length; s++) {
            core[s] = sentenceVectors.get(s).dot(othersOfArticle.get(articleOf[s]));
        }
        return core;
    }

    private Map<Integer, List<Integer>> articlesByEvent() {
        Map<Integer, List<Integer>> byEvent = new HashMap<>();
        for (int a = 0; a < event.length; a++) {
            byEvent.computeIfAbsent(event[a], e -> new ArrayList<>()).add(a);
        }
        return byEvent;
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** The sentences holding one term in one event, with the term's weight in each. */
    private static final class Postings {
        int[] sentences = new int[4];
        double[] weights = new double[4];
        int size;

        void add(int sentence, double weight) {
            if (size == sentences.length) {
                sentences = Arrays.copyOf(sentences, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            sentences[size] = sentence;
            weights[size++] = weight;
        }
    }
}
