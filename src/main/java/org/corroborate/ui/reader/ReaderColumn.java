package org.corroborate.ui.reader;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.corroborate.model.Article;
import org.corroborate.ui.common.ArticleFormat;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * One article as a column: a header naming outlet, headline and date, with a chooser to put another
 * article here, and the article's text, read-only but selectable.
 */
public final class ReaderColumn extends VBox {
    private final Label outlet = new Label();
    private final Label headline = new Label();
    private final Label details = new Label();
    private final ComboBox<Article> chooser = new ComboBox<>();
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private Article article;
    private boolean updatingChooser;

    public ReaderColumn(int index, ColumnsViewModel columns) {
        getStyleClass().add("reader-column");
        setId("column-" + index);

        outlet.getStyleClass().add("column-outlet");
        headline.getStyleClass().add("column-headline");
        headline.setWrapText(true);
        details.getStyleClass().add("column-details");

        chooser.setItems(columns.available());
        chooser.getStyleClass().add("column-chooser");
        chooser.setId("column-chooser-" + index);
        chooser.setTooltip(new Tooltip("Show another article in this column"));
        chooser.setCellFactory(list -> new ArticleChoiceCell());
        chooser.setButtonCell(new ArticleChoiceCell());
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.valueProperty().addListener((obs, old, chosen) -> {
            if (!updatingChooser && chosen != null && !chosen.equals(article)) {
                columns.show(index, chosen);
            }
        });

        HBox outletRow = new HBox(8, outlet);
        VBox header = new VBox(4, chooser, outletRow, headline, details);
        header.getStyleClass().add("column-header");
        header.setPadding(new Insets(10, 12, 10, 12));

        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("article-text");
        text.setId("article-text-" + index);
        text.setPadding(new Insets(10, 14, 14, 14));
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(text);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().addAll(header, scroll);
    }

    public void show(Article next) {
        if (next.equals(article)) {
            return;
        }
        article = next;
        outlet.setText(next.outletOrUnknown());
        headline.setText(next.displayHeadline());
        headline.setTooltip(next.headlineDescriptive()
                ? new Tooltip("No headline in the saved text: a descriptive title given by the set's editor")
                : null);
        details.setText(ArticleFormat.date(next) + " · " + ArticleFormat.length(next));
        updatingChooser = true;
        chooser.setValue(next);
        updatingChooser = false;
        text.replaceText(next.text());
        text.moveTo(0);
        text.requestFollowCaret();
    }

    public Article article() {
        return article;
    }

    public StyleClassedTextArea textArea() {
        return text;
    }

    private static final class ArticleChoiceCell extends ListCell<Article> {
        @Override
        protected void updateItem(Article item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ArticleFormat.oneLine(item));
        }
    }
}
