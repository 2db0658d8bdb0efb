package org.corroborate.cli;

import org.corroborate.service.ProjectLocation;
import picocli.CommandLine.Parameters;

/** The project every command works on, named as the app names it. */
final class ProjectParameter {
    static final String DESCRIPTION = "The project file, NAME.mv.db (or just NAME), or a project on a PostgreSQL"
            + " server: 'jdbc:postgresql://HOST:PORT/DATABASE?user=USER&project=NAME' (password from PGPASSWORD"
            + " or asked for).";

    @Parameters(index = "0", paramLabel = "PROJECT", description = DESCRIPTION)
    private String path;

    ProjectLocation location() {
        return locationOf(path);
    }

    /** A file as it is; a server project with its password, from PGPASSWORD or asked on the terminal. */
    static ProjectLocation locationOf(String text) {
        ProjectLocation location = ProjectLocation.parse(text);
        return location instanceof ProjectLocation.Server server ? ServerPassword.supply(server) : location;
    }
}
