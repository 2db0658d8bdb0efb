package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.testing.ChildJvm;
import org.corroborate.testing.Fixtures;
import org.corroborate.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several clients writing one project on a server at once: every operation a client was told is
 * saved is there afterwards, and no edit of the shared claim was lost to another client's.
 */
class ConcurrentClientsTest {
    private static final int OPERATIONS = 500;

    /** Everything the clients were told is saved. */
    private static final class Acknowledged implements SharedProjectClient.Acknowledgements {
        final Set<ClaimId> claims = ConcurrentHashMap.newKeySet();
        final AtomicInteger increments = new AtomicInteger();

        @Override
        public void claimMarked(ClaimId id) {
            claims.add(id);
        }

        @Override
        public void counterIncremented() {
            increments.incrementAndGet();
        }
    }

    private static ServerProject newProject() {
        ServerProject project = Engine.serverProject(TestPostgres.freshProjectName());
        ProjectStore.create(project, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW).close();
        return project;
    }

    private static ClaimId addCounter(ServerProject project) {
        try (ProjectStore store = ProjectStore.open(project)) {
            return SharedProjectClient.addCounter(store);
        }
    }

    private static Annotations saved(ServerProject project) {
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            return store.loadAnnotations();
        }
    }

    @ParameterizedTest(name = "{0} clients")
    @ValueSource(ints = {2, 8})
    void clientsWritingAtOnceLoseNothing(int clients) throws Exception {
        ServerProject project = newProject();
        ClaimId counter = addCounter(project);
        Acknowledged acknowledged = new Acknowledged();
        AtomicInteger conflicts = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String name = "analyst" + c;
                runs.add(pool.submit(() -> {
                    try (ProjectStore store = ProjectStore.open(project)) {
                        SharedProjectClient client = new SharedProjectClient(store, name, counter);
                        client.run(OPERATIONS, acknowledged);
                        conflicts.addAndGet(client.conflicts());
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        Annotations saved = saved(project);
        assertThat(acknowledged.claims).hasSize(clients * OPERATIONS / 2);
        assertThat(saved.claims()).extracting(Claim::id).containsAll(acknowledged.claims)
                .hasSize(acknowledged.claims.size() + 1);
        assertThat(SharedProjectClient.counterValue(saved, counter))
                .as("every increment counted once, none overwritten by another client's")
                .isEqualTo(acknowledged.increments.get())
                .isEqualTo(clients * OPERATIONS / 2);
        assertThat(conflicts.get()).as("the clients did get in each other's way").isPositive();
    }

    private static void take(String line, Acknowledged acknowledged) {
        if (line.startsWith("CLAIM ")) {
            acknowledged.claimMarked(new ClaimId(UUID.fromString(line.substring("CLAIM ".length()))));
        } else if (line.equals("COUNT")) {
            acknowledged.counterIncremented();
        }
    }

    @Test
    void aClientKilledMidStreamLosesNothingItWasToldWasSaved() throws Exception {
        ServerProject project = newProject();
        ClaimId counter = addCounter(project);
        Acknowledged acknowledged = new Acknowledged();

        Process child = ChildJvm.start(SharedProjectClient.class, Integer.toString(TestPostgres.port()),
                project.project(), "doomed", counter.value().toString(), "100000");
        ExecutorService neighbour = Executors.newSingleThreadExecutor();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("READY");
            Future<?> alongside = neighbour.submit(() -> {
                try (ProjectStore store = ProjectStore.open(project)) {
                    new SharedProjectClient(store, "survivor", counter).run(OPERATIONS, acknowledged);
                }
                return null;
            });
            for (int childAcks = 0; childAcks < 300; childAcks++) {
                take(out.readLine(), acknowledged);
            }
            // SIGKILL through the handle: Process.destroyForcibly would also close the pipe still to be read.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // What it reported before dying, still in the pipe, was acknowledged too.
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                take(line, acknowledged);
            }
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            alongside.get(5, TimeUnit.MINUTES);
        } finally {
            neighbour.shutdownNow();
            child.destroyForcibly();
        }

        Annotations saved = saved(project);
        Set<ClaimId> savedIds = saved.claims().stream().map(Claim::id).collect(Collectors.toSet());
        assertThat(savedIds).containsAll(acknowledged.claims);
        // The kill may fall between a commit and its report: at most that one operation more is saved.
        assertThat(savedIds.size() - 1 - acknowledged.claims.size()).isBetween(0, 1);
        int count = SharedProjectClient.counterValue(saved, counter);
        assertThat(count - acknowledged.increments.get()).isBetween(0, 1);
    }
}
