package org.corroborate.cli;

import org.corroborate.service.ProjectLocation;
import org.corroborate.service.ProjectService;
import picocli.CommandLine.Mixin;

/** A command whose first parameter is the project it works on. */
abstract class ProjectCommand extends WorkspaceCommand {
    @Mixin
    private ProjectParameter project;

    /** A command that only reads the project. */
    ProjectCommand(CliContext context) {
        this(context, ProjectService.Access.READ_ONLY);
    }

    ProjectCommand(CliContext context, ProjectService.Access access) {
        super(context, access);
    }

    @Override
    ProjectLocation location() {
        return project.location();
    }
}
