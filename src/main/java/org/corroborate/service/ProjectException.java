package org.corroborate.service;

import java.util.Objects;

/**
 * A project cannot be opened, made or changed, or what was given to it cannot be used. The message
 * is written for the analyst: it names the file and says what to do. Technical detail, SQL included,
 * goes to the log, never into the message.
 */
public class ProjectException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, so a face can react (an exit code, a hint of its own) without reading the message. */
    public enum Kind {
        NOT_FOUND,
        ALREADY_EXISTS,
        /** Another program, often another Corroborate window or command, has the project open. */
        IN_USE,
        /** The project cannot be written: its file is read-only. */
        READ_ONLY,
        DAMAGED,
        /** A file that is not a Corroborate project (another kind of file, or another database). */
        NOT_A_PROJECT,
        /** Saved by a newer version of Corroborate. */
        TOO_NEW,
        /** Saved by an older version, and opened only to read, so it could not be updated. */
        OUTDATED,
        /** What was given cannot be used: a path no project can have, an article set or an import file that is wrong. */
        BAD_INPUT,
        /**
         * What was asked cannot be made from what the project holds, such as a ClaimReview export of a
         * project in which no group has a verdict; nothing was written.
         */
        REFUSED,
        /** The file system or the database failed. */
        IO_FAILED,
        /** The project's server cannot be reached, or refused the user or password. */
        CONNECTION_FAILED,
        /**
         * Someone else saved the same claim, link or group first, on a project several people share;
         * nothing was saved ({@link EditConflictException} says what the project holds now).
         */
        CONFLICT
    }

    private final Kind kind;

    public ProjectException(Kind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
