package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = {"Read the project's article set folder again and take in what changed: new files are added,"
                + " and a changed file's new text replaces the old one, its claims re-anchored.",
                "Changed files and claims that could not be placed are named on standard error."})
final class RefreshCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private ProjectParameter project;

    @Spec
    private CommandSpec spec;

    RefreshCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ProjectService.Opened opened = context.projects().refresh(project.location());
        try (Workspace workspace = opened.workspace()) {
            PrintWriter err = spec.commandLine().getErr();
            opened.warnings().forEach(warning -> err.println("Warning: " + warning));
            if (workspace.reanchoring().anythingToReport()) {
                err.println(workspace.reanchoring().describe());
            }
            err.flush();
            spec.commandLine().getOut().println("Refreshed " + project.location() + ": "
                    + Counts.of(opened.articlesAdded(), "new article") + ", "
                    + Counts.of(workspace.articles().size(), "article") + " in all.");
        }
        return ExitCodes.SUCCESS;
    }
}
