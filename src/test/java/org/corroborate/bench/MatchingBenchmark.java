package org.corroborate.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.Match;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Article;
import org.corroborate.model.ContentHash;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Suggestions;
import org.corroborate.service.Workspace;
import org.corroborate.service.ProjectLocation;

/**
 * The cross-source matching benchmark of issue 8 on the ECB+ development corpus: one project per
 * topic holding the topic's articles as text only (no ids, URLs or sub-topics), the same analysis
 * that {@code suggest} runs, and precision, recall and F1 of the predicted sentence pairs against the
 * gold pairs, beside a TF-IDF cosine sentence baseline; then the time on the sample set and the speed
 * curve from 200 to 741 articles. Run by hand (docs/benchmarks.md):
 *
 * <pre>java -cp "$CP" org.corroborate.bench.MatchingBenchmark [corpus folder] [quality|speed|all]</pre>
 *
 * With {@code -Dbench.direct=true} the topics are analysed without making projects, and
 * {@code -Dbench.tuning=a,b,c,...} overrides {@link Analysis.Tuning} (for measuring, never for suggest).
 */
public final class MatchingBenchmark {
    static final Path DEFAULT_CORPUS = Path.of("..", "shared", "corpora", "ecbplus-dev");
    private static final int[] CURVE = {200, 300, 450, 600, 741};
    // The score cut-offs at which the kept matches are scored, to choose what plain suggest shows by default.
    private static final double[] THRESHOLDS = {0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6};

    public static void main(String[] args) throws Exception {
        Path corpusFolder = args.length > 0 ? Path.of(args[0]) : DEFAULT_CORPUS;
        String what = args.length > 1 ? args[1] : "all";
        EcbCorpus corpus = new EcbCorpus(corpusFolder);
        Path dir = Files.createTempDirectory("corroborate-matching-bench");
        ProjectService service = new ProjectService(dir, new ArticleSetReader(), Clock.systemUTC(), "bench");
        if (what.equals("quality") || what.equals("all")) {
            quality(corpus, service, dir);
        }
        if (what.equals("speed") || what.equals("all")) {
            samples(service, dir);
            speed(corpus, service, dir);
        }
    }

