package org.corroborate.ui.mainwindow;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.corroborate.model.Article;
import org.corroborate.model.LinkType;
import org.corroborate.service.ProjectLocation;
import org.corroborate.ui.annotation.AnnotationViewModel;
import org.corroborate.ui.annotation.SpanSteps;
import org.corroborate.ui.articles.ArticleListView;
import org.corroborate.ui.claims.ClaimsTableView;
import org.corroborate.ui.claims.ClaimsTableViewModel;
import org.corroborate.ui.common.Icons;
import org.corroborate.ui.conflicts.ConflictsView;
import org.corroborate.ui.export.ExportDialog;
import org.corroborate.ui.export.ExportViewModel;
import org.corroborate.ui.find.FindBar;
import org.corroborate.ui.find.FindViewModel;
import org.corroborate.ui.inspector.InspectorView;
import org.corroborate.ui.layout.LayoutViewModel;
import org.corroborate.ui.layout.WorkbenchLayout;
import org.corroborate.ui.matrix.MatrixView;
import org.corroborate.ui.matrix.MatrixViewModel;
import org.corroborate.ui.project.ProjectViewModel;
import org.corroborate.ui.reader.ColumnsViewModel;
import org.corroborate.ui.reader.ReaderColumnsView;
import org.corroborate.ui.statusbar.StatusBar;
import org.corroborate.ui.suggestions.SuggestionsView;
import org.corroborate.ui.suggestions.SuggestionsViewModel;
import org.corroborate.ui.welcome.WelcomeView;

/**
 * The main window's content: menus and toolbar, the article list, the reader columns and the
 * inspector side by side, the claims table, conflicts and the assistant's suggestions below, and
 * the status bar. It lays out
 * and binds; what happens lives in the view models.
 */
public final class MainWindow {
    private static final double MATRIX_DIVIDER = 0.45;
    /** What the window needs from the app around it, beyond the project. */
    public interface Host {
        void quit();

        void setDarkTheme(boolean dark);

        boolean darkTheme();

        ObservableBooleanValue busy();

        ObservableStringValue workMessage();

        ObservableDoubleValue workProgress();

        /** Which side panes show; kept with the person's settings. */
        LayoutViewModel layout();

        /** Opens the bundled sample set, from the welcome screen. */
        void openSampleSet();
    }

    private final ProjectViewModel project;
    private final AnnotationViewModel annotations;
    private final ColumnsViewModel columns;
    private final Host host;
    private final BorderPane root = new BorderPane();
    private final ReaderColumnsView reader;
    private final WorkbenchLayout layout;
    private final MatrixView matrix;
    private final FindViewModel find;
    private Tab matrixTab;

    public MainWindow(ProjectViewModel project, Host host) {
        this.project = project;
        this.host = host;
        this.annotations = new AnnotationViewModel(project);
        this.columns = ColumnsViewModel.following(project);
        this.reader = new ReaderColumnsView(columns, annotations);
        this.matrix = new MatrixView(new MatrixViewModel(annotations));
        this.find = new FindViewModel(project);
        find.resultProperty().addListener((obs, old, now) -> reader.showFound(now));
        find.onHit(reader::showHit);
        ArticleListView articles = new ArticleListView(project.articles(), columns);
        InspectorView inspector = new InspectorView(annotations);
        this.layout = new WorkbenchLayout(host.layout(), articles, reader, inspector);
        addBottomTabs();

        root.setTop(new VBox(menuBar(), toolBar(), new FindBar(find)));
        WelcomeView welcome = new WelcomeView(project, host::openSampleSet);
        // Nothing open and nothing opening: the welcome screen takes the place of the workbench until a project opens.
        Runnable showWorkOrWelcome = () -> {
            if (project.workspaceProperty().get() == null && !project.openingProperty().get()) {
                root.setCenter(welcome);
                welcome.refresh();
            } else {
                root.setCenter(layout.root());
            }
        };
        project.workspaceProperty().addListener((obs, old, now) -> showWorkOrWelcome.run());
        project.openingProperty().addListener((obs, was, is) -> showWorkOrWelcome.run());
        showWorkOrWelcome.run();
        root.setBottom(new StatusBar(project.statusProperty(), host.busy(), host.workMessage(), host.workProgress(),
                Bindings.createStringBinding(this::counts, project.articles(), project.annotationsProperty())));
        root.getStyleClass().add("main-window");
        ArticleDrop.install(root, project::addArticles);
    }

