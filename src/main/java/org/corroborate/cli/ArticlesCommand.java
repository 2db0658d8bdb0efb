package org.corroborate.cli;

import org.corroborate.model.Article;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "articles", mixinStandardHelpOptions = true,
        description = {"List the project's articles: id, short id, date, length (UTF-16 chars), outlet and headline.",
                "Any of the id, the short id or the file name names the article in other commands."})
final class ArticlesCommand extends ProjectCommand {
    private static final int HEADLINE_WIDTH = 100;

    @Option(names = "--json", description = "Print a JSON array instead of a table (fields in docs/cli.md).")
    private boolean json;

    @Option(names = "--text", description = "With --json: include each article's stored text, as the offsets of"
            + " claims count it.")
    private boolean text;

    ArticlesCommand(CliContext context) {
        super(context);
    }

    @Override
    void checkOptions() {
        if (text && !json) {
            throw usageError("--text goes with --json: the table has no room for the articles' text.");
        }
    }

    @Override
    void run(Workspace workspace) {
        if (json) {
            JsonOutput.print(out(), workspace.articles().stream().map(a -> ArticleJson.of(a, text)).toList());
            return;
        }
        TextTable table = new TextTable("ID", "SHORT ID", "DATE", "LENGTH", "OUTLET", "HEADLINE");
        for (Article article : workspace.articles()) {
            table.add(String.valueOf(article.id()), article.shortId(),
                    article.published().map(Object::toString).orElse("-"), String.valueOf(article.length()),
                    article.outletOrUnknown(), TextTable.oneLine(article.displayHeadline(), HEADLINE_WIDTH));
        }
        table.print(out());
    }
}
