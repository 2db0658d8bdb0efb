package org.corroborate.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article extraction benchmark's own metric (scrapinghub/article-extraction-benchmark, evaluate.py):
 * per page, the counts of shared and unshared 4-gram shingles of word tokens ({@code \w+}, Unicode),
 * normalised so every page weighs the same; precision and recall are the means over the pages, and F1
 * is taken from those two means.
 */
final class ShingleScore {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** One page's true positives, false positives and false negatives, each as a share of their sum. */
    record Page(double tp, double fp, double fn) {
        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    record Totals(double precision, double recall, double f1) {
    }

    private ShingleScore() {
    }

    static Page page(String gold, String extracted) {
        Map<String, Integer> truth = shingles(gold);
        Map<String, Integer> predicted = shingles(extracted);
        Set<String> all = new HashSet<>(truth.keySet());
        all.addAll(predicted.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : all) {
            int t = truth.getOrDefault(key, 0);
            int p = predicted.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Page(tp / sum, fp / sum, fn / sum) : new Page(0, 0, 0);
    }

    // Pages with no prediction do not count towards precision, nor pages with no truth towards recall.
    static Totals totals(List<Page> pages) {
        double precision = pages.stream().filter(p -> p.tp() + p.fp() > 0).mapToDouble(Page::precision)
                .average().orElse(0);
        double recall = pages.stream().filter(p -> p.tp() + p.fn() > 0).mapToDouble(Page::recall)
                .average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Totals(precision, recall, f1);
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(Math.min(i, tokens.size()), Math.min(i + N, tokens.size()));
            if (!shingle.isEmpty()) {
                counts.merge(String.join(" ", shingle), 1, Integer::sum);
            }
        }
        return counts;
    }
}
