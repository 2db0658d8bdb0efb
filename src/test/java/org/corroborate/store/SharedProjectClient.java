package org.corroborate.store;

import java.io.PrintStream;
import java.time.Instant;
import java.util.function.Consumer;
import org.corroborate.model.Anchor;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Change;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.Operation;
import org.corroborate.model.Operations;

/**
 * One analyst's client on a shared server project, for the concurrency tests: it alternates
 * marking a new claim of its own with adding one to a counter kept in the note of a claim every
 * client edits. A refused edit is made again on the value the refusal reports, as an analyst taking
 * the other's save and re-applying their own would. Each operation is reported once committed.
 *
 * <p>Run as a main in a child JVM, it reports on standard output, for the test that kills it.
 */
final class SharedProjectClient {
    /** What a client has been told is saved. */
    interface Acknowledgements {
        void claimMarked(ClaimId id);

        void counterIncremented();
    }

    private final ProjectStore store;
    private final String name;
    private final Article article;
    private Claim counter;
    private int conflicts;

    SharedProjectClient(ProjectStore store, String name, ClaimId counterId) {
        this.store = store;
        this.name = name;
        Annotations state = store.loadAnnotations();
        this.counter = state.claim(counterId).orElseThrow();
        this.article = store.articles().get(0);
    }

    /** The claim whose note counts the increments; its note starts at 0. */
    static ClaimId addCounter(ProjectStore store) {
        Article article = store.articles().get(0);
        Claim counter = Claim.mark(article.id(), Anchor.capture(article.text(), 0, 3), "setup", Instant.EPOCH)
                .withNote("0", Instant.EPOCH);
        store.commit(Operations.markClaim(counter));
        return counter.id();
    }

    static int counterValue(Annotations state, ClaimId counterId) {
        return Integer.parseInt(state.claim(counterId).orElseThrow().note());
    }

    void run(int operations, Acknowledgements acks) {
        for (int i = 0; i < operations; i++) {
            if (i % 2 == 0) {
                int start = i % (article.text().length() - 10);
                Claim claim = Claim.mark(article.id(), Anchor.capture(article.text(), start, start + 5), name,
                        Instant.now());
                store.commit(Operations.markClaim(claim));
                acks.claimMarked(claim.id());
            } else {
                increment();
                acks.counterIncremented();
            }
        }
    }

    private void increment() {
        while (true) {
            Claim after = counter.withNote(Integer.toString(Integer.parseInt(counter.note()) + 1), Instant.now());
            try {
                store.commit(Operation.of("Count", Change.edited(counter, after)));
                counter = after;
                return;
            } catch (StaleEditException e) {
                conflicts++;
                counter = (Claim) e.current().orElseThrow();
            }
        }
    }

    int conflicts() {
        return conflicts;
    }

    /** Arguments: port, project, client name, counter claim id, operations. */
    public static void main(String[] args) {
        ServerProject project = Engine.serverProjectOn(Integer.parseInt(args[0]), args[1]);
        PrintStream out = System.out;
        Consumer<String> report = line -> {
            out.println(line);
            out.flush();
        };
        try (ProjectStore store = ProjectStore.open(project)) {
            SharedProjectClient client = new SharedProjectClient(store, args[2], ClaimId.parse(args[3]));
            report.accept("READY");
            client.run(Integer.parseInt(args[4]), new Acknowledgements() {
                @Override
                public void claimMarked(ClaimId id) {
                    report.accept("CLAIM " + id.value());
                }

                @Override
                public void counterIncremented() {
                    report.accept("COUNT");
                }
            });
        }
        report.accept("DONE");
    }
}
