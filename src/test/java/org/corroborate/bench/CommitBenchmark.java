package org.corroborate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Operations;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import org.corroborate.service.ProjectLocation;

/**
 * The time to commit one claim to a project, as the analyst waits for it: {@link Workspace#apply}
 * from call to return, which includes the H2 commit. Prints the median, 99th percentile and worst.
 */
public final class CommitBenchmark {
    private static final int WARM_UP = 500;
    private static final int MEASURED = 3000;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("corroborate-commit-bench");
        ProjectService service = new ProjectService(dir, new ArticleSetReader(), Clock.systemUTC(), "bench");
        try (Workspace workspace = service.createProject(new ProjectLocation.File(dir.resolve("bench")), Path.of("samples"))
                .workspace()) {
            List<Article> articles = workspace.articles();
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                Article article = articles.get(i % articles.size());
                int start = (i * 31) % (article.text().length() - 30);
                Claim claim = Claim.mark(article.id(), Anchor.capture(article.text(), start, start + 20), "bench",
                        workspace.now());
                long before = System.nanoTime();
                workspace.apply(Operations.markClaim(claim));
                long took = System.nanoTime() - before;
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = took;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("commits %d (after %d warm-up), project then holds %d claims%n", MEASURED, WARM_UP,
                    workspace.annotations().claimCount());
            System.out.printf("median-ms %.3f%n", nanos[MEASURED / 2] / 1e6);
            System.out.printf("p99-ms %.3f%n", nanos[(int) (MEASURED * 0.99)] / 1e6);
            System.out.printf("max-ms %.3f%n", nanos[MEASURED - 1] / 1e6);
        }
    }
}
