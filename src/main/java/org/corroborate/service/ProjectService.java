package org.corroborate.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.ingest.ArticleSetException;
import org.corroborate.ingest.ArticleSetImport;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.ingest.ImportProblem;
import org.corroborate.ingest.ReadProgress;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.ContentHash;
import org.corroborate.model.ProjectInfo;
import org.corroborate.store.ProjectFile;
import org.corroborate.store.ProjectStore;

/**
 * Opens and creates projects, for the window and the command line alike. Opening an article set
 * makes a project for it the first time and reopens that same project afterwards, so the analyst's
 * work on a set is found again by opening the set again.
 */
public final class ProjectService {
    private final Path projectsFolder;
    private final ArticleSetReader reader;
    private final Clock clock;
    private final String author;

    public ProjectService(Path projectsFolder, ArticleSetReader reader, Clock clock, String author) {
        this.projectsFolder = projectsFolder;
        this.reader = reader;
        this.clock = clock;
        this.author = author;
    }

    /** The result of opening: the workspace, and what the analyst should know about the import. */
    public record Opened(Workspace workspace, List<ImportProblem> problems, int articlesAdded) {
    }

    /** Where the project made from this set folder lives; stable for the folder's absolute path. */
    public ProjectFile projectFileFor(Path setFolder) {
        Path absolute = setFolder.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "set" : absolute.getFileName().toString();
        String hash = ContentHash.of(absolute.toString()).shortForm();
        return new ProjectFile(projectsFolder.resolve(slug(name) + "-" + hash + ProjectFile.EXTENSION));
    }

    /**
     * Opens the project for an article set, creating it from the set the first time. Articles added
     * to the folder since are imported. A file that has changed since its import replaces the
     * stored text, and its claims are re-anchored to the new text as the workspace opens.
     */
    public Opened openArticleSet(Path setFolder) throws ArticleSetException {
        return openArticleSet(setFolder, ReadProgress.NONE);
    }

    /** As {@link #openArticleSet(Path)}, telling {@code progress} of each file read. */
    public Opened openArticleSet(Path setFolder, ReadProgress progress) throws ArticleSetException {
        ArticleSetImport set = reader.read(setFolder, progress);
        ProjectFile file = projectFileFor(setFolder);
        if (!file.exists()) {
            return create(file, set);
        }
        ProjectStore store = ProjectStore.open(file);
        try {
            List<ImportProblem> problems = new ArrayList<>(set.problems());
            Map<String, Article> imported = store.articles().stream()
                    .collect(Collectors.toMap(Article::fileName, Function.identity()));
            List<ArticleDraft> added = new ArrayList<>();
            for (ArticleDraft draft : set.articles()) {
                Article existing = imported.get(draft.fileName());
                if (existing == null) {
                    added.add(draft);
                } else if (!existing.contentHash().equals(draft.contentHash())) {
                    store.replaceArticleText(existing.id(), draft, clock.instant());
                    problems.add(new ImportProblem(draft.fileName(), ImportProblem.Severity.WARNING,
                            draft.fileName() + ": the file has changed since it was imported; the project now holds"
                                    + " the new text, and its claims were checked against it."));
                }
            }
            if (!added.isEmpty()) {
                store.addArticles(added, clock.instant());
            }
            Workspace workspace = new Workspace(store, clock, author);
            // Opening the set took in new texts: the claims' new places belong with them.
            workspace.saveCorrections();
            return new Opened(workspace, problems, added.size());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Creates a new project at the given file from an article set (the command line's init). */
    public Opened createProject(ProjectFile file, Path setFolder) throws ArticleSetException {
        return create(file, reader.read(setFolder));
    }

    public Workspace openProject(ProjectFile file) {
        return workspaceOn(ProjectStore.open(file));
    }

    private Opened create(ProjectFile file, ArticleSetImport set) throws ArticleSetException {
        if (set.articles().isEmpty()) {
            throw new ArticleSetException("No article could be imported from " + set.folder() + ", so no project was made:\n"
                    + set.problems().stream().map(ImportProblem::message).collect(Collectors.joining("\n")));
        }
        ProjectInfo info = new ProjectInfo(set.title(), Optional.of(set.folder().toAbsolutePath().normalize().toString()),
                clock.instant());
        ProjectStore store = ProjectStore.create(file, info, set.articles(), clock.instant());
        return new Opened(workspaceOn(store), set.problems(), set.articles().size());
    }

    // A workspace that fails to open must not leave its project locked until the app quits.
    private Workspace workspaceOn(ProjectStore store) {
        try {
            return new Workspace(store, clock, author);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    static String slug(String name) {
        String ascii = new String(name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "set" : slug.substring(0, Math.min(40, slug.length()));
    }
}
