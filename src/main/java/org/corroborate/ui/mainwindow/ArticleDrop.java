package org.corroborate.ui.mainwindow;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files or folders dropped on the window become articles of the open project. Only drags that
 * carry files are accepted, so text dragged between columns is left to the columns.
 */
final class ArticleDrop {
    private ArticleDrop() {
    }

    static void install(Node target, Consumer<List<Path>> addArticles) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            boolean taken = take(event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of(),
                    addArticles);
            event.setDropCompleted(taken);
            event.consume();
        });
    }

    /** Hands the dropped files on; false when the drop held none. */
    static boolean take(List<File> dropped, Consumer<List<Path>> addArticles) {
        if (dropped.isEmpty()) {
            return false;
        }
        addArticles.accept(dropped.stream().map(File::toPath).toList());
        return true;
    }
}
