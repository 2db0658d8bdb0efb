package org.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.corroborate.ingest.ArticleFileReader;
import org.corroborate.ingest.ArticleFileReader.Outcome;

/**
 * Main-text extraction from saved web pages, scored on the article extraction benchmark
 * (scrapinghub/article-extraction-benchmark: 181 real pages with their gold {@code articleBody}) with
 * its own metric ({@link ShingleScore}), and timed. Each page goes through the same reader that
 * {@code add} uses. Run by hand (docs/benchmarks.md):
 *
 * <pre>java -cp "$CP" org.corroborate.bench.ExtractionBenchmark [corpus folder] [-v]</pre>
 *
 * With {@code -v} it lists the twenty worst pages, to see what the extractor gets wrong, and with
 * {@code --show=ID} prints what it reads from one page.
 */
public final class ExtractionBenchmark {
    static final Path DEFAULT_CORPUS = Path.of("..", "shared", "corpora", "article-extraction-benchmark");

    private record Scored(String id, ShingleScore.Page page) {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 && !args[0].startsWith("-") ? Path.of(args[0]) : DEFAULT_CORPUS;
        boolean verbose = List.of(args).contains("-v");
        ArticleFileReader reader = new ArticleFileReader();
        for (String arg : args) {
            if (arg.startsWith("--show=")) {
                // One page's extracted text, to compare with its gold text by eye.
                System.out.println(reader.read(corpus.resolve("html").resolve(arg.substring(7) + ".html.gz")));
                return;
            }
        }
        JsonNode gold = new ObjectMapper().readTree(corpus.resolve("ground-truth.json").toFile());
        List<Map.Entry<String, JsonNode>> pages = new ArrayList<>();
        gold.fields().forEachRemaining(pages::add);
        // One untimed pass first, so the timing is of the extraction, not of loading classes.
        runAll(corpus, pages, reader);
        long start = System.nanoTime();
        List<Scored> scored = runAll(corpus, pages, reader);
        double seconds = (System.nanoTime() - start) / 1e9;
        ShingleScore.Totals totals = ShingleScore.totals(scored.stream().map(Scored::page).toList());
        System.out.printf("pages %d  precision %.3f  recall %.3f  F1 %.3f  time %.1f s (%.0f ms a page)%n",
                scored.size(), totals.precision(), totals.recall(), totals.f1(), seconds, seconds * 1000 / scored.size());
        if (verbose) {
            scored.stream().sorted(Comparator.comparingDouble(s -> s.page().tp())).limit(20)
                    .forEach(s -> System.out.printf("%s  P %.2f  R %.2f%n", s.id(), s.page().precision(),
                            s.page().recall()));
        }
    }

    private static List<Scored> runAll(Path corpus, List<Map.Entry<String, JsonNode>> pages,
                                       ArticleFileReader reader) throws IOException {
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, JsonNode> page : pages) {
            Path file = corpus.resolve("html").resolve(page.getKey() + ".html.gz");
            Outcome outcome = reader.read(file);
            String extracted = outcome instanceof Outcome.Read read ? read.draft().text() : "";
            scored.add(new Scored(page.getKey(), ShingleScore.page(page.getValue().path("articleBody").asText(""),
                    extracted)));
        }
        return scored;
    }

}
