package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.corroborate.service.ProjectLocation;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that works on an existing project: it checks its options, opens the project, does its
 * work and closes the project again, so the project is free for the window or the next command.
 * Most name the project as their first parameter ({@link ProjectCommand}).
 * A command that only reads opens the project read-only, so looking at a project never writes to
 * it, and works on a project file that may not be written.
 */
abstract class WorkspaceCommand implements Callable<Integer> {
    protected final CliContext context;
    private final ProjectService.Access access;

    @Spec
    private CommandSpec spec;

    WorkspaceCommand(CliContext context, ProjectService.Access access) {
        this.context = context;
        this.access = access;
    }

    @Override
    public final Integer call() throws Exception {
        checkOptions();
        try (Workspace workspace = context.projects().openProject(location(), access)) {
            run(workspace);
        }
        return ExitCodes.SUCCESS;
    }

    /** The project the command names. */
    abstract ProjectLocation location();

    /** Rejects option combinations picocli cannot express, before the project is touched. */
    void checkOptions() {
    }

    abstract void run(Workspace workspace) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
