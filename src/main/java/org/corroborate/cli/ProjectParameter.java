package org.corroborate.cli;

import org.corroborate.service.ProjectLocation;
import picocli.CommandLine.Parameters;

/** The project every command works on, named as the app names it. */
final class ProjectParameter {
    static final String DESCRIPTION = "The project file, NAME.mv.db (or just NAME).";

    @Parameters(index = "0", paramLabel = "PROJECT", description = DESCRIPTION)
    private String path;

    ProjectLocation.File location() {
        return ProjectLocation.File.of(path);
    }
}
