package org.corroborate.ui.conflicts;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.Conflict;
import org.corroborate.ui.annotation.AnnotationViewModel;
import org.corroborate.ui.annotation.ClaimText;

/**
 * The conflicts: each group or pair of sources that contradict each other, with the differing
 * quotes side by side. Choosing one brings both quotes into view in the reader.
 */
public final class ConflictsView extends VBox {
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final AnnotationViewModel annotations;

    public ConflictsView(AnnotationViewModel annotations) {
        this.annotations = annotations;
        getStyleClass().add("conflicts-pane");
        ListView<Conflict> list = new ListView<>(conflicts);
        list.setId("conflicts-list");
        list.setPlaceholder(new Label("No conflicts yet. Link two claims as contradicting (Ctrl+Shift+C) to record one."));
        list.setCellFactory(view -> new ConflictCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, conflict) -> {
            if (conflict != null) {
                show(conflict);
            }
        });
        annotations.project().annotationsProperty().addListener((obs, old, now) -> conflicts.setAll(now.conflicts()));
        conflicts.setAll(annotations.project().annotations().conflicts());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().add(list);
    }

    public ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    private void show(Conflict conflict) {
        List<ClaimId> claims = new ArrayList<>();
        for (ClaimLink link : conflict.contradictions()) {
            claims.add(link.from());
            claims.add(link.to());
        }
        annotations.select(claims.get(0));
        annotations.reveal(claims.stream().distinct().toList());
    }

    private final class ConflictCell extends ListCell<Conflict> {
        @Override
        protected void updateItem(Conflict conflict, boolean empty) {
            super.updateItem(conflict, empty);
            if (empty || conflict == null) {
                setGraphic(null);
                return;
            }
            Annotations state = annotations.project().annotations();
            Label title = new Label(conflict.title());
            title.getStyleClass().add("conflict-title");
            VBox box = new VBox(6, title);
            for (ClaimLink link : conflict.contradictions()) {
                HBox sides = new HBox(12, side(state, link.from()), new Label("≠"), side(state, link.to()));
                sides.getStyleClass().add("conflict-sides");
                box.getChildren().add(sides);
                if (!link.note().isBlank()) {
                    Label note = new Label("Note: " + link.note());
                    note.setWrapText(true);
                    note.getStyleClass().add("conflict-note");
                    box.getChildren().add(note);
                }
            }
            box.setPadding(new Insets(4, 2, 6, 2));
            setPrefWidth(0);
            setGraphic(box);
        }

        private VBox side(Annotations state, ClaimId id) {
            Claim claim = state.claim(id).orElse(null);
            if (claim == null) {
                return new VBox();
            }
            String outlet = annotations.project().article(claim.articleId())
                    .map(a -> a.outletOrUnknown()).orElse("?");
            Label source = new Label(outlet + " · " + ClaimText.claimant(claim));
            source.getStyleClass().add("conflict-source");
            Label quote = new Label("“" + ClaimText.abbreviate(claim.quote(), 200) + "”");
            quote.setWrapText(true);
            quote.getStyleClass().add("conflict-quote");
            VBox side = new VBox(2, source, quote);
            HBox.setHgrow(side, Priority.ALWAYS);
            side.setMaxWidth(Double.MAX_VALUE);
            side.setPrefWidth(0);
            return side;
        }
    }
}
