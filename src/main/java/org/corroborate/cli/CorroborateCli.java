package org.corroborate.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.corroborate.service.ProjectService;
import picocli.CommandLine;

/** The command line: builds the command tree and runs one command. */
public final class CorroborateCli {
    static final String LOG_LEVEL_PROPERTY = "corroborate.log.level";

    private CorroborateCli() {
    }

    /**
     * Runs the command the arguments name, writing UTF-8 to standard output and error; returns the exit code.
     *
     * @param projects makes the project service, on {@code clock}; asked once logging is set up
     * @param clock      stamps what the commands make and export
     * @param settingsFile the window's settings, where a command may find a default (the desk's name)
     */
    public static int run(Supplier<ProjectService> projects, Clock clock, Path settingsFile, String... args) {
        // Commands report what matters themselves; routine log lines would only bury that on stderr.
        if (System.getProperty(LOG_LEVEL_PROPERTY) == null) {
            System.setProperty(LOG_LEVEL_PROPERTY, "WARN");
        }
        CommandLine commandLine = commandLine(new CliContext(projects.get(), clock, settingsFile));
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return commandLine.execute(args);
    }

    static CommandLine commandLine(CliContext context) {
        return new CommandLine(new RootCommand(), new CommandFactory(context))
                .setExecutionExceptionHandler(new FailureHandler())
                .setParameterExceptionHandler(new UsageErrorHandler());
    }
}
