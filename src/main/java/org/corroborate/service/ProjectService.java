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
import org.corroborate.ingest.ArticleFileReader;
import org.corroborate.ingest.ArticleSetException;
import org.corroborate.ingest.ArticleSetImport;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.ingest.ImportProblem;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.Claim;
import org.corroborate.model.ContentHash;
import org.corroborate.model.ProjectInfo;
import org.corroborate.store.ProjectAddress;
import org.corroborate.store.ProjectFile;
import org.corroborate.store.ProjectStore;

/**
 * Opens and creates projects, for the window and the command line alike. Opening an article set
 * makes a project for it the first time and reopens that same project afterwards, so the analyst's
 * work on a set is found again by opening the set again.
 *
 * <p>Every failure comes out as a {@link ProjectException}, whatever layer below it started in.
 */
public final class ProjectService {
    private final Path projectsFolder;
    private final ArticleSetReader reader;
    private final Clock clock;
    private final String author;
    private final ArticleFileReader files = new ArticleFileReader();

    public ProjectService(Path projectsFolder, ArticleSetReader reader, Clock clock, String author) {
        this.projectsFolder = projectsFolder;
        this.reader = reader;
        this.clock = clock;
        this.author = author;
    }

    /** Whether an opened project may be changed. Only reading leaves the file exactly as it was. */
    public enum Access { READ_ONLY, READ_WRITE }

    /** Hears of each file as an article set is read, so a long import can show how far it has got. */
    @FunctionalInterface
    public interface SetProgress {
        SetProgress NONE = (fileName, done, total) -> { };

        /** Called after each article file, read or refused; {@code done} counts from 1 to {@code total}. */
        void fileRead(String fileName, int done, int total);
    }

