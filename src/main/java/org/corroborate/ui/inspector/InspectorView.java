package org.corroborate.ui.inspector;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.Verdict;
import org.corroborate.ui.annotation.AnnotationViewModel;
import org.corroborate.ui.annotation.ClaimText;
import org.corroborate.ui.common.FocusSteps;
import org.corroborate.ui.common.Choices;

/**
 * The selected claim in full: who asserts it, its kind, status and note, the claims it is linked
 * to, and its group's statement and verdict. An edit is saved when the field is left or Enter is
 * pressed, and each is one step of undo.
 */
public final class InspectorView extends ScrollPane {
    private final AnnotationViewModel annotations;
    private final VBox content = new VBox(8);
    private final Label empty = new Label("Select a claim to see it here, or select words in a column and press"
            + " Ctrl+M to mark one.");
    private final VBox claimPane = new VBox(8);
    private final Label source = new Label();
    private final Label quote = new Label();
    private final Label orphaned = new Label("Its words were not found in the article's current text."
            + " Review it: its last known place is kept.");
    private final TextField claimant = new TextField();
    private final CheckComboBox<String> kinds = new CheckComboBox<>();
    private final TextField newKind = new TextField();
    private final ComboBox<ClaimStatus> status = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final VBox links = new VBox(6);
    private final VBox groupPane = new VBox(6);
    private final TextField statement = new TextField();
    private final ComboBox<Verdict> verdict = new ComboBox<>();
    private final TextArea verificationNote = new TextArea();
    private final Label members = new Label();
    private final Button groupButton = new Button("Group with Linked Claims");
    private boolean filling;
    private ClaimId filledFor;

