package org.corroborate.cli;

import java.util.concurrent.Callable;
import org.corroborate.service.ProjectLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copy a whole project to a new place: a file to a PostgreSQL server, a server project to a file,"
                + " or either to another of its kind.",
                "Everything comes along: articles, claims, links, groups with their verdicts and notes, dismissed"
                        + " suggestions and settings. SOURCE is only read; TARGET must not exist yet."})
final class CopyCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The project to copy: " + ProjectParameter.DESCRIPTION)
    private String source;

    @Parameters(index = "1", paramLabel = "TARGET", description = "Where the copy goes, a file or a server project,"
            + " named the same ways.")
    private String target;

    @Spec
    private CommandSpec spec;

    CopyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ProjectLocation from = ProjectParameter.locationOf(source);
        ProjectLocation to = ProjectParameter.locationOf(target);
        context.projects().copyProject(from, to);
        spec.commandLine().getOut().println("Copied " + from + " to " + to + ".");
        return ExitCodes.SUCCESS;
    }
}
