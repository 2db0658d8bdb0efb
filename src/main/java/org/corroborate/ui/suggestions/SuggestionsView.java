package org.corroborate.ui.suggestions;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.corroborate.model.Article;
import org.corroborate.service.Suggestions.NameVariant;
import org.corroborate.service.Suggestions.SameClaim;
import org.corroborate.service.Suggestions.Span;
import org.corroborate.service.Suggestions.ValueConflict;
import org.corroborate.ui.annotation.ClaimText;
import org.corroborate.ui.annotation.SpanSteps;
import org.corroborate.ui.reader.ReaderColumnsView;
import org.corroborate.ui.reader.TextMark;
import org.corroborate.ui.suggestions.SuggestionsViewModel.Item;
import org.corroborate.ui.suggestions.SuggestionsViewModel.Member;
import org.corroborate.ui.suggestions.SuggestionsViewModel.Section;

/**
 * The Suggestions tab: a bar to choose the section and show dismissed ones, the list, and beside it
 * the selected suggestion's spans to tick and resize before accepting. The Sources section shows
 * the independence matrix instead. The spans of what is chosen are pointed out in the reader.
 */
public final class SuggestionsView extends VBox {
    private final SuggestionsViewModel model;
    private final ListView<Item> list = new ListView<>();
    private final ListView<Member> members = new ListView<>();

    public SuggestionsView(SuggestionsViewModel model, ReaderColumnsView reader) {
        this.model = model;
        getStyleClass().add("suggestions-pane");
        setId("suggestions-pane");
        model.marksProperty().addListener((obs, old, spans) -> reader.mark(marks(spans)));
        model.onReveal((spans, openArticles) -> reader.revealMarks(marks(spans), openArticles));

        SplitPane suggestionsPane = new SplitPane(listPane(), detailPane());
        suggestionsPane.setDividerPositions(0.55);
        SourcesPane sources = new SourcesPane(model);
        StackPane body = new StackPane(suggestionsPane, sources);
        sources.visibleProperty().bind(model.sectionProperty().isEqualTo(Section.SOURCES));
        suggestionsPane.visibleProperty().bind(sources.visibleProperty().not());
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(bar(), body);
    }

    private static List<TextMark> marks(List<Span> spans) {
        return spans.stream().map(s -> new TextMark(s.article(), s.start(), s.end())).toList();
    }

