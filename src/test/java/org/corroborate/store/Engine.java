package org.corroborate.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.corroborate.testing.TestPostgres;

/** The two engines a project can live on, for store tests that must pass on both. */
public enum Engine {
    H2 {
        @Override
        public ProjectAddress address(Path dir, String name) {
            return new ProjectFile(dir.resolve(name));
        }

        @Override
        Connection connect(ProjectAddress address) throws SQLException {
            return DriverManager.getConnection("jdbc:h2:file:" + ((ProjectFile) address).databasePath());
        }
    },
    POSTGRESQL {
        @Override
        public ProjectAddress address(Path dir, String name) {
            return serverProject(name.replaceAll("[^a-z0-9_]", "_") + "_" + TestPostgres.freshProjectName());
        }

        @Override
        Connection connect(ProjectAddress address) throws SQLException {
            return PostgresProjectStore.dataSource((ServerProject) address).getConnection();
        }
    };

    /** A new project's address: a file in the folder, or a schema no other test uses on the test server. */
    public abstract ProjectAddress address(Path dir, String name);

    /** A plain connection to the project's database, to change it behind the store's back. */
    abstract Connection connect(ProjectAddress address) throws SQLException;

    /** A project on the test server, as its superuser. */
    public static ServerProject serverProject(String project) {
        return serverProjectOn(TestPostgres.port(), project);
    }

    /** A project on a server already started, for a child JVM, which must not start one of its own. */
    static ServerProject serverProjectOn(int port, String project) {
        return new ServerProject("localhost", port, "postgres", "postgres", project, "disable", Optional.empty());
    }
}
