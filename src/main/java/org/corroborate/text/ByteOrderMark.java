package org.corroborate.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The byte-order marks a text file may start with, and the charset each announces. */
public enum ByteOrderMark {
    // UTF-32 LE must be tried before UTF-16 LE: its mark starts with the UTF-16 LE one.
    UTF_32_BE("UTF-32 BE", null, 0x00, 0x00, 0xFE, 0xFF),
    UTF_32_LE("UTF-32 LE", null, 0xFF, 0xFE, 0x00, 0x00),
    UTF_8("UTF-8", StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16_BE("UTF-16 BE", StandardCharsets.UTF_16BE, 0xFE, 0xFF),
    UTF_16_LE("UTF-16 LE", StandardCharsets.UTF_16LE, 0xFF, 0xFE);

    private final String label;
    private final Charset charset;
    private final byte[] mark;

    ByteOrderMark(String label, Charset charset, int... mark) {
        this.label = label;
        this.charset = charset;
        this.mark = new byte[mark.length];
        for (int i = 0; i < mark.length; i++) {
            this.mark[i] = (byte) mark[i];
        }
    }

    public static Optional<ByteOrderMark> find(byte[] bytes) {
        return Arrays.stream(values()).filter(bom -> bom.starts(bytes)).findFirst();
    }

    private boolean starts(byte[] bytes) {
        return bytes.length >= mark.length && Arrays.equals(bytes, 0, mark.length, mark, 0, mark.length);
    }

    public String label() {
        return label;
    }

    /** Empty for the UTF-32 marks: Corroborate does not read UTF-32. */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    public int length() {
        return mark.length;
    }

    public boolean isUtf16() {
        return this == UTF_16_BE || this == UTF_16_LE;
    }
}
