package org.corroborate.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.Claim;
import org.corroborate.model.Operation;
import org.corroborate.model.ProjectInfo;

/**
 * An open project: its articles and every annotation, in an H2 file or on a PostgreSQL server.
 * Each write is its own committed transaction, so what a caller has been told is saved survives a
 * crash. Edits of claims, links and groups are checked against the version read, so that where
 * several clients share a project none overwrites another's save unseen ({@link StaleEditException}).
 * Every failure is a {@link ProjectStoreException} whose message is fit to show the analyst.
 */
public interface ProjectStore extends AutoCloseable {

    /** Opens an existing project to read and write, bringing its schema up to date. */
    static ProjectStore open(ProjectAddress address) {
        if (address instanceof ServerProject server) {
            return PostgresProjectStore.open(server, true);
        }
        return H2ProjectStore.open((ProjectFile) address, ConnectionMode.READ_WRITE);
    }

    /**
     * Opens an existing project only to read it: nothing is written to it, not even a schema update,
     * so a project an older version saved is refused rather than changed.
     */
    static ProjectStore openReadOnly(ProjectAddress address) {
        if (address instanceof ServerProject server) {
            return PostgresProjectStore.open(server, false);
        }
        return H2ProjectStore.open((ProjectFile) address, ConnectionMode.READ_ONLY);
    }

    /** Creates a project holding the given articles; a failure leaves no half-made project behind. */
    static ProjectStore create(ProjectAddress address, ProjectInfo info, List<ArticleDraft> drafts, Instant now) {
        return create(address, JdbcProjectStore.newProject(info, drafts, now));
    }

    /**
     * Copies a whole project, from a file to a server or back, or between two of either: its
     * properties and settings, articles, claims, links, groups with their verdicts and notes, and
     * dismissed suggestions, with their ids, authors and times. The target must not exist yet; it is
     * made whole or not at all.
     */
    static void copy(ProjectAddress source, ProjectAddress target) {
        JdbcProjectStore.Content content;
        try (JdbcProjectStore from = (JdbcProjectStore) openReadOnly(source)) {
            content = from.snapshot();
        }
        create(target, content).close();
    }

    /** Whether there is a project at the address: a file, or a project's schema on the server. */
    static boolean exists(ProjectAddress address) {
        if (address instanceof ServerProject server) {
            return PostgresProjectStore.exists(server);
        }
        return ((ProjectFile) address).exists();
    }

    private static ProjectStore create(ProjectAddress address, JdbcProjectStore.Content content) {
        if (address instanceof ServerProject server) {
            return PostgresProjectStore.create(server, content);
        }
        return H2ProjectStore.create((ProjectFile) address, content);
    }

    ProjectAddress address();

    /**
     * Whether this store refuses writes: opened to read, or connected as a server role that may only
     * read the project.
     */
    boolean isReadOnly();

    ProjectInfo info();

    List<Article> articles();

    List<Article> addArticles(List<ArticleDraft> drafts, Instant now);

    /** Takes in a newer version of an article's file; the claims are re-anchored when the project opens. */
    void replaceArticleText(int articleId, ArticleDraft newVersion, Instant now);

    /** Saves an article's outlet, headline, date and address as given; its text is not touched. */
    void updateArticleDetails(Article article);

    Annotations loadAnnotations();

    /** Writes one operation as one transaction: all of it is saved, or none. */
    default void commit(Operation operation) {
        commit(operation, List.of());
    }

    /**
     * Writes re-anchoring corrections and then an operation built on them, as one transaction, so
     * the operation never lands on claims the project holds in their uncorrected form.
     *
     * @throws StaleEditException when a claim, link or group it changes was changed by someone else
     *         since this store read it; nothing is written
     */
    void commit(Operation operation, List<Claim> corrections);

    /** Saves claims that re-anchoring moved or orphaned; they are not the analyst's edits, so no undo. */
    void saveReanchoredClaims(List<Claim> claims);

    /**
     * The ids of the suggestions dismissed in this project. A project saved before dismissals were
     * kept, opened only to read, has none.
     */
    Set<String> dismissedSuggestions();

    /** Dismissing twice keeps the first dismissal. */
    void dismissSuggestion(String suggestionId, String author, Instant now);

    /** Brings a dismissed suggestion back; false if it was not dismissed. */
    boolean undismissSuggestion(String suggestionId);

    /**
     * The analysis kept for this fingerprint of the articles and this engine version, as the bytes
     * given to {@link #keepAnalysis}. A project saved before analyses were kept, opened to read, has none.
     */
    Optional<byte[]> keptAnalysis(String fingerprint, int engineVersion);

    /** Keeps an analysis of the articles in place of any kept before; the project must be writable. */
    void keepAnalysis(String fingerprint, int engineVersion, byte[] result);

    /** The settings kept with the project, such as which articles the columns show, by name. */
    Map<String, String> settings();

    void putSetting(String name, String value);

    @Override
    void close();
}
