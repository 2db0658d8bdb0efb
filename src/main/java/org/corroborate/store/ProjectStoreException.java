package org.corroborate.store;

import java.nio.file.Path;

/** A project that cannot be opened or written, with a message fit to show the analyst as it is. */
public class ProjectStoreException extends RuntimeException {

    /** What went wrong, so callers can react (a command line exit code, a dialog) without parsing text. */
    public enum Problem { NOT_FOUND, ALREADY_EXISTS, IN_USE, DAMAGED, NOT_A_PROJECT, TOO_NEW, WRITE_FAILED }

    private final Problem problem;
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
