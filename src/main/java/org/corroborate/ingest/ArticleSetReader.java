package org.corroborate.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.ArticleDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an article set: a folder of articles (.txt and .md files, saved web pages, PDFs), with an
 * optional manifest.json giving the set's title and each article's outlet, headline and date, over
 * what the files themselves say. A file that cannot be read never stops
 * the others: it becomes an {@link ImportProblem}. The format is described in docs/article-set-format.md.
 */
public final class ArticleSetReader {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleSetReader.class);
    private static final String MANIFEST_FALLBACK = "; the folder was read as if it had no manifest"
            + " — fix manifest.json and import again";

    private final FileBytes files;
    private final ArticleFileReader loader;

    public ArticleSetReader() {
        this(FileBytes.standard());
    }

    ArticleSetReader(FileBytes files) {
        this.files = files;
        this.loader = new ArticleFileReader(files);
    }

    /**
     * @throws ArticleSetException when the folder does not exist, is not a folder, or cannot be listed;
     *                             every other problem is reported in the result
     */
    public ArticleSetImport read(Path folder) throws ArticleSetException {
        return read(folder, ReadProgress.NONE);
    }

    /** As {@link #read(Path)}, telling {@code progress} of each article file as it is done. */
    public ArticleSetImport read(Path folder, ReadProgress progress) throws ArticleSetException {
        FolderContents contents = FolderContents.of(folder);
        List<ImportProblem> problems = new ArrayList<>();
        Optional<Manifest> manifest = contents.manifest()
                .flatMap(name -> readManifest(folder.resolve(name), problems));
        List<ArticleDraft> articles = manifest
                .map(listing -> readListed(folder, listing, contents, problems, progress))
                .orElseGet(() -> readAll(folder, contents, problems, progress));
        reportPassedOver(contents, problems);
        String folderName = folderName(folder);
        if (contents.articleFiles().isEmpty()) {
            problems.add(ImportProblem.error(folderName, "the folder holds no .txt or .md articles, nor saved web pages or PDFs"));
        }
        LOG.info("Read article set {}: {} articles, {} problems", folder, articles.size(), problems.size());
        return new ArticleSetImport(manifest.map(Manifest::title).orElse(folderName),
                manifest.flatMap(Manifest::description), folder, articles, problems);
    }

    private Optional<Manifest> readManifest(Path file, List<ImportProblem> problems) {
        String name = file.getFileName().toString();
        try {
            return Optional.of(ManifestParser.parse(files.read(file)));
        } catch (FileBytes.TooLargeException | ManifestException e) {
            problems.add(ImportProblem.error(name, e.getMessage() + MANIFEST_FALLBACK));
        } catch (IOException e) {
            problems.add(ImportProblem.error(name, "cannot be read: " + FileBytes.describe(e) + MANIFEST_FALLBACK));
        }
        return Optional.empty();
    }

    private List<ArticleDraft> readAll(Path folder, FolderContents contents, List<ImportProblem> problems,
                                       ReadProgress progress) {
        List<ArticleDraft> articles = new ArrayList<>();
        int done = 0;
        for (String name : contents.articleFiles()) {
            load(folder.resolve(name), Optional.empty(), problems).ifPresent(articles::add);
            progress.fileRead(name, ++done, contents.articleFiles().size());
        }
        return articles;
    }

    private List<ArticleDraft> readListed(Path folder, Manifest manifest, FolderContents contents,
                                          List<ImportProblem> problems, ReadProgress progress) {
        List<ArticleDraft> articles = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        int done = 0;
        for (ManifestEntry entry : manifest.articles()) {
            String name = entry.file();
            progress.fileRead(name, ++done, manifest.articles().size());
            Path file = folder.resolve(name);
            if (!ArticleFileNames.isPlainName(name)) {
                problems.add(ImportProblem.error(name, "listed in manifest.json, but an entry must name a file"
                        + " in the set's folder, not a path"));
            } else if (!ArticleFileNames.isArticle(name)) {
                problems.add(ImportProblem.error(name, "listed in manifest.json, but only "
                        + ArticleKind.DESCRIPTION + " files other than README.md can be articles"));
            } else if (!listed.add(name)) {
                problems.add(ImportProblem.error(name, "listed in manifest.json more than once;"
                        + " only its first entry was used"));
            } else if (!Files.exists(file)) {
                problems.add(ImportProblem.error(name, "listed in manifest.json but not found in the folder"
                        + " — check the name in the manifest, or add the file"));
            } else {
                load(file, Optional.of(entry), problems).ifPresent(articles::add);
            }
        }
        for (String name : contents.articleFiles()) {
            if (!listed.contains(name)) {
                problems.add(ImportProblem.warning(name, "not imported because manifest.json does not list it"
                        + " — add it to the manifest to import it"));
            }
        }
        return articles;
    }

    // What the manifest says goes before what the file says about itself.
    private Optional<ArticleDraft> load(Path file, Optional<ManifestEntry> entry, List<ImportProblem> problems) {
        ArticleFileReader.Outcome outcome = loader.read(file);
        if (outcome instanceof ArticleFileReader.Outcome.Refused refused) {
            problems.add(ImportProblem.error(refused.fileName(), refused.reason()));
            return Optional.empty();
        }
        ArticleFileReader.Outcome.Read read = (ArticleFileReader.Outcome.Read) outcome;
        read.warnings().forEach(warning -> problems.add(ImportProblem.warning(read.fileName(), warning)));
        ArticleDraft found = read.draft();
        return Optional.of(new ArticleDraft(
                found.fileName(),
                entry.flatMap(ManifestEntry::outlet).or(found::outlet),
                entry.flatMap(ManifestEntry::headline).orElse(found.headline()),
                entry.map(ManifestEntry::headlineDescriptive).orElse(false),
                entry.flatMap(ManifestEntry::published).or(found::published),
                entry.flatMap(ManifestEntry::url).or(found::url),
                found.text()));
    }

    private static void reportPassedOver(FolderContents contents, List<ImportProblem> problems) {
        for (String name : contents.otherFiles()) {
            problems.add(ImportProblem.info(name, "skipped — only " + ArticleKind.DESCRIPTION
                    + " files are read as articles"));
        }
        for (String name : contents.subfolders()) {
            problems.add(ImportProblem.info(name, "skipped — it is a folder, and only the files at the top"
                    + " of the set's folder are read"));
        }
    }

    private static String folderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name != null ? name.toString() : folder.toString();
    }
}
