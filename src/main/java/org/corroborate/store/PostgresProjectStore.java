package org.corroborate.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.corroborate.store.ProjectStoreException.Problem;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A project on a PostgreSQL server, in a schema of its own named as the project. Unlike a file it
 * is not locked: several analysts' windows and commands work on it at once, each through its own
 * connection, and the row versions keep their saves from overwriting each other unseen.
 *
 * <p>The connection goes to the project's schema through the driver's {@code currentSchema}
 * setting, so no statement names it; only dropping a half-made project does, and the name was
 * checked to be a plain identifier when the address was read ({@link ServerProject}).
 */
final class PostgresProjectStore extends JdbcProjectStore {
    // PostgreSQL's SQLSTATEs for the failures the analyst can act on.
    private static final String READ_ONLY_TRANSACTION = "25006";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String INVALID_PASSWORD = "28P01";
    private static final String INVALID_AUTHORIZATION = "28000";
    private static final String NO_SUCH_DATABASE = "3D000";
    private static final String CONNECTION_CLASS = "08";

    private final ServerProject project;

    private PostgresProjectStore(ServerProject project, Connection connection, MigrationVersion version,
                                 boolean readOnly) {
        super(connection, Dialect.POSTGRESQL, version, readOnly);
        this.project = project;
    }

    @Override
    public ServerProject address() {
        return project;
    }

