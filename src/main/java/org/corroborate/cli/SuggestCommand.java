package org.corroborate.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.service.Suggestions;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Show what the assistant proposes for the project: spans in different articles that report the"
                + " same thing, each with a score from 0 to 1; and which articles copy or rewrite which. Nothing is added to"
                + " the project.",
                "Offsets count UTF-16 chars of the article's stored text, as in claims --json."})
final class SuggestCommand extends ProjectCommand {
    private static final int QUOTE_WIDTH = 100;

    @Option(names = "--json", description = "Print one JSON object with matches, conflicts, variants and dependence"
            + " (fields in docs/cli.md).")
    private boolean json;

    @Option(names = "--min-score", paramLabel = "SCORE", description = "Only matches scoring at least SCORE (0 to 1;"
            + " default: all).")
    private double minScore;

    SuggestCommand(CliContext context) {
        super(context);
    }

    @Override
    void checkOptions() {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw usageError("--min-score takes a number from 0 to 1, not " + minScore);
        }
    }

    @Override
    void run(Workspace workspace) {
        Suggestions suggestions = Suggestions.of(workspace);
        List<Suggestions.SameClaim> matches = suggestions.matches().stream()
                .filter(m -> m.score() >= minScore).toList();
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
            out().printf("%n%s  score %s%n", match.id(), String.format(Locale.ROOT, "%.2f", match.score()));
            out().println("  " + describe(match.a()));
            out().println("  " + describe(match.b()));
        }
        SourcesText.print(out(), suggestions.sources());
    }

    private static String describe(Suggestions.Span span) {
        return span.file() + " (article " + span.article() + ") " + span.start() + "-" + span.end() + ": “"
                + TextTable.oneLine(span.text(), QUOTE_WIDTH) + "”";
    }
}
