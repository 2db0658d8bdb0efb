package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.corroborate.service.ProjectException;
import org.corroborate.service.ProjectLocation;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports a failed command as one message on standard error. The failures people cause (bad input, a
 * missing or busy project) carry messages written for them, so those are shown as they are; only a
 * failure nobody foresaw, which is a bug, shows its stack trace, for the bug report.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        String message = messageFor(e);
        if (message == null) {
            err.println("Error: an unexpected failure, which is a bug in Corroborate: " + e);
            e.printStackTrace(err);
        } else {
            err.println("Error: " + message);
        }
        err.flush();
        return ExitCodes.FAILED;
    }

    private static String messageFor(Exception e) {
        if (e instanceof ProjectException project && project.kind() == ProjectException.Kind.NOT_A_PROJECT) {
            return project.getMessage() + " To make a project from a folder of articles, run: corroborate init NAME"
                    + ProjectLocation.File.EXTENSION + " --from SET_DIR";
        }
        if (e instanceof CommandFailedException || e instanceof ProjectException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof IOException io) {
            return describe(io);
        }
        if (e instanceof UncheckedIOException io) {
            return describe(io.getCause());
        }
        return null;
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "There is no file or folder " + missing.getFile() + ".";
        }
        if (e instanceof AccessDeniedException denied) {
            return "Permission denied: " + denied.getFile() + ".";
        }
        return "Reading or writing a file failed: " + e.getMessage();
    }
}
