package org.corroborate.report;

import java.util.ArrayList;
import java.util.List;

import org.corroborate.model.Claim;
import org.corroborate.model.ClaimLink;
import org.corroborate.text.Figures;
import org.corroborate.text.QuoteDiff;

/**
 * Sets the two quotes of a contradiction side by side: the words that differ are marked, the figures
 * each states are listed when they differ ("60" against "more than 234"), and the analyst's notes on
 * both claims and on the link follow.
 */
final class ConflictComparison {
    private final ReportContext context;

    ConflictComparison(ReportContext context) {
        this.context = context;
    }

    List<ReportBlock> of(ClaimLink contradiction) {
        Claim left = context.claim(contradiction.from());
        Claim right = context.claim(contradiction.to());
        QuoteDiff.Comparison diff = QuoteDiff.compare(left.quote(), right.quote());
        List<List<List<ReportInline>>> rows = new ArrayList<>();
        rows.add(List.of(ReportContext.cell("Quote"), marked(diff.left(), left), marked(diff.right(), right)));
        rows.add(List.of(ReportContext.cell("Claimant"), ReportContext.cell(ReportContext.orNone(left.claimant())),
                ReportContext.cell(ReportContext.orNone(right.claimant()))));
        List<String> leftFigures = Figures.in(left.quote());
        List<String> rightFigures = Figures.in(right.quote());
        if (Figures.differ(leftFigures, rightFigures)) {
            rows.add(List.of(ReportContext.cell("Figures"), figures(leftFigures), figures(rightFigures)));
        }
        if (!left.note().isBlank() || !right.note().isBlank()) {
            rows.add(List.of(ReportContext.cell("Claim note"), ReportContext.cell(ReportContext.orNone(left.note())),
                    ReportContext.cell(ReportContext.orNone(right.note()))));
        }
        List<ReportInline> header = ReportContext.cell("");
        ReportBlock.Table table = new ReportBlock.Table(
                List.of(header, ReportContext.cell(context.citation(left)), ReportContext.cell(context.citation(right))),
                rows);
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(table);
        if (!contradiction.note().isBlank()) {
            blocks.add(ReportBlock.paragraph(ReportInline.strong("Link note: "), ReportInline.plain(contradiction.note())));
        }
        return blocks;
    }

    /** The quote's words, those the other quote lacks marked, alike neighbours kept in one run. */
    private static List<ReportInline> marked(List<QuoteDiff.Word> words, Claim claim) {
        List<ReportInline> cell = new ArrayList<>();
        cell.add(ReportInline.plain("“"));
        StringBuilder run = new StringBuilder();
        boolean runChanged = false;
        for (QuoteDiff.Word word : words) {
            if (run.length() > 0 && word.changed() == runChanged) {
                run.append(' ').append(word.text());
                continue;
            }
            if (run.length() > 0) {
                cell.add(run(run, runChanged));
                cell.add(ReportInline.plain(" "));
            }
            run = new StringBuilder(word.text());
            runChanged = word.changed();
        }
        if (run.length() > 0) {
            cell.add(run(run, runChanged));
        }
        cell.add(ReportInline.plain("”"));
        return ReportContext.flagIfOrphaned(cell, claim);
    }

    private static ReportInline run(CharSequence words, boolean changed) {
        return changed ? ReportInline.changed(words.toString()) : ReportInline.plain(words.toString());
    }

    private static List<ReportInline> figures(List<String> figures) {
        return ReportContext.cell(figures.isEmpty() ? "none stated" : String.join(", ", figures));
    }
}
