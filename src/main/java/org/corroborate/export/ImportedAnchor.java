package org.corroborate.export;

import java.util.Optional;

import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.ClaimId;
import org.corroborate.model.TextQuote;
import org.corroborate.model.TextSpan;

/**
 * Places an imported claim in its article. The position is tried first; if the quote is not there
 * (the project holds another version of the text), the quote is looked for: where its context also
 * matches, else nearest to the old position. A quote found nowhere leaves the claim orphaned, as the
 * model does for any claim whose text has gone. Either way a notice says what happened.
 *
 * @param notice set when the claim did not land where the export put it
 */
record ImportedAnchor(Anchor anchor, boolean orphaned, Optional<String> notice) {

    static ImportedAnchor place(ClaimId claim, Article article, int startCodePoint, TextQuote quote,
                                boolean exportedAsOrphaned) {
        String text = article.text();
        int start = CodePoints.toUtf16(text, startCodePoint);
        Anchor stored = new Anchor(new TextSpan(start, start + quote.exact().length()), quote);
        if (exportedAsOrphaned) {
            // Already waiting for the analyst's review: keep it as it was rather than guess.
            return new ImportedAnchor(stored, true, Optional.empty());
        }
        if (stored.fits(text)) {
            return new ImportedAnchor(stored, false, Optional.empty());
        }
        int found = find(text, quote, start);
        String where = "Claim " + claim.shortForm() + " (“" + abbreviated(quote.exact()) + "”) was not at code point "
                + startCodePoint + " of " + article.fileName();
        if (found < 0) {
            return new ImportedAnchor(stored, true, Optional.of(where + " and its quote is nowhere in the text;"
                    + " imported as orphaned"));
        }
        Anchor moved = Anchor.capture(text, found, found + quote.exact().length());
        return new ImportedAnchor(moved, false, Optional.of(where + "; found its quote at code point "
                + CodePoints.fromUtf16(text, found)));
    }

    /** The char offset of the best occurrence of the quote, or -1 when there is none. */
    private static int find(String text, TextQuote quote, int near) {
        String exact = quote.exact();
        int best = -1;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            int prefixStart = at - quote.prefix().length();
            boolean inContext = prefixStart >= 0 && text.startsWith(quote.prefix(), prefixStart)
                    && text.startsWith(quote.suffix(), at + exact.length());
            if (inContext) {
                return at;
            }
            if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) {
                best = at;
            }
        }
        return best;
    }

    private static String abbreviated(String quote) {
        return quote.length() <= 40 ? quote : quote.substring(0, 39) + "…";
    }
}
