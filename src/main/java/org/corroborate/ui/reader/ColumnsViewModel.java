package org.corroborate.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.corroborate.model.Article;
import org.corroborate.ui.project.ProjectViewModel;

/**
 * Which article each reader column shows. Two to five columns, never the same article twice; the
 * choice is saved with the project as a list of article ids, so the analyst finds it again.
 */
public final class ColumnsViewModel {
    public static final int MIN_COLUMNS = 2;
    public static final int MAX_COLUMNS = 5;
    public static final int DEFAULT_COLUMNS = 3;
    public static final String SETTING = "columns";

    private Consumer<Article> detailsEditor = article -> { };
    private final ObservableList<Article> shown = FXCollections.observableArrayList();
    private final ObservableList<Article> available = FXCollections.observableArrayList();
    // Unmodifiable views hold their listeners weakly: one view each, kept here, so listeners live.
    private final ObservableList<Article> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ObservableList<Article> availableView = FXCollections.unmodifiableObservableList(available);
    private final Consumer<String> saveSetting;

    /** @param saveSetting receives the encoded choice whenever it changes, to save with the project */
    public ColumnsViewModel(Consumer<String> saveSetting) {
        this.saveSetting = Objects.requireNonNull(saveSetting);
    }

    /** Columns that follow the project: reset when another opens, saved with it when changed. */
    public static ColumnsViewModel following(ProjectViewModel project) {
        ColumnsViewModel columns = new ColumnsViewModel(encoded -> project.saveSetting(SETTING, encoded));
        project.workspaceProperty().addListener((obs, old, now) -> {
            if (now != null) {
                columns.reset(project.articles(), project.savedSetting(SETTING));
            }
        });
        columns.detailsEditor = project::chooseArticleDetails;
        project.articles().addListener((javafx.collections.ListChangeListener<Article>) change -> {
            while (change.next()) {
                if (change.wasReplaced() && change.getAddedSize() == 1 && change.getRemovedSize() == 1
                        && change.getAddedSubList().get(0).id() == change.getRemoved().get(0).id()) {
                    columns.articleEdited(change.getAddedSubList().get(0));
                }
            }
        });
        return columns;
    }

    /** Asks the analyst to correct an article's outlet, headline, date or address. */
    public void editDetails(Article article) {
        detailsEditor.accept(article);
    }

    /** Shows an article's corrected details wherever it is offered or shown. */
    public void articleEdited(Article edited) {
        available.replaceAll(a -> a.id() == edited.id() ? edited : a);
        shown.replaceAll(a -> a.id() == edited.id() ? edited : a);
    }

    /** The article in each column, left to right. */
    public ObservableList<Article> shown() {
        return shownView;
    }

    /** The articles a column can show: all of the project's. */
    public ObservableList<Article> available() {
        return availableView;
    }

    /** Starts over with a newly opened project, restoring the saved choice where it still fits. */
    public void reset(List<Article> articles, Optional<String> saved) {
        available.setAll(articles);
        List<Article> restored = saved.map(this::decode).orElse(List.of());
        if (restored.size() >= Math.min(MIN_COLUMNS, articles.size())) {
            shown.setAll(restored);
        } else {
            shown.setAll(articles.subList(0, Math.min(DEFAULT_COLUMNS, articles.size())));
        }
    }

    public int count() {
        return shown.size();
    }

    /** The largest number of columns this project can fill. */
    public int maxCount() {
        return Math.min(MAX_COLUMNS, available.size());
    }

    public int minCount() {
        return Math.min(MIN_COLUMNS, available.size());
    }

    /** Adds columns with articles not yet shown, or drops columns from the right. */
    public void setCount(int wanted) {
        int count = Math.max(minCount(), Math.min(maxCount(), wanted));
        if (count == shown.size()) {
            return;
        }
        List<Article> next = new ArrayList<>(shown.subList(0, Math.min(count, shown.size())));
        for (Article article : available) {
            if (next.size() >= count) {
                break;
            }
            if (!next.contains(article)) {
                next.add(article);
            }
        }
        shown.setAll(next);
        saveSetting.accept(encode());
    }

    /** Shows the article in the given column; if another column showed it, the two swap. */
    public void show(int column, Article article) {
        if (column < 0 || column >= shown.size() || shown.get(column).equals(article)) {
            return;
        }
        List<Article> next = new ArrayList<>(shown);
        int elsewhere = next.indexOf(article);
        if (elsewhere >= 0) {
            next.set(elsewhere, next.get(column));
        }
        next.set(column, article);
        shown.setAll(next);
        saveSetting.accept(encode());
    }

    /** The column showing the article, or -1. */
    public int columnOf(Article article) {
        return shown.indexOf(article);
    }

    String encode() {
        return shown.stream().map(a -> Integer.toString(a.id())).collect(Collectors.joining(","));
    }

    private List<Article> decode(String saved) {
        List<Article> result = new ArrayList<>();
        for (String part : saved.split(",")) {
            try {
                int id = Integer.parseInt(part.trim());
                available.stream().filter(a -> a.id() == id && !result.contains(a)).findFirst().ifPresent(result::add);
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return result.size() > MAX_COLUMNS ? result.subList(0, MAX_COLUMNS) : result;
    }
}
