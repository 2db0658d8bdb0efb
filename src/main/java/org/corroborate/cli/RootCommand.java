package org.corroborate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "corroborate", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {"Corroborate's command line: make a project from an article set, mark, link and group claims,"
                + " and export verification notes. Without arguments, the jar opens the window instead.",
                "Offsets (--start, --end, and start/end in output) count UTF-16 chars of the article's stored text."},
        subcommands = {InitCommand.class, AddCommand.class, RefreshCommand.class, ArticlesCommand.class, ArticleCommand.class, ClaimCommand.class, ClaimsCommand.class,
                LinkCommand.class, GroupCommand.class, ExportCommand.class, ImportAnnotationsCommand.class, SuggestCommand.class,
                CopyCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the command did what was asked",
                "1:the command failed: bad input, or a project that is missing, in use, read-only or damaged",
                "2:usage error: an unknown command or option, a missing or malformed value"},
        footer = "%nSee docs/cli.md for a worked example.")
final class RootCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name a command, such as init, articles or claim add.");
    }

    /** The version the jar's manifest records; a build from the IDE has none. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RootCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Corroborate " + (version == null ? "(development build)" : version)};
        }
    }
}
