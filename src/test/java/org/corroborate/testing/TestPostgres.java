package org.corroborate.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * One real PostgreSQL server for the whole test run, started on first use and stopped when the JVM
 * ends: starting one takes seconds, so no test class starts its own.
 */
public final class TestPostgres {
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = start(false);
        }
        return server;
    }

    /**
     * Starts a server of its own. The tests' server need not wait for the disk, as they kill clients,
     * never the server; a benchmark's does, as a real server would.
     */
    public static EmbeddedPostgres start(boolean durable) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "100");
            if (!durable) {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            if (UnprivilegedPostgresBinaries.needed()) {
                builder.setPgBinaryResolver(new UnprivilegedPostgresBinaries());
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The test PostgreSQL server did not start", e);
        }
    }

    public static int port() {
        return server().getPort();
    }

    /** A project name no other test uses. */
    public static String freshProjectName() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
