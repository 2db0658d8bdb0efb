package org.corroborate.ui.reader;

import org.corroborate.model.TextSpan;

/** A span of an article the reader is asked to point out, apart from the claims: what the assistant proposes. */
public record TextMark(int articleId, int start, int end) {
    TextSpan span() {
        return new TextSpan(start, end);
    }
}
