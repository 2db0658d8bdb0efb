package org.corroborate.service;

import java.nio.file.Path;
import java.util.Optional;
import org.corroborate.store.ProjectAddress;
import org.corroborate.store.ProjectFile;
import org.corroborate.store.ProjectStore;
import org.corroborate.store.ServerProject;

/**
 * Where a project is kept: a file, or a project on a PostgreSQL server. The window and the command
 * line name projects by this, never by the store's own types.
 */
public sealed interface ProjectLocation permits ProjectLocation.File, ProjectLocation.Server {

    /** The project's short name, for title bars and menus. */
    String displayName();

    /** Whether there is a project there to open. */
    boolean exists();

    /** What the store opens. */
    ProjectAddress storeAddress();

    /**
     * A file path, or a server project's URL ({@code jdbc:postgresql://…&project=NAME}), as a person
     * types either.
     */
    static ProjectLocation parse(String text) {
        return ServerProject.isServerUrl(text) ? Server.parse(text) : File.of(text);
    }

    /**
     * A project file, {@code NAME.mv.db}; given {@code NAME} alone, the extension is added, as the
     * app shows and takes project files either way.
     */
    record File(Path path) implements ProjectLocation {
        public static final String EXTENSION = ProjectFile.EXTENSION;

        /** @throws ProjectException of kind BAD_INPUT for a path that cannot be a project file */
        public File {
            Path given = path;
            path = StoreFailures.call(() -> new ProjectFile(given)).path();
        }

        public static File of(String pathText) {
            return new File(Path.of(pathText));
        }

        @Override
        public String displayName() {
            return storeFile().displayName();
        }

        @Override
        public boolean exists() {
            return storeFile().exists();
        }

        @Override
        public ProjectAddress storeAddress() {
            return storeFile();
        }

        ProjectFile storeFile() {
            return new ProjectFile(path);
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * A project on a PostgreSQL server, in its own schema. The password is held, never shown: it
     * comes from PGPASSWORD or a prompt, never from the URL.
     */
    final class Server implements ProjectLocation {
        private final ServerProject project;

        private Server(ServerProject project) {
            this.project = project;
        }

        /**
         * Reads {@code jdbc:postgresql://HOST[:PORT]/DATABASE?user=USER&project=NAME[&sslmode=MODE]}.
         *
         * @throws ProjectException of kind BAD_INPUT, saying what is wrong with the URL
         */
        public static Server parse(String url) {
            return new Server(StoreFailures.call(() -> ServerProject.parse(url, System.getProperty("user.name"))));
        }

        /** The same project, connecting with this password (empty for none). */
        public Server withPassword(Optional<String> password) {
            return new Server(project.withPassword(password.orElse(null)));
        }

        public boolean hasPassword() {
            return project.password().isPresent();
        }

        public String user() {
            return project.user();
        }

        public String host() {
            return project.host();
        }

        /** The project's name, which is also its schema's on the server. */
        public String project() {
            return project.project();
        }

        @Override
        public String displayName() {
            return project.displayName();
        }

        @Override
        public boolean exists() {
            return StoreFailures.call(() -> ProjectStore.exists(project));
        }

        @Override
        public ProjectAddress storeAddress() {
            return project;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Server server && server.project.equals(project);
        }

        @Override
        public int hashCode() {
            return project.hashCode();
        }

        /** The URL that names the project, without the password. */
        @Override
        public String toString() {
            return project.toString();
        }
    }

    /** The location of what the store has open. */
    static ProjectLocation of(ProjectAddress address) {
        if (address instanceof ServerProject server) {
            return new Server(server);
        }
        return new File(((ProjectFile) address).path());
    }
}
