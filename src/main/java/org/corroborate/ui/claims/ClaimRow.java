package org.corroborate.ui.claims;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;

/**
 * One line of the claims table: a claim with what the table shows beside it.
 *
 * @param group           the statement of the claim's first group, which the table shows
 * @param groupStatements the statements of all its groups, which the search looks in
 */
public record ClaimRow(Claim claim, Article article, boolean inConflict, String group, String groupStatements) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static ClaimRow of(Claim claim, Article article, Annotations state) {
        List<ClaimGroup> groups = state.groupsOf(claim.id());
        String group = groups.isEmpty() ? "" : groups.get(0).statement();
        String statements = groups.stream().map(ClaimGroup::statement).collect(Collectors.joining("\n"));
        return new ClaimRow(claim, article, state.inConflict(claim.id()), group, statements);
    }

    public String outlet() {
        return article.outletOrUnknown();
    }

    public String quote() {
        return claim.quote().replace('\n', ' ');
    }

    public String claimant() {
        return claim.claimant();
    }

    public String kind() {
        return String.join(", ", claim.tags());
    }

    public String status() {
        return claim.orphaned() ? claim.status().label() + " (orphaned)" : claim.status().label();
    }

    /**
     * True when the search text appears in a column the table shows, the claim's note, or the
     * statement of any of its groups; case and accents do not count, as in the find bar.
     */
    boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String wanted = folded(search.strip());
        return List.of(outlet(), quote(), claimant(), kind(), status(), groupStatements, claim.note()).stream()
                .anyMatch(field -> folded(field).contains(wanted));
    }

    /** Lower case without accents: "Tëtkino" and "TETKINO" both read "tetkino". */
    static String folded(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
