package org.corroborate.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.jsonld.ClaimPlacement;
import org.corroborate.jsonld.ImportResult;
import org.corroborate.jsonld.JsonLdImport;
import org.corroborate.jsonld.JsonLdImportException;
import org.corroborate.model.Annotations;
import org.corroborate.model.Change;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.Operation;

/**
 * Adds the claims, links and groups of a JSON-LD export to a project as one operation: one undo
 * step, one transaction. Importing the same file twice is harmless: what the project already holds
 * unchanged is passed over. An id the project holds with other content stops the whole import, since
 * either side could be the one the analyst wants.
 */
public final class AnnotationImport {
    private static final int LISTED_CLASHES = 5;

    private AnnotationImport() {
    }

    /**
     * What an import added, how much it found already there, and where each added claim landed.
     *
     * @param placements one per claim added, in the file's order
     */
    public record Outcome(int claimsAdded, int linksAdded, int groupsAdded, int alreadyPresent,
                          List<ClaimPlacement> placements) {
        public Outcome {
            placements = List.copyOf(placements);
        }

        public boolean addedNothing() {
            return claimsAdded + linksAdded + groupsAdded == 0;
        }

        /** The report of each added claim that did not land as given, one line each. */
        public List<String> notices() {
            return ClaimPlacement.notices(placements);
        }

        /** How the added claims were placed, "Claims: 2 placed as given, 1 moved."; empty when none was added. */
        public String placementSummary() {
            if (placements.isEmpty()) {
                return "";
            }
            Map<ClaimPlacement.Kind, Long> counts = placements.stream()
                    .collect(Collectors.groupingBy(ClaimPlacement::kind, () -> new EnumMap<>(ClaimPlacement.Kind.class),
                            Collectors.counting()));
            return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                    .collect(Collectors.joining(", ", "Claims: ", "."));
        }
    }

    /** Reads a JSON-LD export file against the workspace's articles and adds what is new. */
    public static Outcome into(Workspace workspace, Path file) throws IOException {
        ImportResult read;
        try {
            read = JsonLdImport.read(file, workspace.articles());
        } catch (JsonLdImportException e) {
            throw new ProjectException(ProjectException.Kind.BAD_INPUT, e.getMessage(), e);
        }
        // Planned under the workspace's lock, against the state the operation is applied to, so the
        // counts reported are those of what was added.
        AtomicReference<Plan> used = new AtomicReference<>();
        workspace.applyIfAny(current -> {
            used.set(plan(current, read.annotations()));
            return used.get().asOperation();
        });
        Plan plan = used.get();
        List<ClaimPlacement> added = read.placements().stream()
                .filter(p -> plan.addedClaims.contains(p.claim().id())).toList();
        return new Outcome(plan.addedClaims.size(), plan.links, plan.groups, plan.alreadyPresent, added);
    }

    /** The operation that adds the imported annotations not yet in {@code current}, if any are new. */
    public static Optional<Operation> operation(Annotations current, Annotations imported) {
        return plan(current, imported).asOperation();
    }

    private static Plan plan(Annotations current, Annotations imported) {
        Plan plan = new Plan();
        plan.addedClaims = plan.add(imported.claims(), c -> current.claim(c.id()), Change::created, c -> "claim " + c.id())
                .stream().map(Claim::id).collect(Collectors.toSet());
        plan.links = plan.add(imported.links(), l -> current.link(l.id()), Change::created, l -> "link " + l.id()).size();
        plan.groups = plan.add(imported.groups(), g -> current.group(g.id()), Change::created, g -> "group " + g.id()).size();
        if (!plan.clashes.isEmpty()) {
            throw new IllegalArgumentException("Nothing was imported: " + plan.clashes.size()
                    + " annotation(s) of the file already exist in the project with other content ("
                    + String.join(", ", plan.clashes.subList(0, Math.min(LISTED_CLASHES, plan.clashes.size())))
                    + (plan.clashes.size() > LISTED_CLASHES ? ", …" : "") + ").");
        }
        return plan;
    }

    private static final class Plan {
        final List<Change> changes = new ArrayList<>();
        final List<String> clashes = new ArrayList<>();
        Set<ClaimId> addedClaims = Set.of();
        int links;
        int groups;
        int alreadyPresent;

        /** Plans the entities not yet there and returns them. */
        <T> List<T> add(List<T> imported, Function<T, Optional<T>> existing, Function<T, Change> create,
                        Function<T, String> describe) {
            List<T> added = new ArrayList<>();
            for (T entity : imported) {
                Optional<T> there = existing.apply(entity);
                if (there.isEmpty()) {
                    changes.add(create.apply(entity));
                    added.add(entity);
                } else if (there.get().equals(entity)) {
                    alreadyPresent++;
                } else {
                    clashes.add(describe.apply(entity));
                }
            }
            return added;
        }

        Optional<Operation> asOperation() {
            return changes.isEmpty() ? Optional.empty() : Optional.of(new Operation("Import annotations", changes));
        }
    }
}
