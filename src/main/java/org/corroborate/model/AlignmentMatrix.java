package org.corroborate.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.text.Figures;

/**
 * The story at a glance, as a verification desk draws it on a whiteboard: one row per claim group
 * (and, if asked, per set of linked claims in no group, or lone claim), one column per article, and
 * in each cell what that article says for that claim, with who says it. Cells that the analyst has
 * linked as contradicting another cell of the row say how they differ.
 *
 * <p>Columns are the articles that say something in some row, in the project's order, so an article
 * with no claims does not widen the table; an empty cell is an article that does not report the row.
 */
public record AlignmentMatrix(List<Article> columns, List<Row> rows) {
    private static final int QUOTE_LENGTH = 80;

    /** How two cells linked as contradicting differ. */
    public enum ConflictKind {
        FIGURES("figures differ"),
        CLAIMANT("claimants differ"),
        WORDING("contradicts");

        private final String label;

        ConflictKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How rows are ordered. */
    public enum Order {
        /** Rows with conflicts first, the most conflicting cells first, then as they appear. */
        CONFLICT("Conflicts first"),
        /** Rows that the most articles report first, then as they appear. */
        SOURCES("Most sources first"),
        /** In the order the articles first report them. */
        APPEARANCE("Order of appearance");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What to show: whether claims in no group get rows, whether only conflicting rows stay, and the order. */
    public record Options(boolean ungroupedClaims, boolean conflictsOnly, Order order) {
        public static final Options DEFAULT = new Options(false, false, Order.CONFLICT);

        public Options {
            Objects.requireNonNull(order, "order");
        }
    }

    /**
     * One claim as one article reports it.
     *
     * @param says      the figures of the quote ("more than 234"), or the quote, shortened, when it has none
     * @param conflicts how this claim differs from those of the row it is linked with as contradicting
     */
    public record Entry(ClaimId claim, int articleId, String says, String claimant, Set<ConflictKind> conflicts) {
        public Entry {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(says, "says");
            Objects.requireNonNull(claimant, "claimant");
            conflicts = conflicts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conflicts));
        }

        /** The cell's text: what is said, with its claimant when one is named. */
        public String text() {
            return claimant.isBlank() ? says : says + " — " + claimant;
        }

        /** How the cell differs from those it contradicts, in words, in a fixed order; empty when it does not. */
        public String conflictWords() {
            return conflicts.stream().sorted().map(ConflictKind::label).collect(Collectors.joining(", "));
        }
    }

    /**
     * One row: a group, or claims in no group that are linked together, or one lone claim.
     *
     * @param cells one list per column of the matrix, empty where that article does not report it
     */
    public record Row(Optional<GroupId> group, String title, Optional<Verdict> verdict, List<List<Entry>> cells) {
        public Row {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(verdict, "verdict");
            cells = cells.stream().map(List::copyOf).toList();
        }

        /** How many articles report it. */
        public int sources() {
            return (int) cells.stream().filter(c -> !c.isEmpty()).count();
        }

        public boolean inConflict() {
            return conflictingEntries() > 0;
        }

        public int conflictingEntries() {
            return (int) entries().stream().filter(e -> !e.conflicts().isEmpty()).count();
        }

        public List<Entry> entries() {
            return cells.stream().flatMap(List::stream).toList();
        }
    }

