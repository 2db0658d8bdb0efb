package org.corroborate.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.corroborate.store.ProjectStoreException.Problem;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/** A project in one H2 file, for one analyst: one process at a time holds it open. */
final class H2ProjectStore extends JdbcProjectStore {
    private final ProjectFile file;

    private H2ProjectStore(ProjectFile file, Connection connection, MigrationVersion schemaVersion, boolean readOnly) {
        super(connection, Dialect.H2, schemaVersion, readOnly);
        this.file = file;
    }

    @Override
    public ProjectFile address() {
        return file;
    }

    static H2ProjectStore open(ProjectFile file, ConnectionMode mode) {
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
            if (!Schema.isCorroborateProject(connection, Dialect.H2)) {
                throw new ProjectStoreException(Problem.NOT_A_PROJECT, file.path(),
                        "The file " + file + " is a database, but not a Corroborate project.", null);
            }
            MigrationVersion version = bringSchemaUpToDate(file, connection, writing);
            connection.setAutoCommit(false);
            return new H2ProjectStore(file, connection, version, !writing);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof ProjectStoreException pse ? pse : damaged(file, e);
        }
    }

    /**
     * Creates a project holding the given content. It is written under a temporary name and
     * renamed when complete, so a failure leaves no half-made project behind.
     */
    static H2ProjectStore create(ProjectFile file, Content content) {
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
                content.writeInto(connection, Dialect.H2);
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
        return open(file, ConnectionMode.READ_WRITE);
    }

    @Override
    ProjectStoreException failed(SQLException e) {
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

    /**
     * Migrates an older project opened for writing; refuses a newer one, and one opened to read that
     * is older than {@link Schema#READABLE_SINCE}. Returns the schema version the project then has.
     */
    private static MigrationVersion bringSchemaUpToDate(ProjectFile file, Connection connection, boolean writing)
            throws SQLException {
        MigrationVersion version = Schema.version(connection);
        switch (Schema.need(version, writing)) {
            case REFUSE_TOO_NEW -> throw new ProjectStoreException(Problem.TOO_NEW, file.path(), "The project " + file
                    + " was saved by a newer version of Corroborate; update Corroborate to open it.", null);
            case REFUSE_OUTDATED -> throw new ProjectStoreException(Problem.OUTDATED, file.path(), "The project " + file
                    + " was saved by an older version of Corroborate and needs updating before it can be read;"
                    + " open it once in the window, or with a command that changes it, to update it.", null);
            case MIGRATE -> {
                migrate(file, ConnectionMode.READ_WRITE);
                return MigrationVersion.fromVersion(Schema.VERSION);
            }
            default -> {
                return version;
            }
        }
    }

    private static void migrate(ProjectFile file, ConnectionMode mode) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(file.jdbcUrl(mode));
        try {
            Schema.flyway(dataSource, Dialect.H2).migrate();
        } catch (FlywayException e) {
            SQLException cause = findSqlCause(e);
            if (cause != null) {
                throw translateOpenFailure(file, cause);
            }
            throw damaged(file, e);
        }
    }

    static SQLException findSqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("Could not delete the unfinished project {}", path, e);
        }
    }
}