    private static void quality(EcbCorpus corpus, ProjectService service, Path dir) throws Exception {
        boolean direct = Boolean.getBoolean("bench.direct");
        Analysis.Tuning tuning = tuning();
        Set<EcbCorpus.Pair> predicted = new HashSet<>();
        List<Set<EcbCorpus.Pair>> predictedAtThreshold = new ArrayList<>();
        for (int t = 0; t < THRESHOLDS.length; t++) {
            predictedAtThreshold.add(new HashSet<>());
        }
        Set<EcbCorpus.Pair> allPairsInEvents = new HashSet<>();
        long analysisNanos = 0;
        System.out.println("topic  articles  events  gold  found  predicted  recall  precision");
        for (Map.Entry<String, List<EcbCorpus.Doc>> topic : corpus.byTopic().entrySet()) {
            List<EcbCorpus.Doc> docs = shuffled(topic.getValue());
            Map<String, EcbCorpus.Doc> docByFile = new HashMap<>();
            List<Article> articles;
            List<Pairing> pairings = new ArrayList<>();
            Workspace workspace = null;
            if (direct) {
                articles = new ArrayList<>();
                for (int i = 0; i < docs.size(); i++) {
                    String file = fileName(i);
                    docByFile.put(file, docs.get(i));
                    articles.add(new Article(i + 1, file, Optional.empty(), file, true, Optional.empty(),
                            Optional.empty(), docs.get(i).text(), ContentHash.of(docs.get(i).text())));
                }
            } else {
                Path folder = dir.resolve("topic-" + topic.getKey());
                Files.createDirectories(folder);
                for (int i = 0; i < docs.size(); i++) {
                    docByFile.put(fileName(i), docs.get(i));
                    Files.writeString(folder.resolve(fileName(i)), docs.get(i).text());
                }
                workspace = service.createProject(new ProjectLocation.File(dir.resolve("topic-" + topic.getKey())), folder)
                        .workspace();
                articles = workspace.articles();
            }
            Map<Integer, EcbCorpus.Doc> docOf = new HashMap<>();
            for (Article article : articles) {
                EcbCorpus.Doc doc = docByFile.get(article.fileName());
                if (!doc.text().equals(article.text())) {
                    throw new IllegalStateException("The stored text of " + doc.id() + " differs from the corpus's");
                }
                docOf.put(article.id(), doc);
            }
            long before = System.nanoTime();
            Map<Integer, Integer> events;
            if (direct) {
                Analysis.Result result = Analysis.of(articles, tuning);
                result.matches().forEach(m -> pairings.add(Pairing.of(m)));
                events = result.eventOfArticle();
            } else {
                Suggestions.of(workspace).matches().forEach(m -> pairings.add(new Pairing(m.a().article(),
                        m.a().start(), m.a().end(), m.b().article(), m.b().start(), m.b().end(), m.score())));
                events = Analysis.of(articles).eventOfArticle();
                workspace.close();
            }
            analysisNanos += System.nanoTime() - before;
            Set<EcbCorpus.Pair> ofTopic = new HashSet<>();
            for (Pairing p : pairings) {
                for (EcbCorpus.Sentence a : corpus.annotatedOverlapping(docOf.get(p.articleA), p.startA, p.endA)) {
                    for (EcbCorpus.Sentence b : corpus.annotatedOverlapping(docOf.get(p.articleB), p.startB, p.endB)) {
                        EcbCorpus.Pair pair = EcbCorpus.Pair.of(a, b);
                        ofTopic.add(pair);
                        for (int t = 0; t < THRESHOLDS.length; t++) {
                            if (p.score >= THRESHOLDS[t]) {
                                predictedAtThreshold.get(t).add(pair);
                            }
                        }
                    }
                }
            }
            predicted.addAll(ofTopic);
            allPairsInEvents.addAll(allPairsInEvents(corpus, docOf, events));
            Set<String> ids = new HashSet<>();
            docs.forEach(d -> ids.add(d.id()));
            long gold = corpus.gold.stream().filter(p -> ids.contains(p.a().doc())).count();
            long found = ofTopic.stream().filter(corpus.gold::contains).count();
            System.out.printf("%5s  %8d  %6d  %4d  %5d  %9d  %6.2f  %9.2f%n", topic.getKey(), docs.size(),
                    new HashSet<>(events.values()).size(), gold, found, ofTopic.size(),
                    gold == 0 ? 1.0 : (double) found / gold, ofTopic.isEmpty() ? 1.0 : (double) found / ofTopic.size());
        }
        Score engine = Score.of(predicted, corpus.gold);
        System.out.printf("%nengine    P=%.3f R=%.3f F1=%.3f  (analysis %.1f s over 32 topics)%n", engine.precision,
                engine.recall, engine.f1, analysisNanos / 1e9);
        System.out.println("\nmin score  pairs   P      R      F1     (the matches kept at or above the score)");
        for (int t = 0; t < THRESHOLDS.length; t++) {
            Score kept = Score.of(predictedAtThreshold.get(t), corpus.gold);
            System.out.printf("%9.2f  %5d  %.3f  %.3f  %.3f%n", THRESHOLDS[t], predictedAtThreshold.get(t).size(),
                    kept.precision, kept.recall, kept.f1);
        }
        Score events = Score.of(allPairsInEvents, corpus.gold);
        System.out.printf("events    P=%.3f R=%.3f F1=%.3f  (every annotated pair inside one judged event)%n",
                events.precision, events.recall, events.f1);
        TfIdfBaseline.best(corpus).print();
    }

    // How well the events alone are told apart: the score of predicting every annotated pair inside one event.
    private static Set<EcbCorpus.Pair> allPairsInEvents(EcbCorpus corpus, Map<Integer, EcbCorpus.Doc> docOf,
            Map<Integer, Integer> events) {
        Set<EcbCorpus.Pair> pairs = new HashSet<>();
        for (Map.Entry<Integer, EcbCorpus.Doc> a : docOf.entrySet()) {
            for (Map.Entry<Integer, EcbCorpus.Doc> b : docOf.entrySet()) {
                if (a.getKey() < b.getKey() && events.get(a.getKey()).equals(events.get(b.getKey()))) {
                    for (EcbCorpus.Sentence x : corpus.annotatedOverlapping(a.getValue(), 0, Integer.MAX_VALUE)) {
                        for (EcbCorpus.Sentence y : corpus.annotatedOverlapping(b.getValue(), 0, Integer.MAX_VALUE)) {
                            pairs.add(EcbCorpus.Pair.of(x, y));
                        }
                    }
                }
            }
        }
        return pairs;
    }

    private static Analysis.Tuning tuning() {
        String override = System.getProperty("bench.tuning");
        if (override == null) {
            return Analysis.Tuning.DEFAULT;
        }
        String[] v = override.split(",");
        return new Analysis.Tuning(Double.parseDouble(v[0]), Integer.parseInt(v[1]), Double.parseDouble(v[2]),
                Double.parseDouble(v[3]), Double.parseDouble(v[4]), Double.parseDouble(v[5]), Integer.parseInt(v[6]),
                Integer.parseInt(v[7]), Double.parseDouble(v[8]), Double.parseDouble(v[9]), Double.parseDouble(v[10]),
                Integer.parseInt(v[11]));
    }

