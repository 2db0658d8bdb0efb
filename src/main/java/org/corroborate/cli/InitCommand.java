package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corroborate.service.ProjectLocation;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Make a new project from an article set (a folder of .txt or .md articles, saved web pages or PDFs,"
                + " with an optional manifest.json).",
                "Files that cannot be imported are named on standard error; the project is made if at least one"
                        + " article loads."})
final class InitCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private ProjectParameter project;

    @Option(names = "--from", required = true, paramLabel = "SET_DIR", description = "The article set's folder.")
    private Path setFolder;

    @Spec
    private CommandSpec spec;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        ProjectLocation file = project.location();
        if (file.exists()) {
            throw new CommandFailedException("The project " + file + " already exists; init only makes new projects."
                    + " Name another " + (file instanceof ProjectLocation.Server ? "project" : "file")
                    + ", or delete this one first.");
        }
        ProjectService.Opened opened = context.projects().createProject(file, setFolder);
        try (Workspace workspace = opened.workspace()) {
            PrintWriter err = spec.commandLine().getErr();
            opened.warnings().forEach(warning -> err.println("Warning: " + warning));
            err.flush();
            spec.commandLine().getOut().println("Created " + file + " with "
                    + Counts.of(workspace.articles().size(), "article") + " from " + setFolder + ".");
        }
        return ExitCodes.SUCCESS;
    }
}
