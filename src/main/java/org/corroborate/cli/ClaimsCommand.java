package org.corroborate.cli;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"List the project's claims by article and position.",
                "The table shows each claim's short id (8 characters), which other commands accept; FLAGS shows"
                        + " 'conflict' for a claim linked as contradicting and 'orphaned' for one whose words are gone."})
final class ClaimsCommand extends ProjectCommand {
    private static final int QUOTE_WIDTH = 80;
    private static final int OUTLET_WIDTH = 24;

    @Option(names = "--json", description = "Print a JSON array instead of a table (fields in docs/cli.md).")
    private boolean json;

    @Option(names = "--conflicts", description = "Only claims on either side of a contradiction.")
    private boolean conflictsOnly;

    ClaimsCommand(CliContext context) {
        super(context);
    }

    @Override
    void run(Workspace workspace) {
        Annotations annotations = workspace.annotations();
        List<Claim> claims = annotations.claims().stream()
                .filter(c -> !conflictsOnly || annotations.inConflict(c.id()))
                .toList();
        if (json) {
            JsonOutput.print(out(), claims.stream()
                    .map(c -> ClaimJson.of(c, articleOf(workspace, c), annotations)).toList());
            return;
        }
        TextTable table = new TextTable("ID", "ARTICLE", "SPAN", "STATUS", "FLAGS", "CLAIMANT", "TAGS", "QUOTE");
        for (Claim claim : claims) {
            table.add(claim.id().shortForm(),
                    claim.articleId() + " " + TextTable.oneLine(articleOf(workspace, claim).outletOrUnknown(), OUTLET_WIDTH),
                    claim.anchor().start() + "-" + claim.anchor().end(), claim.status().code(),
                    TextTable.orDash(flags(annotations, claim)), TextTable.orDash(claim.claimant()),
                    TextTable.orDash(String.join(",", claim.tags())),
                    "“" + TextTable.oneLine(claim.quote(), QUOTE_WIDTH) + "”");
        }
        table.print(out());
    }

    private static Article articleOf(Workspace workspace, Claim claim) {
        return workspace.article(claim.articleId()).orElseThrow(() -> new IllegalStateException(
                "Claim " + claim.id() + " belongs to article " + claim.articleId() + ", which the project lacks"));
    }

    private static String flags(Annotations annotations, Claim claim) {
        List<String> flags = new ArrayList<>();
        if (annotations.inConflict(claim.id())) {
            flags.add("conflict");
        }
        if (claim.orphaned()) {
            flags.add("orphaned");
        }
        return String.join(",", flags);
    }
}
