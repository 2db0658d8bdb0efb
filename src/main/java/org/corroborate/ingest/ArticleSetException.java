package org.corroborate.ingest;

/**
 * The folder itself cannot be read as an article set (missing, not a folder, not listable). Problems
 * with single files never throw: they become {@link ImportProblem}s so the other articles still load.
 */
public class ArticleSetException extends Exception {
    public ArticleSetException(String message) {
        super(message);
    }

    public ArticleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
