package org.corroborate.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of an article's stored text (UTF-8 bytes), in lower-case hex. Identifies a text version. */
public record ContentHash(String hex) {
    public static final int SHORT_LENGTH = 8;

    public ContentHash {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest: " + hex);
        }
    }

    public static ContentHash of(String storedText) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return new ContentHash(HexFormat.of().formatHex(digest.digest(storedText.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The first eight hex digits: enough to tell the articles of one project apart, short enough to type. */
    public String shortForm() {
        return hex.substring(0, SHORT_LENGTH);
    }

    @Override
    public String toString() {
        return hex;
    }
}