    /**
     * The sample set: the first analysis in a fresh JVM, then the best of ten on new projects (the
     * analysis run again, warm), then the best of ten asking again on one project (its kept result read).
     */
    private static void samples(ProjectService service, Path dir) {
        long cold = 0;
        long warm = Long.MAX_VALUE;
        int matches = 0;
        for (int run = 0; run <= 10; run++) {
            try (Workspace workspace = service.createProject(new ProjectLocation.File(dir.resolve("samples-" + run)),
                    Path.of("samples")).workspace()) {
                long before = System.nanoTime();
                matches = Suggestions.of(workspace).matches().size();
                long took = System.nanoTime() - before;
                if (run == 0) {
                    cold = took;
                } else {
                    warm = Math.min(warm, took);
                }
            }
        }
        long kept = Long.MAX_VALUE;
        try (Workspace workspace = service.openProject(new ProjectLocation.File(dir.resolve("samples-0")))) {
            for (int i = 0; i < 10; i++) {
                long before = System.nanoTime();
                Suggestions.of(workspace);
                kept = Math.min(kept, System.nanoTime() - before);
            }
        }
        System.out.printf("%nsamples: %d matches; first run %.0f ms, warm %.0f ms, kept result read %.0f ms%n", matches,
                cold / 1e6, warm / 1e6, kept / 1e6);
    }

    private static void speed(EcbCorpus corpus, ProjectService service, Path dir) throws IOException {
        List<EcbCorpus.Doc> all = shuffled(new ArrayList<>(corpus.docs.values()));
        System.out.println("\narticles  seconds  matches  kept (read)");
        double[] seconds = new double[CURVE.length];
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        for (int c = 0; c < CURVE.length; c++) {
            int n = CURVE[c];
            Path folder = dir.resolve("speed-" + n);
            Files.createDirectories(folder);
            for (int i = 0; i < n; i++) {
                Files.writeString(folder.resolve(fileName(i)), all.get(i).text());
            }
            // The first project warms the JIT on these texts; the second is timed, analysed and its result kept.
            try (Workspace warmUp = service.createProject(new ProjectLocation.File(dir.resolve("speed-" + n)), folder)
                    .workspace();
                 Workspace workspace = service.createProject(new ProjectLocation.File(dir.resolve("speed-" + n + "-b")),
                         folder).workspace()) {
                Suggestions.of(warmUp);
                long before = System.nanoTime();
                int matches = Suggestions.of(workspace).matches().size();
                seconds[c] = (System.nanoTime() - before) / 1e9;
                before = System.nanoTime();
                Suggestions.of(workspace);
                double kept = (System.nanoTime() - before) / 1e9;
                System.out.printf("%8d  %7.2f  %7d  %11.2f%n", n, seconds[c], matches, kept);
            } catch (Exception e) {
                throw new IllegalStateException("The speed set of " + n + " articles could not be analysed", e);
            }
        }
        double exponent = Math.log(seconds[CURVE.length - 1] / seconds[0])
                / Math.log((double) CURVE[CURVE.length - 1] / CURVE[0]);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("growth exponent %d to %d articles: %.2f; peak heap %d MB%n", CURVE[0],
                CURVE[CURVE.length - 1], exponent, peak / (1024 * 1024));
    }

    // The files are named by position in a fixed shuffle, so neither names nor order give the sub-topic away.
    static List<EcbCorpus.Doc> shuffled(List<EcbCorpus.Doc> docs) {
        List<EcbCorpus.Doc> copy = new ArrayList<>(docs);
        copy.sort(Comparator.comparingInt(d -> ContentHash.of(d.id()).hex().hashCode()));
        return copy;
    }

    private static String fileName(int index) {
        return String.format("%03d.txt", index);
    }

    private record Pairing(int articleA, int startA, int endA, int articleB, int startB, int endB, double score) {
        static Pairing of(Match m) {
            return new Pairing(m.a().articleId(), m.a().start(), m.a().end(), m.b().articleId(), m.b().start(),
                    m.b().end(), m.score());
        }
    }

    record Score(double precision, double recall, double f1) {
        static Score of(Set<EcbCorpus.Pair> predicted, Set<EcbCorpus.Pair> gold) {
            long hits = predicted.stream().filter(gold::contains).count();
            double precision = predicted.isEmpty() ? 0 : (double) hits / predicted.size();
            double recall = gold.isEmpty() ? 0 : (double) hits / gold.size();
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new Score(precision, recall, f1);
        }
    }
}
