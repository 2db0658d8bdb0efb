package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.corroborate.model.Annotations;
import org.corroborate.model.LinkType;
import org.corroborate.service.SourceIndependence;
import org.corroborate.service.Suggestions.Span;
import org.corroborate.testing.RunningApp;
import org.corroborate.testing.WindowTest;
import org.corroborate.testing.TextAreaDriver;
import org.corroborate.ui.claims.ClaimRow;
import org.corroborate.ui.suggestions.SuggestionsViewModel.Item;
import org.corroborate.ui.suggestions.SuggestionsViewModel.Member;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The assistant in the real window: the Suggestions tab fills by itself on the sample set, a
 * suggestion chosen is pointed out in the columns, Accept makes its claims and links, and Ctrl+Z
 * takes them back.
 */
class SuggestionsUiTest extends WindowTest {

    private Annotations state() {
        return running.app().projectViewModel().annotations();
    }

    private String suggestionsTabTitle() {
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        return tabs.getTabs().stream().filter(t -> "suggestions-tab".equals(t.getId())).findFirst().orElseThrow().getText();
    }

    private List<Member> members() {
        return robot.lookup("#suggestion-members").<Member>queryListView().getItems();
    }

    @Test
    void theTabFillsByItselfAndAcceptingASuggestionMakesClaimsAndLinksThatCtrlZTakesBack() throws Exception {
        running = new RunningApp(home, dialogs).start();
        RunningApp.waitUntil("the sample set is open", () -> running.app().projectViewModel().articles().size() == 5);
        RunningApp.waitUntil("the suggestions are in", () -> suggestionsTabTitle().matches("Suggestions \\(\\d+\\)")
                && !suggestionsTabTitle().equals("Suggestions (0)"));

        robot.clickOn(suggestionsTabTitle());
        ListView<Item> list = robot.lookup("#suggestions-list").queryListView();
        assertThat(list.getItems()).isNotEmpty();
        robot.clickOn(robot.lookup("#suggestions-list .list-cell").nth(0).queryAs(Node.class));
        RunningApp.waitUntil("the suggestion's spans are listed", () -> !members().isEmpty());
        List<Span> chosen = members().stream().filter(Member::included).map(Member::span).toList();
        assertThat(chosen).hasSizeGreaterThanOrEqualTo(2);

        // Every column showing one of its articles points the span out, apart from the claims' colours.
        for (Span span : chosen) {
            TextAreaDriver.onFx(() -> running.app().mainWindow().reader().columnOf(span.article())).ifPresent(column -> {
                TextAreaDriver driver = new TextAreaDriver(robot, column.textArea());
                assertThat(driver.stylesAt(span.start() + 1)).contains("suggested").doesNotContain("claim");
                assertThat(driver.isOnScreen(span.start())).as("the column scrolled to the span").isTrue();
            });
        }
        running.screenshot(Path.of("target", "screenshots", "suggestions.png"));

        robot.clickOn("#accept-suggestion");

        RunningApp.waitUntil("the claims are made", () -> state().claimCount() == chosen.size());
        assertThat(state().links()).hasSize(chosen.size() * (chosen.size() - 1) / 2)
                .allSatisfy(link -> assertThat(link.type()).isEqualTo(LinkType.SAME));
        robot.clickOn("Claims (" + chosen.size() + ")");
        TableView<ClaimRow> table = robot.lookup("#claims-table").queryTableView();
        RunningApp.waitUntil("the claims table lists them", () -> table.getItems().size() == chosen.size());
        assertThat(table.getItems()).extracting(ClaimRow::quote)
                .containsExactlyInAnyOrderElementsOf(chosen.stream().map(Span::text).toList());
        RunningApp.waitUntil("the inspector shows the new claim and its links",
                () -> robot.lookup("#inspector .link-same").tryQuery().isPresent());
        assertThat(robot.lookup("#inspector .link-row").queryAll()).hasSize(chosen.size() - 1);
        assertThat(robot.lookup("#inspector-quote").queryAs(Label.class).getText()).isEqualTo("“" + chosen.get(0).text() + "”");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        RunningApp.waitUntil("the accept is undone", () -> state().isEmpty());
        assertThat(state().links()).isEmpty();
        assertThat(state().groups()).isEmpty();
        RunningApp.waitUntil("the claims table is empty again", () -> table.getItems().isEmpty());

        // Delete in the list dismisses the chosen suggestion, for good.
        robot.clickOn(suggestionsTabTitle());
        robot.clickOn(robot.lookup("#suggestions-list .list-cell").nth(0).queryAs(Node.class));
        Item dismissed = list.getSelectionModel().getSelectedItem();
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        RunningApp.waitUntil("the suggestion is dismissed", () -> list.getItems().stream()
                .noneMatch(item -> item.id().equals(dismissed.id())));
        robot.clickOn("#show-dismissed");
        RunningApp.waitUntil("dismissed ones are listed again", () -> list.getItems().stream()
                .anyMatch(item -> item.id().equals(dismissed.id()) && item.dismissed()));
        assertThat(robot.lookup("#suggestions-list .list-cell.dismissed").tryQuery()).as("shown greyed").isPresent();
    }

