package org.corroborate.jsonld;

/**
 * The JSON-LD to import is not what the JSON-LD export writes, or does not fit the project. The
 * message names the annotation and the field at fault; nothing has been imported.
 */
public class JsonLdImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JsonLdImportException(String message) {
        super(message);
    }

    public JsonLdImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
