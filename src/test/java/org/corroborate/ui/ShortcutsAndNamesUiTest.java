package org.corroborate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import org.corroborate.testing.RecordingDialogs;
import org.corroborate.testing.RunningApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Every toolbar command is in a menu with the shortcut its tooltip names, and every control has a name. */
class ShortcutsAndNamesUiTest {
    private static final Pattern SHORTCUT_IN_TOOLTIP = Pattern.compile("\\(([^()]+)\\)\\s*$");

    @TempDir
    Path home;
    final FxRobot robot = new FxRobot();
    RunningApp running;

    @AfterEach
    void stop() throws Exception {
        if (running != null && running.app() != null) {
            running.stop();
        }
    }

    @Test
    void everyToolbarButtonNamesTheShortcutOfAMenuCommandAndEveryControlHasAName() throws Exception {
        running = new RunningApp(home, new RecordingDialogs()).start();
        RunningApp.waitUntil("the sample set is open", () -> running.app().projectViewModel().articles().size() == 5);

        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Set<String> menuShortcuts = new HashSet<>();
        List<String> commandsWithoutShortcut = new ArrayList<>();
        bar.getMenus().forEach(menu -> collectShortcuts(menu, menuShortcuts, commandsWithoutShortcut));
        assertThat(commandsWithoutShortcut).as("menu commands without a shortcut shown").isEmpty();

        ToolBar toolBar = robot.lookup(".tool-bar").queryAs(ToolBar.class);
        List<String> unnamedShortcuts = new ArrayList<>();
        for (Node item : toolBar.getItems()) {
            if (item instanceof ButtonBase button) {
                assertThat(button.getTooltip()).as("tooltip of %s", describe(button)).isNotNull();
                Matcher shortcut = SHORTCUT_IN_TOOLTIP.matcher(button.getTooltip().getText());
                if (!shortcut.find() || !menuShortcuts.contains(shortcut.group(1))) {
                    unnamedShortcuts.add(button.getTooltip().getText());
                }
            }
        }
        assertThat(unnamedShortcuts).as("toolbar tooltips that name no menu shortcut (menus have %s)", menuShortcuts)
                .isEmpty();

        List<String> unnamed = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        collect(running.app().mainWindow().root(), Label.class, labels);
        List<Control> controls = new ArrayList<>();
        collect(running.app().mainWindow().root(), Control.class, controls);
        for (Control control : controls) {
            boolean needsName = control instanceof Button || control instanceof ComboBox<?>
                    || control instanceof TextField || control instanceof ToggleButton;
            if (needsName && !hasName(control, labels)) {
                unnamed.add(describe(control));
            }
        }
        assertThat(unnamed).as("controls without an accessible name").isEmpty();
    }

    private static void collectShortcuts(Menu menu, Set<String> shortcuts, List<String> without) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collectShortcuts(sub, shortcuts, without);
            } else if (item.getText() != null && !item.getText().isBlank()
                   
                    && !"Open Recent".equals(menu.getText())) {
                if (item.getAccelerator() == null) {
                    without.add(menu.getText() + " → " + item.getText());
                } else {
                    shortcuts.add(item.getAccelerator().getDisplayText());
                }
            }
        }
    }

    private static boolean hasName(Control control, List<Label> labels) {
        if (notBlank(control.getAccessibleText())) {
            return true;
        }
        if (control instanceof Labeled labeled && notBlank(labeled.getText())) {
            return true;
        }
        return labels.stream().anyMatch(label -> label.getLabelFor() == control && notBlank(label.getText()));
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String describe(Control control) {
        return control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId())
                + " in " + (control.getParent() == null ? "?" : control.getParent().getClass().getSimpleName()
                + control.getParent().getStyleClass());
    }

    private static <T> void collect(Node node, Class<T> type, List<T> into) {
        if (type.isInstance(node)) {
            into.add(type.cast(node));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, type, into));
        }
    }
}
