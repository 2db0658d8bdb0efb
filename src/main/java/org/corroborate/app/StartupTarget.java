package org.corroborate.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.corroborate.service.ProjectLocation;

/**
 * What the window opens when it starts: a folder or project named on the command line, else the
 * project used last, else the sample set, so a first start shows articles rather than an empty window.
 */
public sealed interface StartupTarget {
    record ArticleSet(Path folder) implements StartupTarget {
    }

    record Project(ProjectLocation location) implements StartupTarget {
    }

    /** @param sampleSet finds (or unpacks) the sample set; asked only on a first start */
    static StartupTarget choose(List<String> args, Optional<ProjectLocation> lastProject, Supplier<Path> sampleSet) {
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
        return new ArticleSet(sampleSet.get());
    }
}
