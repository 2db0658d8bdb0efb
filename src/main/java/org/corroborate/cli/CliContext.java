package org.corroborate.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import org.corroborate.settings.AppDirectories;
import org.corroborate.settings.UserSettings;
import org.corroborate.store.ProjectFile;

/**
 * What every command works with: the project service, the clock that stamps new annotations, and the
 * window's settings file, from which a command may take a default (the desk a ClaimReview names).
 */
record CliContext(ProjectService projects, Clock clock, Path settingsFile) {
    CliContext {
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(settingsFile, "settingsFile");
    }

    /** Wired as the window wires it, with the user's name as the author of what the commands make. */
    static CliContext fromEnvironment() {
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        AppDirectories directories = AppDirectories.fromEnvironment(System.getProperties(), System.getenv());
        return new CliContext(new ProjectService(directories.projects(), new ArticleSetReader(), clock,
                System.getProperty("user.name", "analyst")), clock, directories.settingsFile());
    }

    /** The settings as the window last saved them; read only, as the window owns the file. */
    UserSettings settings() {
        return UserSettings.load(settingsFile);
    }

    Workspace open(ProjectFile file) {
        return projects.openProject(file);
    }
}
