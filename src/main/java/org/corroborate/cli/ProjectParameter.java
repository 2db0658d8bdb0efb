package org.corroborate.cli;

import org.corroborate.store.ProjectFile;
import picocli.CommandLine.Parameters;

/** The project every command but init works on, named as the app names it. */
final class ProjectParameter {
    @Parameters(index = "0", paramLabel = "PROJECT",
            description = "The project file, NAME.mv.db (or just NAME).")
    private String path;

    ProjectFile file() {
        return ProjectFile.of(path);
    }
}
