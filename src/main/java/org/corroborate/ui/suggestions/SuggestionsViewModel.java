package org.corroborate.ui.suggestions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.TextSpan;
import org.corroborate.service.SourceIndependence;
import org.corroborate.service.SuggestionActions;
import org.corroborate.service.Suggestions;
import org.corroborate.service.Suggestions.NameVariant;
import org.corroborate.service.Suggestions.SameClaim;
import org.corroborate.service.Suggestions.Span;
import org.corroborate.service.Suggestions.Suggestion;
import org.corroborate.service.Suggestions.ValueConflict;
import org.corroborate.service.Workspace;
import org.corroborate.ui.annotation.AnnotationViewModel;
import org.corroborate.ui.annotation.SpanSteps;
import org.corroborate.ui.common.TaskExecutor;
import org.corroborate.ui.project.ProjectViewModel;

/**
 * What the assistant proposes for the open project, as the Suggestions tab shows it. It runs the
 * analysis in the background whenever a project opens, one run at a time (a new run cancels the
 * one before), and lets the analyst look at a suggestion, settle which spans it takes, and accept,
 * dismiss or bring back a dismissed one. Nothing enters the project until accepted.
 */
public final class SuggestionsViewModel {
    /** The parts of the list, one kind of suggestion each. */
    public enum Section {
        SAME_CLAIM("Same claim"), CONFLICTS("Conflicts"), VARIANTS("Name variants"), SOURCES("Sources");

        private final String label;

        Section(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A suggestion as listed, and whether the analyst dismissed it (listed only with Show dismissed). */
    public record Item(Suggestion suggestion, boolean dismissed) {
        public String id() {
            return suggestion.id();
        }
    }

    /** A span the selected suggestion would make a claim of, and whether accepting takes it. */
    public record Member(Span span, boolean included) {
    }

    /** Two articles' cell of the independence matrix: the share of the row's article found in the column's. */
    public record Cell(int row, int column, int rowArticle, int columnArticle, double shared,
                       Optional<SourceIndependence.Rewrite> rewrite) {
    }

    private final ProjectViewModel project;
    private final AnnotationViewModel annotations;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.SAME_CLAIM);
    private final BooleanProperty showDismissed = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Suggestions> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<Section, Integer>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Item> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<Span>> marks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Cell> cell = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SourceIndependence.Passage> passages = FXCollections.observableArrayList();
    private final List<BiConsumer<List<Span>, Boolean>> revealListeners = new ArrayList<>();
    private final Set<String> dismissed = new HashSet<>();
    private TaskExecutor.Cancellable run;
    // Counts runs, so that a result arriving after a newer run started, or after a cancel, is dropped.
    private long generation;

    public SuggestionsViewModel(ProjectViewModel project, AnnotationViewModel annotations) {
        this.project = project;
        this.annotations = annotations;
        project.workspaceProperty().addListener((obs, old, now) -> refresh());
        // Articles added to the open project: the suggestions are read again. On opening another
        // project the articles change just before it is shown, and the run waits for it.
        project.articles().addListener((ListChangeListener<Article>) change -> {
            Workspace current = project.workspaceProperty().get();
            if (current != null && current.articles().equals(project.articles())) {
                refresh();
            }
        });
        project.annotationsProperty().addListener((obs, old, now) -> rebuild());
        section.addListener((obs, old, now) -> rebuild());
        showDismissed.addListener((obs, old, now) -> rebuild());
    }

