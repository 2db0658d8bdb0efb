package org.corroborate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.Change;
import org.corroborate.model.Claim;
import org.corroborate.model.Operation;
import org.corroborate.model.Operations;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import org.corroborate.service.ProjectLocation;

/**
 * The time to commit one claim to a project, as the analyst waits for it: {@link Workspace#apply}
 * from call to return, which checks the operation, commits it to H2 and publishes the new state;
 * beside it, in the same run and alternating with it, the floor: one row like a claim's inserted
 * into a table with the claim table's columns in a bare H2 database with the project's settings,
 * and committed; once into a bare table, once into one with the claim table's foreign key and index. Both are measured with the project (and the table) holding 100 and then 10,000 claims;
 * after each measured commit the claim (and the row) is deleted again, unmeasured, so the count
 * stays put. Prints median, 99th percentile and worst, and the ratio of the medians.
 */
public final class CommitBenchmark {
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 500);
    private static final int MEASURED = Integer.getInteger("bench.commits", 2000);
    private static final int[] SIZES = {100, 10_000};
    private static final String COLUMNS = "(id UUID PRIMARY KEY, article_id INT NOT NULL%s,"
            + " start_offset INT NOT NULL, end_offset INT NOT NULL, quote_exact CLOB NOT NULL, quote_prefix VARCHAR NOT NULL,"
            + " quote_suffix VARCHAR NOT NULL, claimant VARCHAR NOT NULL, status VARCHAR(40) NOT NULL, note CLOB NOT NULL,"
            + " author VARCHAR NOT NULL, created TIMESTAMP(9) WITH TIME ZONE NOT NULL,"
            + " modified TIMESTAMP(9) WITH TIME ZONE NOT NULL, orphaned BOOLEAN NOT NULL)";

    /**
     * The floors: a bare table with the claim table's columns, and one that also has its foreign key
     * to the articles and its index by article and position, which H2 must keep up for any claim.
     */
    private enum Floor {
        BARE("raw insert + commit, bare", "claim_bare", ""),
        SHAPED("raw insert + commit, index+FK", "claim_shaped", " REFERENCES article_like (id)");

        final String label;
        final String table;
        final String reference;

        Floor(String label, String table, String reference) {
            this.label = label;
            this.table = table;
            this.reference = reference;
        }

        void create(Statement statement) throws SQLException {
            statement.execute("CREATE TABLE " + table + COLUMNS.formatted(reference));
            if (!reference.isEmpty()) {
                statement.execute("CREATE INDEX " + table + "_by_article ON " + table + " (article_id, start_offset)");
            }
        }

        String insert() {
            return "INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("corroborate-commit-bench");
        ProjectService service = new ProjectService(dir, new ArticleSetReader(), Clock.systemUTC(), "bench");
        System.out.printf("load before: %s%n", ScaleBenchmark.load());
        try (Workspace workspace = service.createProject(new ProjectLocation.File(dir.resolve("bench")), Path.of("samples"))
                .workspace();
             Connection raw = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("raw")
                     + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0", "", "")) {
            raw.setAutoCommit(false);
            try (Statement statement = raw.createStatement()) {
                statement.execute("CREATE TABLE article_like (id INT PRIMARY KEY)");
                for (Article article : workspace.articles()) {
                    statement.execute("INSERT INTO article_like VALUES (" + article.id() + ")");
                }
                for (Floor floor : Floor.values()) {
                    floor.create(statement);
                }
            }
            raw.commit();
            Claims claims = new Claims(workspace.articles(), workspace);
            System.out.printf("%-32s %10s %10s %10s%n", "", "median ms", "p99 ms", "max ms");
            for (int size : SIZES) {
                fill(workspace, raw, claims, size);
                long[] commit = new long[MEASURED];
                long[][] floors = new long[Floor.values().length][MEASURED];
                for (int i = 0; i < WARM_UP + MEASURED; i++) {
                    Claim claim = claims.next();
                    long[] floorNanos = new long[Floor.values().length];
                    for (Floor floor : Floor.values()) {
                        floorNanos[floor.ordinal()] = timeRawInsert(raw, floor, claim);
                    }
                    long before = System.nanoTime();
                    workspace.apply(Operations.markClaim(claim));
                    long commitNanos = System.nanoTime() - before;
                    workspace.apply(state -> Operations.deleteClaim(state, claim.id(), workspace.now()));
                    deleteRaw(raw, claim);
                    if (i >= WARM_UP) {
                        commit[i - WARM_UP] = commitNanos;
                        for (Floor floor : Floor.values()) {
                            floors[floor.ordinal()][i - WARM_UP] = floorNanos[floor.ordinal()];
                        }
                    }
                }
                System.out.printf("at %,d claims (%d commits after %d warm-up):%n", workspace.annotations().claimCount(),
                        MEASURED, WARM_UP);
                double commitMedian = print("  Workspace.apply, one claim", commit);
                for (Floor floor : Floor.values()) {
                    double floorMedian = print("  " + floor.label, floors[floor.ordinal()]);
                    System.out.printf("    Workspace.apply / this, ratio of medians %.2f%n", commitMedian / floorMedian);
                }
            }
        }
        System.out.printf("load after: %s%n", ScaleBenchmark.load());
    }

    /** Claims of twenty characters at spread-out places of the sample articles. */
    private static final class Claims {
        private final List<Article> articles;
        private final Workspace workspace;
        private int made;

        Claims(List<Article> articles, Workspace workspace) {
            this.articles = articles;
            this.workspace = workspace;
        }

        Claim next() {
            int i = made++;
            Article article = articles.get(i % articles.size());
            int start = (i * 31) % (article.text().length() - 30);
            return Claim.mark(article.id(), Anchor.capture(article.text(), start, start + 20), "bench", workspace.now());
        }
    }

    /** Brings the project and the raw table up to {@code size} claims, in one commit each. */
    private static void fill(Workspace workspace, Connection raw, Claims claims, int size) throws SQLException {
        List<Change> changes = new ArrayList<>();
        for (int n = workspace.annotations().claimCount(); n < size; n++) {
            Claim claim = claims.next();
            changes.add(new Change.OfClaim(Optional.empty(), Optional.of(claim)));
            for (Floor floor : Floor.values()) {
                try (PreparedStatement insert = raw.prepareStatement(floor.insert())) {
                    bind(insert, claim);
                    insert.executeUpdate();
                }
            }
        }
        raw.commit();
        if (!changes.isEmpty()) {
            workspace.apply(new Operation("Fill", changes));
        }
    }

    // Prepared each time, as the project's repositories prepare theirs; H2 caches the parse.
    private static long timeRawInsert(Connection raw, Floor floor, Claim claim) throws SQLException {
        long before = System.nanoTime();
        try (PreparedStatement insert = raw.prepareStatement(floor.insert())) {
            bind(insert, claim);
            insert.executeUpdate();
        }
        raw.commit();
        return System.nanoTime() - before;
    }

    private static void deleteRaw(Connection raw, Claim claim) throws SQLException {
        for (Floor floor : Floor.values()) {
            try (PreparedStatement delete = raw.prepareStatement("DELETE FROM " + floor.table + " WHERE id = ?")) {
                delete.setObject(1, claim.id().value());
                delete.executeUpdate();
            }
        }
        raw.commit();
    }

    private static void bind(PreparedStatement insert, Claim claim) throws SQLException {
        Object[] values = {claim.id().value(), claim.articleId(), claim.anchor().start(), claim.anchor().end(),
                claim.quote(), claim.anchor().quote().prefix(), claim.anchor().quote().suffix(), claim.claimant(),
                claim.status().name(), claim.note(), claim.author(), utc(claim.created()), utc(claim.modified()),
                claim.orphaned()};
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
    }

    private static Object utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static double print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        System.out.printf("%-32s %10.3f %10.3f %10.3f%n", what, median, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
        return median;
    }
}
