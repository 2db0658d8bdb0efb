package org.corroborate.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Article;
import org.corroborate.service.ArticleDetails;

/** Every dialog the window shows, behind an interface so view models can be tested without windows. */
public interface DialogService {
    void showError(String title, String message);

    /** Lists things the analyst should know, such as files an import skipped. */
    void showProblems(String title, String summary, List<String> problems);

    Optional<Path> chooseFolder(String title, Optional<Path> initialFolder);

    Optional<Path> chooseFileToOpen(String title, String filterName, String... patterns);

    /** Several files at once; an empty list when the analyst cancels. */
    List<Path> chooseFilesToOpen(String title, String filterName, String... patterns);

    /** Asks for an article's outlet, headline, date and address, filled with what it has; empty when cancelled. */
    Optional<ArticleDetails> askArticleDetails(Article article);

    Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName, String... patterns);

    boolean confirm(String title, String message);
}
