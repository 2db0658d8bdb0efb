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
            + "|announced|declared|wrote|added|labell?ed|described|accused|insisted|confirmed|denied)\\b");
    // Doubting what is said: a rewrite that keeps none of these drops the source's reserve.
    private static final Pattern HEDGE = Pattern.compile("\\b(claimed|claims|claiming|claim|alleged|allegedly"
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
                passages.add(passage(set, articles, aligned.get(runStart), aligned.get(k - 1), firstRewrites));
                runStart = k;
            }
        }
        return passages;
    }

    private static SourceDependence.Passage passage(SetText set, int[] articles, int[] first, int[] last,
            boolean firstRewrites) {
        int rewriteSide = firstRewrites ? 0 : 1;
        ArticleSpan rewrite = span(set, articles[rewriteSide], first[rewriteSide], last[rewriteSide]);
        ArticleSpan source = span(set, articles[1 - rewriteSide], first[1 - rewriteSide], last[1 - rewriteSide]);
        return new SourceDependence.Passage(rewrite, source, dropped(source.text(), rewrite.text()));
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
