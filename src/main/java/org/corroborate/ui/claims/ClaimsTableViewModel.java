package org.corroborate.ui.claims;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.corroborate.model.Annotations;
import org.corroborate.ui.project.ProjectViewModel;

/** Every claim of the project as table rows, narrowed by a filter and a search text. */
public final class ClaimsTableViewModel {
    private final ProjectViewModel project;
    private final ObservableList<ClaimRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ClaimRow> visible = new FilteredList<>(rows);
    private final ObjectProperty<ClaimFilter> filter = new SimpleObjectProperty<>(ClaimFilter.ALL);
    private final StringProperty search = new SimpleStringProperty("");

    public ClaimsTableViewModel(ProjectViewModel project) {
        this.project = project;
        project.annotationsProperty().addListener((obs, old, now) -> rebuild(now));
        filter.addListener((obs, old, now) -> refilter());
        search.addListener((obs, old, now) -> refilter());
        rebuild(project.annotations());
    }

    public ObservableList<ClaimRow> visibleRows() {
        return visible;
    }

    public int totalCount() {
        return rows.size();
    }

    public ObjectProperty<ClaimFilter> filterProperty() {
        return filter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    private void rebuild(Annotations state) {
        rows.setAll(state.claims().stream()
                .map(claim -> project.article(claim.articleId()).map(article -> ClaimRow.of(claim, article, state)))
                .flatMap(Optional::stream)
                .toList());
    }

    private void refilter() {
        ClaimFilter chosen = filter.get() == null ? ClaimFilter.ALL : filter.get();
        String text = search.get();
        visible.setPredicate(row -> chosen.accepts(row) && row.matches(text));
    }
}
