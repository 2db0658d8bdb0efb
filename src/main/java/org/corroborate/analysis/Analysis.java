package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Article;

/**
 * The assistant's analysis of an article set: it tells apart the events the articles report, then
 * proposes sentence and clause pairs in different articles that report the same thing. A pure
 * function of the articles' texts: it reads no ids, file names, URLs or outlets.
 */
public final class Analysis {
    /**
     * Names what the engine proposes for a given set. A project keeps the last result with this
     * number, so raise it with every change that makes the engine propose anything differently.
     */
    public static final int ENGINE_VERSION = 1;

    /** The knobs of the engine, measured on the development corpus (docs/benchmarks.md). */
    public record Tuning(double clusterThreshold, int reassignRounds, double matchInEvent, double matchAcrossEvents,
            double eventCoreBar, double eventCoreWeight, int centralSentences, int partnersPerArticle, double nameBoost,
            double numberBoost, double leadBoost, int leadSentences) {
        public static final Tuning DEFAULT = new Tuning(0.06, 3, 0.05, 0.45, 0.05, 0.5, 4, 4, 1.0, 1.0, 2.0, 3);
    }

    /**
     * When one article counts as a copy or rewrite of another: a sentence pair at least
     * {@code alignedSentence} alike (cosine of weighted terms) counts as one sentence rewritten, and a
     * pair of articles is dependent when either has at least {@code dependentShare} of its content in
     * the other. Set on the development corpus (DependenceBenchmark, docs/benchmarks.md).
     */
    public record DependenceTuning(double alignedSentence, double dependentShare) {
        public static final DependenceTuning DEFAULT = new DependenceTuning(0.4, 0.5);
    }

    /** What the analysis proposes, with the event each article was judged to report. */
    public record Result(List<Match> matches, Map<Integer, Integer> eventOfArticle, List<Variant> variants,
            List<Conflict> conflicts, SourceDependence dependence) {
        public Result {
            matches = List.copyOf(matches);
            variants = List.copyOf(variants);
            conflicts = List.copyOf(conflicts);
            eventOfArticle = Map.copyOf(eventOfArticle);
        }
    }

    private Analysis() {
    }

    public static Result of(List<Article> articles) {
        return of(articles, Tuning.DEFAULT);
    }

    /** Only which articles copy or rewrite which, for a report, without the matching. */
    public static SourceDependence dependence(List<Article> articles) {
        return dependence(articles, DependenceTuning.DEFAULT);
    }

    /** The same with other thresholds, for measuring them; suggest and the reports use the default. */
    public static SourceDependence dependence(List<Article> articles, DependenceTuning tuning) {
        SetText set = new SetText(articles);
        return Dependence.of(set, new TermSpace(set, Tuning.DEFAULT), tuning);
    }

    public static Result of(List<Article> articles, Tuning tuning) {
        SetText set = new SetText(articles);
        TermSpace terms = new TermSpace(set, tuning);
        int[] event = EventClusters.of(terms.articleVectors(), tuning.clusterThreshold(), tuning.reassignRounds());
        List<Match> matches = new SentenceMatcher(set, terms, event, tuning).matches();
        Map<Integer, Integer> eventOfArticle = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            eventOfArticle.put(articles.get(a).id(), event[a]);
        }
        List<Match> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> m.a().articleId()).thenComparing(m -> m.a().start())
                .thenComparing(m -> m.b().articleId()).thenComparing(m -> m.b().start()));
        List<Variant> variants = NameVariants.of(articles);
        // Values can only conflict between reports of one event: a match across the judged events is a
        // near-copy of wording, not the same fact.
        List<Match> inOneEvent = sorted.stream()
                .filter(m -> eventOfArticle.get(m.a().articleId()).equals(eventOfArticle.get(m.b().articleId())))
                .toList();
        return new Result(sorted, eventOfArticle, variants, ValueConflicts.of(articles, inOneEvent, variants),
                Dependence.of(set, terms, DependenceTuning.DEFAULT));
    }
}
