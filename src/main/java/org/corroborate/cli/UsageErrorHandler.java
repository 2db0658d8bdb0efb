package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Says what is wrong with the command line and where the help is, rather than printing the whole help. */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        if (isUnknownCommand(e)) {
            printUnknownCommand((UnmatchedArgumentException) e, err);
        } else {
            err.println("Error: " + e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, err);
        }
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    // Only the root and 'claim' have subcommands, and neither takes a positional argument, so an
    // argument they cannot place that does not look like an option is meant as a command.
    private static boolean isUnknownCommand(ParameterException e) {
        return e instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
                && !unmatched.getUnmatched().isEmpty() && !e.getCommandLine().getSubcommands().isEmpty();
    }

    /** Unknown command 'clams'. Did you mean 'claims'? / The commands are: init, articles, …. */
    private static void printUnknownCommand(UnmatchedArgumentException e, PrintWriter err) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String prefix = spec.parent() == null ? "" : spec.name() + " ";
        List<String> closest = e.getSuggestions();
        err.println("Error: Unknown command '" + prefix + e.getUnmatched().get(0) + "'."
                + (closest.isEmpty() ? "" : " Did you mean '" + prefix + closest.get(0) + "'?"));
        err.println("The commands" + (prefix.isEmpty() ? "" : " of '" + spec.name() + "'") + " are: "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
