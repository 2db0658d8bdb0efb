package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.LinkType;
import org.corroborate.testing.RunningApp;
import org.corroborate.testing.WindowTest;
import org.corroborate.testing.TextAreaDriver;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's flow with the keyboard alone, in the real window: into a column, select words,
 * mark, describe, link with words in another column, group, find and export. No mouse at all.
 */
class KeyboardWalkUiTest extends WindowTest {
    private static final String SIXTY = "killed 60 Ukrainian soldiers";
    private static final String MANY = "more than 234 Ukrainian troops had been killed";
    private static final int MOST_TABS = 60;

    @TempDir
    Path out;

    private Annotations state() {
        return running.app().projectViewModel().annotations();
    }

    private Node focusOwner() {
        Scene scene = running.app().mainWindow().root().getScene();
        return TextAreaDriver.onFx(scene::getFocusOwner);
    }

    /** Presses Tab until the node has the focus, as a person would; fails if it never comes. */
    private void tabTo(Node target, String what) {
        for (int i = 0; i < MOST_TABS && !target.isFocused(); i++) {
            press(KeyCode.TAB);
        }
        assertThat(target.isFocused()).as("Tab reaches %s (focus is on %s)", what, focusOwner()).isTrue();
    }

    /** Moves the caret to the words with the arrow keys and selects them with Shift+Right. */
    private void selectByKeyboard(TextAreaDriver column, String words) {
        StyleClassedTextArea area = column.area();
        int start = column.offsetOf(words, 1);
        int paragraph = TextAreaDriver.onFx(() -> area.offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
        press(KeyCode.CONTROL, KeyCode.HOME);
        while (area.getCurrentParagraph() < paragraph) {
            press(KeyCode.DOWN);
        }
        press(KeyCode.HOME);
        while (area.getCaretPosition() < start) {
            press(KeyCode.CONTROL, KeyCode.RIGHT);
        }
        while (area.getCaretPosition() > start) {
            press(KeyCode.LEFT);
        }
        for (int i = 0; i < words.length(); i++) {
            press(KeyCode.SHIFT, KeyCode.RIGHT);
        }
        assertThat(area.getSelectedText()).isEqualTo(words);
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        RunningApp.waitUntil(what, condition::getAsBoolean);
    }

    @Test
    void theWholeFlowWithTheKeyboardAlone() throws Exception {
        running = new RunningApp(home, dialogs).start();
        waitFor("the sample set is open", () -> running.app().projectViewModel().articles().size() == 5);
        TextAreaDriver cnn = new TextAreaDriver(robot, robot.lookup("#article-text-1").query());
        TextAreaDriver bbc = new TextAreaDriver(robot, robot.lookup("#article-text-2").query());

        // Into the CNN column, select the words and mark them.
        tabTo(cnn.area(), "the CNN column");
        selectByKeyboard(cnn, SIXTY);
        press(KeyCode.CONTROL, KeyCode.M);
        waitFor("the claim is marked", () -> state().claimCount() == 1);
        waitFor("the inspector shows the claim", () -> robot.lookup("#inspector-quote").tryQuery().isPresent()
                && robot.lookup("#inspector-quote").queryAs(Label.class).getText().equals("“" + SIXTY + "”"));

        // Describe it in the inspector: claimant, kind, status.
        TextField claimant = robot.lookup("#claimant").queryAs(TextField.class);
        tabTo(claimant, "the claimant field");
        robot.write("Russian defense ministry");
        press(KeyCode.ENTER);
        TextField newKind = robot.lookup("#new-kind").queryAs(TextField.class);
        tabTo(newKind, "the kind field");
        robot.write("casualties");
        press(KeyCode.ENTER);
        ComboBox<ClaimStatus> status = robot.lookup("#status").queryAs(ComboBox.class);
        tabTo(status, "the status choice");
        for (int i = 0; i < ClaimStatus.values().length && status.getValue() != ClaimStatus.DISPUTED; i++) {
            press(KeyCode.DOWN);
        }
        assertThat(status.getValue()).isEqualTo(ClaimStatus.DISPUTED);
        waitFor("the claim's details are saved", () -> {
            Claim claim = state().claims().get(0);
            return claim.claimant().equals("Russian defense ministry") && claim.tags().equals(List.of("casualties"))
                    && claim.status() == ClaimStatus.DISPUTED;
        });
        Claim sixty = state().claims().get(0);

        // Select words in the BBC column and link them to the claim as the same claim.
        tabTo(bbc.area(), "the BBC column");
        selectByKeyboard(bbc, MANY);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitFor("the words become a claim linked to the first", () -> state().links().size() == 1);
        assertThat(state().links().get(0).type()).isEqualTo(LinkType.SAME);
        assertThat(state().links().get(0).from()).isEqualTo(sixty.id());
        assertThat(state().claims()).extracting(Claim::quote).containsExactlyInAnyOrder(SIXTY, MANY);

        // Group them and say what the group states.
        press(KeyCode.CONTROL, KeyCode.G);
        waitFor("the two claims form a group", () -> state().groups().size() == 1);
        TextField statement = robot.lookup("#statement").queryAs(TextField.class);
        tabTo(statement, "the group's statement");
        robot.write("Ukrainian losses in the raids");
        press(KeyCode.ENTER);
        waitFor("the statement is saved", () -> state().groups().get(0).statement().equals("Ukrainian losses in the raids"));

        // Find words in every article and step to the next hit.
        press(KeyCode.CONTROL, KeyCode.F);
        TextField find = robot.lookup("#find-field").queryAs(TextField.class);
        assertThat(find.isFocused()).as("Ctrl+F puts the focus in the find field").isTrue();
        robot.write("Ukrainian");
        press(KeyCode.ENTER);
        waitFor("a hit is selected", () -> running.app().mainWindow().reader().activeSelection()
                .map(s -> s.end() - s.start() == "Ukrainian".length()).orElse(false));
        var first = running.app().mainWindow().reader().activeSelection().orElseThrow();
        press(KeyCode.F3);
        waitFor("F3 steps to another hit", () -> !running.app().mainWindow().reader().activeSelection()
                .orElseThrow().equals(first));
        press(KeyCode.ESCAPE);

        // Export: Ctrl+E, then Enter saves the report where the (recorded) file dialog says.
        Path report = out.resolve("notes.md");
        dialogs.answerFile(report);
        press(KeyCode.CONTROL, KeyCode.E);
        waitFor("the preview is ready", () -> robot.lookup("#export-preview").tryQuery().isPresent()
                && robot.lookup("#export-preview").queryAs(javafx.scene.control.TextArea.class).getText().contains(SIXTY));
        Node save = robot.lookup("#export-save").query();
        assertThat(TextAreaDriver.onFx(() -> save.getScene().getFocusOwner())).as("the dialog opens on the format list")
                .isSameAs(robot.lookup("#export-format").query());
        press(KeyCode.ENTER);
        waitFor("the report is written", () -> Files.exists(report));
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains(SIXTY).contains(MANY)
                .contains("Russian defense ministry").contains("Ukrainian losses in the raids");
    }
}
