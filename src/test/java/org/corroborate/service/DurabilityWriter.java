package org.corroborate.service;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.LinkType;
import org.corroborate.model.Operations;
import org.corroborate.service.ProjectLocation;

/**
 * Run in a child JVM by {@link DurabilityTest}: applies edits to a project without end, printing
 * "ACK" with what each one saved as soon as the workspace says it is done, until it is killed.
 */
public final class DurabilityWriter {
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ProjectService service = new ProjectService(Path.of(args[0]).getParent(), new ArticleSetReader(),
                Clock.systemUTC(), "durability");
        Workspace workspace = service.openProject(new ProjectLocation.File(Path.of(args[0])));
        List<Article> articles = workspace.articles();
        List<Claim> marked = new ArrayList<>();
        for (int step = 0; ; step++) {
            Article article = articles.get(step % articles.size());
            int start = (step * 37) % (article.text().length() - 40);
            while (Character.isLowSurrogate(article.text().charAt(start))) {
                start++;
            }
            Claim claim = Claim.mark(article.id(), Anchor.capture(article.text(), start, start + 12),
                    "durability", workspace.now());
            workspace.apply(Operations.markClaim(claim));
            marked.add(claim);
            out.println("ACK claim " + claim.id());
            if (step % 3 == 2) {
                ClaimId id = claim.id();
                workspace.apply(state -> Operations.editClaim(state,
                        state.claim(id).orElseThrow().withStatus(ClaimStatus.DISPUTED, workspace.now()), "Set status"));
                out.println("ACK disputed " + id);
                Claim previous = marked.get(marked.size() - 2);
                workspace.apply(state -> Operations.link(state, previous.id(), id, LinkType.CONTRADICTS, "step",
                        "durability", workspace.now()));
                out.println("ACK link " + previous.id() + " " + id);
            }
        }
    }
}
