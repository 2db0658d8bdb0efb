package org.corroborate.report;

import static org.corroborate.report.ReportContext.cell;
import static org.corroborate.report.ReportInline.plain;
import static org.corroborate.report.ReportInline.strong;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.LinkType;
import org.corroborate.model.Verdict;

/**
 * The report's section on each claim group: what is claimed, the verdict, how each outlet words it
 * and who it says makes the claim, how contradicting quotes differ, and the analyst's notes.
 */
final class GroupSection {
    private final ReportContext context;
    private final Annotations annotations;

    GroupSection(ReportContext context) {
        this.context = context;
        this.annotations = context.input().annotations();
    }

    ReportBlock all() {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(2, "Claim groups"));
        if (annotations.groups().isEmpty()) {
            blocks.add(ReportBlock.paragraph(plain("No claims have been grouped yet.")));
        }
        for (ClaimGroup group : annotations.groups()) {
            blocks.add(one(group));
        }
        return new ReportBlock.Section(ReportBlock.SectionKind.GROUPS, blocks);
    }

    private ReportBlock one(ClaimGroup group) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(3, group.statement().isBlank() ? "Untitled group" : group.statement()));
        blocks.add(ReportBlock.paragraph(strong("Verdict: "), plain(verdict(group.verdict()))));
        blocks.add(membersTable(group));
        if (!group.verificationNote().isBlank()) {
            blocks.add(ReportBlock.paragraph(strong("Verification note: "), plain(group.verificationNote())));
        }
        List<ClaimLink> linksWithin = annotations.linksWithin(group);
        // The contradictions of the group's conflict (Annotations#conflicts), found without listing every conflict.
        List<ClaimLink> contradictions = linksWithin.stream().filter(l -> l.type() == LinkType.CONTRADICTS).toList();
        if (!contradictions.isEmpty()) {
            blocks.add(ReportBlock.heading(4, "How the sources differ"));
            ConflictComparison comparison = new ConflictComparison(context);
            contradictions.forEach(link -> blocks.addAll(comparison.of(link)));
        }
        Set<ClaimId> compared = new HashSet<>();
        contradictions.forEach(link -> compared.addAll(List.of(link.from(), link.to())));
        List<List<ReportInline>> notes = notes(group, linksWithin, compared);
        if (!notes.isEmpty()) {
            blocks.add(ReportBlock.heading(4, "Notes"));
            blocks.add(new ReportBlock.BulletList(notes));
        }
        blocks.add(ReportBlock.paragraph(plain("Group "), ReportInline.code(group.id().toString())));
        return new ReportBlock.Section(ReportBlock.SectionKind.GROUP, blocks);
    }

    private static String verdict(Optional<Verdict> verdict) {
        return verdict.map(v -> v.label() + v.rating().stream()
                        .mapToObj(r -> " (" + r + " of " + Verdict.BEST_RATING + ")")
                        .findFirst().orElse(""))
                .orElse("none yet");
    }

    private ReportBlock membersTable(ClaimGroup group) {
        List<List<List<ReportInline>>> rows = new ArrayList<>();
        for (ClaimId member : group.members()) {
            Claim claim = context.claim(member);
            rows.add(List.of(cell(context.citation(claim)), context.quote(claim),
                    cell(ReportContext.orNone(claim.claimant())), cell(claim.status().label())));
        }
        return new ReportBlock.Table(List.of(cell("Source"), cell("Quote"), cell("Claimant"), cell("Status")), rows);
    }

    /**
     * The notes on the group's claims, then on the links between them. Notes on contradictions and on
     * the claims they join are left out, as the comparison above already shows them.
     */
    private List<List<ReportInline>> notes(ClaimGroup group, List<ClaimLink> linksWithin, Set<ClaimId> compared) {
        List<List<ReportInline>> notes = new ArrayList<>();
        for (ClaimId member : group.members()) {
            Claim claim = context.claim(member);
            if (!claim.note().isBlank() && !compared.contains(member)) {
                notes.add(List.of(strong(context.citation(claim) + ": "), plain(claim.note())));
            }
        }
        for (ClaimLink link : linksWithin) {
            if (!link.note().isBlank() && link.type() != LinkType.CONTRADICTS) {
                notes.add(List.of(strong(link.type().label() + ", " + context.citation(context.claim(link.from()))
                        + " – " + context.citation(context.claim(link.to())) + ": "), plain(link.note())));
            }
        }
        return notes;
    }
}
