package org.corroborate.cli;

import java.util.List;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;

/** One claim in {@code claims --json}; the components' order is the fields' order, documented in docs/cli.md. */
record ClaimJson(String id, int article, String outlet, int start, int end, String quote, String claimant,
                 List<String> tags, String status, String note, boolean inConflict, boolean orphaned,
                 List<String> groups, String created, String modified) {

    static ClaimJson of(Claim claim, Article article, Annotations annotations) {
        return new ClaimJson(claim.id().toString(), claim.articleId(), article.outlet().orElse(null),
                claim.anchor().start(), claim.anchor().end(), claim.quote(), claim.claimant(), claim.tags(),
                claim.status().code(), claim.note(), annotations.inConflict(claim.id()), claim.orphaned(),
                annotations.groupsOf(claim.id()).stream().map(g -> g.id().toString()).toList(),
                claim.created().toString(), claim.modified().toString());
    }
}