    public Optional<Article> article(int id) {
        return project.article(id);
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public BooleanProperty showDismissedProperty() {
        return showDismissed;
    }

    /** True while the assistant reads the articles. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** One line on what the assistant found, or what it is doing. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many suggestions each section lists now. */
    public ReadOnlyObjectProperty<Map<Section, Integer>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The latest complete run's suggestions, dismissed ones included; null before the first. */
    public ReadOnlyObjectProperty<Suggestions> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The chosen section's suggestions, best first. */
    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyObjectProperty<Item> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The spans of the selected suggestion, the ones accepting takes ticked. */
    public ObservableList<Member> members() {
        return members;
    }

    /** The spans the reader should point out now. */
    public ReadOnlyObjectProperty<List<Span>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Cell> cellProperty() {
        return cell.getReadOnlyProperty();
    }

    /** The selected cell's aligned passages: the rewrite's ({@code a}) beside its source's ({@code b}). */
    public ObservableList<SourceIndependence.Passage> passages() {
        return passages;
    }

    /**
     * Lets the reader scroll to spans; the flag says whether articles not shown may be put in a
     * column. The reader registers here.
     */
    public void onReveal(BiConsumer<List<Span>, Boolean> listener) {
        revealListeners.add(listener);
    }

    /** Runs the assistant again on the open project, cancelling a run still going. */
    public void refresh() {
        stopRun();
        Workspace workspace = project.workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        long token = generation;
        running.set(true);
        summary.set("The assistant is reading " + workspace.articles().size() + " articles…");
        run = project.executor().submitCancellable("Finding suggestions", progress -> {
            progress.report("The assistant is reading " + workspace.articles().size() + " articles…");
            return Suggestions.of(workspace, Suggestions.Dismissed.SHOW);
        }, found -> {
            if (token == generation && workspace == project.workspaceProperty().get()) {
                show(found);
            }
        }, failure -> {
            if (token == generation) {
                running.set(false);
                summary.set("The assistant could not read the articles: " + failure.getMessage());
            }
        });
    }

    /** Stops a run still going; the suggestions shown stay as they were. */
    public void cancel() {
        if (running.get()) {
            stopRun();
            summary.set("Stopped. Refresh runs the assistant again.");
        }
    }

    private void stopRun() {
        generation++;
        if (run != null) {
            run.cancel();
            run = null;
        }
        running.set(false);
    }

    private void show(Suggestions found) {
        run = null;
        running.set(false);
        dismissed.clear();
        Stream.of(found.matches(), found.conflicts(), found.variants()).flatMap(List::stream).map(Suggestion::id)
                .filter(found::isDismissed).forEach(dismissed::add);
        result.set(found);
        rebuild();
    }

    private void rebuild() {
        Suggestions found = result.get();
        if (found == null) {
            return;
        }
        Map<Section, List<Item>> bySection = new EnumMap<>(Section.class);
        Annotations state = project.annotations();
        bySection.put(Section.SAME_CLAIM, listed(found.matches().stream()
                .filter(m -> m.score() >= Suggestions.LIKELY_MIN_SCORE && !accepted(state, m.a(), m.b()))));
        bySection.put(Section.CONFLICTS, listed(found.conflicts().stream().filter(c -> !accepted(state, c.a(), c.b()))));
        bySection.put(Section.VARIANTS, listed(found.variants().stream()));
        bySection.put(Section.SOURCES, List.of());
        Map<Section, Integer> sizes = new EnumMap<>(Section.class);
        bySection.forEach((s, listed) -> sizes.put(s, listed.size()));
        sizes.put(Section.SOURCES, found.sources().rewrites().size());
        counts.set(Map.copyOf(sizes));
        String keep = selected.get() == null ? null : selected.get().id();
        items.setAll(bySection.get(section.get()));
        Optional<Item> again = items.stream().filter(i -> i.id().equals(keep)).findFirst();
        if (again.isPresent()) {
            selected.set(again.get());
        } else {
            clearSelection();
        }
        summary.set(sizes.get(Section.SAME_CLAIM) + " same claims, " + sizes.get(Section.CONFLICTS) + " conflicts, "
                + sizes.get(Section.VARIANTS) + " name variants; " + found.sources().independentSources()
                + " independent sources of " + found.sources().files().size() + " articles.");
    }

    private List<Item> listed(Stream<? extends Suggestion> suggestions) {
        return suggestions.map(s -> new Item(s, dismissed.contains(s.id())))
                .filter(item -> showDismissed.get() || !item.dismissed()).toList();
    }

    // Accepted already, with these spans or others moved by a word: claims over both, linked.
    private static boolean accepted(Annotations state, Span a, Span b) {
        List<ClaimId> overA = over(state, a);
        return !overA.isEmpty() && over(state, b).stream()
                .anyMatch(claimB -> overA.stream().anyMatch(claimA -> state.linkBetween(claimA, claimB).isPresent()));
    }

    private static List<ClaimId> over(Annotations state, Span span) {
        TextSpan text = new TextSpan(span.start(), span.end());
        return state.claimsOf(span.article()).stream()
                .filter(c -> !c.orphaned() && c.anchor().span().overlaps(text)).map(Claim::id).toList();
    }

    /** Shows a suggestion: its spans, pointed out in every column that shows their articles. */
    public void select(Item item) {
        if (item == null) {
            clearSelection();
            return;
        }
        selected.set(item);
        Suggestions found = result.get();
        List<Member> next = new ArrayList<>();
        if (item.suggestion() instanceof NameVariant variant) {
            variant.spans().forEach(span -> next.add(new Member(span, true)));
        } else {
            SuggestionActions.proposedSpans(found, item.id()).forEach(span -> next.add(new Member(span, true)));
            SuggestionActions.connectedSpans(found, item.id()).forEach(span -> next.add(new Member(span, false)));
        }
        members.setAll(next);
        markMembers();
        reveal(included(), !(item.suggestion() instanceof NameVariant));
    }

    private void clearSelection() {
        selected.set(null);
        members.clear();
        marks.set(List.of());
    }

    /** Ticks a span in or out of what accepting takes; a conflict's two spans stay in. */
    public void toggle(int index) {
        Member member = members.get(index);
        if (selected.get() == null || !(selected.get().suggestion() instanceof SameClaim)) {
            project.say("A conflict is between its two spans; both stay in. Dismiss it if it is wrong.");
            return;
        }
        members.set(index, new Member(member.span(), !member.included()));
        markMembers();
    }

    /** Moves one end of a span by a word, as Alt+arrows do for a claim. */
    public void step(int index, SpanSteps.Edge edge, boolean widen) {
        Member member = members.get(index);
        Span span = member.span();
        String text = project.article(span.article()).orElseThrow().text();
        SpanSteps.step(text, new TextSpan(span.start(), span.end()), edge, widen).ifPresent(moved -> {
            Span next = new Span(span.file(), span.article(), moved.start(), moved.end(),
                    text.substring(moved.start(), moved.end()));
            members.set(index, new Member(next, member.included()));
            markMembers();
            reveal(List.of(next), true);
        });
    }

    /** Brings one span into view, putting its article in a column if none shows it. */
    public void focus(int index) {
        reveal(List.of(members.get(index).span()), true);
    }

    private List<Span> included() {
        return members.stream().filter(Member::included).map(Member::span).toList();
    }

    private void markMembers() {
        marks.set(included());
    }

    private void reveal(List<Span> spans, boolean openArticles) {
        revealListeners.forEach(l -> l.accept(spans, openArticles));
    }

    /**
     * Turns the selected suggestion into claims and links (and a group, for a match) with the ticked
     * spans, as one step that Undo takes back, then selects the first new claim.
     */
    public void accept() {
        Item item = selected.get();
        Suggestions from = result.get();
        if (item == null) {
            project.say("Choose a suggestion first.");
            return;
        }
        if (item.suggestion() instanceof NameVariant) {
            project.say("A name variant is names, not claims: there is nothing to accept. Dismiss it to hide it.");
            return;
        }
        List<Span> chosen = included();
        project.change("Accepting the suggestion",
                workspace -> SuggestionActions.accept(workspace, from, item.id(), chosen), accepted -> {
                    project.say("Accepted: " + accepted.created().size() + " new claims, " + accepted.links().size()
                            + " links" + (accepted.group().isPresent() ? " and a group" : "") + ". Ctrl+Z undoes it.");
                    annotations.selectAndReveal(accepted.claims().get(0));
                });
    }

    /** Hides the selected suggestion from now on in this project. */
    public void dismiss() {
        Item item = selected.get();
        if (item == null || item.dismissed()) {
            return;
        }
        Suggestions from = result.get();
        inBackground("Dismissing the suggestion", workspace -> SuggestionActions.dismiss(workspace, from, item.id()),
                () -> {
                    dismissed.add(item.id());
                    rebuild();
                    project.say("Dismissed. Show dismissed lists it again, to bring it back.");
                });
    }

    /** Brings back the selected dismissed suggestion. */
    public void undismiss() {
        Item item = selected.get();
        if (item == null || !item.dismissed()) {
            return;
        }
        inBackground("Bringing the suggestion back", workspace -> SuggestionActions.undismiss(workspace, item.id()),
                () -> {
                    dismissed.remove(item.id());
                    rebuild();
                    project.say("Brought back.");
                });
    }

    private void inBackground(String title, java.util.function.Consumer<Workspace> work, Runnable afterwards) {
        Workspace workspace = project.workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        project.executor().submit(title, progress -> {
            work.accept(workspace);
            return workspace;
        }, done -> {
            if (done == project.workspaceProperty().get()) {
                afterwards.run();
            }
        }, failure -> project.say(title + " did not work: " + failure.getMessage()));
    }

    /** Chooses a cell of the independence matrix: its rewrite's aligned passages, if the two are judged dependent. */
    public void selectCell(int row, int column) {
        Suggestions found = result.get();
        if (found == null) {
            return;
        }
        SourceIndependence sources = found.sources();
        String rowFile = sources.files().get(row);
        String columnFile = sources.files().get(column);
        Optional<SourceIndependence.Rewrite> rewrite = sources.rewrites().stream()
                .filter(r -> Set.of(r.article(), r.source()).equals(Set.of(rowFile, columnFile))).findFirst();
        cell.set(new Cell(row, column, sources.articles().get(row), sources.articles().get(column),
                sources.shared().get(row).get(column), rewrite));
        passages.setAll(rewrite.map(SourceIndependence.Rewrite::passages).orElse(List.of()));
        if (!passages.isEmpty()) {
            selectPassage(passages.get(0));
        } else {
            marks.set(List.of());
        }
    }

    /** Shows a passage of a rewrite beside its source's, in two columns. */
    public void selectPassage(SourceIndependence.Passage passage) {
        marks.set(List.of(passage.a(), passage.b()));
        reveal(List.of(passage.a(), passage.b()), true);
    }
}
