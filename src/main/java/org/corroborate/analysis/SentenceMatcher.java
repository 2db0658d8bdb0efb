package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Article;

/**
 * Finds sentences in different articles that report the same thing: candidates from an inverted
 * index, scored by the cosine of their weighted terms, and accepted at a lower bar when the two
 * articles report the same event than when they do not.
 */
final class SentenceMatcher {
    private final SetText set;
    private final TermSpace terms;
    private final int[] event;
    private final Analysis.Tuning tuning;

    SentenceMatcher(SetText set, TermSpace terms, int[] event, Analysis.Tuning tuning) {
        this.set = set;
        this.terms = terms;
        this.event = event;
        this.tuning = tuning;
    }

    List<Match> matches() {
        List<SparseVector> vectors = terms.sentenceVectors();
        int[] articleOf = set.sentences.stream().mapToInt(SetText.Sentence::article).toArray();
        double[] core = eventness(vectors);
        Map<Long, Double> scores = new HashMap<>();
        for (int[] pair : Candidates.pairs(vectors, articleOf, true)) {
            SetText.Sentence a = set.sentences.get(pair[0]);
            SetText.Sentence b = set.sentences.get(pair[1]);
            double score = vectors.get(pair[0]).dot(vectors.get(pair[1]));
            double bar = event[a.article()] == event[b.article()] ? tuning.matchInEvent() : tuning.matchAcrossEvents();
            if (score >= bar) {
                scores.merge(key(pair[0], pair[1]), score, Math::max);
            }
        }
        double coreBar = tuning.eventCoreBar();
        Map<Integer, List<Integer>> coreByEvent = new HashMap<>();
        for (int s = 0; s < core.length; s++) {
            if (core[s] >= coreBar) {
                coreByEvent.computeIfAbsent(event[articleOf[s]], e -> new ArrayList<>()).add(s);
            }
        }
        for (List<Integer> members : coreByEvent.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    int x = members.get(i);
                    int y = members.get(j);
                    if (articleOf[x] != articleOf[y]) {
                        scores.merge(key(x, y), Math.sqrt(core[x] * core[y]) * tuning.eventCoreWeight(), Math::max);
                    }
                }
            }
        }
        List<Match> matches = new ArrayList<>();
        scores.forEach((key, score) -> {
            SetText.Sentence a = set.sentences.get((int) (key >>> 32));
            SetText.Sentence b = set.sentences.get((int) (key & 0xffffffffL));
            matches.add(new Match(span(a), span(b), Math.min(1, score)));
        });
        return matches;
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /**
     * How much each sentence states its event: the cosine between the sentence and what the other
     * articles of its event say (their vectors summed). A sentence that restates the event's core
     * (who, what, where) scores high even when it shares few words with any single other sentence.
     */
    private double[] eventness(List<SparseVector> sentenceVectors) {
        List<SparseVector> articleVectors = terms.articleVectors();
        Map<Integer, List<Integer>> articlesByEvent = new HashMap<>();
        for (int a = 0; a < event.length; a++) {
            articlesByEvent.computeIfAbsent(event[a], e -> new ArrayList<>()).add(a);
        }
        List<SparseVector> othersOfArticle = new ArrayList<>();
        for (int article = 0; article < event.length; article++) {
            List<SparseVector> others = new ArrayList<>();
            for (int a : articlesByEvent.get(event[article])) {
                if (a != article) {
                    others.add(articleVectors.get(a));
                }
            }
            othersOfArticle.add(SparseVector.normalized(
                    SparseVector.sum(others, java.util.Collections.nCopies(others.size(), 1.0))));
        }
        double[] core = new double[sentenceVectors.size()];
        for (int s = 0; s < core.length; s++) {
            core[s] = sentenceVectors.get(s).dot(othersOfArticle.get(set.sentences.get(s).article()));
        }
        return core;
    }

    private ArticleSpan span(SetText.Sentence sentence) {
        Article article = set.articles.get(sentence.article());
        return new ArticleSpan(article.id(), sentence.span().start(), sentence.span().end(),
                article.text().substring(sentence.span().start(), sentence.span().end()));
    }
}
