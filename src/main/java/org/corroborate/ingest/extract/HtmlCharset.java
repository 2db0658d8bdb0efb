package org.corroborate.ingest.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page declares in its first bytes ({@code <meta charset>} or the older
 * {@code http-equiv} form), found as browsers find it: by scanning the start of the bytes as ASCII,
 * before anything is decoded.
 */
public final class HtmlCharset {
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]{0,500}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    public static Optional<Charset> declared(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(start);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // As browsers do: a page that says Latin-1 or ASCII is read as Windows-1252, its superset.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
