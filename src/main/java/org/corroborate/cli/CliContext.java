package org.corroborate.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import org.corroborate.settings.AppDirectories;
import org.corroborate.store.ProjectFile;

/** What every command works with: the project service and the clock that stamps new annotations. */
record CliContext(ProjectService projects, Clock clock) {
    CliContext {
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(clock, "clock");
    }

    /** Wired as the window wires it, with the user's name as the author of what the commands make. */
    static CliContext fromEnvironment() {
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        AppDirectories directories = AppDirectories.fromEnvironment(System.getProperties(), System.getenv());
        return new CliContext(new ProjectService(directories.projects(), new ArticleSetReader(), clock,
                System.getProperty("user.name", "analyst")), clock);
    }

    Workspace open(ProjectFile file) {
        return projects.openProject(file);
    }
}
