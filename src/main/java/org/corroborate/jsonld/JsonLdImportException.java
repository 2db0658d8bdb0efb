package org.corroborate.jsonld;

/**
 * The file to import is not what the JSON-LD export writes, or does not fit the project. The message
 * names the file and says what is wrong and where: the byte, line, annotation or field at fault;
 * nothing has been imported.
 */
public class JsonLdImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JsonLdImportException(String message) {
        super(message);
    }

    public JsonLdImportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** This failure of the content, its message naming the file it was found in. */
    JsonLdImportException in(String file) {
        String message = getMessage();
        // The message began a sentence of its own; now it follows the file's name.
        boolean capitalisedWord = message.length() > 1 && Character.isUpperCase(message.charAt(0))
                && Character.isLowerCase(message.charAt(1));
        String clause = capitalisedWord ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
        return new JsonLdImportException("In " + file + ", " + clause, this);
    }
}
