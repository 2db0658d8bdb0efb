package org.corroborate.report;

import static org.corroborate.report.ReportContext.cell;
import static org.corroborate.report.ReportInline.plain;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.export.SourceRelations;
import org.corroborate.model.Article;

/**
 * The part of the Sources section that says how independent the sources are: how many there are
 * once stories told twice count once, the matrix of shared content, and which articles rewrite which.
 */
final class IndependenceSection {
    private final ReportContext context;

    IndependenceSection(ReportContext context) {
        this.context = context;
    }

    List<ReportBlock> of(SourceRelations relations) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(3, "Independence"));
        int articles = relations.articleIds().size();
        blocks.add(ReportBlock.paragraph(ReportInline.strong(relations.independentSources() + " independent "
                        + (relations.independentSources() == 1 ? "source" : "sources") + " of "
                        + ReportBuilder.count(articles, "article")),
                plain(relations.rewrites().isEmpty()
                        ? ": the assistant found no article that copies or rewrites another."
                        : ": articles that copy or rewrite another count with their source as one.")));
        if (articles > 1) {
            blocks.add(ReportBlock.paragraph(plain("Share of each article's content (row) found in another (column),"
                    + " verbatim or paraphrased:")));
            blocks.add(matrix(relations));
        }
        if (!relations.rewrites().isEmpty()) {
            blocks.add(new ReportBlock.BulletList(relations.rewrites().stream().map(this::rewriteLine).toList()));
        }
        return blocks;
    }

    private ReportBlock matrix(SourceRelations relations) {
        List<List<ReportInline>> header = new ArrayList<>(List.of(cell("")));
        relations.articleIds().forEach(id -> header.add(cell("[" + number(id) + "]")));
        List<List<List<ReportInline>>> rows = new ArrayList<>();
        for (int row = 0; row < relations.articleIds().size(); row++) {
            Article article = context.input().article(relations.articleIds().get(row));
            List<List<ReportInline>> cells = new ArrayList<>(List.of(cell("[" + number(article.id()) + "] "
                    + article.outletOrUnknown())));
            for (int column = 0; column < relations.articleIds().size(); column++) {
                cells.add(cell(row == column ? "—" : Math.round(relations.shared().get(row).get(column) * 100) + "%"));
            }
            rows.add(cells);
        }
        return new ReportBlock.Table(header, rows);
    }

    private List<ReportInline> rewriteLine(SourceRelations.Rewrite rewrite) {
        List<ReportInline> line = new ArrayList<>(List.of(ReportInline.strong(name(rewrite.article())),
                plain(" rewrites " + name(rewrite.source()) + ": " + Math.round(rewrite.shared() * 100)
                        + "% of it is found there (" + direction(rewrite.direction()) + ")")));
        if (!rewrite.droppedAttributions().isEmpty()) {
            line.add(plain(" "));
            line.add(ReportInline.flag("drops attributions its source had: "
                    + String.join(", ", rewrite.droppedAttributions())));
        }
        return line;
    }

    private static String direction(String direction) {
        return switch (direction) {
            case "later" -> "it is the later";
            case "shorter" -> "more of it lies in the other than the other way round";
            default -> "which came first cannot be told";
        };
    }

    private String name(int articleId) {
        Article article = context.input().article(articleId);
        return article.outletOrUnknown() + " [" + number(articleId) + "]";
    }

    private int number(int articleId) {
        return context.sourceNumber(context.input().article(articleId));
    }
}
