package org.corroborate.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corroborate.service.ProjectLocation;

/**
 * What the window opens when it starts: a folder or project named on the command line, else the
 * project used last, else nothing: the welcome screen offers the sample set, a folder or a file.
 */
public sealed interface StartupTarget {
    record ArticleSet(Path folder) implements StartupTarget {
    }

    record Project(ProjectLocation location) implements StartupTarget {
    }

    /** Nothing to reopen: the welcome screen. */
    record Welcome() implements StartupTarget {
    }

    static StartupTarget choose(List<String> args, Optional<ProjectLocation> lastProject) {
        if (!args.isEmpty()) {
            Path named = Path.of(args.get(0));
            if (Files.isDirectory(named)) {
                return new ArticleSet(named);
            }
            return new Project(new ProjectLocation.File(named));
        }
        if (lastProject.isPresent()) {
            return new Project(lastProject.get());
        }
        return new Welcome();
    }
}
