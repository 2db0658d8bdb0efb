package org.corroborate.report;

import static org.corroborate.report.ReportContext.cell;
import static org.corroborate.report.ReportInline.plain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.Conflict;
import org.corroborate.export.ExportInput;

/**
 * Builds the verification report that the Markdown and HTML exports render: a summary, one section
 * per group, the conflicts no group covers, the claims in no group, and the sources.
 */
final class ReportBuilder {
    private final ReportContext context;
    private final Annotations annotations;

    private ReportBuilder(ExportInput input) {
        this.context = new ReportContext(input);
        this.annotations = input.annotations();
    }

    static List<ReportBlock> build(ExportInput input) {
        return new ReportBuilder(input).blocks();
    }

    private List<ReportBlock> blocks() {
        ExportInput input = context.input();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(1, input.projectTitle().isBlank() ? "Verification notes" : input.projectTitle()));
        // People read this line; a fraction of a second on it is noise.
        blocks.add(ReportBlock.paragraph(plain("Verification notes exported "
                + input.exportedAt().truncatedTo(ChronoUnit.SECONDS) + ".")));
        blocks.add(summary());
        blocks.addAll(new MatrixSection(context).matrix());
        blocks.add(new GroupSection(context).all());
        List<Conflict> outsideGroups = annotations.conflicts().stream().filter(c -> c.group().isEmpty()).toList();
        if (!outsideGroups.isEmpty()) {
            blocks.add(conflictsOutsideGroups(outsideGroups));
        }
        List<Claim> ungrouped = annotations.claims().stream()
                .filter(c -> annotations.groupsOf(c.id()).isEmpty())
                .toList();
        if (!ungrouped.isEmpty()) {
            blocks.add(ungrouped(ungrouped));
        }
        blocks.add(sources());
        return blocks;
    }

    private ReportBlock summary() {
        List<ReportBlock> blocks = new ArrayList<>();
        List<Conflict> conflicts = annotations.conflicts();
        blocks.add(ReportBlock.heading(2, "Summary"));
        blocks.add(ReportBlock.paragraph(plain(count(context.input().articles().size(), "article") + ", "
                + count(annotations.claimCount(), "claim") + ", " + count(annotations.groups().size(), "group") + ", "
                + count(conflicts.size(), "conflict") + ".")));
        blocks.add(ReportBlock.heading(3, "Articles covered"));
        blocks.add(new ReportBlock.BulletList(context.input().articles().stream().map(this::articleLine).toList()));
        blocks.add(ReportBlock.heading(3, "Claims by status"));
        blocks.add(statusTable());
        long orphaned = annotations.claims().stream().filter(Claim::orphaned).count();
        if (orphaned > 0) {
            blocks.add(ReportBlock.paragraph(ReportInline.flag(count((int) orphaned, "orphaned claim")),
                    plain(": the quoted text was not found again in the article; review before relying on it.")));
        }
        blocks.add(ReportBlock.heading(3, "Conflicts"));
        if (conflicts.isEmpty()) {
            blocks.add(ReportBlock.paragraph(plain("No claims are linked as contradicting.")));
        } else {
            blocks.add(new ReportBlock.BulletList(conflicts.stream().map(this::conflictLine).toList()));
        }
        return new ReportBlock.Section(ReportBlock.SectionKind.SUMMARY, blocks);
    }

    private List<ReportInline> articleLine(Article article) {
        String date = article.published().map(d -> " (" + d + ")").orElse("");
        return List.of(plain("[" + context.sourceNumber(article) + "] "), ReportInline.strong(article.outletOrUnknown()),
                plain(" — " + article.displayHeadline() + date + " — "
                        + count(annotations.claimsOf(article.id()).size(), "claim")));
    }

    private ReportBlock statusTable() {
        Map<ClaimStatus, Integer> counts = new EnumMap<>(ClaimStatus.class);
        annotations.claims().forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        List<List<List<ReportInline>>> rows = new ArrayList<>();
        counts.forEach((status, n) -> rows.add(List.of(cell(status.label()), cell(Integer.toString(n)))));
        rows.add(List.of(List.of(ReportInline.strong("Total")),
                List.of(ReportInline.strong(Integer.toString(annotations.claimCount())))));
        return new ReportBlock.Table(List.of(cell("Status"), cell("Claims")), rows);
    }

    private List<ReportInline> conflictLine(Conflict conflict) {
        List<String> pairs = conflict.contradictions().stream()
                .map(l -> context.citation(context.claim(l.from())) + " vs " + context.citation(context.claim(l.to())))
                .toList();
        return List.of(ReportInline.strong(conflict.title()), plain(" — " + String.join("; ", pairs)));
    }

    private ReportBlock conflictsOutsideGroups(List<Conflict> conflicts) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(2, "Conflicts outside groups"));
        ConflictComparison comparison = new ConflictComparison(context);
        for (Conflict conflict : conflicts) {
            blocks.add(ReportBlock.heading(3, conflict.title()));
            for (ClaimLink contradiction : conflict.contradictions()) {
                blocks.addAll(comparison.of(contradiction));
            }
        }
        return new ReportBlock.Section(ReportBlock.SectionKind.CONFLICTS, blocks);
    }

    private ReportBlock ungrouped(List<Claim> claims) {
        List<List<List<ReportInline>>> rows = new ArrayList<>();
        for (Claim claim : claims) {
            rows.add(List.of(cell(context.citation(claim)), context.quote(claim),
                    cell(ReportContext.orNone(claim.claimant())), cell(claim.status().label()),
                    cell(ReportContext.orNone(String.join(", ", claim.tags()))), cell(ReportContext.orNone(claim.note()))));
        }
        ReportBlock.Table table = new ReportBlock.Table(List.of(cell("Source"), cell("Quote"), cell("Claimant"),
                cell("Status"), cell("Tags"), cell("Note")), rows);
        return new ReportBlock.Section(ReportBlock.SectionKind.UNGROUPED,
                List.of(ReportBlock.heading(2, "Claims in no group"), table));
    }

    private ReportBlock sources() {
        List<List<List<ReportInline>>> rows = new ArrayList<>();
        for (Article article : context.input().articles()) {
            List<ReportInline> url = article.url()
                    .<List<ReportInline>>map(u -> List.of(new ReportInline.Link(u, u)))
                    .orElse(cell("—"));
            rows.add(List.of(cell(Integer.toString(context.sourceNumber(article))), cell(article.outletOrUnknown()),
                    cell(article.displayHeadline()), cell(article.published().map(Object::toString).orElse("—")), url,
                    List.of(ReportInline.code(article.fileName())),
                    List.of(ReportInline.code(article.contentHash().hex()))));
        }
        ReportBlock.Table table = new ReportBlock.Table(List.of(cell("#"), cell("Outlet"), cell("Headline"),
                cell("Published"), cell("URL"), cell("File"), cell("Content hash (SHA-256)")), rows);
        List<ReportBlock> blocks = new ArrayList<>(List.of(ReportBlock.heading(2, "Sources"), table));
        blocks.addAll(new MatrixSection(context).timeline());
        context.input().sources().ifPresent(relations -> blocks.addAll(new IndependenceSection(context).of(relations)));
        return new ReportBlock.Section(ReportBlock.SectionKind.SOURCES, blocks);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
