package org.corroborate.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.ContentHash;

/** The articles of one project. Text is written once and never updated in place. */
final class ArticleRepository {
    private static final String COLUMNS =
            "id, file_name, outlet, headline, headline_descriptive, published, url, text, content_hash";

    private final Connection connection;

    ArticleRepository(Connection connection) {
        this.connection = connection;
    }

    List<Article> all() throws SQLException {
        return Jdbc.query(connection, "SELECT " + COLUMNS + " FROM article ORDER BY id", ArticleRepository::read);
    }

    /** Adds the drafts after the articles already there, numbering them on from the highest id. */
    List<Article> add(List<ArticleDraft> drafts, Instant importedAt) throws SQLException {
        int nextId = Jdbc.query(connection, "SELECT COALESCE(MAX(id), 0) FROM article", row -> row.getInt(1)).get(0) + 1;
        List<Article> added = new ArrayList<>();
        for (ArticleDraft draft : drafts) {
            Article article = Article.fromDraft(nextId++, draft);
            insert(article, importedAt);
            added.add(article);
        }
        return added;
    }

    /** Writes an article as it is, id included, as a copy of a project does. */
    void insert(Article article, Instant importedAt) throws SQLException {
        Jdbc.update(connection, "INSERT INTO article (" + COLUMNS + ", imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                article.id(), article.fileName(), article.outlet().orElse(null), article.headline(),
                article.headlineDescriptive(), article.published().map(Date::valueOf).orElse(null),
                article.url().orElse(null), article.text(), article.contentHash().hex(), importedAt);
    }

    /** When each article's text was imported, by article id. */
    Map<Integer, Instant> importTimes() throws SQLException {
        Map<Integer, Instant> times = new HashMap<>();
        Jdbc.query(connection, "SELECT id, imported_at FROM article", row -> times.put(row.getInt(1), Jdbc.instant(row, 2)));
        return times;
    }

    /**
     * Replaces an article's text with a newer version of the same file; its claims must then be
     * re-anchored, which the caller does.
     */
    void replaceText(int id, ArticleDraft newVersion, Instant importedAt) throws SQLException {
        Jdbc.update(connection, "UPDATE article SET text = ?, content_hash = ?, imported_at = ? WHERE id = ?",
                newVersion.text(), newVersion.contentHash().hex(), importedAt, id);
    }

    /** Writes what the analyst says about an article (outlet, headline, date, address); the text stays. */
    void updateDetails(Article article) throws SQLException {
        Jdbc.update(connection, "UPDATE article SET outlet = ?, headline = ?, headline_descriptive = ?, published = ?,"
                        + " url = ? WHERE id = ?",
                article.outlet().orElse(null), article.headline(), article.headlineDescriptive(),
                article.published().map(Date::valueOf).orElse(null), article.url().orElse(null), article.id());
    }

    private static Article read(ResultSet row) throws SQLException {
        return new Article(
                row.getInt("id"),
                row.getString("file_name"),
                Optional.ofNullable(row.getString("outlet")),
                row.getString("headline"),
                row.getBoolean("headline_descriptive"),
                Optional.ofNullable(row.getObject("published", LocalDate.class)),
                Optional.ofNullable(row.getString("url")),
                row.getString("text"),
                new ContentHash(row.getString("content_hash")));
    }
}
