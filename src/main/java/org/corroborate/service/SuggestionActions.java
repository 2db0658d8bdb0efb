package org.corroborate.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.Anchor;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Change;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.GroupId;
import org.corroborate.model.LinkId;
import org.corroborate.model.LinkType;
import org.corroborate.model.Operation;
import org.corroborate.model.Operations;
import org.corroborate.service.Suggestions.NameVariant;
import org.corroborate.service.Suggestions.SameClaim;
import org.corroborate.service.Suggestions.Span;
import org.corroborate.service.Suggestions.Suggestion;
import org.corroborate.service.Suggestions.ValueConflict;

/**
 * What the analyst does with a suggestion: accept it, which turns it into annotations as one
 * undoable operation, or dismiss it, which hides it for good in this project.
 *
 * <p>Accepting a match takes in the spans of other articles matched with both of its spans (and
 * with each other), so a fact reported in four articles becomes one group: a claim per span (an existing claim on exactly that span is reused),
 * a {@code same} link per matched pair, and a group whose proposed statement is the shortest span's
 * text. Accepting a value conflict makes the two claims, tags both with the kind of conflict, and
 * links them with a note naming the two values: {@code contradicts} for a contradiction, an
 * attribution or a scope; {@code same} for a spelling or a precision, which report one fact. A name
 * variant is names, not claims, so it cannot be accepted; it can be dismissed.
 *
 * <p>All calls block on the database, as {@link Workspace}'s do.
 */
public final class SuggestionActions {
    private static final Set<String> SAME_FACT_KINDS = Set.of("spelling", "precision");

    private SuggestionActions() {
    }

    /**
     * What accepting made or reused.
     *
     * @param claims the claims the suggestion's spans now have, new or reused, in span order
     * @param created the ones among them that accepting made
     * @param links the links accepting made
     * @param group the group accepting made, for a match
     * @param state the annotations right after accepting
     */
    public record Accepted(String suggestionId, List<ClaimId> claims, Set<ClaimId> created, List<LinkId> links,
                           Optional<GroupId> group, Annotations state) {
        public Accepted {
            claims = List.copyOf(claims);
            created = Set.copyOf(created);
            links = List.copyOf(links);
        }
    }

    /**
     * Turns the suggestion with this id into claims, links and (for a match) a group, as one
     * operation that one undo reverses.
     *
     * @throws IllegalArgumentException naming the id, if {@code suggestions} has no such suggestion,
     *         if it is a name variant, if an article's text no longer holds a span, or if everything
     *         it would make is already there
     */
    public static Accepted accept(Workspace workspace, Suggestions suggestions, String id) {
        Suggestion suggestion = requireAcceptable(suggestions, id);
        List<Span> spans = spansOf(suggestion, suggestions);
        List<Pair> pairs = suggestion instanceof ValueConflict ? List.of() : matchesAmong(suggestions, spans).stream()
                .map(m -> new Pair(m.a(), m.b())).toList();
        return accept(workspace, suggestion, spans, pairs);
    }

    /**
     * As {@link #accept(Workspace, Suggestions, String)}, with the spans the analyst settled on: some
     * of the {@link #proposedSpans proposed} ones dropped, {@link #connectedSpans connected} ones
     * added, ends moved by a word. A match takes two spans or more, each in another article, and
     * every two of them are linked as the same claim; a conflict takes its two spans, in its order.
     *
     * @throws IllegalArgumentException naming the id, as the plain accept does, and also when the
     *         spans are too few, two of them share an article, or a span is empty
     */
    public static Accepted accept(Workspace workspace, Suggestions suggestions, String id, List<Span> chosen) {
        Suggestion suggestion = requireAcceptable(suggestions, id);
        List<Span> spans = List.copyOf(chosen);
        if (suggestion instanceof ValueConflict && spans.size() != 2) {
            throw new IllegalArgumentException("Suggestion " + id + " is a conflict between two spans; "
                    + spans.size() + " were given.");
        }
        if (spans.size() < 2) {
            throw new IllegalArgumentException("Suggestion " + id + " needs at least two spans, in different articles,"
                    + " to link as the same claim; " + spans.size() + " " + (spans.size() == 1 ? "was" : "were")
                    + " chosen.");
        }
        spans.stream().filter(span -> span.end() <= span.start()).findFirst().ifPresent(span -> {
            throw new IllegalArgumentException("Suggestion " + id + ": a span in " + span.file() + " is empty.");
        });
        Set<Integer> articles = new HashSet<>();
        spans.stream().filter(span -> !articles.add(span.article())).findFirst().ifPresent(span -> {
            throw new IllegalArgumentException("Suggestion " + id + ": two of the chosen spans are in " + span.file()
                    + " (article " + span.article() + "); links join claims of different articles.");
        });
        List<Pair> pairs = new ArrayList<>();
        if (!(suggestion instanceof ValueConflict)) {
            for (int i = 0; i < spans.size(); i++) {
                for (int j = i + 1; j < spans.size(); j++) {
                    pairs.add(new Pair(spans.get(i), spans.get(j)));
                }
            }
        }
        return accept(workspace, suggestion, spans, pairs);
    }

