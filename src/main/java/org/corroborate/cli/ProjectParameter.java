package org.corroborate.cli;

import org.corroborate.service.ProjectLocation;
import picocli.CommandLine.Parameters;

/** The project every command works on, named as the app names it. */
final class ProjectParameter {
    @Parameters(index = "0", paramLabel = "PROJECT",
            description = "The project file, NAME.mv.db (or just NAME).")
    private String path;

    ProjectLocation.File location() {
        return ProjectLocation.File.of(path);
    }
}
