package org.corroborate.report;

import static org.corroborate.report.ReportContext.cell;
import static org.corroborate.report.ReportInline.plain;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.AlignmentMatrix;
import org.corroborate.model.Article;
import org.corroborate.model.Timeline;

/**
 * The story at a glance: the alignment matrix of the claim groups against the articles, and the
 * timeline of who reported what first, which goes with the sources.
 */
final class MatrixSection {
    private final ReportContext context;

    MatrixSection(ReportContext context) {
        this.context = context;
    }

    /** The matrix of the groups, conflicts first; nothing when no claim has been grouped. */
    List<ReportBlock> matrix() {
        AlignmentMatrix matrix = AlignmentMatrix.of(context.input().articles(), context.input().annotations(),
                AlignmentMatrix.Options.DEFAULT);
        if (matrix.rows().isEmpty()) {
            return List.of();
        }
        List<List<ReportInline>> header = new ArrayList<>(List.of(cell("Claim")));
        matrix.columns().forEach(article -> header.add(cell(source(article))));
        header.add(cell("Verdict"));
        List<List<List<ReportInline>>> rows = new ArrayList<>();
        for (AlignmentMatrix.Row row : matrix.rows()) {
            List<List<ReportInline>> cells = new ArrayList<>(List.of(cell(row.title())));
            row.cells().forEach(entries -> cells.add(cellOf(entries)));
            cells.add(cell(row.verdict().map(v -> v.label()).orElse("—")));
            rows.add(cells);
        }
        return List.of(new ReportBlock.Section(ReportBlock.SectionKind.MATRIX, List.of(
                ReportBlock.heading(2, "Alignment matrix"),
                ReportBlock.paragraph(plain("What each article says for each claim group, and who it says claims it;"
                        + " a cell marked ≠ is linked as contradicting another in its row. Rows with conflicts come"
                        + " first.")),
                new ReportBlock.Table(header, rows))));
    }

    private static List<ReportInline> cellOf(List<AlignmentMatrix.Entry> entries) {
        if (entries.isEmpty()) {
            return cell("—");
        }
        List<ReportInline> cell = new ArrayList<>();
        for (AlignmentMatrix.Entry entry : entries) {
            if (!cell.isEmpty()) {
                cell.add(plain("; "));
            }
            cell.add(plain(entry.text()));
            if (!entry.conflicts().isEmpty()) {
                cell.add(plain(" "));
                cell.add(ReportInline.changed("≠ " + entry.conflictWords()));
            }
        }
        return cell;
    }

    /** The articles by date, and for each group the article that reported each value first. */
    List<ReportBlock> timeline() {
        Timeline timeline = Timeline.of(context.input().articles(), context.input().annotations());
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(3, "Timeline"));
        List<List<List<ReportInline>>> rows = timeline.articles().stream()
                .map(a -> List.of(cell(a.published().map(Object::toString).orElse("undated")), cell(source(a)),
                        cell(a.displayHeadline())))
                .toList();
        blocks.add(new ReportBlock.Table(List.of(cell("Published"), cell("Source"), cell("Headline")), rows));
        if (!timeline.groups().isEmpty()) {
            blocks.add(ReportBlock.paragraph(plain("Which article reported each value of a group first:")));
            blocks.add(new ReportBlock.BulletList(timeline.groups().stream().map(this::firstReports).toList()));
        }
        return blocks;
    }

    private List<ReportInline> firstReports(Timeline.GroupValues group) {
        List<ReportInline> line = new ArrayList<>();
        String statement = group.group().statement();
        line.add(ReportInline.strong((statement.isBlank() ? "Untitled group" : statement) + ": "));
        line.add(plain(group.describe(this::source)));
        return line;
    }

    private String source(Article article) {
        return article.outletOrUnknown() + " [" + context.sourceNumber(article) + "]";
    }
}
