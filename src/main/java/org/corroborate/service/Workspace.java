package org.corroborate.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleReanchoring;
import org.corroborate.model.Claim;
import org.corroborate.model.Reanchoring;
import org.corroborate.model.Operation;
import org.corroborate.model.ProjectInfo;
import org.corroborate.model.UndoHistory;
import org.corroborate.store.ProjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open project as both faces use it: its articles, the current annotations, and the undo
 * history. Every operation is committed to the project before the new state is published, so
 * whatever a caller has been handed back is already saved.
 *
 * <p>Calls block on the database; the UI makes them from its background executor, never from the
 * JavaFX thread.
 */
public final class Workspace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    private final ProjectStore store;
    private final ProjectLocation location;
    private final ProjectInfo info;
    private volatile List<Article> articles;
    private volatile Map<Integer, Article> articlesById;
    private final Clock clock;
    private final String author;
    private final UndoHistory history = new UndoHistory();
    private volatile ReanchorSummary reanchoring;
    private List<Claim> unsavedCorrections = List.of();
    private volatile Annotations annotations;
    private volatile Optional<String> undoLabel = Optional.empty();
    private volatile Optional<String> redoLabel = Optional.empty();

    /**
     * Opens the workspace on the store's articles. The annotations are read when first asked for,
     * so a command that only lists articles does not wait for thousands of claims to load.
     */
    Workspace(ProjectStore store, Clock clock, String author) {
        this.store = store;
        this.location = ProjectLocation.of(store.address());
        this.clock = clock;
        this.author = author;
        this.info = store.info();
        this.articles = List.copyOf(store.articles());
        this.articlesById = articles.stream().collect(Collectors.toUnmodifiableMap(Article::id, Function.identity()));
    }

    /**
     * Reads the annotations and checks every claim against its article's text, as Hypothesis does
     * when a page changes: claims whose quote has moved are re-anchored, and claims whose quote is
     * gone are marked orphaned for review. The corrections are in the state at once, but are
     * written only by {@link #saveCorrections()} or with the next operation, so that merely looking
     * at a project (a command that lists claims, or one that fails) never changes it.
     */
    private synchronized Annotations load() {
        if (annotations == null) {
            Annotations loaded = StoreFailures.call(store::loadAnnotations);
            List<ArticleReanchoring> results = articles.stream()
                    .map(a -> Reanchoring.reanchorAll(a.text(), loaded.claimsOf(a.id()), clock.instant()))
                    .toList();
            reanchoring = ReanchorSummary.of(results);
            unsavedCorrections = results.stream().flatMap(r -> r.changed().stream()).toList();
            annotations = unsavedCorrections.isEmpty() ? loaded : loaded.withClaimsReplaced(unsavedCorrections);
        }
        return annotations;
    }

    /** Writes the corrections found on opening, if any are still unwritten. */
    public synchronized void saveCorrections() {
        load();
        if (!unsavedCorrections.isEmpty()) {
            StoreFailures.run(() -> store.saveReanchoredClaims(unsavedCorrections));
            unsavedCorrections = List.of();
        }
    }

    /** What checking the claims against the text found when the workspace opened. */
    public ReanchorSummary reanchoring() {
        annotations();
        return reanchoring;
    }

    public ProjectLocation location() {
        return location;
    }

    /**
     * Whether the project may not be changed here: opened to read, or on a server that lets this
     * user only read it. The window shows such a project read-only.
     */
    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    public ProjectInfo info() {
        return info;
    }

    public List<Article> articles() {
        return articles;
    }

    public Optional<Article> article(int id) {
        return Optional.ofNullable(articlesById.get(id));
    }

    /**
     * Saves what the analyst says about an article (its outlet, headline, date or address) and returns
     * the article as it now is. Not an undoable step: the undo history holds changes to annotations.
     */
    public synchronized Article editArticle(int id, ArticleDetails details) {
        Article current = article(id).orElseThrow(() -> new IllegalArgumentException("No article " + id
                + " in this project."));
        Article edited = details.applyTo(current);
        StoreFailures.run(() -> store.updateArticleDetails(edited));
        articles = articles.stream().map(a -> a.id() == id ? edited : a).toList();
        articlesById = articles.stream().collect(Collectors.toUnmodifiableMap(Article::id, Function.identity()));
        return edited;
    }

    public Annotations annotations() {
        Annotations current = annotations;
        return current != null ? current : load();
    }

    public String author() {
        return author;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Checks the operation against the current state, saves it, then makes it the current state. */
    public synchronized Annotations apply(Operation operation) {
        return perform(operation, () -> history.done(operation));
    }

    /** Builds an operation from the current state and applies it, under one lock so no edit slips between. */
    public synchronized Annotations apply(Function<Annotations, Operation> operationOnCurrentState) {
        return apply(operationOnCurrentState.apply(annotations()));
    }

    /** As {@link #apply(Function)}, for an operation that may turn out to have nothing to do. */
    public synchronized Optional<Annotations> applyIfAny(Function<Annotations, Optional<Operation>> operationOnCurrentState) {
        return operationOnCurrentState.apply(annotations()).map(this::apply);
    }

    public synchronized Annotations undo() {
        Operation operation = history.nextUndo().orElseThrow(() -> new IllegalStateException("Nothing to undo"));
        return perform(operation.inverse(), history::undone);
    }

    public synchronized Annotations redo() {
        Operation operation = history.nextRedo().orElseThrow(() -> new IllegalStateException("Nothing to redo"));
        return perform(operation, history::redone);
    }

    /** Checks, saves, then publishes: the history moves only once the project holds the change. */
    private Annotations perform(Operation operation, Runnable recordInHistory) {
        Annotations next = operation.applyTo(annotations());
        commitWithCorrections(operation);
        annotations = next;
        recordInHistory.run();
        publishLabels();
        return next;
    }

    /** What Undo would undo. Not synchronized: the window asks while a long write may hold the lock. */
    public Optional<String> undoLabel() {
        return undoLabel;
    }

    public Optional<String> redoLabel() {
        return redoLabel;
    }

    // The operation was built on the corrected state, so the corrections go in the same transaction.
    // On a conflict the state is read again, so the analyst sees the other's save and works from it.
    private void commitWithCorrections(Operation operation) {
        try {
            StoreFailures.run(() -> store.commit(operation, unsavedCorrections));
        } catch (EditConflictException e) {
            annotations = null;
            load();
            throw e;
        }
        unsavedCorrections = List.of();
    }

    private void publishLabels() {
        undoLabel = history.nextUndo().map(Operation::label);
        redoLabel = history.nextRedo().map(Operation::label);
    }

    /** The ids of the suggestions dismissed in this project; {@link SuggestionActions} is the way to change them. */
    Set<String> dismissedSuggestions() {
        return StoreFailures.call(store::dismissedSuggestions);
    }

    void dismissSuggestion(String suggestionId) {
        StoreFailures.run(() -> store.dismissSuggestion(suggestionId, author, clock.instant()));
    }

    boolean undismissSuggestion(String suggestionId) {
        return StoreFailures.call(() -> store.undismissSuggestion(suggestionId));
    }

    /** The analysis this project keeps for these articles and this engine, as bytes, if any. */
    Optional<byte[]> keptAnalysis(String fingerprint, int engineVersion) {
        return StoreFailures.call(() -> store.keptAnalysis(fingerprint, engineVersion));
    }

    /**
     * Keeps an analysis in the project; does nothing in a project opened only to read. Keeping it
     * only saves time later, so a failed write (another analyst on the same server project keeping
     * theirs at the same moment) is logged rather than failing the suggestions.
     */
    void keepAnalysis(String fingerprint, int engineVersion, byte[] result) {
        if (store.isReadOnly()) {
            return;
        }
        try {
            StoreFailures.run(() -> store.keepAnalysis(fingerprint, engineVersion, result));
        } catch (ProjectException e) {
            LOG.warn("Could not keep the analysis in {}", location, e);
        }
    }

    /** Every setting saved with the project, by name. */
    public Map<String, String> settings() {
        return StoreFailures.call(store::settings);
    }

    public void putSetting(String name, String value) {
        StoreFailures.run(() -> store.putSetting(name, value));
    }

    @Override
    public void close() {
        store.close();
    }
}
