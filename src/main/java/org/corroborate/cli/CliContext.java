package org.corroborate.cli;

import java.time.Clock;
import java.util.Objects;
import org.corroborate.service.ProjectService;

/** What every command works with: the project service and the clock that stamps new annotations. */
record CliContext(ProjectService projects, Clock clock) {
    CliContext {
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(clock, "clock");
    }
}
