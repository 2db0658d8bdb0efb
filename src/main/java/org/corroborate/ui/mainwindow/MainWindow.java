package org.corroborate.ui.mainwindow;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.corroborate.model.Article;
import org.corroborate.store.ProjectFile;
import org.corroborate.ui.articles.ArticleListView;
import org.corroborate.ui.common.Icons;
import org.corroborate.ui.reader.ColumnsViewModel;
import org.corroborate.ui.reader.ReaderColumnsView;
import org.corroborate.ui.statusbar.StatusBar;

/**
 * The main window's content: menus, toolbar, the article list beside the reader columns, and the
 * status bar. It only lays out and binds; what happens lives in the view models.
 */
public final class MainWindow {
    /** What the window needs from the app around it, beyond the project. */
    public interface Host {
        void quit();

        void setDarkTheme(boolean dark);

        boolean darkTheme();

        ObservableBooleanValue busy();

        ObservableStringValue workMessage();

        ObservableDoubleValue workProgress();
    }

    private final ProjectViewModel project;
    private final Host host;
    private final BorderPane root = new BorderPane();
    private final ReaderColumnsView reader;

    public MainWindow(ProjectViewModel project, Host host) {
        this.project = project;
        this.host = host;
        this.reader = new ReaderColumnsView(project.columns());
        ArticleListView articles = new ArticleListView(project.articles(), project.columns());
        SplitPane body = new SplitPane(articles, reader);
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(articles, false);
        articles.setMinWidth(200);
        articles.setPrefWidth(280);

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(body);
        root.setBottom(new StatusBar(project.statusProperty(), host.busy(), host.workMessage(), host.workProgress(),
                Bindings.createStringBinding(this::counts, project.articles(), project.annotationsProperty())));
        root.getStyleClass().add("main-window");
    }

    public Parent root() {
        return root;
    }

    public ReaderColumnsView reader() {
        return reader;
    }

    private String counts() {
        int articles = project.articles().size();
        int claims = project.annotations().claimCount();
        return articles + (articles == 1 ? " article" : " articles") + " · " + claims + (claims == 1 ? " claim" : " claims");
    }

    private MenuBar menuBar() {
        MenuItem openSet = item("Open Article Set…", "Shortcut+O", project::chooseArticleSet);
        MenuItem openProject = item("Open Project…", "Shortcut+Shift+O", project::chooseProject);
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem quit = item("Quit", "Shortcut+Q", host::quit);
        Menu file = new Menu("File", null, openSet, openProject, recent, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", project::undo);
        undo.textProperty().bind(Bindings.when(Bindings.isEmpty(project.undoLabelProperty()))
                .then("Undo").otherwise(Bindings.concat("Undo ", project.undoLabelProperty())));
        undo.disableProperty().bind(Bindings.isEmpty(project.undoLabelProperty()));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", project::redo);
        redo.textProperty().bind(Bindings.when(Bindings.isEmpty(project.redoLabelProperty()))
                .then("Redo").otherwise(Bindings.concat("Redo ", project.redoLabelProperty())));
        redo.disableProperty().bind(Bindings.isEmpty(project.redoLabelProperty()));
        Menu edit = new Menu("Edit", null, undo, redo);

        Menu columnsMenu = new Menu("Columns");
        for (int n = ColumnsViewModel.MIN_COLUMNS; n <= ColumnsViewModel.MAX_COLUMNS; n++) {
            int count = n;
            columnsMenu.getItems().add(item(n + " columns", "Shortcut+Alt+" + n, () -> project.columns().setCount(count)));
        }
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setSelected(host.darkTheme());
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().addListener((obs, was, is) -> host.setDarkTheme(is));
        Menu view = new Menu("View", null, columnsMenu, new SeparatorMenuItem(), dark);

        MenuBar bar = new MenuBar(file, edit, view);
        bar.setId("menu-bar");
        return bar;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : project.recentProjects()) {
            ProjectFile file = new ProjectFile(path);
            MenuItem item = new MenuItem(file.displayName() + "  (" + path.getParent() + ")");
            item.setOnAction(e -> project.openProject(file));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private ToolBar toolBar() {
        Button openSet = new Button("Open set", Icons.openSet());
        openSet.setTooltip(new Tooltip("Open a folder of articles (Ctrl+O)"));
        openSet.setOnAction(e -> project.chooseArticleSet());
        Button undo = new Button(null, Icons.undo());
        undo.setTooltip(new Tooltip("Undo (Ctrl+Z)"));
        undo.disableProperty().bind(Bindings.isEmpty(project.undoLabelProperty()));
        undo.setOnAction(e -> project.undo());
        Button redo = new Button(null, Icons.redo());
        redo.setTooltip(new Tooltip("Redo (Ctrl+Shift+Z)"));
        redo.disableProperty().bind(Bindings.isEmpty(project.redoLabelProperty()));
        redo.setOnAction(e -> project.redo());

        ChoiceBox<Integer> count = new ChoiceBox<>();
        count.setId("column-count");
        count.setTooltip(new Tooltip("How many articles to show side by side"));
        for (int n = ColumnsViewModel.MIN_COLUMNS; n <= ColumnsViewModel.MAX_COLUMNS; n++) {
            count.getItems().add(n);
        }
        ColumnsViewModel columns = project.columns();
        columns.shown().addListener((ListChangeListener<Article>) change -> count.setValue(columns.count()));
        count.setOnAction(e -> {
            if (count.getValue() != null) {
                columns.setCount(count.getValue());
            }
        });
        Label columnsLabel = new Label("Columns", Icons.columns());
        return new ToolBar(openSet, undo, redo, new javafx.scene.control.Separator(), columnsLabel, count);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
