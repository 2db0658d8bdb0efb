package org.corroborate.report;

import java.util.ArrayList;
import java.util.List;

import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.export.ExportInput;

/**
 * Look-ups that several sections of a report share. Articles are numbered from 1 in the order of the
 * sources list at the end, so a claim can cite its article as "TASS [1]" even when one outlet
 * published several of them.
 */
final class ReportContext {
    private final ExportInput input;

    ReportContext(ExportInput input) {
        this.input = input;
    }

    ExportInput input() {
        return input;
    }

    Claim claim(ClaimId id) {
        return input.annotations().claim(id)
                .orElseThrow(() -> new IllegalStateException("No claim " + id.shortForm()));
    }

    int sourceNumber(Article article) {
        return input.indexOf(article.id()) + 1;
    }

    /** The outlet and source number, as claims cite their article: "TASS [1]". */
    String citation(Claim claim) {
        Article article = input.articleOf(claim);
        return article.outletOrUnknown() + " [" + sourceNumber(article) + "]";
    }

    /** The quote, flagged when the claim is orphaned, so nobody takes a stale quote for a checked one. */
    List<ReportInline> quote(Claim claim) {
        return flagIfOrphaned(List.of(ReportInline.plain("“" + claim.quote() + "”")), claim);
    }

    static List<ReportInline> flagIfOrphaned(List<ReportInline> cell, Claim claim) {
        if (!claim.orphaned()) {
            return cell;
        }
        List<ReportInline> flagged = new ArrayList<>(cell);
        flagged.add(ReportInline.plain(" "));
        flagged.add(orphanedFlag());
        return flagged;
    }

    static ReportInline orphanedFlag() {
        return ReportInline.flag("orphaned: quote not found in the article");
    }

    static List<ReportInline> cell(String text) {
        return List.of(ReportInline.plain(text));
    }

    static String orNone(String text) {
        return text.isBlank() ? "—" : text;
    }
}
