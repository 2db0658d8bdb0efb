package org.corroborate.ingest.extract;

/** A page or document that holds no article Corroborate can read; the message says why, for the user. */
public final class ExtractionException extends Exception {
    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
