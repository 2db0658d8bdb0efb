package org.corroborate.ui.matrix;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.corroborate.model.AlignmentMatrix;
import org.corroborate.model.AlignmentMatrix.Options;
import org.corroborate.model.AlignmentMatrix.Order;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Timeline;
import org.corroborate.ui.annotation.AnnotationViewModel;
import org.corroborate.ui.project.ProjectViewModel;

/**
 * The alignment matrix as the window shows it, with its order and filters. The matrix is built on
 * the background executor, and only while it is shown: a project of thousands of claims would
 * otherwise pay for a rebuild after every edit, in the same queue as the edits' saves.
 */
public final class MatrixViewModel {
    private static final AlignmentMatrix EMPTY = new AlignmentMatrix(List.of(), List.of());

    private final ProjectViewModel project;
    private final AnnotationViewModel annotations;
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(Order.CONFLICT);
    private final BooleanProperty conflictsOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty ungroupedClaims = new SimpleBooleanProperty(false);
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<AlignmentMatrix> matrix = new ReadOnlyObjectWrapper<>(EMPTY);
    private final ReadOnlyObjectWrapper<Timeline> timeline =
            new ReadOnlyObjectWrapper<>(new Timeline(List.of(), List.of()));
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(false);
    private boolean stale = true;

    public MatrixViewModel(AnnotationViewModel annotations) {
        this.annotations = annotations;
        this.project = annotations.project();
        project.annotationsProperty().addListener((obs, old, now) -> invalidate());
        project.articles().addListener((javafx.collections.ListChangeListener<Article>) change -> invalidate());
        order.addListener((obs, old, now) -> invalidate());
        conflictsOnly.addListener((obs, old, now) -> invalidate());
        ungroupedClaims.addListener((obs, old, now) -> invalidate());
        shown.addListener((obs, was, is) -> rebuildIfNeeded());
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    public BooleanProperty conflictsOnlyProperty() {
        return conflictsOnly;
    }

    public BooleanProperty ungroupedClaimsProperty() {
        return ungroupedClaims;
    }

    /** Whether the matrix is on screen; it is built only then. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyObjectProperty<AlignmentMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public AlignmentMatrix matrix() {
        return matrix.get();
    }

    /** The articles by publication date, and who reported each value of a group first. */
    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }

    /** What the matrix holds, in a few words, for the line above it. */
    public String summary() {
        AlignmentMatrix current = matrix.get();
        if (building.get() && current == EMPTY) {
            return "Building the matrix…";
        }
        long conflicting = current.rows().stream().filter(AlignmentMatrix.Row::inConflict).count();
        return count(current.rows().size(), "row") + " · " + count(current.columns().size(), "article") + " · "
                + conflicting + " with conflicts";
    }

    /** Selects the cell's claim and scrolls the reader to it, opening its article in a column if need be. */
    public void open(AlignmentMatrix.Entry entry) {
        annotations.selectAndReveal(entry.claim());
    }

    private void invalidate() {
        stale = true;
        rebuildIfNeeded();
    }

    // One build at a time: changes that arrive while one runs are picked up by one more build after it.
    private void rebuildIfNeeded() {
        if (!stale || !shown.get() || building.get()) {
            return;
        }
        stale = false;
        building.set(true);
        List<Article> articles = List.copyOf(project.articles());
        Annotations state = project.annotations();
        Options options = new Options(ungroupedClaims.get(), conflictsOnly.get(), order.get());
        project.executor().submit("Building the alignment matrix",
                progress -> new Built(AlignmentMatrix.of(articles, state, options), Timeline.of(articles, state)),
                built -> {
                    building.set(false);
                    matrix.set(built.matrix());
                    timeline.set(built.timeline());
                    rebuildIfNeeded();
                },
                failure -> {
                    building.set(false);
                    project.say("Could not build the alignment matrix: " + failure.getMessage());
                });
    }

    private record Built(AlignmentMatrix matrix, Timeline timeline) {
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