    @Test
    void aNameVariantIsUnderlinedWhereverItOccursAndACellOfTheMatrixShowsTheSharedPassages() throws Exception {
        running = new RunningApp(home, dialogs).start();
        RunningApp.waitUntil("the suggestions are in", () -> suggestionsTabTitle().matches("Suggestions \\(\\d+\\)")
                && !suggestionsTabTitle().equals("Suggestions (0)"));
        TextAreaDriver.onFx(() -> {
            running.stage().setWidth(1280);
            running.stage().setHeight(720);
            return null;
        });
        robot.clickOn(suggestionsTabTitle());

        robot.clickOn("#section-variants");
        robot.clickOn(robot.lookup("#suggestions-list .list-cell").nth(0).queryAs(Node.class));
        RunningApp.waitUntil("the occurrences are listed", () -> !members().isEmpty());
        List<Span> occurrences = members().stream().map(Member::span).toList();
        int shownOccurrences = 0;
        for (Span span : occurrences) {
            var column = TextAreaDriver.onFx(() -> running.app().mainWindow().reader().columnOf(span.article()));
            if (column.isPresent()) {
                assertThat(new TextAreaDriver(robot, column.get().textArea()).stylesAt(span.start() + 1)).contains("suggested");
                shownOccurrences++;
            }
        }
        assertThat(shownOccurrences).as("occurrences in the columns shown").isPositive();
        running.screenshot(Path.of("target", "screenshots", "suggestions-variants-1280x720.png"));

        // The matrix needs more height than 720 pixels leave it, so it is looked at in the default window.
        TextAreaDriver.onFx(() -> {
            running.stage().setWidth(1440);
            running.stage().setHeight(900);
            return null;
        });
        robot.clickOn("#section-sources");
        Node dependentCell = robot.lookup("#sources-matrix .dependent").query();
        robot.clickOn(dependentCell);
        ListView<SourceIndependence.Passage> passages = robot.lookup("#sources-passages").queryListView();
        RunningApp.waitUntil("the shared passages are listed", () -> !passages.getItems().isEmpty());
        assertThat(robot.lookup("#sources-cell-note").queryAs(Label.class).getText()).contains(" rewrites ");
        // Both passages stand in view, in a column just given its article as much as in one already there.
        SourceIndependence.Passage first = passages.getItems().get(0);
        for (Span span : List.of(first.a(), first.b())) {
            var column = TextAreaDriver.onFx(() -> running.app().mainWindow().reader().columnOf(span.article()));
            assertThat(column).as("a column shows " + span.file()).isPresent();
            TextAreaDriver driver = new TextAreaDriver(robot, column.get().textArea());
            RunningApp.waitUntil("the passage in " + span.file() + " is in view", () -> driver.isOnScreen(span.start()));
            assertThat(driver.stylesAt(span.start() + 1)).contains("suggested");
        }
        running.screenshot(Path.of("target", "screenshots", "suggestions-sources.png"));
    }
}
