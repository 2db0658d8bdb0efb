package org.corroborate.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What a person would call "cut off", asked of the real window's nodes on the FX thread. */
public final class WindowChecks {
    private WindowChecks() {
    }

    /** The node's bounds in the scene, as drawn. */
    public static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** Whether the whole node lies within the box (to half a pixel). */
    public static boolean inside(Node node, Bounds box) {
        Bounds bounds = inScene(node);
        return bounds.getMinX() >= box.getMinX() - 0.5 && bounds.getMinY() >= box.getMinY() - 0.5
                && bounds.getMaxX() <= box.getMaxX() + 0.5 && bounds.getMaxY() <= box.getMaxY() + 0.5;
    }

    /** Whether the node and its parents are all visible: a hidden pane's labels are not on screen. */
    public static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /**
     * The labels, buttons and combo boxes under the node whose text is drawn shortened: the skin
     * draws "location, ev…" in place of "location, event" when the text does not fit.
     */
    public static List<String> clippedTexts(Parent root) {
        List<String> clipped = new ArrayList<>();
        collect(root, clipped);
        return clipped;
    }

    private static void collect(Node node, List<String> clipped) {
        if (!showing(node)) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String drawn = drawnText(labeled);
            if (drawn != null && !squeeze(drawn).equals(squeeze(labeled.getText()))) {
                clipped.add(labeled.getId() + " " + labeled.getStyleClass() + ": “" + labeled.getText() + "” drawn as “"
                        + drawn + "”");
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, clipped));
        }
    }

    private static String drawnText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(child -> child.getClass().getSimpleName().equals("LabeledText")).map(Text.class::cast)
                .map(Text::getText).findFirst().orElse(null);
    }

    // Wrapping puts line breaks where spaces were; only a lost letter counts.
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