    public AlignmentMatrix {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The matrix of these articles' annotations; claims of articles not given are left out. */
    public static AlignmentMatrix of(List<Article> articles, Annotations annotations, Options options) {
        return new Builder(articles, annotations).build(options);
    }

    /** The column of an article, or a negative number when it has none. */
    public int columnOf(int articleId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id() == articleId) {
                return i;
            }
        }
        return -1;
    }

    /** Reading position of a claim: its article's place in the project, then where it starts. */
    private record Position(int article, int start) implements Comparable<Position> {
        private static final Comparator<Position> ORDER = Comparator.comparingInt(Position::article)
                .thenComparingInt(Position::start);

        @Override
        public int compareTo(Position other) {
            return ORDER.compare(this, other);
        }
    }

    /** A row before its columns are known. */
    private record Draft(Optional<ClaimGroup> group, List<Claim> claims, Position first) {
    }

    private static final class Builder {
        private final List<Article> articles;
        private final Map<Integer, Integer> articleOrder = new HashMap<>();
        private final Annotations annotations;

        Builder(List<Article> articles, Annotations annotations) {
            this.articles = articles.stream().sorted(Comparator.comparingInt(Article::id)).toList();
            for (int i = 0; i < this.articles.size(); i++) {
                articleOrder.put(this.articles.get(i).id(), i);
            }
            this.annotations = annotations;
        }

        AlignmentMatrix build(Options options) {
            List<Draft> drafts = new ArrayList<>();
            for (ClaimGroup group : annotations.groups()) {
                draft(Optional.of(group), group.members()).ifPresent(drafts::add);
            }
            if (options.ungroupedClaims()) {
                drafts.addAll(ungrouped());
            }
            Set<Integer> reporting = new HashSet<>();
            drafts.forEach(d -> d.claims().forEach(c -> reporting.add(c.articleId())));
            List<Article> columns = articles.stream().filter(a -> reporting.contains(a.id())).toList();
            Map<Integer, Integer> columnOf = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                columnOf.put(columns.get(i).id(), i);
            }
            Map<Row, Position> firstOf = new IdentityHashMap<>();
            List<Row> rows = new ArrayList<>();
            for (Draft draft : drafts) {
                Row row = row(draft, columns.size(), columnOf);
                if (!options.conflictsOnly() || row.inConflict()) {
                    rows.add(row);
                    firstOf.put(row, draft.first());
                }
            }
            Comparator<Row> byAppearance = Comparator.comparing(firstOf::get);
            rows.sort(switch (options.order()) {
                case CONFLICT -> Comparator.comparing(Row::inConflict).reversed()
                        .thenComparing(Comparator.comparingInt(Row::conflictingEntries).reversed())
                        .thenComparing(byAppearance);
                case SOURCES -> Comparator.comparingInt(Row::sources).reversed().thenComparing(byAppearance);
                case APPEARANCE -> byAppearance;
            });
            return new AlignmentMatrix(columns, rows);
        }

        private Optional<Draft> draft(Optional<ClaimGroup> group, List<ClaimId> members) {
            List<Claim> claims = members.stream()
                    .map(annotations::claim)
                    .flatMap(Optional::stream)
                    .filter(c -> articleOrder.containsKey(c.articleId()))
                    .sorted(Comparator.comparing(this::position))
                    .toList();
            return claims.isEmpty() ? Optional.empty()
                    : Optional.of(new Draft(group, claims, position(claims.get(0))));
        }

        /** Claims in no group: those linked together make one row, a lone claim its own. */
        private List<Draft> ungrouped() {
            List<Draft> drafts = new ArrayList<>();
            Set<ClaimId> placed = new HashSet<>();
            for (Claim claim : annotations.claims()) {
                if (placed.contains(claim.id()) || !annotations.groupsOf(claim.id()).isEmpty()) {
                    continue;
                }
                List<ClaimId> connected = annotations.connectedClaims(claim.id()).stream()
                        .filter(id -> annotations.groupsOf(id).isEmpty())
                        .toList();
                placed.addAll(connected);
                draft(Optional.empty(), connected).ifPresent(drafts::add);
            }
            return drafts;
        }

        private Position position(Claim claim) {
            return new Position(articleOrder.get(claim.articleId()), claim.anchor().start());
        }

        private Row row(Draft draft, int columnCount, Map<Integer, Integer> columnOf) {
            Map<ClaimId, Set<ConflictKind>> conflicts = conflicts(draft.claims());
            List<List<Entry>> cells = new ArrayList<>();
            for (int i = 0; i < columnCount; i++) {
                cells.add(new ArrayList<>());
            }
            for (Claim claim : draft.claims()) {
                cells.get(columnOf.get(claim.articleId())).add(new Entry(claim.id(), claim.articleId(), says(claim),
                        claim.claimant(), conflicts.getOrDefault(claim.id(), Set.of())));
            }
            String title = draft.group().map(ClaimGroup::statement).filter(s -> !s.isBlank())
                    .orElseGet(() -> TextAbbreviation.abbreviate(draft.claims().get(0).quote(), QUOTE_LENGTH));
            return new Row(draft.group().map(ClaimGroup::id), title, draft.group().flatMap(ClaimGroup::verdict), cells);
        }

        /** For each claim of the row linked as contradicting another of the row: how the two differ. */
        private Map<ClaimId, Set<ConflictKind>> conflicts(List<Claim> claims) {
            Map<ClaimId, Claim> inRow = new LinkedHashMap<>();
            claims.forEach(c -> inRow.put(c.id(), c));
            Map<ClaimId, Set<ConflictKind>> kinds = new HashMap<>();
            for (Claim claim : claims) {
                for (ClaimLink link : annotations.linksOf(claim.id())) {
                    Claim other = inRow.get(link.other(claim.id()));
                    if (link.type() == LinkType.CONTRADICTS && other != null) {
                        kinds.computeIfAbsent(claim.id(), id -> EnumSet.noneOf(ConflictKind.class))
                                .addAll(differences(claim, other));
                    }
                }
            }
            return kinds;
        }
    }

    /** How two contradicting claims differ; when neither figures nor claimants do, the wording does. */
    static Set<ConflictKind> differences(Claim a, Claim b) {
        Set<ConflictKind> kinds = EnumSet.noneOf(ConflictKind.class);
        if (Figures.differ(Figures.in(a.quote()), Figures.in(b.quote()))) {
            kinds.add(ConflictKind.FIGURES);
        }
        if (!a.claimant().isBlank() && !b.claimant().isBlank()
                && !a.claimant().toLowerCase(Locale.ROOT).equals(b.claimant().toLowerCase(Locale.ROOT))) {
            kinds.add(ConflictKind.CLAIMANT);
        }
        if (kinds.isEmpty()) {
            kinds.add(ConflictKind.WORDING);
        }
        return kinds;
    }

    /** What a claim says for the matrix: its figures when it states any, else its quote, shortened. */
    public static String says(Claim claim) {
        List<String> figures = Figures.in(claim.quote());
        return figures.isEmpty() ? "“" + TextAbbreviation.abbreviate(claim.quote(), QUOTE_LENGTH) + "”"
                : String.join(", ", figures);
    }
}
