package org.corroborate.ui.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.service.TextSearch;
import org.corroborate.ui.annotation.AnnotationViewModel;
import org.corroborate.ui.annotation.TextSelection;

/**
 * The articles side by side. Columns share the width while each can keep a readable measure;
 * when they cannot, the row scrolls sideways instead of squeezing the text.
 */
public final class ReaderColumnsView extends ScrollPane {
    static final double MIN_COLUMN_WIDTH = 300;

    private final ColumnsViewModel columns;
    private final AnnotationViewModel annotations;
    private final HBox row = new HBox();
    private final List<ReaderColumn> views = new ArrayList<>();
    private final List<ClaimLayer> layers = new ArrayList<>();
    private ReaderColumn lastFocused;
    private TextSearch.Result found = TextSearch.Result.none("");

    public ReaderColumnsView(ColumnsViewModel columns, AnnotationViewModel annotations) {
        this.columns = columns;
        this.annotations = annotations;
        getStyleClass().add("reader-columns");
        setId("reader-columns");
        row.getStyleClass().add("reader-row");
        setContent(row);
        setFitToHeight(true);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        columns.shown().addListener((ListChangeListener<Article>) change -> sync());
        annotations.project().annotationsProperty().addListener((obs, old, now) -> refreshAll());
        annotations.selectedProperty().addListener((obs, old, now) -> refreshAll());
        annotations.linkTargetProperty().addListener((obs, old, now) -> refreshAll());
        annotations.onReveal(this::reveal);
        sync();
    }

    public List<ReaderColumn> columnViews() {
        return List.copyOf(views);
    }

    /** The text selected in the column the analyst last worked in. */
    public Optional<TextSelection> activeSelection() {
        if (lastFocused != null && views.contains(lastFocused)) {
            Optional<TextSelection> selection = lastFocused.selection();
            if (selection.isPresent()) {
                return selection;
            }
        }
        return views.stream().map(ReaderColumn::selection).flatMap(Optional::stream).findFirst();
    }

    /** Text selected in a column other than the one showing this article: the far end of a new link. */
    public Optional<TextSelection> selectionOutside(int articleId) {
        return views.stream().map(ReaderColumn::selection).flatMap(Optional::stream)
                .filter(s -> s.articleId() != articleId).findFirst();
    }

    /**
     * Drops the text selections once they have become claims, so the claim's own colour shows
     * instead of the selection's.
     */
    public void clearTextSelections() {
        views.forEach(v -> v.textArea().deselect());
    }

    /** The column showing this article, if one does. */
    public Optional<ReaderColumn> columnOf(int articleId) {
        return views.stream().filter(v -> v.article() != null && v.article().id() == articleId).findFirst();
    }

    private void sync() {
        List<Article> shown = columns.shown();
        while (views.size() > shown.size()) {
            views.remove(views.size() - 1);
            layers.remove(layers.size() - 1);
        }
        while (views.size() < shown.size()) {
            ReaderColumn column = new ReaderColumn(views.size(), columns);
            column.setMinWidth(MIN_COLUMN_WIDTH);
            column.setPrefWidth(MIN_COLUMN_WIDTH);
            column.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.textArea().focusedProperty().addListener((obs, was, is) -> {
                if (is) {
                    lastFocused = column;
                }
            });
            views.add(column);
            ClaimLayer layer = new ClaimLayer(column, annotations);
            layer.showFound(found);
            layers.add(layer);
        }
        for (int i = 0; i < shown.size(); i++) {
            if (views.get(i).show(shown.get(i))) {
                layers.get(i).refresh();
            }
        }
        row.getChildren().setAll(views);
        row.setMinWidth(MIN_COLUMN_WIDTH * views.size());
    }

    /** Draws a search's hits in every column. */
    public void showFound(TextSearch.Result result) {
        found = result;
        layers.forEach(layer -> layer.showFound(result));
    }

    /**
     * Selects one hit's words and scrolls its column to them; an article not shown takes the last
     * column. The words are selected as if dragged over, so Ctrl+M marks them as a claim.
     */
    public void showHit(TextSearch.Hit hit) {
        if (columnOf(hit.articleId()).isEmpty() && !views.isEmpty()) {
            annotations.project().article(hit.articleId()).ifPresent(a -> columns.show(views.size() - 1, a));
        }
        columnOf(hit.articleId()).ifPresent(column -> {
            StyleClassedTextArea area = column.textArea();
            area.selectRange(hit.start(), hit.end());
            area.requestFollowCaret();
            lastFocused = column;
        });
    }

    private void refreshAll() {
        layers.forEach(ClaimLayer::refresh);
    }

    /**
     * Brings claims into view: an article not shown takes the place of one no revealed claim is in,
     * so that the claims being compared end up side by side.
     */
    private void reveal(List<ClaimId> ids) {
        Annotations state = annotations.project().annotations();
        Map<Integer, List<Claim>> byArticle = new LinkedHashMap<>();
        ids.stream().map(state::claim).flatMap(Optional::stream)
                .forEach(c -> byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c));
        for (Map.Entry<Integer, List<Claim>> entry : byArticle.entrySet()) {
            if (columnOf(entry.getKey()).isEmpty()) {
                Article article = annotations.project().article(entry.getKey()).orElseThrow();
                for (int i = views.size() - 1; i >= 0; i--) {
                    if (!byArticle.containsKey(views.get(i).article().id())) {
                        columns.show(i, article);
                        // A column just given its article follows its caret to the top at the next
                        // layout, which would undo the scroll to the claim: the caret goes to the claim.
                        StyleClassedTextArea area = views.get(i).textArea();
                        area.moveTo(entry.getValue().get(0).anchor().start());
                        area.requestFollowCaret();
                        break;
                    }
                }
            }
        }
        byArticle.forEach((articleId, claims) -> columnOf(articleId)
                .ifPresent(column -> layers.get(views.indexOf(column)).reveal(claims)));
    }
}
