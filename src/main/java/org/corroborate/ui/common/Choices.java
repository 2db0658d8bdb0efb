package org.corroborate.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** Makes a choice box show its values by label, as people read them, rather than by code. */
public final class Choices {
    private Choices() {
    }

    public static <T> void labelled(ComboBox<T> box, Function<T, String> label) {
        box.setCellFactory(list -> new LabelledCell<>(label));
        box.setButtonCell(new LabelledCell<>(label));
    }

    private static final class LabelledCell<T> extends ListCell<T> {
        private final Function<T, String> label;

        LabelledCell(Function<T, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label.apply(item));
        }
    }
}
