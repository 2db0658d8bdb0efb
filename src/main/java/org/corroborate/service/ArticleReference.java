package org.corroborate.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.model.Article;

/**
 * Finds the article a person means. People name articles three ways: by the id the article list
 * shows, by the file it came from, or by its short id (the start of its content hash), which stays
 * the same in every project that holds that text.
 */
public final class ArticleReference {
    private ArticleReference() {
    }

    /** The one article the reference names; an IllegalArgumentException says why there is none. */
    public static Article resolve(List<Article> articles, String reference) {
        String wanted = reference == null ? "" : reference.strip();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("No article was named; give its id, file name or short id.");
        }
        Set<Article> matches = new LinkedHashSet<>();
        for (Article article : articles) {
            if (String.valueOf(article.id()).equals(wanted) || article.fileName().equals(wanted)
                    || article.shortId().equalsIgnoreCase(wanted)
                    || article.contentHash().hex().equalsIgnoreCase(wanted)) {
                matches.add(article);
            }
        }
        if (matches.size() == 1) {
            return matches.iterator().next();
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("No article “" + wanted + "” in this project. "
                    + knownArticles(articles));
        }
        throw new IllegalArgumentException("“" + wanted + "” names more than one article ("
                + matches.stream().map(ArticleReference::describe).collect(Collectors.joining(", "))
                + "); name it by its id.");
    }

    /** How an article is named in messages: its id and outlet. */
    public static String describe(Article article) {
        return "article " + article.id() + " (" + article.outletOrUnknown() + ")";
    }

    private static String knownArticles(List<Article> articles) {
        if (articles.isEmpty()) {
            return "It has no articles.";
        }
        int first = articles.stream().mapToInt(Article::id).min().orElseThrow();
        int last = articles.stream().mapToInt(Article::id).max().orElseThrow();
        return "Name an article by its id (" + (first == last ? String.valueOf(first) : first + " to " + last)
                + "), its file name or its short id.";
    }
}
