package org.corroborate.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.corroborate.service.ProjectException;
import org.corroborate.settings.AppDirectories;
import org.corroborate.settings.UserSettings;
import org.corroborate.settings.WindowPlacement;
import org.corroborate.ui.common.DialogService;
import org.corroborate.ui.common.FxDialogService;
import org.corroborate.ui.common.FxTaskExecutor;
import org.corroborate.ui.layout.LayoutViewModel;
import org.corroborate.ui.mainwindow.MainWindow;
import org.corroborate.ui.project.ProjectViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the window: wires the services by hand, restores the window, and opens the project. */
public class CorroborateApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CorroborateApp.class);
    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 900;

    private final AppDirectories directories;
    private final Function<Window, DialogService> dialogFactory;
    private final Path workingDirectory;
    private List<String> startArgs;

    private Stage stage;
    private UserSettings settings;
    private FxTaskExecutor executor;
    private ProjectViewModel project;
    private MainWindow window;
    private LayoutViewModel layout;

    /** Used by the JavaFX launcher: everything from the environment. */
    public CorroborateApp() {
        this(AppDirectories.fromEnvironment(System.getProperties(), System.getenv()), FxDialogService::new,
                Path.of("").toAbsolutePath(), null);
    }

    /** Used by tests, to keep the app's files in a folder of their own and answer dialogs themselves. */
    public CorroborateApp(AppDirectories directories, Function<Window, DialogService> dialogFactory,
                          Path workingDirectory, List<String> args) {
        this.directories = Objects.requireNonNull(directories);
        this.dialogFactory = Objects.requireNonNull(dialogFactory);
        this.workingDirectory = workingDirectory;
        this.startArgs = args;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        if (startArgs == null) {
            startArgs = getParameters() == null ? List.of() : getParameters().getRaw();
        }
        settings = UserSettings.load(directories.settingsFile());
        applyTheme(settings.darkTheme());
        executor = new FxTaskExecutor();
        project = new ProjectViewModel(Services.projects(directories, Services.clock()), executor,
                dialogFactory.apply(stage), settings);
        // The project opens in the background while the window is built: on two cores that
        // overlap saves about a second of a cold start. Its result arrives after start returns.
        try {
            StartupTarget target = StartupTarget.choose(startArgs, project.lastProject());
            if (target instanceof StartupTarget.ArticleSet set) {
                project.openArticleSet(set.folder());
            } else if (target instanceof StartupTarget.Project chosen) {
                project.openProject(chosen.location());
            }
        } catch (ProjectException e) {
            project.say(e.getMessage() + " Open a project or an article set from the File menu.");
        }
        layout = new LayoutViewModel(settings);
        window = new MainWindow(project, new Host());

        Scene scene = new Scene(window.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(
                CorroborateApp.class.getResource("/org/corroborate/ui/corroborate.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(project.titleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        restorePlacement();
        stage.setOnCloseRequest(e -> rememberPlacement());
        stage.show();

    }

    public ProjectViewModel projectViewModel() {
        return project;
    }

    public MainWindow mainWindow() {
        return window;
    }

    @Override
    public void stop() {
        if (stage != null && stage.isShowing()) {
            rememberPlacement();
        }
        if (project != null) {
            project.close();
        }
        if (executor != null) {
            executor.close();
        }
    }

    private void restorePlacement() {
        settings.window().filter(this::onSomeScreen).ifPresentOrElse(placement -> {
            stage.setX(placement.x());
            stage.setY(placement.y());
            stage.setWidth(placement.width());
            stage.setHeight(placement.height());
            stage.setMaximized(placement.maximized());
        }, () -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        });
    }

    // A window saved on a monitor that is gone now would open out of reach.
    private boolean onSomeScreen(WindowPlacement placement) {
        return !Screen.getScreensForRectangle(placement.x(), placement.y(), Math.max(1, placement.width()),
                Math.max(1, placement.height())).isEmpty();
    }

    private void rememberPlacement() {
        settings.setWindow(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        try {
            settings.save();
        } catch (IOException e) {
            LOG.warn("Could not save the window's placement: {}", e.getMessage());
        }
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private final class Host implements MainWindow.Host {
        @Override
        public void quit() {
            rememberPlacement();
            stage.close();
            Platform.exit();
        }

        @Override
        public void setDarkTheme(boolean dark) {
            applyTheme(dark);
            settings.setDarkTheme(dark);
        }

        @Override
        public boolean darkTheme() {
            return settings.darkTheme();
        }

        @Override
        public ObservableBooleanValue busy() {
            return executor.busyProperty();
        }

        @Override
        public ObservableStringValue workMessage() {
            return executor.messageProperty();
        }

        @Override
        public ObservableDoubleValue workProgress() {
            return executor.progressProperty();
        }

        @Override
        public LayoutViewModel layout() {
            return layout;
        }

        @Override
        public void openSampleSet() {
            try {
                project.openArticleSet(BundledSamples.locate(workingDirectory, directories.bundledSamples()));
            } catch (RuntimeException e) {
                LOG.warn("Could not open the sample set", e);
                project.say("Could not open the sample set: " + e.getMessage() + ". Open an article set with Ctrl+O.");
            }
        }
    }
}
