package org.corroborate.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.service.ProjectLocation;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Suggestions;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "suggest", mixinStandardHelpOptions = true,
        subcommands = {SuggestionCommands.Accept.class, SuggestionCommands.Dismiss.class,
                SuggestionCommands.Undismiss.class},
        description = {"Show what the assistant proposes for the project: spans in different articles that report the"
                + " same thing, each with a score from 0 to 1; and which articles copy or rewrite which. Nothing is added to"
                + " the project. Suggestions dismissed in the project are left out.",
                "Offsets count UTF-16 chars of the article's stored text, as in claims --json."})
final class SuggestCommand extends WorkspaceCommand {
    private static final int QUOTE_WIDTH = 100;
    /**
     * What the plain output shows unless told otherwise: the lowest score whose kept matches reach a precision of
     * 0.85 on the development corpus (0.88 at 0.15, falling to 0.77 with everything kept; docs/benchmarks.md), so a
     * person is not handed thousands of weak pairs first. --json stays complete, as it is what is measured.
     */
    static final double PLAIN_MIN_SCORE = Suggestions.LIKELY_MIN_SCORE;

    // Optional to picocli only so that "suggest accept PROJECT ID" parses; suggest alone still needs it.
    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = ProjectParameter.DESCRIPTION)
    private String project;

    @Option(names = "--json", description = "Print one JSON object with matches, conflicts, variants and dependence"
            + " (fields in docs/cli.md).")
    private boolean json;

    @Option(names = "--min-score", paramLabel = "SCORE", description = "Only matches scoring at least SCORE (0 to 1;"
            + " default: " + PLAIN_MIN_SCORE + " for the plain output, all for --json).")
    private Double minScore;

    @Option(names = "--show-dismissed", description = "List dismissed suggestions too (the plain output marks them).")
    private boolean showDismissed;

    SuggestCommand(CliContext context) {
        super(context, ProjectService.Access.READ_ONLY);
    }

    @Override
    ProjectLocation location() {
        return ProjectParameter.locationOf(project);
    }

    @Override
    void checkOptions() {
        if (project == null) {
            throw usageError("Missing required parameter: 'PROJECT'");
        }
        if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
            throw usageError("--min-score takes a number from 0 to 1, not " + minScore);
        }
    }

    @Override
    void run(Workspace workspace) {
        Suggestions suggestions = Suggestions.of(workspace,
                showDismissed ? Suggestions.Dismissed.SHOW : Suggestions.Dismissed.HIDE);
        double cutOff = minScore != null ? minScore : json ? 0 : PLAIN_MIN_SCORE;
        List<Suggestions.SameClaim> matches = suggestions.matches().stream()
                .filter(m -> m.score() >= cutOff).toList();
        if (json) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("matches", matches);
            output.put("conflicts", suggestions.conflicts());
            output.put("variants", suggestions.variants());
            output.put("dependence", suggestions.sources().rewrites());
            JsonOutput.print(out(), output);
            return;
        }
        out().printf("%d matches: the same thing reported in two articles, best first%n", matches.size());
        for (Suggestions.SameClaim match : matches) {
            out().printf("%n%s  score %s%s%n", match.id(), String.format(Locale.ROOT, "%.2f", match.score()),
                    suggestions.isDismissed(match.id()) ? "  (dismissed)" : "");
            out().println("  " + describe(match.a()));
            out().println("  " + describe(match.b()));
        }
        int below = suggestions.matches().size() - matches.size();
        if (minScore == null && below > 0) {
            out().printf("%n%d more matches score below %s (less sure); --min-score 0 shows all.%n", below,
                    String.format(Locale.ROOT, "%.2f", cutOff));
        }
        SourcesText.print(out(), suggestions.sources());
    }

    private static String describe(Suggestions.Span span) {
        return span.file() + " (article " + span.article() + ") " + span.start() + "-" + span.end() + ": “"
                + TextTable.oneLine(span.text(), QUOTE_WIDTH) + "”";
    }
}
