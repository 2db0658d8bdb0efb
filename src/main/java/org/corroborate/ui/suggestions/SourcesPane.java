package org.corroborate.ui.suggestions;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.corroborate.model.Article;
import org.corroborate.service.SourceIndependence;
import org.corroborate.service.Suggestions;
import org.corroborate.ui.annotation.ClaimText;

/**
 * The Sources section: the article × article matrix of shared content (row's share found in the
 * column's article), the pairs judged dependent in bold, and for a chosen cell the rewrite's
 * passages beside its source's.
 */
final class SourcesPane extends HBox {
    private final SuggestionsViewModel model;
    private final GridPane grid = new GridPane();
    private final Label independent = new Label();
    private final Label cellNote = new Label("Choose a cell to see what the two articles share.");
    private final ListView<SourceIndependence.Passage> passages = new ListView<>();

    SourcesPane(SuggestionsViewModel model) {
        this.model = model;
        setId("sources-pane");
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        grid.setId("sources-matrix");
        grid.setHgap(2);
        grid.setVgap(2);
        ScrollPane gridScroll = new ScrollPane(grid);
        gridScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The matrix is narrow; it keeps its whole width and scrolls only downwards.
        gridScroll.minWidthProperty().bind(grid.widthProperty().add(14));
        independent.getStyleClass().add("pane-note");
        independent.setId("sources-independent");
        independent.setTooltip(new Tooltip("Each cell: the share of the row's article found in the column's;"
                + " bold where one is judged to rewrite the other"));
        VBox matrix = new VBox(2, independent, gridScroll);
        VBox.setVgrow(gridScroll, Priority.ALWAYS);
        cellNote.setId("sources-cell-note");
        cellNote.setWrapText(true);
        cellNote.getStyleClass().add("pane-note");
        passages.setId("sources-passages");
        passages.setItems(model.passages());
        passages.setPlaceholder(new Label("No passages: these two are not judged to depend on each other."));
        passages.setCellFactory(view -> new PassageCell());
        passages.getSelectionModel().selectedItemProperty().addListener((obs, old, passage) -> {
            if (passage != null) {
                model.selectPassage(passage);
            }
        });
        VBox.setVgrow(passages, Priority.ALWAYS);
        VBox detail = new VBox(4, cellNote, passages);
        HBox.setHgrow(detail, Priority.ALWAYS);
        getChildren().addAll(matrix, detail);
        model.resultProperty().addListener((obs, old, now) -> fill(now));
        model.cellProperty().addListener((obs, old, cell) -> describe(cell));
    }

    private void fill(Suggestions suggestions) {
        grid.getChildren().clear();
        if (suggestions == null) {
            return;
        }
        SourceIndependence sources = suggestions.sources();
        List<Integer> ids = sources.articles();
        ToggleGroup cells = new ToggleGroup();
        for (int i = 0; i < ids.size(); i++) {
            Label columnHead = head(ids.get(i), sources.files().get(i));
            grid.add(columnHead, i + 1, 0);
            grid.add(head(ids.get(i), sources.files().get(i)), 0, i + 1);
            for (int j = 0; j < ids.size(); j++) {
                if (i == j) {
                    grid.add(new Label("—"), j + 1, i + 1);
                    continue;
                }
                double shared = sources.shared().get(i).get(j);
                ToggleButton cell = new ToggleButton(Math.round(shared * 100) + "%");
                cell.setId("source-cell-" + i + "-" + j);
                cell.getStyleClass().addAll("source-cell", "small");
                if (dependent(sources, i, j)) {
                    cell.getStyleClass().add("dependent");
                }
                // The more is shared, the stronger the tint: the eye finds the copies first.
                cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(207, 34, 46, %.2f);",
                        Math.min(0.6, shared * 0.8)));
                cell.setToggleGroup(cells);
                int row = i;
                int column = j;
                cell.setOnAction(e -> model.selectCell(row, column));
                grid.add(cell, j + 1, i + 1);
            }
        }
        independent.setText(sources.independentSources() + " independent sources of " + ids.size());
    }

    private static boolean dependent(SourceIndependence sources, int i, int j) {
        String a = sources.files().get(i);
        String b = sources.files().get(j);
        return sources.rewrites().stream().anyMatch(r -> r.article().equals(a) && r.source().equals(b)
                || r.article().equals(b) && r.source().equals(a));
    }

    private Label head(int articleId, String file) {
        String outlet = model.article(articleId).map(Article::outletOrUnknown).orElse(file);
        Label label = new Label(ClaimText.abbreviate(outlet, 11));
        label.setTooltip(new Tooltip(outlet + " (" + file + ")"));
        label.getStyleClass().add("source-head");
        return label;
    }

    private void describe(SuggestionsViewModel.Cell cell) {
        if (cell == null) {
            cellNote.setText("Choose a cell to see what the two articles share.");
            return;
        }
        String row = outlet(cell.rowArticle());
        String column = outlet(cell.columnArticle());
        String shared = Math.round(cell.shared() * 100) + "% of " + row + " is found in " + column + ". ";
        List<String> files = model.resultProperty().get().sources().files();
        String note = shared + cell.rewrite().map(r -> {
            boolean rowRewrites = r.article().equals(files.get(cell.row()));
            return (rowRewrites ? row + " rewrites " + column : column + " rewrites " + row) + " (" + direction(r.direction())
                    + "); left, the rewrite's passages, right, its source's"
                    + (r.droppedAttributions().isEmpty() ? "" : "; it drops " + String.join(", ", r.droppedAttributions()))
                    + ".";
        }).orElse("Not judged dependent: these two are independent sources.");
        cellNote.setText(note);
        cellNote.setTooltip(new Tooltip(note));
    }

    private static String direction(String how) {
        return switch (how) {
            case "later" -> "the later of the two";
            case "shorter" -> "the one more of which is found in the other";
            default -> "which way round cannot be told";
        };
    }

    private String outlet(int articleId) {
        return model.article(articleId).map(Article::outletOrUnknown).orElse("article " + articleId);
    }

    /** A passage of the rewrite beside the one of its source it follows. */
    private static final class PassageCell extends ListCell<SourceIndependence.Passage> {
        @Override
        protected void updateItem(SourceIndependence.Passage passage, boolean empty) {
            super.updateItem(passage, empty);
            if (empty || passage == null) {
                setGraphic(null);
                return;
            }
            Label rewrite = new Label("“" + ClaimText.abbreviate(passage.a().text(), 160) + "”");
            Label source = new Label("“" + ClaimText.abbreviate(passage.b().text(), 160) + "”");
            for (Label side : List.of(rewrite, source)) {
                side.setWrapText(true);
                side.setMaxWidth(Double.MAX_VALUE);
                side.setPrefWidth(0);
                HBox.setHgrow(side, Priority.ALWAYS);
            }
            HBox row = new HBox(10, rewrite, new Label("⇐"), source);
            row.setAlignment(Pos.TOP_LEFT);
            setPrefWidth(0);
            setGraphic(row);
        }
    }
}