    private void pasteArticle() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        project.pasteArticle(Optional.ofNullable(clipboard.getHtml()), Optional.ofNullable(clipboard.getString()));
    }

    public Parent root() {
        return root;
    }

    public ReaderColumnsView reader() {
        return reader;
    }

    public AnnotationViewModel annotations() {
        return annotations;
    }

    /** Where the window's parts go: a new part adds its tab here. */
    public WorkbenchLayout layout() {
        return layout;
    }

    private void addBottomTabs() {
        ClaimsTableViewModel claimsModel = new ClaimsTableViewModel(project);
        Tab claims = new Tab("Claims", new ClaimsTableView(claimsModel, annotations));
        claims.setId("claims-tab");
        ConflictsView conflictsView = new ConflictsView(annotations);
        Tab conflicts = new Tab("Conflicts", conflictsView);
        conflicts.setId("conflicts-tab");
        conflicts.textProperty().bind(Bindings.createStringBinding(
                () -> "Conflicts (" + conflictsView.conflicts().size() + ")", conflictsView.conflicts()));
        claims.textProperty().bind(Bindings.createStringBinding(
                () -> "Claims (" + project.annotations().claimCount() + ")", project.annotationsProperty()));
        layout.addBottomTab(claims);
        layout.addBottomTab(conflicts);
        SuggestionsView suggestionsView = new SuggestionsView(new SuggestionsViewModel(project, annotations), reader);
        Tab suggestions = new Tab("Suggestions", suggestionsView);
        suggestions.setId("suggestions-tab");
        suggestions.textProperty().bind(suggestionsView.title());
        layout.addBottomTab(suggestions);
        matrixTab = new Tab("Matrix", matrix);
        matrixTab.setId("matrix-tab");
        matrix.model().shownProperty().bind(matrixTab.selectedProperty());
        layout.addBottomTab(matrixTab);
    }

    private String counts() {
        int articleCount = project.articles().size();
        int claims = project.annotations().claimCount();
        int conflicts = project.annotations().conflicts().size();
        return articleCount + (articleCount == 1 ? " article" : " articles") + " · " + claims
                + (claims == 1 ? " claim" : " claims") + " · " + conflicts + (conflicts == 1 ? " conflict" : " conflicts");
    }

    private MenuBar menuBar() {
        MenuItem openSet = item("Open Article Set…", "Shortcut+O", project::chooseArticleSet);
        MenuItem openProject = item("Open Project…", "Shortcut+Shift+O", project::chooseProject);
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem addArticles = item("Add Articles…", "Shortcut+Shift+A", project::chooseArticlesToAdd);
        addArticles.setId("add-articles-item");
        MenuItem export = item("Export…", "Shortcut+E", this::openExport);
        export.setId("export-item");
        MenuItem importAnnotations = item("Import Annotations…", "Shortcut+Shift+I", project::chooseAnnotationsToImport);
        MenuItem quit = item("Quit", "Shortcut+Q", host::quit);
        Menu file = new Menu("File", null, openSet, openProject, recent, new SeparatorMenuItem(), addArticles,
                new SeparatorMenuItem(), export,
                importAnnotations, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", project::undo);
        undo.setId("undo-item");
        undo.textProperty().bind(Bindings.when(Bindings.isEmpty(project.undoLabelProperty()))
                .then("Undo").otherwise(Bindings.concat("Undo ", project.undoLabelProperty())));
        undo.disableProperty().bind(Bindings.isEmpty(project.undoLabelProperty()));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", project::redo);
        redo.setId("redo-item");
        redo.textProperty().bind(Bindings.when(Bindings.isEmpty(project.redoLabelProperty()))
                .then("Redo").otherwise(Bindings.concat("Redo ", project.redoLabelProperty())));
        redo.disableProperty().bind(Bindings.isEmpty(project.redoLabelProperty()));
        MenuItem paste = item("Paste Article", "Shortcut+Shift+V", this::pasteArticle);
        paste.setId("paste-article-item");
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), paste, new SeparatorMenuItem(),
                item("Find…", "Shortcut+F", find::open),
                item("Find Next", "F3", find::next),
                item("Find Previous", "Shift+F3", find::previous));

        Menu claim = new Menu("Claim", null,
                item("Mark Selection as Claim", "Shortcut+M", this::markSelection),
                item("Delete Claim", "Shortcut+Delete", annotations::deleteSelected),
                new SeparatorMenuItem(),
                item("Link as Same Claim", "Shortcut+Shift+S", () -> link(LinkType.SAME)),
                item("Link as Supporting", "Shortcut+Shift+P", () -> link(LinkType.SUPPORTS)),
                item("Link as Contradicting", "Shortcut+Shift+C", () -> link(LinkType.CONTRADICTS)),
                item("Group with Linked Claims", "Shortcut+G", annotations::groupConnected),
                new SeparatorMenuItem(),
                item("Widen End by a Word", "Alt+Right", () -> annotations.resizeSelected(SpanSteps.Edge.END, true)),
                item("Narrow End by a Word", "Alt+Left", () -> annotations.resizeSelected(SpanSteps.Edge.END, false)),
                item("Widen Start by a Word", "Alt+Shift+Left", () -> annotations.resizeSelected(SpanSteps.Edge.START, true)),
                item("Narrow Start by a Word", "Alt+Shift+Right",
                        () -> annotations.resizeSelected(SpanSteps.Edge.START, false)),
                new SeparatorMenuItem(),
                item("Clear Selection", "Escape", annotations::clearSelection));

        Menu columnsMenu = new Menu("Columns");
        for (int n = ColumnsViewModel.MIN_COLUMNS; n <= ColumnsViewModel.MAX_COLUMNS; n++) {
            int count = n;
            columnsMenu.getItems().add(item(n + " Columns", "Shortcut+Alt+" + n, () -> columns.setCount(count)));
        }
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setSelected(host.darkTheme());
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().addListener((obs, was, is) -> host.setDarkTheme(is));
        MenuItem alignment = item("Alignment Matrix", "Shortcut+Shift+M", this::openMatrix);
        alignment.setId("matrix-item");
        Menu view = new Menu("View", null,
                check("Article List", "Shortcut+B", host.layout().articlesShownProperty()),
                check("Inspector", "Shortcut+I", host.layout().inspectorShownProperty()),
                new SeparatorMenuItem(), columnsMenu, alignment,
                item("Previous Column", "Shortcut+Page Up", reader::previousColumns),
                item("Next Column", "Shortcut+Page Down", reader::nextColumns),
                new SeparatorMenuItem(), dark);

        MenuBar bar = new MenuBar(file, edit, claim, view);
        bar.setId("menu-bar");
        return bar;
    }

    // The matrix wants more room than the claims table: it takes half the height while it is shown.
    private void openMatrix() {
        layout.showBottomTab(matrixTab, 1 - MATRIX_DIVIDER);
        matrix.table().requestFocus();
    }

    private void openExport() {
        if (project.workspaceProperty().get() == null) {
            return;
        }
        ExportViewModel model = new ExportViewModel(project);
        new ExportDialog(root.getScene().getWindow(), model).show(model);
    }

    private void markSelection() {
        reader.activeSelection().ifPresentOrElse(selection -> {
            annotations.mark(selection);
            reader.clearTextSelections();
        }, () -> project.say("Select the words of a claim in a column first, then press Ctrl+M."));
    }

    private void link(LinkType type) {
        int sourceArticle = annotations.selectedClaim().map(c -> c.articleId()).orElse(-1);
        annotations.link(type, reader.selectionOutside(sourceArticle));
        reader.clearTextSelections();
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (ProjectLocation.File file : project.recentProjects()) {
            MenuItem item = new MenuItem(file.displayName() + "  (" + file.path().getParent() + ")");
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
        Button openSet = button("Open set", Icons.openSet(), "Open a folder of articles (Ctrl+O)", project::chooseArticleSet);
        Button undo = button(null, Icons.undo(), "Undo (Ctrl+Z)", project::undo);
        undo.disableProperty().bind(Bindings.isEmpty(project.undoLabelProperty()));
        Button redo = button(null, Icons.redo(), "Redo (Ctrl+Shift+Z)", project::redo);
        redo.disableProperty().bind(Bindings.isEmpty(project.redoLabelProperty()));
        Button mark = button("Mark claim", Icons.mark(), "Mark the selected words as a claim (Ctrl+M)", this::markSelection);
        mark.setId("mark-button");
        Button same = button("Same", Icons.same(), "Link the selected claim with another as the same claim (Ctrl+Shift+S)",
                () -> link(LinkType.SAME));
        Button supports = button("Supports", Icons.supports(), "Link as supporting (Ctrl+Shift+P)",
                () -> link(LinkType.SUPPORTS));
        Button contradicts = button("Contradicts", Icons.contradicts(), "Link as contradicting (Ctrl+Shift+C)",
                () -> link(LinkType.CONTRADICTS));
        contradicts.setId("contradicts-button");
        Button group = button("Group", Icons.group(), "Group the selected claim with its linked claims (Ctrl+G)",
                annotations::groupConnected);

        ChoiceBox<Integer> count = new ChoiceBox<>();
        count.setId("column-count");
        count.setTooltip(new Tooltip("How many articles to show side by side"));
        for (int n = ColumnsViewModel.MIN_COLUMNS; n <= ColumnsViewModel.MAX_COLUMNS; n++) {
            count.getItems().add(n);
        }
        columns.shown().addListener((ListChangeListener<Article>) change -> count.setValue(columns.count()));
        count.setOnAction(e -> {
            if (count.getValue() != null) {
                columns.setCount(count.getValue());
            }
        });
        Label columnsLabel = new Label("Columns", Icons.columns());
        Button export = button("Export", Icons.export(), "Export verification notes (Ctrl+E)", this::openExport);
        export.setId("export-button");
        ToggleButton articlesToggle = paneToggle(Icons.articlePane(), "Show or hide the article list (Ctrl+B)",
                "articles-toggle", host.layout().articlesShownProperty());
        ToggleButton inspectorToggle = paneToggle(Icons.inspectorPane(), "Show or hide the inspector (Ctrl+I)",
                "inspector-toggle", host.layout().inspectorShownProperty());
        return new ToolBar(openSet, export, new Separator(), undo, redo, new Separator(), mark, same, supports, contradicts,
                group, new Separator(), columnsLabel, count, new Separator(), articlesToggle, inspectorToggle);
    }

    private static Button button(String text, javafx.scene.Node icon, String tooltip, Runnable action) {
        Button button = new Button(text, icon);
        button.setTooltip(new Tooltip(tooltip));
        // An icon alone says nothing to a screen reader: the tooltip names the button then.
        if (text == null) {
            button.setAccessibleText(tooltip);
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    private static CheckMenuItem check(String text, String accelerator, BooleanProperty shown) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.selectedProperty().bindBidirectional(shown);
        return item;
    }

    private static ToggleButton paneToggle(javafx.scene.Node icon, String tooltip, String id, BooleanProperty shown) {
        ToggleButton toggle = new ToggleButton(null, icon);
        toggle.setTooltip(new Tooltip(tooltip));
        toggle.setAccessibleText(tooltip);
        toggle.setId(id);
        toggle.selectedProperty().bindBidirectional(shown);
        return toggle;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
