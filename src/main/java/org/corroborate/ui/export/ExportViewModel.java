package org.corroborate.ui.export;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.corroborate.model.Publisher;
import org.corroborate.service.ExportFormat;
import org.corroborate.service.ProjectException;
import org.corroborate.service.ProjectExport;
import org.corroborate.service.Workspace;
import org.corroborate.ui.project.ProjectViewModel;

/**
 * Verification notes leaving the workbench: the chosen format, for a ClaimReview the desk that
 * publishes it and the page it goes on, a preview of exactly what will be written, and the writing
 * itself, all done away from the JavaFX thread. An export the project cannot give (a ClaimReview with
 * no verdict to review, say) is said in the preview, and cannot be saved.
 */
public final class ExportViewModel {
    private static final int PREVIEW_LIMIT = 200_000;

    private final ProjectViewModel project;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.MARKDOWN);
    private final StringProperty desk = new SimpleStringProperty("");
    private final StringProperty page = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
    private long previewsAsked;

    public ExportViewModel(ProjectViewModel project) {
        this.project = project;
        desk.set(project.claimReviewDesk().orElse(""));
        format.addListener((obs, old, now) -> refreshPreview());
        desk.addListener((obs, old, now) -> refreshPreviewOfPublisher());
        page.addListener((obs, old, now) -> refreshPreviewOfPublisher());
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The desk a ClaimReview names as its author. */
    public StringProperty deskProperty() {
        return desk;
    }

    /** The address of the page that publishes a ClaimReview; may be left empty. */
    public StringProperty pageProperty() {
        return page;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** False while the preview is being made, and when it says why the export cannot be made. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public void refreshPreview() {
        Workspace workspace = project.workspaceProperty().get();
        ExportFormat chosen = format.get();
        canSave.set(false);
        if (workspace == null || chosen == null) {
            preview.set("");
            return;
        }
        long asked = ++previewsAsked;
        Publisher publisher;
        try {
            publisher = publisher();
        } catch (IllegalArgumentException e) {
            preview.set("The page address " + e.getMessage());
            return;
        }
        preview.set("Preparing the preview…");
        project.executor().submit("Preparing " + chosen.label(), progress -> {
            StringWriter text = new StringWriter();
            ProjectExport.write(workspace, chosen, publisher, text, Instant.now());
            String whole = text.toString();
            return whole.length() <= PREVIEW_LIMIT ? whole
                    : whole.substring(0, PREVIEW_LIMIT) + "\n… (the preview stops here; the file holds everything)";
        }, text -> {
            if (asked == previewsAsked) {
                preview.set(text);
                canSave.set(true);
            }
        }, e -> {
            if (asked == previewsAsked) {
                preview.set(e instanceof ProjectException refused && refused.kind() == ProjectException.Kind.REFUSED
                        ? e.getMessage()
                        : "The preview could not be made: " + e.getMessage());
            }
        });
    }

    private void refreshPreviewOfPublisher() {
        if (format.get() != null && format.get().namesPublisher()) {
            refreshPreview();
        }
    }

    private Publisher publisher() {
        return format.get().namesPublisher() ? Publisher.of(desk.get(), page.get()) : Publisher.NONE;
    }

    /** The file name offered when saving: the project's title, made safe for a file system. */
    public String suggestedFileName() {
        Workspace workspace = project.workspaceProperty().get();
        String title = workspace == null ? "corroborate" : workspace.info().title();
        String safe = title.replaceAll("[\\\\/:*?\"<>|]+", " ").strip();
        return format.get().fileName(safe.isEmpty() ? "corroborate" : safe);
    }

    /** Asks where to save, then writes the file whole or not at all. */
    public void chooseFileAndSave() {
        if (!canSave.get()) {
            return;
        }
        ExportFormat chosen = format.get();
        Publisher publisher = publisher();
        project.dialogs().chooseFileToSave("Export " + chosen.label(), suggestedFileName(), chosen.label(),
                "*." + chosen.extension()).ifPresent(file -> save(chosen, publisher, file));
    }

    private void save(ExportFormat chosen, Publisher publisher, Path file) {
        Workspace workspace = project.workspaceProperty().get();
        project.executor().submit("Exporting to " + file.getFileName(), progress -> {
            ProjectExport.toFile(workspace, chosen, publisher, file, Instant.now());
            publisher.desk().ifPresent(project::rememberClaimReviewDesk);
            return file;
        }, saved -> project.say("Exported " + chosen.label() + " to " + saved + "."),
                e -> project.dialogs().showError("Could not export to " + file, e.getMessage()));
    }
}
