package org.corroborate.ingest;

/** manifest.json does not parse or does not follow the format; the message says what and where. */
final class ManifestException extends Exception {
    ManifestException(String message) {
        super(message);
    }
}
