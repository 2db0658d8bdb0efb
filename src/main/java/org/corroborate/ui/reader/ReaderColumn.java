package org.corroborate.ui.reader;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.corroborate.model.Article;
import org.corroborate.model.TextSpan;
import org.corroborate.ui.annotation.WordSnap;
import org.corroborate.ui.common.ArticleFormat;
import org.corroborate.ui.common.FocusSteps;
import org.corroborate.ui.common.Icons;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import java.util.Optional;
import org.corroborate.ui.annotation.TextSelection;

/**
 * One article as a column: a header naming outlet, headline and date, with a chooser to put another
 * article here, and the article's text, read-only but selectable.
 */
public final class ReaderColumn extends VBox {
    private final Label outlet = new Label();
    private final Label headline = new Label();
    private final Label details = new Label();
    private final MenuButton chooser = new MenuButton();
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final VBox header;
    private final int index;
    private final ColumnsViewModel columns;
    private Article article;

    public ReaderColumn(int index, ColumnsViewModel columns) {
        getStyleClass().add("reader-column");
        setId("column-" + index);

        outlet.getStyleClass().add("column-outlet");
        // A long outlet ("Mangalorean.com (wire copy citing the BBC)") wraps rather than losing its end.
        outlet.setWrapText(true);
        outlet.setMinWidth(0);
        headline.getStyleClass().add("column-headline");
        headline.setWrapText(true);
        details.getStyleClass().add("column-details");

        this.index = index;
        this.columns = columns;
        chooser.setGraphic(Icons.swap());
        chooser.getStyleClass().addAll("column-chooser", "flat");
        chooser.setId("column-chooser-" + index);
        chooser.setTooltip(new Tooltip("Show another article in this column"));
        chooser.setOnShowing(e -> fillChooser());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox outletRow = new HBox(8, outlet, spacer, chooser);
        outletRow.setAlignment(Pos.TOP_LEFT);
        header = new VBox(4, outletRow, headline, details);
        header.getStyleClass().add("column-header");
        header.setPadding(new Insets(10, 12, 10, 12));
        MenuItem editDetails = new MenuItem("Edit Article Details…");
        editDetails.setId("edit-article-details-" + index);
        editDetails.setOnAction(e -> {
            if (article != null) {
                columns.editDetails(article);
            }
        });
        ContextMenu headerMenu = new ContextMenu(editDetails);
        // The menu key asks for the menu; a right click is taken too, since not every platform asks on one.
        header.setOnContextMenuRequested(e -> showOnce(headerMenu, e.getScreenX(), e.getScreenY()));
        header.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                showOnce(headerMenu, e.getScreenX(), e.getScreenY());
            }
        });

        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("article-text");
        text.setId("article-text-" + index);
        text.setPadding(new Insets(10, 14, 14, 14));
        text.addEventHandler(MouseEvent.MOUSE_RELEASED, this::snapSelection);
        FocusSteps.letTabLeave(text);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(text);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().addAll(header, scroll);
    }

    /** Shows an article; returns false when it was already shown. */
    public boolean show(Article next) {
        if (next.equals(article)) {
            return false;
        }
        article = next;
        outlet.setText(next.outletOrUnknown());
        headline.setText(next.displayHeadline());
        headline.setTooltip(next.headlineDescriptive()
                ? new Tooltip("No headline in the saved text: a descriptive title given by the set's editor")
                : null);
        details.setText(ArticleFormat.date(next) + " · " + ArticleFormat.length(next));
        text.replaceText(next.text());
        text.moveTo(0);
        text.requestFollowCaret();
        return true;
    }

    private void showOnce(ContextMenu menu, double screenX, double screenY) {
        if (!menu.isShowing()) {
            menu.show(header, screenX, screenY);
        }
    }

    public Article article() {
        return article;
    }

    /** Outlet, headline and date above the text. */
    public VBox header() {
        return header;
    }

    public StyleClassedTextArea textArea() {
        return text;
    }

    /** The text selected in this column, if any. */
    public Optional<TextSelection> selection() {
        var range = text.getSelection();
        if (article == null || range.getLength() == 0) {
            return Optional.empty();
        }
        return Optional.of(new TextSelection(article.id(), range.getStart(),
                range.getEnd()));
    }

    // A mouse selection snaps to whole words, and a triple-click takes the sentence rather than
    // the paragraph: claims are words and sentences, and a stray colon or half a word is a slip.
    private void snapSelection(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        String content = text.getText();
        Optional<TextSpan> snapped = e.getClickCount() >= 3
                ? WordSnap.sentenceAt(content, text.hit(e.getX(), e.getY()).getInsertionIndex())
                : text.getSelection().getLength() == 0 ? Optional.empty()
                : WordSnap.snap(content, text.getSelection().getStart(), text.getSelection().getEnd());
        snapped.ifPresent(span -> text.selectRange(span.start(), span.end()));
    }

    // Filled as the menu opens, so it always lists the project's current articles.
    private void fillChooser() {
        ToggleGroup group = new ToggleGroup();
        chooser.getItems().clear();
        for (Article candidate : columns.available()) {
            RadioMenuItem item = new RadioMenuItem(ArticleFormat.oneLine(candidate));
            item.setToggleGroup(group);
            item.setSelected(candidate.equals(article));
            item.setOnAction(e -> columns.show(index, candidate));
            chooser.getItems().add(item);
        }
    }
}