    /**
     * The result of opening: the workspace, and what the analyst should look at in the import.
     *
     * @param warnings one sentence each, naming the file: files skipped, or loaded but worth a look
     */
    public record Opened(Workspace workspace, List<String> warnings, int articlesAdded) {
        public Opened {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * What adding files to a project did.
     *
     * @param added       the new articles, with their ids
     * @param updated     the ids of the articles that took a new version's text
     * @param orphaned    claims of the updated articles whose words the new text no longer has, for review
     * @param refused     one sentence a file not taken, naming it and saying why
     * @param warnings    one sentence a file taken that needs a look (a guessed encoding)
     */
    public record Added(List<Article> added, List<Integer> updated, List<Claim> orphaned, List<String> refused,
                        List<String> warnings) {
        public Added {
            added = List.copyOf(added);
            updated = List.copyOf(updated);
            orphaned = List.copyOf(orphaned);
            refused = List.copyOf(refused);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Adds article files (or every article file at the top of a folder) to an existing project. See
     * {@link ArticleIntake}; {@code takeNewVersions} takes a file at an article's address, with another
     * text, as that article's new version.
     */
    public Added addArticles(ProjectLocation location, List<Path> paths, ArticleDetails overrides,
                             boolean takeNewVersions) {
        try (ProjectStore store = StoreFailures.call(() -> ProjectStore.open(location.storeAddress()))) {
            return new ArticleIntake(files, clock, author).add(store, paths, overrides, takeNewVersions);
        }
    }

    /** Where the project made from this set folder lives; stable for the folder's absolute path. */
    public ProjectLocation.File projectFileFor(Path setFolder) {
        Path absolute = setFolder.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "set" : absolute.getFileName().toString();
        String hash = ContentHash.of(absolute.toString()).shortForm();
        return new ProjectLocation.File(projectsFolder.resolve(slug(name) + "-" + hash + ProjectLocation.File.EXTENSION));
    }

    /**
     * Opens the project for an article set, creating it from the set the first time. Articles added
     * to the folder since are imported. A file that has changed since its import replaces the
     * stored text, and its claims are re-anchored to the new text as the workspace opens.
     */
    public Opened openArticleSet(Path setFolder) {
        return openArticleSet(setFolder, SetProgress.NONE);
    }

    /** As {@link #openArticleSet(Path)}, telling {@code progress} of each file read. */
    public Opened openArticleSet(Path setFolder, SetProgress progress) {
        ArticleSetImport set = read(setFolder, progress);
        ProjectFile file = projectFileFor(setFolder).storeFile();
        if (!file.exists()) {
            return create(file, set);
        }
        ProjectStore store = StoreFailures.call(() -> ProjectStore.open(file));
        try {
            return StoreFailures.call(() -> update(store, set));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private Opened update(ProjectStore store, ArticleSetImport set) {
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
        return new Opened(workspace, warnings(problems), added.size());
    }

    /**
     * Reads the project's article set folder again and takes in what changed, as opening the set in
     * the window does: new files are added, and a changed file's new text replaces the old, its
     * claims re-anchored.
     */
    public Opened refresh(ProjectLocation location) {
        ProjectStore store = StoreFailures.call(() -> ProjectStore.open(location.storeAddress()));
        try {
            Path folder = StoreFailures.call(store::info).sourceFolder().map(Path::of)
                    .orElseThrow(() -> new ProjectException(ProjectException.Kind.BAD_INPUT, "The project " + location
                            + " was not made from an article set folder, so there is nothing to refresh it from.", null));
            ArticleSetImport set = read(folder, SetProgress.NONE);
            return StoreFailures.call(() -> update(store, set));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Creates a new project at the given location from an article set (the command line's init). */
    public Opened createProject(ProjectLocation location, Path setFolder) {
        return create(location.storeAddress(), read(setFolder, SetProgress.NONE));
    }

    /**
     * Copies a whole project to a new location: from a file to a server, back, or between two of
     * either. The source is only read; the target is made whole or not at all.
     */
    public void copyProject(ProjectLocation source, ProjectLocation target) {
        StoreFailures.run(() -> ProjectStore.copy(source.storeAddress(), target.storeAddress()));
    }

    /** Opens an existing project to read and write; it is never created. */
    public Workspace openProject(ProjectLocation location) {
        return openProject(location, Access.READ_WRITE);
    }

    /** Opens an existing project; it is never created, and opened {@code READ_ONLY} it is never written. */
    public Workspace openProject(ProjectLocation location, Access access) {
        ProjectAddress address = location.storeAddress();
        return workspaceOn(StoreFailures.call(() -> access == Access.READ_ONLY
                ? ProjectStore.openReadOnly(address) : ProjectStore.open(address)));
    }

    private ArticleSetImport read(Path setFolder, SetProgress progress) {
        try {
            return reader.read(setFolder, progress::fileRead);
        } catch (ArticleSetException e) {
            throw new ProjectException(ProjectException.Kind.BAD_INPUT, e.getMessage(), e);
        }
    }

    private Opened create(ProjectAddress address, ArticleSetImport set) {
        if (set.articles().isEmpty()) {
            throw new ProjectException(ProjectException.Kind.BAD_INPUT, "No article could be imported from "
                    + set.folder() + ", so no project was made:\n"
                    + set.problems().stream().map(ImportProblem::message).collect(Collectors.joining("\n")), null);
        }
        ProjectInfo info = new ProjectInfo(set.title(), Optional.of(set.folder().toAbsolutePath().normalize().toString()),
                clock.instant());
        ProjectStore store = StoreFailures.call(() -> ProjectStore.create(address, info, set.articles(), clock.instant()));
        return new Opened(workspaceOn(store), warnings(set.problems()), set.articles().size());
    }

    // A workspace that fails to open must not leave its project locked until the app quits.
    private Workspace workspaceOn(ProjectStore store) {
        try {
            return StoreFailures.call(() -> new Workspace(store, clock, author));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    // Files passed over as not being articles need no look; the rest do.
    private static List<String> warnings(List<ImportProblem> problems) {
        return problems.stream().filter(p -> p.severity() != ImportProblem.Severity.INFO)
                .map(ImportProblem::message).toList();
    }

    static String slug(String name) {
        String ascii = new String(name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "set" : slug.substring(0, Math.min(40, slug.length()));
    }
}
