package org.corroborate.ui.welcome;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.corroborate.ui.common.Icons;
import org.corroborate.ui.project.ProjectViewModel;
import org.corroborate.ui.project.RecentProject;

/**
 * What the window shows when nothing is open: the ways in (the sample set, a folder of articles, a
 * project file) and the recent projects by their titles, with their article and claim counts read
 * in the background so the window shows at once.
 */
public final class WelcomeView extends ScrollPane {
    private final ProjectViewModel project;
    private final ListView<RecentProject> recent = new ListView<>();
    private final Label recentNote = new Label("Reading recent projects…");

    /** @param openSampleSet opens the bundled sample set: five reports of one story */
    public WelcomeView(ProjectViewModel project, Runnable openSampleSet) {
        this.project = project;
        getStyleClass().add("welcome");
        setId("welcome");
        setFitToWidth(true);

        Label title = new Label("Corroborate");
        title.getStyleClass().add("welcome-title");
        Label intro = new Label("Open the articles that tell one story, mark the claims each makes, link the same claim"
                + " across them and record where they conflict.");
        intro.setWrapText(true);
        Button samples = action("Open the sample set", "Five reports of 12 March 2024, to try things on",
                "open-samples", Icons.openSet(), openSampleSet);
        samples.setDefaultButton(true);
        Button folder = action("Open a folder of articles…", "Ctrl+O", "open-folder", Icons.openSet(),
                project::chooseArticleSet);
        Button file = action("Open a project file…", "Ctrl+Shift+O", "open-project-file", Icons.openProject(),
                project::chooseProject);
        VBox actions = new VBox(8, samples, folder, file);

        Label recentHeading = new Label("Recent projects");
        recentHeading.getStyleClass().add("pane-heading");
        recent.setId("recent-projects");
        recent.setAccessibleText("Recent projects");
        recent.setCellFactory(view -> new RecentCell());
        recent.setPrefHeight(260);
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        recent.setPlaceholder(recentNote);

        VBox page = new VBox(14, title, intro, actions, recentHeading, recent);
        page.setPadding(new Insets(40, 48, 40, 48));
        page.setMaxWidth(720);
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        setContent(centred);
    }

    /** Lists the recent projects again, their titles and counts read afresh in the background. */
    public void refresh() {
        recentNote.setText("Reading recent projects…");
        project.readRecentProjects(this::showRecent);
    }

    private void showRecent(List<RecentProject> projects) {
        recent.getItems().setAll(projects);
        recentNote.setText("None yet: a project is made when you open a folder of articles.");
    }

    private void openSelected() {
        RecentProject chosen = recent.getSelectionModel().getSelectedItem();
        if (chosen != null && chosen.problem().isEmpty()) {
            project.openProject(chosen.location());
        }
    }

    private static Button action(String text, String hint, String id, javafx.scene.Node icon, Runnable run) {
        Button button = new Button(text, icon);
        button.setId(id);
        button.setTooltip(new Tooltip(hint));
        button.setAccessibleHelp(hint);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setOnAction(e -> run.run());
        return button;
    }

    private static final class RecentCell extends ListCell<RecentProject> {
        @Override
        protected void updateItem(RecentProject item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label heading = new Label(item.heading());
            heading.getStyleClass().add("recent-title");
            Label summary = new Label(item.summary());
            summary.getStyleClass().add("pane-note");
            summary.setWrapText(true);
            VBox text = new VBox(2, heading, summary);
            HBox.setHgrow(text, Priority.ALWAYS);
            setGraphic(text);
            setDisable(item.problem().isPresent());
            setAccessibleText(item.heading() + ", " + item.summary());
            setTooltip(new Tooltip(item.location().path().toString()));
        }
    }
}