    public InspectorView(AnnotationViewModel annotations) {
        this.annotations = annotations;
        getStyleClass().add("inspector");
        setId("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        empty.setWrapText(true);
        empty.getStyleClass().add("pane-note");
        buildClaimPane();
        content.setPadding(new Insets(8, 12, 12, 12));
        Label heading = new Label("Inspector");
        heading.getStyleClass().add("pane-heading");
        content.getChildren().addAll(heading, empty);
        setContent(content);
        annotations.selectedProperty().addListener((obs, old, now) -> fill());
        annotations.project().annotationsProperty().addListener((obs, old, now) -> fill());
        fill();
    }

    private void buildClaimPane() {
        source.getStyleClass().add("inspector-source");
        source.setWrapText(true);
        quote.getStyleClass().add("inspector-quote");
        quote.setWrapText(true);
        quote.setId("inspector-quote");
        orphaned.getStyleClass().add("orphan-banner");
        orphaned.setWrapText(true);

        claimant.setId("claimant");
        claimant.setPromptText("Who asserts it (not the outlet)");
        TextFields.bindAutoCompletion(claimant, request -> annotations.claimantsInUse().stream()
                .filter(name -> name.toLowerCase().contains(request.getUserText().toLowerCase()))
                .filter(name -> !name.equalsIgnoreCase(request.getUserText()))
                .collect(Collectors.toList()));
        commitOnLeave(claimant, () -> annotations.setClaimant(claimant.getText()));

        kinds.setId("kinds");
        kinds.setMaxWidth(Double.MAX_VALUE);
        kinds.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!filling) {
                annotations.setTags(List.copyOf(kinds.getCheckModel().getCheckedItems()));
            }
        });
        newKind.setId("new-kind");
        newKind.setPromptText("Add a kind");
        newKind.setOnAction(e -> addKind());
        newKind.setPrefColumnCount(8);

        status.setId("status");
        status.getItems().setAll(ClaimStatus.values());
        Choices.labelled(status, ClaimStatus::label);
        status.setMaxWidth(Double.MAX_VALUE);
        status.valueProperty().addListener((obs, old, now) -> {
            if (!filling && now != null) {
                annotations.setStatus(now);
            }
        });

        note.setId("note");
        note.setPromptText("Your note on this claim");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        commitOnLeave(note, () -> annotations.setNote(note.getText()));
        FocusSteps.letTabLeave(note);

        statement.setId("statement");
        statement.setPromptText("What the sources claim, in one sentence");
        commitOnLeave(statement, () -> currentGroup().ifPresent(g -> annotations.setGroupStatement(g, statement.getText())));
        verdict.setId("verdict");
        verdict.getItems().setAll(Verdict.values());
        Choices.labelled(verdict, Verdict::label);
        verdict.setPromptText("No verdict yet");
        verdict.setMaxWidth(Double.MAX_VALUE);
        verdict.valueProperty().addListener((obs, old, now) -> {
            if (!filling) {
                currentGroup().ifPresent(g -> annotations.setVerdict(g, Optional.ofNullable(now)));
            }
        });
        verificationNote.setId("verification-note");
        verificationNote.setPromptText("How the verdict was reached");
        verificationNote.setWrapText(true);
        verificationNote.setPrefRowCount(3);
        commitOnLeave(verificationNote,
                () -> currentGroup().ifPresent(g -> annotations.setVerificationNote(g, verificationNote.getText())));
        FocusSteps.letTabLeave(verificationNote);
        Button ungroup = new Button("Ungroup");
        ungroup.setOnAction(e -> currentGroup().ifPresent(annotations::ungroup));
        groupPane.getChildren().addAll(section("Group: the same claim across sources"), members,
                field("Statement", statement), field("Verdict", verdict), field("Verification note", verificationNote),
                ungroup);
        groupButton.setId("group-button");
        groupButton.setTooltip(new Tooltip("Make one group of this claim and every claim linked to it"));
        groupButton.setOnAction(e -> annotations.groupConnected());

        // The kinds get the pane's whole width, so two or three of them read in full, not "location, ev…".
        VBox kindRows = new VBox(4, kinds, newKind);
        claimPane.getChildren().addAll(source, quote, orphaned, field("Claimant", claimant), field("Kind", kindRows),
                field("Status", status), field("Note", note), section("Linked claims"), links, groupPane, groupButton);
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("inspector-section");
        label.setWrapText(true);
        return label;
    }

    private static VBox field(String title, Region input) {
        Label label = new Label(title);
        label.getStyleClass().add("field-label");
        label.setLabelFor(input);
        return new VBox(2, label, input);
    }

    // Typing saves nothing until the analyst leaves the field or presses Enter: each finished
    // edit, not each keystroke, is one step of undo.
    private void commitOnLeave(TextInputControl input, Runnable commit) {
        input.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is && !filling) {
                commit.run();
            }
        });
        if (input instanceof TextField field) {
            field.setOnAction(e -> commit.run());
        } else {
            input.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                    commit.run();
                    e.consume();
                }
            });
        }
    }

    private void addKind() {
        String kind = newKind.getText().strip().toLowerCase();
        if (kind.isEmpty()) {
            return;
        }
        List<String> tags = new java.util.ArrayList<>(kinds.getCheckModel().getCheckedItems());
        if (!tags.contains(kind)) {
            tags.add(kind);
        }
        newKind.clear();
        annotations.setTags(tags);
    }

    private Optional<ClaimGroup> currentGroup() {
        return annotations.selectedClaim()
                .flatMap(c -> annotations.project().annotations().groupsOf(c.id()).stream().findFirst());
    }

    private void fill() {
        Optional<Claim> selected = annotations.selectedClaim();
        if (selected.isEmpty()) {
            content.getChildren().set(1, empty);
            return;
        }
        filling = true;
        try {
            content.getChildren().set(1, claimPane);
            Claim claim = selected.get();
            Annotations state = annotations.project().annotations();
            source.setText(annotations.project().article(claim.articleId()).map(a -> a.outletOrUnknown()).orElse("?")
                    + " · claim " + claim.id().shortForm());
            quote.setText("“" + claim.quote() + "”");
            orphaned.setVisible(claim.orphaned());
            orphaned.setManaged(claim.orphaned());
            setUnlessEditing(claimant, claim.claimant());
            kinds.getItems().setAll(annotations.kindsOffered());
            kinds.getCheckModel().clearChecks();
            claim.tags().forEach(kinds.getCheckModel()::check);
            status.setValue(claim.status());
            setUnlessEditing(note, claim.note());
            fillLinks(claim, state);
            Optional<ClaimGroup> group = state.groupsOf(claim.id()).stream().findFirst();
            boolean justGrouped = group.isPresent() && !groupPane.isVisible() && claim.id().equals(filledFor);
            filledFor = claim.id();
            groupPane.setVisible(group.isPresent());
            groupPane.setManaged(group.isPresent());
            groupButton.setVisible(group.isEmpty());
            groupButton.setManaged(group.isEmpty());
            group.ifPresent(g -> {
                members.setText(g.members().size() + (g.members().size() == 1 ? " claim" : " claims") + " in this group");
                setUnlessEditing(statement, g.statement());
                verdict.setValue(g.verdict().orElse(null));
                setUnlessEditing(verificationNote, g.verificationNote());
            });
            if (justGrouped) {
                // Grouping asks for the group's statement and verdict: they must be in sight, not below the fold.
                Platform.runLater(() -> scrollIntoView(groupPane));
            }
        } finally {
            filling = false;
        }
    }

    /** Scrolls so the node's top is at the top of the pane, or as near as the content allows. */
    void scrollIntoView(Node node) {
        applyCss();
        layout();
        double hidden = content.getLayoutBounds().getHeight() - getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        Bounds place = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        setVvalue(Math.max(0, Math.min(1, (place.getMinY() - 4) / hidden)));
    }

    private static void setUnlessEditing(TextInputControl input, String value) {
        if (!input.isFocused() || input.getText().equals(value)) {
            input.setText(value);
        }
    }

    private void fillLinks(Claim claim, Annotations state) {
        links.getChildren().clear();
        List<ClaimLink> claimLinks = state.linksOf(claim.id());
        if (claimLinks.isEmpty()) {
            Label none = new Label("None. Ctrl+click a claim in another column, then Ctrl+Shift+S, P or C.");
            none.setWrapText(true);
            none.getStyleClass().add("pane-note");
            links.getChildren().add(none);
        }
        for (ClaimLink link : claimLinks) {
            state.claim(link.other(claim.id())).ifPresent(other -> links.getChildren().add(linkRow(claim, link, other)));
        }
    }

    private VBox linkRow(Claim claim, ClaimLink link, Claim other) {
        String outlet = annotations.project().article(other.articleId()).map(a -> a.outletOrUnknown()).orElse("?");
        Label kind = new Label(link.type().label());
        kind.getStyleClass().addAll("link-type", "link-" + link.type().code());
        Label target = new Label(outlet + ": “" + ClaimText.abbreviate(other.quote(), 80) + "”");
        target.setWrapText(true);
        Button go = new Button("Show");
        go.getStyleClass().add("small");
        go.setTooltip(new Tooltip("Scroll both columns to these claims"));
        go.setOnAction(e -> annotations.reveal(List.of(claim.id(), other.id())));
        Button unlink = new Button("Unlink");
        unlink.getStyleClass().add("small");
        unlink.setOnAction(e -> annotations.unlink(link.id()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, kind, spacer, go, unlink);
        top.setAlignment(Pos.CENTER_LEFT);
        TextField linkNote = new TextField(link.note());
        linkNote.setPromptText("How they differ");
        linkNote.getStyleClass().add("link-note");
        commitOnLeave(linkNote, () -> annotations.setLinkNote(link.id(), linkNote.getText()));
        VBox row = new VBox(3, top, target, linkNote);
        row.getStyleClass().add("link-row");
        return row;
    }
}
