package org.corroborate.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline the engine is measured against: every sentence of a topic as a TF-IDF vector of its
 * lower-case words (IDF over the topic's sentences, English stop words left out), and every pair of
 * sentences of different articles whose cosine reaches a threshold predicted as a match. It is
 * reported at its best threshold, which flatters it.
 */
final class TfIdfBaseline {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on",
            "at", "for", "with", "by", "from", "as", "is", "was", "were", "are", "be", "been", "has", "have", "had",
            "it", "its", "he", "she", "they", "his", "her", "their", "this", "that", "which", "who", "said", "s");

    record Result(double threshold, MatchingBenchmark.Score score, double seconds) {
        void print() {
            System.out.printf("baseline  P=%.3f R=%.3f F1=%.3f  (TF-IDF sentence cosine, best threshold %.2f, %.1f s)%n",
                    score.precision(), score.recall(), score.f1(), threshold, seconds);
        }
    }

    private TfIdfBaseline() {
    }

    static Result best(EcbCorpus corpus) {
        long before = System.nanoTime();
        List<Scored> scored = new ArrayList<>();
        for (List<EcbCorpus.Doc> topic : corpus.byTopic().values()) {
            scored.addAll(scoreTopic(corpus, topic));
        }
        Result best = null;
        for (int t = 2; t <= 60; t++) {
            double threshold = t / 100.0;
            Set<EcbCorpus.Pair> predicted = new HashSet<>();
            scored.stream().filter(s -> s.cosine >= threshold).forEach(s -> predicted.add(s.pair));
            MatchingBenchmark.Score score = MatchingBenchmark.Score.of(predicted, corpus.gold);
            if (best == null || score.f1() > best.score().f1()) {
                best = new Result(threshold, score, 0);
            }
        }
        return new Result(best.threshold(), best.score(), (System.nanoTime() - before) / 1e9);
    }

    private record Scored(EcbCorpus.Pair pair, double cosine) {
    }

    private static List<Scored> scoreTopic(EcbCorpus corpus, List<EcbCorpus.Doc> topic) {
        List<EcbCorpus.Sentence> sentences = new ArrayList<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (EcbCorpus.Doc doc : topic) {
            for (int[] s : doc.sentences()) {
                Map<String, Integer> tf = new HashMap<>();
                Matcher m = WORD.matcher(doc.text().substring(s[1], s[2]).toLowerCase(Locale.ROOT));
                while (m.find()) {
                    if (!STOP.contains(m.group())) {
                        tf.merge(m.group(), 1, Integer::sum);
                    }
                }
                tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
                sentences.add(new EcbCorpus.Sentence(doc.id(), s[0]));
                counts.add(tf);
            }
        }
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> tf : counts) {
            Map<String, Double> v = new HashMap<>();
            tf.forEach((w, c) -> v.put(w, c * Math.log((double) sentences.size() / df.get(w))));
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            v.replaceAll((w, x) -> norm == 0 ? 0 : x / norm);
            vectors.add(v);
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!corpus.annotated.contains(sentences.get(i))) {
                continue;
            }
            for (int j = i + 1; j < sentences.size(); j++) {
                if (!corpus.annotated.contains(sentences.get(j)) || sentences.get(i).doc().equals(sentences.get(j).doc())) {
                    continue;
                }
                double cosine = 0;
                for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                    cosine += e.getValue() * vectors.get(j).getOrDefault(e.getKey(), 0.0);
                }
                scored.add(new Scored(EcbCorpus.Pair.of(sentences.get(i), sentences.get(j)), cosine));
            }
        }
        return scored;
    }
}
