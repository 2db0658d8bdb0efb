package org.corroborate.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.corroborate.export.ExportFixture;
import org.corroborate.model.Article;
import org.corroborate.service.TextSearch;

/**
 * Is find quick on a large project? Repeats the development corpus's articles until there are
 * {@code bench.articles} of them (default 10,000), each repeat a distinct article, indexes them as
 * the window does when a project opens, then times each query {@code bench.runs} times (default 50)
 * after a warm-up, as a search from the find bar runs: the articles with hits and every hit's place.
 * Prints the time to build the index, and for each query its hit count and median, 95th percentile
 * and slowest time.
 *
 * <p>System properties: {@code bench.corpus} (default {@value CorpusProjects#DEFAULT_CORPUS}),
 * {@code bench.articles}, {@code bench.runs}.
 */
public final class FindBenchmark {
    private static final List<String> QUERIES = List.of("the", "police", "Il-76", "killed in", "2008",
            "Lindsay Lohan", "no such word here");

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.articles", 10_000);
        int runs = Integer.getInteger("bench.runs", 50);
        Path corpusFolder = Path.of(System.getProperty("bench.corpus", CorpusProjects.DEFAULT_CORPUS));
        List<EcbCorpus.Doc> docs = List.copyOf(new EcbCorpus(corpusFolder).docs.values());
        List<Article> articles = new ArrayList<>(count);
        long characters = 0;
        for (int i = 0; i < count; i++) {
            EcbCorpus.Doc doc = docs.get(i % docs.size());
            // A repeat differs from its original by a line, so no two articles are the same text.
            String text = doc.text() + "\n\nCopy " + (i / docs.size()) + ".";
            characters += text.length();
            articles.add(ExportFixture.article(i + 1, doc.id() + "-" + i + ".txt", Optional.of("Outlet " + (i % 50)),
                    doc.id(), false, Optional.empty(), Optional.empty(), text));
        }
        long started = System.nanoTime();
        try (TextSearch search = TextSearch.of(articles)) {
            long built = System.nanoTime() - started;
            System.out.printf("%,d articles, %,d characters (%d distinct texts); index built in %d ms%n", count,
                    characters, docs.size(), built / 1_000_000);
            for (String query : QUERIES) {
                for (int i = 0; i < 5; i++) {
                    search.find(query);
                }
                long[] times = new long[runs];
                TextSearch.Result result = null;
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    result = search.find(query);
                    times[i] = System.nanoTime() - t;
                }
                Arrays.sort(times);
                System.out.printf("%-20s %,7d hits in %,6d articles  median %6.1f ms  p95 %6.1f ms  max %6.1f ms%n",
                        "\"" + query + "\"", result.hitCount(), result.articles().size(), times[runs / 2] / 1e6,
                        times[(int) Math.ceil(runs * 0.95) - 1] / 1e6, times[runs - 1] / 1e6);
            }
        }
    }
}
