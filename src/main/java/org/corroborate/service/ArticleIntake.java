package org.corroborate.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.corroborate.ingest.ArticleFileReader;
import org.corroborate.ingest.ArticleFileReader.Outcome;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.Claim;
import org.corroborate.model.ContentHash;
import org.corroborate.store.ProjectStore;

/**
 * Adds article files to an existing project: saved web pages, PDFs, plain text, or folders of them.
 * Each file is taken whole or refused with its reason, and a refused file never stops the others.
 * The same text twice is refused, naming the article that has it; a file at the address of an
 * article already in the project, with another text, is that article's new version, taken only when
 * asked for, with its claims re-anchored onto the new text.
 */
final class ArticleIntake {
    private final ArticleFileReader reader;
    private final Clock clock;
    private final String author;

    ArticleIntake(ArticleFileReader reader, Clock clock, String author) {
        this.reader = reader;
        this.clock = clock;
        this.author = author;
    }

    ProjectService.Added add(ProjectStore store, List<Path> paths, ArticleDetails overrides,
                             boolean takeNewVersions) {
        List<Article> existing = store.articles();
        Map<ContentHash, String> texts = new HashMap<>();
        Map<String, Article> byUrl = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Article article : existing) {
            texts.put(article.contentHash(), describe(article));
            article.url().ifPresent(url -> byUrl.put(url, article));
            names.add(article.fileName());
        }
        List<String> refused = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<ArticleDraft> added = new ArrayList<>();
        Map<Integer, ArticleDraft> newVersions = new HashMap<>();
        for (Path file : files(paths, refused)) {
            Outcome outcome = reader.read(file);
            if (outcome instanceof Outcome.Refused no) {
                refused.add(no.message());
                continue;
            }
            Outcome.Read read = (Outcome.Read) outcome;
            ArticleDraft draft = overrides.applyTo(read.draft());
            String name = draft.fileName();
            Optional<String> sameText = Optional.ofNullable(texts.get(draft.contentHash()));
            Optional<Article> sameAddress = draft.url().map(byUrl::get);
            if (sameText.isPresent()) {
                refused.add(name + ": the same text as " + sameText.get() + ", already in the project");
            } else if (sameAddress.isPresent() && !takeNewVersions) {
                refused.add(name + ": has the address of " + describe(sameAddress.get()) + " but another text;"
                        + " add it as that article's new version (add --new-version) to replace its text and"
                        + " keep its claims");
            } else if (sameAddress.isPresent()) {
                newVersions.put(sameAddress.get().id(), draft);
                texts.put(draft.contentHash(), "the new version of " + describe(sameAddress.get()));
                read.warnings().forEach(w -> warnings.add(name + ": " + w));
            } else {
                ArticleDraft named = withUniqueName(draft, names);
                names.add(named.fileName());
                texts.put(named.contentHash(), named.fileName() + ", added with it");
                added.add(named);
                read.warnings().forEach(w -> warnings.add(name + ": " + w));
            }
        }
        List<Article> stored = added.isEmpty() ? List.of() : StoreFailures.call(() -> store.addArticles(added, clock.instant()));
        newVersions.forEach((id, draft) -> StoreFailures.run(() -> store.replaceArticleText(id, draft, clock.instant())));
        List<Claim> orphaned = newVersions.isEmpty() ? List.of() : reanchor(store, newVersions.keySet());
        return new ProjectService.Added(stored, List.copyOf(newVersions.keySet()), orphaned, refused, warnings);
    }

    // The workspace re-anchors every claim against its article's current text as it opens.
    private List<Claim> reanchor(ProjectStore store, Set<Integer> changedArticles) {
        Workspace workspace = new Workspace(store, clock, author);
        workspace.saveCorrections();
        return workspace.reanchoring().orphaned().stream().filter(c -> changedArticles.contains(c.articleId())).toList();
    }

    private static List<Path> files(List<Path> paths, List<String> refused) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile).filter(f -> isArticleFileName(f.getFileName().toString()))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    refused.add(path + ": the folder cannot be listed (" + e.getMessage() + ")");
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                refused.add(path + ": no such file or folder");
            }
        }
        return files;
    }

    // In a folder, what is plainly not an article is passed over, as opening a set does.
    private static boolean isArticleFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ArticleFileReader.isReadable(name) && !name.startsWith(".") && !lower.equals("readme.md");
    }

    private static ArticleDraft withUniqueName(ArticleDraft draft, Set<String> taken) {
        String name = draft.fileName();
        int dot = name.indexOf('.') > 0 ? name.indexOf('.') : name.length();
        for (int n = 2; taken.contains(name); n++) {
            name = draft.fileName().substring(0, dot) + " (" + n + ")" + draft.fileName().substring(dot);
        }
        return new ArticleDraft(name, draft.outlet(), draft.headline(), draft.headlineDescriptive(), draft.published(),
                draft.url(), draft.text());
    }

    private static String describe(Article article) {
        return "article " + article.id() + " (" + article.fileName() + ")";
    }
}
