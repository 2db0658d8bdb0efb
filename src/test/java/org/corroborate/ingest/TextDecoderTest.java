package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String SAMPLE = "Kryvyi Rih – “café” ✓ 𝄞";

    @Test
    void plainUtf8IsReadWithoutCaveat() {
        assertThat(TextDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new DecodeResult.Decoded(SAMPLE, Optional.empty()));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] bytes = concat(bytes(0xEF, 0xBB, 0xBF), SAMPLE.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded(bytes)).isEqualTo(SAMPLE);
    }

    @Test
    void utf16LittleEndianWithMarkIsRead() {
        byte[] bytes = concat(bytes(0xFF, 0xFE), SAMPLE.getBytes(StandardCharsets.UTF_16LE));

        assertThat(decoded(bytes)).isEqualTo(SAMPLE);
    }

    @Test
    void utf16BigEndianWithMarkIsRead() {
        byte[] bytes = concat(bytes(0xFE, 0xFF), SAMPLE.getBytes(StandardCharsets.UTF_16BE));

        assertThat(decoded(bytes)).isEqualTo(SAMPLE);
    }

    @Test
    void utf32IsRefusedByItsMark() {
        byte[] littleEndian = concat(bytes(0xFF, 0xFE, 0x00, 0x00), "hi".getBytes(Charset.forName("UTF-32LE")));
        byte[] bigEndian = concat(bytes(0x00, 0x00, 0xFE, 0xFF), "hi".getBytes(Charset.forName("UTF-32BE")));

        assertThat(refusal(littleEndian)).startsWith("is UTF-32 LE (by its byte-order mark)").endsWith("save it as UTF-8");
        assertThat(refusal(bigEndian)).startsWith("is UTF-32 BE (by its byte-order mark)");
    }

    @Test
    void brokenUtf16IsRefusedNotGuessed() {
        byte[] loneSurrogate = concat(bytes(0xFF, 0xFE), bytes('a', 0x00, 0x00, 0xD8, 'b', 0x00));

        assertThat(refusal(loneSurrogate))
                .isEqualTo("starts with a UTF-16 LE byte-order mark but is not valid UTF-16 LE"
                        + " (first bad byte at offset 4) — save it again as UTF-8");
    }

    @Test
    void brokenUtf8AfterItsMarkIsRefusedNotGuessed() {
        byte[] bytes = concat(bytes(0xEF, 0xBB, 0xBF), "caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9, ' '));

        assertThat(refusal(bytes)).startsWith("starts with a UTF-8 byte-order mark but is not valid UTF-8"
                + " (first bad byte at offset 6)");
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252WithAWarning() {
        String text = "café – “quoted”";
        DecodeResult result = TextDecoder.decode(text.getBytes(TextDecoder.WINDOWS_1252));

        assertThat(result).isEqualTo(new DecodeResult.Decoded(text, Optional.of(
                "not valid UTF-8 (first bad byte at offset 3); read as Windows-1252 — check the text")));
    }

    @Test
    void bytesUndefinedInWindows1252AreRefused() {
        byte[] bytes = concat("ab".getBytes(StandardCharsets.US_ASCII), bytes(0xE9, ' ', 0x8D));

        assertThat(refusal(bytes)).isEqualTo("not valid UTF-8 (first bad byte at offset 2), and not Windows-1252"
                + " either (byte 0x8D at offset 4 is undefined there) — find out its encoding and save it as UTF-8");
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] bytes = concat("PK".getBytes(StandardCharsets.US_ASCII), bytes(0x03, 0x04, 0x00, 0x00), "word".getBytes(StandardCharsets.US_ASCII));

        assertThat(refusal(bytes)).isEqualTo("looks like a binary file, not text (it contains NUL bytes)");
    }

    @Test
    void manyControlCharactersMeanBinary() {
        byte[] bytes = concat("header".getBytes(StandardCharsets.US_ASCII), bytes(0x01, 0x02, 0x03, 0x1B, 0x7F, 0x06));

        assertThat(refusal(bytes)).isEqualTo("looks like a binary file, not text (50% of its characters are control characters)");
    }

    @Test
    void aStrayControlCharacterInRealTextIsKept() {
        String text = "A long enough paragraph of ordinary prose\u0007 with one stray bell in it.\f\tNext page.\r\n";

        assertThat(decoded(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void zeroBytesAndWhitespaceAreEmpty() {
        assertThat(refusal(new byte[0])).isEqualTo("empty (0 bytes)");
        assertThat(refusal(" \n\t\r\n ".getBytes(StandardCharsets.UTF_8))).isEqualTo("empty (it holds no text, only whitespace)");
        assertThat(refusal(bytes(0xEF, 0xBB, 0xBF, '\n'))).isEqualTo("empty (it holds no text, only whitespace)");
    }

    private static String decoded(byte[] bytes) {
        DecodeResult result = TextDecoder.decode(bytes);
        assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
        DecodeResult.Decoded decoded = (DecodeResult.Decoded) result;
        assertThat(decoded.caveat()).isEmpty();
        return decoded.text();
    }

    private static String refusal(byte[] bytes) {
        DecodeResult result = TextDecoder.decode(bytes);
        assertThat(result).isInstanceOf(DecodeResult.Refused.class);
        return ((DecodeResult.Refused) result).reason();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
