package org.corroborate.ui.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.corroborate.model.Article;
import org.corroborate.service.TextSearch;
import org.corroborate.ui.project.ProjectViewModel;

/**
 * The find bar: words searched in every article of the project at once, the hits per article, and
 * the hit F3 and Shift+F3 step to. The index is built on the background executor whenever the
 * project's articles change; until it is ready, a search waits for it and runs when it is.
 */
public final class FindViewModel {
    private final ProjectViewModel project;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<TextSearch.Result> result =
            new ReadOnlyObjectWrapper<>(TextSearch.Result.none(""));
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final List<Consumer<TextSearch.Hit>> hitListeners = new ArrayList<>();
    private TextSearch index;
    private int indexGeneration;

    public FindViewModel(ProjectViewModel project) {
        this.project = project;
        project.articles().addListener((ListChangeListener<Article>) change -> reindex());
        query.addListener((obs, old, now) -> search());
        shown.addListener((obs, was, is) -> search());
        reindex();
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Whether the find bar is open; its hits are drawn only then. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyObjectProperty<TextSearch.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Which hit of {@link TextSearch.Result#hits()} was stepped to last; -1 before the first step. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Calls the listener with each hit stepped to, to bring it into view. */
    public void onHit(Consumer<TextSearch.Hit> listener) {
        hitListeners.add(listener);
    }

    /** The count, the hit stepped to, and the hits in each article: "3 of 7 · CNN 2 · TASS 5". */
    public String summary() {
        TextSearch.Result found = result.get();
        if (query.get() == null || query.get().isBlank()) {
            return "";
        }
        if (index == null) {
            return "Indexing the articles…";
        }
        if (found.hitCount() == 0) {
            return "Not found";
        }
        StringBuilder text = new StringBuilder();
        text.append(current.get() >= 0 ? (current.get() + 1) + " of " + found.hitCount()
                : found.hitCount() + (found.hitCount() == 1 ? " hit" : " hits"));
        text.append(" in ").append(found.articles().size()).append(found.articles().size() == 1 ? " article" : " articles");
        for (TextSearch.ArticleHits article : found.articles()) {
            String outlet = project.article(article.articleId()).map(Article::outletOrUnknown).orElse("?");
            text.append(" · ").append(outlet).append(' ').append(article.hits().size());
        }
        return text.toString();
    }

    /** Opens the find bar (Ctrl+F). */
    public void open() {
        shown.set(true);
    }

    /** Closes the find bar and takes its hits off the text. */
    public void close() {
        shown.set(false);
    }

    /** Steps to the next hit (F3), after the last back to the first. */
    public void next() {
        step(1);
    }

    /** Steps to the previous hit (Shift+F3), before the first round to the last. */
    public void previous() {
        step(-1);
    }

    public Optional<TextSearch.Hit> currentHit() {
        List<TextSearch.Hit> hits = result.get().hits();
        return current.get() >= 0 && current.get() < hits.size() ? Optional.of(hits.get(current.get()))
                : Optional.empty();
    }

    private void step(int by) {
        if (!shown.get()) {
            shown.set(true);
        }
        List<TextSearch.Hit> hits = result.get().hits();
        if (hits.isEmpty()) {
            return;
        }
        int next = current.get() < 0 ? (by > 0 ? 0 : hits.size() - 1) : Math.floorMod(current.get() + by, hits.size());
        current.set(next);
        hitListeners.forEach(l -> l.accept(hits.get(next)));
    }

    // The search itself takes milliseconds even on ten thousand articles (docs/benchmarks.md), so it
    // runs as the analyst types; building the index does not, and runs in the background.
    private void search() {
        current.set(-1);
        String words = query.get() == null ? "" : query.get();
        result.set(index == null || !shown.get() ? TextSearch.Result.none(words) : index.find(words));
    }

    private void reindex() {
        List<Article> articles = List.copyOf(project.articles());
        int generation = ++indexGeneration;
        project.executor().submit("Indexing " + articles.size() + " articles for find", progress -> TextSearch.of(articles),
                built -> {
                    if (generation != indexGeneration) {
                        built.close();
                        return;
                    }
                    if (index != null) {
                        index.close();
                    }
                    index = built;
                    search();
                },
                failure -> project.say("Find is not available: could not index the articles (" + failure.getMessage()
                        + ")."));
    }
}
