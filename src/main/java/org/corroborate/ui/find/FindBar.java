package org.corroborate.ui.find;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The find bar above the columns (Ctrl+F): type words, see how many hits each article has, step
 * through them with Enter, F3 and Shift+F3; Escape closes it.
 */
public final class FindBar extends HBox {
    private final TextField field = new TextField();

    public FindBar(FindViewModel model) {
        super(8);
        setId("find-bar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        field.setId("find-field");
        field.setPromptText("Find in every article");
        field.setAccessibleText("Find in every article");
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(model.queryProperty());
        field.setOnAction(e -> model.next());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.close();
                e.consume();
            }
        });
        Label summary = new Label();
        summary.setId("find-summary");
        summary.getStyleClass().add("pane-note");
        summary.textProperty().bind(Bindings.createStringBinding(model::summary, model.resultProperty(),
                model.currentProperty(), model.queryProperty()));
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        Button previous = button("↑", "Previous hit (Shift+F3)", model::previous);
        previous.setId("find-previous");
        Button next = button("↓", "Next hit (F3, or Enter)", model::next);
        next.setId("find-next");
        Button close = button("✕", "Close the find bar (Escape)", model::close);
        close.setId("find-close");
        Label title = new Label("Find");
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.setLabelFor(field);
        getChildren().addAll(title, field, previous, next, summary, close);
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(model.shownProperty());
        model.shownProperty().addListener((obs, was, is) -> {
            if (is) {
                Platform.runLater(() -> {
                    field.requestFocus();
                    field.selectAll();
                });
            }
        });
    }

    private static Button button(String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setOnAction(e -> action.run());
        return button;
    }
}
