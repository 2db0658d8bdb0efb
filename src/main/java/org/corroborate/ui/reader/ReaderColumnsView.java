package org.corroborate.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.corroborate.model.Article;

/**
 * The articles side by side. Columns share the width while each can keep a readable measure;
 * when they cannot, the row scrolls sideways instead of squeezing the text.
 */
public final class ReaderColumnsView extends ScrollPane {
    static final double MIN_COLUMN_WIDTH = 340;

    private final ColumnsViewModel columns;
    private final HBox row = new HBox();
    private final List<ReaderColumn> views = new ArrayList<>();

    public ReaderColumnsView(ColumnsViewModel columns) {
        this.columns = columns;
        getStyleClass().add("reader-columns");
        setId("reader-columns");
        row.getStyleClass().add("reader-row");
        setContent(row);
        setFitToHeight(true);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        columns.shown().addListener((ListChangeListener<Article>) change -> sync());
        sync();
    }

    public List<ReaderColumn> columnViews() {
        return List.copyOf(views);
    }

    private void sync() {
        List<Article> shown = columns.shown();
        while (views.size() > shown.size()) {
            views.remove(views.size() - 1);
        }
        while (views.size() < shown.size()) {
            ReaderColumn column = new ReaderColumn(views.size(), columns);
            column.setMinWidth(MIN_COLUMN_WIDTH);
            column.setPrefWidth(MIN_COLUMN_WIDTH);
            column.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(column, Priority.ALWAYS);
            views.add(column);
        }
        for (int i = 0; i < shown.size(); i++) {
            views.get(i).show(shown.get(i));
        }
        row.getChildren().setAll(views);
        row.setMinWidth(MIN_COLUMN_WIDTH * views.size());
    }
}
