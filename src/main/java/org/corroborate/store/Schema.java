package org.corroborate.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The project's tables and their versions. Each engine has one Flyway history: migrations written
 * alike for H2 and PostgreSQL live in {@code db/migration}, read by both; those that must differ
 * have one file per engine, with the same version, in {@code db/h2} and {@code db/postgresql}.
 */
final class Schema {
    /**
     * The newest migration of all three folders. Opening a project at this version skips Flyway,
     * whose start-up costs about a second of a cold start; a test keeps this in step with the files.
     */
    static final String VERSION = "6";

    /**
     * The oldest schema a project may have to be opened only to read. The later migrations only
     * added the dismissed suggestions (whose absence means none are dismissed) and row versions
     * (which only writing needs), so reading such a project needs no update and it stays as it was.
     */
    static final String READABLE_SINCE = "2";

    static final MigrationVersion DISMISSALS_SINCE = MigrationVersion.fromVersion("3");
    static final MigrationVersion ANALYSIS_CACHE_SINCE = MigrationVersion.fromVersion("4");
    static final MigrationVersion ROW_VERSIONS_SINCE = MigrationVersion.fromVersion("6");

    private Schema() {
    }

    static Flyway flyway(DataSource dataSource, Dialect dialect, String... schemas) {
        String engineFolder = dialect == Dialect.H2 ? "classpath:db/h2" : "classpath:db/postgresql";
        FluentConfiguration configuration = Flyway.configure().dataSource(dataSource)
                .locations(engineFolder, "classpath:db/migration");
        return (schemas.length == 0 ? configuration : configuration.schemas(schemas)).load();
    }

    /** The newest migration applied to the project; its version says whether it needs migrating. */
    static MigrationVersion version(Connection connection) throws SQLException {
        return Jdbc.query(connection, "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"",
                        row -> row.getString(1)).stream()
                .filter(Objects::nonNull)
                .map(MigrationVersion::fromVersion)
                .max(MigrationVersion::compareTo)
                .orElse(MigrationVersion.EMPTY);
    }

    /** What opening must do about a project's schema. */
    enum Need { NOTHING, READ_AS_IT_IS, MIGRATE, REFUSE_TOO_NEW, REFUSE_OUTDATED }

    static Need need(MigrationVersion version, boolean writing) {
        int age = version.compareTo(MigrationVersion.fromVersion(VERSION));
        if (age > 0) {
            return Need.REFUSE_TOO_NEW;
        }
        if (age == 0) {
            return Need.NOTHING;
        }
        if (writing) {
            return Need.MIGRATE;
        }
        return version.compareTo(MigrationVersion.fromVersion(READABLE_SINCE)) >= 0
                ? Need.READ_AS_IT_IS : Need.REFUSE_OUTDATED;
    }

    static boolean isCorroborateProject(Connection connection, Dialect dialect) throws SQLException {
        return !Jdbc.query(connection, dialect.findPropertyTable, row -> true).isEmpty()
                && !Jdbc.query(connection, "SELECT 1 FROM project_property WHERE prop_name = ? AND prop_value = ?",
                        row -> true, JdbcProjectStore.FORMAT_PROPERTY, JdbcProjectStore.FORMAT_VALUE).isEmpty();
    }
}
