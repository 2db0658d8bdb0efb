package org.corroborate.ui.articles;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.corroborate.model.Article;
import org.corroborate.ui.common.ArticleFormat;
import org.corroborate.ui.reader.ColumnsViewModel;

/**
 * The project's articles, each with outlet, date, length and headline, and a badge naming the
 * column that shows it. Double-click or Enter puts an article in the last column, or brings it
 * into view where it is already shown.
 */
public final class ArticleListView extends VBox {
    private static final double CELL_HEIGHT = 92;
    private static final double HEADLINE_MAX_HEIGHT = 52;

    private final ListView<Article> list = new ListView<>();
    private final ColumnsViewModel columns;

    public ArticleListView(javafx.collections.ObservableList<Article> articles, ColumnsViewModel columns) {
        this.columns = columns;
        getStyleClass().add("article-list-pane");
        Label heading = new Label("Articles");
        heading.getStyleClass().add("pane-heading");
        list.setId("article-list");
        list.setItems(articles);
        list.setCellFactory(view -> new ArticleCell());
        // One height for every cell: with wrapped headlines of varying height the list re-estimated
        // its cells on every refresh and came to rest part way into the first article.
        list.setFixedCellSize(CELL_HEIGHT);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                showSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showSelected();
            }
        });
        columns.shown().addListener((ListChangeListener<Article>) change -> list.refresh());
        articles.addListener((ListChangeListener<Article>) change -> list.scrollTo(0));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
    }

    private void showSelected() {
        Article selected = list.getSelectionModel().getSelectedItem();
        if (selected != null && columns.columnOf(selected) < 0 && columns.count() > 0) {
            columns.show(columns.count() - 1, selected);
        }
    }

    private final class ArticleCell extends ListCell<Article> {
        private final Label outlet = new Label();
        private final Label badge = new Label();
        private final Label details = new Label();
        private final Label headline = new Label();
        private final VBox box;

        ArticleCell() {
            outlet.getStyleClass().add("article-outlet");
            badge.getStyleClass().add("column-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            outlet.setMinWidth(0);
            details.getStyleClass().add("article-details");
            headline.getStyleClass().add("article-headline");
            headline.setWrapText(true);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, outlet, spacer, badge);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, top, headline, details);
            box.getStyleClass().add("article-cell");
            // A cell as wide as its text would widen the list instead of wrapping the headline.
            setPrefWidth(0);
            headline.setMaxHeight(HEADLINE_MAX_HEIGHT);
        }

        @Override
        protected void updateItem(Article article, boolean empty) {
            super.updateItem(article, empty);
            if (empty || article == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            outlet.setText(article.outletOrUnknown());
            headline.setText(article.displayHeadline());
            details.setText(ArticleFormat.date(article) + " · " + ArticleFormat.length(article));
            int column = columns.columnOf(article);
            // Just the number: the outlet's name needs the width more than the word "Column" does.
            badge.setText(column < 0 ? "" : Integer.toString(column + 1));
            badge.setAccessibleText(column < 0 ? null : "Shown in column " + (column + 1));
            badge.setTooltip(column < 0 ? null : new Tooltip("Shown in column " + (column + 1)));
            badge.setVisible(column >= 0);
            setTooltip(new Tooltip(article.displayHeadline() + "\n" + article.fileName()
                    + "\nDouble-click to show it in a column"));
            setGraphic(box);
        }
    }
}