    /** The tab's title: how many suggestions there are, or that the assistant is reading. */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> {
            if (model.runningProperty().get()) {
                return "Suggestions …";
            }
            Map<Section, Integer> counts = model.countsProperty().get();
            int total = counts.getOrDefault(Section.SAME_CLAIM, 0) + counts.getOrDefault(Section.CONFLICTS, 0)
                    + counts.getOrDefault(Section.VARIANTS, 0);
            return "Suggestions (" + total + ")";
        }, model.runningProperty(), model.countsProperty());
    }

    private HBox bar() {
        ToggleGroup sections = new ToggleGroup();
        HBox toggles = new HBox();
        toggles.getStyleClass().add("segmented");
        for (Section section : Section.values()) {
            ToggleButton toggle = new ToggleButton();
            toggle.setId("section-" + section.name().toLowerCase().replace('_', '-'));
            toggle.textProperty().bind(Bindings.createStringBinding(() -> section.label() + " ("
                    + model.countsProperty().get().getOrDefault(section, 0) + ")", model.countsProperty()));
            toggle.setToggleGroup(sections);
            toggle.setSelected(model.sectionProperty().get() == section);
            toggle.setOnAction(e -> {
                toggle.setSelected(true);
                model.sectionProperty().set(section);
            });
            toggles.getChildren().add(toggle);
        }
        CheckBox dismissed = new CheckBox("Show dismissed");
        dismissed.setId("show-dismissed");
        dismissed.selectedProperty().bindBidirectional(model.showDismissedProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("suggestions-refresh");
        refresh.setTooltip(new Tooltip("Run the assistant again on the project's articles"));
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.runningProperty());
        Button stop = new Button("Stop");
        stop.setId("suggestions-stop");
        stop.setTooltip(new Tooltip("Stop the assistant; what it found before stays listed"));
        stop.setOnAction(e -> model.cancel());
        stop.visibleProperty().bind(model.runningProperty());
        stop.managedProperty().bind(model.runningProperty());
        Label summary = new Label();
        summary.setId("suggestions-summary");
        summary.getStyleClass().add("pane-note");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(8, toggles, dismissed, refresh, stop, new Separator(Orientation.VERTICAL));
        bar.getChildren().addAll(actions());
        bar.getChildren().add(summary);
        bar.getChildren().stream().filter(node -> node != summary && node instanceof Region)
                .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        bar.getChildren().stream().filter(node -> node instanceof javafx.scene.control.Control)
                .forEach(node -> node.getStyleClass().add("small"));
        toggles.getChildren().forEach(toggle -> toggle.getStyleClass().add("small"));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
    }

    private Node listPane() {
        list.setId("suggestions-list");
        list.setItems(model.items());
        list.setCellFactory(view -> new ItemCell());
        list.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(model.runningProperty().get()
                ? "The assistant is reading the articles…" : "Nothing to suggest here."), model.runningProperty()));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && !item.equals(model.selectedProperty().get())) {
                model.select(item);
            }
        });
        // The list is filled again after every edit (an accepted suggestion leaves it); the choice stays.
        model.items().addListener((ListChangeListener<Item>) change -> {
            int chosen = model.items().indexOf(model.selectedProperty().get());
            if (chosen >= 0) {
                list.getSelectionModel().select(chosen);
            }
        });
        model.selectedProperty().addListener((obs, old, item) -> {
            if (item == null) {
                list.getSelectionModel().clearSelection();
            } else if (!item.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(item);
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.accept();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                dismissOrBringBack();
                e.consume();
            }
        });
        return list;
    }

    private void dismissOrBringBack() {
        Item item = model.selectedProperty().get();
        if (item != null && item.dismissed()) {
            model.undismiss();
        } else {
            model.dismiss();
        }
    }

    private Node detailPane() {
        members.setId("suggestion-members");
        members.setItems(model.members());
        members.setCellFactory(view -> new MemberCell());
        members.setPlaceholder(new Label("Choose a suggestion to see its spans here."));
        members.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                model.focus(index.intValue());
            }
        });
        members.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int index = members.getSelectionModel().getSelectedIndex();
            if (index < 0 || !e.isAltDown() || (e.getCode() != KeyCode.LEFT && e.getCode() != KeyCode.RIGHT)) {
                return;
            }
            // As in the reader: Alt+arrows move the end, with Shift the start; outwards widens.
            boolean right = e.getCode() == KeyCode.RIGHT;
            if (e.isShiftDown()) {
                model.step(index, SpanSteps.Edge.START, !right);
            } else {
                model.step(index, SpanSteps.Edge.END, right);
            }
            members.getSelectionModel().select(index);
            e.consume();
        });

        members.setTooltip(new Tooltip("Tick the spans to take; ‹ › (or Alt+arrows, with Shift for the start)"
                + " move an end by a word."));
        return members;
    }

    /** Accept, Dismiss and Undismiss, for the selected suggestion. */
    private List<Node> actions() {
        Button accept = new Button("Accept");
        accept.setId("accept-suggestion");
        accept.getStyleClass().add("accent");
        accept.setTooltip(new Tooltip("Make the ticked spans claims, linked, as one step (Ctrl+Enter in the list;"
                + " Ctrl+Z undoes it)"));
        accept.setOnAction(e -> model.accept());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismiss-suggestion");
        dismiss.setTooltip(new Tooltip("Hide this suggestion from now on (Delete in the list)"));
        dismiss.setOnAction(e -> model.dismiss());
        Button bringBack = new Button("Undismiss");
        bringBack.setId("undismiss-suggestion");
        bringBack.setTooltip(new Tooltip("List this suggestion again (Delete in the list)"));
        bringBack.setOnAction(e -> model.undismiss());
        var none = model.selectedProperty().isNull();
        var isDismissed = Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                && model.selectedProperty().get().dismissed(), model.selectedProperty());
        var isVariant = Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                && model.selectedProperty().get().suggestion() instanceof NameVariant, model.selectedProperty());
        accept.disableProperty().bind(none.or(isVariant));
        dismiss.visibleProperty().bind(isDismissed.not());
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        dismiss.disableProperty().bind(none);
        bringBack.visibleProperty().bind(isDismissed);
        bringBack.managedProperty().bind(isDismissed);
        return List.of(accept, dismiss, bringBack);
    }

    private String outlet(int articleId) {
        return model.article(articleId).map(Article::outletOrUnknown).orElse("?");
    }

    /** One suggestion in the list, in one line: what it is, and where. */
    private final class ItemCell extends ListCell<Item> {
        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("dismissed");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (item.dismissed()) {
                getStyleClass().add("dismissed");
            }
            Label what = new Label();
            what.getStyleClass().add("suggestion-kind");
            Label text = new Label();
            text.setMinWidth(0);
            if (item.suggestion() instanceof SameClaim match) {
                what.setText(String.format("%.2f", match.score()));
                text.setText(outlet(match.a().article()) + " “" + ClaimText.abbreviate(match.a().text(), 70) + "” · "
                        + outlet(match.b().article()) + " “" + ClaimText.abbreviate(match.b().text(), 70) + "”");
            } else if (item.suggestion() instanceof ValueConflict conflict) {
                what.setText(conflict.kind());
                text.setText(String.join(" vs ", conflict.values()) + " · " + outlet(conflict.a().article()) + " / "
                        + outlet(conflict.b().article()) + ": " + conflict.explanation());
            } else if (item.suggestion() instanceof NameVariant variant) {
                what.setText(variant.spans().size() + "×");
                text.setText(String.join(" / ", variant.forms()));
            }
            setTooltip(new Tooltip(text.getText() + (item.dismissed() ? "\n(dismissed)" : "")));
            HBox row = new HBox(8, what, text);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setPrefWidth(0);
            setGraphic(row);
        }
    }

    /** One span of the selected suggestion: tick it in or out, move its ends by a word. */
    private final class MemberCell extends ListCell<Member> {
        @Override
        protected void updateItem(Member member, boolean empty) {
            super.updateItem(member, empty);
            if (empty || member == null) {
                setGraphic(null);
                return;
            }
            int index = getIndex();
            Item chosen = model.selectedProperty().get();
            boolean variant = chosen != null && chosen.suggestion() instanceof NameVariant;
            CheckBox take = new CheckBox();
            take.setSelected(member.included());
            // A conflict is between its two spans: neither can be left out.
            take.setDisable(chosen == null || !(chosen.suggestion() instanceof SameClaim));
            take.setOnAction(e -> model.toggle(index));
            take.getStyleClass().add("member-take");
            take.setTooltip(new Tooltip("Take this span when accepting"));
            Label source = new Label(outlet(member.span().article()));
            source.getStyleClass().add("conflict-source");
            source.setMinWidth(Region.USE_PREF_SIZE);
            Label quote = new Label("“" + member.span().text() + "”");
            quote.setMinWidth(0);
            HBox.setHgrow(quote, Priority.ALWAYS);
            quote.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(4);
            row.setAlignment(Pos.CENTER_LEFT);
            if (variant) {
                row.getChildren().addAll(source, quote);
            } else {
                row.getChildren().addAll(take, step("‹", index, SpanSteps.Edge.START, true, "Widen the start by a word"),
                        step("›", index, SpanSteps.Edge.START, false, "Narrow the start by a word"), source, quote,
                        step("‹", index, SpanSteps.Edge.END, false, "Narrow the end by a word"),
                        step("›", index, SpanSteps.Edge.END, true, "Widen the end by a word"));
            }
            if (!member.included()) {
                row.getStyleClass().add("member-left-out");
            }
            setPrefWidth(0);
            setGraphic(row);
        }

        private Button step(String arrow, int index, SpanSteps.Edge edge, boolean widen, String tooltip) {
            Button button = new Button(arrow);
            button.getStyleClass().addAll("flat", "small", "span-step");
            button.setTooltip(new Tooltip(tooltip));
            button.setFocusTraversable(false);
            button.setOnAction(e -> model.step(index, edge, widen));
            return button;
        }
    }
}
