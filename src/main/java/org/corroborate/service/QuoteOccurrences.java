package org.corroborate.service;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.StoredText;
import org.corroborate.model.TextSpan;

/**
 * Where a quote stands in an article's text, so a claim can be marked by its words rather than by
 * offsets. The quote is normalised as article texts are when stored, so a quote typed or pasted with
 * other line endings or in decomposed Unicode still matches.
 */
public record QuoteOccurrences(String quote, List<TextSpan> spans) {
    public QuoteOccurrences {
        spans = List.copyOf(spans);
    }

    /** Every place the quote starts, overlapping ones included, in text order. */
    public static QuoteOccurrences in(String text, String quote) {
        String wanted = StoredText.normalize(quote == null ? "" : quote);
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("The quote is empty; give the words the claim is made in.");
        }
        List<TextSpan> found = new ArrayList<>();
        for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            found.add(new TextSpan(at, at + wanted.length()));
        }
        return new QuoteOccurrences(wanted, found);
    }

    public int count() {
        return spans.size();
    }

    /** The occurrence numbered from 1, in text order. */
    public TextSpan get(int occurrence) {
        if (occurrence < 1 || occurrence > spans.size()) {
            throw new IllegalArgumentException("There is no occurrence " + occurrence + " of “" + quote
                    + "”: it occurs " + times(spans.size()) + ".");
        }
        return spans.get(occurrence - 1);
    }

    public static String times(int count) {
        return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
    }
}
