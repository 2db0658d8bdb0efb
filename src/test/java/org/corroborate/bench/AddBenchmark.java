package org.corroborate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.service.ProjectLocation;
import org.corroborate.service.ArticleDetails;
import org.corroborate.service.ProjectService;

/**
 * Adding many plain-text articles to an open project, as {@code add PROJECT FOLDER} does: the 741
 * articles of the ECB+ development corpus, written as .txt files, added to a project of the sample set.
 * Run by hand (docs/benchmarks.md):
 *
 * <pre>java -cp "$CP" org.corroborate.bench.AddBenchmark [corpus folder]</pre>
 */
public final class AddBenchmark {
    public static void main(String[] args) throws Exception {
        Path corpusFolder = args.length > 0 ? Path.of(args[0]) : MatchingBenchmark.DEFAULT_CORPUS;
        EcbCorpus corpus = new EcbCorpus(corpusFolder);
        Path dir = Files.createTempDirectory("corroborate-add-bench");
        Path texts = Files.createDirectories(dir.resolve("texts"));
        for (EcbCorpus.Doc doc : corpus.docs.values()) {
            Files.writeString(texts.resolve(doc.id().replaceAll("[^A-Za-z0-9_.-]", "_") + ".txt"), doc.text());
        }
        ProjectService service = new ProjectService(dir, new ArticleSetReader(), Clock.systemUTC(), "bench");
        ProjectLocation.File project = new ProjectLocation.File(dir.resolve("bench.mv.db"));
        service.createProject(project, Path.of("samples")).workspace().close();
        long start = System.nanoTime();
        ProjectService.Added added = service.addArticles(project, List.of(texts), ArticleDetails.NONE, false);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("files %d  added %d  refused %d  time %.2f s%n", corpus.docs.size(), added.added().size(),
                added.refused().size(), seconds);
        added.refused().stream().limit(5).forEach(System.out::println);
    }
}
