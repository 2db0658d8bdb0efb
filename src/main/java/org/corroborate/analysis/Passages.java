package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.Article;

/**
 * The aligned sentences of a rewrite and its source as passages: runs of sentences that follow one
 * another in both articles become one passage, and each passage names the attributions the source
 * had there that the rewrite dropped, since a rewrite that states as fact what its source attributed
 * is a finding in itself.
 */
final class Passages {
    // Saying who says it: a rewrite that keeps none of these states as fact what its source attributed.
    private static final Pattern ATTRIBUTION = Pattern.compile("\\b(said|says|say|told|stated|according to|reported"
            + "|wrote|labell?ed|insisted)\\b");
    // Doubting what is said: a rewrite that keeps none of these drops the source's reserve.
    private static final Pattern HEDGE = Pattern.compile("\\b(claim|claims|claimed|claiming|allege|alleges|alleged|alleging|allegedly"
            + "|reportedly|purportedly|purported|unverified|apparently)\\b");

    private Passages() {
    }

    /**
     * The passages of aligned sentence pairs (index in the first article, index in the second); span
     * {@code a} lies in the rewrite, which is the first article when {@code firstRewrites}.
     */
    static List<SourceDependence.Passage> of(SetText set, int firstArticle, int secondArticle, List<int[]> aligned,
            boolean firstRewrites) {
        int[] articles = {firstArticle, secondArticle};
        List<SourceDependence.Passage> passages = new ArrayList<>();
        int runStart = 0;
        for (int k = 1; k <= aligned.size(); k++) {
            boolean continues = k < aligned.size() && aligned.get(k)[0] == aligned.get(k - 1)[0] + 1
                    && aligned.get(k)[1] == aligned.get(k - 1)[1] + 1;
            if (!continues) {
                passages.add(passage(set, articles, aligned.subList(runStart, k), firstRewrites));
                runStart = k;
            }
        }
        return passages;
    }

    private static SourceDependence.Passage passage(SetText set, int[] articles, List<int[]> run,
            boolean firstRewrites) {
        int r = firstRewrites ? 0 : 1;
        int s = 1 - r;
        int[] first = run.get(0);
        int[] last = run.get(run.size() - 1);
        // Sentence by sentence: an attribution kept in the next sentence does not cover one dropped here.
        Set<String> dropped = new LinkedHashSet<>();
        for (int[] pair : run) {
            dropped.addAll(dropped(span(set, articles[s], pair[s], pair[s]).text(),
                    span(set, articles[r], pair[r], pair[r]).text()));
        }
        return new SourceDependence.Passage(span(set, articles[r], first[r], last[r]),
                span(set, articles[s], first[s], last[s]), List.copyOf(dropped));
    }

    private static ArticleSpan span(SetText set, int article, int firstSentence, int lastSentence) {
        Article of = set.articles.get(article);
        int start = set.sentencesByArticle.get(article).get(firstSentence).span().start();
        int end = set.sentencesByArticle.get(article).get(lastSentence).span().end();
        return new ArticleSpan(of.id(), start, end, of.text().substring(start, end));
    }

    /**
     * The attributions and hedges of the source passage, each as the source words it, when the rewrite
     * passage has none of its kind.
     */
    static List<String> dropped(String source, String rewrite) {
        Set<String> dropped = new LinkedHashSet<>();
        String sourceText = source.toLowerCase(Locale.ROOT);
        String rewriteText = rewrite.toLowerCase(Locale.ROOT);
        for (Pattern kind : List.of(ATTRIBUTION, HEDGE)) {
            if (!kind.matcher(rewriteText).find()) {
                kind.matcher(sourceText).results().forEach(m -> dropped.add(m.group()));
            }
        }
        return List.copyOf(dropped);
    }
}
