package org.corroborate.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.Claim;
import org.corroborate.model.Operation;
import org.corroborate.model.ProjectInfo;
import org.corroborate.store.ProjectStoreException.Problem;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open project: one H2 file holding the articles and every annotation. Each write is its own
 * committed transaction, so what a caller has been told is saved survives a crash. One connection,
 * used by one caller at a time; the UI keeps all calls off the JavaFX thread.
 */
public final class ProjectStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectStore.class);
    private static final String FORMAT_PROPERTY = "format";
    private static final String FORMAT_VALUE = "corroborate";
    private static final String TITLE_PROPERTY = "title";
    private static final String SOURCE_PROPERTY = "source_folder";
    private static final String CREATED_PROPERTY = "created";

    private final ProjectFile file;
    private final Connection connection;
    private final ArticleRepository articles;
    private final AnnotationRepository annotations;
    private final DismissalRepository dismissals;
    private final AnalysisCacheRepository analysisCache;
    /** Older than the newest only for a project opened to read, which may lack the later tables. */
    private final MigrationVersion schema;
    private final boolean writable;

    private ProjectStore(ProjectFile file, Connection connection, MigrationVersion schema, boolean writable) {
        this.file = file;
        this.connection = connection;
        this.articles = new ArticleRepository(connection);
        this.annotations = new AnnotationRepository(connection);
        this.dismissals = new DismissalRepository(connection);
        this.analysisCache = new AnalysisCacheRepository(connection);
        this.schema = schema;
        this.writable = writable;
    }

    /** Opens an existing project to read and write, bringing its schema up to date. */
    public static ProjectStore open(ProjectFile file) {
        return open(file, ConnectionMode.READ_WRITE);
    }

    /**
     * Opens an existing project only to read it: nothing is written to the file, not even a schema
     * update, so a project an older version saved is refused rather than changed.
     */
    public static ProjectStore openReadOnly(ProjectFile file) {
        return open(file, ConnectionMode.READ_ONLY);
    }

    private static ProjectStore open(ProjectFile file, ConnectionMode mode) {
        requireH2File(file);
        boolean writing = mode == ConnectionMode.READ_WRITE;
        if (writing && file.isReadOnly()) {
            throw readOnly(file, null);
        }
        Connection connection = connect(file, mode);
        try {
            // H2 falls back to reading only when it cannot write the file, and says so only on the first write.
            if (writing && connection.isReadOnly()) {
                throw readOnly(file, null);
            }
            requireCorroborateProject(file, connection);
            MigrationVersion schema = bringSchemaUpToDate(file, connection, writing);
            connection.setAutoCommit(false);
            return new ProjectStore(file, connection, schema, writing);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof ProjectStoreException pse ? pse : damaged(file, e);
        }
    }

    /**
     * Creates a project holding the given articles. It is written under a temporary name and
     * renamed when complete, so a failure leaves no half-made project behind.
     */
    public static ProjectStore create(ProjectFile file, ProjectInfo info, List<ArticleDraft> drafts, Instant now) {
        if (file.exists()) {
            throw new ProjectStoreException(Problem.ALREADY_EXISTS, file.path(),
                    "A project file " + file + " already exists.", null);
        }
        ProjectFile partial = new ProjectFile(file.path().resolveSibling(
                "." + file.displayName() + "-" + UUID.randomUUID().toString().substring(0, 8) + ProjectFile.EXTENSION));
        try {
            Files.createDirectories(file.path().getParent());
            migrate(partial, ConnectionMode.CREATE);
            try (Connection connection = connect(partial, ConnectionMode.READ_WRITE)) {
                connection.setAutoCommit(false);
                putProperty(connection, FORMAT_PROPERTY, FORMAT_VALUE);
                putProperty(connection, TITLE_PROPERTY, info.title());
                if (info.sourceFolder().isPresent()) {
                    putProperty(connection, SOURCE_PROPERTY, info.sourceFolder().get());
                }
                putProperty(connection, CREATED_PROPERTY, info.created().toString());
                new ArticleRepository(connection).add(drafts, now);
                connection.commit();
            }
            Files.move(partial.path(), file.path(), StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(partial.path());
            LOG.info("Creating {} failed", file, e);
            if (e instanceof ProjectStoreException pse) {
                throw pse;
            }
            // A file system's reason names the folder or file at fault; the database's would show SQL.
            String reason = e instanceof IOException ? ": " + e.getMessage() : "; the log has the details";
            throw new ProjectStoreException(Problem.IO_FAILED, file.path(),
                    "Could not create the project " + file + reason + ".", e);
        }
        return open(file);
    }

    public ProjectFile file() {
        return file;
    }

    public synchronized ProjectInfo info() {
        return run(() -> {
            Map<String, String> properties = properties();
            return new ProjectInfo(properties.getOrDefault(TITLE_PROPERTY, file.displayName()),
                    Optional.ofNullable(properties.get(SOURCE_PROPERTY)),
                    Optional.ofNullable(properties.get(CREATED_PROPERTY)).map(Instant::parse).orElse(Instant.EPOCH));
        });
    }

    public synchronized List<Article> articles() {
        return run(articles::all);
    }

    public synchronized List<Article> addArticles(List<ArticleDraft> drafts, Instant now) {
        return inTransaction(() -> articles.add(drafts, now));
    }

    /** Takes in a newer version of an article's file; the claims are re-anchored when the project opens. */
    public synchronized void replaceArticleText(int articleId, ArticleDraft newVersion, Instant now) {
        inTransaction(() -> {
            articles.replaceText(articleId, newVersion, now);
            return null;
        });
    }

    public synchronized Annotations loadAnnotations() {
        return run(annotations::load);
    }

    /** Writes one operation as one transaction: all of it is saved, or none. */
    public synchronized void commit(Operation operation) {
        commit(operation, List.of());
    }

    /**
     * Writes re-anchoring corrections and then an operation built on them, as one transaction, so
     * the operation never lands on claims the project holds in their uncorrected form.
     */
    public synchronized void commit(Operation operation, List<Claim> corrections) {
        inTransaction(() -> {
            annotations.updateClaims(corrections);
            annotations.write(operation);
            return null;
        });
    }

    /** Saves claims that re-anchoring moved or orphaned; they are not the analyst's edits, so no undo. */
    public synchronized void saveReanchoredClaims(List<Claim> claims) {
        inTransaction(() -> {
            annotations.updateClaims(claims);
            return null;
        });
    }

    /**
     * The ids of the suggestions dismissed in this project. A project saved before dismissals were
     * kept, opened only to read, has none.
     */
    public synchronized Set<String> dismissedSuggestions() {
        return holds(DISMISSALS_SINCE) ? run(dismissals::all) : Set.of();
    }

    public synchronized void dismissSuggestion(String suggestionId, String author, Instant now) {
        inTransaction(() -> {
            dismissals.add(suggestionId, author, now);
            return null;
        });
    }

    /** Brings a dismissed suggestion back; false if it was not dismissed. */
    public synchronized boolean undismissSuggestion(String suggestionId) {
        return holds(DISMISSALS_SINCE) && inTransaction(() -> dismissals.remove(suggestionId));
    }

    /** False for a project opened only to read: then nothing may be written, not even the analysis. */
    public boolean isWritable() {
        return writable;
    }

    /**
     * The analysis kept for this fingerprint of the articles and this engine version, as the bytes
     * given to {@link #keepAnalysis}. A project saved before analyses were kept, opened to read, has none.
     */
    public synchronized Optional<byte[]> keptAnalysis(String fingerprint, int engineVersion) {
        return holds(ANALYSIS_CACHE_SINCE) ? run(() -> analysisCache.find(fingerprint, engineVersion)) : Optional.empty();
    }

    /** Keeps an analysis of the articles in place of any kept before; the project must be writable. */
    public synchronized void keepAnalysis(String fingerprint, int engineVersion, byte[] result) {
        inTransaction(() -> {
            analysisCache.replace(fingerprint, engineVersion, result);
            return null;
        });
    }

    private boolean holds(String sinceVersion) {
        return schema.compareTo(MigrationVersion.fromVersion(sinceVersion)) >= 0;
    }

    /** The settings kept with the project, such as which articles the columns show, by name. */
    public synchronized Map<String, String> settings() {
        return run(() -> properties().entrySet().stream()
                .filter(e -> e.getKey().startsWith("setting."))
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().substring("setting.".length()),
                        Map.Entry::getValue)));
    }

    public synchronized void putSetting(String name, String value) {
        inTransaction(() -> {
            putProperty(connection, "setting." + name, value);
            return null;
        });
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private Map<String, String> properties() throws SQLException {
        return Jdbc.query(connection, "SELECT prop_name, prop_value FROM project_property",
                row -> Map.entry(row.getString(1), row.getString(2))).stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void putProperty(Connection connection, String name, String value) throws SQLException {
        Jdbc.update(connection, "MERGE INTO project_property (prop_name, prop_value) KEY (prop_name) VALUES (?, ?)", name, value);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T run(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            if (e instanceof SQLException sql) {
                throw writeFailed(sql);
            }
            throw (RuntimeException) e;
        }
    }

    private ProjectStoreException writeFailed(SQLException e) {
        LOG.info("Reading or writing {} failed", file, e);
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
            return readOnly(file, e);
        }
        return new ProjectStoreException(Problem.IO_FAILED, file.path(), "The project " + file + " could not be read"
                + " or written. Check that the file is still there and that its disk has room; the log has the details.",
                e);
    }

    private static Connection connect(ProjectFile file, ConnectionMode mode) {
        try {
            return DriverManager.getConnection(file.jdbcUrl(mode), "", "");
        } catch (SQLException e) {
            throw translateOpenFailure(file, e);
        }
    }

    /** Refuses what is not an H2 file before H2 sees it: H2 would turn an empty file into a database. */
    private static void requireH2File(ProjectFile file) {
        if (!file.exists()) {
            Path named = Path.of(file.databasePath());
            if (Files.isRegularFile(named)) {
                throw new ProjectStoreException(Problem.NOT_A_PROJECT, named, "The file " + named
                        + " is not a Corroborate project file: project files are named NAME" + ProjectFile.EXTENSION + ".",
                        null);
            }
            throw new ProjectStoreException(Problem.NOT_FOUND, file.path(), "There is no project file " + file + ".", null);
        }
        try {
            if (Files.size(file.path()) == 0) {
                throw new ProjectStoreException(Problem.NOT_A_PROJECT, file.path(),
                        "The file " + file + " is empty, so it is not a Corroborate project file.", null);
            }
            if (!file.looksLikeH2Database()) {
                throw new ProjectStoreException(Problem.NOT_A_PROJECT, file.path(),
                        "The file " + file + " is not a Corroborate project file.", null);
            }
        } catch (IOException e) {
            throw new ProjectStoreException(Problem.IO_FAILED, file.path(),
                    "The project " + file + " could not be read: " + e.getMessage() + ".", e);
        }
    }

    private static ProjectStoreException readOnly(ProjectFile file, Exception cause) {
        return new ProjectStoreException(Problem.READ_ONLY, file.path(),
                "The project file " + file + " is read-only; copy it or change its permissions.", cause);
    }

    private static ProjectStoreException translateOpenFailure(ProjectFile file, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new ProjectStoreException(Problem.IN_USE, file.path(),
                    "The project " + file + " is in use by another program, probably another Corroborate window"
                            + " or command. Close it there, then open it again.", e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new ProjectStoreException(Problem.NOT_FOUND, file.path(), "There is no project file " + file + ".", e);
            case ErrorCode.DATABASE_IS_READ_ONLY -> readOnly(file, e);
            default -> damaged(file, e);
        };
    }

    // H2's reason is for the log: it can hold SQL and internals that mean nothing to the analyst.
    private static ProjectStoreException damaged(ProjectFile file, Exception e) {
        LOG.info("Opening {} failed", file, e);
        return new ProjectStoreException(Problem.DAMAGED, file.path(),
                "The project " + file + " is damaged or not a project file, and cannot be opened.", e);
    }

    private static void requireCorroborateProject(ProjectFile file, Connection connection) throws SQLException {
        boolean hasProperties = !Jdbc.query(connection,
                "SELECT 1 FROM information_schema.tables WHERE table_schema = 'PUBLIC' AND table_name = 'PROJECT_PROPERTY'",
                row -> true).isEmpty();
        boolean marked = hasProperties && !Jdbc.query(connection,
                "SELECT 1 FROM project_property WHERE prop_name = ? AND prop_value = ?", row -> true,
                FORMAT_PROPERTY, FORMAT_VALUE).isEmpty();
        if (!marked) {
            throw new ProjectStoreException(Problem.NOT_A_PROJECT, file.path(),
                    "The file " + file + " is a database, but not a Corroborate project.", null);
        }
    }

    /**
     * The newest migration under db/migration. Opening a project at this version skips Flyway,
     * whose start-up costs about a second of a cold start; a test keeps this in step with the files.
     */
    static final String SCHEMA_VERSION = "4";

    /**
     * The oldest schema a project may have to be opened only to read. Version 3 only added the
     * dismissed suggestions, whose absence means none are dismissed, and version 4 the kept
     * analysis, whose absence means it is made again; so reading a version 2 or 3 project needs no
     * update and the file stays as it was.
     */
    static final String READABLE_SINCE = "2";
    private static final String DISMISSALS_SINCE = "3";
    private static final String ANALYSIS_CACHE_SINCE = "4";

    /** The newest migration applied to the project; its version says whether it needs migrating. */
    private static MigrationVersion schemaVersion(Connection connection) throws SQLException {
        return Jdbc.query(connection, "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"",
                        row -> row.getString(1)).stream()
                .filter(Objects::nonNull)
                .map(MigrationVersion::fromVersion)
                .max(MigrationVersion::compareTo)
                .orElse(MigrationVersion.EMPTY);
    }

    /**
     * Migrates an older project opened for writing; refuses a newer one, and one opened to read that
     * is older than {@link #READABLE_SINCE}. Gives the schema the project has now.
     */
    private static MigrationVersion bringSchemaUpToDate(ProjectFile file, Connection connection, boolean writing)
            throws SQLException {
        MigrationVersion version = schemaVersion(connection);
        int age = version.compareTo(MigrationVersion.fromVersion(SCHEMA_VERSION));
        if (age > 0) {
            throw new ProjectStoreException(Problem.TOO_NEW, file.path(), "The project " + file
                    + " was saved by a newer version of Corroborate; update Corroborate to open it.", null);
        }
        if (age < 0 && !writing && version.compareTo(MigrationVersion.fromVersion(READABLE_SINCE)) >= 0) {
            return version;
        }
        if (age < 0 && !writing) {
            throw new ProjectStoreException(Problem.OUTDATED, file.path(), "The project " + file
                    + " was saved by an older version of Corroborate and needs updating before it can be read;"
                    + " open it once in the window, or with a command that changes it, to update it.", null);
        }
        if (age < 0) {
            migrate(file, ConnectionMode.READ_WRITE);
        }
        return MigrationVersion.fromVersion(SCHEMA_VERSION);
    }

    private static void migrate(ProjectFile file, ConnectionMode mode) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(file.jdbcUrl(mode));
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            SQLException cause = findSqlCause(e);
            if (cause != null) {
                throw translateOpenFailure(file, cause);
            }
            throw damaged(file, e);
        }
    }

    private static SQLException findSqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing a project connection failed", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("Could not delete the unfinished project {}", path, e);
        }
    }
}
