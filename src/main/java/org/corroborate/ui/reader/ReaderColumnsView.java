package org.corroborate.ui.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.TextSpan;
import org.corroborate.service.TextSearch;
import org.corroborate.ui.annotation.AnnotationViewModel;
import org.corroborate.ui.annotation.TextSelection;

/**
 * The articles side by side. Columns share the width while each can keep a readable measure;
 * when they cannot all do so, as many as fit are shown and a pager above steps through the rest,
 * so the text is never squeezed and the row never scrolls sideways.
 */
public final class ReaderColumnsView extends BorderPane {
    /** About thirty characters of the reader's type: five columns fit beside the side panes at 1920 pixels. */
    public static final double MIN_COLUMN_WIDTH = 250;

    private final ColumnsViewModel columns;
    private final AnnotationViewModel annotations;
    private final HBox row = new HBox();
    private final List<ReaderColumn> views = new ArrayList<>();
    private final List<ClaimLayer> layers = new ArrayList<>();
    private final ColumnPaging paging = new ColumnPaging(MIN_COLUMN_WIDTH);
    private final HBox pager = new HBox(6);
    private final Label pageLabel = new Label();
    private final Button previousPage = new Button("◀");
    private final Button nextPage = new Button("▶");
    private List<Article> lastShown = List.of();
    private ReaderColumn lastFocused;
    private List<TextMark> marks = List.of();
    private TextSearch.Result found = TextSearch.Result.none("");

    public ReaderColumnsView(ColumnsViewModel columns, AnnotationViewModel annotations) {
        this.columns = columns;
        this.annotations = annotations;
        getStyleClass().add("reader-columns");
        setId("reader-columns");
        row.getStyleClass().add("reader-row");
        row.setMinWidth(MIN_COLUMN_WIDTH);
        setCenter(row);
        buildPager();
        widthProperty().addListener((obs, old, now) -> repage());
        paging.firstProperty().addListener((obs, old, now) -> showPage());
        paging.perPageProperty().addListener((obs, old, now) -> showPage());
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

    /** Which columns are on screen; the window's menu steps through them. */
    public ColumnPaging paging() {
        return paging;
    }

    /** Shows the next column to the right, when some are off screen (Ctrl+Page Down). */
    public void nextColumns() {
        paging.next();
    }

    public void previousColumns() {
        paging.previous();
    }

    private void buildPager() {
        pager.getStyleClass().add("column-pager");
        pager.setId("column-pager");
        pager.setAlignment(Pos.CENTER_LEFT);
        pageLabel.setId("column-page");
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);
        previousPage.setId("previous-columns");
        previousPage.getStyleClass().addAll("flat", "small");
        previousPage.setTooltip(new Tooltip("Show the column to the left (Ctrl+Page Up)"));
        previousPage.setAccessibleText("Previous column");
        previousPage.setOnAction(e -> previousColumns());
        nextPage.setId("next-columns");
        nextPage.getStyleClass().addAll("flat", "small");
        nextPage.setTooltip(new Tooltip("Show the column to the right (Ctrl+Page Down)"));
        nextPage.setAccessibleText("Next column");
        nextPage.setOnAction(e -> nextColumns());
        Label hint = new Label("Not all columns fit: step through them, or hide the side panes (Ctrl+B, Ctrl+I).");
        hint.getStyleClass().add("pane-note");
        hint.setMinWidth(0);
        pager.getChildren().addAll(previousPage, pageLabel, nextPage, hint);
    }

    private void repage() {
        paging.fit(views.size(), getWidth());
        showPage();
    }

    private void showPage() {
        for (int i = 0; i < views.size(); i++) {
            boolean on = paging.shows(i);
            views.get(i).setVisible(on);
            views.get(i).setManaged(on);
        }
        boolean paged = paging.paged();
        setTop(paged ? pager : null);
        pageLabel.setText(paging.describe());
        previousPage.setDisable(paging.first() == 0);
        nextPage.setDisable(paging.first() + paging.perPage() >= paging.count());
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
                layers.get(i).setSuggested(marksIn(shown.get(i).id()));
            }
        }
        row.getChildren().setAll(views);
        repage();
        // A column that has just been given another article is the one the analyst wants to read.
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (i >= lastShown.size() || !lastShown.get(i).equals(shown.get(i))) {
                paging.reveal(i);
                break;
            }
        }
        lastShown = List.copyOf(shown);
    }

    /** Points out these spans in the columns that show their articles, replacing those pointed out before. */
    public void mark(List<TextMark> next) {
        marks = List.copyOf(next);
        for (int i = 0; i < views.size(); i++) {
            layers.get(i).setSuggested(marksIn(views.get(i).article().id()));
        }
    }

    /**
     * Scrolls every column showing one of the marks' articles to its first mark there. With
     * {@code openArticles}, an article not shown first takes the place of one no mark is in.
     */
    public void revealMarks(List<TextMark> revealed, boolean openArticles) {
        Map<Integer, Integer> firstByArticle = new LinkedHashMap<>();
        revealed.forEach(m -> firstByArticle.merge(m.articleId(), m.start(), Math::min));
        if (openArticles) {
            bringIntoColumns(firstByArticle);
        }
        firstByArticle.forEach((articleId, start) -> columnOf(articleId).ifPresent(column -> {
            paging.reveal(views.indexOf(column));
            layers.get(views.indexOf(column)).scrollTo(start);
        }));
    }

    private List<TextSpan> marksIn(int articleId) {
        return marks.stream().filter(m -> m.articleId() == articleId).map(TextMark::span).toList();
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
    private void bringIntoColumns(Map<Integer, Integer> firstOffsetByArticle) {
        for (Map.Entry<Integer, Integer> entry : firstOffsetByArticle.entrySet()) {
            if (columnOf(entry.getKey()).isEmpty()) {
                Article article = annotations.project().article(entry.getKey()).orElseThrow();
                for (int i = views.size() - 1; i >= 0; i--) {
                    if (!firstOffsetByArticle.containsKey(views.get(i).article().id())) {
                        columns.show(i, article);
                        // A column just given its article follows its caret to the top at the next
                        // layout, which would undo the scroll: the caret goes to the place first.
                        StyleClassedTextArea area = views.get(i).textArea();
                        area.moveTo(entry.getValue());
                        area.requestFollowCaret();
                        break;
                    }
                }
            }
        }
    }

    private void reveal(List<ClaimId> ids) {
        Annotations state = annotations.project().annotations();
        Map<Integer, List<Claim>> byArticle = new LinkedHashMap<>();
        ids.stream().map(state::claim).flatMap(Optional::stream)
                .forEach(c -> byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c));
        Map<Integer, Integer> firstOffsets = new LinkedHashMap<>();
        byArticle.forEach((articleId, claims) -> firstOffsets.put(articleId, claims.get(0).anchor().start()));
        bringIntoColumns(firstOffsets);
        byArticle.forEach((articleId, claims) -> columnOf(articleId).ifPresent(column -> {
            paging.reveal(views.indexOf(column));
            layers.get(views.indexOf(column)).reveal(claims);
        }));
    }
}
