package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.service.ProjectService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add articles to a project: saved web pages (.html, .htm, .html.gz), PDFs, .txt or .md"
                + " files, or every such file at the top of a folder.",
                "--outlet, --headline, --date and --url replace what the files say. Prints each new article's id. A file that cannot be added is named on standard error with the"
                        + " reason, and the others are still added."})
final class AddCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private ProjectParameter project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    private List<Path> paths;

    @Mixin
    private ArticleDetailsOptions details;

    @Option(names = "--new-version", description = "Take a file at the address of an article already in the"
            + " project, but with another text, as that article's new version: its text is replaced and its claims"
            + " are re-anchored.")
    private boolean newVersion;

    @Spec
    private CommandSpec spec;

    AddCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ProjectService.Added result = context.projects().addArticles(project.location(), paths, details.details(),
                newVersion);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Article article : result.added()) {
            out.println("Added article " + article.id() + " (" + article.fileName() + "): "
                    + article.outletOrUnknown() + " — " + article.displayHeadline());
        }
        for (int id : result.updated()) {
            out.println("Updated article " + id + " with its new version.");
        }
        for (Claim claim : result.orphaned()) {
            out.println("Orphaned claim " + claim.id() + " of article " + claim.articleId() + ": \"" + claim.quote()
                    + "\" is not in the new text; review it.");
        }
        result.warnings().forEach(warning -> err.println("Warning: " + warning));
        result.refused().forEach(refusal -> err.println("Not added: " + refusal));
        err.flush();
        boolean anything = !result.added().isEmpty() || !result.updated().isEmpty();
        return anything ? ExitCodes.SUCCESS : ExitCodes.FAILED;
    }
}
