package org.corroborate.ui.annotation;

import java.util.Optional;
import java.util.function.IntFunction;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.TextAbbreviation;

/** How a claim is described in tooltips, lists and the status bar. */
public final class ClaimText {
    private ClaimText() {
    }

    public static String abbreviate(String text, int max) {
        return TextAbbreviation.abbreviate(text, max);
    }

    public static String claimant(Claim claim) {
        return claim.claimant().isBlank() ? "claimant not set" : claim.claimant();
    }

    /** Several lines: the quote, who claims it, kind and status, its links, and the note. */
    public static String summary(Claim claim, Annotations state, IntFunction<Optional<Article>> articles) {
        StringBuilder text = new StringBuilder();
        text.append('“').append(abbreviate(claim.quote(), 160)).append('”');
        text.append("\nClaimed by: ").append(claimant(claim));
        text.append("\nStatus: ").append(claim.status().label());
        if (!claim.tags().isEmpty()) {
            text.append(" · Kind: ").append(String.join(", ", claim.tags()));
        }
        for (ClaimLink link : state.linksOf(claim.id())) {
            state.claim(link.other(claim.id())).ifPresent(other -> text.append('\n')
                    .append(link.type().label()).append(": ")
                    .append(articles.apply(other.articleId()).map(Article::outletOrUnknown).orElse("?"))
                    .append(" “").append(abbreviate(other.quote(), 60)).append('”'));
        }
        if (!claim.note().isBlank()) {
            text.append("\nNote: ").append(abbreviate(claim.note(), 200));
        }
        return text.toString();
    }
}
