package org.corroborate.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import org.corroborate.text.NaturalOrder;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The top level of a set's folder, sorted into article files, the manifest, and the rest. Subfolders
 * are never read: a set is one flat folder, so what it holds is plain to see.
 *
 * @param articleFiles .txt and .md files other than README.md, sorted by name, numbers by value
 * @param manifest     manifest.json, when there is one
 * @param otherFiles   files that are not articles and not the set's own (README.md and dot files are left out)
 * @param subfolders   folders inside the set's folder
 */
record FolderContents(List<String> articleFiles, Optional<String> manifest, List<String> otherFiles,
                      List<String> subfolders) {

    static FolderContents of(Path folder) throws ArticleSetException {
        if (!Files.exists(folder)) {
            throw new ArticleSetException("No such folder: " + folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new ArticleSetException("Not a folder: " + folder
                    + " — choose the folder that holds the article files");
        }
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            // Without a manifest, articles come in the order a person reads the names: a2 before a10.
            entries = listing.sorted(Comparator.comparing(path -> path.getFileName().toString(), NaturalOrder.INSTANCE))
                    .toList();
        } catch (IOException e) {
            throw new ArticleSetException("Cannot list the folder " + folder + ": " + FileBytes.describe(e), e);
        }
        return sorted(entries);
    }

    private static FolderContents sorted(List<Path> entries) {
        List<String> articles = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        Optional<String> manifest = Optional.empty();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (ArticleFileNames.isHidden(name) || ArticleFileNames.isReadme(name)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                folders.add(name);
            } else if (ArticleFileNames.isManifest(name) && manifest.isEmpty()) {
                manifest = Optional.of(name);
            } else if (ArticleFileNames.isArticle(name)) {
                articles.add(name);
            } else {
                others.add(name);
            }
        }
        return new FolderContents(List.copyOf(articles), manifest, List.copyOf(others), List.copyOf(folders));
    }
}
