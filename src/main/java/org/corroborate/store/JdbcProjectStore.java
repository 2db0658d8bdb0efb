package org.corroborate.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.Claim;
import org.corroborate.model.Operation;
import org.corroborate.model.ProjectInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both engines share: the project's data over one JDBC connection, each write its own committed
 * transaction, so what a caller has been told is saved survives a crash. One connection, used by one
 * caller at a time; the UI keeps all calls off the JavaFX thread. The engines differ in how they
 * open and make projects and in how their failures read.
 */
abstract class JdbcProjectStore implements ProjectStore {
    static final Logger LOG = LoggerFactory.getLogger(JdbcProjectStore.class);
    static final String FORMAT_PROPERTY = "format";
    static final String FORMAT_VALUE = "corroborate";
    private static final String TITLE_PROPERTY = "title";
    private static final String SOURCE_PROPERTY = "source_folder";
    private static final String CREATED_PROPERTY = "created";
    private static final String SETTING_PREFIX = "setting.";

    /** What a new project holds, written in the transaction that makes it. */
    @FunctionalInterface
    interface Content {
        void writeInto(Connection connection, Dialect dialect) throws SQLException;
    }

    final Connection connection;
    private final Dialect dialect;
    private final ArticleRepository articles;
    private final AnnotationRepository annotations;
    private final DismissalRepository dismissals;
    private final AnalysisCacheRepository analysisCache;
    /** False only for an older project opened to read, which may be read but lacks the later tables. */
    private final boolean holdsDismissals;
    private final boolean holdsAnalysisCache;
    private final boolean readOnly;

    JdbcProjectStore(Connection connection, Dialect dialect, MigrationVersion schemaVersion, boolean readOnly) {
        this.connection = connection;
        this.dialect = dialect;
        this.articles = new ArticleRepository(connection);
        this.annotations = new AnnotationRepository(connection,
                schemaVersion.compareTo(Schema.ROW_VERSIONS_SINCE) >= 0);
        this.dismissals = new DismissalRepository(connection);
        this.analysisCache = new AnalysisCacheRepository(connection);
        this.holdsDismissals = schemaVersion.compareTo(Schema.DISMISSALS_SINCE) >= 0;
        this.holdsAnalysisCache = schemaVersion.compareTo(Schema.ANALYSIS_CACHE_SINCE) >= 0;
        this.readOnly = readOnly;
    }

    /** The failure to report when reading or writing failed, as the analyst should read it. */
    abstract ProjectStoreException failed(SQLException e);

    static Content newProject(ProjectInfo info, List<ArticleDraft> drafts, Instant now) {
        return (connection, dialect) -> {
            putProperty(connection, dialect, FORMAT_PROPERTY, FORMAT_VALUE);
            putProperty(connection, dialect, TITLE_PROPERTY, info.title());
            if (info.sourceFolder().isPresent()) {
                putProperty(connection, dialect, SOURCE_PROPERTY, info.sourceFolder().get());
            }
            putProperty(connection, dialect, CREATED_PROPERTY, info.created().toString());
            new ArticleRepository(connection).add(drafts, now);
        };
    }

