package org.corroborate.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.stream.Stream;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.ArticleSpan;
import org.corroborate.analysis.Conflict;
import org.corroborate.analysis.Match;
import org.corroborate.analysis.ResultCodec;
import org.corroborate.analysis.Variant;
import org.corroborate.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the assistant proposes for an open project: spans in different articles that report the same
 * thing. Nothing here enters the project; the analyst decides. Each suggestion has an id made from
 * the two articles' content hashes and the spans' offsets, so it stays the same every time the same
 * texts are analysed, in any project that holds them.
 */
public final class Suggestions {
    private static final Logger LOG = LoggerFactory.getLogger(Suggestions.class);
    private static final int ID_LENGTH = 12;

    /**
     * The lowest score of the matches the faces show unless asked for all: on the development corpus
     * the matches from here up are right about 85% of the time (docs/benchmarks.md).
     */
    public static final double LIKELY_MIN_SCORE = 0.15;

    /** Whether suggestions the analyst dismissed are left out (the default) or shown too. */
    public enum Dismissed { HIDE, SHOW }

    /** One thing the assistant proposes, named by an id that stays the same for the same texts. */
    public sealed interface Suggestion permits SameClaim, NameVariant, ValueConflict {
        String id();
    }

    /** A span as the faces show it: the article's file and id, UTF-16 offsets, and the spanned text. */
    public record Span(String file, int article, int start, int end, String text) {
    }

    /** A proposed pair of spans reporting the same thing, with the assistant's confidence in 0..1. */
    public record SameClaim(String id, Span a, Span b, double score) implements Suggestion {
    }

    /** One name written differently across the set: its forms and every place it occurs. */
    public record NameVariant(String id, List<String> forms, List<Span> spans) implements Suggestion {
    }

    /** Two matched spans whose values differ, the kind of difference as a word, and why. */
    public record ValueConflict(String id, Span a, Span b, String kind, List<String> values, String explanation)
            implements Suggestion {
    }

    private final List<SameClaim> matches;
    private final List<NameVariant> variants;
    private final List<ValueConflict> conflicts;
    private final SourceIndependence sources;
    private final Set<String> dismissed;

    private Suggestions(List<SameClaim> matches, List<NameVariant> variants, List<ValueConflict> conflicts,
                        SourceIndependence sources, Set<String> dismissed) {
        this.matches = List.copyOf(matches);
        this.variants = List.copyOf(variants);
        this.conflicts = List.copyOf(conflicts);
        this.sources = sources;
        this.dismissed = Set.copyOf(dismissed);
    }

    /**
     * Runs the analysis on the workspace's articles, leaving out what the analyst dismissed; blocks
     * for the time it takes (about a second for tens of articles). The project keeps the result, so
     * asking again for the same articles reads it back instead.
     */
    public static Suggestions of(Workspace workspace) {
        return of(workspace, Dismissed.HIDE);
    }

    /** As {@link #of(Workspace)}; with {@code SHOW}, dismissed suggestions are listed too, and {@link #isDismissed} tells them. */
    public static Suggestions of(Workspace workspace, Dismissed dismissedOnes) {
        return of(workspace, dismissedOnes, Analysis::of);
    }

    /**
     * As {@link #of(Workspace, Dismissed)}, running {@code analysis} only when the project keeps no
     * result of this engine for these articles; a result it runs is kept, unless the project was
     * opened only to read.
     */
    static Suggestions of(Workspace workspace, Dismissed dismissedOnes,
            Function<List<Article>, Analysis.Result> analysis) {
        Suggestions all = of(workspace.articles(), keptOrRun(workspace, analysis));
        Set<String> dismissedIds = workspace.dismissedSuggestions();
        if (dismissedOnes == Dismissed.SHOW) {
            return new Suggestions(all.matches, all.variants, all.conflicts, all.sources,
                    all.ids().filter(dismissedIds::contains).collect(Collectors.toSet()));
        }
        return new Suggestions(withoutDismissed(all.matches, dismissedIds), withoutDismissed(all.variants, dismissedIds),
                withoutDismissed(all.conflicts, dismissedIds), all.sources, Set.of());
    }

    private static <S extends Suggestion> List<S> withoutDismissed(List<S> suggestions, Set<String> dismissedIds) {
        return suggestions.stream().filter(s -> !dismissedIds.contains(s.id())).toList();
    }

    private Stream<String> ids() {
        return Stream.of(matches, variants, conflicts).flatMap(List::stream).map(Suggestion::id);
    }

