package org.corroborate.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.Conflict;
import org.corroborate.analysis.Match;
import org.corroborate.analysis.Values;
import org.corroborate.model.Article;

/**
 * The precision of value conflicts on the ECB+ development corpus. A conflict pairs two spans that
 * should report the same event; where both spans hold gold event mentions, the conflict is right
 * when they share a gold event and wrong when they do not (two different real events cannot
 * conflict). Conflicts whose spans hold no gold event mention on one side cannot be judged and are
 * counted apart. Printed for the conflicts as {@code suggest} proposes them, and for what the
 * conflicts would be if only matches above a score, or inside one judged event, could give one.
 * Run by hand (docs/benchmarks.md):
 *
 * <pre>java -cp "$CP" org.corroborate.bench.ConflictBenchmark [corpus folder]</pre>
 */
public final class ConflictBenchmark {
    private static final double[] MIN_SCORES = {0.0, 0.1, 0.2, 0.3, 0.4};

    private ConflictBenchmark() {
    }

    private record Judged(Conflict conflict, double matchScore, boolean sameJudgedEvent, Boolean right) {
    }

    public static void main(String[] args) throws Exception {
        Path corpusFolder = args.length > 0 ? Path.of(args[0]) : MatchingBenchmark.DEFAULT_CORPUS;
        EcbCorpus corpus = new EcbCorpus(corpusFolder);
        List<Judged> judged = new ArrayList<>();
        for (List<EcbCorpus.Doc> topic : corpus.byTopic().values()) {
            List<EcbCorpus.Doc> docs = MatchingBenchmark.shuffled(topic);
            List<Article> articles = new ArrayList<>();
            Map<Integer, EcbCorpus.Doc> docOf = new HashMap<>();
            for (EcbCorpus.Doc doc : docs) {
                Article article = DependenceBenchmark.article(articles.size() + 1, doc.text());
                articles.add(article);
                docOf.put(article.id(), doc);
            }
            Analysis.Result result = Analysis.of(articles);
            Map<String, Double> scoreOf = new HashMap<>();
            for (Match m : result.matches()) {
                scoreOf.merge(key(m.a(), m.b()), m.score(), Math::max);
            }
            for (Conflict c : result.conflicts()) {
                Set<String> eventsA = corpus.eventsWithin(docOf.get(c.a().articleId()), c.a().start(), c.a().end());
                Set<String> eventsB = corpus.eventsWithin(docOf.get(c.b().articleId()), c.b().start(), c.b().end());
                Boolean right = null;
                if (!eventsA.isEmpty() && !eventsB.isEmpty()) {
                    Set<String> common = new HashSet<>(eventsA);
                    common.retainAll(eventsB);
                    right = !common.isEmpty();
                }
                boolean sameEvent = result.eventOfArticle().get(c.a().articleId())
                        .equals(result.eventOfArticle().get(c.b().articleId()));
                judged.add(new Judged(c, scoreOf.getOrDefault(key(c.a(), c.b()), 0.0), sameEvent, right));
            }
        }
        System.out.println("conflicts from matches            all  judged  right  wrong  precision");
        for (double min : MIN_SCORES) {
            print(String.format(Locale.ROOT, "score >= %.1f", min), judged.stream().filter(j -> j.matchScore >= min)
                    .toList());
            print(String.format(Locale.ROOT, "score >= %.1f, one judged event", min), judged.stream()
                    .filter(j -> j.matchScore >= min && j.sameJudgedEvent).toList());
        }
        System.out.println("\nby kind (as proposed):");
        for (Conflict.Kind kind : Conflict.Kind.values()) {
            print(kind.name().toLowerCase(Locale.ROOT), judged.stream().filter(j -> j.conflict.kind() == kind).toList());
        }
        System.out.println("\nnot figures (states, places), by kind:");
        for (Conflict.Kind kind : List.of(Conflict.Kind.CONTRADICTION, Conflict.Kind.PRECISION, Conflict.Kind.SCOPE)) {
            List<Judged> words = judged.stream().filter(j -> j.conflict.kind() == kind
                    && Values.in(j.conflict.valueA()).isEmpty() && Values.in(j.conflict.valueB()).isEmpty()).toList();
            print(kind.name().toLowerCase(Locale.ROOT), words);
            if (Boolean.getBoolean("bench.show")) {
                words.forEach(j -> System.out.println("    " + j.right + "  " + j.conflict.explanation()));
            }
        }
    }

    private static void print(String label, List<Judged> judged) {
        long right = judged.stream().filter(j -> Boolean.TRUE.equals(j.right)).count();
        long wrong = judged.stream().filter(j -> Boolean.FALSE.equals(j.right)).count();
        System.out.printf(Locale.ROOT, "%-32s %5d  %6d  %5d  %5d  %9.3f%n", label, judged.size(), right + wrong, right,
                wrong, right + wrong == 0 ? 0 : (double) right / (right + wrong));
    }

    private static String key(org.corroborate.analysis.ArticleSpan a, org.corroborate.analysis.ArticleSpan b) {
        return a.articleId() + ":" + a.start() + ":" + a.end() + "|" + b.articleId() + ":" + b.start() + ":" + b.end();
    }
}
