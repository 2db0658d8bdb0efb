package org.corroborate.jsonld;

import java.util.Optional;

import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.ClaimId;
import org.corroborate.model.Reanchoring;
import org.corroborate.model.Relocation;
import org.corroborate.model.TextAbbreviation;
import org.corroborate.model.TextQuote;
import org.corroborate.model.TextSpan;
import org.corroborate.text.CodePoints;

/**
 * Places an imported claim in its article, by the same re-anchoring a project applies when an
 * article changes: the position if the quote and its context are still there, else the quote found
 * by its context, else orphaned for review. An import never pins a claim to look-alike words that
 * re-anchoring would refuse. A notice says when a claim did not land where the export put it.
 *
 * @param notice set when the claim did not land where the export put it
 */
record ImportedAnchor(Anchor anchor, boolean orphaned, Optional<String> notice) {

    static ImportedAnchor place(ClaimId claim, Article article, int startCodePoint, TextQuote quote,
                                boolean exportedAsOrphaned) {
        String text = article.text();
        int start = CodePoints.toUtf16(text, startCodePoint);
        Anchor stored = new Anchor(new TextSpan(start, start + quote.exact().length()), quote);
        Relocation relocation = Reanchoring.relocate(text, stored);
        String where = "Claim " + claim.shortForm() + " (“" + TextAbbreviation.abbreviate(quote.exact(), 40)
                + "”) of " + article.fileName();
        if (!relocation.found()) {
            return new ImportedAnchor(stored, true, exportedAsOrphaned ? Optional.empty()
                    : Optional.of(where + " was not found in the text at code point " + startCodePoint
                            + " or elsewhere; imported as orphaned, for review"));
        }
        Anchor placed = relocation.anchor().orElseThrow();
        if (placed.equals(stored) && !exportedAsOrphaned) {
            return new ImportedAnchor(stored, false, Optional.empty());
        }
        if (placed.start() == start && !exportedAsOrphaned) {
            return new ImportedAnchor(placed, false, Optional.empty());
        }
        String how = exportedAsOrphaned ? " was exported as orphaned, but its quote is in this text"
                : " was not at code point " + startCodePoint;
        return new ImportedAnchor(placed, false, Optional.of(where + how + "; placed at code point "
                + CodePoints.fromUtf16(text, placed.start())));
    }
}
