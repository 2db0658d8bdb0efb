package org.corroborate.app;

import java.time.Clock;
import java.time.Duration;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.service.ProjectService;
import org.corroborate.settings.AppDirectories;

/** The services the window and the command line run on, wired the same way for both. */
final class Services {
    private Services() {
    }

    /** Ticks in milliseconds: what is stored and exported needs no finer time. */
    static Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    /** What the analyst makes is recorded with their user name as its author. */
    static ProjectService projects(AppDirectories directories, Clock clock) {
        return new ProjectService(directories.projects(), new ArticleSetReader(), clock,
                System.getProperty("user.name", "analyst"));
    }
}
