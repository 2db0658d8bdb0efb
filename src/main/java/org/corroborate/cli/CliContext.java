package org.corroborate.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.corroborate.service.ProjectService;
import org.corroborate.settings.UserSettings;

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

    /** The settings as the window last saved them; read only, as the window owns the file. */
    UserSettings settings() {
        return UserSettings.load(settingsFile);
    }
}
