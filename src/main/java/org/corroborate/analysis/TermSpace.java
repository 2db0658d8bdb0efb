package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term ids and TF-IDF weights over one set: each article and each sentence as a vector. Names and
 * figures weigh more than other words, because what tells one event from another of the same kind is
 * mostly who, where and how many; the opening sentences weigh more in an article's vector, because a
 * news article states its event first and brings in other events later, as background.
 */
final class TermSpace {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<SparseVector> articleVectors = new ArrayList<>();
    private final List<SparseVector> sentenceVectors = new ArrayList<>();

    TermSpace(SetText set, Analysis.Tuning tuning) {
        List<Map<Integer, Double>> articleCounts = new ArrayList<>();
        List<Map<Integer, Double>> sentenceCounts = new ArrayList<>();
        Map<Integer, Integer> articleFrequency = new HashMap<>();
        Map<Integer, Integer> sentenceFrequency = new HashMap<>();
        for (List<SetText.Sentence> sentences : set.sentencesByArticle) {
            Map<Integer, Double> ofArticle = new HashMap<>();
            for (SetText.Sentence sentence : sentences) {
                Map<Integer, Double> ofSentence = new HashMap<>();
                double lead = sentence.index() < tuning.leadSentences() ? tuning.leadBoost() : 1;
                for (Token token : sentence.tokens()) {
                    if (!token.content()) {
                        continue;
                    }
                    int id = ids.computeIfAbsent(token.key(), k -> ids.size());
                    double boost = switch (token.kind()) {
                        case NAME -> tuning.nameBoost();
                        case NUMBER -> tuning.numberBoost();
                        default -> 1.0;
                    };
                    ofSentence.merge(id, boost, Math::max);
                    ofArticle.merge(id, boost * lead, Double::sum);
                }
                ofSentence.keySet().forEach(id -> sentenceFrequency.merge(id, 1, Integer::sum));
                sentenceCounts.add(ofSentence);
            }
            ofArticle.keySet().forEach(id -> articleFrequency.merge(id, 1, Integer::sum));
            articleCounts.add(ofArticle);
        }
        int articles = articleCounts.size();
        for (Map<Integer, Double> counts : articleCounts) {
            Map<Integer, Double> weights = new HashMap<>();
            counts.forEach((id, count) -> weights.put(id, (1 + Math.log(count))
                    * Math.log((articles + 1.0) / articleFrequency.get(id))));
            articleVectors.add(SparseVector.normalized(weights));
        }
        int sentences = sentenceCounts.size();
        for (Map<Integer, Double> boosts : sentenceCounts) {
            Map<Integer, Double> weights = new HashMap<>();
            boosts.forEach((id, boost) -> weights.put(id, boost
                    * Math.log(1 + (double) sentences / sentenceFrequency.get(id))));
            sentenceVectors.add(SparseVector.normalized(weights));
        }
    }

    List<SparseVector> articleVectors() {
        return articleVectors;
    }

    /** One vector per sentence, in the order of {@link SetText#sentences}. */
    List<SparseVector> sentenceVectors() {
        return sentenceVectors;
    }
}
