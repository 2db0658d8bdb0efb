package org.corroborate.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import org.corroborate.text.ByteOrderMark;
import org.corroborate.text.StrictDecoding;

/**
 * Turns an article file's bytes into text, or refuses them. A byte-order mark decides the charset;
 * without one the bytes must be UTF-8, and only text that is not UTF-8 falls back to Windows-1252, the
 * likeliest encoding of an old saved web page. The fallback always comes with a caveat, so mojibake is
 * never imported silently.
 */
public final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Above this share of control characters the "text" is almost certainly a binary file. */
    static final double MAX_CONTROL_SHARE = 0.05;
    private static final byte[] UNDEFINED_IN_WINDOWS_1252 = {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D};

    private TextDecoder() {
    }

    public static DecodeResult decode(byte[] bytes) {
        if (bytes.length == 0) {
            return new DecodeResult.Refused("empty (0 bytes)");
        }
        Optional<ByteOrderMark> bom = ByteOrderMark.find(bytes);
        if (bom.isPresent() && bom.get().charset().isEmpty()) {
            return new DecodeResult.Refused("is " + bom.get().label()
                    + " (by its byte-order mark), which Corroborate does not read — save it as UTF-8");
        }
        if (bom.map(b -> !b.isUtf16()).orElse(true) && indexOf(bytes, (byte) 0).isPresent()) {
            return new DecodeResult.Refused("looks like a binary file, not text (it contains NUL bytes)");
        }
        return bom.map(b -> decodeMarked(bytes, b)).orElseGet(() -> decodeUnmarked(bytes));
    }

    private static DecodeResult decodeMarked(byte[] bytes, ByteOrderMark bom) {
        StrictDecoding strict = StrictDecoding.decode(bytes, bom.length(), bom.charset().orElseThrow());
        if (strict.text().isEmpty()) {
            return new DecodeResult.Refused("starts with a " + bom.label() + " byte-order mark but is not valid "
                    + bom.label() + " (first bad byte at offset " + strict.badOffset() + ") — save it again as UTF-8");
        }
        return checked(strict.text().get(), Optional.empty());
    }

    private static DecodeResult decodeUnmarked(byte[] bytes) {
        StrictDecoding strict = StrictDecoding.decode(bytes, 0, StandardCharsets.UTF_8);
        if (strict.text().isPresent()) {
            return checked(strict.text().get(), Optional.empty());
        }
        String notUtf8 = "not valid UTF-8 (first bad byte at offset " + strict.badOffset() + ")";
        for (byte undefined : UNDEFINED_IN_WINDOWS_1252) {
            OptionalInt at = indexOf(bytes, undefined);
            if (at.isPresent()) {
                return new DecodeResult.Refused(notUtf8 + ", and not Windows-1252 either (byte "
                        + String.format("0x%02X", undefined & 0xFF) + " at offset " + at.getAsInt()
                        + " is undefined there) — find out its encoding and save it as UTF-8");
            }
        }
        return checked(new String(bytes, WINDOWS_1252),
                Optional.of(notUtf8 + "; read as Windows-1252 — check the text"));
    }

    private static DecodeResult checked(String text, Optional<String> caveat) {
        if (text.isBlank()) {
            return new DecodeResult.Refused("empty (it holds no text, only whitespace)");
        }
        long controls = text.chars().filter(TextDecoder::isStrayControl).count();
        double share = (double) controls / text.length();
        if (share > MAX_CONTROL_SHARE) {
            return new DecodeResult.Refused("looks like a binary file, not text (" + Math.round(share * 100)
                    + "% of its characters are control characters)");
        }
        return new DecodeResult.Decoded(text, caveat);
    }

    private static boolean isStrayControl(int c) {
        boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f';
        return Character.isISOControl(c) && !layout;
    }

    private static OptionalInt indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
