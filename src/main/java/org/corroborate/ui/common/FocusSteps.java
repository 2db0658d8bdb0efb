package org.corroborate.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Moves the focus on from a node as Tab would, in the window's order. The article columns need it:
 * the rich text area keeps Tab to itself even when it cannot be edited, which would trap the
 * keyboard in the first column it reaches. Notes need it too: a tab typed into a note is a slip,
 * and a person moving on with Tab should not have to know about Ctrl+Tab.
 */
public final class FocusSteps {
    private FocusSteps() {
    }

    /** Tab and Shift+Tab in this node move the focus on instead of being kept by it. */
    public static void letTabLeave(Node node) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                move(node, !e.isShiftDown());
            }
        });
    }

    /** Gives the focus to the next (or, going back, the previous) control that takes it, wrapping round. */
    public static void move(Node from, boolean forward) {
        if (from.getScene() == null) {
            return;
        }
        List<Node> order = new ArrayList<>();
        collect(from.getScene().getRoot(), order);
        int at = order.indexOf(from);
        if (order.isEmpty() || (at < 0 && order.size() == 1)) {
            return;
        }
        int next = Math.floorMod(at + (forward ? 1 : -1), order.size());
        order.get(next).requestFocus();
    }

    private static void collect(Node node, List<Node> order) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            order.add(node);
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, order));
        }
    }
}
