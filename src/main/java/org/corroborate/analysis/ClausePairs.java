package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.Article;
import org.corroborate.model.TextSpan;

/**
 * Narrows a matched sentence pair to the clauses that carry the shared claim: each clause of the
 * first sentence is paired with the clause of the second that shares most of its words, when they
 * share any; a pair of sentences whose clauses share nothing one by one stays a pair of sentences.
 */
final class ClausePairs {
    // A sentence is matched many times; its clauses and their words are found once.
    private final Map<Place, List<TextSpan>> clauses = new HashMap<>();
    private final Map<Place, Set<String>> keys = new HashMap<>();

    private record Place(int article, TextSpan span) {
    }

    List<Match> of(Article first, TextSpan a, Article second, TextSpan b, double score) {
        List<TextSpan> clausesA = clauses.computeIfAbsent(new Place(first.id(), a), p -> Clauses.of(first.text(), a));
        List<TextSpan> clausesB = clauses.computeIfAbsent(new Place(second.id(), b), p -> Clauses.of(second.text(), b));
        List<Match> pairs = new ArrayList<>();
        if (clausesA.size() > 1 || clausesB.size() > 1) {
            for (TextSpan clauseA : clausesA) {
                Set<String> keysA = keys.computeIfAbsent(new Place(first.id(), clauseA), p -> keys(first.text(), clauseA));
                TextSpan best = null;
                int bestShared = 0;
                for (TextSpan clauseB : clausesB) {
                    Set<String> shared = new HashSet<>(keys.computeIfAbsent(new Place(second.id(), clauseB),
                            p -> keys(second.text(), clauseB)));
                    shared.retainAll(keysA);
                    if (shared.size() > bestShared) {
                        bestShared = shared.size();
                        best = clauseB;
                    }
                }
                if (best != null) {
                    pairs.add(new Match(span(first, clauseA), span(second, best), score));
                }
            }
        }
        if (pairs.isEmpty()) {
            pairs.add(new Match(span(first, a), span(second, b), score));
        }
        return pairs;
    }

    private static Set<String> keys(String text, TextSpan span) {
        Set<String> keys = new HashSet<>();
        Words.tokens(text, span.start(), span.end()).stream().filter(Token::content).forEach(t -> keys.add(t.key()));
        return keys;
    }

    static ArticleSpan span(Article article, TextSpan span) {
        return new ArticleSpan(article.id(), span.start(), span.end(), article.text().substring(span.start(), span.end()));
    }
}
