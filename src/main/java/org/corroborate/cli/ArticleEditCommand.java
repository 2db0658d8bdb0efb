package org.corroborate.cli;

import org.corroborate.model.Article;
import org.corroborate.service.ArticleReference;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Correct what the project says about an article: its outlet, headline, date or address.",
                "Prints the article as it now is; the options not given are left as they were."})
final class ArticleEditCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "ARTICLE", description = "The article: its id, file name or short id.")
    private String article;

    @Mixin
    private ArticleDetailsOptions details;

    ArticleEditCommand(CliContext context) {
        super(context, ProjectService.Access.READ_WRITE);
    }

    @Override
    void checkOptions() {
        if (details.details().isEmpty()) {
            throw usageError("Give at least one of --outlet, --headline, --date and --url.");
        }
    }

    @Override
    void run(Workspace workspace) {
        Article target = ArticleReference.resolve(workspace.articles(), article);
        Article edited = workspace.editArticle(target.id(), details.details());
        out().println("Article " + edited.id() + ": " + edited.outletOrUnknown() + " — " + edited.displayHeadline()
                + ", " + edited.published().map(Object::toString).orElse("date unknown") + ", "
                + edited.url().orElse("no address"));
    }
}