    /** Everything the project holds, read now, to be written whole into a new project. */
    synchronized Content snapshot() {
        return run(() -> {
            Map<String, String> properties = properties();
            List<Article> allArticles = articles.all();
            Map<Integer, Instant> importTimes = articles.importTimes();
            Annotations all = annotations.load();
            List<DismissalRepository.Dismissal> dismissed = holdsDismissals ? dismissals.rows() : List.of();
            return (target, targetDialect) -> {
                for (Map.Entry<String, String> property : properties.entrySet()) {
                    putProperty(target, targetDialect, property.getKey(), property.getValue());
                }
                ArticleRepository targetArticles = new ArticleRepository(target);
                for (Article article : allArticles) {
                    targetArticles.insert(article, importTimes.get(article.id()));
                }
                new AnnotationRepository(target, true).insertAll(all);
                DismissalRepository targetDismissals = new DismissalRepository(target);
                for (DismissalRepository.Dismissal dismissal : dismissed) {
                    targetDismissals.add(dismissal.suggestionId(), dismissal.author(), dismissal.dismissed());
                }
            };
        });
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public synchronized ProjectInfo info() {
        return run(() -> {
            Map<String, String> properties = properties();
            return new ProjectInfo(properties.getOrDefault(TITLE_PROPERTY, address().displayName()),
                    Optional.ofNullable(properties.get(SOURCE_PROPERTY)),
                    Optional.ofNullable(properties.get(CREATED_PROPERTY)).map(Instant::parse).orElse(Instant.EPOCH));
        });
    }

    @Override
    public synchronized List<Article> articles() {
        return run(articles::all);
    }

    @Override
    public synchronized List<Article> addArticles(List<ArticleDraft> drafts, Instant now) {
        return inTransaction(() -> articles.add(drafts, now));
    }

    @Override
    public synchronized void replaceArticleText(int articleId, ArticleDraft newVersion, Instant now) {
        write(() -> articles.replaceText(articleId, newVersion, now));
    }

    @Override
    public synchronized void updateArticleDetails(Article article) {
        write(() -> articles.updateDetails(article));
    }

    @Override
    public synchronized Annotations loadAnnotations() {
        return run(annotations::load);
    }

    @Override
    public synchronized void commit(Operation operation, List<Claim> corrections) {
        write(() -> {
            annotations.updateClaims(corrections);
            annotations.write(operation);
        });
    }

    @Override
    public synchronized void saveReanchoredClaims(List<Claim> claims) {
        write(() -> annotations.updateClaims(claims));
    }

    @Override
    public synchronized Set<String> dismissedSuggestions() {
        return holdsDismissals ? run(dismissals::all) : Set.of();
    }

    @Override
    public synchronized void dismissSuggestion(String suggestionId, String author, Instant now) {
        write(() -> dismissals.add(suggestionId, author, now));
    }

    @Override
    public synchronized boolean undismissSuggestion(String suggestionId) {
        return holdsDismissals && inTransaction(() -> dismissals.remove(suggestionId));
    }

    @Override
    public synchronized Optional<byte[]> keptAnalysis(String fingerprint, int engineVersion) {
        return holdsAnalysisCache ? run(() -> analysisCache.find(fingerprint, engineVersion)) : Optional.empty();
    }

    @Override
    public synchronized void keepAnalysis(String fingerprint, int engineVersion, byte[] result) {
        write(() -> analysisCache.replace(fingerprint, engineVersion, result));
    }

    @Override
    public synchronized Map<String, String> settings() {
        return run(() -> properties().entrySet().stream()
                .filter(e -> e.getKey().startsWith(SETTING_PREFIX))
                .collect(Collectors.toMap(e -> e.getKey().substring(SETTING_PREFIX.length()), Map.Entry::getValue)));
    }

    @Override
    public synchronized void putSetting(String name, String value) {
        write(() -> putProperty(connection, dialect, SETTING_PREFIX + name, value));
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private Map<String, String> properties() throws SQLException {
        return Jdbc.query(connection, "SELECT prop_name, prop_value FROM project_property",
                row -> Map.entry(row.getString(1), row.getString(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void putProperty(Connection connection, Dialect dialect, String name, String value)
            throws SQLException {
        Jdbc.update(connection, dialect.putProperty, name, value);
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    interface SqlAction {
        void run() throws SQLException;
    }

    private void write(SqlAction action) {
        inTransaction(() -> {
            action.run();
            return null;
        });
    }

    private <T> T run(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try {
            T result = work.run();
            connection.commit();
            annotations.committed();
            return result;
        } catch (SQLException | RuntimeException e) {
            annotations.rolledBack();
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            if (e instanceof SQLException sql) {
                throw failed(sql);
            }
            throw (RuntimeException) e;
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing a project connection failed", e);
        }
    }
}
