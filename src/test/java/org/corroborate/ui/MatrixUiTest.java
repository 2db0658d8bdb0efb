package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.corroborate.model.AlignmentMatrix;
import org.corroborate.model.Anchor;
import org.corroborate.model.Claim;
import org.corroborate.model.LinkType;
import org.corroborate.model.Operations;
import org.corroborate.model.Verdict;
import org.corroborate.testing.RunningApp;
import org.corroborate.testing.WindowTest;
import org.corroborate.testing.TextAreaDriver;
import org.corroborate.ui.project.ProjectViewModel;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The alignment matrix in the real window on the sample set with two groups: the ministry's count of
 * Ukrainian dead (60 in CNN, more than 234 in the BBC wire copy, linked as contradicting) and the
 * Legion's claim to hold Tyotkino, spelled Tetkino by the BBC. View → Alignment Matrix shows what
 * each outlet says, the conflict marked, and clicking a cell brings the claim into the reader.
 */
class MatrixUiTest extends WindowTest {
    private static final Instant NOW = Instant.parse("2024-03-13T10:00:00Z");


    private ProjectViewModel project() {
        return running.app().projectViewModel();
    }

    private Claim claim(int articleId, String words, String claimant) {
        String text = project().article(articleId).orElseThrow().text();
        int start = text.indexOf(words);
        assertThat(start).as("“%s” is in article %d", words, articleId).isNotNegative();
        return Claim.mark(articleId, Anchor.capture(text, start, start + words.length()), "analyst", NOW)
                .withClaimant(claimant, NOW);
    }

    private void group(String statement, Verdict verdict, LinkType type, Claim first, Claim... others) {
        project().apply(state -> Operations.markClaim(first));
        for (Claim other : others) {
            project().apply(state -> Operations.markClaim(other));
            project().apply(state -> Operations.link(state, first.id(), other.id(), type, "", "analyst", NOW));
        }
        List<org.corroborate.model.ClaimId> members = new java.util.ArrayList<>(List.of(first.id()));
        List.of(others).forEach(c -> members.add(c.id()));
        project().apply(state -> Operations.createGroup(state, statement, members, Optional.of(verdict), "", NOW));
    }

    @Test
    void theMatrixShowsWhatEachOutletSaysAndACellBringsItsClaimIntoTheReader() throws Exception {
        running = new RunningApp(home, dialogs).start();
        RunningApp.waitUntil("the sample set is open", () -> project().articles().size() == 5);
        running.showAt(1366, 768);
        Claim sixty = claim(2, "killed 60 Ukrainian soldiers", "Russian defence ministry");
        Claim many = claim(3, "more than 234 Ukrainian troops had been killed", "Russian defence ministry");
        Claim worthy = claim(1, "taken control of the village of Tyotkino", "Freedom of Russia Legion");
        Claim bbc = claim(3, "The border village of Tetkino", "BBC");
        Claim beast = claim(4, "taken control of the village of Tyotkino", "Freedom of Russia Legion");
        robot.interact(() -> {
            group("The Russian defence ministry's count of Ukrainian dead", Verdict.MIXED, LinkType.CONTRADICTS,
                    sixty, many);
            group("The Legion took the village of Tyotkino (Tetkino)", Verdict.UNPROVEN, LinkType.SAME, worthy, bbc,
                    beast);
        });
        RunningApp.waitUntil("the groups are saved", () -> project().annotations().groups().size() == 2);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("matrix-tab");
        TableView<AlignmentMatrix.Row> table = robot.lookup("#matrix-table").queryTableView();
        RunningApp.waitUntil("the matrix shows both groups", () -> table.getItems().size() == 2);
        running.screenshot(Path.of("target", "screenshots", "matrix.png"));
        if (Boolean.getBoolean("corroborate.updateDocs")) {
            running.screenshot(RunningApp.REPO.resolve("docs").resolve("alignment-matrix.png"));
        }
        assertThat(table.getColumns()).extracting(TableColumn::getText).containsExactly("Claim",
                "Worthy News (reprint) [1]", "CNN [2]", "Mangalorean.com (wire copy citing the BBC) [3]",
                "The Daily Beast [4]", "Verdict");
        assertThat(table.getItems()).extracting(AlignmentMatrix.Row::title).as("the conflict comes first")
                .containsExactly("The Russian defence ministry's count of Ukrainian dead",
                        "The Legion took the village of Tyotkino (Tetkino)");
        assertThat(robot.lookup(".matrix-conflict").queryAllAs(Text.class)).extracting(Text::getText)
                .containsExactlyInAnyOrder("60 — Russian defence ministry\n≠ figures differ",
                        "more than 234 — Russian defence ministry\n≠ figures differ");
        assertThat(robot.lookup(".matrix-entry").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("“taken control of the village of Tyotkino” — Freedom of Russia Legion",
                        "“The border village of Tetkino” — BBC");
        assertThat(robot.lookup("#matrix-summary").queryAs(Label.class).getText())
                .isEqualTo("2 rows · 4 articles · 1 with conflicts");
        javafx.scene.control.ListView<String> timeline = robot.lookup("#timeline-list").queryListView();
        assertThat(timeline.getItems()).hasSize(5 + 2).contains("The Russian defence ministry's count of Ukrainian"
                + " dead: 60 first in CNN [2] (2024-03-12); more than 234 first in Mangalorean.com (wire copy citing"
                + " the BBC) [3] (2024-03-12).");
        assertThat(timeline.getItems().get(0)).startsWith("2024-03-12 · Worthy News (reprint) [1] — ");


        // The Daily Beast is not in a column: clicking its cell opens it in one, at the claim.
        Text beastCell = robot.lookup(".matrix-entry").queryAllAs(Text.class).stream()
                .filter(l -> l.getText().startsWith("“taken control"))
                .filter(l -> l.getParent().getParent() != null
                        && ((javafx.scene.control.TableCell<?, ?>) l.getParent().getParent()).getTableColumn().getId()
                        .equals("matrix-article-4"))
                .findFirst().orElseThrow();
        robot.clickOn(beastCell);
        RunningApp.waitUntil("the Daily Beast claim is selected",
                () -> beast.id().equals(running.app().mainWindow().annotations().selectedProperty().get()));
        RunningApp.waitUntil("the Daily Beast is shown in a column", () -> running.articlesInColumns().contains(4));
        int column = running.articlesInColumns().indexOf(4);
        StyleClassedTextArea area = robot.lookup("#article-text-" + column).query();
        TextAreaDriver driver = new TextAreaDriver(robot, area);
        RunningApp.waitUntil("the claim is on screen", () -> driver.isOnScreen(beast.anchor().start()));
        assertThat(driver.stylesAt(beast.anchor().start() + 2)).contains("claim", "selected");
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        assertThat(selected.getId()).isEqualTo("matrix-tab");
    }
}
