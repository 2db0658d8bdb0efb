package org.corroborate.ui.export;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.corroborate.service.ExportFormat;
import org.corroborate.service.ProjectExport;
import org.corroborate.service.Workspace;
import org.corroborate.ui.project.ProjectViewModel;

/**
 * Verification notes leaving the workbench: the chosen format, a preview of exactly what will be
 * written, and the writing itself, all done away from the JavaFX thread.
 */
public final class ExportViewModel {
    private static final int PREVIEW_LIMIT = 200_000;

    private final ProjectViewModel project;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.MARKDOWN);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");

    public ExportViewModel(ProjectViewModel project) {
        this.project = project;
        format.addListener((obs, old, now) -> refreshPreview());
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public void refreshPreview() {
        Workspace workspace = project.workspaceProperty().get();
        ExportFormat chosen = format.get();
        if (workspace == null || chosen == null) {
            preview.set("");
            return;
        }
        preview.set("Preparing the preview…");
        project.executor().submit("Preparing " + chosen.label(), progress -> {
            StringWriter text = new StringWriter();
            ProjectExport.write(workspace, chosen, text, Instant.now());
            String whole = text.toString();
            return whole.length() <= PREVIEW_LIMIT ? whole
                    : whole.substring(0, PREVIEW_LIMIT) + "\n… (the preview stops here; the file holds everything)";
        }, text -> {
            if (chosen == format.get()) {
                preview.set(text);
            }
        }, e -> preview.set("The preview could not be made: " + e.getMessage()));
    }

    /** The file name offered when saving: the project's title, made safe for a file system. */
    public String suggestedFileName() {
        Workspace workspace = project.workspaceProperty().get();
        String title = workspace == null ? "corroborate" : workspace.info().title();
        String safe = title.replaceAll("[\\\\/:*?\"<>|]+", " ").strip();
        return (safe.isEmpty() ? "corroborate" : safe) + "." + format.get().extension();
    }

    /** Asks where to save, then writes the file whole or not at all. */
    public void chooseFileAndSave() {
        ExportFormat chosen = format.get();
        project.dialogs().chooseFileToSave("Export " + chosen.label(), suggestedFileName(), chosen.label(),
                "*." + chosen.extension()).ifPresent(file -> save(chosen, file));
    }

    private void save(ExportFormat chosen, Path file) {
        Workspace workspace = project.workspaceProperty().get();
        project.executor().submit("Exporting to " + file.getFileName(), progress -> {
            ProjectExport.toFile(workspace, chosen, file, Instant.now());
            return file;
        }, saved -> project.say("Exported " + chosen.label() + " to " + saved + "."),
                e -> project.dialogs().showError("Could not export to " + file, e.getMessage()));
    }
}
