package org.corroborate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "article", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Work on single articles.", subcommands = ArticleEditCommand.class)
final class ArticleCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name what to do with an article: edit.");
    }
}
