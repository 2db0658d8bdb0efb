package org.corroborate.jsonld;

import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimRelocation;
import org.corroborate.model.Reanchoring;
import org.corroborate.model.Relocation;
import org.corroborate.model.TextAbbreviation;
import org.corroborate.model.TextQuote;
import org.corroborate.model.TextSpan;
import org.corroborate.text.CodePoints;

/**
 * Places an imported claim in its article by the very re-anchoring a project applies to its claims
 * when it opens: the position if the quote and its context are there, else the quote found by its
 * context, else slightly different words, else orphaned for review. An import never pins a claim to
 * look-alike words that re-anchoring would refuse, and never changes one without saying so.
 */
final class ImportedAnchor {
    private static final int SHOWN_QUOTE = 40;

    private ImportedAnchor() {
    }

    /** The anchor the file gives: its quote and context at its position, converted to UTF-16 chars. */
    static Anchor given(Article article, int startCodePoint, TextQuote quote) {
        int start = CodePoints.toUtf16(article.text(), startCodePoint);
        return new Anchor(new TextSpan(start, start + quote.exact().length()), quote);
    }

    /**
     * Re-anchors the claim as the file records it. It is re-anchored as of its own modification
     * time, so importing the same file again gives the very same claim, which is then passed over.
     */
    static ClaimPlacement place(Claim recorded, Article article) {
        String text = article.text();
        ClaimRelocation relocation = Reanchoring.reanchor(text, recorded, recorded.modified());
        Relocation found = relocation.relocation();
        int given = CodePoints.fromUtf16(text, recorded.anchor().start());
        String subject = "Claim " + recorded.id().shortForm() + " (“" + TextAbbreviation.abbreviate(recorded.quote(),
                SHOWN_QUOTE) + "”) of " + article.fileName() + ": ";
        if (relocation.after().orphaned()) {
            return new ClaimPlacement(relocation, ClaimPlacement.Kind.ORPHANED, subject + (recorded.orphaned()
                    ? "orphaned in the file, and not found in this text either; listed for review"
                    : "not found at code point " + given + " or elsewhere; imported as orphaned, listed for review"));
        }
        Anchor placed = found.anchor().orElseThrow();
        int at = CodePoints.fromUtf16(text, placed.start());
        if (relocation.restored()) {
            return new ClaimPlacement(relocation, ClaimPlacement.Kind.FOUND_AGAIN,
                    subject + "orphaned in the file, but its quote is in this text; placed at code point " + at);
        }
        return switch (found.outcome()) {
            case UNCHANGED -> new ClaimPlacement(relocation, ClaimPlacement.Kind.AS_GIVEN,
                    subject + "placed as given, at code point " + at);
            case MOVED -> new ClaimPlacement(relocation, ClaimPlacement.Kind.MOVED,
                    subject + "moved from code point " + given + " to " + at + ", where its quote is");
            case APPROXIMATE -> new ClaimPlacement(relocation, ClaimPlacement.Kind.APPROXIMATE,
                    subject + "placed approximately"
                            + (at == given ? ", at code point " + at : ", from code point " + given + " to " + at)
                            + ", on the words “" + TextAbbreviation.abbreviate(placed.exact(), SHOWN_QUOTE)
                            + "”, which now are its quote");
            case ORPHANED -> throw new IllegalStateException("A found claim is not orphaned");
        };
    }
}
