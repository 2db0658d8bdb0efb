package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.corroborate.service.ExportFormat;
import org.corroborate.testing.RecordingDialogs;
import org.corroborate.testing.RunningApp;
import org.corroborate.testing.WindowTest;
import org.corroborate.testing.TextAreaDriver;
import org.corroborate.ui.claims.ClaimRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Export… with its preview, and File → Import Annotations… into a fresh project. */
class ExportUiTest extends WindowTest {
    @TempDir
    Path otherHome;
    @TempDir
    Path out;

    @Test
    void exportShowsAPreviewAndWritesTheFileThatImportsIntoAFreshProject() throws Exception {
        running = new RunningApp(home, dialogs).start();
        RunningApp.waitUntil("the sample set is open", () -> running.app().projectViewModel().articles().size() == 5);
        TextAreaDriver cnn = new TextAreaDriver(robot, robot.lookup("#article-text-1").<StyleClassedTextArea>query());
        cnn.dragAcross("killed 60 Ukrainian soldiers", 1);
        press(KeyCode.CONTROL, KeyCode.M);
        RunningApp.waitUntil("the claim is marked", () -> running.app().projectViewModel().annotations().claimCount() == 1);
        robot.clickOn("#claimant").write("Russian defense ministry");
        press(KeyCode.ENTER);
        RunningApp.waitUntil("the claimant is saved", () -> running.app().projectViewModel().annotations().claims()
                .get(0).claimant().equals("Russian defense ministry"));

        press(KeyCode.CONTROL, KeyCode.E);
        TextArea preview = robot.lookup("#export-preview").queryAs(TextArea.class);
        RunningApp.waitUntil("the Markdown preview is ready", () -> preview.getText().contains("killed 60 Ukrainian soldiers"));
        assertThat(preview.getText()).contains("Russian defense ministry").contains("CNN");
        StyleClassedTextArea formatted = robot.lookup("#export-formatted").queryAs(StyleClassedTextArea.class);
        RunningApp.waitUntil("the report shows formatted", () -> formatted.getText().contains("killed 60 Ukrainian soldiers"));
        assertThat(formatted.isVisible()).isTrue();
        assertThat(formatted.getText()).doesNotContain("| ---", "**", "## ");
        running.screenshot(Path.of("target", "screenshots", "export-markdown-formatted.png"));

        robot.clickOn("#export-format").clickOn("HTML report");
        RunningApp.waitUntil("the HTML report shows formatted, not as source", () -> preview.getText().contains("<td")
                && formatted.getText().contains("killed 60 Ukrainian soldiers") && !formatted.getText().contains("<td"));
        running.screenshot(Path.of("target", "screenshots", "export-html-formatted.png"));

        robot.clickOn("#export-format").clickOn("CSV table of claims");
        RunningApp.waitUntil("the CSV preview is ready", () -> preview.getText().startsWith("claim_id"));
        Path csv = out.resolve("claims.csv");
        dialogs.answerFile(csv);
        robot.clickOn("#export-save");
        RunningApp.waitUntil("the CSV is written", () -> Files.exists(csv));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("killed 60 Ukrainian soldiers")
                .contains("Russian defense ministry");
        assertThat(dialogs.shown("saveFile")).extracting(RecordingDialogs.Shown::message)
                .containsExactly("Cross-border raids into Russia, 12 March 2024.csv");

        robot.clickOn("#export-format").clickOn("W3C Web Annotations (JSON-LD)");
        RunningApp.waitUntil("the JSON-LD preview is ready", () -> preview.getText().contains("TextQuoteSelector"));
        Path jsonld = out.resolve("notes.jsonld");
        dialogs.answerFile(jsonld);
        robot.clickOn("#export-save");
        RunningApp.waitUntil("the JSON-LD is written", () -> Files.exists(jsonld));
        robot.clickOn("#export-format").clickOn(ExportFormat.CLAIM_REVIEW.label());
        RunningApp.waitUntil("the ClaimReview preview says why there is none",
                () -> preview.getText().startsWith("No claim group has a verdict"));
        assertThat(robot.lookup("#export-save").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#export-desk").query().isVisible()).isTrue();
        robot.clickOn("Close");
        running.stop();

        running = new RunningApp(otherHome, dialogs).start();
        RunningApp.waitUntil("a fresh project is open", () -> running.app().projectViewModel().articles().size() == 5);
        assertThat(running.app().projectViewModel().annotations().claimCount()).isZero();
        dialogs.answerFile(jsonld);
        robot.clickOn("File").clickOn("Import Annotations…");
        TableView<ClaimRow> table = robot.lookup("#claims-table").queryTableView();
        RunningApp.waitUntil("the imported claim is listed", () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).claimant()).isEqualTo("Russian defense ministry");
        assertThat(table.getItems().get(0).quote()).isEqualTo("killed 60 Ukrainian soldiers");
        assertThat(running.app().projectViewModel().undoLabelProperty().get()).isNotEmpty();
    }
}