    /**
     * The spans accepting the suggestion would take, in order: a conflict's two; a match's two and
     * those of other articles matched with every one of them.
     */
    public static List<Span> proposedSpans(Suggestions suggestions, String id) {
        return spansOf(requireAcceptable(suggestions, id), suggestions);
    }

    /**
     * For a match, the spans of other articles matched with either of its two spans that the proposed
     * group leaves out (they are not matched with all of it), best scoring first: the ones the analyst
     * may want to add. Empty for a conflict.
     */
    public static List<Span> connectedSpans(Suggestions suggestions, String id) {
        Suggestion suggestion = requireAcceptable(suggestions, id);
        if (!(suggestion instanceof SameClaim seed)) {
            return List.of();
        }
        List<Span> proposed = spansOf(seed, suggestions);
        Set<Integer> covered = new HashSet<>();
        proposed.forEach(span -> covered.add(span.article()));
        Map<Span, Double> best = new LinkedHashMap<>();
        for (SameClaim match : suggestions.matches()) {
            for (Span end : List.of(seed.a(), seed.b())) {
                Span other = match.a().equals(end) ? match.b() : match.b().equals(end) ? match.a() : null;
                if (other != null && !covered.contains(other.article())) {
                    best.merge(other, match.score(), Math::max);
                }
            }
        }
        return best.entrySet().stream().sorted(Map.Entry.<Span, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    private static Accepted accept(Workspace workspace, Suggestion suggestion, List<Span> spans, List<Pair> pairs) {
        String id = suggestion.id();
        spans.forEach(span -> requireCurrent(workspace, id, span));
        Accepting accepting = new Accepting(workspace, id);
        Annotations after = workspace.apply(current -> {
            accepting.start(current);
            if (suggestion instanceof ValueConflict conflict) {
                accepting.conflict(conflict, spans.get(0), spans.get(1));
            } else {
                accepting.match(spans, pairs);
            }
            return accepting.operation();
        });
        return accepting.result(after);
    }

    private static Suggestion requireAcceptable(Suggestions suggestions, String id) {
        Suggestion suggestion = require(suggestions, id);
        if (suggestion instanceof NameVariant variant) {
            throw new IllegalArgumentException("Suggestion " + id + " is a name variant (" + String.join(", ",
                    variant.forms()) + "): names are not claims, so there is nothing to accept. Dismiss it to hide it.");
        }
        return suggestion;
    }

    /** Two spans accepting links as the same claim. */
    private record Pair(Span a, Span b) {
    }

    /** Hides the suggestion with this id from now on in this project, even after it is closed. */
    public static void dismiss(Workspace workspace, Suggestions suggestions, String id) {
        require(suggestions, id);
        workspace.dismissSuggestion(id);
    }

    /** Brings back a dismissed suggestion. */
    public static void undismiss(Workspace workspace, String id) {
        if (!workspace.undismissSuggestion(id)) {
            throw new IllegalArgumentException("No dismissed suggestion " + id + " in this project.");
        }
    }

    /** The ids of the suggestions dismissed in this project, earliest first. */
    public static Set<String> dismissed(Workspace workspace) {
        return workspace.dismissedSuggestions();
    }

    private static Suggestion require(Suggestions suggestions, String id) {
        return suggestions.find(id).orElseThrow(() -> new IllegalArgumentException("No suggestion " + id
                + " for this project; suggest lists the current ids."));
    }

    private static List<Span> spansOf(Suggestion suggestion, Suggestions suggestions) {
        if (suggestion instanceof ValueConflict conflict) {
            return List.of(conflict.a(), conflict.b());
        }
        return groupOf((SameClaim) suggestion, suggestions.matches());
    }

    /**
     * The match's two spans and, one article at a time, the span matched with every span taken so
     * far, the best scoring first. Only spans matched with all the others join: matches chain
     * (on the sample set every span is linked to every other through some chain of weak matches),
     * so following them would take in the whole set.
     */
    private static List<Span> groupOf(SameClaim seed, List<SameClaim> matches) {
        Map<Span, Map<Span, Double>> scores = new HashMap<>();
        for (SameClaim match : matches) {
            scores.computeIfAbsent(match.a(), s -> new HashMap<>()).put(match.b(), match.score());
            scores.computeIfAbsent(match.b(), s -> new HashMap<>()).put(match.a(), match.score());
        }
        List<Span> members = new ArrayList<>(List.of(seed.a(), seed.b()));
        while (true) {
            Optional<Span> next = scores.get(seed.a()).keySet().stream()
                    .filter(candidate -> members.stream().noneMatch(m -> m.article() == candidate.article()))
                    .filter(candidate -> members.stream().allMatch(m -> scores.get(candidate).containsKey(m)))
                    .max(Comparator.comparingDouble((Span candidate) -> members.stream()
                                    .mapToDouble(m -> scores.get(candidate).get(m)).sum())
                            .thenComparing(Span::article, Comparator.reverseOrder())
                            .thenComparing(Span::start, Comparator.reverseOrder()));
            if (next.isEmpty()) {
                return members;
            }
            members.add(next.get());
        }
    }

    private static List<SameClaim> matchesAmong(Suggestions suggestions, List<Span> spans) {
        return suggestions.matches().stream().filter(m -> spans.contains(m.a()) && spans.contains(m.b())).toList();
    }

    // The suggestions may have been made before the article changed; its spans would land on other words.
    private static void requireCurrent(Workspace workspace, String id, Span span) {
        Optional<String> text = workspace.article(span.article()).map(Article::text);
        boolean fits = text.isPresent() && span.end() <= text.get().length()
                && text.get().substring(span.start(), span.end()).equals(span.text());
        if (!fits) {
            throw new IllegalArgumentException("Suggestion " + id + " no longer matches the text of " + span.file()
                    + " (article " + span.article() + "): the article has changed since the suggestion was made."
                    + " Run the assistant again.");
        }
    }

    /** The steps of one accept, each checked by the model's rules, gathered into one operation. */
    private static final class Accepting {
        private final Workspace workspace;
        private final String id;
        private final Instant now;
        private final List<Change> changes = new ArrayList<>();
        private final Map<Span, ClaimId> claims = new LinkedHashMap<>();
        private final Set<ClaimId> created = new LinkedHashSet<>();
        private final List<LinkId> links = new ArrayList<>();
        private Optional<GroupId> group = Optional.empty();
        private Annotations state;

        Accepting(Workspace workspace, String id) {
            this.workspace = workspace;
            this.id = id;
            this.now = workspace.now();
        }

        // Built on the state the workspace holds under its lock, so no edit slips in between.
        void start(Annotations current) {
            state = current;
            changes.clear();
            claims.clear();
            created.clear();
            links.clear();
            group = Optional.empty();
        }

        void match(List<Span> spans, List<Pair> pairs) {
            spans.forEach(this::claimOn);
            for (Pair pair : pairs) {
                link(pair.a(), pair.b(), LinkType.SAME, "");
            }
            if (changes.isEmpty()) {
                throw alreadyAccepted();
            }
            String statement = spans.stream().map(s -> s.text().strip()).min(Comparator.comparingInt(String::length))
                    .orElse("");
            Operation grouping = Operations.createGroup(state, statement, List.copyOf(claims.values()), Optional.empty(),
                    "", now);
            group = grouping.changes().stream().filter(Change.OfGroup.class::isInstance)
                    .flatMap(c -> ((Change.OfGroup) c).after().stream()).map(ClaimGroup::id).findFirst();
            step(grouping);
        }

        void conflict(ValueConflict conflict, Span a, Span b) {
            for (Span span : List.of(a, b)) {
                ClaimId claimId = claimOn(span);
                Claim claim = state.claim(claimId).orElseThrow();
                if (!claim.tags().contains(conflict.kind())) {
                    List<String> tags = new ArrayList<>(claim.tags());
                    tags.add(conflict.kind());
                    step(Operations.editClaim(state, claim.withTags(tags, now), "Tag"));
                }
            }
            LinkType type = SAME_FACT_KINDS.contains(conflict.kind()) ? LinkType.SAME : LinkType.CONTRADICTS;
            link(a, b, type, String.join(" vs ", conflict.values()));
            if (changes.isEmpty()) {
                throw alreadyAccepted();
            }
        }

        private ClaimId claimOn(Span span) {
            ClaimId existing = claims.get(span);
            if (existing != null) {
                return existing;
            }
            ClaimId claim = state.claimsOf(span.article()).stream()
                    .filter(c -> !c.orphaned() && c.anchor().start() == span.start() && c.anchor().end() == span.end())
                    .map(Claim::id).findFirst()
                    .orElseGet(() -> mark(span));
            claims.put(span, claim);
            return claim;
        }

        private ClaimId mark(Span span) {
            String text = workspace.article(span.article()).orElseThrow().text();
            Claim claim = Claim.mark(span.article(), Anchor.capture(text, span.start(), span.end()), workspace.author(), now);
            step(Operations.markClaim(claim));
            created.add(claim.id());
            return claim.id();
        }

        // An existing link between the two, of whatever type, is the analyst's and is kept as it is.
        private void link(Span a, Span b, LinkType type, String note) {
            ClaimId from = claims.get(a);
            ClaimId to = claims.get(b);
            if (state.linkBetween(from, to).isEmpty()) {
                step(Operations.link(state, from, to, type, note, workspace.author(), now));
                links.add(state.linkBetween(from, to).map(ClaimLink::id).orElseThrow());
            }
        }

        private void step(Operation operation) {
            changes.addAll(operation.changes());
            state = operation.applyTo(state);
        }

        private IllegalArgumentException alreadyAccepted() {
            return new IllegalArgumentException("Suggestion " + id + " is already accepted: its claims and links are"
                    + " in the project.");
        }

        Operation operation() {
            return new Operation("Accept suggestion", changes);
        }

        Accepted result(Annotations after) {
            return new Accepted(id, List.copyOf(claims.values()), created, links, group, after);
        }
    }
}
