package org.corroborate.ui.export;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.StackPane;
import org.corroborate.service.ExportFormat;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.corroborate.ui.common.Choices;

/** File → Export…: pick a format (for a ClaimReview, name the desk and the page), read the preview, save it. */
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
        StyleClassedTextArea formatted = formattedPreview(model);
        // The reports are shown as they will read; the data formats as the text they are.
        BooleanBinding readable = Bindings.createBooleanBinding(() -> model.formatProperty().get() == ExportFormat.MARKDOWN
                || model.formatProperty().get() == ExportFormat.HTML, model.formatProperty());
        VirtualizedScrollPane<StyleClassedTextArea> formattedScroll = new VirtualizedScrollPane<>(formatted);
        formattedScroll.visibleProperty().bind(readable);
        preview.visibleProperty().bind(readable.not());
        StackPane previews = new StackPane(preview, formattedScroll);
        Button save = new Button("Save…");
        save.setId("export-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.chooseFileAndSave());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox formatRow = new HBox(8, new Label("Format"), format);
        formatRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, formatRow, publisherRow(model));
        HBox buttons = new HBox(8, spacer, close, save);
        BorderPane root = new BorderPane(previews, top, null, buttons, null);
        BorderPane.setMargin(previews, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 860, 620);
        owner.getScene().getStylesheets().forEach(scene.getStylesheets()::add);
        stage.setScene(scene);
        stage.setTitle("Export verification notes");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        // Opening on the format list lets the keyboard choose a format with the arrows and save with Enter.
        stage.setOnShown(e -> format.requestFocus());
    }

    private static StyleClassedTextArea formattedPreview(ExportViewModel model) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId("export-formatted");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("export-formatted");
        area.setAccessibleText("Preview of the report as it will read");
        Runnable show = () -> {
            ExportFormat chosen = model.formatProperty().get();
            String source = model.previewProperty().get();
            List<FormattedPreview.Line> lines = chosen == ExportFormat.HTML && source.stripLeading().startsWith("<")
                    ? FormattedPreview.html(source)
                    : chosen == ExportFormat.MARKDOWN ? FormattedPreview.markdown(source)
                    : List.of(new FormattedPreview.Line(source, FormattedPreview.Style.BODY));
            area.replaceText(String.join("\n", lines.stream().map(FormattedPreview.Line::text).toList()));
            int at = 0;
            for (FormattedPreview.Line line : lines) {
                area.setStyleClass(at, at + line.text().length(),
                        "preview-" + line.style().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                at += line.text().length() + 1;
            }
            area.moveTo(0);
            area.requestFollowCaret();
        };
        model.previewProperty().addListener((obs, old, now) -> show.run());
        show.run();
        return area;
    }

    /** The desk and the page a ClaimReview names, shown only when ClaimReview is chosen. */
    private static HBox publisherRow(ExportViewModel model) {
        TextField desk = new TextField();
        desk.setId("export-desk");
        desk.setPromptText("The desk that publishes the fact checks");
        desk.textProperty().bindBidirectional(model.deskProperty());
        TextField page = new TextField();
        page.setId("export-page");
        page.setPromptText("https://… (the page that publishes them; optional)");
        page.textProperty().bindBidirectional(model.pageProperty());
        HBox.setHgrow(desk, Priority.ALWAYS);
        HBox.setHgrow(page, Priority.ALWAYS);
        HBox row = new HBox(8, new Label("Desk"), desk, new Label("Page"), page);
        row.setAlignment(Pos.CENTER_LEFT);
        BooleanBinding shown = Bindings.createBooleanBinding(
                () -> model.formatProperty().get() != null && model.formatProperty().get().namesPublisher(),
                model.formatProperty());
        row.visibleProperty().bind(shown);
        row.managedProperty().bind(shown);
        return row;
    }

    public void show(ExportViewModel model) {
        model.refreshPreview();
        stage.show();
    }
}
