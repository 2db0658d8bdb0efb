package org.corroborate.ui.claims;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.corroborate.model.ClaimId;
import org.corroborate.ui.annotation.AnnotationViewModel;

/**
 * Every claim in a sortable table, with a filter (conflicts, orphans to review…) and a search box.
 * Choosing a row selects the claim and brings it, and the claims linked to it, into view.
 */
public final class ClaimsTableView extends VBox {
    private final TableView<ClaimRow> table = new TableView<>();
    private final AnnotationViewModel annotations;
    private boolean followingSelection;

    public ClaimsTableView(ClaimsTableViewModel model, AnnotationViewModel annotations) {
        this.annotations = annotations;
        getStyleClass().add("claims-pane");
        TextField search = new TextField();
        search.setId("claims-search");
        search.setPromptText("Search claims");
        // A screen reader does not read the prompt as the field's name.
        search.setAccessibleText("Search claims");
        search.textProperty().bindBidirectional(model.searchProperty());
        ChoiceBox<ClaimFilter> filter = new ChoiceBox<>();
        filter.setId("claims-filter");
        filter.getItems().setAll(ClaimFilter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        Label shown = new Label();
        shown.getStyleClass().add("pane-note");
        HBox bar = new HBox(8, new Label("Show"), filter, search, shown);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("claims-bar");
        bar.setPadding(new Insets(6, 8, 6, 8));
        HBox.setHgrow(search, Priority.ALWAYS);

        table.setId("claims-table");
        // Dense rows: on a laptop the pane below the reader has room for a few rows, and each counts.
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label("No claims here yet. Select words in a column and press Ctrl+M to mark one."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("⚠", row -> row.inConflict() ? "⚠" : "", 34));
        table.getColumns().add(column("Outlet", ClaimRow::outlet, 150));
        table.getColumns().add(column("Quote", ClaimRow::quote, 340));
        table.getColumns().add(column("Claimant", ClaimRow::claimant, 170));
        table.getColumns().add(column("Kind", ClaimRow::kind, 110));
        table.getColumns().add(column("Status", ClaimRow::status, 110));
        table.getColumns().add(column("Group", ClaimRow::group, 180));
        table.getColumns().get(0).setId("conflict-column");
        SortedList<ClaimRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(view -> {
            TableRow<ClaimRow> row = new TableRow<>();
            row.itemProperty().addListener((obs, old, item) ->
                    row.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("conflict"),
                            item != null && item.inConflict()));
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !followingSelection) {
                annotations.selectAndReveal(row.claim().id());
            }
        });
        annotations.selectedProperty().addListener((obs, old, id) -> follow(id));
        shown.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.visibleRows().size() + " of " + model.totalCount() + " claims", model.visibleRows()));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    // Selecting a claim elsewhere selects its row, without bouncing back to reveal it again.
    private void follow(ClaimId id) {
        followingSelection = true;
        try {
            table.getItems().stream().filter(r -> r.claim().id().equals(id)).findFirst().ifPresentOrElse(row -> {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }, () -> table.getSelectionModel().clearSelection());
        } finally {
            followingSelection = false;
        }
    }

    private static TableColumn<ClaimRow, String> column(String title, Function<ClaimRow, String> value, double width) {
        TableColumn<ClaimRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
