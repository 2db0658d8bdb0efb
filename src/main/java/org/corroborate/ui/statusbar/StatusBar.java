package org.corroborate.ui.statusbar;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The window's foot: the latest message, progress while work runs, and the project's counts. */
public final class StatusBar extends HBox {
    private final Label message = new Label();
    private final Label counts = new Label();
    private final ProgressBar progress = new ProgressBar();

    public StatusBar(ObservableStringValue status, ObservableBooleanValue busy, ObservableStringValue workMessage,
                     ObservableDoubleValue workProgress, ObservableStringValue countsText) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        message.setId("status-message");
        message.textProperty().bind(Bindings.when(Bindings.and(busy, Bindings.isNotEmpty(workMessage)))
                .then(workMessage).otherwise(status));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        progress.setPrefWidth(140);
        progress.progressProperty().bind(workProgress);
        progress.visibleProperty().bind(busy);
        progress.managedProperty().bind(busy);
        counts.setId("status-counts");
        counts.textProperty().bind(countsText);
        getChildren().addAll(message, progress, counts);
    }
}
