package org.corroborate.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.corroborate.model.Article;
import org.corroborate.service.ArticleDetails;

/** The four details of an article an analyst may correct, filled with what the article has. */
final class ArticleDetailsDialog {
    private ArticleDetailsDialog() {
    }

    static Optional<ArticleDetails> ask(Window owner, Article article) {
        TextField outlet = new TextField(article.outlet().orElse(""));
        TextField headline = new TextField(article.headline());
        TextField date = new TextField(article.published().map(LocalDate::toString).orElse(""));
        date.setPromptText("YYYY-MM-DD");
        TextField url = new TextField(article.url().orElse(""));
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(8);
        fields.addRow(0, new Label("Outlet"), outlet);
        fields.addRow(1, new Label("Headline"), headline);
        fields.addRow(2, new Label("Date"), date);
        fields.addRow(3, new Label("Address (URL)"), url);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Article details");
        dialog.setHeaderText(article.fileName());
        dialog.getDialogPane().setContent(fields);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // A date that is not one keeps the dialog open, saying why, rather than dropping the other fields.
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (parse(date.getText()).isEmpty() && !date.getText().isBlank()) {
                date.setText("");
                date.setPromptText("Not a date: write it as YYYY-MM-DD");
                e.consume();
            }
        });
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> new ArticleDetails(
                Optional.of(outlet.getText()), Optional.of(headline.getText()), parse(date.getText()),
                Optional.of(url.getText())));
    }

    private static Optional<LocalDate> parse(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
