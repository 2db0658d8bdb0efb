package org.corroborate.model;

import java.text.Normalizer;

/**
 * The one normalisation every article's text goes through before it is stored. All offsets in the
 * project (claim anchors, selections, exports) count UTF-16 chars of the text this returns, so it
 * must never change for text already stored: a change here would shift every anchor.
 */
public final class StoredText {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private StoredText() {
    }

    /** Drops a leading byte-order mark, turns CRLF and lone CR into LF, and composes to Unicode NFC. */
    public static String normalize(String decoded) {
        String text = decoded;
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
