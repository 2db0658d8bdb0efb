package org.corroborate.ui.matrix;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.corroborate.model.AlignmentMatrix;
import org.corroborate.model.AlignmentMatrix.Entry;
import org.corroborate.model.AlignmentMatrix.Order;
import org.corroborate.model.AlignmentMatrix.Row;
import org.corroborate.model.Article;
import org.corroborate.model.Timeline;
import org.corroborate.model.Verdict;

/**
 * The alignment matrix: a row per claim group, a column per article, what each article says for
 * each claim and who claims it, cells in conflict marked with how they differ. Clicking a cell's
 * words brings that claim into view in the reader.
 */
public final class MatrixView extends VBox {
    private static final double ARTICLE_WIDTH = 190;
    private static final double CELL_PADDING = 14;
    private final MatrixViewModel model;
    private final TableView<Row> table = new TableView<>();

    public MatrixView(MatrixViewModel model) {
        this.model = model;
        getStyleClass().add("matrix-pane");
        ChoiceBox<Order> order = new ChoiceBox<>();
        order.setId("matrix-order");
        order.getItems().setAll(Order.values());
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(Order value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Order fromString(String text) {
                return null;
            }
        });
        order.valueProperty().bindBidirectional(model.orderProperty());
        order.setTooltip(new Tooltip("How to order the rows"));
        CheckBox conflictsOnly = new CheckBox("Conflicts only");
        conflictsOnly.setId("matrix-conflicts-only");
        conflictsOnly.selectedProperty().bindBidirectional(model.conflictsOnlyProperty());
        CheckBox ungrouped = new CheckBox("Claims in no group");
        ungrouped.setId("matrix-ungrouped");
        ungrouped.setTooltip(new Tooltip("Add a row for each claim in no group; claims linked together share one"));
        ungrouped.selectedProperty().bindBidirectional(model.ungroupedClaimsProperty());
        Label summary = new Label();
        summary.setId("matrix-summary");
        summary.getStyleClass().add("pane-note");
        summary.textProperty().bind(Bindings.createStringBinding(model::summary, model.matrixProperty(),
                model.buildingProperty()));
        HBox bar = new HBox(10, new Label("Sort"), order, conflictsOnly, ungrouped, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));

        table.setId("matrix-table");
        table.setPlaceholder(new Label("No claim groups yet. Link claims across articles and group them (Ctrl+G)"
                + " to see what each source says side by side."));
        model.matrixProperty().addListener((obs, old, now) -> show(now));
        show(model.matrix());
        ListView<String> timeline = new ListView<>();
        timeline.setId("timeline-list");
        timeline.setPlaceholder(new Label("No articles"));
        timeline.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                // Without this a wrapping cell asks for its whole line's width and the list scrolls sideways.
                setPrefWidth(0);
            }
        });
        model.timelineProperty().addListener((obs, old, now) -> timeline.getItems().setAll(lines(now)));
        Label timelineTitle = new Label("When each was reported");
        timelineTitle.getStyleClass().add("matrix-title");
        VBox timelinePane = new VBox(4, timelineTitle, timeline);
        timelinePane.setPadding(new Insets(0, 0, 0, 6));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, timelinePane);
        split.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(timelinePane, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(bar, split);
    }

    /** The articles by date, then each group's values and who reported them first. */
    static List<String> lines(Timeline timeline) {
        List<String> lines = new ArrayList<>();
        for (Article article : timeline.articles()) {
            lines.add(article.published().map(Object::toString).orElse("undated") + " · " + source(article) + " — "
                    + article.displayHeadline());
        }
        for (Timeline.GroupValues group : timeline.groups()) {
            String statement = group.group().statement().isBlank() ? "Untitled group" : group.group().statement();
            lines.add(statement + ": " + group.describe(MatrixView::source));
        }
        return lines;
    }

    private static String source(Article article) {
        return article.outletOrUnknown() + " [" + article.id() + "]";
    }

    public MatrixViewModel model() {
        return model;
    }

    public TableView<Row> table() {
        return table;
    }

    private void show(AlignmentMatrix matrix) {
        TableColumn<Row, String> claim = new TableColumn<>("Claim");
        claim.setId("matrix-claim-column");
        claim.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().title()));
        claim.setCellFactory(column -> new WrappingCell("matrix-title"));
        claim.setPrefWidth(230);
        List<TableColumn<Row, ?>> columns = new ArrayList<>(List.of(claim));
        for (int i = 0; i < matrix.columns().size(); i++) {
            columns.add(articleColumn(matrix.columns().get(i), i));
        }
        TableColumn<Row, String> verdict = new TableColumn<>("Verdict");
        verdict.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().verdict().map(Verdict::label).orElse("—")));
        verdict.setCellFactory(column -> new WrappingCell("matrix-verdict"));
        verdict.setPrefWidth(100);
        columns.add(verdict);
        columns.forEach(c -> c.widthProperty().addListener((obs, old, now) -> table.refresh()));
        table.getColumns().setAll(columns);
        table.getItems().setAll(matrix.rows());
    }

    private TableColumn<Row, List<Entry>> articleColumn(Article article, int index) {
        TableColumn<Row, List<Entry>> column = new TableColumn<>(source(article));
        column.setId("matrix-article-" + article.id());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().cells().get(index)));
        column.setCellFactory(c -> new EntriesCell());
        column.setPrefWidth(ARTICLE_WIDTH);
        column.setSortable(false);
        return column;
    }

    /** A cell of words that wrap at the column's width, so a long statement shows whole. */
    private static final class WrappingCell extends TableCell<Row, String> {
        private final String styleClass;

        WrappingCell(String styleClass) {
            this.styleClass = styleClass;
            setAlignment(Pos.TOP_LEFT);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(null);
            setGraphic(empty || text == null ? null : wrapping(text, getTableColumn(), styleClass));
        }
    }

    /**
     * Words that wrap at the column's width. A wrapping Label will not do: the table asks a cell's
     * height for a narrow width before the column has its own, and a label asked that is one word
     * wide and as tall as the screen, which the table then keeps. Text wraps at a set width, so its
     * height does not depend on what it is asked; the table is refreshed when a column is resized.
     */
    private static Text wrapping(String words, TableColumn<?, ?> column, String styleClass) {
        Text text = new Text(words);
        double width = column.getWidth() > 0 ? column.getWidth() : column.getPrefWidth();
        text.setWrappingWidth(width - CELL_PADDING);
        text.getStyleClass().addAll("matrix-text", styleClass);
        return text;
    }

    /** What one article says for one row: each claim on a line of its own, each opening its claim when clicked. */
    private final class EntriesCell extends TableCell<Row, List<Entry>> {
        EntriesCell() {
            setAlignment(Pos.TOP_LEFT);
        }

        @Override
        protected void updateItem(List<Entry> entries, boolean empty) {
            super.updateItem(entries, empty);
            setText(null);
            if (empty || entries == null || entries.isEmpty()) {
                setGraphic(null);
                return;
            }
            VBox box = new VBox(4);
            for (Entry entry : entries) {
                Text label = wrapping(text(entry), getTableColumn(), "matrix-entry");
                if (!entry.conflicts().isEmpty()) {
                    label.getStyleClass().add("matrix-conflict");
                }
                label.setOnMouseClicked(e -> model.open(entry));
                Tooltip.install(label, new Tooltip("Show this claim in the reader"));
                box.getChildren().add(label);
            }
            setGraphic(box);
        }
    }

    private static String text(Entry entry) {
        if (entry.conflicts().isEmpty()) {
            return entry.text();
        }
        return entry.text() + "\n≠ " + entry.conflictWords();
    }
}
