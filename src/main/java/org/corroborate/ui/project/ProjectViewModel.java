package org.corroborate.ui.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Operation;
import org.corroborate.service.ArticleDetails;
import org.corroborate.service.ProjectException;
import org.corroborate.service.ProjectLocation;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import org.corroborate.settings.UserSettings;
import org.corroborate.ui.common.DialogService;
import org.corroborate.ui.common.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.corroborate.service.AnnotationImport;

/**
 * The open project as the window shows it: its articles, its annotations, the columns, and what
 * can be undone. Every read and write of the project goes through the task executor; the state
 * here changes only on the UI thread, after the project has saved the change.
 */
public final class ProjectViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectViewModel.class);

    private final ProjectService projects;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final UserSettings settings;

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    // Unmodifiable views hold their listeners weakly: one view, kept here, so listeners live.
    private final ObservableList<Article> articlesView = FXCollections.unmodifiableObservableList(articles);
    private final ObjectProperty<Annotations> annotations = new SimpleObjectProperty<>(Annotations.empty());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Corroborate");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(false);
    private Map<String, String> settingsAtOpen = Map.of();

    public ProjectViewModel(ProjectService projects, TaskExecutor executor, DialogService dialogs, UserSettings settings) {
        this.projects = projects;
        this.executor = executor;
        this.dialogs = dialogs;
        this.settings = settings;
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ObservableList<Article> articles() {
        return articlesView;
    }

    public ReadOnlyObjectProperty<Annotations> annotationsProperty() {
        return annotations;
    }

    public Annotations annotations() {
        return annotations.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a project or article set is being opened: not a moment for the welcome screen. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** The Edit menu's undo label, empty when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** A setting saved with the open project, as it was when the project opened. */
    public Optional<String> savedSetting(String name) {
        return Optional.ofNullable(settingsAtOpen.get(name));
    }

    public Optional<Article> article(int id) {
        return articles.stream().filter(a -> a.id() == id).findFirst();
    }

    /** Asks for a folder and opens it as an article set (Ctrl+O). */
    public void chooseArticleSet() {
        Optional<Path> start = Optional.ofNullable(workspace.get())
                .flatMap(w -> w.info().sourceFolder()).map(Path::of).map(Path::getParent);
        dialogs.chooseFolder("Open article set", start).ifPresent(this::openArticleSet);
    }

    /** Asks for a project file and opens it. */
    public void chooseProject() {
        dialogs.chooseFileToOpen("Open project", "Corroborate projects", "*" + ProjectLocation.File.EXTENSION)
                .ifPresent(this::openProjectFile);
    }

    /** Opens the project file at {@code path}; a path no project file can have is refused with a message. */
    public void openProjectFile(Path path) {
        try {
            openProject(new ProjectLocation.File(path));
        } catch (ProjectException e) {
            failed("Could not open the project " + path, e);
        }
    }

    public void openArticleSet(Path folder) {
        status.set("Opening article set " + folder + "…");
        opening.set(true);
        executor.submit("Importing " + folder.getFileName(), progress -> {
            progress.report("Reading articles from " + folder + "…");
            ProjectService.Opened opened = projects.openArticleSet(folder, (name, done, total) ->
                    progress.report("Reading " + name + " (" + done + " of " + total + ")", (double) done / total));
            progress.report("Opening the project…");
            return loaded(opened.workspace(), opened.warnings(), opened.articlesAdded());
        }, this::show, e -> {
            opening.set(false);
            failed("Could not open the article set " + folder, e);
        });
    }

    /** The kinds of file Add Articles takes, as file-chooser patterns. */
    public static final List<String> ARTICLE_FILE_PATTERNS = List.of("*.txt", "*.md", "*.html", "*.htm", "*.mhtml",
            "*.gz", "*.pdf");

    /** Asks for article files and adds them to the open project (File → Add Articles…, Ctrl+Shift+A). */
    public void chooseArticlesToAdd() {
        if (workspace.get() == null) {
            status.set("Open a project first: articles are added to the open project.");
            return;
        }
        List<Path> chosen = dialogs.chooseFilesToOpen("Add articles", "Articles (text, web pages, PDF)",
                ARTICLE_FILE_PATTERNS.toArray(String[]::new));
        if (!chosen.isEmpty()) {
            addArticles(chosen);
        }
    }

    /**
     * Adds article files, or every article file at the top of a folder, to the open project in the
     * background, then shows the project with them. A file refused (not an article, the same text
     * as one already here) is listed with its reason; the others are still added.
     */
    public void addArticles(List<Path> paths) {
        Workspace current = workspace.get();
        if (current == null) {
            status.set("Open a project first: articles are added to the open project.");
            return;
        }
        ProjectLocation location = current.location();
        String what = paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " files";
        status.set("Adding " + what + "…");
        executor.submit("Adding " + what, progress -> {
            progress.report("Reading " + what + "…");
            ProjectService.Added added = projects.addArticles(location, paths, ArticleDetails.NONE, false);
            progress.report("Showing the new articles…");
            return new AddedAndLoaded(added, loaded(projects.openProject(location), List.of(), 0));
        }, done -> {
            show(done.loaded());
            ProjectService.Added added = done.added();
            status.set(addedSummary(added));
            List<String> problems = new java.util.ArrayList<>(added.refused());
            problems.addAll(added.warnings());
            if (!problems.isEmpty()) {
                dialogs.showProblems(added.refused().isEmpty() ? "Added, with notes" : "Some files were not added",
                        addedSummary(added), problems);
            }
        }, e -> failed("Could not add " + what, e));
    }

    /**
     * Adds pasted text as a new article (Edit → Paste Article, Ctrl+Shift+V). HTML goes through the
     * same reader as a saved page, so the page around the article is left out; otherwise the plain
     * text is taken as it is. The clipboard's contents are written to a file of their own kind
     * first, so a pasted article is read exactly as a dropped file would be.
     */
    public void pasteArticle(Optional<String> html, Optional<String> plainText) {
        Optional<String> extension = html.filter(h -> !h.isBlank()).map(h -> ".html")
                .or(() -> plainText.filter(t -> !t.isBlank()).map(t -> ".txt"));
        if (extension.isEmpty()) {
            status.set("Nothing to paste: the clipboard holds no text.");
            return;
        }
        String content = extension.get().equals(".html") ? html.orElseThrow() : plainText.orElseThrow();
        Path pasted;
        try {
            Path folder = Files.createTempDirectory("corroborate-paste");
            pasted = Files.writeString(folder.resolve("pasted-" + java.time.LocalDateTime.now()
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")) + extension.get()), content);
            pasted.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
        } catch (java.io.IOException e) {
            failed("Could not keep the pasted text to add it", e);
            return;
        }
        addArticles(List.of(pasted));
    }

    /** Asks for an article's corrected details and saves them (the column header's Edit Article Details…). */
    public void chooseArticleDetails(Article article) {
        dialogs.askArticleDetails(article).ifPresent(details -> editArticleDetails(article.id(), details));
    }

    /**
     * Saves the analyst's correction of an article's outlet, headline, date or address, then shows
     * the article as it now is wherever it is listed.
     */
    public void editArticleDetails(int id, ArticleDetails details) {
        Workspace current = workspace.get();
        if (current == null || details.isEmpty()) {
            return;
        }
        executor.submit("Saving the article's details", progress -> current.editArticle(id, details), edited -> {
            if (current == workspace.get()) {
                // One single replacement, so that what follows the list sees one article corrected.
                for (int i = 0; i < articles.size(); i++) {
                    if (articles.get(i).id() == id) {
                        articles.set(i, edited);
                    }
                }
                status.set("Saved the details of “" + edited.displayHeadline() + "”.");
            }
        }, e -> failed("The article's details were not saved", e));
    }

    private record AddedAndLoaded(ProjectService.Added added, Loaded loaded) {
    }

    private static String addedSummary(ProjectService.Added added) {
        int count = added.added().size();
        String summary = "Added " + count + (count == 1 ? " article." : " articles.");
        if (!added.refused().isEmpty()) {
            summary += " Not added: " + String.join("; ", added.refused());
        }
        return summary;
    }

    /** Opens an existing project to work on; a project that is not there is not made. */
    public void openProject(ProjectLocation location) {
        status.set("Opening project " + location + "…");
        opening.set(true);
        executor.submit("Opening " + location.displayName(),
                progress -> loaded(projects.openProject(location), List.of(), 0),
                this::show, e -> {
                    opening.set(false);
                    if (!location.exists() && location instanceof ProjectLocation.File file) {
                        settings.forgetProject(file.path());
                    }
                    failed("Could not open the project " + location, e);
                });
    }

    /** What opening a project read, handed from the background to the UI thread in one piece. */
    private record Loaded(Workspace workspace, List<String> warnings, int articlesAdded,
                          Map<String, String> settings) {
    }

    private Loaded loaded(Workspace opened, List<String> warnings, int added) {
        opened.saveCorrections();
        Map<String, String> projectSettings = opened.settings();
        if (opened.location() instanceof ProjectLocation.File file) {
            settings.projectOpened(file.path());
        }
        saveSettings();
        return new Loaded(opened, warnings, added, projectSettings);
    }

    private void saveSettings() {
        try {
            settings.save();
        } catch (java.io.IOException e) {
            LOG.warn("Could not save settings: {}", e.getMessage());
        }
    }

    /** The fact-checking desk last named as the author of a ClaimReview export. */
    public Optional<String> claimReviewDesk() {
        return settings.claimReviewDesk();
    }

    /** Remembers the desk for the next ClaimReview export; it saves the settings, so call it from a task. */
    public void rememberClaimReviewDesk(String desk) {
        settings.setClaimReviewDesk(desk);
        saveSettings();
    }

    private void show(Loaded loaded) {
        Workspace previous = workspace.get();
        Workspace next = loaded.workspace();
        settingsAtOpen = Map.copyOf(loaded.settings());
        articles.setAll(next.articles());
        annotations.set(next.annotations());
        workspace.set(next);
        opening.set(false);
        title.set(next.info().title() + " — Corroborate");
        refreshUndoLabels();
        status.set("Opened “" + next.info().title() + "”: " + next.articles().size() + " articles, "
                + next.annotations().claimCount() + " claims. "
                + (next.reanchoring().anythingToReport() ? next.reanchoring().describe() + " " : "")
                + "Project file: " + next.location());
        LOG.info("Showing {}: {} articles, {} claims, {} ms after the JVM started", next.location(), next.articles().size(),
                next.annotations().claimCount(), java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        if (previous != null && previous != next) {
            executor.submit("Closing " + previous.location().displayName(), progress -> {
                previous.close();
                return null;
            }, ignored -> { }, e -> LOG.warn("Closing the previous project failed", e));
        }
        if (!loaded.warnings().isEmpty()) {
            dialogs.showProblems("Some files need a look",
                    loaded.articlesAdded() + " articles were imported. These files were skipped or need checking:",
                    loaded.warnings());
        }
    }

    /**
     * Applies an operation built from the current annotations, once the project has saved it.
     * A rule the operation breaks is shown to the analyst; nothing changes.
     */
    public void apply(Function<Annotations, Operation> operation) {
        apply(operation, () -> { });
    }

    /** As {@link #apply(Function)}, then runs {@code afterwards} on the UI thread once it is saved. */
    public void apply(Function<Annotations, Operation> operation, Runnable afterwards) {
        Workspace current = workspace.get();
        if (current == null) {
            return;
        }
        executor.submit("Saving", progress -> current.apply(operation), next -> {
            if (current == workspace.get()) {
                changed(next);
                afterwards.run();
            }
        }, e -> failed("That change was not made", e));
    }

    /**
     * Runs a change a service makes on the workspace itself (accepting a suggestion, say), in order
     * with the other writes, then shows the annotations it leaves and hands its result to
     * {@code afterwards} on the UI thread. A rule it breaks is said in the status bar, as for
     * {@link #apply(Function)}.
     */
    public <T> void change(String title, Function<Workspace, T> change, Consumer<T> afterwards) {
        Workspace current = workspace.get();
        if (current == null) {
            return;
        }
        executor.submit(title, progress -> change.apply(current), result -> {
            if (current == workspace.get()) {
                changed(current.annotations());
                afterwards.accept(result);
            }
        }, e -> failed(title + " did not work", e));
    }

    /** Runs work in the background, in order with the project's writes; for parts that read the project. */
    public TaskExecutor executor() {
        return executor;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** Asks for a JSON-LD file of Web Annotations and adds what it holds to the project, as one step. */
    public void chooseAnnotationsToImport() {
        Workspace current = workspace.get();
        if (current == null) {
            return;
        }
        dialogs.chooseFileToOpen("Import annotations", "W3C Web Annotations (JSON-LD)", "*.jsonld", "*.json")
                .ifPresent(file -> executor.submit("Importing annotations from " + file.getFileName(),
                        progress -> AnnotationImport.into(current, file), outcome -> {
                    changedIn(current, current.annotations());
                    status.set(("Imported " + outcome.claimsAdded() + " claims, " + outcome.linksAdded() + " links and "
                            + outcome.groupsAdded() + " groups from " + file.getFileName()
                            + (outcome.alreadyPresent() > 0 ? " (" + outcome.alreadyPresent() + " already here)" : "") + ". "
                            + outcome.placementSummary()).strip());
                    if (!outcome.notices().isEmpty()) {
                        dialogs.showProblems("Imported, with notes", "These claims did not land where the file put"
                                + " them; orphaned ones are listed under Show → Orphaned: to review:", outcome.notices());
                    }
                }, e -> failed("Could not import annotations from " + file, e)));
    }

    /** Shows a short message in the status bar. */
    public void say(String message) {
        status.set(message);
    }

    // Whether there is anything to undo is decided when the undo runs, in order after the writes
    // queued before it: pressing Ctrl+Z twice quickly on one step undoes it once and does nothing more.
    // The status bar says which step went, so no message about the undone change is left standing.
    public void undo() {
        step("Undoing", Workspace::undoLabel, Workspace::undo, "Undone: ", "Nothing to undo.", "Could not undo");
    }

    public void redo() {
        step("Redoing", Workspace::redoLabel, Workspace::redo, "Redone: ", "Nothing to redo.", "Could not redo");
    }

    /** An undo or redo as it ran: the annotations after it, and the step it took, if there was one. */
    private record Stepped(Annotations annotations, Optional<String> step) {
    }

    private void step(String work, Function<Workspace, Optional<String>> label, Function<Workspace, Annotations> run,
                      String done, String nothing, String failure) {
        Workspace current = workspace.get();
        if (current == null) {
            return;
        }
        executor.submit(work, progress -> {
            Optional<String> step = label.apply(current);
            return new Stepped(step.isPresent() ? run.apply(current) : current.annotations(), step);
        }, stepped -> {
            if (current == workspace.get()) {
                changed(stepped.annotations());
                status.set(stepped.step().map(s -> done + s + ".").orElse(nothing));
            }
        }, e -> failed(failure, e));
    }

    /** Publishes a result only if it belongs to the project still open: work queued before a switch may finish after it. */
    private void changedIn(Workspace source, Annotations next) {
        if (source == workspace.get()) {
            changed(next);
        }
    }

    private void changed(Annotations next) {
        annotations.set(next);
        refreshUndoLabels();
    }

    private void refreshUndoLabels() {
        Workspace current = workspace.get();
        undoLabel.set(current == null ? "" : current.undoLabel().orElse(""));
        redoLabel.set(current == null ? "" : current.redoLabel().orElse(""));
    }

    /** Saves a setting with the open project, in the background. */
    public void saveSetting(String name, String value) {
        Workspace current = workspace.get();
        if (current != null) {
            executor.submit("Saving " + name, progress -> {
                current.putSetting(name, value);
                return null;
            }, ignored -> { }, e -> LOG.warn("Could not save the setting {}", name, e));
        }
    }

    // A broken rule (linking a claim to itself, say) is the analyst's slip, not a failure: it is
    // said in the status bar. Anything else gets a dialog.
    private void failed(String what, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof ProjectException project && project.kind() == ProjectException.Kind.NOT_A_PROJECT) {
            reason += " To make a project, open a folder of articles with File → Open Article Set (Ctrl+O).";
        }
        if (e instanceof IllegalArgumentException) {
            status.set(what + ": " + reason);
            return;
        }
        status.set(what + ".");
        dialogs.showError(what, reason);
    }

    /** The project file to open at start: the last one used, if it is still there. */
    public Optional<ProjectLocation> lastProject() {
        return recentProjects().stream().filter(ProjectLocation::exists).findFirst().map(ProjectLocation.class::cast);
    }

    /** The projects opened last, newest first, leaving out any path that no project file can have. */
    public List<ProjectLocation.File> recentProjects() {
        return settings.recentProjects().stream().flatMap(path -> {
            try {
                return Stream.of(new ProjectLocation.File(path));
            } catch (ProjectException e) {
                LOG.info("Leaving {} out of the recent projects: {}", path, e.getMessage());
                return Stream.empty();
            }
        }).toList();
    }

    /**
     * Reads each recent project's title and counts in the background, opening it read-only so
     * nothing is written, and hands the list over on the UI thread, newest first.
     */
    public void readRecentProjects(Consumer<List<RecentProject>> whenRead) {
        List<ProjectLocation.File> recent = recentProjects();
        executor.submit("Reading recent projects", progress -> recent.stream().map(this::summarize).toList(),
                whenRead::accept, e -> LOG.warn("Could not read the recent projects", e));
    }

    private RecentProject summarize(ProjectLocation.File location) {
        if (!location.exists()) {
            return RecentProject.unreadable(location, "Not found: it was moved or deleted.");
        }
        try (Workspace opened = projects.openProject(location, ProjectService.Access.READ_ONLY)) {
            return RecentProject.read(location, opened.info().title(), opened.articles().size(),
                    opened.annotations().claimCount());
        } catch (RuntimeException e) {
            return RecentProject.unreadable(location, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Closes the project after any queued writes; called once, when the app quits. */
    public void close() {
        Workspace current = workspace.get();
        if (current != null) {
            executor.submit("Closing", progress -> {
                current.close();
                return null;
            }, ignored -> { }, e -> LOG.warn("Closing the project failed", e));
        }
    }
}
