package org.corroborate.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;
import java.util.Optional;

/**
 * Bytes decoded without guessing: the text, or the offset of the first byte that does not decode.
 * Java's own decoding either replaces such bytes silently or fails saying only how long the bad
 * sequence was; a person fixing the file needs to know where it is.
 *
 * @param text      the decoded text; empty when the bytes are not valid in the charset
 * @param badOffset the offset in the whole array of the first byte that does not decode; -1 when none
 */
public record StrictDecoding(Optional<String> text, int badOffset) {
    public StrictDecoding {
        Objects.requireNonNull(text, "text");
    }

    /** Decodes {@code bytes} from {@code from} to the end, refusing anything malformed or unmappable. */
    public static StrictDecoding decode(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        // UTF-8 and UTF-16 never give more chars than they had bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length - from);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new StrictDecoding(Optional.empty(), in.position());
        }
        return new StrictDecoding(Optional.of(out.flip().toString()), -1);
    }
}
