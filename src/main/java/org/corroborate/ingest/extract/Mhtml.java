package org.corroborate.ingest.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page inside a web archive (.mhtml, .mht), as browsers save it: a MIME message whose first
 * text/html part is the page, in quoted-printable or base64, followed by its images and styles.
 */
public final class Mhtml {
    private static final Pattern BOUNDARY = Pattern.compile("boundary\\s*=\\s*\"?([^\";\\r\\n]+)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:\\-]+)",
            Pattern.CASE_INSENSITIVE);

    /** The page's bytes, and the charset its part declares, if any. */
    public record Page(byte[] html, Optional<Charset> charset) {
    }

    private Mhtml() {
    }

    public static Page pageOf(byte[] archive) throws ExtractionException {
        // MIME headers and boundaries are ASCII; Latin-1 keeps every byte of the body as one char.
        String message = new String(archive, StandardCharsets.ISO_8859_1);
        Matcher boundary = BOUNDARY.matcher(headerOf(message));
        if (!boundary.find()) {
            throw new ExtractionException("not a web archive (no MIME boundary in its header) — save the page as"
                    + " .html instead");
        }
        String[] parts = message.split(Pattern.quote("--" + boundary.group(1).strip()));
        for (String part : parts) {
            String header = headerOf(part).toLowerCase(Locale.ROOT);
            if (header.contains("content-type: text/html") || header.contains("content-type:text/html")) {
                String body = bodyOf(part);
                byte[] html = header.contains("base64") ? base64(body)
                        : header.contains("quoted-printable") ? quotedPrintable(body)
                        : body.getBytes(StandardCharsets.ISO_8859_1);
                return new Page(html, charsetOf(headerOf(part)));
            }
        }
        throw new ExtractionException("a web archive without a page in it (no text/html part)");
    }

    private static String headerOf(String part) {
        String trimmed = part.stripLeading();
        int end = trimmed.replace("\r\n", "\n").indexOf("\n\n");
        return end < 0 ? trimmed : trimmed.replace("\r\n", "\n").substring(0, end);
    }

    private static String bodyOf(String part) {
        String unix = part.stripLeading().replace("\r\n", "\n");
        int end = unix.indexOf("\n\n");
        return end < 0 ? "" : unix.substring(end + 2);
    }

    private static Optional<Charset> charsetOf(String header) {
        Matcher m = CHARSET.matcher(header);
        try {
            return m.find() ? Optional.of(Charset.forName(m.group(1))) : Optional.empty();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static byte[] base64(String body) throws ExtractionException {
        try {
            return Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException e) {
            throw new ExtractionException("a web archive whose page is damaged (bad base64)", e);
        }
    }

    private static byte[] quotedPrintable(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '=' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                i++;
            } else if (c == '=' && i + 2 < body.length() && isHex(body.charAt(i + 1)) && isHex(body.charAt(i + 2))) {
                out.write(Integer.parseInt(body.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