    static PGSimpleDataSource dataSource(ServerProject project) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {project.host()});
        dataSource.setPortNumbers(new int[] {project.port()});
        dataSource.setDatabaseName(project.database());
        dataSource.setUser(project.user());
        project.password().ifPresent(dataSource::setPassword);
        dataSource.setSslMode(project.sslMode());
        dataSource.setCurrentSchema(project.project());
        dataSource.setApplicationName("Corroborate");
        return dataSource;
    }

    /**
     * Opens the project; for writing, unless the role may only read it, in which case it opens
     * read-only, as a reader's connection should.
     */
    static PostgresProjectStore open(ServerProject project, boolean writing) {
        Connection connection = connect(project);
        try {
            if (!schemaExists(connection, project)) {
                throw notFound(project);
            }
            if (!Schema.isCorroborateProject(connection, Dialect.POSTGRESQL)) {
                throw new ProjectStoreException(Problem.NOT_A_PROJECT, null, "The schema “" + project.project()
                        + "” on " + project.host() + " is not a Corroborate project.", null);
            }
            boolean mayWrite = writing && mayWrite(connection);
            MigrationVersion version = bringSchemaUpToDate(project, connection, mayWrite);
            connection.setReadOnly(!mayWrite);
            connection.setAutoCommit(false);
            return new PostgresProjectStore(project, connection, version, !mayWrite);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof ProjectStoreException pse ? pse : failure(project, e);
        }
    }

    static boolean exists(ServerProject project) {
        try (Connection connection = connect(project)) {
            return schemaExists(connection, project);
        } catch (SQLException e) {
            throw failure(project, e);
        }
    }

    /**
     * Makes the project's schema and tables, then writes its content in one transaction. Should
     * anything fail, the schema is dropped again, so no half-made project stays on the server.
     */
    static PostgresProjectStore create(ServerProject project, Content content) {
        try (Connection connection = connect(project)) {
            if (schemaExists(connection, project)) {
                throw new ProjectStoreException(Problem.ALREADY_EXISTS, null,
                        "A project “" + project.project() + "” already exists on " + project.host() + ".", null);
            }
            try {
                Schema.flyway(dataSource(project), Dialect.POSTGRESQL, project.project()).migrate();
                connection.setAutoCommit(false);
                content.writeInto(connection, Dialect.POSTGRESQL);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                LOG.info("Creating {} failed", project, e);
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                dropSchema(connection, project);
                throw e instanceof ProjectStoreException pse ? pse : new ProjectStoreException(Problem.IO_FAILED, null,
                        "Could not create the project " + project + ": " + reason(e) + ".", e);
            }
        } catch (SQLException e) {
            throw failure(project, e);
        }
        return open(project, true);
    }

    private static void dropSchema(Connection connection, ServerProject project) throws SQLException {
        connection.setAutoCommit(true);
        // Identifiers cannot be bound as parameters; the name matched [a-z][a-z0-9_]* when it was read.
        Jdbc.update(connection, "DROP SCHEMA IF EXISTS \"" + project.project() + "\" CASCADE");
    }

    private static boolean schemaExists(Connection connection, ServerProject project) throws SQLException {
        return !Jdbc.query(connection, "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?",
                row -> true, project.project()).isEmpty();
    }

    /** A reader's role may read the project but not add to it: such a connection opens read-only. */
    private static boolean mayWrite(Connection connection) throws SQLException {
        return Jdbc.query(connection, "SELECT has_table_privilege(current_user, 'article', 'INSERT')",
                row -> row.getBoolean(1)).get(0);
    }

    private static MigrationVersion bringSchemaUpToDate(ServerProject project, Connection connection, boolean writing)
            throws SQLException {
        MigrationVersion version = Schema.version(connection);
        switch (Schema.need(version, writing)) {
            case REFUSE_TOO_NEW -> throw new ProjectStoreException(Problem.TOO_NEW, null, "The project " + project
                    + " was saved by a newer version of Corroborate; update Corroborate to open it.", null);
            case REFUSE_OUTDATED -> throw new ProjectStoreException(Problem.OUTDATED, null, "The project " + project
                    + " was saved by an older version of Corroborate and needs updating before it can be read;"
                    + " open it once with a role that may change it, to update it.", null);
            case MIGRATE -> {
                try {
                    Schema.flyway(dataSource(project), Dialect.POSTGRESQL, project.project()).migrate();
                } catch (FlywayException e) {
                    throw failure(project, e);
                }
                return MigrationVersion.fromVersion(Schema.VERSION);
            }
            default -> {
                return version;
            }
        }
    }

    private static Connection connect(ServerProject project) {
        try {
            return dataSource(project).getConnection();
        } catch (SQLException e) {
            throw failure(project, e);
        }
    }

    @Override
    ProjectStoreException failed(SQLException e) {
        return failure(project, e);
    }

    /** The server's failures, said for the analyst; the server's own words go to the log. */
    static ProjectStoreException failure(ServerProject project, Exception e) {
        LOG.info("Working on {} failed", project, e);
        SQLException sql = H2ProjectStore.findSqlCause(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals(READ_ONLY_TRANSACTION) || state.equals(INSUFFICIENT_PRIVILEGE)) {
            return new ProjectStoreException(Problem.READ_ONLY, null, "The project " + project + " is read-only for "
                    + project.user() + ": the server lets this role read it but not change it.", e);
        }
        if (state.equals(INVALID_PASSWORD) || state.equals(INVALID_AUTHORIZATION)) {
            return new ProjectStoreException(Problem.CONNECTION_FAILED, null, "The server " + project.host()
                    + " refused " + project.user() + ": check the user name and the password (PGPASSWORD).", e);
        }
        if (state.equals(NO_SUCH_DATABASE)) {
            return new ProjectStoreException(Problem.NOT_FOUND, null, "The server " + project.host()
                    + " has no database “" + project.database() + "”.", e);
        }
        if (state.startsWith(CONNECTION_CLASS)) {
            return new ProjectStoreException(Problem.CONNECTION_FAILED, null, "Could not reach the server "
                    + project.host() + ":" + project.port() + ". Check the address, and that the server is running"
                    + " and lets this computer connect; the log has the details.", e);
        }
        return new ProjectStoreException(Problem.IO_FAILED, null, "The project " + project + " could not be read or"
                + " written: " + reason(e) + ". The log has the details.", e);
    }

    private static ProjectStoreException notFound(ServerProject project) {
        return new ProjectStoreException(Problem.NOT_FOUND, null, "There is no project “" + project.project()
                + "” in the database " + project.database() + " on " + project.host() + ".", null);
    }

    // The server's message without its SQL: PostgreSQL's messages name the problem in words.
    private static String reason(Exception e) {
        SQLException sql = H2ProjectStore.findSqlCause(e);
        String message = sql != null ? sql.getMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }
}
