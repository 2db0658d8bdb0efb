package org.corroborate.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.Change;
import org.corroborate.model.Claim;
import org.corroborate.model.Operation;
import org.corroborate.model.Operations;
import org.corroborate.service.ProjectLocation;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import org.corroborate.testing.TestPostgres;

/**
 * A project on a loopback PostgreSQL server beside the same project in an H2 file: the time to
 * commit one claim as the analyst waits for it ({@link Workspace#apply}), median and 99th
 * percentile; the time to open a 10,000-claim project and read its claims; and the claims eight
 * clients commit per second together, each on its own connection, which a file cannot offer at all.
 * The server is the embedded one the tests use, but durable (fsync on), as a real one is.
 */
public final class ServerBenchmark {
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    private static final int MEASURED = Integer.getInteger("bench.commits", 1000);
    private static final int BIG = 10_000;
    private static final int CLIENTS = 8;
    private static final int PER_CLIENT = Integer.getInteger("bench.perClient", 250);

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("corroborate-server-bench");
        ProjectService service = new ProjectService(dir, new ArticleSetReader(), Clock.systemUTC(), "bench");
        System.out.printf("load before: %s%n", ScaleBenchmark.load());
        try (EmbeddedPostgres server = TestPostgres.start(true)) {
            ProjectLocation file = new ProjectLocation.File(dir.resolve("bench"));
            ProjectLocation onServer = ProjectLocation.parse("jdbc:postgresql://localhost:" + server.getPort()
                    + "/postgres?user=postgres&project=bench&sslmode=disable");
            System.out.printf("%-40s %10s %10s%n", "commit one claim", "median ms", "p99 ms");
            for (ProjectLocation location : List.of(file, onServer)) {
                service.createProject(location, Path.of("samples")).workspace().close();
                long[] nanos = commitTimes(service, location);
                System.out.printf("%-40s %10.2f %10.2f%n", engine(location), ms(percentile(nanos, 50)),
                        ms(percentile(nanos, 99)));
            }
            System.out.printf("%n%-40s %10s%n", "open a 10,000-claim project + load", "median ms");
            for (ProjectLocation location : List.of(file, onServer)) {
                fill(service, location, BIG);
                long[] nanos = new long[5];
                for (int i = 0; i < nanos.length; i++) {
                    long before = System.nanoTime();
                    try (Workspace workspace = service.openProject(location, ProjectService.Access.READ_ONLY)) {
                        if (workspace.annotations().claimCount() < BIG) {
                            throw new IllegalStateException("the project lost claims");
                        }
                    }
                    nanos[i] = System.nanoTime() - before;
                }
                System.out.printf("%-40s %10.0f%n", engine(location), ms(percentile(nanos, 50)));
            }
            System.out.printf("%n%d clients, %d claims each, on the server: %.0f commits/s together%n", CLIENTS,
                    PER_CLIENT, throughput(service, onServer));
        }
        System.out.printf("load after: %s%n", ScaleBenchmark.load());
    }

    private static String engine(ProjectLocation location) {
        return location instanceof ProjectLocation.Server ? "PostgreSQL 14, loopback" : "H2 file";
    }

    private static long[] commitTimes(ProjectService service, ProjectLocation location) {
        long[] nanos = new long[MEASURED];
        try (Workspace workspace = service.openProject(location)) {
            Article article = workspace.articles().get(1);
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                Claim claim = claimIn(article, i, workspace);
                long before = System.nanoTime();
                workspace.apply(Operations.markClaim(claim));
                long took = System.nanoTime() - before;
                // Deleted again, unmeasured, so the project stays the same size.
                workspace.apply(state -> Operations.deleteClaim(state, claim.id(), workspace.now()));
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = took;
                }
            }
        }
        return nanos;
    }

    private static Claim claimIn(Article article, int i, Workspace workspace) {
        int start = (i * 7) % (article.text().length() - 40);
        return Claim.mark(article.id(), Anchor.capture(article.text(), start, start + 30), workspace.author(),
                workspace.now());
    }

    /** Adds claims in operations of a thousand, so filling takes seconds, not minutes. */
    private static void fill(ProjectService service, ProjectLocation location, int count) {
        try (Workspace workspace = service.openProject(location)) {
            Article article = workspace.articles().get(1);
            for (int done = workspace.annotations().claimCount(); done < count; ) {
                List<Change> changes = new ArrayList<>();
                for (int i = 0; i < 1000 && done < count; i++, done++) {
                    changes.add(Change.created(claimIn(article, done, workspace)));
                }
                workspace.apply(new Operation("Fill", changes));
            }
        }
    }

    private static double throughput(ProjectService service, ProjectLocation location) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Workspace> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(service.openProject(location));
            }
            long before = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (Workspace client : clients) {
                runs.add(pool.submit(() -> {
                    Article article = client.articles().get(2);
                    for (int i = 0; i < PER_CLIENT; i++) {
                        client.apply(Operations.markClaim(claimIn(article, i, client)));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            double seconds = (System.nanoTime() - before) / 1e9;
            clients.forEach(Workspace::close);
            return CLIENTS * PER_CLIENT / seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
