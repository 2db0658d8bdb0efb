package org.corroborate.cli;

import java.io.Console;
import java.util.Optional;
import org.corroborate.service.ProjectLocation;

/**
 * A server project's password, as psql takes it: from PGPASSWORD, or asked on the terminal. Never
 * from a command-line argument, which other users of the computer can read in its process list.
 */
final class ServerPassword {
    private ServerPassword() {
    }

    static ProjectLocation.Server supply(ProjectLocation.Server server) {
        String fromEnvironment = System.getenv("PGPASSWORD");
        if (fromEnvironment != null) {
            return server.withPassword(Optional.of(fromEnvironment));
        }
        Console console = System.console();
        if (console == null) {
            // Nobody to ask, as in a script: the server may trust this user without one.
            return server.withPassword(Optional.empty());
        }
        char[] typed = console.readPassword("Password for %s on %s (Enter for none): ", server.user(), server.host());
        return server.withPassword(typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new String(typed)));
    }
}
