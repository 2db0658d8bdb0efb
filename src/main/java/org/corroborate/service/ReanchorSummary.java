package org.corroborate.service;

import java.util.List;
import org.corroborate.model.ArticleReanchoring;
import org.corroborate.model.Claim;
import org.corroborate.model.Relocation;

/** What checking claims against their articles found on opening: counts, and the claims to review. */
public record ReanchorSummary(long moved, long approximate, long restored, List<Claim> orphaned) {
    public ReanchorSummary {
        orphaned = List.copyOf(orphaned);
    }

    static ReanchorSummary of(List<ArticleReanchoring> results) {
        long moved = results.stream().mapToLong(r -> r.count(Relocation.Outcome.MOVED)).sum();
        long approximate = results.stream().mapToLong(r -> r.count(Relocation.Outcome.APPROXIMATE)).sum();
        long restored = results.stream().mapToLong(r -> r.restored().size()).sum();
        List<Claim> orphaned = results.stream().flatMap(r -> r.orphaned().stream()).toList();
        return new ReanchorSummary(moved, approximate, restored, orphaned);
    }

    public boolean anythingToReport() {
        return moved + approximate + restored > 0 || !orphaned.isEmpty();
    }

    /** "2 claims re-anchored to moved or edited text; 1 claim not found, listed for review." */
    public String describe() {
        StringBuilder text = new StringBuilder();
        long reanchored = moved + approximate + restored;
        if (reanchored > 0) {
            text.append(reanchored).append(reanchored == 1 ? " claim" : " claims")
                    .append(" re-anchored to moved or edited text");
        }
        if (!orphaned.isEmpty()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(orphaned.size()).append(orphaned.size() == 1 ? " claim" : " claims")
                    .append(" not found in the text, listed for review as orphaned");
        }
        return text.append('.').toString();
    }
}
