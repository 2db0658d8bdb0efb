package org.corroborate.store;

import java.nio.file.Path;

/** A project that cannot be opened or written, with a message fit to show the analyst as it is. */
public class ProjectStoreException extends RuntimeException {

    /** What went wrong, so callers can react (a command line exit code, a dialog) without parsing text. */
    public enum Problem {
        NOT_FOUND, ALREADY_EXISTS, IN_USE, READ_ONLY, DAMAGED, NOT_A_PROJECT, TOO_NEW,
        /** Its schema needs migrating, and it was opened read-only. */
        OUTDATED,
        /** The path cannot name a project file: a folder, or characters H2 would not take literally. */
        UNUSABLE_PATH,
        /** Reading or writing failed for a reason of the file system or the database. */
        IO_FAILED,
        /** The server cannot be reached, or refused the user or password. */
        CONNECTION_FAILED,
        /** Someone else saved the same thing since it was read here ({@link StaleEditException}). */
        CONFLICT
    }

    private final Problem problem;
    /** The project's file; null for a project on a server, which has none. */
    private final Path file;

    public ProjectStoreException(Problem problem, Path file, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
