package org.corroborate.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.ArticleDraft;

/**
 * What reading an article set produced: the articles that loaded, in set order, and every problem
 * met on the way. Articles that loaded are complete even when other files failed.
 *
 * @param title       the manifest's title, or the folder's name when there is no usable manifest
 * @param description the manifest's description, when it has one
 * @param folder      the folder that was read
 * @param articles    the articles that loaded
 * @param problems    what went wrong or needs a look, in the order met
 */
public record ArticleSetImport(
        String title,
        Optional<String> description,
        Path folder,
        List<ArticleDraft> articles,
        List<ImportProblem> problems) {

    public ArticleSetImport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(folder, "folder");
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR);
    }

    public List<ImportProblem> problemsOf(ImportProblem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }
}
