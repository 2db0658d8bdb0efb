package org.corroborate.export;

/**
 * An export that cannot be made from what the project holds, such as a ClaimReview of a project in
 * which no group has a verdict. The message says why and what to do, in words for the person who
 * asked; nothing has been written.
 */
public final class ExportRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportRefusedException(String message) {
        super(message);
    }
}
