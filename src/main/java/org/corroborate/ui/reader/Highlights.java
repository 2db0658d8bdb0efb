package org.corroborate.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.TextSpan;
import org.corroborate.service.TextSearch;

/**
 * Turns an article's claims into runs of style classes for the text: where claims overlap, the run
 * carries the classes of all of them, and its colour comes from the innermost. Orphaned claims are
 * not drawn: their text is not where they say.
 */
public final class Highlights {
    /** What marks a claim out beyond its status colour. */
    public record Context(Predicate<ClaimId> inConflict, ClaimId selected, Set<ClaimId> linkedToSelected,
                          ClaimId linkTarget, Set<ClaimId> flashing) {
    }

    /** A stretch of text and the style classes it is drawn with; no classes means plain text. */
    public record Run(int length, List<String> classes) {
    }

    /** The style class of text the assistant points at. */
    public static final String SUGGESTED = "suggested";

    private static final Comparator<Claim> INNERMOST_FIRST =
            Comparator.comparingInt((Claim c) -> c.anchor().span().length()).thenComparing(c -> c.id().value());

    private Highlights() {
    }

    public static List<Run> compute(int textLength, List<Claim> claims, Context context) {
        return compute(textLength, claims, context, List.of());
    }

    /**
     * As {@link #compute(int, List, Context)}, with spans the assistant points at drawn over the
     * claims in a style of their own ({@value #SUGGESTED}), whether or not a claim lies there.
     */
    public static List<Run> compute(int textLength, List<Claim> claims, Context context, List<TextSpan> suggested) {
        List<Claim> drawn = claims.stream()
                .filter(c -> !c.orphaned() && c.anchor().end() <= textLength)
                .sorted(Comparator.comparingInt(c -> c.anchor().start()))
                .toList();
        List<TextSpan> marks = suggested.stream().filter(m -> m.end() <= textLength).toList();
        List<Integer> boundaries = new ArrayList<>();
        boundaries.add(0);
        boundaries.add(textLength);
        for (Claim claim : drawn) {
            boundaries.add(claim.anchor().start());
            boundaries.add(claim.anchor().end());
        }
        for (TextSpan mark : marks) {
            boundaries.add(mark.start());
            boundaries.add(mark.end());
        }
        List<Integer> cuts = boundaries.stream().distinct().sorted().toList();

        List<Run> runs = new ArrayList<>();
        List<Claim> active = new ArrayList<>();
        int next = 0;
        for (int i = 0; i + 1 < cuts.size(); i++) {
            int from = cuts.get(i);
            int to = cuts.get(i + 1);
            active.removeIf(c -> c.anchor().end() <= from);
            while (next < drawn.size() && drawn.get(next).anchor().start() <= from) {
                if (drawn.get(next).anchor().end() > from) {
                    active.add(drawn.get(next));
                }
                next++;
            }
            List<String> classes = classesFor(active, context);
            if (marks.stream().anyMatch(m -> m.start() <= from && to <= m.end())) {
                classes = new ArrayList<>(classes);
                classes.add(SUGGESTED);
                classes = List.copyOf(classes);
            }
            runs.add(new Run(to - from, classes));
        }
        return merge(runs);
    }

    /**
     * The runs with the find bar's hits drawn over them: a hit's text keeps its claims' classes and
     * gains {@code find-hit}. Hits are in text order and do not overlap, as a search gives them.
     */
    public static List<Run> withHits(List<Run> runs, List<TextSearch.Hit> hits) {
        if (hits.isEmpty()) {
            return runs;
        }
        List<Run> result = new ArrayList<>();
        int runStart = 0;
        int hit = 0;
        for (Run run : runs) {
            int runEnd = runStart + run.length();
            int at = runStart;
            while (at < runEnd) {
                while (hit < hits.size() && hits.get(hit).end() <= at) {
                    hit++;
                }
                boolean inside = hit < hits.size() && hits.get(hit).start() <= at;
                int to = inside ? Math.min(runEnd, hits.get(hit).end())
                        : hit < hits.size() ? Math.min(runEnd, hits.get(hit).start()) : runEnd;
                List<String> classes = run.classes();
                if (inside) {
                    classes = new ArrayList<>(classes);
                    classes.add("find-hit");
                    classes = List.copyOf(classes);
                }
                result.add(new Run(to - at, classes));
                at = to;
            }
            runStart = runEnd;
        }
        return merge(result);
    }

    /** The innermost claim covering the offset: the one a click there means. */
    public static Optional<Claim> innermostAt(List<Claim> claims, int offset) {
        return claims.stream()
                .filter(c -> !c.orphaned() && c.anchor().span().contains(offset))
                .min(INNERMOST_FIRST);
    }

    private static List<String> classesFor(List<Claim> covering, Context context) {
        if (covering.isEmpty()) {
            return List.of();
        }
        List<String> classes = new ArrayList<>();
        classes.add("claim");
        Claim innermost = covering.stream().min(INNERMOST_FIRST).orElseThrow();
        classes.add("status-" + innermost.status().code());
        if (covering.size() > 1) {
            classes.add("overlap");
        }
        addIf(classes, "conflict", covering, c -> context.inConflict().test(c.id()));
        addIf(classes, "selected", covering, c -> c.id().equals(context.selected()));
        addIf(classes, "linked", covering, c -> context.linkedToSelected().contains(c.id()));
        addIf(classes, "link-target", covering, c -> c.id().equals(context.linkTarget()));
        addIf(classes, "flash", covering, c -> context.flashing().contains(c.id()));
        return List.copyOf(classes);
    }

    private static void addIf(List<String> classes, String name, List<Claim> covering, Predicate<Claim> test) {
        if (covering.stream().anyMatch(test)) {
            classes.add(name);
        }
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> merged = new ArrayList<>();
        for (Run run : runs) {
            if (run.length() == 0) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).classes().equals(run.classes())) {
                merged.set(last, new Run(merged.get(last).length() + run.length(), run.classes()));
            } else {
                merged.add(run);
            }
        }
        return merged;
    }
}
