package org.corroborate.ingest;

import java.util.Objects;

/**
 * Something the user should know about one file of an article set (or, for set-wide problems, the
 * set's folder). The message is complete on its own: it names the file and says what to do.
 *
 * @param fileName the file the problem is about, or the folder's name when it is about the whole set
 * @param severity how much of the file made it into the import
 * @param message  a sentence for the user, starting with the file name
 */
public record ImportProblem(String fileName, Severity severity, String message) {

    public enum Severity {
        /** Nothing was lost: a file that is not an article was passed over. */
        INFO,
        /** The file loaded, or was deliberately left out, but its text or listing needs a look. */
        WARNING,
        /** The file was not imported. */
        ERROR
    }

    public ImportProblem {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    static ImportProblem info(String fileName, String what) {
        return new ImportProblem(fileName, Severity.INFO, fileName + ": " + what);
    }

    static ImportProblem warning(String fileName, String what) {
        return new ImportProblem(fileName, Severity.WARNING, fileName + ": " + what);
    }

    static ImportProblem error(String fileName, String what) {
        return new ImportProblem(fileName, Severity.ERROR, fileName + ": " + what);
    }

    @Override
    public String toString() {
        return severity + " " + message;
    }
}
