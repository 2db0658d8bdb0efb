package org.corroborate.ingest;

import java.util.Objects;
import java.util.Optional;

/** What {@link TextDecoder} made of a file's bytes: text (perhaps with a caveat), or a refusal. */
public sealed interface DecodeResult permits DecodeResult.Decoded, DecodeResult.Refused {

    /**
     * @param text   the decoded text, without any byte-order mark, not yet normalised
     * @param caveat set when the text was read by a fallback the user should check
     */
    record Decoded(String text, Optional<String> caveat) implements DecodeResult {
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(caveat, "caveat");
        }
    }

    /** @param reason why the bytes are not taken as text, phrased to follow the file's name */
    record Refused(String reason) implements DecodeResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
