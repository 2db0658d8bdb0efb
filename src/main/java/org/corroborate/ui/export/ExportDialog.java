package org.corroborate.ui.export;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.corroborate.service.ExportFormat;
import org.corroborate.ui.common.Choices;

/** File → Export…: pick a format, read the preview, save it. */
public final class ExportDialog {
    private final Stage stage = new Stage();

    public ExportDialog(Window owner, ExportViewModel model) {
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        Choices.labelled(format, ExportFormat::label);
        format.valueProperty().bindBidirectional(model.formatProperty());
        TextArea preview = new TextArea();
        preview.setId("export-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.getStyleClass().add("export-preview");
        preview.textProperty().bind(model.previewProperty());
        Button save = new Button("Save…");
        save.setId("export-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.chooseFileAndSave());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, new Label("Format"), format);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, spacer, close, save);
        BorderPane root = new BorderPane(preview, top, null, buttons, null);
        BorderPane.setMargin(preview, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 860, 620);
        owner.getScene().getStylesheets().forEach(scene.getStylesheets()::add);
        stage.setScene(scene);
        stage.setTitle("Export verification notes");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
    }

    public void show(ExportViewModel model) {
        model.refreshPreview();
        stage.show();
    }
}