    /** The suggestion with this id among those listed, whatever its kind. */
    public Optional<Suggestion> find(String id) {
        return Stream.of(matches, variants, conflicts).flatMap(List::stream)
                .filter(s -> s.id().equals(id)).findFirst().map(Suggestion.class::cast);
    }

    /** True for a listed suggestion the analyst dismissed (listed only when asked to {@code SHOW} them). */
    public boolean isDismissed(String id) {
        return dismissed.contains(id);
    }

    private static Analysis.Result keptOrRun(Workspace workspace, Function<List<Article>, Analysis.Result> analysis) {
        List<Article> articles = workspace.articles();
        String fingerprint = ResultCodec.fingerprint(articles);
        Optional<Analysis.Result> kept = workspace.keptAnalysis(fingerprint, Analysis.ENGINE_VERSION)
                .flatMap(bytes -> decode(bytes, articles, workspace));
        if (kept.isPresent()) {
            return kept.get();
        }
        Analysis.Result result = analysis.apply(articles);
        workspace.keepAnalysis(fingerprint, Analysis.ENGINE_VERSION, ResultCodec.encode(result));
        return result;
    }

    // A kept result that cannot be read is made again and replaced, never shown half-read.
    private static Optional<Analysis.Result> decode(byte[] bytes, List<Article> articles, Workspace workspace) {
        try {
            return Optional.of(ResultCodec.decode(bytes, articles));
        } catch (IllegalArgumentException e) {
            LOG.warn("The analysis kept in {} could not be read, so it is made again", workspace.location(), e);
            return Optional.empty();
        }
    }

    static Suggestions of(List<Article> articles) {
        return of(articles, Analysis.of(articles));
    }

    private static Suggestions of(List<Article> articles, Analysis.Result result) {
        // Looked up once per span of a match, and a large set has a million matches.
        Map<Integer, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, a -> a, (a, b) -> a));
        return new Suggestions(result.matches().stream().map(m -> sameClaim(byId, m)).toList(),
                result.variants().stream().map(v -> nameVariant(byId, v)).toList(),
                result.conflicts().stream().map(c -> valueConflict(byId, c)).toList(),
                SourceIndependence.of(articles, result.dependence()), Set.of());
    }

    public List<SameClaim> matches() {
        return matches;
    }

    /** Which articles copy or rewrite which, and how many independent sources the set holds. */
    public SourceIndependence sources() {
        return sources;
    }

    public List<NameVariant> variants() {
        return variants;
    }

    public List<ValueConflict> conflicts() {
        return conflicts;
    }

    private static ValueConflict valueConflict(Map<Integer, Article> byId, Conflict conflict) {
        Article a = article(byId, conflict.a().articleId());
        Article b = article(byId, conflict.b().articleId());
        String kind = conflict.kind().word();
        return new ValueConflict(id(kind + "|" + conflict.valueA() + "|" + conflict.valueB(), a, conflict.a(), b,
                conflict.b()), span(a, conflict.a()), span(b, conflict.b()), kind,
                List.of(conflict.valueA(), conflict.valueB()), conflict.explanation());
    }

    private static NameVariant nameVariant(Map<Integer, Article> byId, Variant variant) {
        return new NameVariant(hash("variant|" + String.join("|", variant.forms())), variant.forms(),
                variant.spans().stream().map(s -> span(article(byId, s.articleId()), s)).toList());
    }

    private static SameClaim sameClaim(Map<Integer, Article> byId, Match match) {
        Article a = article(byId, match.a().articleId());
        Article b = article(byId, match.b().articleId());
        String id = id("same", a, match.a(), b, match.b());
        return new SameClaim(id, span(a, match.a()), span(b, match.b()), Math.round(match.score() * 1000) / 1000.0);
    }

    static Article article(List<Article> articles, int id) {
        return articles.stream().filter(a -> a.id() == id).findFirst().orElseThrow(() -> unknown(id));
    }

    private static Article article(Map<Integer, Article> byId, int id) {
        Article article = byId.get(id);
        if (article == null) {
            throw unknown(id);
        }
        return article;
    }

    private static IllegalStateException unknown(int id) {
        return new IllegalStateException("The analysis named article " + id + ", which the set lacks");
    }

    static Span span(Article article, ArticleSpan span) {
        return new Span(article.fileName(), article.id(), span.start(), span.end(), span.text());
    }

    private static String id(String kind, Article a, ArticleSpan spanA, Article b, ArticleSpan spanB) {
        return hash(kind + "|" + a.contentHash().hex() + ":" + spanA.start() + "-" + spanA.end() + "|"
                + b.contentHash().hex() + ":" + spanB.start() + "-" + spanB.end());
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, ID_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
