package org.corroborate.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.Operations;
import org.corroborate.model.TextSpan;
import org.corroborate.service.ArticleReference;
import org.corroborate.service.QuoteOccurrences;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Mark a claim in an article, by its words (--quote) or by offsets (--start and --end).",
                "Prints the new claim's id."})
final class ClaimAddCommand extends ProjectCommand {
    @Option(names = "--article", required = true, paramLabel = "ID",
            description = "The article: its id, file name or short id, as 'articles' lists them.")
    private String article;

    @Option(names = "--quote", paramLabel = "TEXT", description = "The claim's exact words in the article.")
    private String quote;

    @Option(names = "--occurrence", paramLabel = "N",
            description = "Which occurrence of a quote found more than once, counting from 1.")
    private Integer occurrence;

    @Option(names = "--start", paramLabel = "N", description = "Where the claim starts, in UTF-16 chars from 0.")
    private Integer start;

    @Option(names = "--end", paramLabel = "N", description = "Where the claim ends (exclusive), in UTF-16 chars.")
    private Integer end;

    @Option(names = "--claimant", paramLabel = "WHO", description = "Who makes the claim (often not the outlet).")
    private String claimant = "";

    @Option(names = "--status", paramLabel = "S", converter = CodeConverters.StatusConverter.class,
            description = "One of: unverified (the default), verified, false, misleading, disputed, unproven.")
    private ClaimStatus status = ClaimStatus.UNVERIFIED;

    @Option(names = "--tag", paramLabel = "T", description = "A tag; repeat for more.")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", description = "A note on the claim.")
    private String note = "";

    ClaimAddCommand(CliContext context) {
        super(context, ProjectService.Access.READ_WRITE);
    }

    @Override
    void checkOptions() {
        boolean byOffsets = start != null || end != null;
        if (quote != null && byOffsets) {
            throw usageError("Give either --quote or --start and --end, not both.");
        }
        if (quote == null && !byOffsets) {
            throw usageError("Say where the claim is: --quote TEXT, or --start N and --end N.");
        }
        if (byOffsets && (start == null || end == null)) {
            throw usageError("--start and --end go together; give both.");
        }
        if (occurrence != null && quote == null) {
            throw usageError("--occurrence picks among the places a --quote is found; it needs --quote.");
        }
    }

    @Override
    void run(Workspace workspace) {
        Article target = ArticleReference.resolve(workspace.articles(), article);
        TextSpan span = quote != null ? spanOfQuote(target) : spanOfOffsets(target);
        Instant now = workspace.now();
        Claim claim = new Claim(ClaimId.random(), target.id(), Anchor.capture(target.text(), span.start(), span.end()),
                claimant, tags, status, note, workspace.author(), now, now, false);
        workspace.apply(Operations.markClaim(claim));
        out().println(claim.id());
        out().flush();
    }

    private TextSpan spanOfQuote(Article target) {
        QuoteOccurrences found = QuoteOccurrences.in(target.text(), quote);
        if (found.count() == 0) {
            throw new CommandFailedException("The quote “" + found.quote() + "” is not in "
                    + ArticleReference.describe(target) + ". Give its exact words, as the article has them.");
        }
        if (occurrence != null) {
            return found.get(occurrence);
        }
        if (found.count() > 1) {
            throw new CommandFailedException("The quote “" + found.quote() + "” occurs "
                    + QuoteOccurrences.times(found.count()) + " in " + ArticleReference.describe(target)
                    + "; add --occurrence N (1 to " + found.count() + ", in text order) to pick one.");
        }
        return found.get(1);
    }

    private TextSpan spanOfOffsets(Article target) {
        int length = target.length();
        if (start < 0 || end <= start || end > length) {
            throw new CommandFailedException("--start " + start + " --end " + end + " does not fit "
                    + ArticleReference.describe(target) + ", which is " + length
                    + " UTF-16 chars long: offsets need 0 <= start < end <= " + length + ".");
        }
        TextSpan span = new TextSpan(start, end);
        span.requireValidIn(target.text());
        return span;
    }
}
